from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def production_host(app_configs, **kwargs):
    """Without PRODUCTION_HOST every host tells search engines to stay away: right for a staging
    copy, a mistake on the real site."""
    if settings.PRODUCTION_HOST:
        return []
    return [
        Warning(
            "PRODUCTION_HOST is not set: every page says X-Robots-Tag: noindex.",
            hint="Set PRODUCTION_HOST to the public host name, e.g. smartcity.halle.de.",
            id="smartcity.W001",
        )
    ]
