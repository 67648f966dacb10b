"""Recovery codes: ten one-time codes for the day the phone with the authenticator app is lost.

They are django-otp static tokens, so the second-factor check (wagtail-2fa's form tries every
device of the account) accepts each of them once. Creating new ones makes the old ones invalid.
"""

from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

COUNT = 10
DEVICE_NAME = "recovery codes"


def has_authenticator(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def remaining(user):
    return StaticToken.objects.filter(device__user=user, device__name=DEVICE_NAME).count()


def create_codes(user):
    """Replaces the account's recovery codes with COUNT new ones and returns them (the only time
    they can be read: only their use is stored)."""
    StaticDevice.objects.filter(user=user, name=DEVICE_NAME).delete()
    device = StaticDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def forget_second_factor(user):
    """Removes the account's authenticator and recovery codes (an administrator's reset)."""
    deleted = TOTPDevice.objects.filter(user=user).delete()[0]
    deleted += StaticDevice.objects.filter(user=user).delete()[0]
    return deleted
