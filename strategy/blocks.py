from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class PageTeaserBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("page"))
    heading = blocks.CharBlock(
        label=_("heading"), required=False, help_text=_("Leave empty to use the page title.")
    )
    text = blocks.TextBlock(label=_("teaser text"), required=False)

    class Meta:
        icon = "doc-empty-inverse"
        label = _("Teaser")
        template = "strategy/blocks/page_teaser.html"
        description = _("A card leading to another page of the site.")


class PrincipleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    text = blocks.TextBlock(label=_("text"))

    class Meta:
        icon = "list-ul"
        label = _("Guiding principle")
        description = _("One of the strategy's guiding principles (Leitbilder).")


class FocusThemeBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    text = blocks.TextBlock(label=_("text"), required=False)
    field_of_action = blocks.PageChooserBlock(
        label=_("related field of action"),
        page_type="fields.FieldOfActionPage",
        required=False,
    )

    class Meta:
        icon = "tag"
        label = _("Focus theme")
        description = _("One of the strategy's four focus themes, optionally linked to its field.")


class AreaBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("area"))
    text = blocks.TextBlock(label=_("text"), required=False)

    class Meta:
        icon = "site"
        label = _("Spatial starting point")
        description = _("A part of the city where the programme starts, e.g. Halle-Neustadt.")
