"""Something that happened (or will) at a date known to the day, the month or only the year:
entries of the Chronik and milestones of a project. "June 2023" must not turn into "1 June 2023"
because a date field needs a day."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _


class DatedEntry(models.Model):
    DAY, MONTH, YEAR = "day", "month", "year"
    PRECISION = [(DAY, _("exact day")), (MONTH, _("month only")), (YEAR, _("year only"))]

    date = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("Leave empty while the date is not known; a placeholder is shown instead."),
    )
    precision = models.CharField(
        _("precision of the date"), max_length=5, choices=PRECISION, default=DAY,
        help_text=_('For "June 2023" enter any day in June and choose "month only".'),
    )
    end = models.DateField(
        _("end of the period"), null=True, blank=True,
        help_text=_("Only for a period, e.g. the years a project runs."),
    )
    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(_("text"), blank=True)

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.date and self.end and self.end < self.date:
            raise ValidationError({"end": _("The end must not be before the start.")})

    def _format(self, value):
        if self.precision == self.YEAR:
            return str(value.year)
        if self.precision == self.MONTH:
            return formats.date_format(value, "YEAR_MONTH_FORMAT")
        return formats.date_format(value, "DATE_FORMAT")

    @property
    def when(self):
        """The date as precisely as it is known, in the active language; None when unknown."""
        if self.date is None:
            return None
        if self.end:
            return f"{self._format(self.date)} – {self._format(self.end)}"
        return self._format(self.date)

    @property
    def machine_date(self):
        """For <time datetime="…">: 2024-06-19, 2023-06 or 2021."""
        if self.date is None:
            return ""
        return self.date.strftime({self.YEAR: "%Y", self.MONTH: "%Y-%m"}.get(self.precision, "%Y-%m-%d"))

    @property
    def is_past(self):
        if self.date is None:
            return False
        last = self.end or self.date
        if self.precision == self.YEAR:
            last = datetime.date(last.year, 12, 31)
        elif self.precision == self.MONTH:
            following = datetime.date(last.year + last.month // 12, last.month % 12 + 1, 1)
            last = following - datetime.timedelta(days=1)
        return last < datetime.date.today()
