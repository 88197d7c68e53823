"""Cross-links, bylines and credits are blanked before parsing; prose is not."""
import pytest

from transforms.boilerplate import is_boilerplate, text_for_parsing
from transforms.extract import extract_many
from transforms.records import Article

BOILERPLATE = [
    "Lire aussi : L'Ukraine frappe une raffinerie russe",
    "Lire aussi | Au Soudan, la famine s'étend",
    "À lire aussi : la crise au Sahel",
    "LIRE AUSSI - Les sanctions contre Moscou",
    "- Lire aussi : la guerre commerciale",
    "Lire notre enquête : les réseaux de Wagner en Afrique",
    "Voir la vidéo",
    "Lire la suite:Tusk et Merz relancent le Triangle de Weimar à Berlin",
    "Par Patrick Ilunga, à Kinshasa, et Sophie Marchal",
    "Read more: Trump threatens tariffs on EU cars",
    "READ MORE: China hits back",
    "Related: Iran talks stall",
    "Also read: Sudan's war in maps",
    "(Reporting by Jane Doe in Washington; Editing by Tom Hogue)",
    "Reporting by Jane Doe; additional reporting by John Roe",
    "(With reporting by Marta Kowal in Warsaw)",
    "With additional reporting by Idris Bello and Ana Souza",
    "(avec AFP)",
    "Avec AFP et Reuters",
    "(With Reuters)",
    "© Reuters 2025",
    "Crédit photo : Ludovic Marin / AFP",
    "By Humeyra Pamuk and Simon Lewis",
    "By Jane Doe, BBC News, Kyiv",
    "Par Jean-Pierre Dupont, envoyé spécial à Kyiv",
    "Associated Press writers Jane Doe in Brussels and John Roe in London contributed to this report.",
    "Jane Doe contributed reporting from Nairobi.",
    "(Reporting par la rédaction de Dubaï; Editing par Thomas Lefèvre)",
    "Par Julien Ferrand et Marion Dubreuil (à Bruxelles)",
    "Source: Al Jazeera and news agencies",
    "Image source, Getty Images",
    "Publié le 12/03/2026 à 14h05, mis à jour à 16h20",
    "Mis à jour le 3 mars 2026 à 09:12",
    "Updated March 3, 2026 at 4:20 p.m. ET",
    "Published 3 hours ago",
    "Published: 14:05 GMT, 3 March 2026",
    "Temps de lecture : 4 min",
    "5 min read",
    "5 min lecture",
    "Mis à jour 4 mars 2026 à 10h20 HE",
    "November 14, 2025 1:52 PM GMT+5:30 Updated 3 hours ago",
    "Publicité",
    "Advertisement",
    # machine-translated page furniture, accents lost, parts on one line
    "Par la redaction avec AFP | Publie le 09/04/2026 a 11:20 | Lecture 6 min",
    "Par la rédaction",
    "By staff with Reuters",
    "Mis a jour le 3 mars 2026 a 09:12",
    "Lecture 4 min",
]

PROSE = [
    "With Reuters reporting that the talks had collapsed, ministers met again on Friday.",
    "see also whether the talks resume",  # a hard-wrapped line of prose
    "By Tuesday, officials said the border was closed.",
    "By President Joe Biden's order, troops left the base.",
    "Lire les accords de Minsk comme un échec serait une erreur, a-t-il dit.",
    "Photo : Emmanuel Macron à l'Élysée, le 3 mars.",  # a caption is about the story
    "(avec l'aide de la France, le pays a reconstruit ses écoles)",
    "Reuters reported that the talks had collapsed, according to three sources.",
    "Published figures show exports fell by 12 percent in March.",
    "Updated guidance from the ministry was issued on Tuesday.",
    "Publié le rapport, le ministre a démissionné.",
    "November 14, 2025 was the day the talks collapsed in Doha.",
    "Sources close to the talks said the deal had been agreed in principle on Monday night.",
    "The minister said she had contributed to the report herself, calling it balanced and fair.",
    "Par la voix de son porte-parole, le Kremlin a dénoncé | les sanctions.",
    "By staff accounts, the base was empty when the drones struck on Monday.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_lines_are_recognised(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", PROSE)
def test_prose_is_kept(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line, kept, credit", [
    ("Image caption, A family carries belongings in Mossuril. Image source, Getty Images",
     "Mossuril", "Getty"),
    ("Sen. Tim Kaine speaks to reporters in Washington, Thursday. (AP Photo/Mark Ellison)",
     "Tim Kaine", "Ellison"),
    ("Photo : Des agriculteurs à Bruxelles, le 18 décembre 2025. © Nicolas Maeterlinck / Belga",
     "Bruxelles", "Belga"),
    ("Un soignant consulte des dossiers au centre hospitalier de Lens, le 20 novembre 2026. "
     "(Photo Denis Charlet / AFP)", "Lens", "Charlet"),
    ("A Philippine Navy ship sails past a Chinese coast guard vessel near Scarborough Shoal, "
     "November 23, 2026. REUTERS/Eloisa Lopez", "Scarborough", "Lopez"),
])
def test_a_captions_trailing_credit_is_blanked(line, kept, credit):
    blanked = text_for_parsing(line)
    assert len(blanked) == len(line) and kept in blanked and credit not in blanked


def test_an_agency_and_a_poll_in_a_sentence_are_kept():
    line = "The minister said the talks failed. Reuters/Ipsos polls show support fell."
    assert text_for_parsing(line) == line


def test_blanking_keeps_length_and_paragraphs():
    text = "Premier paragraphe.\n\nLire aussi : autre chose\n\nDernier paragraphe."
    blanked = text_for_parsing(text)
    assert len(blanked) == len(text)
    assert blanked.split("\n\n") == ["Premier paragraphe.", " " * 24, "Dernier paragraphe."]
    assert text_for_parsing("") == ""
    assert text_for_parsing("Titre\n   \n\t\nTexte.") == "Titre\n   \n\t\nTexte."
    assert not is_boilerplate("") and not is_boilerplate("   ")


STORY_FR = (
    "Le président kényan William Ruto a reçu jeudi à Nairobi le Premier ministre éthiopien "
    "Abiy Ahmed pour des entretiens sur la sécurité régionale et le commerce entre les deux "
    "pays.\n\n"
    "Lire aussi : Au Soudan, les paramilitaires des FSR bombardent El-Obeid\n\n"
    "Les deux dirigeants ont signé un accord sur un corridor routier et ferroviaire, a indiqué "
    "la présidence kényane dans un communiqué.\n\n"
    "(avec AFP)"
)


def test_cross_link_gives_no_actor_and_offsets_stay_right(nlp_fr):
    article = Article(external_id="b1", text=STORY_FR, source_ref="test",
                      title="Ruto reçoit Abiy Ahmed", language="fr")
    [result] = extract_many([article], nlp_fr)
    names = {m.actor.name for m in result.mentions}
    assert "William Ruto" in names
    # The cross-link's paramilitaries and the credit's agency are another story's.
    assert not any("Soutien" in n or "FSR" in n or n == "AFP" for n in names), names
    for mention in result.mentions:
        assert STORY_FR[mention.start_char:mention.end_char] == mention.mention_text


@pytest.mark.parametrize("line", [
    "By Miguel Santos in Manila and Erik Lund in Stockholm",
    "Tue 24 Nov 2026 11.42 GMT",
])
def test_more_page_lines_are_recognised(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("text, gone, kept", [
    ("Le texte. Il a dit.\n\nPhoto : Des manifestants à Buenos Aires, le 5 mai 2026. "
     "JUAN MABROMATA / AFP\n\nFin.", "MABROMATA", "Buenos Aires"),
    ("Text.\n\nDaniel Korver after landing in Doha. Photograph: Karim Jaafar/AFP via Getty "
     "Images\n\nEnd.", "Getty", "Doha"),
    ("A story.\n\nThe talks went on.\n\nHannah Mercer is diplomatic correspondent",
     "Mercer", "talks"),
    ("Un récit.\n\nLa grève continue.\n\nLucia Ferrand", "Ferrand", "grève"),
])
def test_credits_and_signatures_are_blanked(text, gone, kept):
    blanked = text_for_parsing(text)
    assert len(blanked) == len(text) and gone not in blanked and kept in blanked


def test_a_signature_with_where_it_was_filed_is_blanked_and_prose_is_not():
    signed = "Un récit.\n\nLa grève continue.\n\nClaire Vasseur (Vienne, envoyée spéciale)"
    assert "Vienne" not in text_for_parsing(signed)
    prose = "Un récit.\n\nLa grève continue.\n\nLe président a parlé à Vienne (Autriche), lundi"
    assert text_for_parsing(prose) == prose
