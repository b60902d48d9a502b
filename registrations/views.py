"""The registrant's pages: the form, what happened, and the pages behind the links in the emails.

No account is needed: the links carry signed tokens (tokens.py). Pages behind a link
are never cached and never indexed; actions are POSTs, so a mail scanner that opens
links does not confirm, claim or cancel anything.
"""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from events.filters import public_forums

from . import emails, services, tokens
from .domain import CLOSED_MESSAGES, closed_reason, seats
from .forms import RegistrationForm, mode_form
from .models import ACTIVE, Registration
from .ratelimit import over_limit

Status = Registration.Status
OUTCOMES = {"pending", "waiting", "sent"}


def noindex(response):
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def by_token(purpose):
    """For the pages behind a link: the token's registration, or a page saying the link is not valid (404).

    Never cached and never indexed: they are one person's pages.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, token):
            registration = tokens.registration_for(token, purpose)
            if registration is None:
                return noindex(render(request, "registrations/link_invalid.html", status=404))
            return noindex(view(request, registration))

        return never_cache(wrapped)

    return decorator


@never_cache
def register(request, slug):
    forum = get_object_or_404(public_forums().select_related("venue", "registration_settings"), slug=slug)
    registration_settings = getattr(forum, "registration_settings", None)
    # Counted only if needed: for the page, a hybrid form's choices, or a forum without a waiting list.
    seats_by_mode = SimpleLazyObject(lambda: seats(registration_settings) if registration_settings else {})
    context = {"forum": forum, "registration_settings": registration_settings, "seats": seats_by_mode}
    reason = closed_reason(forum, registration_settings, timezone.now(), seats_by_mode)
    if reason:
        return closed(request, context, reason, status=200 if request.method == "GET" else 409)
    data = request.POST if request.method == "POST" else None
    form = RegistrationForm(data, forum=forum, registration_settings=registration_settings, seats_by_mode=seats_by_mode)
    context["form"] = form
    if data is None:
        return render(request, "registrations/register.html", context)
    if over_limit(request):
        return render(request, "registrations/register.html", {**context, "throttled": True}, status=429)
    if not form.is_valid():
        return render(request, "registrations/register.html", context, status=400)
    try:
        registration, created = services.register(form.save(commit=False))
    except services.RegistrationClosed as error:
        return closed(request, context, error.reason, status=409)
    outcome = "sent" if not created else "waiting" if registration.status == Status.WAITING else "pending"
    return redirect("registrations:registered", slug=slug, outcome=outcome)


def closed(request, context, reason, status):
    return render(request, "registrations/register.html", {**context, "closed": CLOSED_MESSAGES[reason]}, status=status)


def registered(request, slug, outcome):
    if outcome not in OUTCOMES:
        raise Http404
    forum = get_object_or_404(public_forums(), slug=slug)
    context = {"forum": forum, "outcome": outcome, "hours": settings.REGISTRATION_PENDING_HOURS}
    return render(request, "registrations/registered.html", context)


def page_context(registration):
    return {"registration": registration, "forum": registration.forum}


def offer_url(registration):
    return reverse("registrations:offer", args=[tokens.make_token(registration, tokens.OFFER)])


def manage_redirect(registration):
    return redirect("registrations:manage", token=tokens.make_token(registration, tokens.MANAGE))


@by_token(tokens.MANAGE)
def manage(request, registration):
    forum = registration.forum
    now = timezone.now()
    context = {
        **page_context(registration),
        "hold_ran_out": registration.hold_until is not None and registration.hold_until <= now,
        "can_cancel": registration.status in ACTIVE and forum.end > now,
        "mode_form": mode_form(registration, now),
        "join_url": emails.private_join_url(registration),
        "offer_url": offer_url(registration) if registration.status == Status.OFFERED else "",
    }
    return render(request, "registrations/manage.html", context)


@require_POST
@by_token(tokens.MANAGE)
def cancel(request, registration):
    return act(request, registration, services.cancel, _("Your registration is cancelled. We have sent you an email."))


@require_POST
@by_token(tokens.MANAGE)
def change_mode(request, registration):
    form = mode_form(registration, timezone.now(), request.POST)
    if form is None or not form.is_valid():
        messages.error(request, _("Please choose how you will take part."))
        return manage_redirect(registration)
    mode = form.cleaned_data["participation_mode"]
    return act(request, registration, lambda registration: services.change_mode(registration, mode), _("Saved."))


def act(request, registration, operation, success):
    """Run a service on the registration, say how it went, and go back to the management page."""
    try:
        operation(registration)
    except services.NotAllowed as error:
        messages.error(request, str(error))
    else:
        messages.success(request, success)
    return manage_redirect(registration)


@by_token(tokens.CONFIRM)
def confirm(request, registration):
    """GET: a button to confirm (mail scanners open links); POST: confirm, then the management page."""
    if request.method != "POST" and registration.status == Status.PENDING:
        return render(request, "registrations/confirm.html", page_context(registration))
    if request.method == "POST":
        return act(request, registration, services.confirm, _("Thank you: your email address is confirmed."))
    return manage_redirect(registration)


@by_token(tokens.OFFER)
def offer(request, registration):
    """GET: the offer with buttons to take or decline the place; POST: do that, then the management page."""
    if request.method != "POST" and registration.status == Status.OFFERED:
        return render(request, "registrations/offer.html", page_context(registration))
    if request.method != "POST":
        return manage_redirect(registration)
    if "decline" in request.POST:
        return act(request, registration, services.cancel, _("You have declined the place. Thank you for telling us."))
    return act(request, registration, services.claim_offer, _("The place is yours."))
