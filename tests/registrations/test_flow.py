"""The whole flow through HTTP, following the links in the emails (locmem backend), in the registrant's language."""

import pytest

from registrations import services, tokens
from registrations.models import Registration
from tests.factories import RegistrationFactory
from tests.registrations.conftest import email_with_link, form_data, link
from tests.registrations.factories import RegistrationSettingsFactory, hybrid_forum_settings

pytestmark = pytest.mark.django_db

Status = Registration.Status


def register(client, committed, forum, language="uk", **changes):
    with committed():
        return client.post(f"/{language}/forums/{forum.slug}/register/", form_data(**changes))


def test_register_confirm_manage_cancel(client, committed, mailoutbox, forum):
    response = register(client, committed, forum, email="Olena@Example.org")

    assert response.status_code == 302
    assert response["Location"] == f"/uk/forums/{forum.slug}/register/done/pending/"
    assert client.get(response["Location"]).status_code == 200
    registration = Registration.objects.get()
    assert (registration.status, registration.language, registration.email) == (
        Status.PENDING,
        "uk",
        "Olena@Example.org",
    )
    assert registration.hold_until is not None
    [confirm_email] = mailoutbox
    assert confirm_email.to == ["Olena@Example.org"]
    confirm_page = client.get(link(confirm_email, "confirm"))
    assert confirm_page.status_code == 200
    assert Registration.objects.get().status == Status.PENDING, "opening the link (a mail scanner) confirms nothing"

    with committed():
        response = client.post(link(confirm_email, "confirm"))

    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    assert registration.confirmed_at is not None and registration.hold_until is None
    assert response.status_code == 302 and response["Location"] == link(confirm_email, "manage")
    confirmed_email = mailoutbox[1]
    assert confirmed_email.attachments[0][0] == f"{forum.slug}.ics"
    manage_page = client.get(link(confirmed_email, "manage")).content.decode()
    assert "Олена Коваль" in manage_page
    assert "no-store" in client.get(link(confirmed_email, "manage"))["Cache-Control"]

    with committed():
        client.post(link(confirmed_email, "manage") + "cancel/")

    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED
    assert len(mailoutbox) == 3
    assert registration.last_email_kind == "cancelled"
    assert forum.title_uk in mailoutbox[2].subject


@pytest.mark.parametrize("language", ["uk", "pl", "en"])
def test_emails_are_in_the_language_of_the_form(client, committed, mailoutbox, forum, language):
    register(client, committed, forum, language=language)

    [email] = mailoutbox
    assert Registration.objects.get().language == language
    assert getattr(forum, f"title_{language}") in email.subject
    assert getattr(forum.venue, f"address_{language}") in email.body
    assert link(email, "confirm").startswith(f"/{language}/registrations/confirm/")
    assert email.alternatives[0][1] == "text/html"
    assert f'<html lang="{language}">' in email.alternatives[0][0]


def test_full_forum_puts_people_on_the_waiting_list_and_says_so(client, committed, mailoutbox):
    forum = RegistrationSettingsFactory(in_person_capacity=1).forum
    register(client, committed, forum, email="first@example.org")

    response = register(client, committed, forum, email="second@example.org", language="en")

    assert response["Location"].endswith("/register/done/waiting/")
    assert "You are on the waiting list" in client.get(response["Location"]).content.decode()
    assert Registration.objects.get(email="second@example.org").status == Status.WAITING
    assert "waiting list" in mailoutbox[-1].subject


def test_cancellation_offers_the_place_to_the_first_waiting_who_claims_it(client, committed, mailoutbox):
    forum = RegistrationSettingsFactory(in_person_capacity=1).forum
    register(client, committed, forum, email="first@example.org")
    register(client, committed, forum, email="second@example.org")
    register(client, committed, forum, email="third@example.org")
    first_email = mailoutbox[0]

    with committed():
        client.post(link(first_email, "manage") + "cancel/")

    second = Registration.objects.get(email="second@example.org")
    assert second.status == Status.OFFERED
    assert Registration.objects.get(email="third@example.org").status == Status.WAITING
    offer_email = email_with_link(mailoutbox, "second@example.org", "offer")
    assert client.get(link(offer_email, "offer")).status_code == 200

    with committed():
        client.post(link(offer_email, "offer"), {"claim": ""})

    second.refresh_from_db()
    assert second.status == Status.CONFIRMED
    assert mailoutbox[-1].to == ["second@example.org"] and mailoutbox[-1].attachments


def test_declining_an_offer_passes_it_on(client, committed, mailoutbox):
    forum = RegistrationSettingsFactory(in_person_capacity=1).forum
    for email in ("first@example.org", "second@example.org", "third@example.org"):
        register(client, committed, forum, email=email)
    with committed():
        client.post(link(mailoutbox[0], "manage") + "cancel/")
    offer_email = email_with_link(mailoutbox, "second@example.org", "offer")

    with committed():
        client.post(link(offer_email, "offer"), {"decline": ""})

    assert Registration.objects.get(email="second@example.org").status == Status.CANCELLED
    assert Registration.objects.get(email="third@example.org").status == Status.OFFERED


def test_approval_required(client, committed, mailoutbox):
    forum = RegistrationSettingsFactory(approval_required=True).forum
    register(client, committed, forum, language="en")
    with committed():
        client.post(link(mailoutbox[0], "confirm"))
    registration = Registration.objects.get()
    assert registration.status == Status.AWAITING_APPROVAL
    assert "awaits approval" in mailoutbox[1].subject

    with committed():
        services.approve(registration)

    assert Registration.objects.get().status == Status.CONFIRMED
    assert "is confirmed" in mailoutbox[2].subject


def test_hybrid_forum_asks_the_mode_and_sends_the_join_link_only_to_confirmed_online_people(
    client, committed, mailoutbox
):
    forum = hybrid_forum_settings().forum
    form = client.get(f"/en/forums/{forum.slug}/register/").content.decode()
    assert 'name="participation_mode"' in form

    register(client, committed, forum, language="en", participation_mode="online", email="online@example.org")
    register(client, committed, forum, language="en", participation_mode="in_person", email="hall@example.org")
    assert forum.join_url not in mailoutbox[0].body, "not before the email is confirmed"
    for email in list(mailoutbox):
        with committed():
            client.post(link(email, "confirm"))

    confirmed = {email.to[0]: email for email in mailoutbox if "is confirmed" in email.subject}
    assert forum.join_url in confirmed["online@example.org"].body
    assert forum.join_url in confirmed["online@example.org"].alternatives[0][0]
    assert forum.join_url not in confirmed["hall@example.org"].body
    assert forum.venue.address_en in confirmed["hall@example.org"].body


def test_change_of_mode_on_the_management_page(client, committed, mailoutbox):
    forum = hybrid_forum_settings(online_capacity=1).forum
    register(client, committed, forum, language="en", participation_mode="in_person")
    manage = link(mailoutbox[0], "manage")
    assert 'name="participation_mode"' in client.get(manage).content.decode()

    with committed():
        response = client.post(manage + "mode/", {"participation_mode": "online"})

    assert response.status_code == 302
    assert Registration.objects.get().participation_mode == Registration.Mode.ONLINE
    other = RegistrationFactory(forum=forum, status=Status.PENDING)
    other_manage = f"/en/registrations/{tokens.make_token(other, tokens.MANAGE)}/"
    with committed():
        client.post(other_manage + "mode/", {"participation_mode": "online"})
    other.refresh_from_db()
    assert other.participation_mode == Registration.Mode.IN_PERSON, "the one online place is taken"
    assert "No place is free" in client.get(other_manage).content.decode()
