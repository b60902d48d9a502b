"""Counts for organisers and donors' reports: by status and mode, and attendance by community and organisation type.

They read only what anonymisation keeps (status, mode, community, organisation type),
so a forum's figures stay the same after its registrants' names are gone.
"""

import dataclasses

from django.db.models import Count, Min, Q
from django.db.models.functions import Lower, Trim
from django.utils.translation import gettext_lazy as _

from events.models import Organisation

from .models import Registration

Status = Registration.Status
REGISTERED = (Status.CONFIRMED, Status.ATTENDED)


@dataclasses.dataclass
class StatusRow:
    label: str
    by_mode: list
    total: int


def counts_by_status_and_mode(registrations):
    """A table of counts, one row per status and a column per mode, plus totals, in one query."""
    rows = registrations.order_by().values("status", "participation_mode").annotate(count=Count("pk"))
    counts = {(row["status"], row["participation_mode"]): row["count"] for row in rows}
    table = []
    for status, label in Status.choices:
        by_mode = [counts.get((status, mode), 0) for mode in Registration.Mode.values]
        table.append(StatusRow(label, by_mode, sum(by_mode)))
    totals = [sum(row.by_mode[index] for row in table) for index in range(len(Registration.Mode.values))]
    table.append(StatusRow(_("all"), totals, sum(totals)))
    return table


@dataclasses.dataclass
class AttendanceRow:
    label: str
    registered: int
    attended: int


def attendance_by_community(registrations):
    """Registered (confirmed or attended) and attended people per community, spellings differing in case as one."""
    rows = (
        registrations.filter(status__in=REGISTERED)
        .annotate(same_community=Lower(Trim("community")))
        .values("same_community")
        .annotate(label=Min(Trim("community")), **attendance_counts())
        .order_by("-registered", "same_community")
    )
    return [AttendanceRow(row["label"] or _("not given"), row["registered"], row["attended"]) for row in rows]


def attendance_by_organisation_kind(registrations):
    rows = (
        registrations.filter(status__in=REGISTERED)
        .values("organisation_kind")
        .annotate(**attendance_counts())
        .order_by("-registered", "organisation_kind")
    )
    labels = dict(Organisation.Kind.choices)
    return [
        AttendanceRow(labels.get(row["organisation_kind"], _("not given")), row["registered"], row["attended"])
        for row in rows
    ]


def attendance_counts():
    return {"registered": Count("pk"), "attended": Count("pk", filter=Q(status=Status.ATTENDED))}
