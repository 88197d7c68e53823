"""Second bank of date expressions as news copy writes them, through the whole extractor:
the times of day and night, parts of a month or a year, weekends, counts back from
publication, days written without their month, and the placements that decide which date
an event takes (a date inside reported speech, a leading side clause, a dateline, a day
told in the sentence before). Written from how wire copy dates events, not from the eval
articles; it holds none of test_date_expression_bank.py's expressions.
Publication: Friday 20 November 2026 (eval/README.md, "Dates")."""
from __future__ import annotations

from datetime import date

import pytest

from tests.transforms.date_bank import assert_dated_in_both_places, events_of

EN = [
    # times of day and night: the day they fall on
    ("last night", date(2026, 11, 19)), ("this morning", date(2026, 11, 20)),
    ("earlier today", date(2026, 11, 20)), ("yesterday evening", date(2026, 11, 19)),
    ("on Tuesday evening", date(2026, 11, 17)), ("late Tuesday night", date(2026, 11, 17)),
    ("on Wednesday morning", date(2026, 11, 18)),
    ("in the early hours of Wednesday", date(2026, 11, 18)),
    # a night is dated by the day it opens ("the night of 12 to 13": the 12th)
    ("overnight into Wednesday", date(2026, 11, 17)),
    ("on the night of 17 to 18 November", date(2026, 11, 17)),
    # days written several ways
    ("on 1 November", date(2026, 11, 1)), ("on November 1st", date(2026, 11, 1)),
    ("on Tuesday 17 November", date(2026, 11, 17)), ("on Nov 17", date(2026, 11, 17)),
    ("on 17 Nov", date(2026, 11, 17)), ("on the 17th", date(2026, 11, 17)),
    ("on 17 and 18 November", date(2026, 11, 17)), ("on Sunday and Monday", date(2026, 11, 15)),
    ("last Thursday night", date(2026, 11, 19)), ("since Monday", date(2026, 11, 16)),
    # counts back from publication
    ("three days ago", date(2026, 11, 17)), ("ten days ago", date(2026, 11, 10)),
    ("a week ago", date(2026, 11, 13)),
    # weekends: the Saturday that opens the last one
    ("over the weekend", date(2026, 11, 14)), ("last weekend", date(2026, 11, 14)),
    # parts of a named or past month or year: its first day; the report's own month or year
    # ("earlier this month", "this year") is, like "this week", no day a reader can tell:
    # the report day (the readable gold dates "said this month", "its fifth this year" so)
    ("earlier this month", date(2026, 11, 20)), ("in early November", date(2026, 11, 1)),
    ("late last month", date(2026, 10, 1)), ("earlier this year", date(2026, 11, 20)),
    ("late last year", date(2025, 1, 1)), ("in late 2025", date(2025, 1, 1)),
    ("at the beginning of the month", date(2026, 11, 20)),
    ("at the end of last month", date(2026, 10, 1)), ("this month", date(2026, 11, 20)),
    ("in the first week of November", date(2026, 11, 1)),
    # more times of day, and nights written as spans
    ("early this morning", date(2026, 11, 20)), ("late yesterday", date(2026, 11, 19)),
    ("at dawn on Wednesday", date(2026, 11, 18)), ("before dawn on Wednesday", date(2026, 11, 18)),
    ("shortly after midnight on Wednesday", date(2026, 11, 18)),
    ("on the morning of Nov. 17", date(2026, 11, 17)),
    ("on the evening of 17 November", date(2026, 11, 17)),
    ("on Saturday night", date(2026, 11, 14)), ("at the weekend", date(2026, 11, 14)),
    ("on Tuesday night into Wednesday", date(2026, 11, 17)),
    ("on the night of Tuesday to Wednesday", date(2026, 11, 17)),
    ("on Nov. 17-18", date(2026, 11, 17)),
    ("nine days ago", date(2026, 11, 11)), ("twelve days ago", date(2026, 11, 8)),
    ("a fortnight ago", date(2026, 11, 6)), ("a year ago", date(2025, 11, 20)),
    # clock times, and the day they belong to
    ("in the small hours of Sunday", date(2026, 11, 15)),
    ("at around 3 a.m. on Tuesday", date(2026, 11, 17)),
    ("at 10:30 GMT on Wednesday", date(2026, 11, 18)),
    ("earlier on Thursday", date(2026, 11, 19)), ("later on Thursday", date(2026, 11, 19)),
    ("in the early hours of Nov. 18", date(2026, 11, 18)),
    # spans of days: the first
    ("on Thursday and Friday", date(2026, 11, 19)),
    ("between Monday and Wednesday", date(2026, 11, 16)),
    ("from Monday to Wednesday", date(2026, 11, 16)), ("since November 1", date(2026, 11, 1)),
    # a month or a day of the year before, its year written after it
    ("in October last year", date(2025, 10, 1)), ("on 3 March last year", date(2025, 3, 3)),
    # the plainest ones, which the first bank left to the unit tests
    ("yesterday", date(2026, 11, 19)), ("today", date(2026, 11, 20)),
    ("last week", date(2026, 11, 13)), ("this past weekend", date(2026, 11, 14)),
    ("on Tuesday (Nov. 17)", date(2026, 11, 17)), ("on Tuesday, local time", date(2026, 11, 17)),
    ("late on Nov. 17", date(2026, 11, 17)), ("early November", date(2026, 11, 1)),
    ("on 17th November", date(2026, 11, 17)), ("at 3 p.m. local time on Tuesday", date(2026, 11, 17)),
    # a part or a season of a past year: that year, as "in early 2025" is
    ("in mid-2025", date(2025, 1, 1)), ("at the end of 2025", date(2025, 1, 1)),
    ("in the summer of 2024", date(2024, 1, 1)), ("in the first half of 2025", date(2025, 1, 1)),
    # fixed holidays by name: the last one (a later one names a plan)
    ("on Christmas Day", date(2025, 12, 25)), ("on New Year's Eve", date(2025, 12, 31)),
]
FR = [
    ("la nuit dernière", date(2026, 11, 19)), ("hier soir", date(2026, 11, 19)),
    ("hier après-midi", date(2026, 11, 19)), ("ce matin", date(2026, 11, 20)),
    ("mardi soir", date(2026, 11, 17)), ("dans la nuit de mardi", date(2026, 11, 17)),
    ("tôt mercredi matin", date(2026, 11, 18)), ("dans la soirée de mardi", date(2026, 11, 17)),
    ("dans la matinée de mercredi", date(2026, 11, 18)),
    ("dans la nuit de jeudi à vendredi", date(2026, 11, 19)),
    ("jeudi dernier", date(2026, 11, 19)), ("dimanche dernier", date(2026, 11, 15)),
    ("ce mardi 17 novembre", date(2026, 11, 17)), ("mardi 17", date(2026, 11, 17)),
    ("les 17 et 18 novembre", date(2026, 11, 17)), ("le 17 novembre dernier", date(2026, 11, 17)),
    ("le 17 nov.", date(2026, 11, 17)), ("samedi et dimanche", date(2026, 11, 14)),
    ("depuis lundi", date(2026, 11, 16)),
    ("il y a trois jours", date(2026, 11, 17)), ("il y a dix jours", date(2026, 11, 10)),
    ("il y a une semaine", date(2026, 11, 13)),
    ("ce week-end", date(2026, 11, 14)), ("le week-end dernier", date(2026, 11, 14)),
    ("début novembre", date(2026, 11, 1)), ("fin octobre", date(2026, 10, 1)),
    ("à la mi-novembre", date(2026, 11, 1)), ("au début du mois", date(2026, 11, 20)),
    ("à la fin du mois dernier", date(2026, 10, 1)), ("plus tôt ce mois-ci", date(2026, 11, 20)),
    ("fin 2025", date(2025, 1, 1)), ("l'an dernier", date(2025, 1, 1)),
    ("plus tôt cette année", date(2026, 11, 20)),
    ("dans la nuit du mardi 17 au mercredi 18 novembre", date(2026, 11, 17)),
    ("mercredi à l'aube", date(2026, 11, 18)), ("hier matin", date(2026, 11, 19)),
    ("avant-hier soir", date(2026, 11, 18)), ("ce 17 novembre", date(2026, 11, 17)),
    ("le mardi 17", date(2026, 11, 17)), ("le 17 au soir", date(2026, 11, 17)),
    ("le 17 novembre au matin", date(2026, 11, 17)),
    ("mardi 17 et mercredi 18 novembre", date(2026, 11, 17)),
    ("il y a huit jours", date(2026, 11, 13)), ("il y a quinze jours", date(2026, 11, 6)),
    ("il y a neuf jours", date(2026, 11, 11)), ("il y a un an", date(2025, 11, 20)),
    ("en début d'année", date(2026, 11, 20)), ("début 2026", date(2026, 1, 1)),
    ("à la fin de l'année dernière", date(2025, 1, 1)), ("courant novembre", date(2026, 11, 1)),
    ("ce mois-ci", date(2026, 11, 20)), ("cette année", date(2026, 11, 20)),
    ("lors du week-end", date(2026, 11, 14)),
    ("vers 3 heures du matin mardi", date(2026, 11, 17)), ("mardi vers 22h00", date(2026, 11, 17)),
    ("mardi en fin de journée", date(2026, 11, 17)),
    ("en fin de matinée mercredi", date(2026, 11, 18)), ("tôt ce matin", date(2026, 11, 20)),
    ("dans l'après-midi de mardi", date(2026, 11, 17)),
    ("jeudi et vendredi", date(2026, 11, 19)), ("entre lundi et mercredi", date(2026, 11, 16)),
    ("de lundi à mercredi", date(2026, 11, 16)),
    ("samedi 14 et dimanche 15 novembre", date(2026, 11, 14)),
    ("depuis le 1er novembre", date(2026, 11, 1)),
    ("en octobre de l'année dernière", date(2025, 10, 1)),
    ("en octobre l'an dernier", date(2025, 10, 1)),
    ("le 3 mars de l'année dernière", date(2025, 3, 3)),
    ("hier", date(2026, 11, 19)), ("aujourd'hui", date(2026, 11, 20)),
    ("la semaine dernière", date(2026, 11, 13)), ("ce mardi matin", date(2026, 11, 17)),
    ("dans la nuit de samedi", date(2026, 11, 14)),
    ("samedi en début de soirée", date(2026, 11, 14)),
    ("le week-end des 14 et 15 novembre", date(2026, 11, 14)),
    ("le mardi 17 novembre au soir", date(2026, 11, 17)),
    ("jeudi 19 novembre 2026", date(2026, 11, 19)),
    ("mardi en milieu de journée", date(2026, 11, 17)),
    ("vers 2h du matin (heure locale) mercredi", date(2026, 11, 18)),
    ("le jour de Noël", date(2025, 12, 25)), ("la Saint-Sylvestre", date(2025, 12, 31)),
    ("à la Toussaint", date(2026, 11, 1)),
    ("à la mi-2025", date(2025, 1, 1)), ("à l'été 2024", date(2024, 1, 1)),
    ("au printemps 2024", date(2024, 1, 1)), ("au début de 2025", date(2025, 1, 1)),
    ("à la fin de l'année 2025", date(2025, 1, 1)),
]

# (language, text, a word of the event's verb, its date)
PLACEMENTS = [
    # the day of saying does not date what is reported; the reported act's own day does
    ("en", "On Monday, the minister said Russia had struck Kharkiv on Sunday.", "struck",
     date(2026, 11, 15)),
    ("en", "On Monday, the minister said Russian forces had attacked Kharkiv.", "attacked",
     date(2026, 11, 20)),
    ("fr", "Lundi, le ministre a déclaré que la Russie avait frappé Kharkiv dimanche.", "frapp",
     date(2026, 11, 15)),
    ("fr", "Lundi, le ministre a déclaré que les forces russes avaient attaqué Kharkiv.",
     "attaqu", date(2026, 11, 20)),
    # a date in a leading side clause names that earlier act, not the answer to it
    ("en", "After Monday's attack, Kyiv summoned the Russian ambassador.", "summoned",
     date(2026, 11, 20)),
    ("fr", "Après l'attaque de mardi, Kiev a convoqué l'ambassadeur russe.", "convoqu",
     date(2026, 11, 20)),
    # a dateline's day dates a lead with no date of its own, not one with its own
    ("en", "KYIV, Nov 19 (Reuters) - Russian forces attacked Kharkiv with drones, officials said.",
     "attacked", date(2026, 11, 19)),
    ("en", "KYIV, Nov 19 (Reuters) - Russian forces attacked Kharkiv on Tuesday, officials said.",
     "attacked", date(2026, 11, 17)),
    ("fr", "KIEV, 19 novembre (AFP) - Les forces russes ont attaqué Kharkiv avec des drones.",
     "attaqu", date(2026, 11, 19)),
    ("fr", "KIEV, 19 novembre (AFP) - Les forces russes ont attaqué Kharkiv mardi.",
     "attaqu", date(2026, 11, 17)),
    # the day told in the sentence before, and the words that count from it
    ("en", "Russian forces attacked Kharkiv on Tuesday. They also shelled the city of Sumy.",
     "shelled", date(2026, 11, 17)),
    ("en", "Russian forces attacked Kharkiv on Tuesday. The next day, they shelled Sumy.",
     "shelled", date(2026, 11, 18)),
    ("en", "Russian forces attacked Kharkiv on Tuesday. Two days later, they shelled Sumy.",
     "shelled", date(2026, 11, 19)),
    ("en", "Russian forces attacked Kharkiv on Tuesday. The day before, Ukrainian drones had "
           "struck Belgorod.", "struck", date(2026, 11, 16)),
    ("fr", "Les forces russes ont attaqué Kharkiv mardi. Elles ont aussi bombardé Soumy.",
     "bombard", date(2026, 11, 17)),
    ("fr", "Les forces russes ont attaqué Kharkiv mardi. Le lendemain, elles ont bombardé Soumy.",
     "bombard", date(2026, 11, 18)),
    ("fr", "Les forces russes ont attaqué Kharkiv mardi. Deux jours plus tard, elles ont "
           "bombardé Soumy.", "bombard", date(2026, 11, 19)),
    ("fr", "Les forces russes ont attaqué Kharkiv mardi. La veille, des drones ukrainiens avaient "
           "frappé Belgorod.", "frapp", date(2026, 11, 16)),
    ("en", "Russian forces attacked Kharkiv on Thursday. Two days earlier, they had shelled "
           "Sumy.", "shelled", date(2026, 11, 17)),
    ("fr", "Les forces russes ont attaqué Kharkiv jeudi. Deux jours plus tôt, elles avaient "
           "bombardé Soumy.", "bombard", date(2026, 11, 17)),
    ("fr", "Les forces russes ont attaqué Kharkiv mardi. Le jour suivant, elles ont bombardé "
           "Soumy.", "bombard", date(2026, 11, 18)),
    # a new paragraph and another actor: the day told before does not carry over
    ("en", "Russian forces attacked Kharkiv on Tuesday.\n\nUkrainian drones struck Belgorod.",
     "struck", date(2026, 11, 20)),
    # the report's own month or year keeps a lead from the dateline's day
    ("en", "KYIV, Nov 19 (Reuters) - Russian forces attacked Kharkiv twice earlier this month.",
     "attacked", date(2026, 11, 20)),
    ("fr", "KIEV, 19 novembre (AFP) - Les forces russes ont attaqué Kharkiv à deux reprises "
           "plus tôt ce mois-ci.", "attaqu", date(2026, 11, 20)),
    # the saying told after the act, with its own day
    ("en", "Israeli jets struck Hezbollah positions on Tuesday, the army said on Wednesday.",
     "struck", date(2026, 11, 17)),
    ("fr", "L'aviation israélienne a frappé des positions du Hezbollah mardi, a indiqué mercredi "
           "l'armée.", "frapp", date(2026, 11, 17)),
    ("en", "Russia said on Wednesday that its forces had captured the village of Kupiansk.",
     "captured", date(2026, 11, 20)),
    # a leading phrase of time or circumstance dates the act of the clause it opens
    ("en", "During a visit to Beijing on Tuesday, Macron met Xi Jinping.", "met",
     date(2026, 11, 17)),
    ("fr", "Lors de sa visite à Pékin mardi, Emmanuel Macron a rencontré Xi Jinping.", "rencontr",
     date(2026, 11, 17)),
    ("en", "Speaking in Brussels on Wednesday, Rutte condemned the Russian attack.", "condemned",
     date(2026, 11, 18)),
    ("fr", "S'exprimant mercredi à Bruxelles, Mark Rutte a condamné l'attaque russe.", "condamn",
     date(2026, 11, 18)),
    ("en", "Russian forces attacked Kharkiv on Tuesday. Earlier in the day, they had shelled "
           "Sumy.", "shelled", date(2026, 11, 17)),
    ("fr", "Les forces russes ont attaqué Kharkiv mardi. Plus tôt dans la journée, elles avaient "
           "bombardé Soumy.", "bombard", date(2026, 11, 17)),
    ("en", "Russian forces attacked Kharkiv on Monday. Some 48 hours later, they shelled Sumy.",
     "shelled", date(2026, 11, 18)),
    ("fr", "Les forces russes ont attaqué Kharkiv lundi. Trois jours après, elles ont bombardé "
           "Soumy.", "bombard", date(2026, 11, 19)),
    ("en", "Russian forces attacked Kharkiv on Nov. 3. A week later, they shelled Sumy.",
     "shelled", date(2026, 11, 10)),
    # the act of an event dated to a day, as its subject, is that day's
    ("en", "Monday's attack on Kharkiv killed twelve people.", "killed", date(2026, 11, 16)),
    ("fr", "La frappe de lundi sur Kharkiv a tué douze civils.", "tué", date(2026, 11, 16)),
    ("fr", "L'attaque du 3 novembre a tué douze civils.", "tué", date(2026, 11, 3)),
    # an act told in the next sentence as that occasion's outcome, by whoever did it
    ("en", "Israeli jets struck a building in Beirut on Sunday. The strike killed the group's "
           "military chief.", "killed", date(2026, 11, 15)),
    ("fr", "L'aviation israélienne a frappé un immeuble de Beyrouth dimanche. La frappe a tué le "
           "chef militaire du groupe.", "tué", date(2026, 11, 15)),
    ("en", "Gunmen attacked a police station in Peshawar on Thursday. The attackers killed four "
           "officers.", "killed", date(2026, 11, 19)),
    # an act inside an event dated to a day ("in", "during", "dans", "lors de") is that day's;
    # after it ("Après l'attaque de mardi", above) it is not
    ("en", "Three soldiers were killed in Tuesday's attack on the base.", "killed",
     date(2026, 11, 17)),
    ("en", "During Tuesday's attack, three soldiers were killed.", "killed", date(2026, 11, 17)),
    ("fr", "Trois soldats ont été tués dans l'attaque de mardi contre la base.", "tués",
     date(2026, 11, 17)),
    ("fr", "Lors de sa visite de mardi à Pékin, Emmanuel Macron a rencontré Xi Jinping.",
     "rencontr", date(2026, 11, 17)),
    # the next sentence's subject takes up the one told: "it", "ce dernier", "celui-ci"
    ("en", "The Israeli army raided the Jenin camp on Tuesday. It arrested 20 suspects.",
     "arrested", date(2026, 11, 17)),
    ("fr", "Emmanuel Macron s'est rendu mardi à Kiev. Ce dernier a rencontré Volodymyr Zelensky.",
     "rencontr", date(2026, 11, 17)),
    ("fr", "Emmanuel Macron s'est rendu mardi à Kiev. Celui-ci a rencontré Volodymyr Zelensky.",
     "rencontr", date(2026, 11, 17)),
    # a recent span with no day named keeps the report day, not the day told before it
    ("en", "Russian forces attacked Kharkiv on Tuesday. In recent days, they also shelled Sumy.",
     "shelled", date(2026, 11, 20)),
    ("en", "Russian forces attacked Kharkiv on Tuesday. A few days ago, they shelled Sumy.",
     "shelled", date(2026, 11, 20)),
    ("fr", "Les forces russes ont attaqué Kharkiv mardi. Ces derniers jours, elles ont aussi "
           "bombardé Soumy.", "bombard", date(2026, 11, 20)),
    ("fr", "Les forces russes ont attaqué Kharkiv mardi. Il y a quelques jours, elles avaient "
           "bombardé Soumy.", "bombard", date(2026, 11, 20)),
    # a part of the report's week, like "this week", keeps the report day
    ("en", "Russian forces attacked Kharkiv on Tuesday. At the start of the week, Ukraine struck "
           "Belgorod.", "struck", date(2026, 11, 20)),
    ("fr", "Les forces russes ont attaqué Kharkiv mardi. En début de semaine, l'Ukraine a frappé "
           "Belgorod.", "frapp", date(2026, 11, 20)),
    # counted from an event named heading the sentence: the day last told, as "later" is
    ("en", "Russian forces attacked Kharkiv on Monday. Two days after the attack, they shelled "
           "Sumy.", "shelled", date(2026, 11, 18)),
    ("fr", "Les forces russes ont attaqué Kharkiv lundi. Trois jours après l'attaque, elles ont "
           "bombardé Soumy.", "bombard", date(2026, 11, 19)),
    # the French parse made 'Gaza mardi.' a sentence of its own when 'Peu après' followed, so
    # the weekday was not in the verb's sentence (transforms/sentences.py keeps it in now)
    ("fr", "L'aviation israélienne a frappé Gaza mardi. Peu après, le Hamas a tiré des "
           "roquettes sur Tel-Aviv.", "frapp", date(2026, 11, 17)),
    # the reported act's own day, however the saying is told
    ("en", "The minister said Russia struck Kharkiv on Sunday.", "struck", date(2026, 11, 15)),
    ("en", "The army said on Tuesday that its troops had killed 20 militants.", "killed",
     date(2026, 11, 20)),
    ("fr", "Le ministère a indiqué mardi que ses troupes avaient tué 20 militants.", "tué",
     date(2026, 11, 20)),
    ("en", "Russia struck Kharkiv on Sunday, according to the minister.", "struck",
     date(2026, 11, 15)),
    ("fr", "Selon le ministre, la Russie a frappé Kharkiv dimanche.", "frapp", date(2026, 11, 15)),
    # a leading "when" clause tells the same moment
    ("en", "When Russian missiles hit Kharkiv on Tuesday, twelve civilians were killed.",
     "killed", date(2026, 11, 17)),
    ("fr", "Lorsque des missiles russes ont frappé Kharkiv mardi, douze civils ont été tués.",
     "tués", date(2026, 11, 17)),
    # more datelines: an abbreviated month, a credit without a date
    ("en", "WASHINGTON, Nov. 19 (AP) — The United States imposed sanctions on Iran.", "imposed",
     date(2026, 11, 19)),
    ("fr", "PARIS, 19 nov. (AFP) - La France a convoqué l'ambassadeur d'Iran.", "convoqu",
     date(2026, 11, 19)),
    ("en", "BEIRUT (Reuters) - Israeli jets struck Hezbollah positions on Tuesday.", "struck",
     date(2026, 11, 17)),
    ("fr", "GENÈVE, 19 nov 2026 (AFP) - La Suisse a gelé les avoirs de trois oligarques russes.",
     "gel", date(2026, 11, 19)),
    # a leading day heads both clauses it opens
    ("en", "On Tuesday, Russian forces attacked Kharkiv and Ukraine struck Belgorod.", "struck",
     date(2026, 11, 17)),
    ("fr", "Mardi, les forces russes ont attaqué Kharkiv et l'Ukraine a frappé Belgorod.",
     "frapp", date(2026, 11, 17)),
]


def _ids(items):
    return [getattr(i, "values", i)[0] for i in items]


@pytest.mark.parametrize("expression, expected", EN, ids=_ids(EN))
def test_english_expressions(nlp_en, expression, expected):
    assert_dated_in_both_places(nlp_en, "en", expression, expected)


@pytest.mark.parametrize("expression, expected", FR, ids=_ids(FR))
def test_french_expressions(nlp_fr, expression, expected):
    assert_dated_in_both_places(nlp_fr, "fr", expression, expected)


@pytest.mark.parametrize("lang, text, verb, expected", PLACEMENTS,
                         ids=[getattr(p, "values", p)[1][:60] for p in PLACEMENTS])
def test_placements(models, lang, text, verb, expected):
    dated = [e.event_date for e in events_of(models[lang], lang, text) if verb in e.verb]
    assert dated and dated[0] == expected, text
