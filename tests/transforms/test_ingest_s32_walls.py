"""Cookie-consent walls and paywall stubs are quarantined with a reason, not loaded as
articles of boilerplate; a story about cookies or paywalls, and an article with a banner
around it, are articles."""
import pytest

from transforms.ingest import article_from_html
from transforms.page_walls import wall_reason
from transforms.records import Article, Rejected

COOKIE_WALL_FR = """<html><head><title>Le Journal</title></head><body><div class="consent">
<h1>Vos choix concernant les cookies</h1>
<p>Nous utilisons des cookies et des technologies similaires pour mesurer l'audience,
personnaliser les contenus et les publicités et améliorer votre expérience sur notre site.
Avec nos partenaires, nous traitons des données personnelles telles que votre adresse IP.</p>
<p>Vous pouvez accepter ou refuser ces traitements, ou paramétrer vos choix à tout moment en
cliquant sur « Paramétrer les cookies » en bas de page.</p>
<button>Tout accepter</button><button>Tout refuser</button></div></body></html>"""

COOKIE_WALL_EN = """<html><head><title>News</title></head><body><div id="banner"><p>We use
cookies to give you the best possible experience on our website, to personalise content and
ads and to analyse our traffic. By clicking "Accept All Cookies", you agree to the storing of
cookies on your device. You can change your preferences at any time in Cookie Settings.</p>
<button>Accept All Cookies</button></div></body></html>"""

PAYWALL_FR = """<html><head><title>Sanctions : Bruxelles frappe les banques russes</title></head>
<body><article><h1>Sanctions : Bruxelles frappe les banques russes</h1>
<p>La Commission européenne a proposé mercredi un nouveau paquet de sanctions visant
plusieurs banques russes.</p><div class="paywall"><p>Cet article est réservé aux abonnés.
Il vous reste 80% à découvrir.</p><p>Déjà abonné ? Se connecter</p>
<p>Abonnez-vous pour 1€ le premier mois, sans engagement.</p></div></article></body></html>"""

PAYWALL_EN = """<html><head><title>Talks stall</title></head><body><article><h1>Talks stall</h1>
<p>Negotiators from both sides left Geneva on Friday without an agreement.</p>
<p>This article is for subscribers only. Subscribe to continue reading.</p>
<p>Already a subscriber? Sign in</p></article></body></html>"""

STORY = ("La Commission européenne a proposé mercredi un nouveau paquet de sanctions visant "
         "plusieurs banques russes, a annoncé sa présidente à Bruxelles. ") * 8


@pytest.mark.parametrize("page, kind", [
    (COOKIE_WALL_FR, "cookie-consent wall"), (COOKIE_WALL_EN, "cookie-consent wall"),
    (PAYWALL_FR, "paywall stub"), (PAYWALL_EN, "paywall stub"),
])
def test_walls_are_quarantined_with_what_they_are(page, kind):
    result = article_from_html(page.encode(), "https://news.test/a", "https://news.test/a")
    assert isinstance(result, Rejected), result
    assert kind in result.reason and result.source_ref == "https://news.test/a"


@pytest.mark.parametrize("text", [
    # Stories about cookies and paywalls, told in the third person.
    "La CNIL a infligé mardi une amende de 150 millions d'euros à Google, estimant que le "
    "groupe ne permettait pas de refuser les cookies aussi facilement que de les accepter.\n"
    "Sur youtube.com, un seul clic suffisait pour « tout accepter », alors que plusieurs "
    "étaient nécessaires pour tout refuser, a relevé le gendarme de la vie privée.",
    "Britain's data watchdog fined a news site on Tuesday because its cookie banner offered "
    '"accept all" but no "reject all" button.\nThe regulator said readers were nudged.',
    "Le Monde réserve désormais ses articles aux abonnés : le quotidien a annoncé lundi que "
    "ses contenus seraient réservés aux abonnés dès la deuxième lecture.",
    # An article with the site's banner around it, and a long lead before a paywall.
    STORY + "\nNous utilisons des cookies. Tout accepter. Tout refuser.",
    STORY + "\nCet article est réservé aux abonnés. Abonnez-vous.",
])
def test_articles_that_speak_of_them_are_articles(text):
    assert wall_reason(text) is None


def test_an_article_page_with_a_banner_loads():
    page = (f"<html><body><div id='consent'><p>Nous utilisons des cookies. Tout accepter</p>"
            f"</div><article><h1>Sanctions</h1><p>{STORY}</p></article></body></html>")
    assert isinstance(article_from_html(page.encode(), None, "p.html"), Article)
