"""The website settings (logo, link-preview picture, social links, contact address) as plain
data, read once per content generation, site and language from the shared cache.

Reading them through Wagtail's `settings` context processor costs a query for the settings and
two more for each picture on every page; saving the settings or an image starts a new generation
(caching/invalidation.py), so the cached copy is never older than the database.
"""

import logging

from django import template
from django.utils import translation

from caching import fragments
from smartcity.models import SHARE_IMAGE_FILTER, SiteSettings
from smartcity.routing import site_for_request

register = template.Library()
logger = logging.getLogger(__name__)

LOGO_FILTER = "height-48|format-webp"


def _rendition(image, filter_spec):
    try:
        rendition = image.get_rendition(filter_spec)
    except OSError:  # Wagtail's SourceImageIOError: a lost file must not take the site down
        logger.warning("Image %s has no file; left out of the page", image.pk)
        return None
    return {"url": rendition.url, "width": rendition.width, "height": rendition.height}


def _read(site):
    settings = SiteSettings.for_site(site)
    logo = settings.logo and _rendition(settings.logo, LOGO_FILTER)
    share = settings.share_image and _rendition(settings.share_image, SHARE_IMAGE_FILTER)
    if share:
        share["alt"] = settings.share_image.default_alt_text
    return {
        "logo": logo,
        "share_image": share,
        "linkedin_url": settings.linkedin_url,
        "instagram_url": settings.instagram_url,
        "contact_email": settings.contact_email,
        "security_email": settings.security_email,
    }


def website_settings_for(request):
    site = site_for_request(request) if request is not None else None
    if site is None:
        return {}
    language = translation.get_language()
    return fragments.cached(f"settings:{site.pk}:{language}", lambda: _read(site), request)


@register.simple_tag(takes_context=True)
def website_settings(context):
    return website_settings_for(context.get("request"))
