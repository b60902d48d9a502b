"""Materials: uploads checked by content, size and name; shown before or after the forum; served safely."""

import datetime
import io
import zipfile

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.utils import timezone, translation

from events.admin import MaterialInline
from events.models import Forum, Material
from tests.events.programme_forums import forum_of_size, kyiv_forum, warsaw_forum
from tests.factories import SuperUserFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100


def zip_bytes(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
XLSX = zip_bytes({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
ODT = zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"})
JAR = zip_bytes({"META-INF/MANIFEST.MF": "Main-Class: Evil"})


@pytest.fixture(autouse=True)
def _media_and_language(settings, tmp_path):
    """Uploads in a scratch folder; messages in English, the source language."""
    settings.MEDIA_ROOT = tmp_path
    with translation.override("en"):
        yield


def material_form(forum, rf, name, content, **data):
    """The admin's material form (the forum page's inline), bound to an upload."""
    request = rf.get("/")
    request.user = SuperUserFactory()
    formset = MaterialInline(Forum, admin.site).get_formset(request, forum)
    fields = {"title_uk": "Презентація", "kind": "presentation", "shown": "always", "order": "0"} | data
    upload = SimpleUploadedFile(name, content)
    return formset.form(data=fields, files={"file": upload}, instance=Material(forum=forum))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("programme.pdf", PDF),
        ("slides.docx", DOCX),
        ("budget.xlsx", XLSX),
        ("report.odt", ODT),
        ("photo.png", PNG),
        ("old.doc", OLE2 + "WordDocument".encode("utf-16-le")),
    ],
)
def test_documents_and_images_are_accepted(rf, name, content):
    form = material_form(kyiv_forum(), rf, name, content)

    assert form.is_valid(), form.errors


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("programme.pdf", WINDOWS_PROGRAM),
        ("slides.docx", JAR),
        ("photo.png", b"<html><script>alert(1)</script></html>"),
        ("old.doc", OLE2 + b"an installer"),
    ],
)
def test_a_file_whose_content_is_not_what_its_name_says_is_refused(rf, name, content):
    form = material_form(kyiv_forum(), rf, name, content)

    assert not form.is_valid()
    extension = name.rsplit(".", 1)[1]
    assert form.errors["file"] == [
        f"The content of “{name}” is not a .{extension} file, whatever its name says. "
        "Upload a PDF, an office document or an image."
    ]


def test_a_renamed_program_is_refused_with_a_message_in_the_organisers_language(rf):
    with translation.override("uk"):
        form = material_form(kyiv_forum(), rf, "programme.pdf", WINDOWS_PROGRAM)
        assert not form.is_valid()
        assert "programme.pdf" in form.errors["file"][0]


def test_a_program_is_refused_by_its_type(rf):
    form = material_form(kyiv_forum(), rf, "setup.exe", WINDOWS_PROGRAM)

    assert not form.is_valid()
    assert form.errors["file"] == [
        "Files ending in “.exe” cannot be uploaded. Upload a PDF, an office document or an image."
    ]


def test_an_oversize_file_is_refused_with_the_limit(rf, settings):
    settings.MATERIAL_MAX_SIZE = 1024

    form = material_form(kyiv_forum(), rf, "programme.pdf", PDF + b"0" * 2048)

    assert not form.is_valid()
    assert form.errors["file"] == ["The file is 2.0\xa0KB; a file may be at most 1.0\xa0KB."]


def test_file_names_are_sanitised(rf):
    form = material_form(kyiv_forum(), rf, "../../Презентація Житомир.PDF", PDF)

    assert form.is_valid(), form.errors
    material = form.save()

    assert material.file.name == "materials/prezentatsiia-zhytomyr.pdf"


def test_a_material_is_a_file_or_a_link():
    forum = kyiv_forum()

    with pytest.raises(IntegrityError):
        Material.objects.create(forum=forum, title_uk="Нічого")


def test_a_slot_material_belongs_to_a_slot_of_the_forum():
    forum, other = kyiv_forum(), warsaw_forum()
    material = Material(forum=forum, slot=other.slots.first(), title_uk="Слайди", url="https://example.org/s")

    with pytest.raises(ValidationError) as error:
        material.full_clean()

    assert error.value.error_dict["slot"][0].code == "slot_of_other_forum"


def add_material(forum, name, content, **values):
    return Material.objects.create(forum=forum, file=SimpleUploadedFile(name, content), **values)


def test_forum_page_shows_materials_as_the_organiser_chooses(client):
    forum = kyiv_forum(end=timezone.now() + datetime.timedelta(days=1), start=timezone.now())
    slot = forum.slots.first()
    Material.objects.create(
        forum=forum, title_uk="Трансляція", title_en="Livestream", url="https://video.example.org/l", kind="recording"
    )
    add_material(forum, "p.pdf", PDF, title_uk="Друкована програма", shown=Material.Shown.BEFORE, kind="programme")
    add_material(forum, "s.pdf", PDF, slot=slot, title_uk="Слайди", shown=Material.Shown.AFTER)

    before = client.get(f"/uk/forums/{forum.slug}/").content.decode()
    forum.start, forum.end = forum.start - datetime.timedelta(days=3), forum.end - datetime.timedelta(days=3)
    forum.save()
    after = client.get(f"/uk/forums/{forum.slug}/").content.decode()

    assert "Трансляція" in before and "Друкована програма" in before and "Слайди" not in before
    assert "Трансляція" in after and "Друкована програма" not in after and "Слайди" in after
    assert 'href="https://video.example.org/l"' in after
    assert "PDF" in after


def test_files_are_served_with_a_safe_content_disposition(client):
    forum = kyiv_forum()
    pdf = add_material(forum, "../Програма форуму.pdf", PDF, title_uk="Програма")
    docx = add_material(forum, "slides.docx", DOCX, title_uk="Слайди")

    shown = client.get(f"/uk/forums/{forum.slug}/materials/{pdf.pk}/")
    saved = client.get(f"/pl/forums/{forum.slug}/materials/{docx.pk}/")
    again = client.get(f"/uk/forums/{forum.slug}/materials/{pdf.pk}/", headers={"If-None-Match": shown["ETag"]})

    assert shown["Content-Type"] == "application/pdf"
    assert shown["Content-Disposition"] == 'inline; filename="prohrama-forumu.pdf"'
    assert shown["X-Content-Type-Options"] == "nosniff"
    assert b"".join(shown.streaming_content) == PDF
    assert saved["Content-Disposition"] == 'attachment; filename="slides.docx"'
    assert saved["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    assert again.status_code == 304


def test_hidden_and_draft_materials_are_not_served(client, admin_client):
    forum = kyiv_forum()
    later = add_material(forum, "later.pdf", PDF, title_uk="Потім", shown=Material.Shown.AFTER)
    draft = forum_of_size(1, slug="draft", status=Forum.Status.DRAFT)
    of_draft = add_material(draft, "d.pdf", PDF, title_uk="Чернетка")

    assert client.get(f"/uk/forums/{forum.slug}/materials/{later.pk}/").status_code == 404
    assert client.get(f"/uk/forums/draft/materials/{of_draft.pk}/").status_code == 404
    assert client.get(f"/uk/forums/{forum.slug}/materials/{of_draft.pk}/").status_code == 404
    assert admin_client.get(f"/uk/forums/draft/materials/{of_draft.pk}/").status_code == 200  # the preview


def test_the_api_lists_shown_materials(client):
    forum = kyiv_forum()
    pdf = add_material(forum, "p.pdf", PDF, title_uk="Програма", title_en="Programme", kind="programme")
    add_material(forum, "later.pdf", PDF, title_uk="Потім", shown=Material.Shown.AFTER)

    materials = client.get(f"/api/v1/forums/{forum.slug}/?lang=en").json()["materials"]

    assert materials == [
        {
            "title": "Programme",
            "kind": "programme",
            "slot": None,
            "url": f"http://testserver/en/forums/{forum.slug}/materials/{pdf.pk}/",
        }
    ]
