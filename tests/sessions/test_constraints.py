"""Rules the database itself enforces for agenda slots and their speakers."""

import datetime

import factory
import pytest
from django.db import IntegrityError, transaction

from tests.factories import AgendaSlotFactory, SlotSpeakerFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("minutes", [0, -30])
def test_slot_ends_after_it_starts(minutes):
    with pytest.raises(IntegrityError, match="slot_end_after_start"), transaction.atomic():
        AgendaSlotFactory(end=factory.LazyAttribute(lambda slot: slot.start + datetime.timedelta(minutes=minutes)))


def test_speaker_is_in_a_slot_once():
    link = SlotSpeakerFactory()
    with pytest.raises(IntegrityError, match="slot_speaker_unique"), transaction.atomic():
        SlotSpeakerFactory(slot=link.slot, speaker=link.speaker, role="moderator")


def test_speaker_slugs_are_unique():
    SpeakerFactory(slug="maria-baida")
    with pytest.raises(IntegrityError, match="_slug_key"), transaction.atomic():
        SpeakerFactory(slug="maria-baida")
