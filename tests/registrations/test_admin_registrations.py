"""The organisers' side: settings on the forum's page, the list with its counts and actions, the downloads."""

import csv
import io
import subprocess

import pytest
from openpyxl import load_workbook

from events.models import Forum
from registrations.models import Registration, RegistrationSettings
from tests.factories import RegistrationFactory, SuperUserFactory, UserFactory
from tests.registrations.factories import RegistrationSettingsFactory, UpcomingForumFactory
from tests.test_admin import FormValues, submit

pytestmark = pytest.mark.django_db

Status = Registration.Status
LIST = "/admin/registrations/registration/"
PEOPLE = [
    ("Олена Коваль", "olena@example.org", "Житомирська міська рада", "Житомир", Status.CONFIRMED),
    ("Łukasz Żółć", "lukasz@example.org", "Związek Miast Polskich", "Łódź", Status.ATTENDED),
    ("Петро Щербак", "petro@example.org", "", "Згорани", Status.WAITING),
]


@pytest.fixture
def admin_client(client):
    client.force_login(SuperUserFactory())
    return client


@pytest.fixture
def people(forum):
    return [
        RegistrationFactory(
            forum=forum,
            name=name,
            email=email,
            organisation=organisation,
            community=community,
            status=status,
            organisation_kind="city_council",
        )
        for name, email, organisation, community, status in PEOPLE
    ]


def export(admin_client, forum, file_format, language="uk"):
    response = admin_client.get(f"{LIST}forum/{forum.pk}/export.{file_format}", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    return response


def test_csv_opens_with_cyrillic_and_polish_letters_and_has_the_rows(admin_client, forum, people):
    RegistrationFactory(name="Інший форум")

    response = export(admin_client, forum, "csv")

    content = response.content
    assert content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == {name for name, *_ in PEOPLE}
    assert by_name["Олена Коваль"][7] == "Житомир" and by_name["Łukasz Żółć"][7] == "Łódź"
    assert f"{forum.slug}-registrations-uk.csv" in response["Content-Disposition"]


def test_xlsx_opens_and_has_the_rows(admin_client, forum, people):
    response = export(admin_client, forum, "xlsx", language="en")

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.values)
    assert rows[0][:3] == ("Name", "Email", "Status")
    assert {row[0] for row in rows[1:]} == {name for name, *_ in PEOPLE}
    assert ("Łukasz Żółć", "lukasz@example.org", "attended") in {row[:3] for row in rows}


def test_sign_in_sheet_lists_who_is_expected_in_person(admin_client, forum, people, tmp_path):
    response = export(admin_client, forum, "pdf", language="pl")

    assert response["Content-Type"] == "application/pdf"
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(response.content)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Олена Коваль" in text and "Łukasz Żółć" in text
    assert "Петро Щербак" not in text, "people on the waiting list are not expected"
    assert forum.title_pl in text
    assert forum.venue.address_pl in text


def test_attendance_summary_by_community_and_organisation_type(admin_client, forum, people):
    page = admin_client.get(f"{LIST}forum/{forum.pk}/attendance/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "Житомир" in page and "Łódź" in page
    assert "Згорани" not in page, "only registered (confirmed or attended) people count"
    assert "city council" in page


def test_the_list_counts_by_status_and_mode_and_links_the_downloads(admin_client, forum, people):
    response = admin_client.get(LIST, {"forum__id__exact": forum.pk}, HTTP_ACCEPT_LANGUAGE="en")

    page = response.content.decode()
    counts = {row.label: row.total for row in response.context["counts"]}
    assert counts["confirmed"] == 1 and counts["attended"] == 1 and counts["on the waiting list"] == 1
    assert counts["all"] == 3
    assert f"forum/{forum.pk}/export.xlsx" in page and f"forum/{forum.pk}/attendance/" in page


@pytest.mark.parametrize(
    "query",
    [
        {"status": "confirmed"},
        {"participation_mode": "online"},
        {"q": "Łukasz"},
        {"community": "Łódź"},
        {"created__gte": "2000-01-01 00:00:00+00:00"},
    ],
)
def test_filters_and_search(admin_client, people, query):
    assert admin_client.get(LIST, query).status_code == 200


def test_approve_and_reject_actions_send_emails(admin_client, committed, mailoutbox):
    forum = RegistrationSettingsFactory(approval_required=True).forum
    one, two = (RegistrationFactory(forum=forum, status=Status.AWAITING_APPROVAL) for _ in range(2))

    with committed():
        admin_client.post(LIST, {"action": "approve", "_selected_action": [one.pk]})
        admin_client.post(LIST, {"action": "reject", "_selected_action": [two.pk]})

    assert Registration.objects.get(pk=one.pk).status == Status.CONFIRMED
    assert Registration.objects.get(pk=two.pk).status == Status.REJECTED
    assert [message.to for message in mailoutbox] == [[one.email], [two.email]]


def test_an_action_that_does_not_fit_says_why(admin_client, forum):
    cancelled = RegistrationFactory(forum=forum, status=Status.CANCELLED)

    response = admin_client.post(
        LIST, {"action": "mark_attended", "_selected_action": [cancelled.pk]}, follow=True, HTTP_ACCEPT_LANGUAGE="en"
    )

    assert "This cannot be done while the registration is" in response.content.decode()
    assert Registration.objects.get().status == Status.CANCELLED


def test_an_organiser_adds_someone_within_the_capacity(admin_client, committed, mailoutbox):
    forum = RegistrationSettingsFactory(in_person_capacity=1).forum
    add = {
        "forum": forum.pk,
        "name": "Гість",
        "email": "guest@example.org",
        "participation_mode": "in_person",
        "language": "uk",
    }

    with committed():
        admin_client.post(f"{LIST}add/", add)
        admin_client.post(f"{LIST}add/", {**add, "email": "second@example.org"})
        duplicate = admin_client.post(f"{LIST}add/", {**add, "email": "GUEST@example.org"}, HTTP_ACCEPT_LANGUAGE="en")

    assert dict(Registration.objects.values_list("email", "status")) == {
        "guest@example.org": Status.CONFIRMED,
        "second@example.org": Status.WAITING,
    }
    assert duplicate.status_code == 200 and "already registered" in duplicate.content.decode()
    no_settings = admin_client.post(
        f"{LIST}add/", {**add, "forum": UpcomingForumFactory().pk}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert no_settings.status_code == 200 and "add its registration settings first" in no_settings.content.decode()


def test_the_status_cannot_be_edited_by_hand(admin_client, forum):
    registration = RegistrationFactory(forum=forum, status=Status.WAITING)

    submit(admin_client, f"{LIST}{registration.pk}/change/", {"status": "confirmed", "name": "Нове ім'я"})

    registration.refresh_from_db()
    assert (registration.status, registration.name) == (Status.WAITING, "Нове ім'я")


def test_downloads_need_the_permission_to_view_registrations(client, forum, people):
    client.force_login(UserFactory(is_staff=True))

    assert client.get(f"{LIST}forum/{forum.pk}/export.csv").status_code == 403
    assert client.get(f"{LIST}forum/{forum.pk}/attendance/").status_code == 403


def test_unknown_format_or_forum_is_a_404(admin_client, forum):
    assert admin_client.get(f"{LIST}forum/{forum.pk}/export.exe").status_code == 404
    assert admin_client.get(f"{LIST}forum/999999/export.csv").status_code == 404


def test_settings_are_edited_on_the_forum_page_in_the_forum_zone(admin_client):
    forum = UpcomingForumFactory(time_zone="Europe/Warsaw", status=Forum.Status.DRAFT)
    url = f"/admin/events/forum/{forum.pk}/change/"
    prefix = "registration_settings-0-"

    response = submit(
        admin_client,
        url,
        {
            f"{prefix}opens_at_0": "2026-01-10",
            f"{prefix}opens_at_1": "09:00",
            f"{prefix}in_person_capacity": "40",
            f"{prefix}optional_fields": ["organisation", "community"],
            f"{prefix}privacy_notice_pl": "Administratorem danych jest organizator.",
        },
    )

    assert response.status_code == 302, response.context["inline_admin_formsets"][-1].formset.errors
    registration_settings = RegistrationSettings.objects.get(forum=forum)
    assert registration_settings.opens_at.isoformat() == "2026-01-10T08:00:00+00:00"
    assert registration_settings.optional_fields == ["organisation", "community"]
    page = admin_client.get(url).content.decode()
    assert FormValues(page).values[f"{prefix}opens_at_1"] == ["09:00"]
    assert "Europe/Warsaw" in page


def test_an_untouched_settings_form_adds_no_settings(admin_client):
    forum = UpcomingForumFactory()

    assert submit(admin_client, f"/admin/events/forum/{forum.pk}/change/", {}).status_code == 302
    assert not RegistrationSettings.objects.exists()
