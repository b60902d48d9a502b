"""Playwright driving Debian's Chromium against pytest-django's live server.

No browser is ever downloaded: the tests use /usr/bin/chromium (`apt-get install chromium`)
and fail, rather than skip, when it is missing.
"""

import os
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import override_settings
from playwright.sync_api import sync_playwright

from events.demo import load_demo

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(autouse=True, scope="session")
def _live_server_settings():
    """The live server builds its middleware once, before any test's own settings: give it the tests' plain HTTP."""
    with override_settings(SECURE_SSL_REDIRECT=False, WHITENOISE_AUTOREFRESH=True):
        yield


@pytest.fixture(scope="package")
def browser():
    """One Chromium for all the browser tests, closed after the last of them."""
    if not CHROMIUM.exists():
        pytest.fail(f"The browser tests need Debian's Chromium at {CHROMIUM}: run `apt-get install chromium`.")
    # Playwright's sync API keeps an asyncio loop running in this thread, which makes Django refuse
    # database work here (the demo data, the flush after each test); the live server has its own thread.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo(live_server):
    """The demo forums in the test database, served by the live server: [url of a path]."""
    load_demo()
    cache.clear()
    return lambda path: f"{live_server.url}{path}"


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory):
    """Where the screenshots go: $SCREENSHOT_DIR, or a temporary folder that pytest names."""
    directory = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path_factory.mktemp("screenshots"))
    directory.mkdir(parents=True, exist_ok=True)
    return directory
