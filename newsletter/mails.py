"""Every mail the newsletter sends, built the same way: a plain-text part and an HTML part
(EmailMultiAlternatives), in the recipient's language, with absolute links to this site (and
only those an editor writes into an issue's text besides): no images, fonts or tracking, so
nothing is loaded from anywhere when a mail is opened; and with
a one-click unsubscribe link in the text and in the List-Unsubscribe headers (RFC 2369, 8058).
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page

from smartcity.templatetags.smartcity_i18n import is_fallback
from updates.models import EventPage, UpdatePage

from . import tokens


def base_url():
    """The public address of the site: mails are also sent by a timer, without a request."""
    return (settings.NEWSLETTER_BASE_URL or settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def absolute(url):
    return url if "://" in url else base_url() + url


def link(name, language, token):
    with translation.override(language):
        return absolute(reverse(f"newsletter:{name}", args=[token]))


def confirm_url(subscriber):
    return link("confirm", subscriber.language, tokens.confirm_token(subscriber))


def unsubscribe_headers(url):
    """List-Unsubscribe with the https address (and a mailbox, when the city runs one), and
    List-Unsubscribe-Post, which tells mail programs that a POST to that address unsubscribes at
    once (RFC 8058): the reader's "Unsubscribe" button then works without opening a page."""
    targets = [f"<{url}>"]
    if settings.NEWSLETTER_UNSUBSCRIBE_MAILTO:
        targets.append(f"<mailto:{settings.NEWSLETTER_UNSUBSCRIBE_MAILTO}?subject=unsubscribe>")
    return {
        "List-Unsubscribe": ", ".join(targets),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def sender():
    return settings.NEWSLETTER_FROM_EMAIL or settings.DEFAULT_FROM_EMAIL


def build(template, subscriber, context, connection=None, language=None):
    """One message from templates/newsletter/mail/<template>.txt and .html."""
    language = language or subscriber.language
    with translation.override(language):
        # The page behind the link speaks the language of the mail it came in.
        unsubscribe = link("unsubscribe", language, tokens.unsubscribe_token(subscriber))
        context = {
            **context,
            "language": language,
            "unsubscribe_url": unsubscribe,
            "site_url": absolute(f"/{language}/"),
        }
        subject = str(context["subject"])
        text = render_to_string(f"newsletter/mail/{template}.txt", context)
        html = render_to_string(f"newsletter/mail/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=sender(),
        to=[subscriber.email],
        headers=unsubscribe_headers(unsubscribe),
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    return message


def confirmation_message(subscriber):
    """The double opt-in mail: nothing else is ever sent before its link is used."""
    with translation.override(subscriber.language):
        subject = gettext("Please confirm your newsletter subscription")
    return build(
        "confirm",
        subscriber,
        {
            "subject": subject,
            "confirm_url": confirm_url(subscriber),
            "hours": settings.NEWSLETTER_CONFIRM_HOURS,
            "days": settings.NEWSLETTER_UNCONFIRMED_DAYS,
        },
    )


def already_subscribed_message(subscriber, language):
    """Sent instead of a confirmation when a confirmed address signs up again, so that the page
    a visitor sees never tells whether an address is subscribed; only the owner of the mailbox
    learns it. In the language asked for now (the person at the form reads it)."""
    with translation.override(language):
        subject = gettext("You are already subscribed to the newsletter")
    return build("already_subscribed", subscriber, {"subject": subject}, language=language)


# --- issues ----------------------------------------------------------------------------------


class IssueRenderer:
    """What an issue says in one language for one choice of topics, worked out once per
    combination rather than once per subscriber."""

    def __init__(self, issue):
        self.issue = issue
        self._pages = None
        self._content = {}

    def pages(self):
        """The live pages listed in the issue, in the editor's order. Read from the items in
        memory, so the admin's preview shows unsaved changes too."""
        if self._pages is None:
            ids = [item.page_id for item in self.issue.items.all() if item.page_id]
            found = Page.objects.filter(pk__in=ids).live().public().specific()
            # Only updates and events have what an item shows (the chooser offers nothing else).
            by_id = {page.pk: page for page in found if isinstance(page, (UpdatePage, EventPage))}
            self._pages = [by_id[pk] for pk in ids if pk in by_id]
            self._fields = {}
            pairs = UpdatePage.fields_of_action.through.objects.filter(updatepage_id__in=ids)
            for update_id, field_id in pairs.values_list("updatepage_id", "fieldofactionpage_id"):
                self._fields.setdefault(update_id, set()).add(field_id)
        return self._pages

    def content(self, language, topics=frozenset()):
        key = (language, frozenset(topics))
        if key not in self._content:
            self._content[key] = self._build(language, key[1])
        return self._content[key]

    def _build(self, language, topics):
        issue = self.issue
        with translation.override(language):
            items = []
            for page in self.pages():
                fields = self._fields.get(page.pk, set())
                # Someone who chose topics gets the updates on those, and every update that
                # belongs to no field of action; events concern everybody.
                if topics and fields and not (fields & topics):
                    continue
                items.append(item_for(page))
            return {
                "subject": issue.subject,
                "subject_lang": "de" if is_fallback(issue, "subject") else "",
                "intro": issue.intro,
                "intro_lang": "de" if is_fallback(issue, "intro") else "",
                "body": issue.body,
                "body_lang": "de" if is_fallback(issue, "body") else "",
                "items": items,
            }

    def message(self, subscriber, connection=None):
        topics = {topic.pk for topic in subscriber.topics.all()}
        content = self.content(subscriber.language, topics)
        return build("issue", subscriber, dict(content), connection=connection)


def item_for(page):
    """An update or event as the mail lists it, in the active language."""
    is_event = isinstance(page, EventPage)
    return {
        "kind": "event" if is_event else "update",
        "title": page.title,
        "title_lang": "de" if is_fallback(page, "title") else "",
        "teaser": page.teaser,
        "teaser_lang": "de" if is_fallback(page, "teaser") else "",
        "date": timezone.localtime(page.start) if is_event else page.date,
        "place": getattr(page, "place", ""),
        "url": absolute(page.get_url()),
    }


def preview_response(issue, mode_name):
    """The admin's preview: the mail as a subscriber without topics would get it."""
    from .models import Subscriber

    language = "en" if mode_name.endswith("_en") else "de"
    sample = Subscriber(email="preview@example.org", language=language, token="preview")
    content = IssueRenderer(issue).content(language)
    message = build("issue", sample, dict(content))
    if mode_name.startswith("text"):
        with translation.override(language):
            heading = f"{gettext('Subject')}: {message.subject}\n\n"
        return HttpResponse(heading + message.body, content_type="text/plain; charset=utf-8")
    return HttpResponse(message.alternatives[0][0], content_type="text/html; charset=utf-8")
