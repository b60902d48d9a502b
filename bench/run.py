"""`make bench`: requests/s and latency of the public pages under gunicorn, next to /healthz/ (the ceiling).

A benchmark, not a test. It builds the PostgreSQL database forums_portal_bench afresh (on the server
of DATABASE_URL) with the demo data and a generated forum of 40 slots and 20 speakers, serves it with
gunicorn (2 sync workers, DEBUG off, the README's production CONN_MAX_AGE) on 127.0.0.1, loads each
page with wrk after a discarded warm-up, and prints a Markdown table with each page's ratio to the ceiling.

The forum page is measured twice. Warm: served from the page cache (events/caching.py), as nearly
every request is. Cold: from a second, otherwise identical gunicorn whose cache is Django's DummyCache
(CACHE_URL=dummycache://), so that every request misses and renders the page from scratch, as the
first request after an organiser's change does; only the cache write, a no-op there, is not paid.
"""

import argparse
import contextlib
import datetime
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import zoneinfo
from pathlib import Path

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "forums_portal_bench"
FORUM_SLUG = "bench-forum-40-slots"
SLOTS, SPEAKERS = 40, 20
GOALS = {"forum page, cold": 0.10, "forum page, warm": 0.5}
# No proxy from the environment: every request goes straight to 127.0.0.1.
LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))
UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def database_url():
    """DATABASE_URL with the database name replaced by the benchmark's."""
    url = urllib.parse.urlsplit(os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/forums_portal")
    return url._replace(path=f"/{DATABASE}").geturl()


def recreate_database(url):
    maintenance = urllib.parse.urlsplit(url)._replace(path="/postgres").geturl()
    connection = psycopg2.connect(maintenance)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{DATABASE}"')
    connection.close()


def add_generated_forum():
    """A published in-person forum two months ahead, over two days: 40 slots, 20 speakers, 3 organisations."""
    from events.models import Country, Forum, ForumOrganisation, Organisation, Topic
    from sessions.models import AgendaSlot, SlotSpeaker
    from tests.factories import AgendaSlotFactory, ForumFactory, ForumOrganisationFactory, SpeakerFactory

    zone = zoneinfo.ZoneInfo("Europe/Kyiv")
    first_day = (datetime.datetime.now(zone) + datetime.timedelta(days=60)).date()
    start = datetime.datetime.combine(first_day, datetime.time(9), zone)
    paragraphs = {
        "uk": "Два дні виступів, панелей і робочих груп про розвиток громад. " * 6,
        "pl": "Dwa dni wystąpień, paneli i grup roboczych o rozwoju lokalnym. " * 6,
        "en": "Two days of talks, panels and working groups on local development. " * 6,
    }
    forum = ForumFactory(
        slug=FORUM_SLUG,
        status=Forum.Status.PUBLISHED,
        country=Country.UKRAINE,
        start=start,
        end=start + datetime.timedelta(days=1, hours=9),
        languages=["uk", "pl"],
        contact_email="forum@example.org",
        **{f"summary_{language}": text[:120] for language, text in paragraphs.items()},
        **{f"description_{language}": f"{text}\n\n{text}" for language, text in paragraphs.items()},
    )
    organisations = list(Organisation.objects.order_by("slug")[:3])
    for organisation, role in zip(organisations, ForumOrganisation.Role, strict=False):
        ForumOrganisationFactory(forum=forum, organisation=organisation, role=role)
    forum.topics.set(Topic.objects.order_by("slug")[:3])
    speakers = [
        SpeakerFactory(slug=f"bench-speaker-{number}", affiliation=organisations[number % 3], position_en="Mayor")
        for number in range(SPEAKERS)
    ]
    kinds = [AgendaSlot.Kind.TALK, AgendaSlot.Kind.PRESENTATION, AgendaSlot.Kind.PANEL, AgendaSlot.Kind.QA]
    for number in range(SLOTS):
        day, index = divmod(number, SLOTS // 2)
        slot_start = start + datetime.timedelta(days=day, minutes=25 * index)
        kind = AgendaSlot.Kind.BREAK if index % 5 == 4 else kinds[index % 4]
        slot = AgendaSlotFactory(
            forum=forum, start=slot_start, end=slot_start + datetime.timedelta(minutes=25), kind=kind
        )
        if kind != AgendaSlot.Kind.BREAK:
            pair = (speakers[number % SPEAKERS], speakers[(number * 7 + 3) % SPEAKERS])
            for order, speaker in enumerate(dict.fromkeys(pair)):
                SlotSpeaker.objects.create(slot=slot, speaker=speaker, order=order)


def prepare():
    """The database and the collected static files, made in this process with the servers' settings."""
    import django
    from django.core.management import call_command

    recreate_database(os.environ["DATABASE_URL"])
    django.setup()
    from events.demo import load_demo

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    load_demo()
    add_generated_forum()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch_status(url):
    try:
        with LOCAL.open(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@contextlib.contextmanager
def gunicorn(log_dir, name, **extra_env):
    """A gunicorn on 127.0.0.1 with 2 workers; stopped (TERM, then KILL) however the block ends."""
    port = free_port()
    command = [Path(sys.executable).parent / "gunicorn", "forums_portal.wsgi:application", "--workers", "2"]
    command += ["--bind", f"127.0.0.1:{port}", "--error-logfile", "-"]
    base = f"http://127.0.0.1:{port}"
    with open(Path(log_dir) / f"gunicorn-{name}.log", "w+") as log:
        server = subprocess.Popen(
            command, cwd=ROOT, env={**os.environ, **extra_env}, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            deadline = time.monotonic() + 30
            while not ready(base):
                if server.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise SystemExit(f"gunicorn ({name}) did not start:\n{log.read()}")
                time.sleep(0.2)
            yield base
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def ready(base):
    try:
        return fetch_status(f"{base}/healthz/") == 200
    except OSError:
        return False


def to_ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * UNITS_MS[unit]


def wrk(url, options, duration):
    command = ["wrk", f"-t{options.threads}", f"-c{options.connections}", f"-d{duration}s", "--latency", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in output or "Socket errors" in output:
        raise SystemExit(f"wrk saw errors on {url}:\n{output}")
    latency = dict(re.findall(r"^\s+(50|99)(?:\.0+)?%\s+(\S+)\s*$", output, re.MULTILINE))
    if len(latency) < 2:
        raise SystemExit(f"wrk printed no latency distribution for {url}:\n{output}")
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": to_ms(latency["50"]),
        "p99": to_ms(latency["99"]),
    }


def measure(base, path, options):
    url = base + path
    if fetch_status(url) != 200:
        raise SystemExit(f"{url} does not answer 200")
    wrk(url, options, options.warmup)
    return wrk(url, options, options.duration)


def table(results, ceiling):
    lines = [
        "| page | requests/s | p50 (ms) | p99 (ms) | ratio to ceiling | goal |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for label, (path, result) in results.items():
        ratio = result["rps"] / ceiling
        goal = GOALS.get(label)
        verdict = f"≥ {goal:.2f}: {'met' if ratio >= goal else 'NOT met'}" if goal else ""
        lines.append(
            f"| {label} `{path}` | {result['rps']:.0f} | {result['p50']:.1f} | {result['p99']:.1f} "
            f"| {ratio:.2f} | {verdict} |"
        )
    return "\n".join(lines)


def main():
    # The download and registration benchmarks use this module's servers and wrk; imported here, not at the
    # top, so that either can import this module first.
    from bench import downloads, registrations

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page (default 10)")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of discarded load before each (default 2)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    options = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: `apt-get install wrk` (`make bench` does it).")
    # A TERM (a CI time-out, say) unwinds like Ctrl-C does, so that the servers are stopped.
    signal.signal(signal.SIGTERM, lambda *args: sys.exit(143))

    with tempfile.TemporaryDirectory(prefix="forums-bench-") as scratch:
        os.environ.update(
            DJANGO_SETTINGS_MODULE="forums_portal.settings",
            STATIC_ROOT=str(Path(scratch) / "static"),
            DATABASE_URL=database_url(),
            DEBUG="0",
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="0",
            CONN_MAX_AGE="60",
            LOG_LEVEL="WARNING",
            CACHE_URL="locmemcache://forums-bench",
        )
        print(f"Preparing {DATABASE}: migrations, demo data, a forum with {SLOTS} slots and {SPEAKERS} speakers…")
        prepare()
        forum = f"/uk/forums/{FORUM_SLUG}/"
        pages = {"forum page, warm": forum, "directory": "/uk/forums/", "home page": "/uk/"}
        print(f"wrk: {options.threads} threads, {options.connections} connections, {options.duration} s a page")
        with gunicorn(scratch, "page-cache") as base:
            results = {"healthz (ceiling)": ("/healthz/", measure(base, "/healthz/", options))}
            others = {label: (path, measure(base, path, options)) for label, path in pages.items()}
        with gunicorn(scratch, "no-cache", CACHE_URL="dummycache://") as base:
            results["forum page, cold"] = (forum, measure(base, forum, options))
        results.update(others)
        print(table(results, results["healthz (ceiling)"][1]["rps"]), flush=True)
        downloads.report(scratch, options, results["healthz (ceiling)"][1]["rps"])
        registrations.report(scratch, options)


if __name__ == "__main__":
    main()
