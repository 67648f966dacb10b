from modeltranslation.translator import TranslationOptions, register

from .models import FieldOfActionIndexPage, FieldOfActionPage, PartnerIndexPage, PartnerPage


@register(FieldOfActionIndexPage)
class FieldOfActionIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(FieldOfActionPage)
class FieldOfActionPageTranslation(TranslationOptions):
    fields = ("intro", "status_line", "body")


@register(PartnerIndexPage)
class PartnerIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(PartnerPage)
class PartnerPageTranslation(TranslationOptions):
    fields = ("intro", "body", "website")
