"""Bad and hostile input: a form error or a 4xx with a translated message, never a 500 and never a second seat."""

import pytest
from django.test import Client

from registrations import tokens
from registrations.models import Registration
from tests.factories import RegistrationFactory
from tests.registrations.conftest import form_data, link
from tests.registrations.factories import RegistrationSettingsFactory, hybrid_forum_settings

pytestmark = pytest.mark.django_db


def register_url(forum, language="en"):
    return f"/{language}/forums/{forum.slug}/register/"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "x" * 201}, "name"),
        ({"email": "olena@" + "x" * 250 + ".org"}, "email"),
        ({"email": "not-an-email"}, "email"),
        ({"email": ""}, "email"),
        ({"name": ""}, "name"),
        ({"consent": ""}, "consent"),
    ],
)
def test_invalid_fields_get_a_form_error(client, forum, changes, field):
    response = client.post(register_url(forum), form_data(**changes))

    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert 'class="alert alert-danger error-summary" role="alert"' in response.content.decode()
    assert not Registration.objects.exists()


def test_over_long_optional_answers_are_refused(client):
    registration_settings = RegistrationSettingsFactory(optional_fields=["organisation", "phone", "needs"])
    data = form_data(organisation="x" * 251, phone="1" * 41, needs="x" * 1001, organisation_kind="nonsense")

    response = client.post(register_url(registration_settings.forum), data)

    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"organisation", "phone", "needs", "organisation_kind"}


def test_unasked_fields_and_a_mode_the_forum_does_not_have_are_ignored(client, forum):
    client.post(register_url(forum), form_data(participation_mode="online", phone="+380 44 000 00 00"))

    registration = Registration.objects.get()
    assert registration.participation_mode == Registration.Mode.IN_PERSON
    assert registration.phone == ""


def test_a_tampered_mode_on_a_hybrid_forum_is_a_form_error(client):
    forum = hybrid_forum_settings().forum

    response = client.post(register_url(forum), form_data(participation_mode="vip"))

    assert response.status_code == 400
    assert "participation_mode" in response.context["form"].errors


def test_the_honeypot_stops_bots(client, forum):
    response = client.post(register_url(forum), form_data(website="https://spam.example.com"))

    assert response.status_code == 400
    assert response.context["form"].non_field_errors()
    assert not Registration.objects.exists()


def test_the_form_needs_its_csrf_token(forum):
    browser = Client(enforce_csrf_checks=True)

    assert browser.post(register_url(forum), form_data()).status_code == 403
    assert browser.post(register_url(forum), form_data(csrfmiddlewaretoken="forged")).status_code == 403
    assert not Registration.objects.exists()


def test_submissions_per_address_are_limited_with_a_friendly_message(client, forum, settings):
    settings.REGISTRATION_RATE_LIMIT = 3
    statuses = [
        client.post(register_url(forum), form_data(email=f"person{number}@example.org")).status_code
        for number in range(4)
    ]

    assert statuses == [302, 302, 302, 429]
    limited = client.post(register_url(forum), form_data(email="late@example.org"))
    assert "Please wait a while and try again" in limited.content.decode()
    assert Registration.objects.count() == 3
    other_address = client.post(register_url(forum), form_data(email="else@example.org"), REMOTE_ADDR="10.0.0.9")
    assert other_address.status_code == 302


def test_the_limit_reads_the_client_behind_the_proxy(client, forum, settings):
    settings.REGISTRATION_RATE_LIMIT, settings.REGISTRATION_PROXY_COUNT = 1, 1
    first = client.post(register_url(forum), form_data(), HTTP_X_FORWARDED_FOR="203.0.113.5")
    second = client.post(register_url(forum), form_data(email="b@example.org"), HTTP_X_FORWARDED_FOR="203.0.113.6")
    spoofed = client.post(
        register_url(forum), form_data(email="c@example.org"), HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.5"
    )

    assert (first.status_code, second.status_code, spoofed.status_code) == (302, 302, 429)


@pytest.mark.parametrize("view", ["", "confirm/", "offer/"])
@pytest.mark.parametrize("token", ["forged", "x" * 300, "abc:def:ghi", "%00"])
def test_forged_tokens_get_a_translated_404(client, view, token):
    response = client.get(f"/pl/registrations/{view}{token}/")

    assert response.status_code == 404
    assert response.templates[0].name == "registrations/link_invalid.html"
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_a_token_works_only_for_its_own_purpose(client, committed, mailoutbox, forum):
    with committed():
        client.post(register_url(forum), form_data())
    manage_token = link(mailoutbox[0], "manage").split("/")[-2]
    confirm_token = link(mailoutbox[0], "confirm").split("/")[-2]

    assert client.post(f"/en/registrations/confirm/{manage_token}/").status_code == 404
    assert client.post(f"/en/registrations/offer/{confirm_token}/", {"claim": ""}).status_code == 404
    assert client.post(f"/en/registrations/{confirm_token}/cancel/").status_code == 404
    assert Registration.objects.get().status == Registration.Status.PENDING


def test_a_token_signed_for_another_registration_key_does_not_open_it(client, forum):
    registration = RegistrationFactory(forum=forum)
    token = tokens.make_token(registration, tokens.MANAGE)
    tampered = token.replace(registration.key[:4], "AAAA", 1)

    assert client.get(f"/en/registrations/{tampered}/").status_code == 404


def test_actions_are_posts_only(client, forum):
    registration = RegistrationFactory(forum=forum)
    manage = f"/en/registrations/{tokens.make_token(registration, tokens.MANAGE)}/"

    assert client.get(manage + "cancel/").status_code == 405
    assert client.get(manage + "mode/").status_code == 405


def test_unknown_outcome_page_is_a_404(client, forum):
    assert client.get(f"/en/forums/{forum.slug}/register/done/hacked/").status_code == 404
