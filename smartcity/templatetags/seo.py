"""What search engines and link previews read: canonical and hreflang links, Open Graph tags
and JSON-LD. Everything here works from the page already in the context; no extra queries
except the breadcrumbs, which are shared with the visible breadcrumb trail, and the rendition
of the link-preview picture where there is one."""

import json

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page

from smartcity.models import SHARE_IMAGE_FILTER

from .navigation import breadcrumbs
from .website_settings import website_settings_for

register = template.Library()

OG_LOCALES = {"de": "de_DE", "en": "en_GB"}
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def page_urls(page, request):
    """{language: absolute URL} of a page in every language (translated slugs)."""
    urls = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            url = page.get_url(request)
        if url:
            urls[code] = request.build_absolute_uri(url) if url.startswith("/") else url
    return urls


@register.simple_tag
def og_locale(language=None):
    return OG_LOCALES.get(language or translation.get_language(), "de_DE")


@register.simple_tag
def og_locale_alternates(language=None):
    language = language or translation.get_language()
    return [locale for code, locale in OG_LOCALES.items() if code != language]


@register.simple_tag(takes_context=True)
def share_image(context):
    """The picture link previews show: the page's own (the home page's hero, an update's or
    event's image), else the one from the website settings; None when there is neither.
    The page's own image is already loaded for the page itself, so that costs one rendition
    query; the site-wide one comes from the cached website settings."""
    request = context.get("request")
    page = context.get("page")
    image = getattr(page, "hero_image", None) or getattr(page, "image", None)
    if request is None:
        return None
    if image is None:
        share = website_settings_for(request).get("share_image")
        return {**share, "url": request.build_absolute_uri(share["url"])} if share else None
    try:
        rendition = image.get_rendition(SHARE_IMAGE_FILTER)
    except OSError:  # Wagtail's SourceImageIOError: a lost file must not take the page down
        return None
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": image.default_alt_text,
    }


def ld_json(data):
    """<script type="application/ld+json"> with the same escaping as Django's json_script:
    <, > and & become \\u escapes, so no text can close the element."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(_json_script_escapes)),
    )


@register.simple_tag(takes_context=True)
def structured_data(context):
    """JSON-LD: the organisation behind the site and, on inner pages, the breadcrumb trail."""
    request = context.get("request")
    if request is None:
        return ""
    home = request.build_absolute_uri(f"/{translation.get_language() or 'de'}/")
    site_settings = website_settings_for(request)
    organisation = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": _("Smart City Halle (Saale)"),
        "url": home,
        "logo": request.build_absolute_uri(static("img/favicon.svg")),
    }
    same_as = [url for url in (site_settings.get("linkedin_url"), site_settings.get("instagram_url")) if url]
    if same_as:
        organisation["sameAs"] = same_as
    blocks = [ld_json(organisation)]
    page = context.get("page")
    crumbs = breadcrumbs(context)
    if crumbs and isinstance(page, Page):
        trail = [(c["title"], c["url"]) for c in crumbs] + [(page.title, page.get_url(request))]
        blocks.append(
            ld_json(
                {
                    "@context": "https://schema.org",
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "position": position,
                            "name": name,
                            "item": request.build_absolute_uri(url),
                        }
                        for position, (name, url) in enumerate(trail, start=1)
                    ],
                }
            )
        )
    return mark_safe("\n  ".join(blocks))
