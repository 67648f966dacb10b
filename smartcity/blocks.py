"""StreamField blocks every page body can use. Each block says in its description what it is
for, so the editor's block picker reads like a menu rather than a list of class names."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from sponsors.blocks import SponsorLogosBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"))
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Subheading (H3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"
        description = _("A heading that structures the page for readers and screen readers.")
        preview_value = {"text": "Smarte Mobilität", "level": "h2"}


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/figure.html"
        description = _("An image with alt text (or marked decorative) and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"
        description = _("A quotation with the name of the person who said it.")
        preview_value = {"quote": "Die Stadtteile wachsen zusammen.", "attribution": ""}


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("link text"))
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external address"), required=False)

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "components/blocks/link.html"
        description = _("A prominent link to a page of this site or another website.")

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an address."))}
            )
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(label=_("link text"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "components/blocks/document.html"
        description = _("A downloadable file, shown with its type and size.")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraph"),
        icon="pilcrow",
        description=_("Running text with links and lists."),
        preview_value="<p>Halle (Saale) ist eine von 73 Modellkommunen Smart Cities.</p>",
    )
    image = FigureBlock()
    quote = QuoteBlock()
    link = LinkBlock()
    document = DocumentBlock()
    sponsor_logos = SponsorLogosBlock()

    class Meta:
        template = "components/blocks/body.html"
