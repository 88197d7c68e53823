"""Wrong themes of new copy (session 23).

* "breach" alone is mostly a breach of rules, of a contract or of a truce ("breaches of
  anti-money-laundering controls"): it only corroborates CYBER; "data breach" tells it.
* Taxes on goods that cross a border, or on foreign tech firms ("export taxes", "a digital
  services tax", "taxes à l'exportation"), are trade policy: TRADE terms, which the
  longest match keeps from being read as ECONOMY's fiscal "taxes".
* "attacker" ("assaillant") is whoever attacks -- pirates boarding a ship, hackers,
  bandits -- and weighs as "attack" and "gunman" do: it only corroborates TERRORISM.
* In a war story, the army that fights, its brigades and their deployment are the setting
  of ARMED_CONFLICT, not a MILITARY thread of their own (taxonomy ``_SETTING_TERMS``): a
  MILITARY theme told with nothing else is dropped beside it. A drone is not: the military
  drone a state shoots down over its border is a MILITARY story
  (test_theme_articles.py, ``fr_drone``).
"""
from transforms.theme_terms import setting_terms
from transforms.themes import score_themes, theme_evidence


def _weights(nlp, text, lang, code):
    found = theme_evidence(nlp(text), lang).get(code)
    return dict(found.term_weights) if found else {}


def test_a_breach_of_rules_only_corroborates_cyber(nlp_en):
    rules = "The lender admitted repeated breaches of its anti-money-laundering controls."
    assert _weights(nlp_en, rules, "en", "CYBER").get("breach") == 1
    hack = "The insurer said a data breach had exposed the files of two million clients."
    assert _weights(nlp_en, hack, "en", "CYBER").get("data breach") == 3


_FINED_BANK_EN = (
    "The country's financial watchdog fined a regional lender 80 million dollars on "
    "Thursday over breaches of anti-money-laundering rules spanning six years.\n\n"
    "Investigators found the bank had failed to report thousands of suspicious transfers, "
    "many routed through a network of shell companies in three jurisdictions.\n\n"
    "The regulator said the breach was the most serious it had seen in a decade and that "
    "the lender's compliance software had been left unpatched since 2019.\n\n"
    "Prosecutors have opened a criminal investigation into two former executives, who are "
    "suspected of helping a drug trafficking gang launder the proceeds of cocaine sales.\n\n"
    "The bank's shares fell 9 percent. Its chief executive apologised and said a new "
    "compliance chief would report directly to the board.\n\n"
    "Analysts said the fine would wipe out about a third of the lender's annual profit "
    "but would not threaten its capital position.\n\n")


def test_a_bank_fined_for_rule_breaches_is_no_cyber_story(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(_FINED_BANK_EN), "en")}
    assert "CYBER" not in found


def test_a_fighting_army_and_its_brigades_are_the_war_setting():
    for lang, terms in (
        ("en", {"army", "soldier", "brigade", "deployment", "defence minister"}),
        ("fr", {"armée", "soldat", "brigade", "déploiement", "ministre de la Défense"}),
    ):
        setting = setting_terms(lang)["MILITARY"]
        assert setting.tell_only(terms, {"ARMED_CONFLICT"}), lang
        # ...and not beside a story the army's words do not set: a drill with allies
        assert not setting.tell_only(terms, {"SECURITY_COOPERATION"}), lang


def test_a_military_thread_of_its_own_is_kept_beside_a_war():
    # conscription and a defence budget are no setting of the fighting
    setting = setting_terms("en")["MILITARY"]
    assert not setting.tell_only({"army", "conscription", "defence budget"},
                                 {"ARMED_CONFLICT"})
    # nor is a drone shot down
    assert not setting.tell_only({"army", "drone"}, {"ARMED_CONFLICT"})


_BORDER_WAR_EN = (
    "Rebels overran two army outposts near the northern border on Sunday, killing at least "
    "14 soldiers in the heaviest fighting since the ceasefire collapsed in March.\n\n"
    "The army said a brigade backed by artillery fire had been sent to retake the hills, "
    "and that the deployment of reinforcements from the capital would take several days.\n\n"
    "Witnesses described hours of shelling and gunfire, and columns of smoke over the "
    "villages along the frontline. The rebels said they had taken dozens of prisoners.\n\n"
    "The defence minister told parliament the soldiers had held out for two days without "
    "relief, and promised that the insurgents would be driven back before the rainy season.\n\n"
    "Aid groups said several thousand villagers had fled the fighting towards the provincial "
    "town, where schools have been turned into shelters.\n\n"
    "The insurgency began in 2019 and has killed more than 4,000 people, according to a "
    "local monitoring group, despite two rounds of peace talks.\n\n"
    "Buses to the north stopped running on Monday and shops in the provincial town closed "
    "early, residents said, as families queued for bread and bottled water.\n\n")


def test_the_army_that_fights_a_war_is_no_military_thread(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(_BORDER_WAR_EN), "en")}
    assert "ARMED_CONFLICT" in found
    assert "MILITARY" not in found


def _terms(nlp, text, lang, code):
    found = theme_evidence(nlp(text), lang).get(code)
    return dict(found.term_counts) if found else {}


def test_taxes_on_trade_are_trade_terms(nlp_en, nlp_fr):
    text = "The pact scraps export taxes on copper and the levy known as a digital services tax."
    assert "export taxes" in _terms(nlp_en, text, "en", "TRADE")
    assert "digital services tax" in _terms(nlp_en, text, "en", "TRADE")
    assert "taxes" not in _terms(nlp_en, text, "en", "ECONOMY")
    fr = "Le gouvernement a relevé les taxes à l'exportation sur le cacao."
    assert "taxes à l'exportation" in _terms(nlp_fr, fr, "fr", "TRADE")
    # a fiscal story keeps its taxes
    fiscal = "Parliament voted to raise taxes on salaries to close the budget deficit."
    assert "taxes" in _terms(nlp_en, fiscal, "en", "ECONOMY")


_PIRATES_EN = (
    "Armed men seized a cargo ship in the Gulf of Aden on Monday and sailed it towards the "
    "Somali coast, a European naval force said.\n\n"
    "The attackers, about ten men in two small boats, climbed aboard at dawn while the crew "
    "of 19 sheltered in a locked room below deck, the force said in a statement.\n\n"
    "Ship owners said insurers would raise premiums for the route. The attack was the third "
    "on a merchant vessel in the area since January, after a lull of several years.\n\n"
    "A warship from the force was shadowing the vessel, and negotiators expected a ransom "
    "demand within days, a shipping industry source said.\n\n"
    "Separately, officials in the capital said militants of the al-Shabaab group had fired "
    "mortars at a military base overnight, without causing casualties.\n\n"
    "The coast guard said the ship was carrying 40,000 tonnes of grain bound for Kenya.\n\n"
    "The owner, a family firm based in Piraeus, said it was in contact with the families of "
    "the crew, most of them from the Philippines and Egypt, and would not comment further.\n\n"
    "Traffic through the strait has fallen by almost half this year as lines send their "
    "largest vessels on the longer route around southern Africa.\n\n")


def test_attackers_only_corroborate_terrorism(nlp_en, nlp_fr):
    text = "The attackers boarded the tanker from two skiffs."
    assert _weights(nlp_en, text, "en", "TERRORISM").get("attacker") == 1
    fr = "Les assaillants ont pillé le dépôt avant de s'enfuir."
    assert _weights(nlp_fr, fr, "fr", "TERRORISM").get("assaillant") == 1


def test_pirates_with_a_passing_jihadist_line_are_no_terrorism_story(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(_PIRATES_EN), "en")}
    assert "TERRORISM" not in found
