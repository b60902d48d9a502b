"""`make bench`, registration: 200 submissions for a forum with 100 places, through gunicorn on PostgreSQL.

Called by bench/run.py once its database is prepared. The submissions come from as many
concurrent clients as wrk uses connections for the pages (--connections, 16 by default), all
released at once, each posting the form with a CSRF token as a browser does; the per-address
rate limit is switched off (REGISTRATION_RATE_LIMIT=0: every client is 127.0.0.1) and mail goes
to Django's dummy backend, so that the figures are the portal's own. Seated and waiting-listed
are counted in the database afterwards: exactly 100 must hold a place.
"""

import datetime
import http.cookies
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from bench import run

SUBMISSIONS, PLACES = 200, 100
FORUM_SLUG = "bench-registration-100-places"
WARM_UP_SLUG = "bench-registration-warm-up"
GOALS = {"seated": PLACES, "errors": 0, "per_second": 150, "p99_ms": 300}
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def add_forum(slug):
    """A published in-person forum a month ahead that takes registrations: 100 places, a waiting list."""
    from django.utils import timezone

    from events.models import Forum
    from registrations.models import RegistrationSettings
    from tests.factories import ForumFactory

    start = timezone.now() + datetime.timedelta(days=30)
    forum = ForumFactory(slug=slug, status=Forum.Status.PUBLISHED, start=start, end=start + datetime.timedelta(hours=8))
    RegistrationSettings.objects.create(
        forum=forum, in_person_capacity=PLACES, privacy_notice_uk="Дані обробляє організатор.", waiting_list=True
    )
    return forum


def csrf(url):
    """The CSRF cookie and the form's token, as a browser gets them by opening the form."""
    with run.LOCAL.open(url, timeout=10) as response:
        cookie = http.cookies.SimpleCookie(response.headers["Set-Cookie"])["csrftoken"].value
        token = CSRF_FIELD.search(response.read().decode()).group(1)
    return cookie, token


def submit(url, cookie, number, token):
    """One registration: (seconds, HTTP status); a redirect to the outcome page is success."""
    data = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "name": f"Учасник {number}",
            "email": f"participant{number}@example.org",
            "consent": "on",
        }
    ).encode()
    request = urllib.request.Request(url, data=data, headers={"Cookie": f"csrftoken={cookie}"})
    started = time.perf_counter()
    try:
        with NO_REDIRECT.open(request, timeout=30) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0
    return time.perf_counter() - started, status


class KeepRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


NO_REDIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}), KeepRedirect())


def fire(url, clients, submissions=SUBMISSIONS):
    """Submissions from `clients` concurrent clients released together; [(seconds, status)] and the wall time."""
    cookie, token = csrf(url)
    numbers = iter(range(submissions))
    lock, results = threading.Lock(), []
    start = threading.Barrier(clients + 1)

    def client():
        start.wait()
        while True:
            with lock:
                number = next(numbers, None)
            if number is None:
                return
            result = submit(url, cookie, number, token)
            with lock:
                results.append(result)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - began


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def counted(forum):
    from registrations.models import HOLDS_SEAT, Registration

    registrations = Registration.objects.filter(forum=forum)
    return registrations.filter(status__in=HOLDS_SEAT).count(), registrations.filter(status="waiting").count()


def report(log_dir, options):
    """Run the submissions, after a discarded warm-up on another forum, and print their table."""
    forum, _warm_up = add_forum(FORUM_SLUG), add_forum(WARM_UP_SLUG)
    env = {"REGISTRATION_RATE_LIMIT": "0", "EMAIL_URL": "dummymail://"}
    with run.gunicorn(log_dir, "registration", **env) as base:
        fire(f"{base}/uk/forums/{WARM_UP_SLUG}/register/", options.connections, submissions=4 * options.connections)
        results, wall = fire(f"{base}/uk/forums/{FORUM_SLUG}/register/", options.connections)
    seated, waiting = counted(forum)
    latencies = [seconds * 1000 for seconds, _status in results]
    figures = {
        "seated": seated,
        "errors": sum(status != 302 for _seconds, status in results),
        "per_second": len(results) / wall,
        "p99_ms": percentile(latencies, 0.99),
    }
    met = (
        figures["seated"] == GOALS["seated"]
        and figures["errors"] == GOALS["errors"]
        and figures["per_second"] >= GOALS["per_second"]
        and figures["p99_ms"] < GOALS["p99_ms"]
    )
    print(f"\nRegistration: {SUBMISSIONS} submissions, {options.connections} concurrent clients, {PLACES} places")
    print("| seated | waiting-listed | errors | registrations/s | p50 (ms) | p99 (ms) | goal |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    print(
        f"| {seated} | {waiting} | {figures['errors']} | {figures['per_second']:.0f} | "
        f"{percentile(latencies, 0.5):.1f} | {figures['p99_ms']:.1f} | "
        f"{PLACES} seated, 0 errors, ≥ {GOALS['per_second']}/s, p99 < {GOALS['p99_ms']} ms: "
        f"{'met' if met else 'NOT met'} |"
    )
