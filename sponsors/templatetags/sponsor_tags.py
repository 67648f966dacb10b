from django import template
from django.template.loader import render_to_string
from django.utils import translation

from caching import fragments
from smartcity.routing import site_for_request

from ..models import FundingSettings, Sponsor

register = template.Library()


def with_logos(queryset):
    return queryset.select_related("logo").prefetch_related("logo__renditions")


def _footer_html(site):
    setting = FundingSettings.for_site(site)
    ids = list(setting.footer_sponsors.order_by("sort_order").values_list("sponsor_id", flat=True))
    by_id = with_logos(Sponsor.objects.filter(pk__in=ids)).in_bulk()
    sponsors = [by_id[i] for i in ids if i in by_id]
    return render_to_string(
        "sponsors/sponsor_logos.html",
        {"sponsors": sponsors, "heading": "", "heading_level": "h2", "section_id": "footer-sponsors"},
    )


@register.simple_tag(takes_context=True)
def footer_sponsors(context):
    """The site-wide "Gefördert durch" set from Settings → Funding, for the footer: the same
    markup on every page of a language, so it is rendered once per content generation (saving
    the funding settings, a sponsor or a logo starts a new one)."""
    request = context.get("request")
    site = site_for_request(request) if request is not None else None
    if site is None:
        return ""
    language = translation.get_language()
    return fragments.cached(
        f"footer-sponsors:{site.pk}:{language}", lambda: _footer_html(site), request
    )


def _block_html(ids, heading, section_id):
    by_id = with_logos(Sponsor.objects.filter(pk__in=ids)).in_bulk()
    return render_to_string(
        "sponsors/sponsor_logos.html",
        {
            "sponsors": [by_id[i] for i in ids if i in by_id],
            "heading": heading,
            "heading_level": "h2",
            "section_id": section_id,
        },
    )


@register.simple_tag(takes_context=True)
def sponsor_logos_block(context, value, block_id):
    """A "Gefördert durch" block in a page body. The same few sponsors appear on many pages, so
    the markup is kept per generation, language and choice of sponsors."""
    ids = [sponsor.pk for sponsor in value["sponsors"] if sponsor is not None]
    heading = value["heading"] or ""
    section_id = f"sponsors-{block_id}"
    key = "sponsor-block:{}:{}:{}:{}".format(
        translation.get_language(), ",".join(map(str, ids)), section_id, heading
    )
    return fragments.cached(
        key, lambda: _block_html(ids, heading, section_id), context.get("request")
    )
