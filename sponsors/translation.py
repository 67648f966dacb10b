from modeltranslation.translator import TranslationOptions, register

from .models import Sponsor


@register(Sponsor)
class SponsorTranslation(TranslationOptions):
    fields = ("name", "alt_text")
    required_languages = ("de",)
