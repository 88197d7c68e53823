"""Synthetic wire-style articles for throughput benchmarks.

Each article is built from sentence templates filled with real actors
(leaders with titles, countries, organisations), event verbs, dates relative
to the publication day and theme vocabulary, so that spaCy and the extraction
modules do the same kind of work as on real news. The output is deterministic:
the same (seed, index, language) always gives the same article, and every
article is distinct (different actors, numbers, dates), so dedupe keeps them all.

    python benchmarks/generate_corpus.py OUT_DIR --n 400 --lang mixed --seed 0
"""
from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

LANGS = ("fr", "en")
# Publication days are spread over a past window: the validation suites flag
# future dates, and a fixed window keeps the corpus independent of today's date.
FIRST_DAY = date(2025, 1, 6)
WINDOW_DAYS = 540


@dataclass(frozen=True)
class Leader:
    name: str
    title_fr: str
    title_en: str
    country_fr: str
    country_en: str
    capital_fr: str
    capital_en: str
    name_en: str | None = None  # when English spells the name differently

    def named(self, lang: str) -> str:
        return self.name_en if lang == "en" and self.name_en else self.name

    def capital(self, lang: str) -> str:
        return self.capital_fr if lang == "fr" else self.capital_en


LEADERS = [
    Leader("Emmanuel Macron", "le président français", "French President", "la France", "France", "Paris", "Paris"),
    Leader("Friedrich Merz", "le chancelier allemand", "German Chancellor", "l'Allemagne", "Germany", "Berlin", "Berlin"),
    Leader("Keir Starmer", "le Premier ministre britannique", "British Prime Minister", "le Royaume-Uni", "Britain", "Londres", "London"),
    Leader("Volodymyr Zelensky", "le président ukrainien", "Ukrainian President", "l'Ukraine", "Ukraine", "Kiev", "Kyiv"),
    Leader("Vladimir Poutine", "le président russe", "Russian President", "la Russie", "Russia", "Moscou", "Moscow",
           name_en="Vladimir Putin"),
    Leader("Xi Jinping", "le président chinois", "Chinese President", "la Chine", "China", "Pékin", "Beijing"),
    Leader("Narendra Modi", "le Premier ministre indien", "Indian Prime Minister", "l'Inde", "India", "New Delhi", "New Delhi"),
    Leader("Recep Tayyip Erdogan", "le président turc", "Turkish President", "la Turquie", "Turkey", "Ankara", "Ankara"),
    Leader("Giorgia Meloni", "la présidente du Conseil italienne", "Italian Prime Minister", "l'Italie", "Italy", "Rome", "Rome"),
    Leader("Pedro Sanchez", "le chef du gouvernement espagnol", "Spanish Prime Minister", "l'Espagne", "Spain", "Madrid", "Madrid"),
    Leader("Luiz Inacio Lula da Silva", "le président brésilien", "Brazilian President", "le Brésil", "Brazil", "Brasilia", "Brasilia"),
    Leader("Cyril Ramaphosa", "le président sud-africain", "South African President", "l'Afrique du Sud", "South Africa", "Pretoria", "Pretoria"),
    Leader("Shigeru Ishiba", "le Premier ministre japonais", "Japanese Prime Minister", "le Japon", "Japan", "Tokyo", "Tokyo"),
    Leader("Benjamin Netanyahu", "le Premier ministre israélien", "Israeli Prime Minister", "Israël", "Israel", "Jérusalem", "Jerusalem"),
    Leader("Masoud Pezeshkian", "le président iranien", "Iranian President", "l'Iran", "Iran", "Téhéran", "Tehran"),
    Leader("Donald Trump", "le président américain", "US President", "les États-Unis", "the United States", "Washington", "Washington"),
    Leader("Abdel Fattah al-Sissi", "le président égyptien", "Egyptian President", "l'Égypte", "Egypt", "Charm el-Cheikh", "Sharm el-Sheikh"),
    Leader("Bola Tinubu", "le président nigérian", "Nigerian President", "le Nigeria", "Nigeria", "Abuja", "Abuja"),
    Leader("Mark Carney", "le Premier ministre canadien", "Canadian Prime Minister", "le Canada", "Canada", "Ottawa", "Ottawa"),
    Leader("Anthony Albanese", "le Premier ministre australien", "Australian Prime Minister", "l'Australie", "Australia", "Canberra", "Canberra"),
]

# (French name, English name) of organisations that act in events.
ORGANISATIONS = [
    ("l'OTAN", "NATO"), ("l'ONU", "the United Nations"), ("l'Union européenne", "the European Union"),
    ("l'AIEA", "the IAEA"), ("la CEDEAO", "ECOWAS"), ("le FMI", "the IMF"),
    ("l'OMS", "the World Health Organization"), ("l'Union africaine", "the African Union"),
    ("la Banque mondiale", "the World Bank"), ("l'OMC", "the WTO"),
]

# Theme vocabulary: (French topic, English topic), grouped so one article keeps a focus.
TOPICS = {
    "DIPLOMACY": [("la reprise du dialogue bilatéral", "the resumption of bilateral talks"),
                  ("un sommet sur la sécurité régionale", "a summit on regional security")],
    "SANCTIONS": [("de nouvelles sanctions économiques", "new economic sanctions"),
                  ("le gel des avoirs de plusieurs banques", "the freezing of several banks' assets")],
    "NUCLEAR": [("le programme nucléaire et l'enrichissement d'uranium", "the nuclear programme and uranium enrichment"),
                ("les inspections des sites nucléaires", "inspections of nuclear sites")],
    "ENERGY": [("les livraisons de gaz naturel liquéfié", "deliveries of liquefied natural gas"),
               ("la sécurité énergétique et le prix du pétrole", "energy security and the price of oil")],
    "TRADE": [("les droits de douane sur l'acier et l'aluminium", "tariffs on steel and aluminium"),
              ("un accord de libre-échange", "a free trade agreement")],
    "SUPPLY_CHAIN": [("les chaînes d'approvisionnement en semi-conducteurs", "semiconductor supply chains"),
                     ("l'accès aux terres rares", "access to rare earths")],
    "CYBER": [("une cyberattaque contre des hôpitaux", "a cyberattack on hospitals"),
              ("un rançongiciel visant des ports", "ransomware targeting ports")],
    "MILITARY": [("des exercices militaires conjoints", "joint military exercises"),
                 ("le déploiement de troupes à la frontière", "the deployment of troops on the border")],
    "HUMANITARIAN": [("l'acheminement de l'aide humanitaire", "the delivery of humanitarian aid"),
                     ("la protection des civils déplacés", "the protection of displaced civilians")],
    "MIGRATION": [("la gestion des flux migratoires", "the management of migration flows"),
                  ("les demandeurs d'asile", "asylum seekers")],
    "CLIMATE": [("la réduction des émissions de carbone", "cutting carbon emissions"),
                ("le financement de la transition climatique", "climate finance")],
    "ELECTIONS": [("l'organisation d'élections libres", "holding free elections"),
                  ("la fraude électorale présumée", "alleged electoral fraud")],
}

# Event sentences: {a} and {b} are actors, {topic} a theme phrase, {when} a date.
EVENTS = {
    "fr": [
        "{a} a rencontré {b} {when} à {city} pour discuter de {topic}.",
        "{a} a accusé {b} {when} de bloquer les négociations sur {topic}.",
        "{a} a signé {when} avec {b} un accord portant sur {topic}.",
        "{a} a menacé {b} de représailles {when} si les discussions sur {topic} échouaient.",
        "{a} a condamné {when} les frappes menées par {b} près de {city}.",
        "{a} a appelé {b} {when} à respecter ses engagements sur {topic}.",
        "{a} a promis {when} une aide de {amount} millions d'euros à {b}.",
        "{a} a rejeté {when} la proposition de {b} concernant {topic}.",
        "{a} a imposé {when} des sanctions à {b} en raison de son rôle dans {topic}.",
        "{a} a salué {when} les efforts de {b} en faveur de {topic}.",
        "{a} a demandé {when} à {b} de libérer les prisonniers détenus à {city}.",
        "{a} a critiqué {when} la position de {b} sur {topic}.",
    ],
    "en": [
        "{a} met {b} in {city} {when} to discuss {topic}.",
        "{a} accused {b} {when} of blocking negotiations on {topic}.",
        "{a} signed an agreement with {b} {when} covering {topic}.",
        "{a} threatened {b} with retaliation {when} if talks on {topic} failed.",
        "{a} condemned the strikes carried out by {b} near {city} {when}.",
        "{a} urged {b} {when} to honour its commitments on {topic}.",
        "{a} pledged {amount} million euros in aid to {b} {when}.",
        "{a} rejected {b}'s proposal on {topic} {when}.",
        "{a} imposed sanctions on {b} {when} over its role in {topic}.",
        "{a} praised {b} {when} for its efforts on {topic}.",
        "{a} asked {b} {when} to release the prisoners held in {city}.",
        "{a} criticised {b}'s position on {topic} {when}.",
    ],
}

# Background sentences without an event: they make the parser work on
# numbers, quotes and subordinate clauses as real articles do.
BACKGROUND = {
    "fr": [
        "Selon les chiffres publiés par {org}, les échanges ont progressé de {pct} % sur un an.",
        "« Nous ne pouvons pas accepter que le dossier de {topic} soit remis en cause », a déclaré un diplomate sous couvert d'anonymat.",
        "Les analystes interrogés estiment que le dossier de {topic} restera au cœur des discussions dans les prochains mois.",
        "Plus de {count} personnes ont manifesté à {city} pour dénoncer {topic}.",
        "Le dossier de {topic} divise les États membres depuis plusieurs années.",
        "Un rapport de {org} publié en {month} évoquait déjà des tensions croissantes.",
        "Les marchés ont réagi avec prudence, l'indice principal reculant de {pct} % en séance.",
        "D'après des sources proches du dossier, une nouvelle réunion pourrait avoir lieu à {city} avant la fin de l'année.",
        "L'opposition a dénoncé un texte « mal préparé » et réclamé un débat au Parlement.",
        "Cette décision intervient alors que {org} prépare un plan de {amount} millions d'euros.",
    ],
    "en": [
        "According to figures published by {org}, trade grew by {pct}% year on year.",
        "\"We cannot accept that the issue of {topic} is called into question,\" a diplomat said on condition of anonymity.",
        "Analysts said the issue of {topic} would remain at the heart of the talks in the coming months.",
        "More than {count} people protested in {city} against {topic}.",
        "The issue of {topic} has divided member states for several years.",
        "A report by {org} published in {month} had already pointed to rising tensions.",
        "Markets reacted cautiously, with the main index falling {pct}% during the session.",
        "Sources close to the matter said a new meeting could take place in {city} before the end of the year.",
        "The opposition denounced a \"poorly prepared\" text and demanded a debate in parliament.",
        "The decision comes as {org} prepares a {amount} million euro plan.",
    ],
}

SOURCES = {"fr": ["Agence Vigie", "Le Courrier du Monde", "Dépêche Internationale"],
           "en": ["Vigie Wire", "Global Wire", "Daily Dispatch"]}
MONTHS = {"fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"]}
WEEKDAYS = {"fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}


def _actor(rng: random.Random, lang: str) -> str:
    """A leader with a title, a country, or an organisation, phrased as in wire copy."""
    kind = rng.random()
    if kind < 0.55:
        leader = rng.choice(LEADERS)
        if lang == "fr":
            return f"{leader.title_fr} {leader.name}"
        return f"{leader.title_en} {leader.named('en')}"
    if kind < 0.8:
        leader = rng.choice(LEADERS)
        return leader.country_fr if lang == "fr" else leader.country_en
    fr, en = rng.choice(ORGANISATIONS)
    return fr if lang == "fr" else en


def _when(rng: random.Random, lang: str, published: date) -> str:
    """An event date phrase that resolves to a day before publication."""
    day = published - timedelta(days=rng.randint(1, 6))
    style = rng.random()
    if style < 0.45:
        return WEEKDAYS[lang][day.weekday()]
    if style < 0.8:
        month = MONTHS[lang][day.month - 1]
        return f"le {day.day} {month}" if lang == "fr" else f"on {month} {day.day}"
    return "la semaine dernière" if lang == "fr" else "last week"


# French articles contract with a following "le"/"les" ("à le Japon" -> "au Japon").
_FR_CONTRACTIONS = [(re.compile(r"\bà le "), "au "), (re.compile(r"\bà les "), "aux "),
                    (re.compile(r"\bde le "), "du "), (re.compile(r"\bde les "), "des "),
                    (re.compile(r"\bde des "), "des "),
                    (re.compile(r"\bde ([AEIOUÉaeioué])"), r"d'\1")]


def _polish(sentence: str, lang: str) -> str:
    if lang == "fr":
        for pattern, replacement in _FR_CONTRACTIONS:
            sentence = pattern.sub(replacement, sentence)
    return sentence[0].upper() + sentence[1:]


def _fill(template: str, rng: random.Random, lang: str, published: date,
          topics: list[tuple[str, str]]) -> str:
    a, b = _actor(rng, lang), _actor(rng, lang)
    while b == a:
        b = _actor(rng, lang)
    topic = rng.choice(topics)[0 if lang == "fr" else 1]
    org = rng.choice(ORGANISATIONS)[0 if lang == "fr" else 1]
    text = template.format(
        a=a, b=b, topic=topic, org=org, when=_when(rng, lang, published),
        city=rng.choice(LEADERS).capital(lang), amount=rng.randint(5, 900),
        pct=f"{rng.randint(1, 25)},{rng.randint(0, 9)}" if lang == "fr" else f"{rng.randint(1, 25)}.{rng.randint(0, 9)}",
        count=rng.randint(2, 90) * 1000, month=MONTHS[lang][rng.randrange(12)])
    return _polish(text, lang)


def generate_article(index: int, lang: str, seed: int = 0) -> dict:
    """One article object in the contract's JSON format; deterministic in its arguments."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    rng = random.Random(f"vigie-bench:{seed}:{lang}:{index}")
    published = FIRST_DAY + timedelta(days=rng.randrange(WINDOW_DAYS))
    themes = rng.sample(sorted(TOPICS), k=2)
    topics = [t for code in themes for t in TOPICS[code]]
    source = rng.choice(SOURCES[lang])
    target_words = rng.randint(320, 480)

    lead_city = rng.choice(LEADERS).capital(lang)
    month = MONTHS[lang][published.month - 1]
    dateline = (f"{lead_city.upper()}, {published.day} {month} ({source}) – " if lang == "fr"
                else f"{lead_city.upper()}, {month} {published.day} ({source}) - ")
    paragraphs = [dateline + _fill(rng.choice(EVENTS[lang]), rng, lang, published, topics)]
    words = len(paragraphs[0].split())
    # Each background sentence at most once per article, as a reporter would write.
    background = rng.sample(BACKGROUND[lang], k=len(BACKGROUND[lang]))
    while words < target_words:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            if background and rng.random() < 0.5:
                template = background.pop()
            else:
                template = rng.choice(EVENTS[lang])
            sentences.append(_fill(template, rng, lang, published, topics))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())

    article_id = f"bench-{lang}-{seed}-{index:06d}"
    title = paragraphs[0][len(dateline):].split(".")[0][:120]
    return {
        "id": article_id,
        "url": f"https://bench.vigie.test/{lang}/{published.isoformat()}/{article_id}",
        "title": title,
        "source": source,
        "published": datetime(published.year, published.month, published.day,
                              rng.randint(5, 20), rng.choice((0, 15, 30, 45))).isoformat() + "Z",
        "language": lang,
        "text": "\n\n".join(paragraphs),
    }


def generate_corpus(n: int, lang: str = "mixed", seed: int = 0) -> list[dict]:
    """n articles; "mixed" alternates French and English (French first)."""
    if lang == "mixed":
        return [generate_article(i, LANGS[i % 2], seed) for i in range(n)]
    return [generate_article(i, lang, seed) for i in range(n)]


def write_corpus(out_dir: Path, n: int, lang: str = "mixed", seed: int = 0) -> list[Path]:
    """Write one `<id>.json` per article into out_dir (created if missing)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in generate_corpus(n, lang, seed):
        path = out_dir / f"{article['id']}.json"
        path.write_text(json.dumps(article, ensure_ascii=False, indent=1), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=100, help="number of articles")
    parser.add_argument("--lang", choices=("fr", "en", "mixed"), default="mixed")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = write_corpus(args.out_dir, args.n, args.lang, args.seed)
    print(f"wrote {len(paths)} articles to {args.out_dir}")


if __name__ == "__main__":
    main()
