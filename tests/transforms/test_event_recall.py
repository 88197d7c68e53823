"""Event recall on wire-style phrasings: lexicon phrases for whole classes (fire exchanges,
closed borders, crowd dispersal, prison sentences, alert levels) and French participles
glued to the next word by machine translation. Each rule: one positive, one negative."""
from datetime import date

import pytest

from tests.transforms.mentions import coded_with_entities
from transforms.event_triggers import glued_participle, load_lexicon
from transforms.events import code_events
from transforms.records import Actor, ActorMention

PUBLISHED = date(2026, 3, 12)


def _types(models, lang, text):
    return [kind for kind, _, _ in coded_with_entities(models[lang], lang, text)]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Thailand and Cambodia exchanged artillery fire along the border on Monday.", "ASSAULT"),
    ("en", "Thailand closed all border crossings with Cambodia on Monday evening.", "SANCTION"),
    ("en", "Lithuania imposed a travel ban on the Georgian officials on Wednesday.", "SANCTION"),
    ("en", "Georgian police used water cannon against protesters in Tbilisi.", "COERCE"),
    ("en", "A court in Moscow sentenced the journalist to six years in prison.", "COERCE"),
    ("en", "Anutin put troops in four provinces on high alert after the clashes with Cambodia.", "MOBILIZE"),
    ("fr", "L'armée tchadienne a repoussé une attaque de Boko Haram mercredi.", "ASSAULT"),
    ("fr", "Le Niger a fermé sa frontière avec le Bénin en juillet.", "SANCTION"),
    ("fr", "Un tribunal de N'Djamena a condamné Succès Masra à vingt ans de prison.", "COERCE"),
    ("fr", "La police tchadienne a dispersé les manifestants à N'Djamena.", "COERCE"),
    ("fr", "La Serbie a relevé son niveau d'alerte le long de la frontière avec le Kosovo.", "MOBILIZE"),
])
def test_wire_phrasings_are_events(models, lang, text, expected):
    assert expected in _types(models, lang, text)


@pytest.mark.parametrize("lang, text, absent", [
    # The same verbs without the companion word keep their own meaning or none.
    ("en", "Thailand and Cambodia exchanged letters on the border dispute.", "ASSAULT"),
    ("en", "Thailand closed its embassy for the holiday on Monday.", "SANCTION"),
    ("en", "Georgian police used new software to register visitors in Tbilisi.", "COERCE"),
    ("fr", "La France a condamné l'attaque contre le convoi de l'ONU.", "COERCE"),
    ("fr", "La Serbie a relevé le défi de l'organisation des Jeux.", "MOBILIZE"),
    ("fr", "Le Niger a fermé son usine d'uranium en juillet.", "SANCTION"),
])
def test_companionless_verbs_are_not_those_events(models, lang, text, absent):
    assert absent not in _types(models, lang, text)


def test_condamner_without_sentence_stays_accuse(models):
    assert "ACCUSE" in _types(models, "fr", "La France a condamné l'attaque contre le Mali.")


def test_glued_participle_is_read_as_its_verb(models):
    types = _types(models, "fr", "La police kosovare a arrêtémardi quatre Serbes près du Kosovo.")
    assert "COERCE" in types
    token = next(t for t in models["fr"]("Le Kosovo a arrêtémardi quatre Serbes.")
                 if t.text == "arrêtémardi")
    assert glued_participle(token, load_lexicon("fr")) == ["arrêter"]


def test_glued_word_without_auxiliary_or_known_verb_is_not_unglued(models):
    lex = load_lexicon("fr")
    doc = models["fr"]("Le marché a rouvertmardi et la fêtemardi a eu lieu.")
    assert all(glued_participle(t, lex) == [] for t in doc)
    assert glued_participle(models["en"]("Police arrestedmonday four men.")[1],
                            load_lexicon("en")) == []


def test_companion_found_after_the_verb_when_the_parse_broke(models):
    # The tagger reads "expulsé" as an adverb with no children: the object is in the next words.
    assert "SANCTION" in _types(models, "fr", "La France a expulsé douze diplomates algériens en avril.")
    assert "COOPERATE" in _types(
        models, "fr", "La Corée du Sud et les États-Unis ont lancé le 10 mars leurs manœuvres annuelles.")


def test_companion_is_not_taken_from_the_next_clause(models):
    types = _types(models, "fr", "La France a expulsé un militant, puis a reçu des diplomates algériens.")
    assert "SANCTION" not in types


def test_weekday_glued_to_the_verb_dates_the_event(models):
    doc = models["fr"]("La police kosovare a arrêtémardi quatre Serbes près de Zvecan.")
    mentions = [ActorMention(Actor(e.text, "COUNTRY"), e.text, e.start, e.end) for e in doc.ents]
    events = code_events(doc, "fr", mentions, "art_test", PUBLISHED)
    assert [e.event_date for e in events if e.event_type == "COERCE"] == [date(2026, 3, 10)]


def test_word_ending_like_a_weekday_is_not_a_date(models):
    from transforms.event_dates import _unglued
    assert _unglued("arrêtémardi") == "arrêté mardi"
    assert _unglued("mardi") == "mardi" and _unglued("Sunday") == "Sunday"


def test_act_someone_is_suspected_of_is_no_event(models):
    assert "ASSAULT" not in _types(
        models, "en", "Police in Pristina arrested four men suspected of attacking a patrol.")
    assert "ASSAULT" not in _types(
        models, "fr", "La police kosovare a arrêté quatre Serbes soupçonnés d'avoir attaqué une patrouille.")


def test_finite_accusation_still_reports_the_act(models):
    # "Le Mali a accusé l'Algérie d'avoir abattu un drone": the accusation is the verb's own.
    types = _types(models, "en", "Mali accused Algeria of shooting down a drone near the border.")
    assert "ACCUSE" in types


def _parties(models, lang, text):
    from transforms.actors import find_actors
    doc = models[lang](text)
    return [(e.event_type, e.source and e.source.name, e.target and e.target.name)
            for e in code_events(doc, lang, find_actors(doc, lang), "art_test", PUBLISHED)]


def test_victims_killed_in_an_attack_take_the_attacker_from_the_attack(models):
    assert ("ASSAULT", "Russia", "Kryvyi Rih") in _parties(
        models, "en", "Fourteen people were killed in a Russian missile strike on Kryvyi Rih on Friday.")
    assert ("ASSAULT", "JNIM", "Mali") in _parties(
        models, "fr", "Trois soldats maliens ont été tués dans une attaque du JNIM près de Kayes.")


def test_victims_killed_elsewhere_than_in_an_attack_get_no_attacker(models):
    events = _parties(models, "en", "Fourteen people were killed in Kryvyi Rih, Ukrainian officials said.")
    assert all(source is None for kind, source, _ in events if kind == "ASSAULT")


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia and China held joint naval drills in the Sea of Japan."),
    ("en", "Japan held drills with the United States near Okinawa."),
    ("fr", "La France a mené des exercices conjoints avec l'Inde dans l'océan Indien."),
    ("fr", "La Corée du Sud et les États-Unis ont lancé le 10 mars leurs manœuvres annuelles."),
])
def test_joint_drills_are_cooperation(models, lang, text):
    types = [kind for kind, _, _ in _parties(models, lang, text)]
    assert "COOPERATE" in types and "MOBILIZE" not in types


@pytest.mark.parametrize("lang, text", [
    ("en", "China held large-scale military drills around Taiwan on Monday."),
    ("fr", "La Chine a lancé lundi des manœuvres militaires autour de Taïwan."),
])
def test_one_sided_drills_are_a_show_of_force(models, lang, text):
    types = [kind for kind, _, _ in _parties(models, lang, text)]
    assert "MOBILIZE" in types and "COOPERATE" not in types


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "La police turque a procédé à l'arrestation de quarante personnes à Istanbul.", "COERCE"),
    ("en", "Turkish police carried out arrests in Istanbul on Tuesday.", "COERCE"),
    ("en", "Sudan's army said it had recaptured the town of Bara from the Rapid Support Forces.", "ASSAULT"),
    ("fr", "L'armée soudanaise a repris le contrôle de Bara.", "ASSAULT"),
])
def test_light_verbs_carry_the_event_of_their_noun(models, lang, text, expected):
    assert expected in [kind for kind, _, _ in _parties(models, lang, text)]


def test_light_verb_without_its_noun_is_no_event(models):
    assert _parties(models, "fr", "Le tribunal a procédé à l'examen du dossier d'Istanbul.") == []


def test_active_verb_par_phrase_is_the_means_not_the_agent(models):
    assert _parties(models, "fr", "Israël a riposté par des frappes sur le Liban.") == [
        ("ASSAULT", "Israel", "Lebanon")]


def test_passive_par_phrase_is_still_the_agent(models):
    assert ("CONSULT", "Xi Jinping", "Emmanuel Macron") in _parties(
        models, "fr", "Le président français Emmanuel Macron a été reçu mardi par Xi Jinping à Pékin.")


def test_conjoined_verb_after_and_actor_takes_that_actor(models):
    events = _parties(models, "en", "Hezbollah fired rockets at northern Israel and Israel "
                                    "responded with air strikes on Lebanon.")
    assert ("ASSAULT", "Israel", "Lebanon") in events


def test_conjoined_verb_sharing_the_subject_keeps_it(models):
    events = _parties(models, "en", "Iran detained a French citizen and charged him with espionage.")
    assert [source for _, source, _ in events] == ["Iran", "Iran"]


def test_tensed_verb_hung_on_an_infinitive_is_its_own_clause(models):
    events = _parties(models, "fr", "Bamako a accusé l'Algérie de « soutenir les groupes terroristes » "
                                    "et a convoqué l'ambassadeur algérien.")
    assert ("REQUEST", "Mali") in [(kind, source) for kind, source, _ in events]


def test_infinitive_conjunct_stays_in_the_complement(models):
    # "menacé de frapper ... et de bloquer": the conjunct is still what was threatened.
    kinds = [kind for kind, _, _ in _parties(
        models, "fr", "L'Iran a menacé de frapper Israël et de bloquer le détroit d'Ormuz.")]
    assert kinds == ["THREATEN"] or "ASSAULT" not in kinds


def test_passive_agent_hung_on_a_noun_is_found_after_the_verb(models):
    events = _parties(models, "fr", "Des centaines de personnes ont manifesté à N'Djamena, avant d'être "
                                    "dispersées à coups de gaz lacrymogène par la police tchadienne.")
    assert ("COERCE", "Chad", None) in events


def test_par_after_an_active_verb_or_a_comma_is_no_agent(models):
    events = _parties(models, "fr", "La police a été déployée à N'Djamena, selon un communiqué publié "
                                    "par le Tchad.")
    assert all(source != "Chad" or kind != "MOBILIZE" for kind, source, _ in events)


def test_whose_forces_act_for_the_actor_before_dont(models):
    events = _parties(models, "fr", "Mahamat Idriss Déby s'est éloigné de la France, dont les derniers "
                                    "soldats ont quitté le pays en janvier 2025.")
    assert ("RETREAT", "France", None) in events


def test_subject_without_dont_borrows_no_owner(models):
    events = _parties(models, "fr", "Mahamat Idriss Déby s'est éloigné de la France, et les derniers "
                                    "soldats ont quitté le pays en janvier 2025.")
    assert ("RETREAT", "France", None) not in events
