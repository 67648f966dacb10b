from modeltranslation.translator import TranslationOptions, register

from .models import SignLanguagePage, SignLanguageVideo


@register(SignLanguagePage)
class SignLanguagePageTranslation(TranslationOptions):
    fields = ("intro",)


@register(SignLanguageVideo)
class SignLanguageVideoTranslation(TranslationOptions):
    # The captions are German (what the deaf community in Germany reads with DGS); the title and
    # the written summary are in both languages.
    fields = ("title", "text")
