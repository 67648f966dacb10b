from django import template

from ..models import FundingSettings, Sponsor

register = template.Library()


def with_logos(queryset):
    return queryset.select_related("logo").prefetch_related("logo__renditions")


@register.inclusion_tag("sponsors/sponsor_logos.html", takes_context=True)
def footer_sponsors(context):
    """The site-wide "Gefördert durch" set from Settings → Funding, for the footer."""
    request = context.get("request")
    sponsors = []
    if request is not None:
        setting = FundingSettings.for_request(request)
        ids = list(setting.footer_sponsors.order_by("sort_order").values_list("sponsor_id", flat=True))
        by_id = with_logos(Sponsor.objects.filter(pk__in=ids)).in_bulk()
        sponsors = [by_id[i] for i in ids if i in by_id]
    return {"sponsors": sponsors, "heading": "", "heading_level": "h2", "section_id": "footer-sponsors", "request": request}


@register.simple_tag
def sponsors_with_logos(sponsors):
    """Reloads the sponsors a block chose with their logos and renditions in two queries."""
    ids = [s.pk for s in sponsors if s is not None]
    by_id = with_logos(Sponsor.objects.filter(pk__in=ids)).in_bulk()
    return [by_id[i] for i in ids if i in by_id]
