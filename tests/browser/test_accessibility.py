"""axe-core (WCAG 2.0/2.1 A and AA) on every kind of public page in Ukrainian and Polish,
plus what axe cannot see: a 320 px wide screen and the skip link under the keyboard.

Each test checks both languages, so that the demo data is loaded once for both.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

LANGUAGES = ["uk", "pl"]
ZHYTOMYR = "/forums/druhyi-forum-intehrovanyi-rozvytok-zhytomyra-2017/"
PAGES = {
    "home": "/",
    "directory": "/forums/",
    "directory-filtered": "/forums/?when=past&country=PL&mode=online",
    "directory-empty": "/forums/?q=qqxyzzy",
    "forum-in-person": ZHYTOMYR,
    "forum-online": "/forums/wyzwania-demograficzne-a-endogenne-potencjaly-rozwoju/",
    "forum-hybrid": "/forums/wiosenna-konferencja-forum-rozwoju-lokalnego-2027/",
    "forum-cancelled": "/forums/vidkrytyi-prostir-misto-dlia-molodi-2027/",
    "speaker": "/speakers/serhii-sukhomlyn/",
    "organisation": "/organisations/zmp/",
    "series": "/series/uruchomienie-endogennych-potencjalow/",
}
WCAG_A_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
# Links in <main> to forum pages (the URL contract /<lang>/forums/<slug>/): the results of the directory.
FORUM_LINKS = """language => [...document.querySelectorAll("main a[href]")]
    .filter(a => new RegExp(`^/${language}/forums/[^/]+/$`).test(a.pathname)).length"""


def open_page(page, url):
    response = page.goto(url)
    assert response.status == 200, f"{url}: HTTP {response.status}"


def describe(url, violations):
    lines = [url]
    for violation in violations:
        lines.append(f"  {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            summary = " ".join(node["failureSummary"].split())
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary}")
    return "\n".join(lines)


@pytest.mark.parametrize("name", PAGES)
def test_no_axe_violations(demo, page, name):
    reports = []
    for language in LANGUAGES:
        url = demo(f"/{language}{PAGES[name]}")
        open_page(page, url)
        if name == "directory-filtered":
            assert page.evaluate(FORUM_LINKS, language) > 0, f"{url}: the filters should find the ZMP seminar"
        if name == "directory-empty":
            assert page.evaluate(FORUM_LINKS, language) == 0, f"{url} should find nothing"
        violations = Axe().run(page, options=WCAG_A_AA).response["violations"]
        if violations:
            reports.append(describe(url, violations))
    assert not reports, "\n".join(reports)


def test_no_horizontal_scroll_at_320_px(demo, page):
    page.set_viewport_size({"width": 320, "height": 640})
    too_wide = {}
    for language in LANGUAGES:
        for path in PAGES.values():
            url = demo(f"/{language}{path}")
            open_page(page, url)
            width = page.evaluate("document.scrollingElement.scrollWidth")
            if width > 320:
                too_wide[url] = width
    assert not too_wide, f"pages wider than 320 px (scrollWidth): {too_wide}"


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(demo, page):
    for language in LANGUAGES:
        open_page(page, demo(f"/{language}{ZHYTOMYR}"))
        page.keyboard.press("Tab")
        main_id = page.locator("main").get_attribute("id")
        assert page.evaluate("document.activeElement.hash") == f"#{main_id}", "the first Tab stop is the skip link"
        box = page.locator(":focus").bounding_box()
        assert box and box["y"] >= 0 and box["width"] > 0, "the focused skip link must be visible"
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement === document.querySelector('main')")
        page.keyboard.press("Tab")
        assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_forum_page_screenshots(demo, page, screenshot_dir):
    """Full-page screenshots to look at (they are compared with nothing); the page must fit each width."""
    for width in (375, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        open_page(page, demo(f"/uk{ZHYTOMYR}"))
        page.screenshot(path=screenshot_dir / f"forum-uk-{width}.png", full_page=True)
        assert page.evaluate("document.scrollingElement.scrollWidth") <= width
