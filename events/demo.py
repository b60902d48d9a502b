"""Demo data for `manage.py load_demo`: two real forums and six made-up ones.

The real ones follow their announcements: the Second Integrated Development Forum of Zhytomyr (11 September 2017)
and the inaugural seminar of the ZMP Local Development Forum (2–3 April 2020).
The others are demo events, and say so in their descriptions; their speakers are
fictional and say so in their biographies.

Loading is idempotent: each row is found by a natural key (a slug; a venue's
address and city in its country's language; a slot's forum, start and order),
validated with full_clean() and saved only when the data differs from it.
"""

import datetime
import zoneinfo
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import translation

from sessions.domain import check_no_clash
from sessions.models import AgendaSlot, SlotSpeaker, Speaker

from .models import Country, Forum, ForumOrganisation, Membership, Organisation, Series, Topic, Venue

Kind = AgendaSlot.Kind
Role = SlotSpeaker.Role
Part = ForumOrganisation.Role

KYIV = "Europe/Kyiv"
WARSAW = "Europe/Warsaw"


def tr(field, uk="", pl="", en=""):
    """The columns of a translated field (title_uk, title_pl, title_en); empty ones are left out."""
    return {f"{field}_{language}": text for language, text in (("uk", uk), ("pl", pl), ("en", en)) if text}


DEMO_NOTE = {
    "uk": "Це демонстраційний захід, вигаданий, щоб показати можливості порталу.",
    "pl": "To wydarzenie demonstracyjne, wymyślone na potrzeby prezentacji portalu.",
    "en": "This is a demo event, made up to show what the portal can do.",
}


def demo_description(**texts):
    """A made-up forum's description, each language ending with the note that it is a demo."""
    return tr("description", **{language: f"{text}\n\n{DEMO_NOTE[language]}" for language, text in texts.items()})


FICTIONAL_BIO = tr(
    "bio",
    uk="Вигадана особа з демонстраційних даних.",
    pl="Osoba fikcyjna z danych demonstracyjnych.",
    en="A fictional person in the demo data.",
)

ORGANISATIONS = [
    {
        "slug": "zhytomyr-city-council",
        **tr("name", uk="Житомирська міська рада", pl="Rada Miejska Żytomierza", en="Zhytomyr City Council"),
        **tr("city", uk="Житомир", pl="Żytomierz", en="Zhytomyr"),
        "kind": Organisation.Kind.CITY_COUNCIL,
        "country": Country.UKRAINE,
        "website": "https://zt-rada.gov.ua/",
    },
    {
        "slug": "giz",
        **tr(
            "name",
            uk="Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH",
            pl="Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH",
            en="Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH",
        ),
        **tr("short_name", uk="GIZ", pl="GIZ", en="GIZ"),
        "kind": Organisation.Kind.DONOR,
        "country": Country.OTHER,
        "website": "https://www.giz.de/",
    },
    {
        "slug": "zmp",
        **tr("name", uk="Союз польських міст", pl="Związek Miast Polskich", en="Association of Polish Cities"),
        **tr("short_name", uk="ZMP", pl="ZMP", en="ZMP"),
        **tr("city", uk="Познань", pl="Poznań", en="Poznań"),
        "kind": Organisation.Kind.ASSOCIATION,
        "country": Country.POLAND,
        "website": "https://www.zmp.poznan.pl/",
    },
    {
        "slug": "undp-ukraine",
        **tr(
            "name",
            uk="Програма розвитку ООН в Україні",
            pl="Program Narodów Zjednoczonych ds. Rozwoju w Ukrainie",
            en="United Nations Development Programme in Ukraine",
        ),
        **tr("short_name", uk="ПРООН", pl="UNDP", en="UNDP"),
        **tr("city", uk="Київ", pl="Kijów", en="Kyiv"),
        "kind": Organisation.Kind.DONOR,
        "country": Country.UKRAINE,
        "website": "https://www.undp.org/ukraine",
    },
    {
        "slug": "lublin",
        **tr("name", uk="Місто Люблін", pl="Miasto Lublin", en="City of Lublin"),
        **tr("city", uk="Люблін", pl="Lublin", en="Lublin"),
        "kind": Organisation.Kind.CITY_COUNCIL,
        "country": Country.POLAND,
        "website": "https://lublin.eu/",
    },
    {
        "slug": "auc",
        **tr("name", uk="Асоціація міст України", pl="Związek Miast Ukrainy", en="Association of Ukrainian Cities"),
        **tr("short_name", uk="АМУ", pl="AMU", en="AUC"),
        **tr("city", uk="Київ", pl="Kijów", en="Kyiv"),
        "kind": Organisation.Kind.ASSOCIATION,
        "country": Country.UKRAINE,
        "website": "https://auc.org.ua/",
    },
]

TOPICS = [
    {"slug": "demography", **tr("name", uk="Демографія", pl="Demografia", en="Demography")},
    {"slug": "local-economy", **tr("name", uk="Місцева економіка", pl="Gospodarka lokalna", en="Local economy")},
    {
        "slug": "climate-energy-efficiency",
        **tr(
            "name",
            uk="Клімат і енергоефективність",
            pl="Klimat i efektywność energetyczna",
            en="Climate and energy efficiency",
        ),
    },
    {"slug": "smart-city", **tr("name", uk="Розумне місто", pl="Miasto inteligentne", en="Smart city")},
    {
        "slug": "municipal-finance",
        **tr("name", uk="Муніципальні фінанси", pl="Finanse samorządowe", en="Municipal finance"),
    },
    {
        "slug": "municipal-real-estate",
        **tr("name", uk="Комунальна нерухомість", pl="Gospodarka nieruchomościami", en="Municipal real estate"),
    },
    {
        "slug": "administrative-services",
        **tr("name", uk="Адміністративні послуги", pl="Usługi administracyjne", en="Administrative services"),
    },
    {
        "slug": "integrated-urban-development",
        **tr(
            "name",
            uk="Інтегрований розвиток міст",
            pl="Zintegrowany rozwój miast",
            en="Integrated urban development",
        ),
    },
    {
        "slug": "public-participation",
        **tr("name", uk="Участь громадськості", pl="Partycypacja społeczna", en="Public participation"),
    },
]

SERIES = [
    {
        "slug": "uruchomienie-endogennych-potencjalow",
        "organiser": "zmp",
        **tr(
            "name",
            uk="Розкриття ендогенних потенціалів як умова розвитку малих і середніх міст Польщі",
            pl="Uruchomienie endogennych potencjałów warunkiem rozwoju małych i średnich miast w Polsce",
            en="Unlocking endogenous potential as a condition for the development of small and medium-sized "
            "towns in Poland",
        ),
        **tr(
            "description",
            pl="Cykl otwartych seminariów Forum Rozwoju Lokalnego z 2020 roku dla małych i średnich miast: "
            "o czynnikach rozwoju, które tkwią w samych miastach, i o tym, jak je uruchomić.",
            en="The Local Development Forum's 2020 cycle of open seminars for small and medium-sized towns: "
            "the drivers of development found in the towns themselves, and how to set them to work.",
        ),
    },
    {
        "slug": "frl-partner-cities-network",
        "organiser": "zmp",
        **tr(
            "name",
            uk="Зустрічі мережі міст-партнерів Форуму місцевого розвитку",
            pl="Spotkania sieci miast partnerskich Forum Rozwoju Lokalnego",
            en="Local Development Forum partner cities network meetings",
        ),
        **tr(
            "description",
            pl="Seria demonstracyjna: regularne spotkania miast, które wymieniają się doświadczeniami.",
            en="A demo series: regular meetings of cities that share what they have learnt.",
        ),
    },
]

# Keyed by a name used only in this module; in the database a venue is known by its address and city.
VENUES = {
    "zhytomyr-lsg-centre": {
        **tr(
            "name",
            uk="Житомирський відокремлений підрозділ установи «Центр розвитку місцевого самоврядування»",
            pl="Oddział w Żytomierzu instytucji „Centrum Rozwoju Samorządu Lokalnego”",
            en="Zhytomyr branch of the Local Self-Government Development Centre",
        ),
        **tr("address", uk="вул. Михайлівська, 8/1", pl="ul. Mychajliwśka 8/1", en="8/1 Mykhailivska St"),
        **tr("city", uk="Житомир", pl="Żytomierz", en="Zhytomyr"),
        "country": Country.UKRAINE,
    },
    "zhytomyr-2030-centre": {
        **tr(
            "name",
            uk="Інформаційний центр інтегрованого розвитку Житомира 2030",
            pl="Centrum Informacyjne Zintegrowanego Rozwoju Żytomierza 2030",
            en="Zhytomyr 2030 Integrated Development Information Centre",
        ),
        **tr("address", uk="вул. Покровська, 6", pl="ul. Pokrowśka 6", en="6 Pokrovska St"),
        **tr("city", uk="Житомир", pl="Żytomierz", en="Zhytomyr"),
        **tr("directions", uk="другий поверх", pl="drugie piętro", en="second floor"),
        "country": Country.UKRAINE,
    },
    "ukrainian-house": {
        **tr("name", uk="Український дім", pl="Dom Ukraiński", en="Ukrainian House"),
        **tr("address", uk="вул. Хрещатик, 2", pl="ul. Chreszczatyk 2", en="2 Khreshchatyk St"),
        **tr("city", uk="Київ", pl="Kijów", en="Kyiv"),
        "country": Country.UKRAINE,
    },
    "palace-of-culture": {
        **tr("name", uk="Палац культури і науки", pl="Pałac Kultury i Nauki", en="Palace of Culture and Science"),
        **tr("address", uk="пл. Дефіляд, 1", pl="plac Defilad 1", en="1 Defilad Square"),
        **tr("city", uk="Варшава", pl="Warszawa", en="Warsaw"),
        "country": Country.POLAND,
    },
    "lublin-city-hall": {
        **tr("name", uk="Міська управа Любліна", pl="Urząd Miasta Lublin", en="Lublin City Hall"),
        **tr(
            "address",
            uk="пл. Короля Владислава Локетка, 1",
            pl="pl. Króla Władysława Łokietka 1",
            en="1 Króla Władysława Łokietka Square",
        ),
        **tr("city", uk="Люблін", pl="Lublin", en="Lublin"),
        "country": Country.POLAND,
    },
    "lublin-meeting-of-cultures": {
        **tr(
            "name",
            uk="Центр зустрічі культур",
            pl="Centrum Spotkania Kultur",
            en="Centre for the Meeting of Cultures",
        ),
        **tr("address", uk="пл. Театральна, 1", pl="pl. Teatralny 1", en="1 Teatralny Square"),
        **tr("city", uk="Люблін", pl="Lublin", en="Lublin"),
        "country": Country.POLAND,
    },
}

GIZ_PROJECT = {
    "uk": "«Інтегрований розвиток міст в Україні»",
    "pl": "„Zintegrowany rozwój miast na Ukrainie”",
    "en": "“Integrated Urban Development in Ukraine”",
}

SPEAKERS = [
    # The real speakers of the Zhytomyr forum: name and position as announced.
    {
        "slug": "serhii-sukhomlyn",
        **tr("full_name", uk="Сергій Сухомлин", pl="Serhij Suchomłyn", en="Serhii Sukhomlyn"),
        **tr("position", uk="міський голова Житомира", pl="mer Żytomierza", en="Mayor of Zhytomyr"),
        "affiliation": "zhytomyr-city-council",
    },
    {
        "slug": "mathias-brandt",
        **tr("full_name", uk="Матіас Брандт", pl="Mathias Brandt", en="Mathias Brandt"),
        **tr(
            "position",
            uk=f"директор проекту {GIZ_PROJECT['uk']}",
            pl=f"dyrektor projektu {GIZ_PROJECT['pl']}",
            en=f"Director of the project {GIZ_PROJECT['en']}",
        ),
        "affiliation": "giz",
    },
    {
        "slug": "mykola-kostrytsia",
        **tr("full_name", uk="Микола Костриця", pl="Mykoła Kostrycia", en="Mykola Kostrytsia"),
        **tr(
            "position",
            uk="директор департаменту економічного розвитку Житомирської міської ради",
            pl="dyrektor Departamentu Rozwoju Gospodarczego Rady Miejskiej Żytomierza",
            en="Director of the Economic Development Department, Zhytomyr City Council",
        ),
        "affiliation": "zhytomyr-city-council",
    },
    {
        "slug": "mariia-baida",
        **tr("full_name", uk="Марія Байда", pl="Marija Bajda", en="Mariia Baida"),
        **tr(
            "position",
            uk="керівник проектного офісу GIZ в місті Житомир",
            pl="kierowniczka biura projektowego GIZ w Żytomierzu",
            en="Head of the GIZ project office in Zhytomyr",
        ),
        "affiliation": "giz",
    },
    # Fictional people for the demo forums.
    {
        "slug": "anna-nowak",
        **tr("full_name", uk="Анна Новак", pl="Anna Nowak", en="Anna Nowak"),
        **tr("position", uk="координаторка програми", pl="koordynatorka programu", en="programme coordinator"),
        "affiliation": "zmp",
        **FICTIONAL_BIO,
    },
    {
        "slug": "piotr-wisniewski",
        **tr("full_name", uk="Пьотр Вишневський", pl="Piotr Wiśniewski", en="Piotr Wiśniewski"),
        **tr(
            "position",
            uk="експерт з муніципальних фінансів",
            pl="ekspert ds. finansów samorządowych",
            en="municipal finance expert",
        ),
        **FICTIONAL_BIO,
    },
    {
        "slug": "katarzyna-zielinska",
        **tr("full_name", uk="Катажина Зелінська", pl="Katarzyna Zielińska", en="Katarzyna Zielińska"),
        **tr("position", uk="скарбниця міста", pl="skarbniczka miasta", en="city treasurer"),
        **tr(
            "affiliation_text",
            uk="міська управа середнього міста",
            pl="urząd średniej wielkości miasta",
            en="city hall of a medium-sized town",
        ),
        **FICTIONAL_BIO,
    },
    {
        "slug": "tomasz-lewandowski",
        **tr("full_name", uk="Томаш Левандовський", pl="Tomasz Lewandowski", en="Tomasz Lewandowski"),
        **tr(
            "position",
            uk="тренер з громадської участі",
            pl="trener partycypacji obywatelskiej",
            en="public participation trainer",
        ),
        **tr("affiliation_text", uk="громадська організація", pl="organizacja pozarządowa", en="NGO"),
        **FICTIONAL_BIO,
    },
    {
        "slug": "ewa-kaminska",
        **tr("full_name", uk="Ева Камінська", pl="Ewa Kamińska", en="Ewa Kamińska"),
        **tr(
            "position",
            uk="експертка з управління нерухомістю",
            pl="ekspertka ds. gospodarki nieruchomościami",
            en="real estate management expert",
        ),
        **FICTIONAL_BIO,
    },
    {
        "slug": "michal-wojcik",
        **tr("full_name", uk="Міхал Вуйцік", pl="Michał Wójcik", en="Michał Wójcik"),
        **tr(
            "position",
            uk="фахівець з обслуговування мешканців",
            pl="specjalista ds. obsługi mieszkańców",
            en="residents' services specialist",
        ),
        "affiliation": "lublin",
        **FICTIONAL_BIO,
    },
    {
        "slug": "olena-kovalchuk",
        **tr("full_name", uk="Олена Ковальчук", pl="Ołena Kowalczuk", en="Olena Kovalchuk"),
        **tr(
            "position",
            uk="фахівчиня зі стратегічного планування",
            pl="specjalistka ds. planowania strategicznego",
            en="strategic planning specialist",
        ),
        "affiliation": "zhytomyr-city-council",
        **FICTIONAL_BIO,
    },
    {
        "slug": "bohdan-lytvynenko",
        **tr("full_name", uk="Богдан Литвиненко", pl="Bohdan Łytwynenko", en="Bohdan Lytvynenko"),
        **tr("position", uk="енергоаудитор", pl="audytor energetyczny", en="energy auditor"),
        **FICTIONAL_BIO,
    },
    {
        "slug": "iryna-bondar",
        **tr("full_name", uk="Ірина Бондар", pl="Iryna Bondar", en="Iryna Bondar"),
        **tr(
            "position",
            uk="експертка з фінансування енергоефективних проектів",
            pl="ekspertka ds. finansowania projektów efektywności energetycznej",
            en="energy efficiency finance expert",
        ),
        **FICTIONAL_BIO,
    },
    {
        "slug": "nataliia-kravets",
        **tr("full_name", uk="Наталія Кравець", pl="Natalija Krawec", en="Nataliia Kravets"),
        **tr("position", uk="координаторка проектів", pl="koordynatorka projektów", en="project coordinator"),
        "affiliation": "undp-ukraine",
        **FICTIONAL_BIO,
    },
    {
        "slug": "taras-hnatiuk",
        **tr("full_name", uk="Тарас Гнатюк", pl="Taras Hnatiuk", en="Taras Hnatiuk"),
        **tr("position", uk="фасилітатор", pl="facylitator", en="facilitator"),
        "affiliation": "auc",
        **FICTIONAL_BIO,
    },
    {
        "slug": "oksana-tkachenko",
        **tr("full_name", uk="Оксана Ткаченко", pl="Oksana Tkaczenko", en="Oksana Tkachenko"),
        **tr("position", uk="фасилітаторка", pl="facylitatorka", en="facilitator"),
        **tr("affiliation_text", uk="громадська організація", pl="organizacja pozarządowa", en="NGO"),
        **FICTIONAL_BIO,
    },
    {
        "slug": "viktor-savchenko",
        **tr("full_name", uk="Віктор Савченко", pl="Wiktor Sawczenko", en="Viktor Savchenko"),
        **tr(
            "position",
            uk="експерт з міського планування",
            pl="ekspert ds. planowania miejskiego",
            en="urban planning expert",
        ),
        **FICTIONAL_BIO,
    },
]

QUESTIONS = tr("title", uk="Питання та відповіді", pl="Pytania i odpowiedzi", en="Questions and answers")

ZHYTOMYR_2017 = {
    "slug": "druhyi-forum-intehrovanyi-rozvytok-zhytomyra-2017",
    **tr(
        "title",
        uk="Другий форум «Інтегрований розвиток Житомира»",
        pl="II Forum „Zintegrowany rozwój Żytomierza”",
        en="Second Forum “Integrated Development of Zhytomyr”",
    ),
    **tr(
        "summary",
        uk="Мешканці, міська влада та експерти разом визначали пріоритети розвитку Житомира до 2030 року.",
        pl="Mieszkańcy, władze miasta i eksperci wspólnie określali priorytety rozwoju Żytomierza do 2030 roku.",
        en="Residents, the city authorities and experts set out together the priorities for Zhytomyr up to 2030.",
    ),
    **tr(
        "description",
        uk="Другий форум про інтегрований розвиток Житомира мав налагодити співпрацю між мешканцями та міською "
        "владою. Після коротких виступів міського голови, керівництва проекту та міських фахівців учасники "
        "сіли за столи «Світового кафе» й експрес-методом оцінили, які напрями розвитку місту потрібні "
        "найбільше.\n\n"
        "Результати мали врахувати українські та іноземні експерти, які готували Концепцію інтегрованого "
        "розвитку Житомира. По завершенні учасників запросили на відкриття Інформаційного центру «Житомир 2030» "
        "та офісу проекту, де планували оголосити переможця громадського голосування за демонстраційний "
        "проект на 2018 рік.",
        en="The second forum on the integrated development of Zhytomyr set out to build working ties between "
        "residents and the city authorities. After short talks by the mayor, the project's leaders and city "
        "officials, participants sat down at World Café tables for a quick assessment of which lines of "
        "development the city needs most.\n\n"
        "The results were to feed into the Integrated Development Concept for Zhytomyr, then being drafted by "
        "Ukrainian and international experts. Afterwards participants were invited to the opening of the "
        "Zhytomyr 2030 Information Centre and the project office, where the winner of the public vote for a "
        "demonstration project for 2018 was to be announced.",
    ),
    "format": Forum.Format.FORUM,
    "status": Forum.Status.PUBLISHED,
    "time_zone": KYIV,
    # The announcement gives no time for the office opening after 18:00: one hour is assumed.
    "start": "2017-09-11 15:00",
    "end": "2017-09-11 19:00",
    "main_language": "uk",
    "languages": ["uk"],
    "participation_mode": Forum.Mode.IN_PERSON,
    "venue": "zhytomyr-lsg-centre",
    **tr("host_city", uk="Житомир", pl="Żytomierz", en="Zhytomyr"),
    "country": Country.UKRAINE,
    "organisations": [("zhytomyr-city-council", Part.ORGANISER), ("giz", Part.CO_ORGANISER)],
    "topics": ["integrated-urban-development", "public-participation"],
    "slots": [
        {
            "start": "2017-09-11 15:00",
            "end": "2017-09-11 15:15",
            "kind": Kind.TALK,
            **tr(
                "title",
                uk="Інтегрований підхід до міського планування: виклики сьогодення",
                pl="Zintegrowane podejście do planowania miejskiego: współczesne wyzwania",
                en="An integrated approach to urban planning: today's challenges",
            ),
            "speakers": [("serhii-sukhomlyn", Role.SPEAKER)],
        },
        {
            "start": "2017-09-11 15:15",
            "end": "2017-09-11 15:30",
            "kind": Kind.TALK,
            **tr(
                "title",
                uk="Європейські пріоритети для розвитку сучасних українських міст",
                pl="Europejskie priorytety rozwoju współczesnych miast ukraińskich",
                en="European priorities for the development of modern Ukrainian cities",
            ),
            "speakers": [("mathias-brandt", Role.SPEAKER)],
        },
        {
            "start": "2017-09-11 15:30",
            "end": "2017-09-11 15:40",
            "kind": Kind.PRESENTATION,
            **tr(
                "title",
                uk="Інтегрований розвиток Житомира: де ми зараз",
                pl="Zintegrowany rozwój Żytomierza: gdzie jesteśmy teraz",
                en="Integrated development of Zhytomyr: where we are now",
            ),
            **tr(
                "description",
                uk=f"Презентація напрацювань проекту {GIZ_PROJECT['uk']}",
                pl=f"Prezentacja dotychczasowych wyników projektu {GIZ_PROJECT['pl']}",
                en=f"Presentation of the work done so far in the project {GIZ_PROJECT['en']}",
            ),
            "speakers": [("mykola-kostrytsia", Role.SPEAKER)],
        },
        {
            "start": "2017-09-11 15:40",
            "end": "2017-09-11 15:50",
            "kind": Kind.PRESENTATION,
            **tr(
                "title",
                uk="Пріоритетні напрями впровадження проекту у 2017 - 2018 роках",
                pl="Priorytetowe kierunki realizacji projektu w latach 2017–2018",
                en="Priority areas of the project's implementation in 2017–2018",
            ),
            **tr(
                "description",
                uk=f"Презентація цілей проекту {GIZ_PROJECT['uk']}",
                pl=f"Prezentacja celów projektu {GIZ_PROJECT['pl']}",
                en=f"Presentation of the goals of the project {GIZ_PROJECT['en']}",
            ),
            "speakers": [("mariia-baida", Role.SPEAKER)],
        },
        {"start": "2017-09-11 15:50", "end": "2017-09-11 16:00", "kind": Kind.QA, **QUESTIONS},
        {
            "start": "2017-09-11 16:00",
            "end": "2017-09-11 16:10",
            "kind": Kind.BREAK,
            **tr("title", uk="Перерва", pl="Przerwa", en="Break"),
        },
        {
            "start": "2017-09-11 16:10",
            "end": "2017-09-11 17:50",
            "kind": Kind.WORLD_CAFE,
            **tr(
                "title",
                uk="Робота в форматі «Світове кафе» над аналізом пріоритетів розвитку Житомира до 2030 року",
                pl="Praca w formule „World Café”: analiza priorytetów rozwoju Żytomierza do 2030 roku",
                en="World Café: analysing Zhytomyr's development priorities up to 2030",
            ),
        },
        {
            "start": "2017-09-11 17:50",
            "end": "2017-09-11 18:00",
            "kind": Kind.CLOSING,
            **tr(
                "title",
                uk="Підбиття підсумків роботи у форматі «Світове кафе»",
                pl="Podsumowanie pracy w formule „World Café”",
                en="Summing up the World Café",
            ),
            **tr(
                "description",
                uk=f"Завершення форуму та перехід на урочисте відкриття офісу проекту {GIZ_PROJECT['uk']}, "
                "вул. Покровська 6.",
                pl=f"Zakończenie forum i przejście na uroczyste otwarcie biura projektu {GIZ_PROJECT['pl']}, "
                "ul. Pokrowśka 6.",
                en=f"Close of the forum; participants go on to the official opening of the office of the project "
                f"{GIZ_PROJECT['en']}, 6 Pokrovska St.",
            ),
        },
        {
            "start": "2017-09-11 18:00",
            "end": "2017-09-11 19:00",
            "kind": Kind.OPENING,
            "venue": "zhytomyr-2030-centre",
            **tr(
                "title",
                uk="Урочисте відкриття Інформаційного центру інтегрованого розвитку Житомира 2030 та офісу "
                f"проекту {GIZ_PROJECT['uk']}",
                pl="Uroczyste otwarcie Centrum Informacyjnego Zintegrowanego Rozwoju Żytomierza 2030 i biura "
                f"projektu {GIZ_PROJECT['pl']}",
                en="Official opening of the Zhytomyr 2030 Integrated Development Information Centre and of the "
                f"office of the project {GIZ_PROJECT['en']}",
            ),
            **tr(
                "description",
                uk="Оголошення результатів громадського голосування за найкращий демонстраційний проект, "
                "який реалізують у 2018 році.",
                pl="Ogłoszenie wyników głosowania mieszkańców na najlepszy projekt demonstracyjny do realizacji "
                "w 2018 roku.",
                en="Announcement of the public vote for the best demonstration project, to be carried out in 2018.",
            ),
        },
    ],
}

ZMP_2020 = {
    "slug": "wyzwania-demograficzne-a-endogenne-potencjaly-rozwoju",
    **tr(
        "title",
        uk="Демографічні виклики та ендогенні потенціали розвитку",
        pl="Wyzwania demograficzne a endogenne potencjały rozwoju",
        en="Demographic challenges and endogenous development potential",
    ),
    **tr(
        "summary",
        uk="Перший семінар Форуму місцевого розвитку Союзу польських міст: як демографічні зміни впливають "
        "на власні ресурси розвитку малих і середніх міст.",
        pl="Pierwsze seminarium Forum Rozwoju Lokalnego ZMP: jak zmiany demograficzne wpływają na własne "
        "zasoby rozwojowe małych i średnich miast.",
        en="The first seminar of the ZMP Local Development Forum: how demographic change affects the "
        "home-grown development resources of small and medium-sized towns.",
    ),
    **tr(
        "description",
        pl="Tym seminarium Związek Miast Polskich otwiera Forum Rozwoju Lokalnego – miejsce rozmowy miast, "
        "administracji rządowej i ekspertów o rozwoju opartym na własnych zasobach. Pierwsze spotkanie dotyczy "
        "zmian demograficznych i tego, co oznaczają dla potencjału rozwojowego miast.\n\n"
        "Drugiego dnia uczestnicy wspólnie ustalają tematy kolejnych seminariów cyklu; punktem wyjścia są "
        "wyniki ankiety, którą Biuro ZMP rozesłało do miast. Seminarium odbywa się online.",
        en="With this seminar the Association of Polish Cities opens its Local Development Forum, a place where "
        "cities, central government and experts discuss development built on local resources. The first "
        "meeting looks at demographic change and what it means for the development potential of towns.\n\n"
        "On the second day participants agree together on the topics of the next seminars in the cycle, "
        "starting from a survey the ZMP office sent to the cities. The seminar takes place online.",
    ),
    "format": Forum.Format.SEMINAR,
    "status": Forum.Status.PUBLISHED,
    "time_zone": WARSAW,
    # The announcement gives the dates only: 10:00–14:00 on both days is assumed.
    "start": "2020-04-02 10:00",
    "end": "2020-04-03 14:00",
    "main_language": "pl",
    "languages": ["pl"],
    "participation_mode": Forum.Mode.ONLINE,
    # The real webinar link is unknown; a published online forum needs one (forum_published_online_has_link).
    "join_url": "https://zmp.poznan.pl/frl/webinar",
    **tr("host_city", uk="Варшава", pl="Warszawa", en="Warsaw"),
    "country": Country.POLAND,
    "series": "uruchomienie-endogennych-potencjalow",
    **tr("contact_name", uk="Магдалена Скварська", pl="Magdalena Skwarska", en="Magdalena Skwarska"),
    "contact_email": "seminariafrl@zmp.poznan.pl",
    "organisations": [("zmp", Part.ORGANISER)],
    "topics": [
        "demography",
        "local-economy",
        "climate-energy-efficiency",
        "smart-city",
        "municipal-finance",
        "municipal-real-estate",
    ],
    "slots": [
        {
            "start": "2020-04-02 10:00",
            "end": "2020-04-02 14:00",
            "kind": Kind.TALK,
            **tr(
                "title",
                uk="Демографічні зміни та їхній вплив на потенціал розвитку місцевої громади",
                pl="Zmiany demograficzne i ich wpływ na potencjał rozwoju lokalnej społeczności",
                en="Demographic change and its effect on a local community's development potential",
            ),
        },
        {
            "start": "2020-04-03 12:00",
            "end": "2020-04-03 14:00",
            "kind": Kind.WORKING_GROUP,
            **tr(
                "title",
                uk="Визначення тематики наступних зустрічей",
                pl="Wypracowanie tematyki kolejnych spotkań",
                en="Choosing the topics of the next meetings",
            ),
            **tr(
                "description",
                uk="Програму семінарів циклу міста формують разом із Союзом; основою є онлайн-анкета для міст.",
                pl="Miasta współtworzą program kolejnych seminariów cyklu; punktem wyjścia jest ankieta online.",
                en="The cities shape the programme of the next seminars together with ZMP, starting from an "
                "online survey.",
            ),
        },
    ],
}

SPRING_CONFERENCE_2027 = {
    "slug": "wiosenna-konferencja-forum-rozwoju-lokalnego-2027",
    **tr(
        "title",
        uk="Весняна конференція Форуму місцевого розвитку 2027",
        pl="Wiosenna Konferencja Forum Rozwoju Lokalnego 2027",
        en="Local Development Forum Spring Conference 2027",
    ),
    **tr(
        "summary",
        pl="Ogólnopolskie spotkanie miast o finansowaniu rozwoju lokalnego, na miejscu i z transmisją online.",
        en="A national meeting of towns and cities on financing local development, on site and streamed online.",
    ),
    **demo_description(
        pl="Debata ekspertów o tym, jak finansować rozwój lokalny w kolejnych latach, a po przerwie praktyczne "
        "warsztaty w dwóch równoległych salach. Można przyjechać na miejsce albo śledzić obrady online.",
        en="An expert debate on financing local development in the years ahead, then practical workshops in two "
        "parallel rooms. Come in person or follow online.",
    ),
    "format": Forum.Format.CONFERENCE,
    "status": Forum.Status.PUBLISHED,
    "time_zone": WARSAW,
    "start": "2027-04-15 10:00",
    "end": "2027-04-15 14:30",
    "main_language": "pl",
    "languages": ["pl", "uk"],
    "participation_mode": Forum.Mode.HYBRID,
    "venue": "palace-of-culture",
    "livestream_url": "https://stream.example.org/frl-spring-conference-2027",
    **tr("host_city", uk="Варшава", pl="Warszawa", en="Warsaw"),
    "country": Country.POLAND,
    "organisations": [("zmp", Part.ORGANISER), ("lublin", Part.PARTNER)],
    "topics": ["municipal-finance", "public-participation", "municipal-real-estate"],
    "slots": [
        {
            "start": "2027-04-15 10:00",
            "end": "2027-04-15 10:20",
            "kind": Kind.OPENING,
            **tr("title", uk="Відкриття конференції", pl="Otwarcie konferencji", en="Opening of the conference"),
            "speakers": [("anna-nowak", Role.SPEAKER)],
        },
        {
            "start": "2027-04-15 10:20",
            "end": "2027-04-15 11:50",
            "kind": Kind.PANEL,
            **tr(
                "title",
                uk="Як фінансувати місцевий розвиток після 2027 року?",
                pl="Jak finansować rozwój lokalny po 2027 roku?",
                en="How to finance local development after 2027?",
            ),
            "speakers": [
                ("piotr-wisniewski", Role.MODERATOR),
                ("katarzyna-zielinska", Role.PANELLIST),
                ("olena-kovalchuk", Role.PANELLIST),
            ],
        },
        {
            "start": "2027-04-15 11:50",
            "end": "2027-04-15 12:20",
            "kind": Kind.BREAK,
            **tr("title", uk="Кава-пауза", pl="Przerwa kawowa", en="Coffee break"),
        },
        {
            "start": "2027-04-15 12:20",
            "end": "2027-04-15 13:50",
            "kind": Kind.WORKSHOP,
            **tr("room", uk="Зала A", pl="Sala A", en="Room A"),
            **tr(
                "title",
                uk="Громадський бюджет у малому місті",
                pl="Budżet obywatelski w małym mieście",
                en="Participatory budgeting in a small town",
            ),
            "speakers": [("tomasz-lewandowski", Role.TRAINER)],
        },
        {
            "start": "2027-04-15 12:20",
            "end": "2027-04-15 13:50",
            "order": 1,
            "kind": Kind.WORKSHOP,
            **tr("room", uk="Зала B", pl="Sala B", en="Room B"),
            **tr(
                "title",
                uk="Як краще використовувати комунальну нерухомість",
                pl="Jak lepiej wykorzystać gminny zasób nieruchomości",
                en="Making better use of municipal real estate",
            ),
            "speakers": [("ewa-kaminska", Role.FACILITATOR)],
        },
        {
            "start": "2027-04-15 14:00",
            "end": "2027-04-15 14:30",
            "kind": Kind.CLOSING,
            **tr(
                "title",
                uk="Висновки та закриття конференції",
                pl="Wnioski i zamknięcie konferencji",
                en="Conclusions and close of the conference",
            ),
            "speakers": [("anna-nowak", Role.SPEAKER)],
        },
    ],
}

ENERGY_WEBINAR_2025 = {
    "slug": "vebinar-enerhoefektyvnist-biudzhetnykh-budivel-2025",
    **tr(
        "title",
        uk="Вебінар: енергоефективність бюджетних будівель громади",
        pl="Webinarium: efektywność energetyczna budynków komunalnych",
        en="Webinar: energy efficiency of municipal buildings",
    ),
    **tr(
        "summary",
        uk="Практичний онлайн-семінар для громад: як зменшити витрати на енергію в школах, лікарнях та "
        "адміністративних будівлях.",
        en="A practical online session for municipalities on cutting energy costs in schools, hospitals and offices.",
    ),
    **demo_description(
        uk="Тренер покаже, з чого почати енергоаудит бюджетних будівель і як налагодити облік споживання, а "
        "експертка розповість про гранти й кредити на енергоефективні проекти. Наприкінці — відповіді на "
        "запитання учасників.",
        en="A trainer shows where to start an energy audit of public buildings and how to track consumption; an "
        "expert then covers grants and loans for energy efficiency projects. Questions close the session.",
    ),
    "format": Forum.Format.WEBINAR,
    "status": Forum.Status.PUBLISHED,
    "time_zone": KYIV,
    "start": "2025-10-14 11:00",
    "end": "2025-10-14 12:30",
    "main_language": "uk",
    "languages": ["uk"],
    "participation_mode": Forum.Mode.ONLINE,
    "join_url": "https://meet.example.org/undp-energy-efficiency-2025",
    **tr("host_city", uk="Київ", pl="Kijów", en="Kyiv"),
    "country": Country.UKRAINE,
    "organisations": [("undp-ukraine", Part.ORGANISER), ("auc", Part.PARTNER)],
    "topics": ["climate-energy-efficiency", "municipal-finance"],
    "slots": [
        {
            "start": "2025-10-14 11:00",
            "end": "2025-10-14 11:40",
            "kind": Kind.TRAINING,
            **tr(
                "title",
                uk="Енергоаудит і енергоменеджмент у бюджетних будівлях",
                pl="Audyt energetyczny i zarządzanie energią w budynkach publicznych",
                en="Energy audits and energy management in public buildings",
            ),
            "speakers": [("bohdan-lytvynenko", Role.TRAINER)],
        },
        {
            "start": "2025-10-14 11:40",
            "end": "2025-10-14 12:10",
            "kind": Kind.PRESENTATION,
            **tr(
                "title",
                uk="Гранти та кредити на енергоефективні проекти громад",
                pl="Granty i kredyty na projekty efektywności energetycznej gmin",
                en="Grants and loans for municipal energy efficiency projects",
            ),
            "speakers": [("iryna-bondar", Role.SPEAKER)],
        },
        {
            "start": "2025-10-14 12:10",
            "end": "2025-10-14 12:30",
            "kind": Kind.QA,
            **QUESTIONS,
            "speakers": [("nataliia-kravets", Role.MODERATOR)],
        },
    ],
}

LUBLIN_STUDY_VISIT_2026 = {
    "slug": "navchalnyi-vizyt-zhytomyr-liublin-2026",
    **tr(
        "title",
        uk="Навчальний візит делегації Житомира до Любліна",
        pl="Wizyta studyjna delegacji z Żytomierza w Lublinie",
        en="Study visit of a Zhytomyr delegation to Lublin",
    ),
    **tr(
        "summary",
        uk="Два дні в Любліні для команди Житомирської міської ради: обслуговування мешканців, ревіталізація "
        "та співпраця з громадськими організаціями.",
        en="Two days in Lublin for a Zhytomyr City Council team: services for residents, regeneration and "
        "working with NGOs.",
    ),
    **demo_description(
        uk="Делегація Житомира знайомиться з тим, як Люблін надає адміністративні послуги, залучає мешканців до "
        "рішень і оновлює міські простори. Другого дня учасники разом вирішують, які з побачених рішень варто "
        "спробувати вдома.",
        en="The Zhytomyr delegation sees how Lublin runs its services for residents, involves them in decisions "
        "and renews public spaces. On the second day the group decides which ideas to try at home.",
    ),
    "format": Forum.Format.STUDY_VISIT,
    "status": Forum.Status.PUBLISHED,
    "time_zone": WARSAW,
    "start": "2026-06-16 09:00",
    "end": "2026-06-17 12:00",
    "main_language": "uk",
    "languages": ["uk", "pl"],
    "participation_mode": Forum.Mode.IN_PERSON,
    "venue": "lublin-city-hall",
    **tr("host_city", uk="Люблін", pl="Lublin", en="Lublin"),
    "country": Country.POLAND,
    "organisations": [
        ("zhytomyr-city-council", Part.ORGANISER),
        ("lublin", Part.CO_ORGANISER),
        ("giz", Part.FUNDER),
    ],
    "topics": ["administrative-services", "public-participation", "integrated-urban-development"],
    "slots": [
        {
            "start": "2026-06-16 09:00",
            "end": "2026-06-16 10:30",
            "kind": Kind.TALK,
            **tr(
                "title",
                uk="Як Люблін працює з мешканцями",
                pl="Jak Lublin współpracuje z mieszkańcami",
                en="How Lublin works with its residents",
            ),
            "speakers": [("michal-wojcik", Role.SPEAKER)],
        },
        {
            "start": "2026-06-16 11:00",
            "end": "2026-06-16 13:00",
            "kind": Kind.SITE_VISIT,
            **tr(
                "title",
                uk="Відвідування Бюро обслуговування мешканців",
                pl="Wizyta w Biurze Obsługi Mieszkańców",
                en="Visit to the Residents' Service Office",
            ),
            "speakers": [("michal-wojcik", Role.SPEAKER)],
        },
        {
            "start": "2026-06-16 14:30",
            "end": "2026-06-16 16:30",
            "kind": Kind.SITE_VISIT,
            "venue": "lublin-meeting-of-cultures",
            **tr(
                "title",
                uk="Центр зустрічі культур: як ревіталізація змінює місто",
                pl="Centrum Spotkania Kultur: jak rewitalizacja zmienia miasto",
                en="Centre for the Meeting of Cultures: how regeneration changes a city",
            ),
        },
        {
            "start": "2026-06-17 09:30",
            "end": "2026-06-17 12:00",
            "kind": Kind.WORKING_GROUP,
            **tr(
                "title",
                uk="Що Житомир може перейняти: робоча зустріч делегації",
                pl="Co Żytomierz może przenieść do siebie: spotkanie robocze delegacji",
                en="What Zhytomyr can take home: working session of the delegation",
            ),
            "speakers": [("olena-kovalchuk", Role.MODERATOR)],
        },
    ],
}

OPEN_SPACE_2027 = {
    "slug": "vidkrytyi-prostir-misto-dlia-molodi-2027",
    **tr(
        "title",
        uk="Відкритий простір «Місто для молоді»",
        pl="Open space „Miasto dla młodych”",
        en="Open Space “A City for Young People”",
    ),
    **tr(
        "summary",
        uk="Молодь, посадовці та громадські організації самі складають порядок денний і шукають, як зробити "
        "місто зручнішим для молодих людей.",
        en="Young people, officials and NGOs set their own agenda to make the city work better for the young.",
    ),
    **demo_description(
        uk="Програму формують учасники на початку дня: кожен може запропонувати тему, а обговорення тривають у "
        "кількох групах одночасно. Захід скасовано.",
        en="Participants shape the programme at the start of the day: anyone may propose a topic, and several "
        "groups discuss at once. The event has been cancelled.",
    ),
    "format": Forum.Format.OPEN_SPACE,
    "status": Forum.Status.CANCELLED,
    "time_zone": KYIV,
    "start": "2027-03-20 10:00",
    "end": "2027-03-20 16:00",
    "main_language": "uk",
    "languages": ["uk"],
    "participation_mode": Forum.Mode.IN_PERSON,
    "venue": "ukrainian-house",
    **tr("host_city", uk="Київ", pl="Kijów", en="Kyiv"),
    "country": Country.UKRAINE,
    "organisations": [("auc", Part.ORGANISER), ("undp-ukraine", Part.FUNDER)],
    "topics": ["public-participation"],
    "slots": [
        {
            "start": "2027-03-20 10:00",
            "end": "2027-03-20 10:45",
            "kind": Kind.OPENING,
            **tr(
                "title",
                uk="Відкриття та спільне формування порядку денного",
                pl="Otwarcie i wspólne ustalenie programu",
                en="Opening and setting the agenda together",
            ),
            "speakers": [("taras-hnatiuk", Role.FACILITATOR)],
        },
        {
            "start": "2027-03-20 11:00",
            "end": "2027-03-20 13:00",
            "kind": Kind.OPEN_SPACE,
            **tr(
                "title",
                uk="Сесії відкритого простору: перший раунд",
                pl="Sesje open space: pierwsza runda",
                en="Open-space sessions: first round",
            ),
            "speakers": [("oksana-tkachenko", Role.FACILITATOR)],
        },
        {
            "start": "2027-03-20 14:00",
            "end": "2027-03-20 15:30",
            "kind": Kind.OPEN_SPACE,
            **tr(
                "title",
                uk="Сесії відкритого простору: другий раунд",
                pl="Sesje open space: druga runda",
                en="Open-space sessions: second round",
            ),
            "speakers": [("oksana-tkachenko", Role.FACILITATOR)],
        },
        {
            "start": "2027-03-20 15:30",
            "end": "2027-03-20 16:00",
            "kind": Kind.CLOSING,
            **tr(
                "title",
                uk="Підсумкове коло: що робимо далі",
                pl="Krąg podsumowujący: co robimy dalej",
                en="Closing circle: what we do next",
            ),
            "speakers": [("taras-hnatiuk", Role.FACILITATOR)],
        },
    ],
}

NETWORK_MEETING_2027 = {
    "slug": "spotkanie-sieci-miast-partnerskich-frl-2027",
    **tr(
        "title",
        uk="Зустріч мережі міст-партнерів Форуму місцевого розвитку",
        pl="Spotkanie sieci miast partnerskich Forum Rozwoju Lokalnego",
        en="Local Development Forum partner cities network meeting",
    ),
    **tr(
        "summary",
        pl="Spotkanie online miast partnerskich: wymiana doświadczeń z e-usług dla mieszkańców.",
        en="An online meeting of partner cities to share experience with e-services for residents.",
    ),
    **demo_description(
        pl="Miasta krótko pokazują, jak udostępniają usługi administracyjne online i co to zmienia dla "
        "mieszkańców. Potem w małych grupach uczestnicy zbierają wnioski i tematy na kolejne spotkanie.",
        en="Cities briefly show how they offer administrative services online and what that changes for "
        "residents. Small groups then gather conclusions and topics for the next meeting.",
    ),
    "format": Forum.Format.NETWORK_MEETING,
    "status": Forum.Status.PUBLISHED,
    "time_zone": WARSAW,
    "start": "2027-02-10 10:00",
    "end": "2027-02-10 13:00",
    "main_language": "pl",
    "languages": ["pl"],
    "participation_mode": Forum.Mode.ONLINE,
    "join_url": "https://meet.example.org/frl-network-2027",
    **tr("host_city", uk="Познань", pl="Poznań", en="Poznań"),
    "country": Country.POLAND,
    "series": "frl-partner-cities-network",
    "organisations": [("zmp", Part.ORGANISER)],
    "topics": ["administrative-services", "smart-city", "local-economy"],
    "slots": [
        {
            "start": "2027-02-10 10:00",
            "end": "2027-02-10 10:15",
            "kind": Kind.OPENING,
            **tr(
                "title",
                uk="Вітання та мета зустрічі",
                pl="Powitanie i cele spotkania",
                en="Welcome and aims of the meeting",
            ),
            "speakers": [("anna-nowak", Role.MODERATOR)],
        },
        {
            "start": "2027-02-10 10:15",
            "end": "2027-02-10 11:30",
            "kind": Kind.PRESENTATION,
            **tr(
                "title",
                uk="Електронні послуги для мешканців: досвід міст",
                pl="E-usługi dla mieszkańców: doświadczenia miast",
                en="E-services for residents: what cities have learnt",
            ),
            "speakers": [
                ("anna-nowak", Role.MODERATOR),
                ("michal-wojcik", Role.SPEAKER),
                ("katarzyna-zielinska", Role.SPEAKER),
            ],
        },
        {
            "start": "2027-02-10 11:45",
            "end": "2027-02-10 12:45",
            "kind": Kind.WORKING_GROUP,
            **tr(
                "title",
                uk="Робота в групах: висновки й теми наступної зустрічі",
                pl="Praca w grupach: wnioski i tematy na kolejne spotkanie",
                en="Group work: conclusions and topics for the next meeting",
            ),
            "speakers": [("ewa-kaminska", Role.FACILITATOR), ("tomasz-lewandowski", Role.FACILITATOR)],
        },
        {
            "start": "2027-02-10 12:45",
            "end": "2027-02-10 13:00",
            "kind": Kind.CLOSING,
            **tr("title", uk="Підсумки", pl="Podsumowanie", en="Wrap-up"),
            "speakers": [("anna-nowak", Role.MODERATOR)],
        },
    ],
}

GIZ_WORKSHOP_2027 = {
    "slug": "vorkshop-kontseptsiia-intehrovanoho-rozvytku-2027",
    **tr(
        "title",
        uk="Воркшоп: як підготувати концепцію інтегрованого розвитку громади",
        pl="Warsztat: jak przygotować koncepcję zintegrowanego rozwoju gminy",
        en="Workshop: preparing an integrated development concept",
    ),
    **tr(
        "summary",
        uk="Одноденний практикум для команд громад, які починають працювати над концепцією інтегрованого розвитку.",
        en="A one-day practical workshop for municipal teams starting work on an integrated development concept.",
    ),
    **demo_description(
        uk="Учасники крок за кроком проходять шлях від аналізу даних про місто до переліку пріоритетних "
        "проектів, працюючи з прикладами українських міст.",
        en="Step by step, participants go from analysing data about their town to a list of priority projects, "
        "using examples from Ukrainian cities.",
    ),
    "format": Forum.Format.WORKSHOP,
    "status": Forum.Status.DRAFT,
    "time_zone": KYIV,
    "start": "2027-05-18 09:30",
    "end": "2027-05-18 16:30",
    "main_language": "uk",
    "languages": ["uk"],
    "participation_mode": Forum.Mode.IN_PERSON,
    "venue": "zhytomyr-lsg-centre",
    **tr("host_city", uk="Житомир", pl="Żytomierz", en="Zhytomyr"),
    "country": Country.UKRAINE,
    "organisations": [("giz", Part.ORGANISER), ("zhytomyr-city-council", Part.PARTNER)],
    "topics": ["integrated-urban-development"],
    "slots": [
        {
            "start": "2027-05-18 09:30",
            "end": "2027-05-18 11:00",
            "kind": Kind.TRAINING,
            **tr(
                "title",
                uk="Що таке концепція інтегрованого розвитку і навіщо вона громаді",
                pl="Czym jest koncepcja zintegrowanego rozwoju i po co gminie",
                en="What an integrated development concept is and why a municipality needs one",
            ),
            "speakers": [("viktor-savchenko", Role.TRAINER)],
        },
        {
            "start": "2027-05-18 11:15",
            "end": "2027-05-18 13:00",
            "kind": Kind.WORKSHOP,
            **tr(
                "title",
                uk="Аналіз даних і картування проблем міста",
                pl="Analiza danych i mapowanie problemów miasta",
                en="Analysing data and mapping the city's problems",
            ),
            "speakers": [("viktor-savchenko", Role.TRAINER), ("olena-kovalchuk", Role.FACILITATOR)],
        },
        {
            "start": "2027-05-18 14:00",
            "end": "2027-05-18 16:00",
            "kind": Kind.WORKING_GROUP,
            **tr(
                "title",
                uk="Від пріоритетів до проектів",
                pl="Od priorytetów do projektów",
                en="From priorities to projects",
            ),
            "speakers": [("olena-kovalchuk", Role.FACILITATOR)],
        },
        {
            "start": "2027-05-18 16:00",
            "end": "2027-05-18 16:30",
            "kind": Kind.CLOSING,
            **tr("title", uk="Підсумки дня", pl="Podsumowanie dnia", en="Wrap-up of the day"),
            "speakers": [("viktor-savchenko", Role.SPEAKER)],
        },
    ],
}

FORUMS = [
    ZHYTOMYR_2017,
    ZMP_2020,
    SPRING_CONFERENCE_2027,
    ENERGY_WEBINAR_2025,
    LUBLIN_STUDY_VISIT_2026,
    OPEN_SPACE_2027,
    NETWORK_MEETING_2027,
    GIZ_WORKSHOP_2027,
]

# Username of the organiser account of each organisation (by its slug).
ORGANISER_ACCOUNTS = {
    "zhytomyr": "zhytomyr-city-council",
    "giz": "giz",
    "zmp": "zmp",
    "undp": "undp-ukraine",
    "lublin": "lublin",
    "auc": "auc",
}


def demo_password(username):
    return f"demo-{username}"


@dataclass
class Loaded:
    organisations: dict
    topics: dict
    series: dict
    venues: dict
    speakers: dict


def local_time(zone, text):
    """'2017-09-11 15:00' on the wall clock of `zone`, as an aware datetime."""
    return datetime.datetime.fromisoformat(text).replace(tzinfo=zone)


def save_changes(obj, values, tally, check=None):
    """Set `values` on `obj`, validate and save it, unless it is already stored with exactly these values."""
    label = type(obj)._meta.label
    if obj.pk is None:
        changed = values
        tally[label]["created"] += 1
    else:
        changed = {name: value for name, value in values.items() if getattr(obj, name) != value}
        tally[label]["updated" if changed else "unchanged"] += 1
        if not changed:
            return obj
    for name, value in changed.items():
        setattr(obj, name, value)
    obj.full_clean()
    if check is not None:
        check(obj)
    obj.save()
    return obj


def upsert(model, lookup, values, tally, check=None):
    obj = model._default_manager.filter(**lookup).first() or model(**lookup)
    return save_changes(obj, values, tally, check)


def load_by_slug(model, rows, tally):
    return {row["slug"]: upsert(model, {"slug": row["slug"]}, row, tally) for row in rows}


def venue_lookup(row):
    """A venue's natural key: its address and city in its own country's language."""
    language = "pl" if row["country"] == Country.POLAND else "uk"
    return {name: row[name] for name in (f"address_{language}", f"city_{language}")}


def load_forum(row, loaded, tally):
    values = dict(row)
    slots = values.pop("slots")
    roles = values.pop("organisations")
    topics = values.pop("topics")
    zone = zoneinfo.ZoneInfo(values["time_zone"])
    values.update(
        start=local_time(zone, values["start"]),
        end=local_time(zone, values["end"]),
        venue=loaded.venues.get(values.get("venue")),
        series=loaded.series.get(values.get("series")),
    )
    forum = upsert(Forum, {"slug": values["slug"]}, values, tally)
    for order, (slug, role) in enumerate(roles):
        lookup = {"forum": forum, "organisation": loaded.organisations[slug], "role": role}
        upsert(ForumOrganisation, lookup, {"order": order}, tally)
    forum.topics.set([loaded.topics[slug] for slug in topics])
    for slot in slots:
        load_slot(forum, zone, slot, loaded, tally)


def load_slot(forum, zone, row, loaded, tally):
    values = dict(row)
    speakers = values.pop("speakers", [])
    lookup = {"forum": forum, "start": local_time(zone, values.pop("start")), "order": values.pop("order", 0)}
    values.update(end=local_time(zone, values["end"]), venue=loaded.venues.get(values.get("venue")))
    slot = upsert(AgendaSlot, lookup, values, tally, check=check_no_clash)
    for order, (slug, role) in enumerate(speakers):
        upsert(SlotSpeaker, {"slot": slot, "speaker": loaded.speakers[slug]}, {"role": role, "order": order}, tally)


def load_account(username, description, tally, **values):
    """A staff account, and its row for the table: (username, password, what it is).

    The email and demo password are set only when the account is created; one that exists keeps its own.
    """
    user_model = get_user_model()
    user = user_model._default_manager.filter(username=username).first()
    if user is None:
        user = user_model(username=username, email=f"{username}@example.org")
        user.set_password(demo_password(username))
        description = f"{description} (new)"
    save_changes(user, {"is_staff": True, **values}, tally)
    return user, (username, demo_password(username), description)


def load_accounts(organisations, tally):
    """A superuser and one manager per organisation; returns the rows for the table of accounts."""
    _, row = load_account("admin", "superuser", tally, is_superuser=True)
    rows = [row]
    for username, slug in ORGANISER_ACCOUNTS.items():
        organisation = organisations[slug]
        user, row = load_account(username, f"manager of {organisation.name_en}", tally, is_superuser=False)
        upsert(Membership, {"user": user, "organisation": organisation}, {"role": Membership.Role.MANAGER}, tally)
        rows.append(row)
    return rows


def load_demo(with_accounts=False):
    """Load everything in one transaction.

    Returns the tally, {model label: Counter of created/updated/unchanged}, and the
    rows of the accounts table (None without `with_accounts`).
    """
    tally = defaultdict(Counter)
    # modeltranslation also writes each base column (title, name...) from the active
    # language: pin it so that the stored rows never depend on the caller's language.
    with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
        organisations = load_by_slug(Organisation, ORGANISATIONS, tally)
        loaded = Loaded(
            organisations=organisations,
            topics=load_by_slug(Topic, TOPICS, tally),
            series=load_by_slug(
                Series, [{**row, "organiser": organisations[row["organiser"]]} for row in SERIES], tally
            ),
            venues={key: upsert(Venue, venue_lookup(row), row, tally) for key, row in VENUES.items()},
            speakers=load_by_slug(
                Speaker, [{**row, "affiliation": organisations.get(row.get("affiliation"))} for row in SPEAKERS], tally
            ),
        )
        for row in FORUMS:
            load_forum(row, loaded, tally)
        accounts = load_accounts(organisations, tally) if with_accounts else None
    return tally, accounts
