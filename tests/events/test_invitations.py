"""Invitations into an organisation: sent by a manager, accepted once, before they expire."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from events import invitations
from events.models import Invitation, Membership
from tests import factories

pytestmark = pytest.mark.django_db

Role = Membership.Role
ADD = reverse("admin:events_invitation_add")
PASSWORD = "Zhytomyr-forum-2027"


@pytest.fixture
def manager():
    return factories.MembershipFactory(role=Role.MANAGER)


def invite(manager, email="olha@example.org", role=Role.EDITOR):
    invitation = Invitation(organisation=manager.organisation, email=email, role=role, invited_by=manager.user)
    return invitation, invitations.send(invitation, "uk")


def accept_url(token, language="uk"):
    return f"/{language}/invitations/{token}/"


NEW_ACCOUNT = {"first_name": "Ольга", "last_name": "Ткачук", "new_password1": PASSWORD, "new_password2": PASSWORD}


def test_manager_invites_a_colleague_by_email_in_the_managers_language(
    client, manager, django_capture_on_commit_callbacks
):
    client.force_login(manager.user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            ADD,
            {"email": "olha@example.org", "organisation": manager.organisation.pk, "role": Role.REGISTRATION_DESK},
            HTTP_ACCEPT_LANGUAGE="pl",
        )

    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.invited_by, invitation.role, invitation.language) == (manager.user, Role.REGISTRATION_DESK, "pl")
    [message] = mail.outbox
    assert message.to == ["olha@example.org"]
    token = re.search(r"/pl/invitations/([\w-]+)/", message.body).group(1)
    assert invitations.open_invitation(token) == invitation
    assert token not in invitation.token_hash


@pytest.mark.parametrize("role", [Role.EDITOR, Role.REGISTRATION_DESK])
def test_only_a_manager_may_invite(client, role):
    membership = factories.MembershipFactory(role=role)
    client.force_login(membership.user)

    response = client.post(
        ADD, {"email": "x@example.org", "organisation": membership.organisation.pk, "role": "editor"}
    )

    assert response.status_code == 403
    assert not Invitation.objects.exists()


def test_manager_cannot_invite_into_another_organisation(client, manager):
    client.force_login(manager.user)
    other = factories.OrganisationFactory()

    response = client.post(ADD, {"email": "x@example.org", "organisation": other.pk, "role": Role.MANAGER})

    assert response.status_code == 200
    assert "organisation" in response.context["adminform"].form.errors
    assert not Invitation.objects.exists()


def test_manager_sees_only_the_invitations_of_their_organisation(client, manager):
    invitation, _ = invite(manager)
    other, _ = invite(factories.MembershipFactory(role=Role.MANAGER), email="someone@example.org")
    client.force_login(manager.user)

    page = client.get(reverse("admin:events_invitation_changelist")).content.decode()

    assert invitation.email in page and other.email not in page
    assert client.get(reverse("admin:events_invitation_change", args=[other.pk])).status_code == 404


def test_accepting_creates_the_account_and_the_membership(client, manager):
    _, token = invite(manager)

    assert client.get(accept_url(token)).status_code == 200
    response = client.post(accept_url(token), NEW_ACCOUNT)

    assert response.status_code == 302 and response.url == reverse("admin:index")
    user = get_user_model().objects.get(email="olha@example.org")
    assert user.is_staff and not user.is_superuser and user.check_password(PASSWORD)
    assert user.get_full_name() == "Ольга Ткачук"
    assert Membership.objects.get(user=user).role == Role.EDITOR
    assert client.get(reverse("admin:index")).status_code == 200  # logged in


def test_a_weak_password_is_refused(client, manager):
    _, token = invite(manager)

    response = client.post(accept_url(token, "en"), {**NEW_ACCOUNT, "new_password1": "123", "new_password2": "123"})

    assert response.status_code == 400
    assert "too short" in response.content.decode()
    assert not get_user_model().objects.filter(email="olha@example.org").exists()


def test_an_existing_account_joins_with_its_password(client, manager):
    user = factories.UserFactory(email="Olha@example.org", password=PASSWORD)
    _, token = invite(manager, role=Role.MANAGER)

    assert client.post(accept_url(token), {"password": "wrong"}).status_code == 400
    assert not Membership.objects.filter(user=user).exists()
    response = client.post(accept_url(token), {"password": PASSWORD})

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.is_staff and Membership.objects.get(user=user).role == Role.MANAGER


def test_a_link_works_once(client, manager):
    _, token = invite(manager)
    client.post(accept_url(token), NEW_ACCOUNT)
    client.logout()

    assert client.get(accept_url(token)).status_code == 404
    assert client.post(accept_url(token), NEW_ACCOUNT).status_code == 404
    assert Membership.objects.filter(organisation=manager.organisation).count() == 2


def test_an_expired_link_is_refused(client, manager):
    invitation, token = invite(manager)
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - datetime.timedelta(minutes=1))

    assert client.get(accept_url(token)).status_code == 404
    assert client.post(accept_url(token), NEW_ACCOUNT).status_code == 404
    assert not get_user_model().objects.filter(email="olha@example.org").exists()


@pytest.mark.parametrize("language", ["uk", "pl", "en"])
def test_an_unknown_link_is_a_translated_404(client, language):
    response = client.get(accept_url("no-such-token", language))

    assert response.status_code == 404
    assert f'lang="{language}"' in response.content.decode()


def test_manager_removes_a_member(client, manager):
    member = factories.MembershipFactory(organisation=manager.organisation)
    client.force_login(manager.user)

    response = client.post(reverse("admin:events_membership_delete", args=[member.pk]), {"post": "yes"})

    assert response.status_code == 302
    assert not Membership.objects.filter(pk=member.pk).exists()
