"""The programme PDF: its text in the page's language and the forum's zone, the bilingual version, tagging, fonts."""

import io

import pytest
from pypdf import PdfReader

from events.exporters.pdf import LocalFilesOnly
from tests.events.programme_forums import kyiv_forum, warsaw_forum

pytestmark = pytest.mark.django_db


def pdf_text(content):
    """The text of a PDF with its lines joined: a title wrapped over two lines is still found."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())


def get_pdf(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    return response


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "uk",
            [
                "Форум інтегрованого розвитку Житомира",
                "Інтегрований підхід до планування",
                "Сергій Сухомлин (спікер), міський голова",
                "вул. Покровська, 6",
            ],
        ),
        (
            "pl",
            [
                "Forum zintegrowanego rozwoju Żytomierza",
                "Zintegrowane podejście do planowania",
                "Serhij Suchomłyn (prelegent), mer",
                "ul. Pokrowśka 6",
            ],
        ),
        (
            "en",
            [
                "Zhytomyr integrated development forum",
                "An integrated approach to planning",
                "Serhii Sukhomlyn (speaker), Mayor",
                "6 Pokrovska St",
            ],
        ),
    ],
)
def test_kyiv_programme_in_the_page_language_and_kyiv_time(client, language, expected):
    forum = kyiv_forum()

    response = get_pdf(client, f"/{language}/forums/{forum.slug}/programme.pdf")
    text = pdf_text(response.content)

    assert response["Content-Disposition"] == f'inline; filename="zhytomyr-forum-2027-programme-{language}.pdf"'
    for words in expected:
        assert words in text
    assert "10:00–11:00" in text  # the talk, on the forum's wall clock
    assert "15:00–16:00" in text  # the side event
    assert "UTC+03:00" in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl", ["Wiosenna konferencja w Warszawie", "Wyzwania demograficzne", "Anna Nowak (prelegent)", "Warszaw"]),
        ("uk", ["Весняна конференція у Варшаві", "Демографічні виклики", "Анна Новак (спікер)", "Варшав"]),
    ],
)
def test_warsaw_programme_keeps_warsaw_time_in_every_language(client, language, expected):
    forum = warsaw_forum()

    text = pdf_text(get_pdf(client, f"/{language}/forums/{forum.slug}/programme.pdf").content)

    for words in expected:
        assert words in text
    assert "10:00–11:30" in text
    assert "UTC+01:00" in text


def test_pdf_is_tagged_with_title_language_and_embedded_fonts(client):
    forum = kyiv_forum()

    reader = PdfReader(io.BytesIO(get_pdf(client, f"/uk/forums/{forum.slug}/programme.pdf").content))
    catalog = reader.trailer["/Root"]

    assert reader.metadata.title == "Форум інтегрованого розвитку Житомира: Програма"
    assert catalog["/Lang"] == "uk"
    assert catalog["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in catalog
    assert b"pdfuaid:part" in catalog["/Metadata"].get_object().get_data()
    fonts = [font.get_object() for page in reader.pages for font in page["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor, font["/BaseFont"]  # embedded TrueType
        assert "DejaVu" in font["/BaseFont"]


def test_bilingual_pdf_has_both_languages_and_the_original_where_a_translation_is_missing(client):
    forum = kyiv_forum()

    response = get_pdf(client, f"/pl/forums/{forum.slug}/programme-bilingual.pdf")
    text = pdf_text(response.content)

    assert response["Content-Disposition"] == 'inline; filename="zhytomyr-forum-2027-programme-bilingual-pl.pdf"'
    assert "Zintegrowane podejście do planowania" in text
    assert "Інтегрований підхід до планування" in text
    assert "Serhij Suchomłyn" in text and "Сергій Сухомлин" in text
    # The panel has only its Ukrainian title: both columns show it, neither is empty.
    assert text.count("Громади та їхні пріоритети") == 2


def test_bilingual_pdf_of_a_polish_forum_on_the_ukrainian_page(client):
    forum = warsaw_forum()

    text = pdf_text(get_pdf(client, f"/uk/forums/{forum.slug}/programme-bilingual.pdf").content)

    assert "Демографічні виклики" in text and "Wyzwania demograficzne" in text


@pytest.mark.parametrize(
    "url", ["https://cdn.example.org/font.ttf", "http://127.0.0.1/x.png", "file:///etc/passwd", "ftp://x/y"]
)
def test_pdf_renderer_fetches_only_the_portals_own_files(url):
    with pytest.raises(ValueError):
        LocalFilesOnly().fetch(url)
