from modeltranslation.translator import TranslationOptions, register

from .models import AccessibilityFormField, AccessibilityStatementPage, SiteImage, StandardPage


@register(SiteImage)
class SiteImageTranslation(TranslationOptions):
    fields = ("alt_text",)


@register(StandardPage)
class StandardPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(AccessibilityStatementPage)
class AccessibilityStatementPageTranslation(TranslationOptions):
    fields = (
        "intro",
        "conformance_text",
        "known_gaps",
        "feedback_text",
        "enforcement_text",
        "thank_you_text",
    )


@register(AccessibilityFormField)
class AccessibilityFormFieldTranslation(TranslationOptions):
    # Only what visitors read; clean_name and choices stay single so stored answers line up.
    fields = ("label", "help_text")
