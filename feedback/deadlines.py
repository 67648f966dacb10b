"""When accessibility feedback must be answered, and when the office is reminded.

§ 16b BGG LSA expects an answer within a month of receipt: a calendar month, counted from the
day the message arrived in Halle's time zone, so 15 March is due on 15 April and 31 January on
28 February (29 in a leap year). The reminder goes out three weeks after receipt: a month has at
least 28 days, so that is at least a week before the due date in every month (exactly a week in
February, ten days in a 31-day month), and a message older than three weeks is always "due".
"""

from datetime import datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from django.utils import timezone
from django.utils.translation import gettext, ngettext

ANSWER_WITHIN = relativedelta(months=1)
REMIND_AFTER = timedelta(weeks=3)

PENDING, DUE, OVERDUE = "pending", "due", "overdue"


def today():
    """The current day in Halle; tests replace this to stand on a fixed day."""
    return timezone.localdate()


def received_on(submit_time):
    return timezone.localdate(submit_time)


def due_date(received):
    """One calendar month after the day of receipt; relativedelta clamps 31 January to the last
    day of February instead of spilling into March."""
    return received + ANSWER_WITHIN


def start_of_day(day):
    """Midnight in Halle at the beginning of `day`, as an aware datetime for queries."""
    return timezone.make_aware(datetime.combine(day, time.min))


def received_by_for_reminder(day):
    """Messages submitted before this moment are three weeks old or older on `day`."""
    return start_of_day(day - REMIND_AFTER + timedelta(days=1))


def state(received, due, day):
    if due < day:
        return OVERDUE
    if received + REMIND_AFTER <= day:
        return DUE
    return PENDING


def deadline_text(received, due, day):
    """"due in 6 days", "due today", "overdue by 3 days" or, before the reminder, "in 20 days"."""
    current = state(received, due, day)
    days = (due - day).days
    if current == OVERDUE:
        return ngettext("overdue by %(days)s day", "overdue by %(days)s days", -days) % {"days": -days}
    if current == DUE:
        if days == 0:
            return gettext("due today")
        return ngettext("due in %(days)s day", "due in %(days)s days", days) % {"days": days}
    return ngettext("in %(days)s day", "in %(days)s days", days) % {"days": days}
