"""Template tags for the bilingual site: the language switch and marking German fallback text."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page

register = template.Library()

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


def _is_empty(value):
    if value is None:
        return True
    if hasattr(value, "raw_data"):  # StreamValue
        return len(value) == 0
    return not str(value).strip()


def is_fallback(obj, field_name):
    """True when the active language's value is empty and the visitor sees the German one."""
    language = translation.get_language() or DEFAULT_LANGUAGE
    if language == DEFAULT_LANGUAGE or obj is None:
        return False
    own = getattr(obj, f"{field_name}_{language}", None)
    default = getattr(obj, f"{field_name}_{DEFAULT_LANGUAGE}", None)
    return _is_empty(own) and not _is_empty(default)


@register.simple_tag
def fallback_lang(obj, field_name):
    """Renders ` lang="de"` inside an element's start tag when its text is the German fallback,
    so screen readers switch pronunciation: <p{% fallback_lang page "intro" %}>."""
    if is_fallback(obj, field_name):
        return format_html(' lang="{}"', DEFAULT_LANGUAGE)
    return ""


@register.simple_tag(takes_context=True)
def translated_url(context, language, absolute=False):
    """The address of what the visitor is looking at, in another language.

    Pages have translated slugs, so their URL is asked from the page itself; any other view
    (search) keeps its path and query string under the other language prefix.
    """
    request = context.get("request")
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        with translation.override(language):
            url = page.get_url(request)
    elif request is not None:
        # translate_url resolves the path in the current language, so no override here.
        url = translate_url(request.path, language)
        if request.GET:
            url += "?" + request.GET.urlencode()
    else:
        url = f"/{language}/"
    if absolute and request is not None and url and url.startswith("/"):
        url = request.build_absolute_uri(url)
    return url or ""


@register.simple_tag
def other_languages():
    current = translation.get_language()
    return [
        {"code": code, "name": translation.get_language_info(code)["name_local"]}
        for code, _name in settings.LANGUAGES
        if code != current
    ]
