"""The organiser's path in Chromium, once: a council editor logs in to the admin, creates a forum in
Ukrainian and Polish with three agenda slots, publishes it and finds it on the public site."""

import datetime

import pytest
from playwright.sync_api import expect

from events.models import Forum
from tests.factories import MembershipFactory, VenueFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "walk-the-organiser-path"
FORUM = {
    "title": {"uk": "Форум сталого розвитку громад", "pl": "Forum zrównoważonego rozwoju gmin"},
    "summary": {
        "uk": "Два дні обміну досвідом між містами України та Польщі.",
        "pl": "Dwa dni wymiany doświadczeń między miastami Ukrainy i Polski.",
    },
}
DAY = "2027-10-08"  # the forum runs 09:00-17:00 on this day, Warsaw time
SLOTS = [
    ("09:00", "10:00", {"uk": "Відкриття форуму", "pl": "Otwarcie forum"}),
    ("10:30", "12:00", {"uk": "Партнерство міст", "pl": "Partnerstwo miast"}),
    ("13:00", "14:30", {"uk": "Енергоефективність шкіл", "pl": "Efektywność energetyczna szkół"}),
]


@pytest.fixture
def editor():
    """An editor of Zhytomyr city council, with a password to type."""
    return MembershipFactory(
        user__username="olena.editor",
        user__password=PASSWORD,
        organisation__name_uk="Житомирська міська рада",
        organisation__name_pl="Rada Miasta Żytomierza",
        organisation__name_en="Zhytomyr City Council",
    ).user


def log_in(page, url, username):
    page.goto(f"{url}/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("#user-tools")).to_contain_text(username)


def switch_language(page, language):
    """modeltranslation's switch above the form shows every translated field's tab of that language."""
    page.select_option("#modeltranslation-main-switch", label=language)


def fill_translations(page, texts_by_name, language):
    for name, texts in texts_by_name.items():
        page.fill(f"[name='{name}_{language}']", texts[language])


def pick_venue(page, venue_name):
    page.click(".field-venue .select2-selection")
    page.fill(".select2-container--open .select2-search__field", venue_name[:20])
    page.click(f".select2-results__option:has-text('{venue_name}')")
    expect(page.locator("#select2-id_venue-container")).to_contain_text(venue_name)


def fill_time(page, name, day, time):
    page.fill(f"[name='{name}_0']", day)
    page.fill(f"[name='{name}_1']", time)


def fill_slots(page, slots):
    """The first row is there; "Add another Agenda slot" adds the others."""
    for _ in slots[1:]:
        page.click("#slots-group .add-row a")
    for index, (start, end, _titles) in enumerate(slots):
        fill_time(page, f"slots-{index}-start", DAY, start)
        fill_time(page, f"slots-{index}-end", DAY, end)


def slot_titles(slots):
    return {f"slots-{index}-title": titles for index, (_start, _end, titles) in enumerate(slots)}


def save_and_continue(page):
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()


def test_a_council_editor_creates_and_publishes_a_forum_in_two_languages(page, live_server, editor, screenshot_dir):
    venue = VenueFactory(
        name_uk="Житомирський центр громадських ініціатив",
        name_pl="Żytomierskie Centrum Inicjatyw Obywatelskich",
        name_en="Zhytomyr Civic Centre",
    )
    log_in(page, live_server.url, editor.username)

    page.goto(f"{live_server.url}/admin/events/forum/add/")
    page.select_option("[name=time_zone]", "Europe/Warsaw")
    fill_time(page, "start", DAY, "09:00")
    fill_time(page, "end", DAY, "17:00")
    pick_venue(page, venue.name_en)
    fill_slots(page, SLOTS)
    for language in ("uk", "pl"):
        switch_language(page, language)
        fill_translations(page, FORUM | slot_titles(SLOTS), language)
    page.screenshot(path=screenshot_dir / "organiser-add-form-pl.png", full_page=True)
    save_and_continue(page)

    forum = Forum.objects.get()
    assert (forum.status, forum.organisations.get()) == (Forum.Status.DRAFT, editor.memberships.get().organisation)
    starts = [slot.start.astimezone(forum.zone).time() for slot in forum.slots.order_by("start")]
    assert starts == [datetime.time(9, 0), datetime.time(10, 30), datetime.time(13, 0)], "typed in Warsaw time"

    page.select_option("[name=status]", "published")
    save_and_continue(page)
    page.screenshot(path=screenshot_dir / "organiser-published.png", full_page=True)
    forum.refresh_from_db()
    assert forum.status == Forum.Status.PUBLISHED

    for language in ("uk", "pl"):
        page.goto(f"{live_server.url}/{language}/forums/{forum.slug}/")
        expect(page.locator("h1")).to_have_text(FORUM["title"][language])
        programme = page.locator("ol.programme li")
        expect(programme).to_have_count(3)
        for (_start, _end, titles), item in zip(SLOTS, programme.all(), strict=True):
            expect(item).to_contain_text(titles[language])
        page.screenshot(path=screenshot_dir / f"organiser-public-{language}.png", full_page=True)
