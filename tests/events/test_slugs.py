"""ASCII slugs: Ukrainian by the national transliteration, Polish letters folded; made once, never changed."""

import pytest

from events.slugs import ascii_slug
from tests.factories import ForumFactory, OrganisationFactory, SpeakerFactory


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Житомир", "zhytomyr"),
        ("Згорани", "zghorany"),
        ("Łódź", "lodz"),
        ("Зв'язок", "zviazok"),
        ("Зв’язок", "zviazok"),
        ("Юрій Щербина", "yurii-shcherbyna"),
        (
            "Другий форум «Інтегрований розвиток Житомира» 2017",
            "druhyi-forum-intehrovanyi-rozvytok-zhytomyra-2017",
        ),
        ("Forum Rozwoju Lokalnego – zaproszenie dla miast", "forum-rozwoju-lokalnego-zaproszenie-dla-miast"),
        ("", ""),
    ],
)
def test_ascii_slug(text, slug):
    assert ascii_slug(text) == slug


def test_ascii_slug_cuts_at_a_word_boundary():
    assert ascii_slug("Інтегрований розвиток Житомира", max_length=25) == "intehrovanyi-rozvytok"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("main_language", "slug"),
    [("uk", "forum-rozvytku-zhytomyra"), ("pl", "forum-rozwoju-zytomierza"), ("en", "zhytomyr-development-forum")],
)
def test_forum_slug_comes_from_the_title_in_its_main_language(main_language, slug):
    forum = ForumFactory(
        slug="",
        main_language=main_language,
        title_uk="Форум розвитку Житомира",
        title_pl="Forum rozwoju Żytomierza",
        title_en="Zhytomyr development forum",
    )

    assert forum.slug == slug


@pytest.mark.django_db
def test_forum_slug_falls_back_to_another_language():
    forum = ForumFactory(slug="", main_language="en", title_en="", title_uk="Форум у Згоранах", title_pl="")

    assert forum.slug == "forum-u-zghoranakh"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "fields", "slug"),
    [
        (ForumFactory, {"title_uk": "Форум розвитку Житомира"}, "forum-rozvytku-zhytomyra"),
        (OrganisationFactory, {"name_uk": "Житомирська міська рада"}, "zhytomyrska-miska-rada"),
        (SpeakerFactory, {"full_name_uk": "Сергій Сухомлин"}, "serhii-sukhomlyn"),
    ],
)
def test_slug_is_made_on_save_suffixed_on_collision_and_kept_when_the_text_changes(factory, fields, slug):
    first, second, third = (factory(slug="", **fields) for _ in range(3))
    field = next(iter(fields))
    setattr(first, field, "Зовсім інша назва")
    first.save()
    first.refresh_from_db()

    assert [first.slug, second.slug, third.slug] == [slug, f"{slug}-2", f"{slug}-3"]
