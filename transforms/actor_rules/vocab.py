"""Word lists and shapes shared by the actor rules (titles, glue, particles, acting nouns).

The candidate record every rule family returns lives here too.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from transforms.countries import DATA_DIR, norm
from transforms.records import Actor


_TITLES_DATA = json.loads((DATA_DIR / "titles.json").read_text(encoding="utf-8"))
TITLE_ROLES: dict[str, str] = {norm(k): v for k, v in _TITLES_DATA["titles"].items()}
TITLE_KEYS = sorted(TITLE_ROLES, key=len, reverse=True)
TITLE_WORDS = {norm(w) for w in _TITLES_DATA["title_words"]} | {
    w for k in TITLE_ROLES for w in k.split()}
# Words allowed between a title and the name: "le ministre japonais de la Défense X".
TITLE_GLUE = {"le", "la", "les", "l'", "de", "du", "des", "d'", "of", "the", "'s", "s", "'",
               "et", "and", "-", "adjoint", "adjointe", "deputy", "acting", "interim",
               "par", "haut", "haute", "high", "representative", "représentant"}
NAME_PARTICLES = {"de", "da", "di", "du", "van", "von", "der", "den", "bin", "ben", "al",
                   "el", "la", "le", "dos", "das", "ibn", "abu", "ter", "y"}
LOCATIVE = {"à", "au", "aux", "en", "in", "at", "near", "près", "from", "to", "vers",
             "dans", "depuis", "de", "outside", "into"}
PLURAL_DETERMINERS = {"les", "des", "aux", "the", "de", "d'", "d’"}
# A capital after these is a place ("à Tokyo", "officials in Seoul"), not its government.
# Compared with accent-folded keys (countries.norm), so folded here too: "à" is "a".
PLACE_PREPOSITIONS = {norm(w) for w in """
à au aux en in at near près to vers dans depuis outside into through between entre around
across over toward towards sur on until jusqu'à via par-delà""".split()}
# "pressions de Washington", "pressure from Washington": the capital is the government.
STANCE_NOUNS = {norm(w) for w in """
pression pressions appel appels demande demandes réponse position décision refus soutien
accusations menaces exigence exigences proposition offre critiques avertissement
avertissements ultimatum objections protestations feu pressure pressures call calls
request requests response position decision refusal support accusations threats demand
demands proposal offer criticism warning warnings objection protest protests approval
égide auspices médiation gouvernement régime autorités revendication revendications
claim claims
réaction réactions reaction reactions condamnation condamnations condemnation condemnations
mains hands tutelle diktat
sanctions mediation government regime authorities
candidat candidate allié alliés ally allies marionnette puppet proxy protégé émissaire
envoyé envoy émissaires envoys
veto vetoes feu-vert approbation permission autorisation
recettes revenus budget exportations réserves dette arsenal politique stratégie intérêts
ambitions influence troupes soldats frappes diplomatie diplomates représentants
revenues exports reserves arsenal policy strategy interests ambitions influence troops
colère anger délégation délégations delegation delegations coalition douane douanes tarifs
tariffs
fire vouloir compte ombre dam behalf
""".split()}

# Glue from machine translation: "TradeRutte", "2022Kishida". Three lowercase letters
# before the capital keeps "McDonald", "DeSantis", "YouTube" intact.
# Machine translation glues words at lowercase->Uppercase ("TradeRutte"), digit->letter
# ("2022Kishida") and word->year ("Kishida2022", "Nairobi2025") boundaries; only a
# four-digit year splits after a word, so "NoName057" or "Cl0p" stay whole.
GLUE = re.compile(r"(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-Ý][a-zà-ÿ]{2})|(?<=\d)(?=[A-ZÀ-Ý][a-zà-ÿ])"
                  r"|(?<=[a-zà-ÿ]{2})(?=(?:19|20)\d\d(?!\d))"
                  # an acronym glued to the end of a word: "Médecins sans frontièresMSF"
                  r"|(?<=[a-zà-ÿ]{3})(?=[A-Z]{2,6}$)")
# Common nouns for places that machine translation capitalises ("deuxième ville du Pays"):
# NER tags them, but alone they name no place.
GENERIC_PLACE_NOUNS = {norm(w) for w in """
pays région ville capitale province territoire continent nation royaume état localité
country region city capital territory continent nation kingdom state town
""".split()}


NAME_TOKEN = re.compile(r"^[A-ZÀ-ÝĀ-Ž][\w'’.-]*$")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&+-]{1,7}$")

# Nouns for people or bodies acting for or belonging to a country: a demonym on one of
# them is the country itself ("l'armée russe", "Chinese warships", "Kenyan protesters",
# "un journaliste néerlandais", "deux touristes français"), while a
# demonym on anything else ("Russian gas", "produits américains") is no actor.
# Head nouns of French bodies' names, the only capitalised word of the name: "Ligue
# tchadienne des droits de l'homme", "Syndicat national des journalistes tunisiens".
BODY_HEADS_FR = {norm(w) for w in """
Ligue Fédération Association Union Confédération Conseil Comité Syndicat Mouvement Parti
Observatoire Collectif Coordination Front Rassemblement Alliance Institut Agence Office
Organisation Centre Commission Autorité Société Banque Compagnie Fondation Académie
""".split()}

# Months and weekdays, which the models run into the name after them when no comma follows
# ("In March Adamu Bello said", "Lundi Tshisekedi a reçu"): no name starts with one, and
# none is a given name before a known surname.
CALENDAR_WORDS = {norm(w) for w in """
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
lundi mardi mercredi jeudi vendredi samedi dimanche
""".split()}

ACTING_NOUNS = {norm(w) for w in """
armée armées forces force troupes soldats soldat militaires marine marines aviation police
gendarmerie garde-côtes gardes-côtes gardes-frontières autorités gouvernement régime
administration junte ministère ministères diplomatie diplomates diplomate responsables
officiels dirigeants homologue homologues navires navire bâtiments drones drone missiles
missile frappes frappe bombardiers avions chasseurs sous-marins manifestants opposition
ressortissants prisonniers détenus otages journaliste journalistes employé employés
entreprise entreprises groupe groupes industrie industriels renseignement services
enquêteurs procureurs justice agents combattants commandants commandement état-major
négociateurs délégation ambassade hackers pirates espions policiers douaniers
délégations ambassades officiers instructeurs
army armies military forces troops soldiers soldier navy navies police coast guard
authorities officials official government regime administration junta ministry
diplomacy diplomats diplomat leaders counterpart counterparts warships warship vessels
ships ship drones drone missiles missile strikes strike jets bombers submarines
protesters demonstrators opposition nationals citizens prisoners detainees hostages
journalist journalists employee employees companies company firms firm industry
intelligence investigators prosecutors commanders negotiators delegation embassy
delegations embassies officers instructors
fighters hackers spies airstrikes air-strikes
frégate frégates destroyer destroyers corvette corvettes porte-avions patrouilleur
patrouilleurs bombardiers frigate frigates carrier carriers cutter cutters
touriste touristes ressortissant citoyen citoyens étudiant étudiants chercheur chercheurs
travailleurs ouvriers pêcheurs marins équipage humanitaires volontaires mercenaires
médecins ingénieurs reporter reporters représentant représentants représentante
representative representatives
ministres ministers
milice milices miliciens rebelles paramilitaires militia militias militiamen rebels
paramilitaries
casque casques peacekeeper peacekeepers
brigade brigades bataillon bataillons régiment régiments division divisions unité unités
contingent contingents détachement détachements escadron escadrons escadrille
battalion battalions regiment regiments unit units detachment detachments squadron
squadrons
tourist tourists national citizen student students researcher researchers workers
fishermen sailors crew aid-workers volunteers mercenaries doctors engineers
banque banques sociétés société firmes opérateurs compagnies constructeurs fabricants
raffineurs armateurs chantiers laboratoires
bank banks operators carriers manufacturers shipyards refiners lenders
group groups conglomerate suppliers supplier exporters importers producers carmakers
automakers carmaker automaker insurers retailers airlines airline
fournisseurs fournisseur équipementiers équipementier exportateurs producteurs
responsable dirigeant militaire officiel policier diplomates
parlement parlements parlementaires députés sénateurs législateurs
parliament parliaments lawmakers legislators mps senators
ambassador ambassadors ambassadeur ambassadeurs envoy envoys émissaire émissaires
consul consuls spokesman spokeswoman spokesperson porte-parole
agriculteurs paysans éleveurs farmers growers
chimiste sidérurgiste pétrolier gazier électricien assureur motoriste avionneur armurier
concurrent concurrents rival rivals géant giant fabricant constructeur équipementier
opérateur transporteur armateur laboratoire maker makers manufacturer producer
partenaires partenaire investisseurs investisseur créanciers créancier
partners partner investors investor creditors creditor
côté coté side
couple couples family families man men woman women child children teenager teenagers boy
boys girl girls businessman businessmen businesswoman pilot pilots resident residents
expatriate expatriates expat expats retiree retirees nurse nurses priest priests
famille familles homme hommes femme femmes enfant enfants adolescent adolescents adolescente
garçon garçons fille filles résident résidents expatrié expatriés pilote pilotes retraité
retraités infirmière infirmières prêtre prêtres
engineer teacher teachers doctor worker workers aid-worker student researcher
start-up start-ups startup startups major
ingénieur enseignant enseignante enseignants médecin chercheuse étudiante
""".split()}
# Words that may sit between a noun and its demonym: "navires de guerre chinois",
# "Japanese pharmaceutical employee", "Chinese Foreign Ministry".
# Compared with norm()'d keys, so folded the same way ("sécurité" -> "securite").
BETWEEN_NOUN_AND_DEMONYM = {norm(w) for w in (
    "de", "d'", "l'", "guerre", "et", "and", "air", "terre", "aériennes", "aérienne",
    "militaires", "military", "naval", "navales", "foreign", "security", "sécurité", "state",
    "coast", "border",
    "bleu", "bleus",  # "un casque bleu zambien": the peacekeeper's helmet, not a noun of its own
    # a minister's portfolio: "les ministres de l'Intérieur grec et italien", "les
    # ministères de la Défense français et allemand"
    "la", "intérieur", "défense")}
NER_PERSON = {"PER", "PERSON"}
NER_ORG = {"ORG"}
NER_PLACE = {"LOC", "GPE"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}


def first_conjunct(token):
    """The first of coordinated words ("Gaza City and Kuwait City" -> "Gaza City"), whose
    dependency says what the whole list does. spaCy builds a new Token object on every
    access, so heads are compared by position, not identity."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


@dataclass
class Candidate:
    actor: Actor
    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    source: str  # dict | body | glue | surname | ner


# Arabic names written with the "Abd" servant prefix joined to the divine name keep its
# capital inside the word: "AbdulRahman AbdulRazaq", "AbdelFattah" are one word, no glue.
_ABD_NAME = re.compile(r"^(?:Abdul|Abdel|Abdal|Abdoul|Abdur)[A-Z][a-z]+[,.]?$")


def abd_names_only(text: str, glue: re.Pattern = GLUE) -> bool:
    """Whether every word `glue` finds glued in `text` is such an "Abd" name."""
    return all(_ABD_NAME.match(w) for w in text.split() if glue.search(w))


def is_glued(text: str) -> bool:
    return len(GLUE.split(text)) > 1 and not abd_names_only(text)


# Machine translation glues the next small word to a name with no capital to mark it:
# "Donald Trumpa annoncé", "l'OMSlundi", "Putinon Tuesday" (actor_rules/glued_tails.py).
# Longest first, so "ont" is tried before "on" would leave "Philippinesont" as "Philippineso".
# No articles or short prepositions ("Michelle", "Versailles" end in "le", "les") but
# "à", which ends no name ("Lecornuà Kiev"), and longer words that end no name either
# ("Petrodont", "Macronavec", "Starmerwho"); the head must still be a known name. Not "sont": tried first, it would leave
# "Philippinesont" as "Philippine" + "sont" and hide the right split.
_TAILS = sorted("""
a à et ont est qui lundi mardi mercredi jeudi vendredi samedi dimanche
dont avait avaient selon avec pour mais après
on and said says monday tuesday wednesday thursday friday saturday sunday
has had was were who which with
président présidente president ministre minister
""".split(), key=len, reverse=True)
# One search per word instead of a loop over the tails: most words end in none of them.
TAIL_END = re.compile(f"(?:{'|'.join(_TAILS)})$")
_MIN_HEAD = 4  # "Putin"/"Put"+"in" and "Manet"/"Man"+"et": short heads are real names' roots


def split_glued_tail(text: str, lowercase_ok: bool = False) -> tuple[str, str] | None:
    """(head, tail) when `text` may be a name with a listed small word glued on by machine
    translation ("Trumpa", "Chinea", "OMSlundi"); callers check the head is a known name
    and the whole word is not."""
    if not (text[:1].isupper() or lowercase_ok and text[:1].islower()) \
            or not text[-1:].islower():
        return None
    for tail in _TAILS:
        if not text.endswith(tail):
            continue
        head = text[:-len(tail)]
        acronym = head.isupper() and len(head) >= 2  # "OMSlundi", "UEet"
        if acronym or len(head) >= _MIN_HEAD and head[-1].isalpha():
            return head, tail
    return None
