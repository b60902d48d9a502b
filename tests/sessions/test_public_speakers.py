"""The public page of a speaker."""

import pytest

from events.models import Forum
from sessions.models import SlotSpeaker
from tests.factories import AgendaSlotFactory, ForumFactory, OrganisationFactory, SlotSpeakerFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def speaker():
    speaker = SpeakerFactory(
        slug="matthias-brandt",
        full_name_uk="Матіас Брандт",
        full_name_pl="Matthias Brandt",
        full_name_en="Matthias Brandt",
        position_en="Project director",
        affiliation=OrganisationFactory(slug="giz", name_en="GIZ"),
        bio_en="Urban planner.",
    )
    published = ForumFactory(slug="published-forum", status=Forum.Status.PUBLISHED)
    SlotSpeakerFactory(
        slot=AgendaSlotFactory(forum=published, title_en="European priorities"),
        speaker=speaker,
        role=SlotSpeaker.Role.MODERATOR,
    )
    draft = ForumFactory(slug="draft-forum", status=Forum.Status.DRAFT)
    SlotSpeakerFactory(slot=AgendaSlotFactory(forum=draft), speaker=speaker)
    return speaker


@pytest.mark.parametrize("language", ["uk", "pl", "en"])
def test_speaker_page_answers_in_every_language(client, speaker, language):
    response = client.get(f"/{language}/speakers/matthias-brandt/")

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()


def test_speaker_page_shows_who_they_are_and_where_they_speak(client, speaker):
    html = client.get("/en/speakers/matthias-brandt/").content.decode()

    assert "<h1>Matthias Brandt</h1>" in html
    assert "Project director" in html
    assert 'href="/en/organisations/giz/"' in html
    assert "Urban planner." in html
    assert 'href="/en/forums/published-forum/"' in html
    assert "European priorities" in html
    assert "(moderator)" in html
    assert "draft-forum" not in html


def test_speaker_only_in_draft_programmes_has_no_page(client):
    speaker = SpeakerFactory(slug="not-yet-announced")
    SlotSpeakerFactory(slot=AgendaSlotFactory(forum=ForumFactory(status=Forum.Status.DRAFT)), speaker=speaker)

    assert client.get("/uk/speakers/not-yet-announced/").status_code == 404


def test_speaker_name_missing_in_the_visitors_language_carries_its_language(client, speaker):
    speaker.full_name_en = ""
    speaker.save()

    html = client.get("/en/speakers/matthias-brandt/").content.decode()

    assert '<h1><span lang="uk">Матіас Брандт</span></h1>' in html
