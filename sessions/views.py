"""The public page of a speaker: who they are and where they speak."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from events.filters import PUBLIC_STATUSES

from .models import SlotSpeaker, Speaker


def speaker_detail(request, slug):
    """Only speakers in the programme of a public forum have a page: a draft programme stays private."""
    speaker = get_object_or_404(Speaker.objects.select_related("affiliation"), slug=slug)
    links = (
        SlotSpeaker.objects.filter(speaker=speaker, slot__forum__status__in=PUBLIC_STATUSES)
        .select_related("slot__forum")
        .order_by("-slot__forum__start", "slot__start", "slot__order")
    )
    appearances = {}
    for link in links:
        appearances.setdefault(link.slot.forum, []).append(link)
    if not appearances:
        raise Http404
    return render(
        request, "sessions/speaker_detail.html", {"speaker": speaker, "appearances": list(appearances.items())}
    )
