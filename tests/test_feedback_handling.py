"""Accessibility feedback answered in time (§ 16b BGG LSA: within a month): every message gets a
status, a due date and a handler; the report lists what is open, due and overdue; the office is
reminded once. Time stands still here: "today" is patched, the command is given --today."""

import importlib
from datetime import date, datetime, timedelta
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import ModelLogEntry

from editorial.roles import KOMMUNIKATION, REDAKTION
from feedback import deadlines
from feedback.models import FeedbackCase
from smartcity.models import AccessibilityStatementPage
from tests.test_legal import submit_feedback

pytestmark = pytest.mark.django_db

OFFICE = "barrierefreiheit@example.org"
RECEIVED = (2026, 1, 9)  # a Friday in January: its month has 31 days
DUE_DAY = date(2026, 1, 31)  # 22 days later: older than three weeks, due on 9 February
OVERDUE_DAY = date(2026, 2, 12)  # three days after the due date
REPORT = "accessibility_feedback:index"
# Session, user, second-factor devices, permissions, menu, filter choices, the missing-case check,
# count, one page of cases with their submissions and handlers, the form's fields, session save.
QUERIES_PER_REPORT = 21


def moment(year, month, day, hour=10, minute=0):
    """A time in Halle (settings.TIME_ZONE)."""
    return timezone.make_aware(datetime(year, month, day, hour, minute))


def statement():
    return AccessibilityStatementPage.objects.get()


def message(at, text="Der Kontrast im Footer ist zu schwach.", **extra):
    """A feedback message stored at `at`, as the form stores it (the case follows by itself)."""
    data = {"message": text, "name": "Erika Mustermann", "email": "erika@example.org", **extra}
    with mock.patch("django.utils.timezone.now", return_value=at):
        submission = FormSubmission.objects.create(page=statement(), form_data=data)
    return FeedbackCase.objects.get(submission=submission)


def set_office(address=OFFICE):
    AccessibilityStatementPage.objects.filter(pk=statement().pk).update(to_address=address)


def make_user(django_user_model, name, *groups):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def roles(seeded_site):
    call_command("setup_roles", verbosity=0)


@pytest.fixture
def kommunikation(roles, django_user_model, client):
    user = make_user(django_user_model, "presse", KOMMUNIKATION)
    client.force_login(user)
    return user


def report_rows(client, day, **params):
    """The report's rows as text, as staff read them (the admin speaks German to them)."""
    with mock.patch("feedback.deadlines.today", return_value=day):
        response = client.get(reverse(REPORT), params)
    assert response.status_code == 200
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return [" ".join(row.get_text(" ", strip=True).split()) for row in page.select("table tbody tr")]


def row_for(rows, text):
    (row,) = [row for row in rows if text in row]
    return row


def remind(day):
    call_command("send_feedback_reminders", f"--today={day.isoformat()}", verbosity=0)


# --- a case for every message ------------------------------------------------------------------


def test_posting_the_form_creates_a_new_case_due_a_month_later(seeded_site):
    with mock.patch("django.utils.timezone.now", return_value=moment(2026, 3, 15, 9, 30)):
        assert submit_feedback("de").status_code == 200
    case = FeedbackCase.objects.get(submission__page=statement())
    assert case.status == FeedbackCase.NEW and case.get_status_display() == "neu"
    assert case.due_date == date(2026, 4, 15)
    assert case.handler is None and case.answered_on is None and case.reminded_at is None


def test_spam_caught_by_the_honeypot_creates_no_case(seeded_site):
    submit_feedback("de", website_url="http://spam.example")
    assert not FeedbackCase.objects.exists()


@pytest.mark.parametrize(
    "received, due",
    [
        (moment(2026, 1, 31), date(2026, 2, 28)),  # no 31 February: the last day of the month
        (moment(2028, 1, 31), date(2028, 2, 29)),  # leap year
        (moment(2026, 3, 31), date(2026, 4, 30)),
        (moment(2026, 12, 31), date(2027, 1, 31)),  # into the next year
        (moment(2026, 2, 28), date(2026, 3, 28)),  # not the end of March
        # 00:30 on 1 February in Halle is still 31 January in UTC: Halle's day counts.
        (moment(2026, 2, 1, 0, 30), date(2026, 3, 1)),
    ],
)
def test_due_date_is_one_calendar_month_after_the_day_of_receipt(seeded_site, received, due):
    assert message(received).due_date == due


def test_a_message_older_than_three_weeks_is_due_in_every_month():
    """The reminder period starts three weeks after receipt, which is at least a week before the
    due date whatever the month's length; so "older than three weeks" always means "due"."""
    day = date(2026, 1, 1)
    while day < date(2029, 1, 1):
        due = deadlines.due_date(day)
        three_weeks_later = day + timedelta(weeks=3)
        assert deadlines.state(day, due, three_weeks_later) == deadlines.DUE, day
        assert deadlines.state(day, due, three_weeks_later - timedelta(days=1)) == deadlines.PENDING
        assert (due - three_weeks_later).days >= 7
        day += timedelta(days=1)


def test_existing_messages_get_a_case_from_the_migration_and_the_report(seeded_site, kommunikation, client):
    older = message(moment(*RECEIVED))
    FeedbackCase.objects.all().delete()  # as if stored before the feedback app was installed
    migration = importlib.import_module("feedback.migrations.0002_cases_for_existing_feedback")
    from django.apps import apps

    migration.create_cases(apps, None)
    case = FeedbackCase.objects.get()
    assert case.pk == older.pk and case.due_date == date(2026, 2, 9) and case.status == "new"
    FeedbackCase.objects.all().delete()  # e.g. loaded from a fixture, where no signal runs
    assert "Kontrast" in row_for(report_rows(client, DUE_DAY), "Kontrast")
    assert FeedbackCase.objects.get().due_date == date(2026, 2, 9)


# --- the report -------------------------------------------------------------------------------


def test_a_message_older_than_three_weeks_appears_as_due(kommunikation, client):
    message(moment(*RECEIVED), "Der Kontrast im Footer ist zu schwach.")
    message(moment(2026, 1, 26), "Die Karte hat keine Textalternative.")
    rows = report_rows(client, DUE_DAY)
    due = row_for(rows, "Kontrast")
    assert "09.01.2026" in due and "09.02.2026" in due  # received, answer due by
    assert "fällig in 9 Tagen" in due and "neu" in due
    recent = row_for(rows, "Karte")
    assert "in 26 Tagen" in recent and "fällig" not in recent
    # The filter "due" shows only the first one.
    (only,) = report_rows(client, DUE_DAY, deadline="due")
    assert "Kontrast" in only


def test_an_overdue_message_appears_as_overdue(kommunikation, client):
    message(moment(*RECEIVED))
    message(moment(2026, 2, 2), "Die Karte hat keine Textalternative.")
    rows = report_rows(client, OVERDUE_DAY)
    assert "3 Tage überfällig" in row_for(rows, "Kontrast")
    assert "in 18 Tagen" in row_for(rows, "Karte")  # due on 2 March
    (only,) = report_rows(client, OVERDUE_DAY, deadline="overdue")
    assert "Kontrast" in only


def test_the_report_shows_the_beginning_of_the_message_and_the_handler(kommunikation, client):
    case = message(moment(*RECEIVED), "Vorlesen " * 100)
    case.handler = kommunikation
    case.status = FeedbackCase.IN_PROGRESS
    case.save()
    row = report_rows(client, DUE_DAY)[0]
    assert "in Bearbeitung" in row and "presse" in row
    assert "Vorlesen " * 10 in row and row.count("Vorlesen") < 30  # an excerpt, not all 900 characters
    assert "erika@example.org" not in row and "Mustermann" not in row


def test_staff_answer_a_message_in_the_report_and_it_leaves_the_open_list(kommunikation, client):
    case = message(moment(*RECEIVED))
    edit_url = reverse("accessibility_feedback:edit", args=[case.pk])
    with mock.patch("feedback.deadlines.today", return_value=DUE_DAY):
        page = client.get(edit_url)
        assert page.status_code == 200
        html = page.content.decode()
        # The whole message and the citizen's address, to answer it.
        assert "Der Kontrast im Footer ist zu schwach." in html and "erika@example.org" in html
        response = client.post(edit_url, {"status": "in_progress", "handler": kommunikation.pk, "answered_on": ""})
        assert response.status_code == 302, response.content.decode()[:3000]
        case.refresh_from_db()
        assert case.status == "in_progress" and case.handler == kommunikation
        assert "in Bearbeitung" in row_for(report_rows(client, DUE_DAY), "Kontrast")

        response = client.post(edit_url, {"status": "answered", "handler": kommunikation.pk, "answered_on": ""})
        assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == "answered" and case.answered_on == DUE_DAY
    # Who changed what stays in the history, under a label without personal data.
    entries = ModelLogEntry.objects.filter(object_id=str(case.pk), action="wagtail.edit")
    assert entries.count() == 2 and {e.user for e in entries} == {kommunikation}
    assert {e.label for e in entries} == {"Rückmeldung Nr. %s vom 09.01.2026" % case.pk}
    assert report_rows(client, DUE_DAY) == []
    assert report_rows(client, DUE_DAY, deadline="due") == []
    (answered,) = report_rows(client, DUE_DAY, status="answered")
    assert "beantwortet am 31.01.2026" in answered


def test_an_answer_date_without_the_status_answered_is_refused(kommunikation, client):
    case = message(moment(*RECEIVED))
    with mock.patch("feedback.deadlines.today", return_value=DUE_DAY):
        response = client.post(
            reverse("accessibility_feedback:edit", args=[case.pk]),
            {"status": "in_progress", "handler": "", "answered_on": "2026-01-30"},
        )
    assert response.status_code == 200
    assert "Setzen Sie auch den Status" in response.content.decode()
    case.refresh_from_db()
    assert case.status == "new" and case.answered_on is None


def test_only_kommunikation_and_superusers_see_the_report(roles, client, django_user_model):
    case = message(moment(*RECEIVED))
    report, edit = reverse(REPORT), reverse("accessibility_feedback:edit", args=[case.pk])
    forms = reverse("wagtailforms:list_submissions", args=[statement().pk])

    assert client.get(report).status_code == 302  # anonymous: to the login
    assert "/admin/login/" in client.get(report)["Location"]

    client.force_login(make_user(django_user_model, "stadt", REDAKTION))
    for url in (report, edit, forms):
        response = client.get(url)
        # Wagtail answers a logged-in editor without permission with a redirect to the dashboard.
        assert response.status_code in (302, 403), url
        assert "/admin/login/" not in response.get("Location", "")
    assert client.post(edit, {"status": "answered"}).status_code in (302, 403)
    assert FeedbackCase.objects.get().status == "new"
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert report not in dashboard
    # Under Forms, Wagtail would show the submissions to everyone who may edit the page.
    assert forms not in client.get(reverse("wagtailforms:index")).content.decode()

    for user in (
        make_user(django_user_model, "presse", KOMMUNIKATION),
        django_user_model.objects.create_superuser("chef", "chef@example.org", "pw"),
    ):
        client.force_login(user)
        assert client.get(report).status_code == 200
        assert client.get(edit).status_code == 200
        assert client.get(forms).status_code == 200
        assert forms in client.get(reverse("wagtailforms:index")).content.decode()
        assert report in client.get(reverse("wagtailadmin_home")).content.decode()  # Berichte menu


def test_nobody_adds_or_deletes_cases_by_hand(roles, client, django_user_model):
    case = message(moment(*RECEIVED))
    client.force_login(django_user_model.objects.create_superuser("chef", "chef@example.org", "pw"))
    assert client.get(reverse("accessibility_feedback:add")).status_code in (302, 403)
    assert client.post(reverse("accessibility_feedback:delete", args=[case.pk])).status_code in (302, 403)
    assert FeedbackCase.objects.filter(pk=case.pk).exists()


@pytest.mark.parametrize("count", [5, 50])
def test_report_queries_do_not_grow_with_the_messages(kommunikation, client, count, django_assert_num_queries):
    handler = kommunikation
    for number in range(count):
        case = message(moment(*RECEIVED) + timedelta(hours=number), f"Nachricht {number}")
        if number % 2:
            case.handler, case.status = handler, FeedbackCase.IN_PROGRESS
            case.save()
    report_rows(client, DUE_DAY)  # sessions, content types and permissions cached as in use
    with django_assert_num_queries(QUERIES_PER_REPORT):
        rows = report_rows(client, DUE_DAY)
    assert len(rows) == min(count, 20)  # one page of the listing


# --- the reminder -----------------------------------------------------------------------------


def test_the_reminder_mails_the_office_once_across_two_runs(seeded_site, mailoutbox):
    set_office()
    message(moment(*RECEIVED), "Der Kontrast im Footer ist zu schwach.")
    message(moment(2026, 1, 26), "Die Karte hat keine Textalternative.")  # not due yet
    remind(DUE_DAY)
    remind(DUE_DAY)
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [OFFICE]
    assert mail.subject == "Erinnerung: 1 Rückmeldung zur Barrierefreiheit wartet auf Antwort"
    assert "Der Kontrast im Footer ist zu schwach." in mail.body
    assert "Antwort fällig bis 09.02.2026 (fällig in 9 Tagen)" in mail.body
    assert "http://testserver/admin/reports/accessibility-feedback/" in mail.body
    assert "Karte" not in mail.body
    # No more of the citizen than needed to recognise the message.
    assert "erika@example.org" not in mail.body and "Mustermann" not in mail.body
    assert not mail.alternatives  # plain text
    assert FeedbackCase.objects.exclude(reminded_at=None).count() == 1

    # The second message turns three weeks old: the next mail names only that one.
    remind(date(2026, 2, 16))
    remind(date(2026, 2, 17))
    assert len(mailoutbox) == 2
    assert "Karte" in mailoutbox[1].body and "Kontrast" not in mailoutbox[1].body


def test_overdue_messages_never_reminded_are_included_once(seeded_site, mailoutbox):
    set_office()
    message(moment(*RECEIVED))  # e.g. stored before the timer was installed
    remind(OVERDUE_DAY)
    remind(OVERDUE_DAY + timedelta(days=1))
    assert len(mailoutbox) == 1
    assert "(3 Tage überfällig)" in mailoutbox[0].body


def test_answered_messages_are_not_reminded(seeded_site, mailoutbox):
    set_office()
    case = message(moment(*RECEIVED))
    case.status = FeedbackCase.ANSWERED
    case.save()
    remind(DUE_DAY)
    assert mailoutbox == []


def test_the_reminder_quotes_only_the_first_200_characters(seeded_site, mailoutbox):
    set_office()
    message(moment(*RECEIVED), "a" * 150 + " " + "b" * 100 + " GEHEIMES ENDE")
    remind(DUE_DAY)
    body = mailoutbox[0].body
    assert "a" * 150 in body and "GEHEIMES ENDE" not in body and "b" * 100 not in body


def test_without_an_office_address_the_reminder_warns_and_waits(seeded_site, mailoutbox, caplog, client, django_user_model):
    assert statement().to_address == ""
    message(moment(*RECEIVED))
    remind(DUE_DAY)
    assert mailoutbox == []
    assert "no office address" in caplog.text
    assert FeedbackCase.objects.get().reminded_at is None
    client.force_login(django_user_model.objects.create_superuser("chef", "chef@example.org", "pw"))
    assert "fällig in 9 Tagen" in row_for(report_rows(client, DUE_DAY), "Kontrast")
    # Once the address is filled in, the office hears of it.
    set_office()
    remind(DUE_DAY + timedelta(days=1))
    assert len(mailoutbox) == 1


def test_a_mail_server_that_is_down_is_tried_again_the_next_day(seeded_site, mailoutbox, caplog):
    set_office()
    message(moment(*RECEIVED))
    with mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages",
        side_effect=ConnectionRefusedError("no mail server"),
    ):
        with pytest.raises(CommandError):
            remind(DUE_DAY)
    assert FeedbackCase.objects.get().reminded_at is None
    assert "Could not mail the accessibility feedback reminder" in caplog.text
    remind(DUE_DAY + timedelta(days=1))
    assert len(mailoutbox) == 1


def test_the_command_uses_todays_date_without_an_option(seeded_site, mailoutbox):
    set_office()
    message(moment(*RECEIVED))
    with mock.patch("feedback.deadlines.today", return_value=DUE_DAY):
        call_command("send_feedback_reminders", verbosity=0)
    assert len(mailoutbox) == 1
