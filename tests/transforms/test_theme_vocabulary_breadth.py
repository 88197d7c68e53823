"""The taxonomy's general vocabulary per theme: a story told in the ordinary words of its
topic ("bushfires", "air quality", "habitat loss"; "contact tracing", "incubation period")
gets its theme even when it names none of the past stories' words, and the new words are
taxonomy terms that count as evidence. A passing mention of one of them in a story about
something else still gives no theme.

The texts are written for these tests (not taken from any evaluation set)."""
import pytest

from transforms.themes import score_themes, theme_evidence


def _themes(nlp, lang, text):
    return {s.theme_code for s in score_themes(nlp(text), lang)}


def _terms(nlp, lang, text, code):
    found = theme_evidence(nlp(text), lang).get(code)
    return set(found.term_counts) if found else set()


# (code, text, new terms the text is told with)
_EN = {
    "climate": ("CLIMATE",
                "Firefighters battled bushfires for a third week as record heat scorched the "
                "south. The smoke pushed air quality to its worst level in a decade, and "
                "officials warned that water scarcity would force new limits on farms.\n\n"
                "Researchers said the fires had sped up habitat loss, leaving several endangered "
                "species at risk, and that reforestation would take decades.",
                {"bushfires", "record heat", "air quality", "water scarcity", "habitat loss",
                 "endangered species", "reforestation"}),
    "health": ("HEALTH",
               "Yellow fever has spread to three districts, officials said on Monday. Contact "
               "tracing teams were sent to the villages, and an isolation ward opened in the "
               "regional capital.\n\n"
               "Specialists in infectious disease said the incubation period meant more suspected "
               "cases would appear, and that the fatality rate was still unclear.",
               {"yellow fever", "contact tracing", "isolation ward", "infectious disease",
                "incubation period", "fatality rate"}),
    "humanitarian": ("HUMANITARIAN",
                     "Relief supplies began reaching the flood-hit province on Wednesday, where "
                     "thousands of evacuees sleep in tents. Relief agencies said a funding "
                     "shortfall had forced them to cut food parcels.\n\n"
                     "The disaster zone lacks water purification equipment, and relief workers "
                     "said families were eating one meal a day.",
                     {"relief supplies", "flood-hit", "evacuees", "funding shortfall",
                      "food parcels", "disaster zone", "water purification", "relief workers"}),
    "migration": ("MIGRATION",
                  "The government announced mass deportations and a new border fence on Tuesday. "
                  "Immigration officers will be given more powers to enforce each deportation "
                  "order.\n\n"
                  "Charities said net migration had already fallen and warned that illegal "
                  "crossings would simply move to more dangerous sea crossings.",
                  {"mass deportations", "border fence", "immigration officers", "deportation order",
                   "net migration", "illegal crossings", "sea crossings"}),
}

_FR = {
    "climate": ("CLIMATE",
                "Des records de chaleur ont été battus dans tout le sud. La qualité de l'air s'est "
                "dégradée et les autorités ont imposé des restrictions d'eau aux agriculteurs.\n\n"
                "Les incendies de forêt ont accéléré la disparition des espèces menacées, et les "
                "chercheurs estiment que le reboisement prendra des décennies.",
                {"qualité de l'air", "restrictions d'eau", "incendies de forêt", "espèces menacées",
                 "reboisement"}),
    "health": ("HEALTH",
               "La méningite gagne le nord du pays. Les autorités de santé ont lancé des "
               "opérations de dépistage dans les écoles.\n\n"
               "Les centres de santé manquent de personnel médical, selon les professionnels de "
               "santé, qui redoutent de nouveaux cas confirmés avant la saison des pluies.",
               {"méningite", "autorités de santé", "dépistage", "centre de santé",
                "personnel médical", "professionnels de santé"}),
    "humanitarian": ("HUMANITARIAN",
                     "Les acteurs humanitaires peinent à atteindre la zone sinistrée après le "
                     "glissement de terrain. Les personnes sinistrées dorment sous des tentes, "
                     "faute d'hébergement d'urgence.\n\n"
                     "Les distributions de vivres ont repris, mais les ONG humanitaires dénoncent "
                     "les coupes dans l'aide et réclament une conférence des donateurs.",
                     {"acteurs humanitaires", "glissement de terrain", "personnes sinistrées",
                      "hébergement d'urgence", "ONG humanitaires", "coupes dans l'aide",
                      "conférence des donateurs"}),
    "migration": ("MIGRATION",
                  "Le gouvernement veut durcir le droit du sol et multiplier les mesures "
                  "d'éloignement. Les mineurs non accompagnés seront hébergés dans des centres "
                  "spécialisés.\n\n"
                  "Les associations rappellent que le solde migratoire est stable et dénoncent "
                  "les retours forcés vers des pays de transit jugés dangereux.",
                  {"droit du sol", "mesure d'éloignement", "mineurs non accompagnés",
                   "solde migratoire", "retours forcés", "pays de transit"}),
}


# ECONOMY, ENERGY and TRADE: the data, the grid and the trade defence a story reports.
_EN.update({
    "economy": ("ECONOMY",
                "Retail sales fell for a third month in October and consumer confidence dropped to "
                "its lowest level since 2020, official figures showed. Factory output was flat.\n\n"
                "Analysts said the weak housing market and falling house prices were weighing on "
                "spending, and that share prices had already priced in a rate cut.",
                {"retail sales", "consumer confidence", "factory output", "housing market",
                 "house prices", "share prices"}),
    "energy": ("ENERGY",
               "The grid operator ordered rolling blackouts on Thursday as generating capacity "
               "fell short during the cold snap. Fracking sites in the north halted drilling.\n\n"
               "The company said new heat pumps and solar panels had pushed demand higher than "
               "forecast, and that an interconnector with its neighbour would not be ready before "
               "2027.",
               {"rolling blackouts", "generating capacity", "fracking", "drilling", "heat pumps",
                "solar panels", "interconnector"}),
    "trade": ("TRADE",
              "The trade commissioner said on Friday the bloc would impose safeguard measures on "
              "steel, citing overcapacity abroad and a surge of cheap imports. Import quotas will "
              "apply from January.\n\n"
              "The measures follow the imposition of punitive tariffs by Washington and "
              "tit-for-tat tariffs from Beijing.",
              {"trade commissioner", "safeguard measures", "overcapacity", "cheap imports",
               "import quotas", "punitive tariffs", "tit-for-tat tariffs"}),
})
_FR.update({
    "economy": ("ECONOMY",
                "La production industrielle a reculé en octobre et le moral des ménages est au "
                "plus bas depuis 2020, selon les chiffres publiés vendredi.\n\n"
                "Les analystes estiment que la faiblesse du marché immobilier pèse sur la "
                "consommation des ménages, et que l'indice boursier anticipe déjà une reprise "
                "économique en fin d'année.",
                {"production industrielle", "moral des ménages", "marché immobilier",
                 "consommation des ménages", "indice boursier", "reprise économique"}),
})


# PROTEST, ELECTIONS, HUMAN_RIGHTS, CRIME, CYBER, TECHNOLOGY, DISINFORMATION, SUPPLY_CHAIN:
# the words of a strike, a count, a rights report, a police case, a hack, a chip launch,
# a fake-news network, a supply shock.
_EN.update({
    "protest": ("PROTEST",
        "Striking workers walked off the job at the country's ports on Monday, the third "
        "work stoppage this month. Union leaders said the industrial action would "
        "continue until wages were raised.\n\nProtest organisers set up a protest camp "
        "outside the ministry, and counter-protesters gathered nearby before police "
        "separated the two groups.",
        {"striking workers", "walked off the job", "work stoppage", "industrial action",
         "protest organisers", "protest camp", "counter-protesters"}),
    "elections": ("ELECTIONS",
        "Provisional results gave the ruling party 41 per cent of the vote, short of a "
        "parliamentary majority, the election commission said. Election observers "
        "reported long queues on polling day.\n\nThe opposition challenger conceded defeat "
        "late on Sunday, while his running mate called for a recount in two provinces.",
        {"provisional results", "per cent of the vote", "parliamentary majority",
         "election commission", "election observers", "polling day", "conceded defeat",
         "running mate", "recount"}),
    "human_rights": ("HUMAN_RIGHTS",
        "Rights organisations said on Tuesday that police brutality against detainees had"
        " become routine, citing three deaths in custody this year. The UN rights office "
        "called for an independent inquiry.\n\nThe report also documented child labour on "
        "plantations and the flogging of two men convicted of blasphemy.",
        {"rights organisations", "police brutality", "death in custody", "rights office",
         "child labour", "flogging", "blasphemy"}),
    "crime": ("CRIME",
        "Police said on Friday they had arrested the gang leader behind a string of "
        "killings in the port city. Two men were taken into custody after a police raid "
        "on a warehouse, where officers found weapons and cash.\n\nThe crime boss faces a "
        "life sentence, and investigators said the crime syndicate had paid kickbacks to "
        "local officials.",
        {"gang leader", "taken into custody", "police raid", "crime boss", "life sentence",
         "crime syndicate", "kickbacks"}),
    "cyber": ("CYBER",
        "The retailer said on Wednesday a data leak had exposed the records of four "
        "million shoppers after a threat actor exploited a security flaw in its payment "
        "system. The company took systems offline for two days.\n\nInvestigators said the "
        "attackers had installed a backdoor months earlier and recommended two-factor "
        "authentication for all staff.",
        {"data leak", "threat actor", "security flaw", "took systems offline", "backdoor",
         "two-factor authentication"}),
    "technology": ("TECHNOLOGY",
        "The chipmaker unveiled a new generation of graphics processing units on Tuesday,"
        " aimed at the companies training frontier models. It said demand for computing "
        "power had doubled in a year.\n\nAnalysts said the launch would deepen the lead of "
        "the tech sector's largest firms in deep learning and cloud services.",
        {"graphics processing units", "frontier models", "computing power", "tech sector",
         "deep learning", "cloud services"}),
    "disinformation": ("DISINFORMATION",
        "A network of fake websites posing as local newspapers spread fabricated quotes "
        "from ministers ahead of the vote, researchers said. The sites used voice cloning"
        " and manipulated images.\n\nThe campaign relied on troll accounts and astroturfing,"
        " and its posts went viral before fact-checkers flagged them.",
        {"fake websites", "fabricated quotes", "voice cloning", "manipulated images",
         "troll accounts", "astroturfing", "went viral"}),
    "supply_chain": ("SUPPLY_CHAIN",
        "Carmakers warned of production delays after a supply shock in the market for key"
        " inputs such as aluminium and wiring. Air freight rates doubled and logistics "
        "costs rose for a third month.\n\nSeveral plants are restocking parts at any price, "
        "and executives said security of supply now mattered more than cost.",
        {"production delays", "supply shock", "key inputs", "air freight", "logistics costs",
         "restocking", "security of supply"}),
})
_FR.update({
    "protest": ("PROTEST",
        "Les dockers se sont mis en grève lundi pour la troisième fois ce mois-ci. "
        "L'intersyndicale a lancé un appel à manifester jeudi devant la préfecture.\n\nDans "
        "plusieurs villes, l'opposition a décrété une journée ville morte, et les "
        "casseurs ont été dispersés par la police après des pneus brûlés sur la rocade.",
        # "se sont mis en grève": the reflexive verb read whole over its auxiliary (as "se
        # mettent en grève" is), at the weight of "en grève"
        {"se mettre en grève", "appel à manifester", "journée ville morte", "casseur", "pneus brûlés"}),
    "elections": ("ELECTIONS",
        "Selon les résultats partiels, le parti au pouvoir obtient 41 % des suffrages "
        "exprimés, a annoncé la Commission électorale nationale indépendante. Les "
        "observateurs électoraux ont relevé une forte affluence le jour du scrutin.\n\nLe "
        "principal opposant a refusé de reconnaître sa défaite et a réclamé un recomptage"
        " dans deux provinces.",
        {"résultats partiels", "suffrages exprimés",
         "Commission électorale nationale indépendante", "observateurs électoraux",
         "jour du scrutin", "reconnaître sa défaite", "recomptage"}),
    "human_rights": ("HUMAN_RIGHTS",
        "Les violences policières se multiplient, dénoncent plusieurs associations, qui "
        "recensent trois morts en détention cette année.\n\nLe rapport évoque aussi le "
        "travail des enfants dans les plantations, des mariages précoces et la lapidation"
        " d'une femme accusée d'adultère, et appelle à protéger les minorités "
        "religieuses.",
        {"violences policières", "mort en détention", "travail des enfants",
         "mariages précoces", "lapidation", "minorités religieuses"}),
})


# SANCTIONS, NUCLEAR, TERRORISM, MILITARY, DEFENSE_INDUSTRY: sanctions relief and enforcement,
# inspections and breakout time, a suicide attack, a parade of new kit, a powder mill.
_EN.update({
    "nuclear": ("NUCLEAR",
        "Inspectors reported that the country had moved fissile material from a site they"
        " could no longer visit, raising fears about its breakout time. The safeguards "
        "agreement requires notice of any such transfer.\n\nDiplomats warned of nuclear "
        "escalation, and the agency's board will meet next week to discuss the heavy "
        "water plant.",
        {"fissile material", "breakout time", "safeguards agreement", "nuclear escalation",
         "heavy water"}),
    "terrorism": ("TERRORISM",
        "A suicide attack on a police station killed nine people on Monday, officials "
        "said. The attacker wore a suicide vest and the extremist group behind it had "
        "threatened the town for weeks.\n\nThe government raised the threat level and said a"
        " sleeper cell was believed to be operating in the capital.",
        {"suicide attack", "suicide vest", "extremist group", "threat level", "sleeper cell"}),
    "military": ("MILITARY",
        "The army showed off new armoured vehicles and a hypersonic missile at a military"
        " parade on Saturday. The defence review published last month calls for more "
        "troop rotation along the northern border.\n\nAnalysts said the show of force was "
        "meant to signal combat-ready units after years of cuts.",
        {"armoured vehicles", "hypersonic missile", "military parade", "defence review",
         "troop rotation", "show of force", "combat-ready"}),
})
_FR.update({
    "sanctions": ("SANCTIONS",
        "L'Union européenne a exclu toute levée des sanctions tant que les combats "
        "continuent. Les fonds gelés de la banque centrale resteront bloqués.\n\nBruxelles "
        "veut aussi renforcer l'application des sanctions et poursuivre les entités "
        "sanctionnées qui aident à les contourner.",
        {"levée des sanctions", "fonds gelés", "application des sanctions",
         "entités sanctionnées"}),
    "defense_industry": ("DEFENSE_INDUSTRY",
        "Le géant de la défense a annoncé l'ouverture d'une nouvelle poudrerie et la "
        "montée en puissance de la production d'obus de 155 mm.\n\nLe groupe aéronautique "
        "partenaire prévoit une production locale de drones, tandis que les chantiers "
        "navals attendent un appel d'offres pour six frégates.",
        {"géant de la défense", "poudrerie", "montée en puissance de la production", "155 mm",
         "groupe aéronautique", "production de drones", "chantier naval", "appel d'offres"}),
})


# SECURITY_COOPERATION, DIPLOMACY, TERRITORIAL_DISPUTE: basing rights and joint training, a
# diplomatic row and good offices, a standoff at sea over a disputed region.
_EN.update({
    "security_cooperation": ("SECURITY_COOPERATION",
        "The two governments agreed on basing rights for a rotating force and on joint "
        "training for their marines, officials said on Thursday. The access agreement "
        "also covers arms deliveries and burden sharing.\n\nMilitary advisers will stay on "
        "after the combined exercises next spring, and coalition forces will rehearse "
        "joint operations at sea.",
        {"basing rights", "joint training", "access agreement", "arms deliveries",
         "burden sharing", "military advisers", "combined exercises", "coalition forces",
         "joint operations"}),
    "territorial_dispute": ("TERRITORIAL_DISPUTE",
        "The two neighbours traded accusations over a disputed region after coast guard "
        "vessels confronted fishermen near the median line. Each side claims the islets "
        "as sovereign territory.\n\nThe government said the other side's maritime militia "
        "and its artificial islands violated historic rights, and warned against any "
        "airspace incursion.",
        {"disputed region", "coast guard vessels", "median line", "sovereign territory",
         "maritime militia", "artificial islands", "historic rights", "airspace incursion"}),
})
_FR.update({
    "diplomacy": ("DIPLOMACY",
        "La brouille diplomatique entre les deux voisins s'est aggravée mardi : chacun a "
        "expulsé le chargé d'affaires de l'autre, et Paris a proposé ses bons "
        "offices.\n\nLes deux capitales avaient promis de normaliser les relations l'an "
        "dernier, et une rencontre au sommet était prévue en marge de l'Assemblée "
        "générale de l'ONU.",
        {"brouille diplomatique", "chargé d'affaires", "bons offices",
         "normaliser les relations", "rencontre au sommet"}),
})


# More HUMANITARIAN and TERRORISM words: aid dropped from the air, a bomb made at home.
_EN.update({
    "humanitarian_air": ("HUMANITARIAN",
        "Aid agencies began airdrops of emergency supplies over the cut-off valley on "
        "Sunday, and a wider airlift is planned for next week. Families will also receive "
        "cash assistance and food vouchers.\n\nThe UN called for a humanitarian pause so "
        "that lifesaving aid could reach the area by road.",
        {"airdrops", "emergency supplies", "airlift", "cash assistance", "food vouchers",
         "humanitarian pause", "lifesaving aid"}),
})
_FR.update({
    "terrorism": ("TERRORISM",
        "Un colis piégé a explosé lundi devant un commissariat, blessant quatre policiers. "
        "Les enquêteurs ont retrouvé les restes d'une bombe artisanale et d'un second engin "
        "explosif qui n'a pas fonctionné.\n\nLe suspect, interpellé mardi, portait une "
        "ceinture explosive lors de son arrestation, selon le parquet.",
        {"colis piégé", "bombe artisanale", "engin explosif", "ceinture explosive"}),
})


@pytest.mark.parametrize("name", sorted(_EN))
def test_english_story_in_general_words_gets_its_theme(nlp_en, name):
    code, text, terms = _EN[name]
    assert code in _themes(nlp_en, "en", text)
    assert terms <= _terms(nlp_en, "en", text, code)


@pytest.mark.parametrize("name", sorted(_FR))
def test_french_story_in_general_words_gets_its_theme(nlp_fr, name):
    code, text, terms = _FR[name]
    assert code in _themes(nlp_fr, "fr", text)
    assert terms <= _terms(nlp_fr, "fr", text, code)


def test_stories_told_only_in_the_new_words_were_missed_before(nlp_en, nlp_fr):
    # These name none of the topic's older words ("climate", "drought", "health", "vaccine",
    # "migrant"): the theme comes from the general vocabulary alone.
    assert "CLIMATE" in _themes(nlp_en, "en", _EN["climate"][1])
    assert "HEALTH" in _themes(nlp_en, "en", _EN["health"][1])
    assert "MIGRATION" in _themes(nlp_fr, "fr", _FR["migration"][1])
    assert "ECONOMY" in _themes(nlp_fr, "fr", _FR["economy"][1])


def test_a_passing_heat_wave_in_a_budget_story_is_no_climate_story(nlp_en):
    text = ("The finance minister presented the budget on Tuesday, promising lower taxes for "
            "small firms and more money for schools. Opposition parties said the plan did "
            "nothing for pensioners.\n\n"
            "The minister said the economy had grown faster than expected despite the scorching "
            "heat of July, and that investment would rise next year.")
    themes = _themes(nlp_en, "en", text)
    assert "ECONOMY" in themes and "CLIMATE" not in themes


def test_net_migration_in_a_rate_decision_is_no_migration_story(nlp_en):
    text = ("The central bank raised its key rate by half a point on Thursday, its third "
            "increase this year, as inflation stayed well above target. Economists had expected "
            "a smaller move.\n\n"
            "The governor said wage growth remained strong, helped in part by net migration, and "
            "that borrowing costs would stay high for longer.")
    themes = _themes(nlp_en, "en", text)
    assert "ECONOMY" in themes and "MIGRATION" not in themes


def test_mental_health_as_one_priority_of_a_new_government_is_no_health_story(nlp_fr):
    text = ("Le Premier ministre a présenté mardi son gouvernement, marqué par l'arrivée de "
            "plusieurs personnalités de la société civile. L'opposition a dénoncé un remaniement "
            "de façade.\n\n"
            "Le nouveau ministre de l'Intérieur a promis de renforcer la police, tandis que la "
            "santé mentale des jeunes figurera parmi les priorités du gouvernement.")
    assert "HEALTH" not in _themes(nlp_fr, "fr", text)


def test_rolling_blackouts_in_a_protest_story_are_no_energy_story(nlp_en):
    text = ("Protesters marched on parliament for a second day on Friday, demanding the "
            "resignation of the interior minister. Riot police fired tear gas near the main "
            "square.\n\n"
            "Shops stayed shut and several roads were blocked, while the opposition said it would "
            "keep up the pressure until the minister quit, despite rolling blackouts in parts of "
            "the capital.")
    themes = _themes(nlp_en, "en", text)
    assert "PROTEST" in themes and "ENERGY" not in themes


def test_industrial_action_behind_a_rate_decision_is_no_protest_story(nlp_en):
    text = ("The central bank held its key interest rate at 5 percent on Wednesday, as expected, "
            "and said inflation would ease slowly. The currency rose against the dollar.\n\n"
            "The governor said industrial action at the ports had briefly pushed up import "
            "costs, but that growth remained on track.")
    themes = _themes(nlp_en, "en", text)
    assert "ECONOMY" in themes and "PROTEST" not in themes


def test_a_minister_said_to_seek_the_presidency_is_no_election_story(nlp_fr):
    text = ("Le ministre de l'Économie a présenté mardi un plan de soutien aux entreprises "
            "touchées par la hausse des prix de l'énergie. Les aides atteindront deux milliards "
            "d'euros.\n\n"
            "Le ministre, qui brigue un mandat présidentiel l'an prochain selon la presse, a "
            "refusé de commenter ces informations.")
    assert "ELECTIONS" not in _themes(nlp_fr, "fr", text)


def test_a_breakaway_region_named_in_an_election_story_is_no_territorial_dispute(nlp_en):
    text = ("The ruling party won 54 percent of the vote in Sunday's parliamentary election, "
            "official results showed, and the opposition called for a recount. Turnout was 61 "
            "percent.\n\n"
            "Voters in the breakaway region could cast ballots only at polling stations across "
            "the river, and observers said the campaign had been calm.")
    themes = _themes(nlp_en, "en", text)
    assert "ELECTIONS" in themes and "TERRITORIAL_DISPUTE" not in themes
