"""Search index helpers.

modeltranslation stores each language in its own column (`intro_de`, `intro_en`); the raw field
follows whatever language was active when saving. Indexing both columns explicitly is what lets
"Mobilität" and "mobility" both find the mobility page, whatever language the editor used.
"""

from django.conf import settings
from wagtail.models import Page
from wagtail.search import index

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def translated_search_fields(*names, boost=None):
    fields = []
    for name in names:
        for code in LANGUAGE_CODES:
            kwargs = {"boost": boost} if boost else {}
            fields.append(index.SearchField(f"{name}_{code}", **kwargs))
    return fields


def page_search_fields(*names):
    """Wagtail's page fields plus both languages of the title and of the given fields."""
    return (
        Page.search_fields
        + translated_search_fields("title", boost=3)
        + translated_search_fields("search_description")
        + [index.AutocompleteField(f"title_{code}") for code in LANGUAGE_CODES]
        + translated_search_fields(*names)
    )
