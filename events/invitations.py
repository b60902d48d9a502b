"""Invitations into an organisation: a manager invites a colleague by email, the colleague accepts once.

The link carries a random token; the database keeps only its SHA-256, so a leaked table
or backup opens nothing. A link works once and until it expires (settings.INVITATION_DAYS).
Accepting creates the account (the person sets a password) or attaches an existing one
(the person proves it is theirs with its password), and makes the membership.
"""

import datetime
import hashlib
import secrets
import zoneinfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .admin_helpers import event_time
from .models import Invitation, Membership


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def send(invitation, language):
    """Save a new invitation and email its link, in `language` (the inviter's), once the transaction commits."""
    token = secrets.token_urlsafe(32)
    invitation.token_hash = token_hash(token)
    invitation.language = language
    invitation.expires_at = timezone.now() + datetime.timedelta(days=settings.INVITATION_DAYS)
    invitation.save()
    transaction.on_commit(lambda: message(invitation, token).send())
    return token


def message(invitation, token):
    with translation.override(invitation.language):
        path = reverse("events:accept_invitation", args=[token])
        context = {
            "invitation": invitation,
            "inviter": invitation.invited_by.get_full_name() or invitation.invited_by.email,
            "url": settings.REGISTRATION_SITE_URL.rstrip("/") + path,
            "expires": event_time(invitation.expires_at, zoneinfo.ZoneInfo(settings.TIME_ZONE)),
        }
        return mail.EmailMessage(
            subject=_("Invitation to the Forums Portal: %(organisation)s") % {"organisation": invitation.organisation},
            body=render_to_string("events/emails/invitation.txt", context),
            to=[invitation.email],
        )


def open_invitation(token, now=None):
    """The invitation of a link that still works, or None (unknown, used or expired)."""
    now = now or timezone.now()
    invitation = Invitation.objects.select_related("organisation").filter(token_hash=token_hash(token)).first()
    if invitation is None or invitation.accepted_at is not None or invitation.expires_at <= now:
        return None
    return invitation


def existing_user(invitation):
    """The account that already has the invited address, if any."""
    return get_user_model().objects.filter(email__iexact=invitation.email, is_active=True).order_by("pk").first()


def accept(invitation, user):
    """Make `user` (new or existing) a member with the invited role; False if the link was used meanwhile."""
    with transaction.atomic():
        if Invitation.objects.select_for_update().get(pk=invitation.pk).accepted_at is not None:
            return False
        user.is_staff = True  # organisers work in the admin
        user.save()
        Membership.objects.update_or_create(
            user=user, organisation=invitation.organisation, defaults={"role": invitation.role}
        )
        Invitation.objects.filter(pk=invitation.pk).update(accepted_at=timezone.now())
    return True
