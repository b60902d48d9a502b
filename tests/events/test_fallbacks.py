"""Content written in one language shows in every language rather than leaving a blank."""

import pytest
from django.utils import translation

from events.models import Forum
from sessions.models import Speaker
from tests.factories import ForumFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["uk", "en", "pl"])
def test_forum_written_only_in_polish_has_a_title_in_every_language(language):
    pk = ForumFactory(title_uk="", title_en="", title_pl="Forum Rozwoju Lokalnego", main_language="pl").pk

    with translation.override(language):
        assert Forum.objects.get(pk=pk).title == "Forum Rozwoju Lokalnego"


@pytest.mark.parametrize("language", ["uk", "en", "pl"])
def test_speaker_named_only_in_ukrainian_is_named_in_every_language(language):
    pk = SpeakerFactory(full_name_uk="Сергій Сухомлин", full_name_pl="", full_name_en="").pk

    with translation.override(language):
        assert Speaker.objects.get(pk=pk).full_name == "Сергій Сухомлин"


def test_each_language_shows_its_own_translation_when_there_is_one():
    pk = ForumFactory(title_uk="Форум", title_pl="Forum", title_en="Forum (en)").pk

    titles = {}
    for language in ("uk", "pl", "en"):
        with translation.override(language):
            titles[language] = Forum.objects.get(pk=pk).title

    assert titles == {"uk": "Форум", "pl": "Forum", "en": "Forum (en)"}
