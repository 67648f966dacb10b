"""The address a request really came from, for login throttling and form rate limits."""

from django.conf import settings


def client_ip(request):
    """REMOTE_ADDR, or, with TRUSTED_PROXY_COUNT proxies in front (nginx and Varnish: 2), the
    address the outermost of them saw. Each proxy appends to X-Forwarded-For, so counting from
    the right skips only our own proxies; whatever a visitor wrote there themselves stays left of
    that and is never believed."""
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")
