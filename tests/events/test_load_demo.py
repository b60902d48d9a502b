"""`manage.py load_demo`: the real forums as announced, every format, idempotent, accounts only when safe."""

import datetime
import io
import zoneinfo

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from events.demo import ORGANISER_ACCOUNTS
from events.models import Country, Forum, ForumOrganisation, Membership
from sessions.models import AgendaSlot, SlotSpeaker

pytestmark = pytest.mark.django_db

KYIV = zoneinfo.ZoneInfo("Europe/Kyiv")
WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")
TODAY = datetime.datetime(2026, 11, 22, tzinfo=datetime.UTC)
ZHYTOMYR = "druhyi-forum-intehrovanyi-rozvytok-zhytomyra-2017"
ZMP = "wyzwania-demograficzne-a-endogenne-potencjaly-rozwoju"
CITY_COUNCIL = "Житомирська міська рада"
GIZ = "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH"
PROJECT = "«Інтегрований розвиток міст в Україні»"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.DEBUG = False


def load_demo(*args):
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def snapshot():
    """Every column of every row of the demo's models, M2M tables included, in primary key order."""
    user = get_user_model()
    models = [
        *(
            model
            for label in ("events", "agenda", "registrations")
            for model in apps.get_app_config(label).get_models(include_auto_created=True)
        ),
        user,
        user.groups.through,
        Group,
        Group.permissions.through,
    ]
    return {
        model._meta.label: list(
            model._default_manager.order_by("pk").values_list(*(field.attname for field in model._meta.concrete_fields))
        )
        for model in models
    }


def test_loading_twice_changes_nothing():
    load_demo("--with-accounts")
    first = snapshot()
    output = load_demo("--with-accounts")

    assert snapshot() == first
    assert len(first["events.Forum"]) == 8
    assert len(first["auth.User"]) == 1 + len(ORGANISER_ACCOUNTS)
    assert " 0 created, 0 updated" in output
    assert all(" 0 created, 0 updated, " in line for line in output.splitlines() if " unchanged" in line)


def test_a_changed_row_is_updated_in_place():
    load_demo()
    forum = Forum.objects.get(slug=ZHYTOMYR)
    Forum.objects.filter(pk=forum.pk).update(title_en="Edited")

    output = load_demo()

    assert "events.Forum: 0 created, 1 updated, 7 unchanged" in output
    assert Forum.objects.get(pk=forum.pk).title_en == "Second Forum “Integrated Development of Zhytomyr”"


def programme(forum):
    zone = forum.zone
    return [
        (
            slot.start.astimezone(zone).strftime("%H:%M"),
            slot.end.astimezone(zone).strftime("%H:%M"),
            slot.kind,
            slot.title_uk,
            slot.description_uk or "",
            [
                (link.speaker.full_name_uk, link.role, link.speaker.position_uk, link.speaker.affiliation.name_uk)
                for link in slot.slot_speakers.select_related("speaker__affiliation")
            ],
        )
        for slot in forum.slots.all()
    ]


def test_zhytomyr_programme_is_as_announced():
    load_demo()
    forum = Forum.objects.get(slug=ZHYTOMYR)

    assert programme(forum) == [
        (
            "15:00",
            "15:15",
            "talk",
            "Інтегрований підхід до міського планування: виклики сьогодення",
            "",
            [("Сергій Сухомлин", "speaker", "міський голова Житомира", CITY_COUNCIL)],
        ),
        (
            "15:15",
            "15:30",
            "talk",
            "Європейські пріоритети для розвитку сучасних українських міст",
            "",
            [("Матіас Брандт", "speaker", f"директор проекту {PROJECT}", GIZ)],
        ),
        (
            "15:30",
            "15:40",
            "presentation",
            "Інтегрований розвиток Житомира: де ми зараз",
            f"Презентація напрацювань проекту {PROJECT}",
            [
                (
                    "Микола Костриця",
                    "speaker",
                    "директор департаменту економічного розвитку Житомирської міської ради",
                    CITY_COUNCIL,
                )
            ],
        ),
        (
            "15:40",
            "15:50",
            "presentation",
            "Пріоритетні напрями впровадження проекту у 2017 - 2018 роках",
            f"Презентація цілей проекту {PROJECT}",
            [("Марія Байда", "speaker", "керівник проектного офісу GIZ в місті Житомир", GIZ)],
        ),
        ("15:50", "16:00", "qa", "Питання та відповіді", "", []),
        ("16:00", "16:10", "break", "Перерва", "", []),
        (
            "16:10",
            "17:50",
            "world_cafe",
            "Робота в форматі «Світове кафе» над аналізом пріоритетів розвитку Житомира до 2030 року",
            "",
            [],
        ),
        (
            "17:50",
            "18:00",
            "closing",
            "Підбиття підсумків роботи у форматі «Світове кафе»",
            f"Завершення форуму та перехід на урочисте відкриття офісу проекту {PROJECT}, вул. Покровська 6.",
            [],
        ),
        (
            "18:00",
            "19:00",
            "opening",
            f"Урочисте відкриття Інформаційного центру інтегрованого розвитку Житомира 2030 та офісу проекту {PROJECT}",
            "Оголошення результатів громадського голосування за найкращий демонстраційний проект, "
            "який реалізують у 2018 році.",
            [],
        ),
    ]
    assert all(slot.title_pl and slot.title_en for slot in forum.slots.all())


def test_zhytomyr_forum_details():
    load_demo()
    forum = Forum.objects.select_related("venue").get(slug=ZHYTOMYR)

    assert forum.time_zone == "Europe/Kyiv"
    assert (forum.start, forum.end) == (
        datetime.datetime(2017, 9, 11, 15, 0, tzinfo=KYIV),
        datetime.datetime(2017, 9, 11, 19, 0, tzinfo=KYIV),
    )
    assert (forum.format, forum.status, forum.participation_mode) == ("forum", "published", "in_person")
    assert (forum.title_pl, forum.title_en) == (
        "II Forum „Zintegrowany rozwój Żytomierza”",
        "Second Forum “Integrated Development of Zhytomyr”",
    )
    assert (forum.venue.name_uk, forum.venue.address_uk, forum.venue.city_uk) == (
        "Житомирський відокремлений підрозділ установи «Центр розвитку місцевого самоврядування»",
        "вул. Михайлівська, 8/1",
        "Житомир",
    )
    roles = [(link.organisation.name_uk, link.organisation.kind, link.role) for link in forum.forum_organisations.all()]
    assert roles == [(CITY_COUNCIL, "city_council", "organiser"), (GIZ, "donor", "co_organiser")]

    opening = forum.slots.select_related("venue").get(kind=AgendaSlot.Kind.OPENING)
    assert (opening.venue.address_uk, opening.venue.city_uk, opening.venue.directions_uk) == (
        "вул. Покровська, 6",
        "Житомир",
        "другий поверх",
    )
    assert forum.slots.exclude(pk=opening.pk).filter(venue__isnull=False).count() == 0


def test_zhytomyr_speakers_are_transliterated():
    load_demo()
    names = SlotSpeaker.objects.filter(slot__forum__slug=ZHYTOMYR).values_list(
        "speaker__full_name_en", "speaker__full_name_pl"
    )

    assert list(names) == [
        ("Serhii Sukhomlyn", "Serhij Suchomłyn"),
        ("Mathias Brandt", "Mathias Brandt"),
        ("Mykola Kostrytsia", "Mykoła Kostrycia"),
        ("Mariia Baida", "Marija Bajda"),
    ]


def test_zmp_seminar():
    load_demo()
    forum = Forum.objects.select_related("series__organiser").get(slug=ZMP)

    assert forum.time_zone == "Europe/Warsaw"
    assert (forum.start, forum.end) == (
        datetime.datetime(2020, 4, 2, 10, 0, tzinfo=WARSAW),
        datetime.datetime(2020, 4, 3, 14, 0, tzinfo=WARSAW),
    )
    assert forum.title_pl == "Wyzwania demograficzne a endogenne potencjały rozwoju"
    assert forum.title_uk and forum.title_en
    assert (forum.format, forum.status, forum.participation_mode) == ("seminar", "published", "online")
    assert (forum.host_city_pl, forum.country, forum.main_language, forum.venue) == ("Warszawa", "PL", "pl", None)
    assert forum.join_url
    assert (
        forum.series.name_pl
        == "Uruchomienie endogennych potencjałów warunkiem rozwoju małych i średnich miast w Polsce"
    )
    assert forum.series.organiser.short_name == "ZMP"
    assert set(forum.topics.values_list("slug", flat=True)) == {
        "demography",
        "local-economy",
        "climate-energy-efficiency",
        "smart-city",
        "municipal-finance",
        "municipal-real-estate",
    }
    assert all(topic.name_uk and topic.name_pl and topic.name_en for topic in forum.topics.all())
    assert (forum.contact_name_pl, forum.contact_email) == ("Magdalena Skwarska", "seminariafrl@zmp.poznan.pl")
    organiser = forum.forum_organisations.get().organisation
    assert (organiser.name_pl, organiser.short_name, organiser.kind) == ("Związek Miast Polskich", "ZMP", "association")
    day_two = forum.slots.get(title_pl="Wypracowanie tematyki kolejnych spotkań")
    assert day_two.start.astimezone(WARSAW).date() == datetime.date(2020, 4, 3)


def test_demo_covers_every_kind_of_forum():
    load_demo()
    forums = list(Forum.objects.all())

    assert {forum.format for forum in forums} == set(Forum.Format.values)
    assert {forum.participation_mode for forum in forums} == set(Forum.Mode.values)
    assert {forum.status for forum in forums} == set(Forum.Status.values)
    assert {forum.country for forum in forums} == {Country.UKRAINE, Country.POLAND}
    assert {forum.time_zone for forum in forums} == {"Europe/Kyiv", "Europe/Warsaw"}
    assert any(forum.start < TODAY for forum in forums) and any(forum.start.year == 2027 for forum in forums)
    assert all(forum.title_uk and forum.title_pl and forum.title_en for forum in forums)
    assert all(getattr(forum, f"summary_{forum.main_language}") for forum in forums)
    assert all(forum.livestream_url for forum in forums if forum.participation_mode == Forum.Mode.HYBRID)
    assert {link.role for link in ForumOrganisation.objects.all()} == set(ForumOrganisation.Role.values)
    assert {link.role for link in SlotSpeaker.objects.all()} == set(SlotSpeaker.Role.values)
    assert all(2 <= forum.slots.count() <= 6 for forum in forums if forum.slug not in (ZHYTOMYR, ZMP))


def test_demo_has_parallel_slots_in_different_rooms():
    load_demo()
    slots = list(AgendaSlot.objects.exclude(room_en=""))
    parallel = [(a, b) for a in slots for b in slots if a.pk < b.pk and a.forum_id == b.forum_id and a.start == b.start]

    assert parallel
    assert all(a.room_en != b.room_en and a.end == b.end for a, b in parallel)


def test_no_accounts_without_debug_or_option():
    output = load_demo()

    assert "Accounts skipped" in output
    assert not get_user_model().objects.exists()
    assert not Membership.objects.exists()


@pytest.mark.parametrize(("debug", "args"), [(False, ["--with-accounts"]), (True, [])])
def test_accounts_with_option_or_debug(settings, debug, args):
    settings.DEBUG = debug
    output = load_demo(*args)

    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff and admin.check_password("demo-admin")
    for username, slug in ORGANISER_ACCOUNTS.items():
        user = get_user_model().objects.get(username=username)
        assert user.is_staff and not user.is_superuser and user.check_password(f"demo-{username}")
        assert list(user.memberships.values_list("organisation__slug", "role")) == [(slug, Membership.Role.MANAGER)]
        assert not user.groups.exists() and not user.user_permissions.exists()
    assert "demo-admin" in output and "its own organisation's forums" in output


def test_an_existing_password_is_kept():
    load_demo("--with-accounts")
    admin = get_user_model().objects.get(username="admin")
    admin.set_password("a new password")
    admin.save()

    load_demo("--with-accounts")

    admin.refresh_from_db()
    assert admin.check_password("a new password")
