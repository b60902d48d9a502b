"""A per-address limit on submitted registration forms, counted in Django's cache (Redis in production)."""

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The client's IP address: REMOTE_ADDR, or behind N proxies the Nth address from the end of X-Forwarded-For.

    Only the entries our own proxies appended are trusted; anything to their left the client may have made up.
    """
    proxies = settings.REGISTRATION_PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def over_limit(request):
    """Count one submission from the client's address; True once more than the limit came in the window."""
    limit, window = settings.REGISTRATION_RATE_LIMIT, settings.REGISTRATION_RATE_WINDOW
    if not limit:
        return False
    key = f"registrations:submissions:{client_address(request)}"
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # the window ended between add and incr
        cache.set(key, 1, window)
        count = 1
    return count > limit
