"""Organisers' downloads of a forum's registrations: CSV, XLSX and a PDF sign-in sheet.

Each is an Exporter of events/exporters/base.py, not cached (the rows change with every
registration and are personal data) and answered only to staff who may view registrations.
The CSV follows the programme's CSV (a byte order mark, “;” in Ukrainian and Polish) so
that Excel and LibreOffice open Cyrillic and Polish letters intact.
"""

import csv
import io

from django.utils.translation import gettext
from openpyxl import Workbook
from openpyxl.styles import Font

from events.exporters.base import Exporter
from events.exporters.pdf import render_pdf
from events.exporters.table import BYTE_ORDER_MARK, delimiter

from .models import Registration

# Blank rows at the end of the sign-in sheet, for people who come without registering.
WALK_IN_ROWS = 5


def forum_registrations(forum):
    """The forum's registrations that still name someone, by name."""
    return Registration.objects.filter(forum=forum, anonymised_at__isnull=True).order_by("name", "pk")


def local(moment, forum):
    return moment.astimezone(forum.zone).strftime("%Y-%m-%d %H:%M") if moment else ""


def columns(forum):
    """(heading, value of a registration) for each column, headings in the active language."""
    return [
        (gettext("Name"), lambda registration: registration.name),
        (gettext("Email"), lambda registration: registration.email),
        (gettext("Status"), lambda registration: registration.get_status_display()),
        (gettext("Participation"), lambda registration: registration.get_participation_mode_display()),
        (gettext("Organisation"), lambda registration: registration.organisation),
        (gettext("Type of organisation"), lambda registration: registration.get_organisation_kind_display()),
        (gettext("Position"), lambda registration: registration.position),
        (gettext("Community or city"), lambda registration: registration.community),
        (gettext("Phone"), lambda registration: registration.phone),
        (gettext("Accessibility or interpretation needs"), lambda registration: registration.needs),
        (gettext("Language"), lambda registration: registration.language),
        (
            gettext("Registered at (%(zone)s)") % {"zone": forum.time_zone},
            lambda registration: local(registration.created, forum),
        ),
        (
            gettext("Email confirmed at (%(zone)s)") % {"zone": forum.time_zone},
            lambda registration: local(registration.confirmed_at, forum),
        ),
    ]


def table(forum):
    """The header row and a row per registration."""
    heads = columns(forum)
    return [heading for heading, _value in heads], [
        [value(registration) for _heading, value in heads] for registration in forum_registrations(forum)
    ]


class RegistrationsExporter(Exporter):
    name = "registrations"
    cacheable = False


class RegistrationsCsv(RegistrationsExporter):
    extension = "csv"
    content_type = "text/csv; charset=utf-8"

    def render(self, forum, language, request):
        header, rows = table(forum)
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter(language))
        writer.writerow(header)
        writer.writerows(rows)
        return (BYTE_ORDER_MARK + buffer.getvalue()).encode("utf-8")


class RegistrationsXlsx(RegistrationsExporter):
    extension = "xlsx"
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    def render(self, forum, language, request):
        header, rows = table(forum)
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = gettext("Registrations")[:31]
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for index, heading in enumerate(header):
            width = max([len(heading), *(len(str(row[index])) for row in rows)])
            sheet.column_dimensions[sheet.cell(row=1, column=index + 1).column_letter].width = min(60, width + 2)
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()


class SignInSheetPdf(RegistrationsExporter):
    """The printable participant list donors ask for: who is expected in person, with a column to sign."""

    name = "sign-in-sheet"
    extension = "pdf"
    content_type = "application/pdf"
    inline = True

    def render(self, forum, language, request):
        participants = forum_registrations(forum).filter(
            status__in=[Registration.Status.CONFIRMED, Registration.Status.ATTENDED],
            participation_mode=Registration.Mode.IN_PERSON,
        )
        context = {
            "forum": forum,
            "participants": participants.order_by("name", "pk"),
            "walk_in_rows": range(WALK_IN_ROWS),
        }
        title = f"{forum.title}: {gettext('Sign-in sheet')}"
        return render_pdf("registrations/exports/sign_in_sheet.html", context, language=language, title=title)


EXPORTERS = {"csv": RegistrationsCsv(), "xlsx": RegistrationsXlsx(), "pdf": SignInSheetPdf()}
