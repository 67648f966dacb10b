from modeltranslation.translator import TranslationOptions, register

from .models import EventIndexPage, EventPage, UpdateIndexPage, UpdatePage


@register(UpdateIndexPage)
class UpdateIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(UpdatePage)
class UpdatePageTranslation(TranslationOptions):
    fields = ("teaser", "author_line", "body")


@register(EventIndexPage)
class EventIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("place", "teaser", "registration_url", "registration_note", "body")
