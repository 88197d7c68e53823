"""What a text voted down or vetoed would have done ("un projet de résolution qui aurait
imposé un embargo", like the English "would have imposed") is no event; the press's
conditional perfect ("aurait expulsé", reportedly) still is. Sentences of our own writing."""
from datetime import date

import pytest

from tests.transforms.mentions import types_with_found_actors

PUBLISHED = date(2026, 11, 27)


@pytest.mark.parametrize("text, left_out", [
    ("La Chine a opposé jeudi son veto à un projet de résolution qui aurait imposé des "
     "sanctions au Myanmar.", "SANCTION"),
    ("La Russie a opposé mardi son veto à un projet de résolution du Conseil de sécurité qui "
     "aurait imposé un embargo sur les armes au Soudan.", "SANCTION"),
    ("Les députés ont rejeté un texte qui aurait interdit les rassemblements devant "
     "l'Assemblée.", "COERCE"),
])
def test_what_a_text_would_have_done_is_no_event(nlp_fr, text, left_out):
    types = types_with_found_actors(nlp_fr, "fr", text, PUBLISHED)
    assert "REJECT" in types and left_out not in types, types


def test_the_reported_conditional_is_still_an_event(nlp_fr, nlp_en):
    assert "SANCTION" in types_with_found_actors(
        nlp_fr, "fr", "Le Mali aurait expulsé l'ambassadeur de France, selon des sources "
                      "diplomatiques.", PUBLISHED)
    assert "SANCTION" not in types_with_found_actors(
        nlp_en, "en", "China vetoed a draft resolution that would have imposed sanctions on "
                      "Myanmar.", PUBLISHED)
