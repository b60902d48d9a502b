"""factory_boy factories for every model, with each translated field set explicitly.

Forum times are aware in the forum's own zone; a slot lies within its forum's dates
unless a test says otherwise.
"""

import datetime
import zoneinfo

import factory
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from events.models import Forum, ForumOrganisation, Invitation, Membership, Organisation, Series, Topic, Venue
from registrations.models import Registration
from sessions.models import AgendaSlot, SlotSpeaker, Speaker


class UserFactory(factory.django.DjangoModelFactory):
    """A user with an unusable password, which costs no hashing: log in with `client.force_login`."""

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password(None)

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


class SuperUserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"admin{n}")
    is_staff = True
    is_superuser = True


class GroupFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisers {n}")

    class Meta:
        model = Group


class OrganisationFactory(factory.django.DjangoModelFactory):
    name_uk = factory.Sequence(lambda n: f"Міська рада {n}")
    name_pl = factory.Sequence(lambda n: f"Rada miasta {n}")
    name_en = factory.Sequence(lambda n: f"City council {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = Organisation.Kind.CITY_COUNCIL

    class Meta:
        model = Organisation


class VenueFactory(factory.django.DjangoModelFactory):
    name_uk = factory.Sequence(lambda n: f"Центр розвитку місцевого самоврядування {n}")
    name_pl = factory.Sequence(lambda n: f"Centrum rozwoju samorządu lokalnego {n}")
    name_en = factory.Sequence(lambda n: f"Local self-government development centre {n}")
    address_uk = "вул. Михайлівська, 8/1"
    address_pl = "ul. Mychajliwśka 8/1"
    address_en = "8/1 Mykhailivska St"
    city_uk = "Житомир"
    city_pl = "Żytomierz"
    city_en = "Zhytomyr"
    latitude = None
    longitude = None

    class Meta:
        model = Venue


class TopicFactory(factory.django.DjangoModelFactory):
    name_uk = factory.Sequence(lambda n: f"Інтегрований розвиток {n}")
    name_pl = factory.Sequence(lambda n: f"Rozwój zintegrowany {n}")
    name_en = factory.Sequence(lambda n: f"Integrated development {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")

    class Meta:
        model = Topic


class SeriesFactory(factory.django.DjangoModelFactory):
    name_uk = factory.Sequence(lambda n: f"Форум розвитку місцевого самоврядування {n}")
    name_pl = factory.Sequence(lambda n: f"Forum Rozwoju Lokalnego {n}")
    name_en = factory.Sequence(lambda n: f"Local Development Forum {n}")
    slug = factory.Sequence(lambda n: f"series-{n}")
    organiser = factory.SubFactory(OrganisationFactory)

    class Meta:
        model = Series


class ForumFactory(factory.django.DjangoModelFactory):
    """An in-person draft forum in Kyiv time, 09:00–17:00 on a day of September 2027."""

    title_uk = factory.Sequence(lambda n: f"Форум інтегрованого розвитку {n}")
    title_pl = factory.Sequence(lambda n: f"Forum rozwoju zintegrowanego {n}")
    title_en = factory.Sequence(lambda n: f"Integrated development forum {n}")
    slug = factory.Sequence(lambda n: f"forum-{n}")
    time_zone = "Europe/Kyiv"
    start = factory.LazyAttribute(
        lambda forum: datetime.datetime(2027, 9, 14, 9, 0, tzinfo=zoneinfo.ZoneInfo(forum.time_zone))
    )
    end = factory.LazyAttribute(lambda forum: forum.start + datetime.timedelta(hours=8))
    venue = factory.SubFactory(VenueFactory)

    class Meta:
        model = Forum


class ForumOrganisationFactory(factory.django.DjangoModelFactory):
    forum = factory.SubFactory(ForumFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = ForumOrganisation.Role.ORGANISER

    class Meta:
        model = ForumOrganisation


class SpeakerFactory(factory.django.DjangoModelFactory):
    full_name_uk = factory.Sequence(lambda n: f"Марія Байда {n}")
    full_name_pl = factory.Sequence(lambda n: f"Maria Bajda {n}")
    full_name_en = factory.Sequence(lambda n: f"Mariia Baida {n}")
    slug = factory.Sequence(lambda n: f"speaker-{n}")

    class Meta:
        model = Speaker


class AgendaSlotFactory(factory.django.DjangoModelFactory):
    """An hour-long talk at the start of its forum, at the forum's venue."""

    forum = factory.SubFactory(ForumFactory)
    start = factory.SelfAttribute("forum.start")
    end = factory.LazyAttribute(lambda slot: slot.start + datetime.timedelta(hours=1))
    title_uk = factory.Sequence(lambda n: f"Виступ {n}")
    title_pl = factory.Sequence(lambda n: f"Wystąpienie {n}")
    title_en = factory.Sequence(lambda n: f"Talk {n}")

    class Meta:
        model = AgendaSlot


class SlotSpeakerFactory(factory.django.DjangoModelFactory):
    slot = factory.SubFactory(AgendaSlotFactory)
    speaker = factory.SubFactory(SpeakerFactory)

    class Meta:
        model = SlotSpeaker


class RegistrationFactory(factory.django.DjangoModelFactory):
    forum = factory.SubFactory(ForumFactory)
    name = factory.Sequence(lambda n: f"Олена Коваль {n}")
    email = factory.Sequence(lambda n: f"participant{n}@example.org")

    class Meta:
        model = Registration


class MembershipFactory(factory.django.DjangoModelFactory):
    """A staff user's role in an organisation."""

    user = factory.SubFactory(UserFactory, is_staff=True)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.EDITOR

    class Meta:
        model = Membership


class InvitationFactory(factory.django.DjangoModelFactory):
    """An invitation still open; its link's token is unknown (events.invitations.send makes one to use)."""

    organisation = factory.SubFactory(OrganisationFactory)
    email = factory.Sequence(lambda n: f"colleague{n}@example.org")
    token_hash = factory.Sequence(lambda n: f"{n:064x}")
    language = "uk"
    expires_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))

    class Meta:
        model = Invitation


class AccessAttemptFactory(factory.django.DjangoModelFactory):
    """django-axes' count of failed logins for a user name from an address."""

    username = factory.Sequence(lambda n: f"user{n}")
    ip_address = "192.0.2.10"
    failures_since_start = 1

    class Meta:
        model = AccessAttempt


class AccessLogFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    ip_address = "192.0.2.10"

    class Meta:
        model = AccessLog


class AccessFailureLogFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    ip_address = "192.0.2.10"

    class Meta:
        model = AccessFailureLog
