from modeltranslation.translator import TranslationOptions, register

from .models import SiteImage


@register(SiteImage)
class SiteImageTranslation(TranslationOptions):
    fields = ("alt_text",)
