"""PDF from an HTML template with WeasyPrint: tagged PDF/UA-1, embedded fonts, nothing fetched from the network."""

from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher

# DejaVu Sans (static/fonts/dejavu, with its licence) has every Ukrainian and Polish letter.
FONT_FILES = {
    ("normal", "normal"): "fonts/dejavu/DejaVuSans.ttf",
    ("bold", "normal"): "fonts/dejavu/DejaVuSans-Bold.ttf",
    ("normal", "italic"): "fonts/dejavu/DejaVuSans-Oblique.ttf",
}
FONT_FAMILY = "Portal Sans"


def font_path(name):
    found = finders.find(name)
    if found is None:
        raise FileNotFoundError(f"{name} is missing from the static files")
    return Path(found)


def font_faces():
    return "\n".join(
        f'@font-face {{ font-family: "{FONT_FAMILY}"; font-weight: {weight}; font-style: {style}; '
        f'src: url("{font_path(name).as_uri()}"); }}'
        for (weight, style), name in FONT_FILES.items()
    )


class LocalFilesOnly(URLFetcher):
    """Fetches our fonts, uploaded logos and data: URLs (the QR code); never anything over the network."""

    def __init__(self):
        super().__init__(allowed_protocols={"file", "data"})
        fonts = {font_path(name).parent.resolve() for name in FONT_FILES.values()}
        self.roots = [*fonts, Path(settings.MEDIA_ROOT).resolve()]

    def fetch(self, url, headers=None):
        if url.startswith("file:"):
            path = Path(url2pathname(urlsplit(url).path)).resolve()
            if not any(path.is_relative_to(root) for root in self.roots):
                raise ValueError(f"{url} is not one of the portal's own files")
        return super().fetch(url, headers)


def render_pdf(template_name, context, *, language, title):
    """The template rendered in `language` as an A4 PDF/UA-1 document whose title and language are set."""
    with translation.override(language):
        html = render_to_string(template_name, {**context, "pdf_title": title, "pdf_language": language})
    document = HTML(string=html, base_url=Path(settings.MEDIA_ROOT).as_uri() + "/", url_fetcher=LocalFilesOnly())
    return document.write_pdf(stylesheets=[CSS(string=font_faces())], pdf_variant="pdf/ua-1")
