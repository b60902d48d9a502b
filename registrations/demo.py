"""Demo registration settings: the upcoming published demo forums take registrations on the portal.

Loaded by `manage.py load_demo` after the forums (events/demo.py), with the same
rules: looked up by forum, saved only when something differs, so a second run changes nothing.
"""

from django.db import transaction

from events.demo import tr, upsert
from events.models import Forum

from .models import RegistrationSettings

PRIVACY_NOTICE = tr(
    "privacy_notice",
    uk=(
        "Організатор форуму обробляє ваше ім'я, адресу електронної пошти та відповіді з форми лише для того, "
        "щоб організувати форум і зв'язатися з вами щодо нього. Дані знеособлюються через рік після форуму. "
        "Щоб переглянути або видалити свої дані, напишіть організаторові."
    ),
    pl=(
        "Organizator forum przetwarza Twoje imię i nazwisko, adres e-mail i odpowiedzi z formularza wyłącznie po to, "
        "by zorganizować forum i kontaktować się z Tobą w jego sprawie. Dane są anonimizowane rok po forum. "
        "Aby wglądnąć w swoje dane lub je usunąć, napisz do organizatora."
    ),
    en=(
        "The organiser of the forum processes your name, email address and answers only to run the forum and to "
        "contact you about it. The data are anonymised a year after the forum. To see or erase your data, write "
        "to the organiser."
    ),
)

SETTINGS = {
    # Hybrid: places in the hall are limited, online ones are not; a waiting list for the hall.
    "wiosenna-konferencja-forum-rozwoju-lokalnego-2027": {
        "in_person_capacity": 120,
        "online_capacity": None,
        "optional_fields": ["organisation", "position", "community", "needs"],
        **tr(
            "confirmation_message",
            uk="Вхід до Палацу культури і науки — з боку площі Дефіляд.",
            pl="Wejście do Pałacu Kultury i Nauki od strony placu Defilad.",
            en="Enter the Palace of Culture and Science from Plac Defilad.",
        ),
    },
    # Online network meeting of partner cities: small, each city's registration approved by ZMP.
    "spotkanie-sieci-miast-partnerskich-frl-2027": {
        "online_capacity": 40,
        "approval_required": True,
        "optional_fields": ["organisation", "community"],
    },
}


def load_registration_settings(tally):
    with transaction.atomic():
        for slug, values in SETTINGS.items():
            forum = Forum.objects.get(slug=slug)
            upsert(RegistrationSettings, {"forum": forum}, {**PRIVACY_NOTICE, **values}, tally)
