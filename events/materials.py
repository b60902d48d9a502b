"""Materials of a forum: which files organisers may upload, how they are checked and named, when they are shown.

An upload is accepted when its extension is one we serve and its content is what the
extension says (sniffed from the bytes, not taken from the browser's content type), so
that a renamed program or web page is refused.
"""

import posixpath
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .slugs import ascii_slug

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
    "ppt": "application/vnd.ms-powerpoint",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "webp": "image/webp",
}
# Opened by the browser itself; anything else is offered as a download.
SHOWN_INLINE = {"pdf", "png", "jpg", "jpeg", "webp"}
# Office Open XML: the folder that says what a zip file is.
OOXML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
# Legacy Office files are OLE2 containers (as are installers); the main stream's name says which document it is.
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
OLE2_STREAMS = {"doc": "WordDocument", "xls": "Workbook", "ppt": "PowerPoint Document"}
SIGNATURES = {"pdf": b"%PDF-", "png": b"\x89PNG\r\n\x1a\n", "jpg": b"\xff\xd8\xff", "jpeg": b"\xff\xd8\xff"}
NAME_MAX_LENGTH = 80


def extension(name):
    return posixpath.splitext(name)[1].lstrip(".").lower()


def safe_file_name(name):
    """An ASCII file name without folders: “../Презентація Житомир.PDF” -> “prezentatsiia-zhytomyr.pdf”."""
    stem, suffix = posixpath.splitext(posixpath.basename(name.replace("\\", "/")))
    suffix = "".join(character for character in suffix.lower() if character.isascii() and character.isalnum())
    stem = ascii_slug(stem, max_length=NAME_MAX_LENGTH) or "material"
    return f"{stem}.{suffix}" if suffix else stem


def material_path(material, name):
    return f"materials/{safe_file_name(name)}"


def zip_member_kind(upload):
    """What an Office Open XML or OpenDocument file is, from the members of its zip archive; None if neither."""
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                declared = archive.read("mimetype").decode("ascii", "replace").strip()
                return next((kind for kind in ("odt", "ods", "odp") if MEDIA_TYPES[kind] == declared), None)
            if "[Content_Types].xml" in names:
                return next(
                    (kind for kind, folder in OOXML_FOLDERS.items() if any(n.startswith(folder) for n in names)), None
                )
    except (zipfile.BadZipFile, OSError, EOFError, KeyError):
        return None
    return None


def content_matches(upload, kind):
    """Whether the bytes of `upload` are a `kind` file (a PDF, a PNG, a .docx…)."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if kind in SIGNATURES:
        return head.startswith(SIGNATURES[kind])
    if kind == "webp":
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    if kind in OLE2_STREAMS:
        found = head.startswith(OLE2_MAGIC) and OLE2_STREAMS[kind].encode("utf-16-le") in upload.read()
        upload.seek(0)
        return found
    if head.startswith(b"PK\x03\x04"):
        found = zip_member_kind(upload) == kind
        upload.seek(0)
        return found
    return False


def validate_material_file(value):
    """Refuse uploads that are too large, of a type we do not serve, or whose content is not what the name says."""
    if getattr(value, "_committed", True):
        return  # a file stored earlier, checked when it was uploaded
    limit = settings.MATERIAL_MAX_SIZE
    if value.size > limit:
        raise ValidationError(
            _("The file is %(size)s; a file may be at most %(limit)s."),
            code="file_too_large",
            params={"size": filesizeformat(value.size), "limit": filesizeformat(limit)},
        )
    kind = extension(value.name)
    if kind not in MEDIA_TYPES:
        raise ValidationError(
            _("Files ending in “.%(extension)s” cannot be uploaded. Upload a PDF, an office document or an image."),
            code="file_type_not_allowed",
            params={"extension": kind},
        )
    if not content_matches(value, kind):
        raise ValidationError(
            _(
                "The content of “%(name)s” is not a .%(extension)s file, whatever its name says. "
                "Upload a PDF, an office document or an image."
            ),
            code="file_content_mismatch",
            params={"name": posixpath.basename(value.name), "extension": kind},
        )


def is_shown(material, forum_is_over):
    """Whether the public sees `material` now: the organiser shows it before the forum, after it, or both."""
    Shown = type(material).Shown
    return material.shown == Shown.ALWAYS or (material.shown == Shown.AFTER) == forum_is_over


def media_type(material):
    return MEDIA_TYPES.get(extension(material.file.name), "application/octet-stream")
