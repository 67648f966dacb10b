"""The public newsletter pages: sign-up, confirmation and unsubscribe (/de/newsletter/…).

None of their answers is ever stored by the page cache or a proxy: they carry a form's CSRF
token or a personal link. Every answer to a sign-up is the same page whether the address is
new, waiting for confirmation or already subscribed; only the mail differs, and only the owner
of the mailbox reads it.
"""

import hashlib
import logging

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from caching.variants import do_not_cache

from . import mails, tokens
from .forms import SignupForm
from .models import Subscriber

logger = logging.getLogger(__name__)


def private(response):
    # Personal links and CSRF tokens: no browser history cache, no proxy, no page cache.
    add_never_cache_headers(response)
    return response


def render(request, template, context=None, status=200):
    context = {
        "hours": settings.NEWSLETTER_CONFIRM_HOURS,
        "days": settings.NEWSLETTER_UNCONFIRMED_DAYS,
        **(context or {}),
    }
    response = TemplateResponse(request, f"newsletter/{template}.html", context, status=status)
    return private(response)


@require_http_methods(["GET", "HEAD", "POST"])
def signup(request):
    do_not_cache(request)
    if request.method != "POST":
        return render(request, "signup", {"form": SignupForm(), "indexable": True})

    form = SignupForm(request.POST)
    if is_ratelimited(
        request, group="newsletter-signup", key="ip", rate=settings.NEWSLETTER_SIGNUP_RATE,
        method="POST", increment=True,
    ):
        # What was typed stays in the form, with a clear message, as on the feedback form.
        form.is_valid()
        form.add_error(None, gettext(
            "Several sign-ups have been sent from your connection in a short time. Your entries "
            "are still here: please send them again in an hour."
        ))
        return render(request, "signup", {"form": form}, status=429)
    if not form.is_valid():
        return render(request, "signup", {"form": form})

    message = sign_up(request, form)
    try:
        if message is not None:
            message.send()
    except Exception:  # SMTP errors are many kinds of exception; none may reach the visitor
        logger.exception("Could not send a newsletter confirmation mail")
        form.add_error(None, gettext(
            "The confirmation mail could not be sent just now. Your entries are still here: "
            "please try again in a few minutes."
        ))
        return render(request, "signup", {"form": form}, status=503)
    return render(request, "check_inbox", {"email": form.cleaned_data["email"]})


def address_key(email):
    digest = hashlib.sha256(email.lower().encode()).hexdigest()
    return lambda group, request: digest


def sign_up(request, form):
    """Creates or refreshes the sign-up and returns the mail for the address (or None): what it
    says depends on what the address already is, what the visitor sees does not."""
    data = form.cleaned_data
    email, language = data["email"], data["language"]
    existing = Subscriber.objects.filter(email__iexact=email).first()
    if existing is not None and existing.is_confirmed:
        message = mails.already_subscribed_message(existing, language)
    else:
        subscriber = existing or Subscriber(email=email)
        # A new (or repeated) sign-up: the latest choices and consent count, and the
        # seven days until an unconfirmed sign-up is deleted start again.
        subscriber.language = language
        subscriber.consent_text = form.consent_text
        subscriber.signed_up_at = timezone.now()
        try:
            with transaction.atomic():
                subscriber.save()
                subscriber.topics.set(data["topics"])
        except IntegrityError:
            # The same address signed up in the same instant in another request: that one
            # mails it.
            return None
        message = mails.confirmation_message(subscriber)
    # However many people or bots ask, one address gets only a few mails a day.
    if is_ratelimited(
        request, group="newsletter-address", key=address_key(email),
        rate=settings.NEWSLETTER_ADDRESS_RATE, method=["POST"], increment=True,
    ):
        logger.info("Newsletter mail to one address held back by NEWSLETTER_ADDRESS_RATE")
        return None
    return message


def subscriber_for(token, reader):
    """The subscriber a signed link belongs to. (subscriber or None, error page name or None)"""
    try:
        secret = reader(token)
    except signing.SignatureExpired:
        return None, "expired"
    except signing.BadSignature:
        return None, "invalid"
    return Subscriber.objects.filter(token=secret).first(), None


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows a button, POST confirms: mail scanners that open every link in a mail must not
    subscribe anybody; only the person pressing the button does."""
    do_not_cache(request)
    subscriber, problem = subscriber_for(token, tokens.read_confirm_token)
    if problem:
        status = 410 if problem == "expired" else 400
        return render(request, "link_problem", {"problem": problem}, status=status)
    if subscriber is None:
        # Deleted after seven days, or unsubscribed in the meantime.
        return render(request, "link_problem", {"problem": "expired"}, status=410)
    if request.method == "POST":
        if not subscriber.is_confirmed:
            Subscriber.objects.filter(pk=subscriber.pk, confirmed_at__isnull=True).update(
                confirmed_at=timezone.now()
            )
        return render(request, "confirmed", {"subscriber": subscriber})
    if subscriber.is_confirmed:
        return render(request, "confirmed", {"subscriber": subscriber})
    return render(request, "confirm", {"token": token})


@csrf_exempt  # RFC 8058: mail programs POST here without a cookie; the signed link is the proof
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET shows a button; a POST (the button, or a mail program's one-click request with
    List-Unsubscribe=One-Click) unsubscribes at once. Unsubscribing deletes the address and its
    consent: nothing is kept of someone who left."""
    do_not_cache(request)
    subscriber, problem = subscriber_for(token, tokens.read_unsubscribe_token)
    if problem:
        return render(request, "link_problem", {"problem": "invalid"}, status=400)
    if request.method == "POST":
        if subscriber is not None:
            subscriber.delete()
        return render(request, "unsubscribed")
    if subscriber is None:
        return render(request, "unsubscribed")
    return render(request, "unsubscribe", {"token": token})
