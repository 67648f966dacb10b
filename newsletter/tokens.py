"""The signed links in newsletter mails (Django's signing with SECRET_KEY).

Each link carries the subscriber's random token (32 bytes), signed with a salt of its own, so a
confirmation link cannot be used to unsubscribe or the other way round, and nobody can make up
a link without the site's secret key. Confirmation links carry the time they were made and
expire after NEWSLETTER_CONFIRM_HOURS; unsubscribe links never expire (an old mail must still
let its reader leave).
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"
# A signed token is well under 150 characters; anything longer is not ours and is refused
# before any cryptography or database work.
MAX_LENGTH = 200


def confirm_token(subscriber):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(subscriber.token)


def unsubscribe_token(subscriber):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(subscriber.token)


def _checked(value):
    if not isinstance(value, str) or not value or len(value) > MAX_LENGTH:
        raise signing.BadSignature("not a newsletter link")
    return value


def read_confirm_token(value):
    """The subscriber token inside a confirmation link. Raises signing.SignatureExpired when the
    link is older than NEWSLETTER_CONFIRM_HOURS, signing.BadSignature when it is forged."""
    max_age = timedelta(hours=settings.NEWSLETTER_CONFIRM_HOURS)
    return signing.TimestampSigner(salt=CONFIRM_SALT).unsign(_checked(value), max_age=max_age)


def read_unsubscribe_token(value):
    """The subscriber token inside an unsubscribe link; signing.BadSignature when forged."""
    return signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(_checked(value))
