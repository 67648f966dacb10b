"""When each language of a page was last edited, so editors can see what English still lacks.

One row per page, written by the signal in editorial/signals.py whenever a revision is saved
(draft, submission or publication). Nobody edits it by hand; the translation report reads it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationStatus(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="translation_status",
        primary_key=True,
    )
    de_changed_at = models.DateTimeField(_("German last changed"), null=True, blank=True)
    en_changed_at = models.DateTimeField(_("English last changed"), null=True, blank=True)
    missing_en = models.TextField(
        _("fields without English"),
        blank=True,
        help_text=_("Names of the fields that have German text but no English text."),
    )
    needs_translation = models.BooleanField(_("needs translation"), default=False, db_index=True)

    class Meta:
        verbose_name = _("translation status")
        verbose_name_plural = _("translation statuses")

    def __str__(self):
        return f"{self.page_id}: {self.state}"

    @property
    def missing_fields(self):
        return [name for name in self.missing_en.split(",") if name]

    @property
    def lagging(self):
        """German was changed after the English was last touched (or English never was)."""
        if self.de_changed_at is None:
            return False
        return self.en_changed_at is None or self.en_changed_at < self.de_changed_at

    @property
    def state(self):
        if self.missing_fields:
            return "missing"
        if self.lagging:
            return "outdated"
        return "ok"

    def refresh_flag(self):
        self.needs_translation = self.state != "ok"
