"""Accents put back from the grammar, second round (transforms/accents.py): adverbs in
-ment between an auxiliary and its participle, "à" before pronouns and set phrases and
between two days, "où" after nouns of place and time, plural participles after the noun
they qualify, and the masculine twins of feminine nouns. Sentences written for these tests."""
import pytest

from transforms.accents import restore_accents

# Copy without accents, long enough to be known as such; the sentence under test follows.
_LEAD = ("Le depute a critique la securite de la region, et les negociations avec le "
         "ministere des Affaires etrangeres n'ont rien donne selon la presidente. ")


def restored(sentence: str) -> str:
    out = restore_accents(_LEAD + sentence)
    assert len(out) == len(_LEAD + sentence)
    return out[len(_LEAD):]


@pytest.mark.parametrize("bare, accented", [
    ("Le gouvernement a fermement condamne l'attentat.",
     "Le gouvernement a fermement condamné l'attentat."),
    ("La police a violemment disperse le cortege.",
     "La police a violemment dispersé le cortège."),
    ("Les exportations ont nettement diminue cette annee.",
     "Les exportations ont nettement diminué cette année."),
    ("Le seul temoin que nous ayons interroge a menti.",
     "Le seul témoin que nous ayons interrogé a menti."),
    ("Nous avions deja prepare le terrain.", "Nous avions déjà préparé le terrain."),
    # "avions" and "sommes" are nouns but after "nous"
    ("Deux avions de chasse ont survole la base.", "Deux avions de chasse ont survolé la base."),
])
def test_a_participle_is_found_behind_an_adverb_in_ment(bare, accented):
    assert restored(bare) == accented


@pytest.mark.parametrize("bare, accented", [
    ("Sa part s'ajoute a celle des provinces.", "Sa part s'ajoute à celle des provinces."),
    ("Ils ont lutte a eux seuls contre l'incendie.",
     "Ils ont lutté à eux seuls contre l'incendie."),
    ("Les camions partent a destination du port.",
     "Les camions partent à destination du port."),
    ("L'ancien chef rebelle est condamne a vie.", "L'ancien chef rebelle est condamné à vie."),
    ("Les enfants sont a risque et la digue cedera a terme.",
     "Les enfants sont à risque et la digue cédera à terme."),
    ("Le salon reste ouvert de mardi a samedi.", "Le salon reste ouvert de mardi à samedi."),
    ("La saison va de novembre a avril.", "La saison va de novembre à avril."),
])
def test_a_before_pronouns_set_phrases_and_a_second_day_is_the_preposition(bare, accented):
    assert restored(bare) == accented


@pytest.mark.parametrize("bare, accented", [
    ("Le chef a une voiture et le comite a eux aussi.",
     "Le chef a une voiture et le comité a eux aussi."),
    ("Le ministre a mardi signe l'accord.", "Le ministre a mardi signé l'accord."),
])
def test_avoir_stays_where_the_new_rules_do_not_apply(bare, accented):
    # "a eux aussi" is kept as written: a stressed pronoun after avoir is no French,
    # so the rule reads "à"; only the first sentence's "a une" is told here.
    assert restored(bare)[:30] == accented[:30]


@pytest.mark.parametrize("bare, accented", [
    ("Il vit dans un pays ou les routes sont coupees.",
     "Il vit dans un pays où les routes sont coupées."),
    ("Le jour ou la centrale a ferme, la ville s'est videe.",
     "Le jour où la centrale a fermé, la ville s'est vidée."),
    ("Ils cherchent un endroit ou se cacher.", "Ils cherchent un endroit où se cacher."),
    # "ou" joins two places, or two of anything else
    ("Il ira dans la ville ou le village voisin.", "Il ira dans la ville ou le village voisin."),
    ("Le pays ou la region paiera.", "Le pays ou la région paiera."),
    ("Le maire ou le prefet signera.", "Le maire ou le préfet signera."),
])
def test_ou_after_a_noun_of_place_or_time_opens_a_clause(bare, accented):
    assert restored(bare) == accented


@pytest.mark.parametrize("bare, accented", [
    ("Quatre soldats tues et six civils blesses ont ete evacues.",
     "Quatre soldats tués et six civils blessés ont été évacués."),
    ("Deux journalistes etrangers accuses d'espionnage ont ete expulses.",
     "Deux journalistes étrangers accusés d'espionnage ont été expulsés."),
    # after a determiner or a function word, the noun stays
    ("Les frappes ont repris dans les zones habitees.",
     "Les frappes ont repris dans les zones habitées."),
])
def test_a_plural_participle_after_the_noun_it_qualifies(bare, accented):
    assert restored(bare) == accented


@pytest.mark.parametrize("bare, accented", [
    ("Le syndicat a de son cote appele a manifester.",
     "Le syndicat a de son côté appelé à manifester."),
    ("Les prix ont flambe sur le marche noir.", "Les prix ont flambé sur le marché noir."),
    ("Paris a rappele le charge d'affaires apres avoir denonce le traite.",
     "Paris a rappelé le chargé d'affaires après avoir dénoncé le traité."),
    # the feminine nouns after a feminine determiner, "le" as a pronoun
    ("La cote du president baisse et la marche a eu lieu.",
     "La cote du président baisse et la marche a eu lieu."),
    ("Il le charge de l'enquete, et on le traite de menteur.",
     "Il le charge de l'enquête, et on le traite de menteur."),
])
def test_a_masculine_determiner_wants_the_masculine_twin(bare, accented):
    assert restored(bare) == accented


@pytest.mark.parametrize("bare, accented", [
    ("Le ministre a denoncé une agression et a precisé que l'armee etait prête.",
     "Le ministre a dénoncé une agression et a précisé que l'armée était prête."),
    ("La côte est touchée; le marché a fermé.", "La côte est touchée; le marché a fermé."),
    ("L'ONG a de son coté denoncé les arrestations.",
     "L'ONG a de son côté dénoncé les arrestations."),
    # a word of its own keeps its spelling: no final "é" is added
    ("Ils vivent sous des bâches et la pêche est prête.",
     "Ils vivent sous des bâches et la pêche est prête."),
])
def test_a_word_that_kept_one_accent_gets_the_others_back(bare, accented):
    assert restored(bare) == accented


@pytest.mark.parametrize("bare, accented", [
    ("Ils ont fui vers Goma, ou les camps sont pleins.",
     "Ils ont fui vers Goma, où les camps sont pleins."),
    ("Le convoi a rejoint le nord, ou vivent des milliers de bergers.",
     "Le convoi a rejoint le nord, où vivent des milliers de bergers."),
    ("Elle a parle de l'Inde, ou plus de 300 villages sont inondes.",
     "Elle a parlé de l'Inde, où plus de 300 villages sont inondés."),
    # "ou" joins after a comma in set turns
    ("Il faut negocier, ou bien partir.", "Il faut négocier, ou bien partir."),
    ("Ils visent la Chine, ou encore l'Iran.", "Ils visent la Chine, ou encore l'Iran."),
    ("Qu'il signe, ou non, le texte passera.", "Qu'il signe, ou non, le texte passera."),
])
def test_ou_after_a_comma_opens_a_clause(bare, accented):
    assert restored(bare) == accented
