"""The newsletter as a citizen, the communications team and the data-protection officer see it:
double opt-in in the chosen language, nothing revealed about who is subscribed, issues that
reach each confirmed subscriber exactly once (also after a mail server failed mid-send), one-click
unsubscribe, nothing loaded from other hosts, subscribers visible only to Kommunikation, and
unconfirmed sign-ups deleted after seven days."""

import re
import time
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail, signing
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.core.management import CommandError, call_command
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone, translation

from editorial.roles import KOMMUNIKATION, REDAKTION
from fields.models import FieldOfActionPage
from newsletter import tokens
from newsletter.forms import CONSENT_TEXT
from newsletter.models import Delivery, IssueItem, NewsletterIssue, Subscriber
from tests.factories import EventPageFactory, UpdatePageFactory
from updates.models import EventIndexPage, UpdateIndexPage

pytestmark = pytest.mark.django_db
BASE = "http://testserver"


# --- helpers ---------------------------------------------------------------------------------


def html(response_or_text):
    text = response_or_text if isinstance(response_or_text, str) else response_or_text.content.decode()
    return BeautifulSoup(text, "html.parser")


def sign_up(client, email="anna@example.org", language="de", prefix="de", topics=(), ip="192.0.2.1",
            **extra):
    data = {"email": email, "language": language, "consent": "on",
            "topics": [getattr(topic, "pk", topic) for topic in topics]}
    data.update(extra)
    return client.post(f"/{prefix}/newsletter/", data, REMOTE_ADDR=ip)


def links(message):
    return re.findall(r"https?://\S+", message.body)


def local(url):
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}" == BASE, url
    return parts.path


def subscriber(email, language="de", confirmed=True, topics=(), days_ago=0):
    moment = timezone.now() - timedelta(days=days_ago)
    sub = Subscriber.objects.create(
        email=email,
        language=language,
        consent_text="Ich möchte den Newsletter erhalten.",
        signed_up_at=moment,
        confirmed_at=moment if confirmed else None,
    )
    sub.topics.set(topics)
    return sub


def issue_with(*pages, de="Neuigkeiten im März", en="News in March"):
    issue = NewsletterIssue(subject_de=de, subject_en=en, intro_de="Hallo Halle.", intro_en="Hello Halle.")
    issue.items = [IssueItem(page=page, sort_order=n) for n, page in enumerate(pages)]
    issue.save()
    return issue


def queue(issue):
    NewsletterIssue.objects.filter(pk=issue.pk).update(
        status=NewsletterIssue.QUEUED, queued_at=timezone.now()
    )
    issue.refresh_from_db()
    return issue


def make_user(username, *groups):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def update(seeded_site):
    page = UpdatePageFactory(parent=UpdateIndexPage.objects.get(), title_de="Sensoren am Markt",
                             title_en="Sensors at the market")
    page.first_published_at = timezone.now()
    page.save()
    return page


class FailingBackend(LocmemBackend):
    """A mail server that accepts `accept` messages, then fails like a dropped connection."""

    accept = 3
    delivered = 0

    def send_messages(self, messages):
        sent = 0
        for message in messages:
            if FailingBackend.delivered >= FailingBackend.accept:
                raise ConnectionResetError("mail server went away")
            sent += super().send_messages([message])
            FailingBackend.delivered += 1
        return sent


# --- sign-up page ----------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["de", "en"])
def test_signup_page_is_labelled_and_tied_together_without_javascript(seeded_site, client, prefix):
    response = client.get(f"/{prefix}/newsletter/")
    assert response.status_code == 200
    doc = html(response)
    assert doc.html["lang"] == prefix
    form = doc.find("form", class_="newsletter-form")
    assert form["method"] == "post" and form["action"] == f"/{prefix}/newsletter/"
    email = form.find("input", attrs={"name": "email"})
    assert email["type"] == "email" and email["autocomplete"] == "email"
    assert form.find("label", attrs={"for": email["id"]})
    languages = form.find_all("input", attrs={"name": "language"})
    assert [i["value"] for i in languages] == ["de", "en"]
    assert [i for i in languages if i.has_attr("checked")][0]["value"] == prefix
    topics = form.find_all("input", attrs={"name": "topics"})
    assert len(topics) == FieldOfActionPage.objects.live().count() == 4
    for control in form.find_all("input"):
        if control["type"] not in ("hidden",):
            assert form.find("label", attrs={"for": control["id"]}), str(control)
    consent = form.find("input", attrs={"name": "consent"})
    with translation.override(prefix):
        assert form.find("label", attrs={"for": consent["id"]}).get_text(" ", strip=True).startswith(
            str(CONSENT_TEXT)
        )
    # The honeypot: hidden from people, out of the tab order.
    trap = form.find("input", attrs={"name": "website_url"})
    assert trap["tabindex"] == "-1" and trap.find_parent(class_="honeypot")["aria-hidden"] == "true"
    # A form's answer is personal (its CSRF token): never from or into any cache.
    assert set(response.cookies) == {"csrftoken"}
    assert "no-store" in response["Cache-Control"]
    assert response["X-Page-Cache"] == "pass"


def test_errors_are_tied_to_their_fields(seeded_site, client):
    response = sign_up(client, email="not an address", consent="")
    assert response.status_code == 200
    doc = html(response)
    email = doc.find("input", attrs={"name": "email"})
    assert email["aria-invalid"] == "true"
    assert f"{email['id']}_error" in email["aria-describedby"].split()
    assert doc.find(id=f"{email['id']}_error").get_text(strip=True)
    assert email["value"] == "not an address"  # what was typed stays
    consent = doc.find("input", attrs={"name": "consent"})
    assert f"{consent['id']}_error" in consent["aria-describedby"].split()
    summary = doc.find(class_="form-errors")
    assert summary["role"] == "alert" and summary.find("a", href=f"#{email['id']}")
    assert not Subscriber.objects.exists() and not mail.outbox


def test_signup_page_costs_a_constant_number_of_queries(seeded_site, client, django_assert_num_queries):
    client.get("/de/newsletter/")  # fills the menu, footer and settings fragments
    # Only the fields of action for the topics: menu, footer and settings come from the cache.
    with django_assert_num_queries(1):
        assert client.get("/de/newsletter/").status_code == 200
    client.get("/en/newsletter/")
    with django_assert_num_queries(1):
        assert client.get("/en/newsletter/").status_code == 200


def test_footer_news_and_events_pages_link_to_the_signup(seeded_site, client):
    for url, target in (
        ("/de/", "/de/newsletter/"),
        ("/en/", "/en/newsletter/"),
        ("/de/aktuelles/", "/de/newsletter/"),
        ("/en/news/", "/en/newsletter/"),
        ("/de/veranstaltungen/", "/de/newsletter/"),
        ("/en/events/", "/en/newsletter/"),
    ):
        doc = html(client.get(url))
        assert doc.find("footer").find("a", href=target), url
        if url.count("/") > 2:
            assert doc.find("main").find("a", href=target), url


# --- double opt-in ---------------------------------------------------------------------------


def test_signup_confirmation_in_the_chosen_language_then_subscribed(seeded_site, client):
    fields = list(FieldOfActionPage.objects.live().order_by("path")[:2])
    response = sign_up(client, email="Anna@Example.ORG", language="en", prefix="de", topics=fields)
    assert response.status_code == 200
    assert "Anna@example.org" in response.content.decode()
    (message,) = mail.outbox
    assert message.to == ["Anna@example.org"]
    assert message.subject == "Please confirm your newsletter subscription"
    html_part, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and '<html lang="en">' in html_part
    assert "Someone, hopefully you, has signed up" in message.body
    sub = Subscriber.objects.get()
    assert not sub.is_confirmed and sub.language == "en"
    assert set(sub.topics.all()) == set(fields)
    with translation.override("de"):
        assert sub.consent_text == str(CONSENT_TEXT)  # the German text the form showed
    assert sub.consent_text.startswith("Ich möchte den Newsletter")
    assert abs(sub.signed_up_at - timezone.now()) < timedelta(minutes=1)

    (confirm,) = [url for url in links(message) if "/confirm/" in url]
    assert confirm.startswith(f"{BASE}/en/newsletter/confirm/")
    assert confirm in html_part
    # Opening the link (as mail scanners do) asks, it does not subscribe.
    page = client.get(local(confirm))
    assert page.status_code == 200
    Subscriber.objects.get(confirmed_at__isnull=True)
    form = html(page).find("main").find("form")
    assert form["method"] == "post"
    response = client.post(form["action"])
    assert response.status_code == 200
    assert "You are subscribed" in response.content.decode()
    sub.refresh_from_db()
    assert sub.is_confirmed and abs(sub.confirmed_at - timezone.now()) < timedelta(minutes=1)
    assert len(mail.outbox) == 1  # nothing but the confirmation mail was sent


def test_unconfirmed_address_gets_nothing_but_the_confirmation(seeded_site, client, update):
    sign_up(client, email="bert@example.org")
    mail.outbox.clear()
    subscriber("clara@example.org")
    queue(issue_with(update))
    call_command("send_newsletter", verbosity=0)
    assert [m.to for m in mail.outbox] == [["clara@example.org"]]


class OldSigner(signing.TimestampSigner):
    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 49 * 3600)


def test_expired_or_forged_confirmation_links_subscribe_nobody(seeded_site, client):
    sub = subscriber("dora@example.org", confirmed=False)
    expired = OldSigner(salt=tokens.CONFIRM_SALT).sign(sub.token)
    for method in (client.get, client.post):
        response = method(f"/de/newsletter/confirm/{expired}/")
        assert response.status_code == 410
        assert "abgelaufen" in response.content.decode()
    forged = tokens.confirm_token(sub)[:-2] + "xx"
    unsubscribe_as_confirm = tokens.unsubscribe_token(sub)
    for token in (forged, unsubscribe_as_confirm, sub.token, "x" * 500, "abc%00def"):
        response = client.post(f"/de/newsletter/confirm/{token}/")
        assert 400 <= response.status_code < 500, token
    sub.refresh_from_db()
    assert not sub.is_confirmed
    # A link of a sign-up already deleted after seven days subscribes nobody either.
    valid = tokens.confirm_token(sub)
    sub.delete()
    assert client.post(f"/de/newsletter/confirm/{valid}/").status_code == 410
    assert not Subscriber.objects.exists()


def normalised(response):
    text = response.content.decode()
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", text)


@pytest.mark.parametrize("state", ["new", "unconfirmed", "confirmed"])
def test_answer_never_reveals_whether_an_address_is_subscribed(seeded_site, state, settings):
    settings.NEWSLETTER_ADDRESS_RATE = "100/h"
    field = FieldOfActionPage.objects.live().first()
    if state == "unconfirmed":
        subscriber("erika@example.org", confirmed=False, days_ago=2)
    elif state == "confirmed":
        subscriber("erika@example.org", language="en", topics=[field])
    reference = sign_up(Client(), email="someone-else@example.org")
    mail.outbox.clear()
    response = sign_up(Client(), email="erika@example.org", language="de")
    assert response.status_code == reference.status_code == 200
    assert normalised(response) == normalised(reference).replace(
        "someone-else@example.org", "erika@example.org"
    )
    # Exactly one mail, to the address itself, in the language asked for now.
    (message,) = mail.outbox
    assert message.to == ["erika@example.org"]
    sub = Subscriber.objects.get(email="erika@example.org")
    if state == "confirmed":
        assert message.subject == "Sie haben den Newsletter bereits abonniert"
        # Whoever typed the address cannot change a subscriber's choices.
        assert sub.language == "en" and list(sub.topics.all()) == [field]
        assert message.message()["List-Unsubscribe"]
    else:
        assert message.subject == "Bitte bestätigen Sie Ihr Newsletter-Abonnement"
        assert not sub.is_confirmed and sub.language == "de"


def test_signup_is_rate_limited_and_keeps_what_was_typed(seeded_site, settings):
    settings.NEWSLETTER_SIGNUP_RATE = "2/h"
    client = Client()
    for n in range(2):
        assert sign_up(client, email=f"f{n}@example.org").status_code == 200
    response = sign_up(client, email="fritz@example.org")
    assert response.status_code == 429
    doc = html(response)
    assert doc.find("input", attrs={"name": "email"})["value"] == "fritz@example.org"
    assert doc.find(class_="form-errors")
    assert not Subscriber.objects.filter(email="fritz@example.org").exists()
    # Another connection may still sign up.
    assert sign_up(Client(), email="fritz@example.org", ip="198.51.100.7").status_code == 200


def test_one_address_gets_only_a_few_mails_whoever_asks(seeded_site, settings):
    settings.NEWSLETTER_ADDRESS_RATE = "2/d"
    for n in range(4):
        response = sign_up(Client(), email="gerda@example.org", ip=f"198.51.100.{n + 1}")
        assert response.status_code == 200
    assert len(mail.outbox) == 2


def test_a_mail_server_that_is_down_costs_the_visitor_nothing_typed(seeded_site, client, settings):
    settings.EMAIL_BACKEND = "tests.test_newsletter.FailingBackend"
    FailingBackend.accept, FailingBackend.delivered = 0, 0
    response = sign_up(client, email="lena@example.org")
    assert response.status_code == 503
    doc = html(response)
    assert doc.find("input", attrs={"name": "email"})["value"] == "lena@example.org"
    assert doc.find(class_="form-errors")
    # Signing up again once the server is back sends the confirmation.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert sign_up(client, email="lena@example.org").status_code == 200
    assert [m.to for m in mail.outbox] == [["lena@example.org"]]


def test_honeypot_stores_and_sends_nothing(seeded_site, client):
    response = sign_up(client, website_url="http://spam.example")
    assert response.status_code == 200
    assert "leer bleiben" in html(response).find(class_="form-errors").get_text()
    assert not Subscriber.objects.exists() and not mail.outbox


@pytest.mark.parametrize(
    "data",
    [
        {"email": "a" * 300 + "@example.org"},
        {"email": "nul\x00@example.org"},
        {"email": "anna@example.org", "language": "xx"},
        {"email": "anna@example.org", "topics": ["abc"]},
        {"email": "anna@example.org", "topics": ["999999"]},
        {"email": "anna@example.org", "language": "\x00"},
        {"email": "anna@@example.org"},
    ],
)
def test_junk_input_gets_a_form_error_never_a_500(seeded_site, client, data):
    response = sign_up(client, **data)
    assert response.status_code == 200
    assert html(response).find(class_="form-errors")
    assert not Subscriber.objects.exists() and not mail.outbox


def test_junk_links_and_methods_answer_4xx(seeded_site, client):
    for url in (
        "/de/newsletter/unsubscribe/forged:token/",
        "/de/newsletter/unsubscribe/" + "y" * 1000 + "/",
        "/de/newsletter/confirm/%00/",
        "/en/newsletter/confirm/" + "%F0%9F%92%A9" * 30 + "/",
    ):
        assert 400 <= client.get(url).status_code < 500, url
        assert 400 <= client.post(url).status_code < 500, url
    assert client.put("/de/newsletter/").status_code == 405
    flood = {f"field{n}": "x" for n in range(2000)}
    assert client.post("/de/newsletter/", flood).status_code == 400
    assert not Subscriber.objects.exists()


# --- sending ---------------------------------------------------------------------------------


def test_issue_reaches_only_confirmed_subscribers_once_in_their_language(seeded_site, update, client):
    anna = subscriber("anna@example.org", "de")
    ben = subscriber("ben@example.org", "en")
    subscriber("carl@example.org", "de", confirmed=False)
    issue = queue(issue_with(update))
    call_command("send_newsletter", verbosity=0)
    assert sorted(m.to[0] for m in mail.outbox) == ["anna@example.org", "ben@example.org"]
    by_address = {m.to[0]: m for m in mail.outbox}
    german, english = by_address["anna@example.org"], by_address["ben@example.org"]
    assert german.subject == "Neuigkeiten im März" and english.subject == "News in March"
    assert "Hallo Halle." in german.body and "Sensoren am Markt" in german.body
    assert "Hello Halle." in english.body and "Sensors at the market" in english.body
    assert f"{BASE}/en/news/" in english.body and f"{BASE}/de/aktuelles/" in german.body
    for message in (german, english):
        html_part, mimetype = message.alternatives[0]
        assert mimetype == "text/html"
        assert message.body.strip() and "<" not in message.body  # a real plain-text part
    assert '<html lang="de">' in german.alternatives[0][0]
    issue.refresh_from_db()
    assert issue.status == NewsletterIssue.SENT and issue.sent_at
    assert issue.delivery_counts()["sent"] == 2

    # Another run (the timer) sends nothing again.
    call_command("send_newsletter", verbosity=0)
    assert len(mail.outbox) == 2

    # One-click unsubscribe as a mail program does it (RFC 8058): a POST without cookies or
    # CSRF token to the address in List-Unsubscribe.
    headers = english.message()
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = re.match(r"<(https?://[^>]+)>", headers["List-Unsubscribe"]).group(1)
    assert url in english.body and url in english.alternatives[0][0]
    one_click = Client(enforce_csrf_checks=True)
    response = one_click.post(local(url), "List-Unsubscribe=One-Click",
                              content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert not Subscriber.objects.filter(pk=ben.pk).exists()
    assert Subscriber.objects.filter(pk=anna.pk).exists()
    # The delivery record stays as a count, without the address.
    assert Delivery.objects.filter(issue=issue, subscriber__isnull=True, state="sent").count() == 1
    # Again (the mail program retries): still fine.
    assert one_click.post(local(url)).status_code == 200


def test_unsubscribe_link_shows_a_button_and_a_get_changes_nothing(seeded_site, client):
    sub = subscriber("hans@example.org", "en")
    url = f"/en/newsletter/unsubscribe/{tokens.unsubscribe_token(sub)}/"
    response = client.get(url)
    assert response.status_code == 200 and Subscriber.objects.filter(pk=sub.pk).exists()
    form = html(response).find("main").find("form")
    assert form["method"] == "post" and form["action"] == url and form.find("button")
    assert not response.cookies  # no CSRF token: the signed link is the proof
    assert "no-store" in response["Cache-Control"]
    response = client.post(url)
    assert "You are unsubscribed" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_resumed_send_after_a_mail_server_failure_mails_nobody_twice(seeded_site, update, settings):
    addresses = [f"person{n}@example.org" for n in range(7)]
    for n, address in enumerate(addresses):
        subscriber(address, "de" if n % 2 else "en")
    issue = queue(issue_with(update))
    settings.EMAIL_BACKEND = "tests.test_newsletter.FailingBackend"
    FailingBackend.accept, FailingBackend.delivered = 3, 0
    with pytest.raises(CommandError, match="next run carries on"):
        call_command("send_newsletter", "--batch-size", "2", verbosity=0)
    assert len(mail.outbox) == 3
    counts = NewsletterIssue.objects.get(pk=issue.pk).delivery_counts()
    assert counts["sent"] == 3 and counts["pending"] == 4 and counts["sending"] == 0

    # Someone unsubscribes meanwhile, and a process dies between handing over a mail and
    # recording it: that one is not sent again (maybe it went out).
    pending = list(Delivery.objects.filter(issue=issue, state="pending").order_by("pk"))
    pending[0].subscriber.delete()
    Delivery.objects.filter(pk=pending[1].pk).update(state="sending")
    crashed = Subscriber.objects.get(deliveries__pk=pending[1].pk).email

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_newsletter", "--batch-size", "2", verbosity=0)
    received = [m.to[0] for m in mail.outbox]
    assert len(received) == len(set(received)) == 5  # 3 before, 2 now; nobody twice
    assert crashed not in received[3:]
    counts = NewsletterIssue.objects.get(pk=issue.pk).delivery_counts()
    assert counts == {**counts, "sent": 5, "unknown": 1, "cancelled": 1, "pending": 0}
    assert NewsletterIssue.objects.get(pk=issue.pk).status == NewsletterIssue.SENT


def test_subscribers_with_topics_get_the_updates_on_them(seeded_site, update):
    economy, education = FieldOfActionPage.objects.live().order_by("path")[:2]
    other = UpdatePageFactory(parent=UpdateIndexPage.objects.get(), title_de="Schule digital")
    other.fields_of_action.set([education])
    other.save()
    update.fields_of_action.set([economy])
    update.save()
    event = EventPageFactory(parent=EventIndexPage.objects.get(), title_de="Bürgerdialog")
    subscriber("eco@example.org", topics=[economy])
    subscriber("all@example.org")
    queue(issue_with(update, other, event))
    call_command("send_newsletter", verbosity=0)
    by_address = {m.to[0]: m.body for m in mail.outbox}
    assert "Sensoren am Markt" in by_address["eco@example.org"]
    assert "Schule digital" not in by_address["eco@example.org"]
    assert "Bürgerdialog" in by_address["eco@example.org"]
    assert all(t in by_address["all@example.org"] for t in ("Sensoren", "Schule digital", "Bürgerdialog"))


# --- nothing from other hosts ------------------------------------------------------------------


def assert_only_own_links(markup):
    doc = html(markup)
    assert not doc.find_all(["img", "link", "script", "iframe", "video", "audio", "object", "embed", "source"])
    assert not doc.find_all(src=True) and not doc.find_all(srcset=True)
    assert "url(" not in markup and "@import" not in markup
    for anchor in doc.find_all("a"):
        assert anchor["href"].startswith(f"{BASE}/"), anchor["href"]


def test_no_mail_or_page_references_another_host(seeded_site, client, update, settings):
    settings.NEWSLETTER_ADDRESS_RATE = "100/h"
    sign_up(client, email="ida@example.org")
    sub = subscriber("jan@example.org", "en")
    sign_up(Client(), email="jan@example.org", language="en")
    queue(issue_with(update))
    call_command("send_newsletter", verbosity=0)
    assert len(mail.outbox) == 3  # confirmation, "already subscribed", the issue
    for message in mail.outbox:
        assert_only_own_links(message.alternatives[0][0])
        for url in links(message):
            assert url.startswith(f"{BASE}/"), url
    pending = Subscriber.objects.get(email="ida@example.org")
    pages = [
        client.get(f"/de/newsletter/confirm/{tokens.confirm_token(pending)}/"),
        client.get(f"/en/newsletter/unsubscribe/{tokens.unsubscribe_token(sub)}/"),
        client.get("/de/newsletter/confirm/forged/"),
    ]
    for response in pages:
        doc = html(response)
        for tag in doc.find_all(["link", "script", "img", "source", "form"]):
            for attribute in ("href", "src", "action"):
                ref = tag.get(attribute)
                if ref and not (tag.name == "link" and "alternate" in tag.get("rel", [])):
                    assert not urlsplit(ref).netloc, ref
        assert doc.find("meta", attrs={"name": "robots", "content": "noindex"})


# --- admin: Kommunikation only -----------------------------------------------------------------


def test_only_kommunikation_sees_and_exports_subscribers(seeded_site, client):
    subscriber("kim@example.org", "en", topics=FieldOfActionPage.objects.live()[:1])
    staff = make_user("stadt", REDAKTION)
    comms = make_user("presse", KOMMUNIKATION)
    index = reverse("newsletter_subscribers:index")
    client.force_login(staff)
    response = client.get(index)
    assert response.status_code in (302, 403)
    assert "kim@example.org" not in response.content.decode()
    export = client.get(index + "?export=csv")
    assert export.status_code in (302, 403) and "kim@example.org" not in export.content.decode()
    dashboard = client.get("/admin/").content.decode()
    assert "Newsletter" not in dashboard
    assert not staff.has_perm("newsletter.view_subscriber")
    assert not staff.has_perm("newsletter.send_newsletterissue")

    client.force_login(comms)
    assert "Newsletter" in client.get("/admin/").content.decode()
    response = client.get(index)
    assert response.status_code == 200 and "kim@example.org" in response.content.decode()
    subscriber("lou@example.org", confirmed=False)
    confirmed_only = client.get(index, {"confirmed": "true"}).content.decode()
    assert "kim@example.org" in confirmed_only and "lou@example.org" not in confirmed_only
    unconfirmed_only = client.get(index, {"confirmed": "false"}).content.decode()
    assert "lou@example.org" in unconfirmed_only and "kim@example.org" not in unconfirmed_only
    export = client.get(index + "?export=csv")
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")
    csv = b"".join(export.streaming_content).decode()
    assert "kim@example.org" in csv and "Ich möchte den Newsletter erhalten." in csv
    # Nobody adds or edits a subscriber by hand: only the double opt-in creates one.
    assert client.get(reverse("newsletter_subscribers:add")).status_code in (302, 403)
    kim = Subscriber.objects.get(email="kim@example.org")
    assert client.get(reverse("newsletter_subscribers:edit", args=[kim.pk])).status_code in (302, 403)
    assert client.get(reverse("newsletter_subscribers:inspect", args=[kim.pk])).status_code == 200


def test_kommunikation_composes_previews_and_queues_an_issue(seeded_site, client, update):
    event = EventPageFactory(parent=EventIndexPage.objects.get(), title_de="Bürgerdialog",
                             title_en="Citizens' dialogue")
    event.first_published_at = timezone.now()
    event.save()
    comms = make_user("presse", KOMMUNIKATION)
    client.force_login(comms)
    assert client.get(reverse("newsletter_compose")).status_code == 200
    response = client.post(reverse("newsletter_compose"))
    issue = NewsletterIssue.objects.get()
    assert response.status_code == 302 and str(issue.pk) in response["Location"]
    pages = [item.page_id for item in issue.items.all()]
    assert update.pk in pages and event.pk in pages
    assert issue.status == NewsletterIssue.DRAFT and issue.subject_de and issue.subject_en

    request = RequestFactory().get("/admin/")
    for mode, expected in (("html_de", "Sensoren am Markt"), ("text_en", "Citizens' dialogue"),
                           ("html_en", "Sensors at the market"), ("text_de", "Bürgerdialog")):
        preview = issue.serve_preview(request, mode)
        content = preview.content.decode()
        assert expected in content, mode
        assert ("<html" in content) == mode.startswith("html"), mode
    assert not mail.outbox

    send_url = reverse("newsletter_send", args=[issue.pk])
    assert client.get(send_url).status_code == 200
    client.post(send_url)
    issue.refresh_from_db()
    assert issue.status == NewsletterIssue.QUEUED and issue.queued_by == comms
    assert not mail.outbox  # the timer sends it, not the request


def test_kommunikation_writes_an_issue_in_the_admin_and_previews_both_languages(
    seeded_site, client, update
):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    client.force_login(make_user("presse", KOMMUNIKATION))
    urls = "wagtailsnippets_newsletter_newsletterissue"
    data = nested_form_data({
        "subject_de": "Märzausgabe", "subject_en": "March issue",
        "intro_de": "Liebe Leserinnen und Leser,", "intro_en": "",
        "body_de": "Mehr unter https://example.org/", "body_en": "",
        "items": inline_formset([{"page": update.pk}]),
    })
    response = client.post(reverse(f"{urls}:add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    issue = NewsletterIssue.objects.get()
    assert issue.subject_de == "Märzausgabe" and issue.subject_en == "March issue"
    assert [item.page_id for item in issue.items.all()] == [update.pk]

    edit = reverse(f"{urls}:edit", args=[issue.pk])
    assert client.get(edit).status_code == 200
    preview = reverse(f"{urls}:preview_on_edit", args=[issue.pk])
    assert client.post(preview, data).json()["is_valid"]
    english = client.get(preview, {"mode": "text_en"})
    text = english.content.decode()
    assert english["Content-Type"].startswith("text/plain")
    assert "March issue" in text and "Sensors at the market" in text
    assert "Liebe Leserinnen und Leser," in text  # empty English falls back to German
    german = client.get(preview, {"mode": "html_de"}).content.decode()
    assert '<html lang="de">' in german and "Sensoren am Markt" in german
    # The English mail marks the German fallback for screen readers.
    assert '<div lang="de">' in client.get(preview, {"mode": "html_en"}).content.decode()

    listing = client.get(reverse(f"{urls}:list")).content.decode()
    assert reverse("newsletter_send", args=[issue.pk]) in listing
    assert reverse("newsletter_compose") in listing

    # What subscribers received stays as they received it.
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=NewsletterIssue.SENT)
    client.post(edit, {**data, "subject_de": "Geändert"})
    assert NewsletterIssue.objects.get().subject_de == "Märzausgabe"
    assert reverse("newsletter_send", args=[issue.pk]) not in client.get(reverse(f"{urls}:list")).content.decode()


def test_redaktion_can_neither_write_nor_send_issues(seeded_site, client, update):
    issue = issue_with(update)
    client.force_login(make_user("stadt", REDAKTION))
    for url in (reverse("newsletter_send", args=[issue.pk]), reverse("newsletter_compose")):
        assert client.get(url).status_code in (302, 403)
        client.post(url)
    assert NewsletterIssue.objects.get().status == NewsletterIssue.DRAFT
    assert NewsletterIssue.objects.count() == 1


# --- retention -------------------------------------------------------------------------------


def test_unconfirmed_signups_are_deleted_after_seven_days(seeded_site):
    subscriber("old@example.org", confirmed=False, days_ago=8)
    subscriber("recent@example.org", confirmed=False, days_ago=6)
    subscriber("loyal@example.org", confirmed=True, days_ago=400)
    call_command("purge_newsletter_signups", verbosity=0)
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "loyal@example.org", "recent@example.org",
    ]
