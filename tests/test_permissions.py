"""The organiser workspace over HTTP: every admin URL of each model, for each role and outsider.

The council (organiser of the forum) has a manager, an editor and a registration desk;
another council's editor and a partner organisation's manager (listed on the forum as
partner) stand outside. An object outside the user's reach is a 404; a page their role
does not allow is a 403; the registrant's email appears only where the role may see it.
"""

import pytest
from django.test import Client
from django.urls import reverse

from events.models import Forum, ForumOrganisation, Invitation, Membership
from events.workspace import ALL_ROLES, EDITS_FORUMS, HANDLES_REGISTRATIONS, MANAGES_MEMBERS
from registrations.models import Registration
from sessions.models import AgendaSlot, Speaker
from tests import factories
from tests.registrations.factories import RegistrationSettingsFactory

pytestmark = pytest.mark.django_db

Role = Membership.Role
EMAIL = "olena.registrant@example.org"
NOBODY = frozenset()
# Who asks: their role in the forum's organising council, or elsewhere.
USERS = {
    "superuser": None,
    "manager": ("council", Role.MANAGER),
    "editor": ("council", Role.EDITOR),
    "desk": ("council", Role.REGISTRATION_DESK),
    "other council": ("other", Role.EDITOR),
    "partner": ("partner", Role.MANAGER),
}


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def world():
    council, other, partner = (factories.OrganisationFactory() for _ in range(3))
    forum = RegistrationSettingsFactory().forum
    factories.ForumOrganisationFactory(forum=forum, organisation=council, role=ForumOrganisation.Role.ORGANISER)
    factories.ForumOrganisationFactory(forum=forum, organisation=partner, role=ForumOrganisation.Role.PARTNER)
    factories.ForumOrganisationFactory(organisation=other, role=ForumOrganisation.Role.ORGANISER)
    slot = factories.AgendaSlotFactory(forum=forum)
    speaker = factories.SpeakerFactory(created_by_organisation=council)
    factories.SlotSpeakerFactory(slot=slot, speaker=speaker)
    organisations = {"council": council, "other": other, "partner": partner}
    users = {"superuser": factories.SuperUserFactory()}
    memberships = {}
    for name, membership in USERS.items():
        if membership is not None:
            organisation, role = membership
            memberships[name] = factories.MembershipFactory(organisation=organisations[organisation], role=role)
            users[name] = memberships[name].user
    return {
        "users": users,
        "forum": forum,
        "slot": slot,
        "speaker": speaker,
        "registration": factories.RegistrationFactory(forum=forum, email=EMAIL, status=Registration.Status.CONFIRMED),
        "membership": memberships["editor"],
        "invitation": factories.InvitationFactory(organisation=council),
    }


def roles_in_council(user_name):
    membership = USERS[user_name]
    return {membership[1]} if membership and membership[0] == "council" else set()


def roles_anywhere(user_name):
    return {USERS[user_name][1]} if USERS[user_name] else set()


def listing(roles):
    """A page not about one object: open to anyone with one of `roles` in some organisation."""
    return lambda council_roles, any_roles: 200 if any_roles & roles else 403


def owned(allowed, reach=ALL_ROLES):
    """A page about the council's object: not found unless the user's council role reaches it."""
    return lambda council_roles, any_roles: (
        404 if not council_roles & reach else 200 if council_roles & allowed else 403
    )


def downloads(roles):
    """A forum's registrant downloads: a 403 without one of `roles` anywhere, a 404 for another's forum."""
    return lambda council_roles, any_roles: (
        403 if not any_roles & roles else owned(roles, roles)(council_roles, any_roles)
    )


def shared(allowed):
    """A page about a shared object (a speaker): every organiser finds it; `allowed` council roles may open it."""
    return lambda council_roles, any_roles: 200 if council_roles & allowed else 403


# (model, view, the object it is about, the rule for the status code)
PAGES = [
    (Forum, "changelist", None, listing(ALL_ROLES)),
    (Forum, "add", None, listing(EDITS_FORUMS)),
    *((Forum, view, "forum", owned(ALL_ROLES)) for view in ("change", "history")),
    (Forum, "delete", "forum", owned(EDITS_FORUMS)),
    (AgendaSlot, "changelist", None, listing(ALL_ROLES)),
    (AgendaSlot, "add", None, listing(EDITS_FORUMS)),
    *((AgendaSlot, view, "slot", owned(ALL_ROLES)) for view in ("change", "history")),
    (AgendaSlot, "delete", "slot", owned(EDITS_FORUMS)),
    *((Registration, view, None, listing(HANDLES_REGISTRATIONS)) for view in ("changelist", "add")),
    *(
        (Registration, view, "registration", owned(HANDLES_REGISTRATIONS, HANDLES_REGISTRATIONS))
        for view in ("change", "history", "delete")
    ),
    *(
        (Registration, view, "forum", downloads(HANDLES_REGISTRATIONS))
        for view in ("export:csv", "export:xlsx", "export:pdf", "attendance")
    ),
    (Membership, "changelist", None, listing(MANAGES_MEMBERS)),
    (Membership, "add", None, listing(NOBODY)),
    *(
        (Membership, view, "membership", owned(MANAGES_MEMBERS, MANAGES_MEMBERS))
        for view in ("change", "history", "delete")
    ),
    *((Invitation, view, None, listing(MANAGES_MEMBERS)) for view in ("changelist", "add")),
    *(
        (Invitation, view, "invitation", owned(MANAGES_MEMBERS, MANAGES_MEMBERS))
        for view in ("change", "history", "delete")
    ),
    # Speakers are shared: every organiser sees them; only the council that created one may change it.
    (Speaker, "changelist", None, listing(ALL_ROLES)),
    (Speaker, "add", None, listing(EDITS_FORUMS)),
    *((Speaker, view, "speaker", listing(ALL_ROLES)) for view in ("change", "history")),
    (Speaker, "delete", "speaker", shared(EDITS_FORUMS)),
]
# Pages that show registrants (a forum's delete page lists the registrations that protect it).
SHOWS_REGISTRANTS = {
    (Forum, "delete"),
    *((Registration, view) for view in ("changelist", "change", "history", "delete", "export:csv")),
}


def url_of(world, model, view, about):
    args = [world[about].pk] if about else []
    if view.startswith("export:"):
        return admin_url(model, "export", *args, view.split(":")[1])
    return admin_url(model, view, *args)


def expected_status(user_name, rule):
    return 200 if user_name == "superuser" else rule(roles_in_council(user_name), roles_anywhere(user_name))


def page_id(page):
    model, view = page[:2]
    return f"{model._meta.model_name}-{view}"


@pytest.mark.parametrize("user_name", USERS)
@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_admin_page(world, user_name, page):
    model, view, about, rule = page
    client = Client()
    client.force_login(world["users"][user_name])

    response = client.get(url_of(world, model, view, about))

    assert response.status_code == expected_status(user_name, rule)
    content = response.content.decode(errors="replace")
    sees_registrants = response.status_code == 200 and (model, view) in SHOWS_REGISTRANTS
    assert (EMAIL in content) == (
        sees_registrants and (user_name == "superuser" or bool(roles_in_council(user_name) & HANDLES_REGISTRATIONS))
    )
    if view == "changelist" and model in (Forum, AgendaSlot) and response.status_code == 200:
        assert (world["forum"].title in content) == (user_name == "superuser" or bool(roles_in_council(user_name)))


AUTOCOMPLETES = [("agenda", "agendaslot", "forum"), ("registrations", "registration", "forum")]


@pytest.mark.parametrize("user_name", USERS)
@pytest.mark.parametrize("source", AUTOCOMPLETES, ids="-".join)
def test_forum_autocomplete_offers_own_forums_only(world, user_name, source):
    app_label, model_name, field_name = source
    client = Client()
    client.force_login(world["users"][user_name])

    response = client.get(
        reverse("admin:autocomplete"), {"app_label": app_label, "model_name": model_name, "field_name": field_name}
    )

    assert response.status_code == 200
    ids = {int(result["id"]) for result in response.json()["results"]}
    assert (world["forum"].pk in ids) == (user_name == "superuser" or bool(roles_in_council(user_name)))


def act(client, model, action, obj):
    return client.post(admin_url(model, "changelist"), {"action": action, "_selected_action": [obj.pk], "post": "yes"})


@pytest.mark.parametrize("user_name", USERS)
def test_delete_action_reaches_only_forums_the_role_may_edit(world, user_name):
    client = Client()
    client.force_login(world["users"][user_name])
    registration = world["registration"]
    registration.delete()  # a forum with registrations is protected

    act(client, Forum, "delete_selected", world["forum"])

    deleted = not Forum.objects.filter(pk=world["forum"].pk).exists()
    assert deleted == (user_name == "superuser" or bool(roles_in_council(user_name) & EDITS_FORUMS))


@pytest.mark.parametrize("user_name", USERS)
def test_registration_action_reaches_only_registrations_the_role_handles(world, user_name):
    client = Client()
    client.force_login(world["users"][user_name])

    act(client, Registration, "mark_attended", world["registration"])

    world["registration"].refresh_from_db()
    attended = world["registration"].status == Registration.Status.ATTENDED
    assert attended == (user_name == "superuser" or bool(roles_in_council(user_name) & HANDLES_REGISTRATIONS))


@pytest.mark.parametrize("user_name", USERS)
def test_shared_speaker_is_changed_only_by_the_council_that_created_it(world, user_name):
    client = Client()
    client.force_login(world["users"][user_name])

    response = client.get(admin_url(Speaker, "change", world["speaker"].pk))

    may_change = user_name == "superuser" or bool(roles_in_council(user_name) & EDITS_FORUMS)
    assert response.status_code == 200
    assert ('name="_save"' in response.content.decode()) == may_change
    if not may_change:
        assert client.post(admin_url(Speaker, "change", world["speaker"].pk), {}).status_code == 403


def test_new_forum_of_an_editor_is_offered_to_their_council_only(world, client):
    membership = world["membership"]
    client.force_login(membership.user)

    response = client.get(admin_url(Forum, "add"))

    choices = list(response.context["adminform"].form.fields["organiser"].queryset)
    assert choices == [membership.organisation]


def test_slot_cannot_be_attached_to_another_councils_forum(world):
    client = Client()
    client.force_login(world["users"]["other council"])

    response = client.post(
        admin_url(AgendaSlot, "add"),
        {
            "forum": world["forum"].pk,
            "title_uk": "Чужий виступ",
            "kind": "talk",
            "start_0": "2027-09-14",
            "start_1": "10:00",
            "end_0": "2027-09-14",
            "end_1": "11:00",
            "slot_speakers-TOTAL_FORMS": "0",
            "slot_speakers-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 200
    assert "forum" in response.context["adminform"].form.errors
    assert not AgendaSlot.objects.filter(title_uk="Чужий виступ").exists()


def test_api_has_no_registrant_data(world, client):
    Forum.objects.filter(pk=world["forum"].pk).update(status=Forum.Status.PUBLISHED)
    for url in ("/api/v1/forums/", f"/api/v1/forums/{world['forum'].slug}/"):
        response = client.get(url)
        assert response.status_code == 200
        assert EMAIL not in response.content.decode()
    assert client.post("/api/v1/forums/", {}).status_code in (403, 405)
