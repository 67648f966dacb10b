from modeltranslation.translator import TranslationOptions, register

from .models import NewsletterIssue


@register(NewsletterIssue)
class NewsletterIssueTranslation(TranslationOptions):
    # Subscribers get the issue in the language they chose; an empty English field falls back to
    # the German text (docs/translation.md), so an issue can go out before it is translated.
    fields = ("subject", "intro", "body")
    required_languages = ("de",)
