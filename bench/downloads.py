"""`make bench`, downloads: the programme PDF cold and cached, the ICS and JSON of the 40-slot forum, the API list.

Called by bench/run.py once its database is prepared and the ceiling (/healthz/) measured. Cached
figures come from a gunicorn with the page cache (what nearly every request gets); cold ones from
one whose cache is Django's DummyCache, so that every request renders. A PDF is rendered in well
under a second but far slower than the rest, so its cold time is taken as the median of a few
sequential requests rather than with wrk.
"""

import statistics
import time

from bench import run

PDF_REQUESTS = 7
FORUM = f"/uk/forums/{run.FORUM_SLUG}/"
DOWNLOADS = {
    "programme.ics": FORUM + "programme.ics",
    "programme.json": FORUM + "programme.json",
    "API list": "/api/v1/forums/",
}
PDF = FORUM + "programme.pdf"
RATIO_GOAL = 0.3
PDF_COLD_GOAL_S = 1.0


def seconds_per_request(url, count):
    """Wall-clock seconds of `count` sequential GETs of `url`, each timed on its own."""
    timings = []
    for _ in range(count):
        started = time.perf_counter()
        with run.LOCAL.open(url, timeout=30) as response:
            response.read()
        timings.append(time.perf_counter() - started)
    return timings


def verdict(met, goal):
    return f"{goal}: {'met' if met else 'NOT met'}"


def report(log_dir, options, ceiling):
    """Measure and print the downloads table; `ceiling` is /healthz/'s requests per second."""
    rows = []
    with run.gunicorn(log_dir, "downloads-no-cache", CACHE_URL="dummycache://") as base:
        first, *rest = seconds_per_request(base + PDF, PDF_REQUESTS + 1)
        cold = statistics.median(rest)
        rows.append(
            f"| PDF, cold `{PDF}` | {1 / cold:.1f} | {cold * 1000:.0f} | {max(rest) * 1000:.0f} | "
            f"| {verdict(cold <= PDF_COLD_GOAL_S, f'≤ {PDF_COLD_GOAL_S:.0f} s')} (first request of a worker: "
            f"{first * 1000:.0f} ms) |"
        )
        for label, path in DOWNLOADS.items():
            result = run.measure(base, path, options)
            rows.append(line(f"{label}, cold", path, result, ceiling, goal=None))
    with run.gunicorn(log_dir, "downloads-cache") as base:
        rows.append(line("PDF, cached", PDF, run.measure(base, PDF, options), ceiling, goal=None))
        for label, path in DOWNLOADS.items():
            rows.append(line(f"{label}, cached", path, run.measure(base, path, options), ceiling, goal=RATIO_GOAL))
    print("\nDownloads and API (cold: every request renders; cached: as served after the first request)")
    print("| download | requests/s | p50 (ms) | p99 (ms) | ratio to ceiling | goal |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    print("\n".join(rows))


def line(label, path, result, ceiling, goal):
    ratio = result["rps"] / ceiling
    target = verdict(ratio >= goal, f"≥ {goal:.2f}") if goal else ""
    figures = f"{result['rps']:.0f} | {result['p50']:.1f} | {result['p99']:.1f} | {ratio:.2f}"
    return f"| {label} `{path}` | {figures} | {target} |"
