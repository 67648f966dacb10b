"""Builds the POST data of a page's real Wagtail admin edit form, as a browser would send it.

The edit form is taken from the page's own edit handler, so a field added to a model shows up
here without touching the tests. Stream fields are posted block by block in Wagtail's form
format; rich text goes through the active editor's converter.
"""

from django.db.models import Model
from wagtail import blocks
from wagtail.blocks.field_block import RichTextBlock
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def _block_form_value(block, value):
    if isinstance(block, RichTextBlock):
        return rich_text(value.source if hasattr(value, "source") else str(value))
    if isinstance(block, blocks.StructBlock):
        return {name: _block_form_value(child, value.get(name)) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.ListBlock):
        return streamfield([("item", _block_form_value(block.child_block, v)) for v in value])
    if isinstance(value, Model):
        return value.pk
    return "" if value is None else value


def _stream_form_value(stream_value):
    return streamfield(
        [(child.block_type, _block_form_value(child.block, child.value)) for child in stream_value]
    )


def page_edit_data(page, user, **overrides):
    edit_handler = page.get_edit_handler().bind_to_model(type(page))
    form_class = edit_handler.get_form_class()
    form = form_class(instance=page, for_user=user)
    data = {}
    for name, bound in form.fields.items():
        if name in overrides:
            continue
        value = form[name].value()
        if isinstance(bound, blocks.BlockField):
            data[name] = _stream_form_value(getattr(page, name))
        elif type(bound).__name__ == "RichTextField" or bound.widget.__class__.__name__ == "DraftailRichTextArea":
            data[name] = rich_text(value or "")
        elif isinstance(value, (list, tuple)):
            # A tuple survives nested_form_data and is posted as repeated values.
            data[name] = tuple(v.pk if isinstance(v, Model) else v for v in value)
        elif value is None:
            data[name] = ""
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = value
    for name in form.formsets:
        data[name] = inline_formset([])
    data.update(overrides)
    return nested_form_data(data)
