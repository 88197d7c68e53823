"""The common words of security cooperation that English copy uses beside the pacts and joint
patrols the taxonomy had: a security treaty, intelligence shared between states' services,
police trained by a partner, a regional stabilisation force. Stories written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


@pytest.mark.parametrize("text, term", [
    ("Tokyo and Manila signed a security treaty on Friday.", "security treaty"),
    ("The two countries have signed security treaties with Washington.", "security treaty"),
    ("Kenyan and Somali officers share intelligence on al-Shabaab cells.", "share intelligence"),
    ("The agencies shared intelligence on the smugglers' routes.", "share intelligence"),
    ("The deal deepens intelligence cooperation between Rabat and Madrid.",
     "intelligence cooperation"),
    ("Canberra will keep paying for police training in Port Moresby.", "police training"),
    ("A regional stabilisation force has kept order in the capital since 2021.",
     "stabilisation force"),
])
def test_security_cooperation_words(nlp_en, text, term):
    assert ("SECURITY_COOPERATION", term) in term_weights(nlp_en(text), "en")


_PARTNERS = (
    "PORT VILA, March 4 (Vigie) - Vanuatu and New Zealand signed a security treaty on Tuesday "
    "that lets New Zealand police and defence personnel serve in the islands at Vanuatu's "
    "request, the first such pact Port Vila has signed with a neighbour.\n\n"
    "Under the treaty, Wellington will fund police training for 300 Vanuatu officers over five "
    "years and station two advisers at the police headquarters. The two governments will also "
    "share intelligence on drug shipments crossing the Pacific, officials said.\n\n"
    "Prime Minister Jotham Napat said the agreement did not close the door to other partners. "
    "China, which built Vanuatu's parliament and its main wharf, has offered a police training "
    "programme of its own.\n\n"
    "New Zealand's foreign minister, who flew in for the signing, said the region's security "
    "was best looked after by Pacific countries themselves.\n\n"
    "Vanuatu's economy relies on tourism and on remittances from seasonal workers in Australia "
    "and New Zealand.\n\n")


def test_a_security_treaty_story_is_security_cooperation(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(_PARTNERS), "en")}
    assert "SECURITY_COOPERATION" in found
