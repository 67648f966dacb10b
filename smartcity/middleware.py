"""Response headers that Django 5.2 does not set itself.

The public templates carry no inline scripts, styles or event handlers, so the public site can
run under a Content-Security-Policy that only allows this site's own files: a tampered page or a
pasted third-party embed then loads nothing from elsewhere, and the data-protection promise of
the privacy policy ("nothing from third parties") is enforced by the browser, not only by us.

The Wagtail admin still needs inline scripts and styles, so its pages are left out, except the
login and password-reset pages, which have none and are what an attacker sees first; page
previews are admin views too (`/admin/pages/…/preview/`), and they render the same templates as
the public site, so nothing there needs the policy to prove itself.

Any host but the production one (a staging copy, the server's own address) also says
`X-Robots-Tag: noindex`, so search engines never list a copy of the site.
"""

from django.conf import settings
from django.core.exceptions import DisallowedHost


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.csp = settings.SMARTCITY_CONTENT_SECURITY_POLICY
        self.permissions_policy = settings.SMARTCITY_PERMISSIONS_POLICY
        self.exempt_prefixes = tuple(settings.SMARTCITY_CSP_EXEMPT_PREFIXES)
        self.strict_admin_paths = tuple(settings.SMARTCITY_CSP_STRICT_ADMIN_PREFIXES)

    def __call__(self, request):
        response = self.get_response(request)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        path = request.path
        if self.csp and (
            not path.startswith(self.exempt_prefixes) or path.startswith(self.strict_admin_paths)
        ):
            response.headers.setdefault("Content-Security-Policy", self.csp)
        if not is_production_host(request):
            response.headers["X-Robots-Tag"] = "noindex, nofollow"
        return response


def is_production_host(request):
    production = settings.PRODUCTION_HOST
    try:
        host = request.get_host().split(":")[0].lower()
    except DisallowedHost:
        return False
    return bool(production) and host == production.lower()
