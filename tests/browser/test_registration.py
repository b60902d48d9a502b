"""The registration form in Chromium: axe-core in its empty, error and success states;
a registration by keyboard only."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from registrations.models import Registration
from tests.browser.test_accessibility import WCAG_A_AA, describe
from tests.registrations.factories import RegistrationSettingsFactory, hybrid_forum_settings

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["uk", "pl"]
ALL_QUESTIONS = ["organisation", "position", "community", "phone", "needs"]


@pytest.fixture
def register_url(live_server):
    """The registration page of a new hybrid forum that asks every optional question, in a language."""
    forum = hybrid_forum_settings(optional_fields=ALL_QUESTIONS, in_person_capacity=3).forum
    return lambda language: f"{live_server.url}/{language}/forums/{forum.slug}/register/"


def axe_violations(page):
    violations = Axe().run(page, options=WCAG_A_AA).response["violations"]
    return describe(page.url, violations) if violations else None


def test_the_form_passes_axe_when_empty_with_errors_and_after_success(page, register_url, screenshot_dir):
    reports = []
    for language in LANGUAGES:
        page.goto(register_url(language))
        reports.append(axe_violations(page))
        page.screenshot(path=screenshot_dir / f"register-empty-{language}.png", full_page=True)

        page.click("#submit-id-register")
        assert page.locator(".error-summary").is_visible()
        assert page.locator("[aria-invalid=true]").count() >= 3
        reports.append(axe_violations(page))
        page.screenshot(path=screenshot_dir / f"register-errors-{language}.png", full_page=True)

        page.fill("#id_name", "Олена Коваль")
        page.fill("#id_email", f"olena-{language}@example.org")
        page.check("#id_participation_mode_0")
        page.check("#id_consent")
        page.click("#submit-id-register")
        page.wait_for_url("**/register/done/pending/")
        reports.append(axe_violations(page))
        page.screenshot(path=screenshot_dir / f"register-done-{language}.png", full_page=True)
    assert not [report for report in reports if report], "\n".join(report for report in reports if report)


def tab_to(page, selector, limit=40):
    """Press Tab until the element matching `selector` has the focus; the number of presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return presses
    raise AssertionError(f"{selector} is not reachable with Tab within {limit} presses")


def test_a_registration_by_keyboard_only(page, live_server):
    forum = RegistrationSettingsFactory(optional_fields=["community"]).forum
    page.goto(f"{live_server.url}/en/forums/{forum.slug}/")

    tab_to(page, f'a[href="/en/forums/{forum.slug}/register/"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/register/")
    tab_to(page, "#id_name")
    page.keyboard.type("Łukasz Żółć")
    page.keyboard.press("Tab")
    page.keyboard.type("lukasz@example.org")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_community"
    page.keyboard.type("Łódź")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_consent", "the honeypot is skipped"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "submit-id-register"
    page.keyboard.press("Enter")
    page.wait_for_url("**/register/done/pending/")

    registration = Registration.objects.get()
    assert (registration.name, registration.community, registration.language) == ("Łukasz Żółć", "Łódź", "en")


def test_errors_are_announced_and_lead_to_their_fields_by_keyboard(page, live_server):
    forum = hybrid_forum_settings().forum
    page.goto(f"{live_server.url}/en/forums/{forum.slug}/register/")

    tab_to(page, "#submit-id-register")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.locator(".error-summary[role=alert]").is_visible()
    tab_to(page, ".error-summary a")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "id_name"
    described = page.get_attribute("#id_name", "aria-describedby")
    assert "id_name_error" in described
    tab_to(page, "#id_participation_mode_0")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.id") == "id_participation_mode_1"


def test_the_other_registration_pages_pass_axe_and_fit_a_narrow_screen(page, live_server):
    from registrations import services, tokens
    from tests.factories import RegistrationFactory

    forum = hybrid_forum_settings(in_person_capacity=1).forum
    seated = RegistrationFactory(forum=forum, status=Registration.Status.CONFIRMED)
    pending = RegistrationFactory(forum=forum, status=Registration.Status.PENDING, participation_mode="online")
    pending.hold_until = forum.start
    pending.save()
    waiting = services.register(Registration(forum=forum, name="Петро Щербак", email="petro@example.org"))[0]
    services.cancel(seated)
    waiting.refresh_from_db()
    paths = [
        f"/uk/forums/{forum.slug}/register/",
        f"/uk/registrations/{tokens.make_token(waiting, tokens.MANAGE)}/",
        f"/pl/registrations/confirm/{tokens.make_token(pending, tokens.CONFIRM)}/",
        f"/uk/registrations/offer/{tokens.make_token(waiting, tokens.OFFER)}/",
        f"/pl/registrations/{tokens.make_token(seated, tokens.MANAGE)}/",
        "/uk/registrations/not-a-token/",
        f"/pl/forums/{RegistrationSettingsFactory(waiting_list=False, in_person_capacity=0).forum.slug}/register/",
    ]
    reports, too_wide = [], {}
    page.set_viewport_size({"width": 320, "height": 640})
    for path in paths:
        page.goto(live_server.url + path)
        reports.append(axe_violations(page))
        width = page.evaluate("document.scrollingElement.scrollWidth")
        if width > 320:
            too_wide[path] = width
    assert waiting.status == Registration.Status.OFFERED
    assert not [report for report in reports if report], "\n".join(report for report in reports if report)
    assert not too_wide, f"pages wider than 320 px: {too_wide}"
