from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = _("Accessibility feedback")

    def ready(self):
        from . import signals  # noqa: F401  (a case for every new feedback message)
