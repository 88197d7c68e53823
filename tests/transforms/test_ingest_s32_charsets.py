"""A page whose declared charset lies. Single-byte charsets decode any bytes, so a French
page in Windows-1252 labelled windows-1251 (a template's leftover <meta>, or a server's
default) loaded as "franзais", "étrangčres" without a word. Vigie reads French and
English: such a page is read as Windows-1252; a real Cyrillic or Czech page keeps its
charset."""
import pytest

from transforms.ingest import article_from_html, decode_html

FR = ("Le ministre français des Affaires étrangères a rencontré son homologue allemand à "
      "Berlin pour discuter de la coopération en matière de défense et de la sécurité "
      "européenne. ") * 3


def _page(text: str, meta: str | None) -> str:
    head = f'<meta charset="{meta}">' if meta else ""
    return f"<html><head>{head}<title>Titre</title></head><body><article><p>{text}</p>" \
           f"</article></body></html>"


@pytest.mark.parametrize("label", ["windows-1251", "koi8-r", "iso-8859-2", "iso-8859-5"])
def test_a_french_page_under_a_lying_meta_charset(label):
    article = article_from_html(_page(FR, label).encode("cp1252"), None, "p.html")
    assert article.text == FR.strip()


@pytest.mark.parametrize("label", ["windows-1251", "iso-8859-2"])
def test_a_french_page_under_a_lying_server_charset(label):
    data = _page(FR, None).encode("cp1252")
    article = article_from_html(data, "https://x.test/a", "https://x.test/a", charset=label)
    assert article.text == FR.strip()


@pytest.mark.parametrize("text, label", [
    ("Министр иностранных дел Франции встретился со своим немецким коллегой в Берлине, "
     "чтобы обсудить сотрудничество в области обороны. " * 3, "windows-1251"),
    ("Ministr zahraničních věcí se v Berlíně setkal se svým německým protějškem, aby "
     "projednali spolupráci v oblasti obrany. Řekl, že Česko podpoří nákupy munice. " * 3,
     "iso-8859-2"),
    ("Le prix passe à 5 € ; le cœur du débat reste l'œuvre du ministre. " * 3, "iso-8859-15"),
])
def test_a_page_in_the_charset_it_declares_keeps_it(text, label):
    assert text in decode_html(_page(text, label).encode(label))
