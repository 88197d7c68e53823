"""No junk actor names (vigie.evaluate.junk_reason) from machine-translation noise:
names glued to verbs, weekdays, dates and punctuation ("Poutinemardi", "OTAN,jeudi",
"l'UEet", "2025Zelensky", "Macron2024", "Kiev.Le"), lowercase copy, doubled words, and
real names written with digits (APT28, NoName057(16), Cl0p, G7, M23, COP30, F-16, H5N1,
Covid-19). Paragraphs written for this test in the style of /work/shared/samples."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors
from vigie.evaluate import junk_reason

# Group names written with digits are real actors (the annotators list them).
REAL_DIGIT_NAMES = {"APT28", "NoName057(16)", "Cl0p", "G7", "G20", "M23", "E3"}

PARAGRAPHS = [
    ('fr',
     "Le président russe Vladimir Poutinemardi a rejeté l'offre. L'OTAN,jeudi, a convoqué ses alliés à Bruxelles. Les sanctions de l'UEet des Etats-Unis restent en vigueur. En 2025Zelensky a demandé davantage de défense aérienne, tandis que Macron2024 avait promis des Mirage."),
    ('fr',
     "Les frappes ont visé Kiev.Le ministre ukrainien des Affaires étrangères Andrii Sybiha a dénoncé une attaque massive.Moscou a affirmé avoir abattu 40 drones.Le Kremlin n'a pas commenté."),
    ('fr',
     'Le groupe de pirates APT28, lié au renseignement militaire russe, et le collectif NoName057(16) ont revendiqué des attaques contre des sites allemands. Le gang Cl0p a publié des données volées. Le G7 a condamné ces actes lors de la COP30 à Belem.'),
    ('fr',
     "Les rebelles du M23 ont pris Uvira, selon l'armée congolaise.La MONUSCO s'est dite préoccupée.Le gouvernement de Kinshasa accuse le Rwanda de soutenir le M23,ce que Kigali dément."),
    ('fr',
     "La Russie a livré des Su-57 à l'Algérie, tandis que les Pays-Bas ont fourni des F-16 à l'Ukraine. Le virus H5N1 se propage en Europe, après la pandémie de Covid-19, a indiqué l'OMSlundi."),
    ('fr',
     "le premier ministre japonais ishiba shigeru a rencontré le secrétaire général de l'otan mark rutte a tokyo. rutte a salué le role du japon.Ishiba a déclaré que le japon renforcera ses liens avec l'otan."),
    ('fr',
     "Selon l'AFP,le ministre des Affaires étrangères Jean-Noël Barrot s'est rendu à Alger.Barrot a rencontré son homologue Ahmed Attaf.Selon Reuters ,les discussions ont porté sur la migration."),
    ('fr',
     "Le chef de la junte malienne,le general Assimi Goita,a annoncé jeudi la dissolution des partis.Le JNIM a revendiqué l'attaque de Kayes.En juillet2024 , les rebelles touareg du FLA avaient infligé de lourdes pertes à Wagner."),
    ('fr',
     "Le Premier ministre israélien Benyamin Nétanyahou a a déclaré que le Hamas devait rendre les otages.Le Hezbollahet l'Iran ont dénoncé des frappes. L'armée israelienne a frappé Gaza-ville etKhan Younès."),
    ('fr',
     'Dans une interview au Japan TimesIshiba a affirmé que Pekin menace la stabilité.La Chinea rejeté ces propos.Le porte-parole Lin Jian a dit que Tokyo doit « cesser ses provocations ».'),
    ('fr',
     'La présidente de la Commission européenne Ursula von der Leyen a annoncé un 19epaquet de sanctions.Les Vingt-Sept ont approuvé le texte le 23octobre. Kaja Kallasa salué la décision.'),
    ('fr',
     "Au Soudan,les Forces de soutien rapide (FSR) ont pris El-Facher.Le chef des FSR, Mohamed Hamdan Daglo,dit Hemedti, a promis une enquête. L'ONUa dénoncé des massacres. Le Programme alimentaire mondial(PAM) alerte sur la famine."),
    ('fr',
     'Le président américain Donald Trumpa annoncé des droits de douane de 100 % sur les puces.La Maison-Blanche a précisé que TSMC et Samsung seraient exemptés.Pékin a promis de riposter ,a dit le ministère chinois du Commerce.'),
    ('fr',
     "Le président français Emmanuel Macronet le chancelier allemand Friedrich Merz ont rencontré Keir Starmer à Londres.Lors de la reunion,Macron a dit que l'Europe doit se réarmer. Merz,qui a parlé de la Bundeswehr, a salué l'accord."),
    ('fr',
     "Le 12 mars2025, le Conseil de sécurité de l'ONU a adopté la résolution 2728.Le texte a été rejeté par la Russie,la Chine et l'Algérie s'est abstenue. En 2024,l'Inde et le Pakistan s'étaient affrontés au Cachemire."),
    ('fr',
     "Les garde-côtes chinois ont utilisé des canons à eau près du récif Second Thomas, a dit Manille.Le président Ferdinand Marcos Jr a convoqué l'ambassadeur chinois. Les Philippinesont déposé une protestation."),
    ('fr',
     "La CEDEAO a suspendu la Guinée.Le Burkina Faso,le Mali et le Niger ont quitté l'organisation pour former l'AES.Le capitaine Ibrahim Traorea dénoncé l'impérialisme."),
    ('fr',
     "L'AIEA a indiqué que l'Iran avait enrichi de l'uranium à 60 %.Rafael Grossi a exhorté Téhéran à coopérer.Abbas Araghchi a répondu que Téhéran ne cédera pas.L'Iran et l'E3 se sont réunis à Genève."),
    ('en',
     'Russian President Vladimir Putinon Tuesday rejected the offer. NATO,on Thursday, summoned its allies.The EU and the United States kept sanctions.In 2025Zelensky asked for more air defence while Macron2024 pledged jets.'),
    ('en',
     'Hackers from APT28 and NoName057(16) hit German sites, officials said.The Cl0p gang leaked files.G7 ministers condemned the attacks at COP30 in Belem. Pakistan flew J-10C jets while India used Rafales and Su-30MKI.'),
    ('en',
     'M23 rebels seized Uvira on Wednesday,the Congolese army said.MONUSCO voiced concern.Kinshasa accused Rwanda of backing the M23,which Kigali denies. Tshisekedi met Kagame in Washington.'),
    ('en',
     "the WHO said H5N1 had spread to 12 countries. Covid-19 killed millions. It said the outbreak in Kasai was under control,he said. They said 'we are ready',she added."),
    ('en',
     'Israeli Prime Minister Benjamin Netanyahu said on Monday that Hamas must release the hostages.Hezbollah and Iran condemned the strikes. The IDF struck Gaza City and Khan Younis.The Houthis fired missiles at Eilat.'),
    ('en',
     "South Korea's President Lee Jae-myung met Japan's Prime Minister Sanae Takaichi in Gyeongju during the APEC summit.Lee said the two countries would cooperate. Takaichi said Tokyo was ready.The F-35 deal was discussed."),
    ('en',
     "Sudan's Rapid Support Forces (RSF) took El Fasher,the UN said. RSF leader Mohamed Hamdan Dagalo,known as Hemedti, promised an inquiry.The World Food Programme(WFP) warned of famine."),
    ('en',
     'U.S. Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Kuala Lumpur.He said the talks were constructive.Beijing said it would suspend rare earth export controls for a year.'),
]


@pytest.mark.parametrize("lang,text", PARAGRAPHS, ids=[f"{lang}{i}" for i, (lang, _) in
                                                      enumerate(PARAGRAPHS)])
def test_noisy_copy_gives_no_junk_actor(models, lang, text):
    names = {m.actor.name for m in find_actors(models[lang](text), lang)}
    junk = {n: junk_reason(n) for n in names - REAL_DIGIT_NAMES if junk_reason(n)}
    assert junk == {}


def test_real_names_with_digits_are_kept(nlp_fr):
    names = {m.actor.name for m in find_actors(nlp_fr(PARAGRAPHS[2][1]), "fr")}
    assert {"APT28", "NoName057(16)", "G7"} <= names


@pytest.mark.parametrize("lang,text,expected", [
    # the known name under the glue is found, not a new name holding the glue
    ("fr", PARAGRAPHS[0][1], "Vladimir Putin"),
    ("fr", PARAGRAPHS[12][1], "Donald Trump"),
    ("en", PARAGRAPHS[18][1], "Vladimir Putin"),
])
def test_glued_known_names_are_the_known_actor(models, lang, text, expected):
    names = {m.actor.name for m in find_actors(models[lang](text), lang)}
    assert expected in names and not any(n.startswith(expected) and n != expected for n in names)
