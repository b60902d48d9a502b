"""The tokens in registrants' links: unguessable, one purpose each, and expiring where the flow says so.

A token is the registration's random key signed with the secret key and a salt per
purpose, so a management link cannot confirm an email or claim a seat, and no token can
be made without the secret key. Confirmation and seat-offer tokens carry their time of
issue and expire with the hold they belong to; erasing a registration's data drops its
key, and with it every link ever sent.
"""

import datetime

from django.conf import settings
from django.core import signing

from .models import Registration

MANAGE, CONFIRM, OFFER = "manage", "confirm", "offer"


def max_age(purpose):
    hours = {
        CONFIRM: settings.REGISTRATION_PENDING_HOURS,
        OFFER: settings.REGISTRATION_OFFER_HOURS,
    }.get(purpose)
    return None if hours is None else datetime.timedelta(hours=hours)


def signer(purpose):
    """Tokens that expire carry the time they were made; the management link stays the same in every email."""
    kind = signing.TimestampSigner if max_age(purpose) else signing.Signer
    return kind(salt=f"registrations.{purpose}")


def make_token(registration, purpose):
    return signer(purpose).sign(registration.key)


def registration_for(token, purpose):
    """The registration a token was made for; None if the token is forged, for another purpose, or expired."""
    expiring = max_age(purpose)
    try:
        key = signer(purpose).unsign(token, max_age=expiring) if expiring else signer(purpose).unsign(token)
    except signing.BadSignature:  # includes SignatureExpired
        return None
    return Registration.objects.select_related("forum__venue", "forum__registration_settings").filter(key=key).first()
