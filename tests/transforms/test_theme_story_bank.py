"""A bank of news stories written for the theme rules (session 27), each with one main
topic, zero to two real secondary threads, and one or two passing mentions of other themes
in the shapes that give wrong themes on new copy: a background sentence, a "Read more" /
"Lire aussi" line, a caption, a closing context paragraph, a quote, the setting of another
story (soldiers in a flood, a bank as the victim of a hack), a person's past post (a retired
general standing for president), a word in another sense (a river's banks, a film genre, a
truce in a tariff fight, "frappée par la crise"). French copy includes machine-translated
shapes: one paragraph per line, curly apostrophes.

The expected themes were written before the stories were run (eval/README.md "Themes": a
theme is a paragraph or a main thread). Each story must get every theme in ``must`` and
nothing outside ``must | acceptable``. A story that still gets a wrong theme or misses one
is an ``xfail(strict=True)`` with the reason: when a change fixes it, the mark goes.

The stories run through the whole extraction (``transforms.extract.extract``) as the flow
runs it, since DIPLOMACY also reads the coded events between states.
"""
from datetime import datetime

import pytest

from transforms.boilerplate import text_for_parsing
from transforms.extract import extract
from transforms.records import Article

# id -> (lang, title, text, must, acceptable)
STORIES = {
    'en_floods_soldiers': (
        'en', 'Floods kill 41 in southern province as rivers burst their banks',
        """KARACHI, Aug 21 (Vigie) - Flash floods triggered by three days of torrential monsoon rain have killed at least 41 people in Pakistan's Sindh province and cut off hundreds of villages, disaster officials said on Thursday.

The Provincial Disaster Management Authority said more than 12,000 homes had been destroyed or damaged in the districts of Dadu and Jamshoro, where the Indus and its tributaries burst their banks overnight. Rescue boats were pulling families from rooftops, and the army deployed troops and two helicopters to reach villages that could no longer be reached by road.

About 85,000 people have fled their homes and are sheltering in schools, tents along the embankments and relief camps set up by the provincial government. Aid workers said the camps lacked clean water and latrines, and doctors warned of diarrhoea and skin infections among children. "We left with nothing but the clothes we wore," said Ghulam Rasool, a farmer who walked for six hours with his five children to reach a camp near Sehwan.

The World Food Programme said it had begun distributing food rations to 20,000 families and appealed for 15 million dollars to cover the next three months.

The meteorological department forecast more heavy rain over the weekend and urged residents of low-lying areas to move to higher ground.
""",
        ['HUMANITARIAN', 'MIGRATION'], ['CLIMATE']),
    'en_ransomware_retailer': (
        'en', 'Ransomware attack forces UK retailer to halt online orders',
        """LONDON, May 2 (Vigie) - British clothing and homeware retailer Harwood & Lane suspended online orders for a third day on Friday after a ransomware attack encrypted servers that run its warehouses and click-and-collect service.

The company said in a statement to the stock exchange that it had detected "unauthorised access" to its systems late on Tuesday and had taken some of them offline to contain the incident. Customer names, addresses and order histories may have been stolen, it said, but payment card details were held by a separate provider and were not affected.

Two people familiar with the investigation said the attackers had gained access by tricking the retailer's IT help desk into resetting an employee's password, a technique used by the hacking group known as Scattered Spider. The National Cyber Security Centre said it was working with the company, and the Information Commissioner's Office said it had received a data breach report.

Shares in Harwood & Lane fell 6 percent. The company, which employs 18,000 people and has 260 stores, said its shops remained open but some shelves were empty because deliveries had been disrupted.

Chief executive Fiona Marsh apologised to customers. "We are working around the clock with leading cyber experts to restore our systems safely," she said.
""",
        ['CYBER'], ['CRIME']),
    'en_trade_readmore': (
        'en', 'EU and Indonesia seal trade deal after nine years of talks',
        """BRUSSELS, Sept 23 (Vigie) - The European Union and Indonesia concluded negotiations on a free trade agreement on Tuesday, ending nine years of talks that stalled repeatedly over palm oil and the bloc's deforestation rules.

European Commission President Ursula von der Leyen and Indonesian President Prabowo Subianto announced the deal at a joint news conference in Brussels after meeting for two hours. The agreement will remove tariffs on more than 90 percent of goods traded between the two sides, including Indonesian textiles, footwear and palm oil, and European cars, machinery, wine and dairy products.

Read more: Russian drones hit Kyiv apartment block, killing six

Indonesian exports to the EU were worth about 17 billion euros last year. Jakarta had pressed for quotas for palm oil products to be raised and for smallholder farmers to be exempted from the paperwork required under the deforestation regulation. The final text gives Indonesia a tariff-free quota of 1 million tonnes of palm oil a year, the Commission said.

The deal also covers public procurement, investment protection and access to Indonesia's nickel, which European carmakers need for electric vehicle batteries. Indonesia has banned exports of raw nickel ore since 2020 to force miners to refine it at home, and the EU had challenged the ban at the World Trade Organization.

The agreement must be approved by EU governments and the European Parliament before it can enter into force, which officials expect in 2027.
""",
        ['DIPLOMACY', 'TRADE'], ['SUPPLY_CHAIN']),
    'en_campaign_quote': (
        'en', "Chile's right-wing candidate leads as runoff campaign opens",
        """SANTIAGO, Nov 18 (Vigie) - Chile's conservative candidate Jose Antonio Kast opened his runoff campaign on Tuesday with a comfortable lead in the polls, two days after finishing second in the first round of the presidential election behind the leftist Jeannette Jara.

Jara, the candidate of the governing coalition, won 26.8 percent of the vote on Sunday against 23.9 percent for Kast, but the votes of the other right-wing candidates who were eliminated would give Kast a majority in the December 14 runoff, according to a Cadem poll published on Monday.

Speaking to supporters in the southern city of Temuco, Kast promised to "restore order" and cut public spending. "Chileans are tired of being afraid in their own streets, tired of the gangs and of borders left open," he said. "On March 11 that ends."

Jara, a former labour minister and a member of the Communist Party, said she would seek the support of centrist voters and called on Kast to debate her on pensions and the minimum wage. "This election is about whether we keep the rights we have won," she told reporters in Santiago.

Turnout was 85 percent, the highest since voting became compulsory again in 2022, the electoral service said.
""",
        ['ELECTIONS'], []),
    'en_rates_caption': (
        'en', 'Central bank holds rates, signals cut next year as inflation eases',
        """ABUJA, July 22 (Vigie) - Nigeria's central bank kept its benchmark interest rate at 27.5 percent on Tuesday, saying inflation was slowing but remained too high to start cutting borrowing costs.

Governor Olayemi Cardoso told reporters after the two-day meeting of the monetary policy committee that the decision was unanimous. Annual inflation eased to 22.2 percent in June from 22.97 percent in May, the statistics bureau said last week, helped by a firmer naira and lower food prices after the harvest.

Pictured: Protesters march against the cost of living in Lagos last August.

Cardoso said the bank expected inflation to fall below 20 percent by the end of the year and that the committee could consider easing monetary policy "in the first half of next year" if the trend held. Analysts at a Lagos brokerage said the signal was the clearest yet that the tightening cycle, which added more than 875 basis points to the rate since 2023, was over.

Economic growth picked up to 3.1 percent in the first quarter, and the bank's foreign reserves have risen to more than 40 billion dollars, their highest level in three years.
""",
        ['ECONOMY'], []),
    'en_nuclear_talks_closing': (
        'en', 'Iran and European powers hold nuclear talks in Istanbul',
        """ISTANBUL, July 25 (Vigie) - Iran and Britain, France and Germany held talks on Tehran's nuclear programme in Istanbul on Friday, their first since Israeli and U.S. strikes on Iranian nuclear sites in June, with the Europeans warning that United Nations sanctions could return within weeks.

Iran's deputy foreign minister Kazem Gharibabadi said the four-hour meeting at the Iranian consulate had been "serious, frank and detailed" and that both sides had agreed to meet again. The European delegations did not comment.

The three countries, the remaining European parties to the 2015 nuclear deal, have said they will trigger the deal's "snapback" mechanism unless Iran resumes cooperation with the International Atomic Energy Agency and gives inspectors access to its stockpile of uranium enriched to 60 percent, close to weapons grade. Iran suspended cooperation with the agency after the strikes and says the inspectors' reports were used to justify them.

Gharibabadi said Iran had warned the Europeans that a snapback would be "completely illegal" and that Tehran could respond by leaving the Non-Proliferation Treaty.

The talks took place as Iranian officials tallied the damage to the enrichment plants at Fordow and Natanz, which the IAEA says may no longer be operating.
""",
        ['DIPLOMACY', 'NUCLEAR'], ['SANCTIONS']),
    'en_fraud_trial': (
        'en', 'Former minister jailed for seven years over road contract bribes',
        """NAIROBI, March 4 (Vigie) - A Kenyan court on Tuesday sentenced a former transport minister to seven years in prison for taking bribes worth 2.3 million dollars from a Chinese construction firm in exchange for road contracts.

Magistrate Victor Wakumile said the prosecution had proven that Charles Mwangi received the money through two companies registered in the names of his brother and his driver between 2016 and 2018, and that he had then awarded the firm three contracts worth 340 million dollars without a tender. The court also fined him 40 million shillings and ordered the seizure of a house in Karen and two apartments in Mombasa.

Mwangi, who denied the charges, was taken into custody after the verdict. His lawyer said he would appeal.

The Ethics and Anti-Corruption Commission said the conviction was the first of a former cabinet minister in a decade. Anti-graft campaigners have long accused Kenya's courts of letting powerful defendants drag out their cases for years.

Mwangi, who had announced he would run for governor of Kiambu county, is now barred from standing in the 2027 election.
""",
        ['CRIME'], []),
    'en_heatwave': (
        'en', 'Heatwave grips southern Europe as hospitals report surge in admissions',
        """ROME, July 2 (Vigie) - Temperatures climbed above 40 degrees Celsius across Italy, Spain and Greece on Wednesday as an early summer heatwave tightened its grip on southern Europe, and hospitals reported a surge of patients suffering from heatstroke and dehydration.

Italy put 18 cities, including Rome, Florence and Palermo, on its highest heat alert, and several regions banned outdoor work in the hottest hours of the day after a construction worker collapsed and died near Bologna. In Spain, the weather agency AEMET said June had been the hottest on record, with an average temperature of 23.6 degrees.

Emergency departments in Rome said admissions of elderly patients had risen by a fifth in a week. Doctors urged people with heart conditions to stay indoors and drink water regularly, and the health ministry opened cooling centres in community halls.

Scientists say heatwaves in the Mediterranean are becoming longer and more intense as a result of climate change driven by the burning of fossil fuels. Sea surface temperatures off the Balearic islands were 5 degrees above normal, the Spanish agency said.

Electricity demand for air conditioning pushed power prices higher in Italy, where grid operator Terna said consumption reached its highest level since 2015.
""",
        ['CLIMATE', 'HEALTH'], ['ENERGY']),
    'en_chips_taiwan': (
        'en', 'U.S. tightens curbs on chip equipment exports to China',
        """WASHINGTON, Dec 2 (Vigie) - The United States on Monday broadened its restrictions on exports of semiconductor manufacturing equipment to China, adding 140 Chinese companies to its trade blacklist and curbing sales of high-bandwidth memory chips used in artificial intelligence.

The Commerce Department said the rules aimed to slow China's ability to make advanced chips that could be used in weapons and surveillance systems. They apply to tools made abroad with American technology, extending Washington's reach to equipment produced by Dutch and Japanese firms.

China's commerce ministry said it firmly opposed the measures and would take "necessary steps" to protect its companies. Beijing banned exports of gallium and germanium, two metals used in chipmaking, to the United States the following day.

Shares of chip equipment makers Applied Materials and Lam Research rose, as the rules were narrower than investors had feared. Analysts said Chinese chipmakers such as SMIC had stockpiled tools over the past year in anticipation of the curbs.

The measures come as U.S. officials also press Taiwan Semiconductor Manufacturing Co to build more plants in Arizona. Taiwan, which China claims as its own territory, makes most of the world's most advanced chips.
""",
        ['TECHNOLOGY', 'TRADE'], ['DIPLOMACY', 'SANCTIONS', 'SUPPLY_CHAIN']),
    'en_migrant_boat_election': (
        'en', 'At least 27 migrants drown off Lampedusa as boat capsizes',
        """ROME, Aug 13 (Vigie) - At least 27 migrants drowned when their boat capsized off the Italian island of Lampedusa on Wednesday, the U.N. refugee agency said, and coastguard vessels were searching for about a dozen people still missing.

The boat, a fishing vessel carrying about 95 people, had left Tobruk in eastern Libya two days earlier. Survivors told aid workers it had started taking on water in rough seas before dawn and overturned as passengers moved to one side. The coastguard rescued 60 people, including several children, and took them to the island's reception centre.

More than 38,000 migrants have reached Italy by sea this year, according to interior ministry figures, most of them from Bangladesh, Eritrea and Egypt. The International Organization for Migration says more than 900 people have died or gone missing in the central Mediterranean since January.

"Smugglers are sending people to sea in boats that should never leave port," said Chiara Cardoletti, the UNHCR representative in Italy, who called for more search and rescue ships.

Prime Minister Giorgia Meloni's government has tightened rules for charity rescue ships and struck a deal with Albania to process asylum claims there. The issue is expected to weigh on the campaign for regional elections in the autumn.
""",
        ['HUMANITARIAN', 'MIGRATION'], ['CRIME']),
    'en_earthquake_base': (
        'en', 'Magnitude 6.1 quake hits eastern Turkey, killing at least 12',
        """ANKARA, Oct 14 (Vigie) - A magnitude 6.1 earthquake struck eastern Turkey early on Tuesday, killing at least 12 people and injuring more than 200, the country's disaster agency AFAD said.

The quake hit at 3:42 a.m. local time at a depth of 10 km near the town of Sivrice in Elazig province, toppling dozens of older buildings and sending residents fleeing into the streets in freezing temperatures. Rescue teams pulled 31 people alive from the rubble of two collapsed apartment blocks in Elazig city, the health minister said.

AFAD said it had sent 3,500 rescue workers, tents and blankets to the region, and the Turkish Red Crescent set up field kitchens in the town centre. More than 400 aftershocks were recorded in the following hours, the strongest of magnitude 5.

Turkey lies on major fault lines. In February 2023, two powerful earthquakes in the south killed more than 53,000 people in the country and about 6,000 in neighbouring Syria.

Residents said the quake was felt as far as Malatya and Diyarbakir, home to a large air base used by the Turkish air force.
""",
        ['HUMANITARIAN'], []),
    'en_ceasefire_oil': (
        'en', 'Mediators push for Gaza ceasefire as Israeli strikes kill dozens',
        """CAIRO, June 10 (Vigie) - Egyptian and Qatari mediators pressed Israel and Hamas on Tuesday to accept a 60-day ceasefire proposal, as Israeli air strikes and shelling killed at least 38 Palestinians across the Gaza Strip, local health officials said.

An Egyptian official said Hamas negotiators had met Egyptian intelligence chief Hassan Rashad in Cairo and were studying the latest draft, which would see the release of ten living hostages in exchange for Palestinian prisoners and a partial withdrawal of Israeli troops. U.S. envoy Steve Witkoff was expected in Doha later in the week.

In Khan Younis, an air strike on a tent camp killed eight members of one family, medics said. The Israeli military said it had struck Hamas fighters and that troops had killed several gunmen who approached them in the north of the enclave.

Israel's Prime Minister Benjamin Netanyahu said the war would not end until Hamas was disarmed. Hamas has said it will free all the hostages only in exchange for a permanent end to the fighting.

Oil prices edged up on the news that talks had stalled, with Brent crude gaining 1 percent to 67 dollars a barrel.
""",
        ['ARMED_CONFLICT', 'DIPLOMACY'], ['HUMANITARIAN']),
    'en_cocaine_port': (
        'en', 'Police seize record 8 tonnes of cocaine hidden in banana shipment',
        """ANTWERP, Feb 9 (Vigie) - Belgian customs officers seized 8 tonnes of cocaine hidden in a shipment of bananas from Ecuador at the port of Antwerp, the biggest single haul in the country's history, prosecutors said on Monday.

The drugs, with a street value of more than 600 million euros, were found in 12 containers during a search on Friday after a tip from Ecuadorian police. Seven people, including two dock workers, were arrested in raids in Antwerp and the Netherlands, the federal prosecutor's office said.

Prosecutors said the cocaine belonged to a network linked to the Albanian mafia that bribed port staff to remove the bags before the containers were inspected. Investigators seized 1.2 million euros in cash, three firearms and encrypted phones.

Belgian Justice Minister Annelies Verlinden said drug gangs were increasingly turning to violence in Antwerp, where a girl was killed by a stray bullet in a feud between traffickers in 2023. She said the government would hire 200 more customs officers.

Antwerp, Europe's second-busiest container port after Rotterdam, handles about 12 million containers a year.
""",
        ['CRIME'], []),
    'en_ai_model': (
        'en', 'French startup Mistral unveils reasoning model, raises 1.7 billion euros',
        """PARIS, Sept 9 (Vigie) - French artificial intelligence startup Mistral AI unveiled a new reasoning model on Tuesday and said it had raised 1.7 billion euros in a funding round led by Dutch chip equipment maker ASML, valuing the company at about 11.7 billion euros.

The model, called Magistral Medium 2, can solve mathematical problems and write code in several languages, and performed close to leading American models on standard benchmarks, the company said. It will be available to businesses through Mistral's platform and as open weights for a smaller version.

ASML will hold about 11 percent of the company and take a seat on its strategic committee. The two firms said they would work together on using AI to design and control chipmaking machines.

Chief executive Arthur Mensch said the money would be spent on computing capacity, including a data centre south of Paris built with Nvidia chips. "Europe needs its own frontier models," he said. Mistral's clients include BNP Paribas, the carmaker Stellantis and the French defence ministry, which uses its models to analyse documents.

Also read: Nvidia posts record quarterly revenue as data centre sales soar
""",
        ['TECHNOLOGY'], ['ECONOMY']),
    'en_budget_defence': (
        'en', 'Government unveils budget with spending cuts to rein in deficit',
        """OTTAWA, Nov 4 (Vigie) - Canada's government presented a budget on Tuesday that cuts spending by 60 billion Canadian dollars over five years and forecasts a deficit of 78 billion dollars for the current fiscal year, as it tries to shield the economy from U.S. tariffs.

Finance Minister Francois-Philippe Champagne told parliament the government would trim the public service by 40,000 jobs through attrition and review every federal programme, while bringing forward tax breaks for companies that invest in factories and equipment. The deficit would fall to 2 percent of gross domestic product by 2029, he said.

The budget forecasts economic growth of 1.1 percent next year, down from 1.6 percent, and warns that the unemployment rate, now 7.1 percent, could rise further. Defence spending will rise to meet NATO's 2 percent target this year.

The opposition Conservatives said the deficit was far larger than promised and that they would vote against the budget. The minority government needs the support of at least two opposition lawmakers to pass it.

Economists said the plan would ease the pressure on the Bank of Canada, which has cut its key interest rate to 2.25 percent.
""",
        ['ECONOMY'], ['TRADE']),
    'en_mpox_drc': (
        'en', 'Mpox cases rise in Congo as vaccine doses run short',
        """KINSHASA, Jan 15 (Vigie) - Suspected mpox cases in the Democratic Republic of Congo rose by a third in December and vaccine stocks are running out, the health ministry and the World Health Organization said on Wednesday.

The ministry recorded 4,800 suspected cases and 62 deaths last month, most of them in children under 15, in the provinces of Equateur, Sankuru and Sud-Kivu. Only 40 percent of samples are tested because laboratories lack reagents, the WHO said, so the real number of infections is likely much higher.

Congo has received about 3 million doses of vaccine, mainly from Japan and the European Union, and has vaccinated 700,000 people. Health workers said the clade Ib strain, which spreads more easily through close contact, was now found in Kinshasa, a city of 17 million people.

In the east of the country, where fighting between the army and M23 rebels has driven hundreds of thousands of people from their homes, health workers say overcrowded camps have made it harder to isolate patients.

The WHO said it needed 87 million dollars to fund the response in Africa over the next six months.
""",
        ['HEALTH'], []),
    'en_pipeline_blast': (
        'en', 'Gas pipeline blast cuts supplies to northern Mexico',
        """MONTERREY, Mexico, March 12 (Vigie) - An explosion on a natural gas pipeline in the northern Mexican state of Nuevo Leon on Wednesday cut supplies to industrial customers and forced the evacuation of about 300 people from nearby homes, state officials said.

Flames rose tens of metres into the air after the blast, which occurred shortly before dawn on a section of the Los Ramones pipeline that carries gas imported from Texas. No one was killed, but two workers were treated for burns.

State oil company Pemex said it had closed valves on either side of the damaged section and that repairs could take up to five days. Steel and glass makers in Monterrey said they had cut production because of the lower gas pressure. Mexico imports about 70 percent of the gas it consumes from the United States, much of it through pipelines crossing Nuevo Leon.

Civil protection chief Erik Cavazos said the cause was being investigated and that a leak caused by corrosion was the most likely explanation. Prosecutors said there was no sign of sabotage or an attack.

Pemex has been criticised for underinvesting in the maintenance of its pipelines, thousands of kilometres of which are more than 40 years old.
""",
        ['ENERGY'], []),
    'en_fuel_protest': (
        'en', 'Angola fuel price protests turn deadly as taxi drivers strike',
        """LUANDA, July 29 (Vigie) - At least 22 people were killed and more than 1,200 arrested in two days of protests and looting in Angola's capital Luanda after a taxi drivers' strike against a rise in diesel prices turned violent, the interior minister said on Tuesday.

Crowds blocked roads with burning tyres, looted shops and clashed with police, who fired tear gas and live rounds, witnesses said. Shops and schools remained closed on Tuesday in several districts, and the government deployed military police to guard supermarkets and petrol stations.

The protests began on Monday after the government raised the price of diesel by a third, to 400 kwanzas a litre, as part of a plan to phase out fuel subsidies that cost the state about 3 billion dollars a year. Taxi associations, whose minibuses carry most of Luanda's commuters, had called a three-day strike.

Interior Minister Manuel Homem said 1,214 people had been detained for looting and vandalism and would be brought before the courts.

Angola, Africa's second-largest oil producer, has been hit by a fall in crude prices and high debt payments to China. Inflation was 20 percent in June.
""",
        ['ECONOMY', 'PROTEST'], ['ENERGY']),
    'en_shadow_fleet': (
        'en', 'EU targets shadow fleet tankers in new sanctions package',
        """BRUSSELS, May 20 (Vigie) - The European Union adopted its 17th package of sanctions against Russia on Tuesday, blacklisting almost 200 more tankers of the so-called shadow fleet that Moscow uses to get around the G7 price cap on its oil exports.

The vessels will be barred from EU ports and from buying services such as insurance from European companies, bringing the number of sanctioned ships to 342. EU foreign ministers also imposed asset freezes and travel bans on 75 people and companies, including Chinese firms accused of supplying parts for Russian weapons.

EU foreign policy chief Kaja Kallas said the bloc was already preparing an 18th package that could lower the price cap to 50 dollars a barrel. "The more Russia fights, the tougher our response," she said.

The shadow fleet, made up of ageing tankers with opaque ownership, carries about 70 percent of Russia's seaborne crude. Oil revenues make up about a third of the Kremlin's budget, and Russian oil companies have offered deeper discounts to buyers in India and China as the measures bite.

Russia's foreign ministry said the sanctions were illegal and would only hurt Europe. Moscow launched its full-scale invasion of Ukraine in February 2022.
""",
        ['ENERGY', 'SANCTIONS'], ['DIPLOMACY']),
    'en_disinfo_election': (
        'en', 'Moldova says Russia-backed network paid voters ahead of election',
        """CHISINAU, Sept 18 (Vigie) - Moldovan police said on Thursday they had uncovered a Russian-funded network that paid people to spread false claims on TikTok and Telegram ahead of the September 28 parliamentary election and trained some of them to provoke unrest.

Police chief Viorel Cernauteanu said officers had searched 250 addresses and detained 74 people. Investigators found that hundreds of accounts had posted identical videos claiming the pro-European government planned to drag Moldova into the war in Ukraine and to sell farmland to foreigners. Participants were paid up to 100 dollars a month through a Russian bank.

President Maia Sandu said the election was the most important in the country's history and accused Moscow of spending hundreds of millions of euros to buy votes and spread disinformation. Her Party of Action and Solidarity is polling just ahead of the pro-Russian Patriotic Bloc.

The Kremlin denied interfering. Russia's foreign ministry said Moldova's government was using "the myth of Russian interference" to silence its opponents.

Moldova, which was granted EU candidate status in 2022, also reported a wave of cyberattacks on the electoral commission's website last year.
""",
        ['DISINFORMATION', 'ELECTIONS'], ['CRIME']),
    'en_opec_sanctions': (
        'en', 'OPEC+ agrees bigger output increase for August',
        """LONDON, July 5 (Vigie) - OPEC+ agreed on Saturday to raise oil production by 548,000 barrels per day in August, a bigger increase than expected, as Saudi Arabia pushes to win back market share and punish members that have pumped above their quotas.

The eight members of the group, led by Saudi Arabia and Russia, had raised output by 411,000 barrels per day in each of the previous three months. Saturday's decision, taken at a brief online meeting, means they will have restored almost 80 percent of the 2.2 million barrels per day of cuts made since 2023.

Delegates said Riyadh wanted to regain customers lost to U.S. shale producers and to discipline Kazakhstan and Iraq, which have repeatedly exceeded their targets. The group said healthy demand and low inventories justified the move.

Brent crude, which jumped above 78 dollars a barrel during the Israel-Iran conflict in June, has since fallen back to about 68 dollars. Analysts at a Swiss bank said the extra supply could push prices lower in the autumn, when demand for fuel eases after the summer driving season.

Output from Iran and Venezuela, both under U.S. sanctions, is not covered by the quotas.
""",
        ['ENERGY'], ['ECONOMY']),
    'en_journalist_jailed': (
        'en', 'Court jails journalist for five years over corruption reporting',
        """TUNIS, June 3 (Vigie) - A Tunisian court on Tuesday sentenced a well-known radio journalist to five years in prison over reports on corruption in the customs service, in a case rights groups said was part of a widening crackdown on free speech.

Mourad Zeghidi was convicted under Decree 54, a 2022 law against "spreading false news" that critics say President Kais Saied uses to silence critics. His lawyers said the court had relied on two of his broadcasts and a Facebook post, and that he had not been allowed to call witnesses.

Amnesty International said at least 60 journalists, lawyers and opposition figures had been prosecuted under the decree. "Journalists are being jailed simply for doing their job," said the group's regional director, Heba Morayef.

The National Union of Tunisian Journalists called a day of protest outside the courthouse for Thursday. Saied, who seized wide powers in 2021, has said he does not interfere in the judiciary and that freedom of expression is guaranteed.

Tunisia ranked 129th of 180 countries in this year's press freedom index of Reporters Without Borders.
""",
        ['HUMAN_RIGHTS'], ['CRIME']),
    'en_car_tariffs_union': (
        'en', 'Japan carmakers cut forecasts as U.S. tariffs bite',
        """TOKYO, Aug 7 (Vigie) - Toyota Motor cut its annual profit forecast by 16 percent on Thursday, saying U.S. tariffs on cars would cost it about 9.5 billion dollars this year, and Honda and Nissan also warned that the levies would weigh on earnings.

The tariffs, which Washington lowered to 15 percent from 27.5 percent under a trade deal struck with Tokyo in July, still hit Japanese carmakers harder than their American rivals because many of the vehicles they sell in the United States are built in Japan, Mexico or Canada.

Toyota said it would absorb most of the cost rather than raise prices in the U.S. market, where it sold 2.3 million vehicles last year. It expects operating profit of 3.2 trillion yen for the year to March.

Under the trade agreement, Japan pledged 550 billion dollars of investment in the United States in exchange for the lower tariff. Officials from the two countries are still negotiating how the investment fund will be run.

Shares in Toyota rose 3 percent in Tokyo as the cut was smaller than some analysts had feared.
""",
        ['TRADE'], ['DIPLOMACY', 'ECONOMY']),
    'en_poland_drones': (
        'en', 'Poland shoots down Russian drones in its airspace, NATO allies scramble jets',
        """WARSAW, Sept 10 (Vigie) - Poland shot down drones that entered its airspace during a Russian attack on western Ukraine overnight, the first time a NATO member has fired on Russian aircraft since the invasion, Prime Minister Donald Tusk said on Wednesday.

Polish and allied fighter jets, including Dutch F-35s, took off to intercept at least 19 violations of Polish airspace, the operational command said. Four drones were shot down, and the wreckage of others was found in fields and on the roof of a house in the village of Wyryki, where no one was hurt.

Tusk told parliament the incident was a "large-scale provocation" and that Poland had asked to hold consultations under Article 4 of the NATO treaty. "We are closer to open conflict than at any time since the Second World War," he said, though he added that there was no reason to believe the country was at war.

Airports in Warsaw, Rzeszow and Lublin closed for several hours. The army said it had raised its readiness and would deploy more air defence systems in the east.

Russia's defence ministry said it had not planned to strike targets in Poland. NATO Secretary General Mark Rutte said the alliance would strengthen its eastern flank.
""",
        ['MILITARY', 'SECURITY_COOPERATION'], ['ARMED_CONFLICT', 'DIPLOMACY']),
    'fr_inondations_militaires': (
        'fr', 'Inondations dans le Var : quatre morts, des centaines de sinistrés',
        """TOULON, 12 octobre (Vigie) - Quatre personnes sont mortes et une autre est portée disparue après les pluies torrentielles qui se sont abattues samedi sur le Var, où plusieurs rivières sont sorties de leur lit en quelques heures, a indiqué la préfecture.

Il est tombé jusqu'à 300 millimètres d'eau en douze heures à Vidauban et au Luc, soit l'équivalent de trois mois de précipitations. Des dizaines de voitures ont été emportées et des maisons inondées jusqu'au premier étage. Les pompiers ont mené plus de 900 interventions et hélitreuillé une cinquantaine de personnes réfugiées sur les toits.

Plus de 600 personnes ont passé la nuit dans des gymnases et des salles des fêtes ouverts par les communes. La Croix-Rouge y a distribué des couvertures et des repas chauds, et une cellule d'aide psychologique a été mise en place à la mairie de Vidauban. Quelque 20.000 foyers restaient privés d'électricité dimanche matin.

Le ministre de l'Intérieur s'est rendu sur place et a annoncé une procédure accélérée de reconnaissance de l'état de catastrophe naturelle. Des militaires de la sécurité civile venus de Brignoles ont été déployés pour dégager les routes.

Météo-France a levé dimanche la vigilance rouge, mais les sols gorgés d'eau font craindre de nouvelles crues en cas d'averses.
""",
        ['HUMANITARIAN'], ['CLIMATE', 'MIGRATION']),
    'fr_plainte_entraineur': (
        'fr', "Harcèlement : d'anciennes joueuses portent plainte contre leur entraîneur",
        """LYON, 3 février (Vigie) - Cinq anciennes joueuses d'un club de handball de la région lyonnaise ont porté plainte pour harcèlement moral et sexuel contre leur ancien entraîneur, a-t-on appris lundi auprès du parquet de Lyon, qui a ouvert une enquête.

Les faits dénoncés se seraient déroulés entre 2018 et 2023, lorsque les plaignantes avaient entre 15 et 19 ans. Elles décrivent des messages insistants envoyés la nuit, des remarques sur leur physique et des pressions pour les isoler de leurs familles. L'une d'elles affirme avoir été agressée sexuellement lors d'un déplacement en Espagne.

L'entraîneur, âgé de 47 ans, a été suspendu à titre conservatoire par la fédération. Son avocat a indiqué qu'il contestait "fermement" les accusations et qu'il se tenait à la disposition de la justice.

"Nous avons mis des années à trouver la force de parler", a déclaré l'une des joueuses, qui a souhaité garder l'anonymat. Leur avocate a dénoncé le silence du club, qui avait été alerté dès 2021 par des parents.

La porte-parole de la fédération a assuré que de nouvelles règles d'encadrement des mineurs entreraient en vigueur à la rentrée.
""",
        ['CRIME'], []),
    'fr_attendu_bourse': (
        'fr', 'La Bourse de Paris termine en hausse, portée par le luxe',
        """PARIS, 18 mars (Vigie) - La Bourse de Paris a terminé en hausse de 0,8% mardi, portée par le secteur du luxe, au lendemain de chiffres de consommation chinois meilleurs qu'attendu, tandis que les investisseurs attendaient la décision de la Réserve fédérale américaine mercredi.

L'indice CAC 40 a gagné 65,3 points à 8.122,4 points. LVMH a pris 3,1% et Kering 4,2%, après la publication de ventes au détail en Chine en progression de 4% sur un an, au-dessus des prévisions des économistes.

Les marchés attendent de la Fed qu'elle maintienne ses taux directeurs dans une fourchette de 4,25% à 4,50%, mais guettent le moindre signe d'une baisse à venir. "Le marché a déjà intégré deux baisses de taux cette année", a souligné un gérant chez un courtier parisien.

Sur le marché obligataire, le rendement de l'emprunt français à dix ans s'est détendu à 3,45%. L'euro s'échangeait à 1,0920 dollar.

Du côté des valeurs, Airbus a reculé de 1,2% après avoir annoncé un retard attendu de ses livraisons, et Renault a été attaqué par les vendeurs après la dégradation de sa note par un analyste.
""",
        ['ECONOMY'], []),
    'fr_municipales_lire_aussi': (
        'fr', 'Municipales à Marseille : la gauche désigne son candidat',
        """MARSEILLE, 14 septembre (Vigie) - Le maire sortant de Marseille, Benoît Payan, a été désigné samedi candidat de l'union de la gauche pour les élections municipales de mars 2026, au terme d'un vote des militants du Printemps marseillais, du Parti socialiste, des Écologistes et du Parti communiste.

Élu en 2020 à la tête d'une coalition hétéroclite, M. Payan a obtenu 87% des voix des quelque 3.000 adhérents qui ont participé au scrutin. La France insoumise, qui présentera sa propre liste, n'a pas pris part au vote.

Lire aussi : Guerre en Ukraine : Kiev visé par une attaque massive de drones russes

Face à lui, le Rassemblement national espère faire de Marseille l'une de ses principales conquêtes. Son candidat, le député Franck Allisio, est arrivé en tête au premier tour dans plusieurs arrondissements lors des élections européennes et législatives de 2024. Le maire a fait de la lutte contre le narcotrafic, qui a fait 49 morts dans la ville en 2023, l'un des thèmes de sa campagne.

À droite, Martine Vassal, présidente de la métropole, n'a pas encore annoncé si elle se présenterait. Un sondage Ifop publié début septembre donnait le RN et la gauche au coude-à-coude au premier tour.
""",
        ['ELECTIONS'], []),
    'fr_participes_constructeur': (
        'fr', 'Le constructeur Forvia va supprimer 2.000 postes en Europe',
        """PARIS, 20 février (Vigie) - L'équipementier automobile Forvia a annoncé jeudi la suppression de 2.000 postes supplémentaires en Europe d'ici 2028, frappé par le ralentissement des ventes de voitures électriques et la concurrence chinoise.

Le groupe, né du rachat de l'allemand Hella par Faurecia, a déjà supprimé 10.000 emplois depuis 2024. Son action, sanctionnée par les investisseurs, a reculé de 7% à la Bourse de Paris après la publication d'une perte nette de 284 millions d'euros pour l'exercice 2024.

Le directeur général, Martin Fischer, a indiqué que plusieurs acheteurs avaient manifesté leur intérêt pour des activités que le groupe cherche à céder afin de réduire une dette de 7 milliards d'euros. "Le marché européen ne retrouvera pas son niveau d'avant la crise sanitaire avant plusieurs années", a-t-il déclaré.

Les syndicats ont dénoncé une "saignée" et réclamé une réunion avec la direction. L'usine de Nompatelize, dans les Vosges, déjà visée par un plan social l'an dernier, pourrait être touchée.

Forvia, qui emploie 150.000 personnes dans le monde, table sur un chiffre d'affaires stable en 2025, à environ 27 milliards d'euros.
""",
        ['ECONOMY'], []),
    'fr_cyberattaque_hopital': (
        'fr', "Cyberattaque : l'hôpital de Cannes contraint de fonctionner en mode dégradé",
        """NICE, 17 avril (Vigie) - Le centre hospitalier de Cannes a été victime d'une cyberattaque par rançongiciel qui l'oblige depuis mardi à fonctionner en mode dégradé, a indiqué mercredi la direction de l'établissement.

Les pirates ont chiffré une partie des serveurs de l'hôpital et réclament une rançon, que la direction a refusé de payer, conformément aux consignes des autorités. Les logiciels de prescription et les dossiers des patients n'étaient plus accessibles, obligeant les soignants à revenir au papier. Les urgences restent ouvertes, mais certaines opérations non urgentes ont été reportées.

Le groupe de hackers LockBit a revendiqué l'attaque jeudi sur son site et menace de publier des données de patients. L'Agence nationale de la sécurité des systèmes d'information (Anssi) a dépêché des experts sur place, et le parquet de Paris, compétent en matière de cybercriminalité, a ouvert une enquête.

"Nous avons isolé nos systèmes dès les premières minutes, ce qui a permis de limiter l'intrusion", a déclaré le directeur, Yves Servant.

Une quarantaine d'établissements de santé français ont subi une attaque informatique majeure depuis 2021, selon le ministère de la Santé.
""",
        ['CYBER'], ['CRIME', 'HEALTH']),
    'fr_sahel_attaque': (
        'fr', 'Burkina Faso : une cinquantaine de soldats tués dans une attaque jihadiste',
        """OUAGADOUGOU, 13 mai (Vigie) - Une cinquantaine de soldats burkinabè ont été tués lors d'une attaque jihadiste contre un camp militaire à Djibo, dans le nord du Burkina Faso, ont indiqué lundi des sources sécuritaires.

L'attaque, revendiquée par le Groupe de soutien à l'islam et aux musulmans (JNIM), lié à Al-Qaïda, a été menée dimanche à l'aube par plusieurs centaines d'assaillants à moto. Les combats ont duré plusieurs heures avant que l'aviation n'intervienne. Des civils ont également été tués et le marché de la ville a été incendié, selon des habitants.

Le JNIM a affirmé dans une vidéo avoir pris le contrôle du camp pendant plusieurs heures et s'être emparé d'armes et de munitions. Le gouvernement n'a pas communiqué de bilan.

Le Burkina Faso, dirigé par une junte depuis 2022, est confronté depuis une décennie aux violences de groupes jihadistes qui ont fait des dizaines de milliers de morts. Djibo est sous blocus jihadiste depuis 2022.

Plus de deux millions de personnes ont fui leur foyer dans le pays, selon les Nations unies.
""",
        ['ARMED_CONFLICT', 'TERRORISM'], []),
    'fr_greve_sncf': (
        'fr', 'Grève à la SNCF : un TGV sur deux circulera jeudi',
        """PARIS, 4 juin (Vigie) - Un TGV sur deux et un TER sur trois circuleront jeudi en moyenne, au premier jour d'une grève à l'appel de la CGT-Cheminots et de SUD-Rail pour réclamer des hausses de salaires, a annoncé mercredi la SNCF.

Les deux syndicats, qui ont déposé un préavis de grève de deux jours, dénoncent la hausse de la charge de travail des contrôleurs et des aiguilleurs et exigent une revalorisation des salaires de 6%. La direction a proposé 2,2%, une offre jugée "insultante" par la CGT.

En Île-de-France, le trafic sera très perturbé sur les RER B et D et sur plusieurs lignes Transilien. La SNCF a invité les voyageurs à reporter leurs déplacements et promis le remboursement des billets.

"Les cheminots n'ont pas d'autre choix que de se mettre en grève pour être entendus", a déclaré le secrétaire général de SUD-Rail, Fabien Villedieu, lors d'un rassemblement devant le siège de l'entreprise à Saint-Denis.

Le ministre des Transports a dénoncé une grève "irresponsable" à l'approche des vacances. Les comptes de la SNCF, qui a dégagé un bénéfice de 1,6 milliard d'euros l'an dernier, doivent financer une partie de la rénovation du réseau.
""",
        ['PROTEST'], ['ECONOMY']),
    'fr_manche_accord': (
        'fr', "Manche : trois migrants meurent lors d'une tentative de traversée",
        """BOULOGNE-SUR-MER, 9 août (Vigie) - Trois migrants sont morts dans la nuit de vendredi à samedi lors d'une tentative de traversée de la Manche depuis une plage du Pas-de-Calais, a annoncé la préfecture maritime.

Une embarcation surchargée, avec environ 70 personnes à bord, a connu une avarie peu après son départ de la plage d'Équihen. Les secours ont récupéré trois corps et pris en charge 45 personnes, dont plusieurs en hypothermie, qui ont été conduites à l'hôpital de Boulogne. Les autres passagers ont regagné la plage.

Depuis le début de l'année, plus de 25.000 personnes ont traversé la Manche à bord de petites embarcations pour rejoindre le Royaume-Uni, un chiffre en hausse de 50% par rapport à la même période de 2024, selon le ministère britannique de l'Intérieur. Au moins 20 migrants sont morts en tentant la traversée depuis janvier.

Les associations d'aide aux exilés dénoncent la multiplication des interventions policières sur les plages, qui poussent selon elles les passeurs à prendre davantage de risques.

Paris et Londres ont signé en juillet un accord prévoyant le renvoi vers la France de certains migrants arrivés au Royaume-Uni en échange de l'accueil de demandeurs d'asile ayant des liens familiaux outre-Manche.
""",
        ['MIGRATION'], ['DIPLOMACY', 'HUMANITARIAN']),
    'fr_seisme_maroc': (
        'fr', "Séisme au Maroc : les secours s'activent dans les villages de l'Atlas",
        """MARRAKECH, 10 septembre (Vigie) - Les secouristes marocains poursuivaient dimanche leurs recherches dans les villages isolés du Haut Atlas, où le séisme de magnitude 6,8 survenu vendredi soir a fait plus de 2.000 morts, selon un nouveau bilan du ministère de l'Intérieur.

Dans le village de Tafeghaghte, presque entièrement détruit, des habitants fouillaient les décombres à mains nues. Des milliers de familles ont passé une deuxième nuit dehors, sous des tentes de fortune ou à même le sol, par crainte des répliques. Les routes de montagne, coupées par des éboulements, ralentissaient l'acheminement de l'aide.

Les Forces armées royales ont installé un hôpital de campagne à Asni et acheminé de l'eau et des vivres par hélicoptère. Le Maroc a accepté l'aide de l'Espagne, du Royaume-Uni, du Qatar et des Émirats arabes unis, qui ont envoyé des équipes de secouristes.

"Nous n'avons plus rien, ni maison ni bétail", a confié Lahcen, un berger de 60 ans, devant les ruines de sa maison.

Le séisme est le plus meurtrier qu'ait connu le Maroc depuis celui d'Agadir en 1960.
""",
        ['HUMANITARIAN'], []),
    'fr_gaz_tarifs': (
        'fr', 'Les prix du gaz vont baisser de 3% en février',
        """PARIS, 27 janvier (Vigie) - Le prix repère de vente du gaz pour les ménages baissera en moyenne de 3,2% en février, a annoncé lundi la Commission de régulation de l'énergie (CRE), une troisième baisse consécutive qui s'explique par le recul des cours sur les marchés de gros.

La baisse sera de 1,1% pour les clients qui utilisent le gaz pour la cuisson et de 3,4% pour ceux qui se chauffent au gaz. Environ onze millions de foyers sont concernés.

Les prix du gaz naturel sur le marché européen de référence, le TTF néerlandais, ont reculé à environ 45 euros le mégawattheure, contre plus de 300 euros au plus fort de la crise énergétique déclenchée par l'invasion de l'Ukraine par la Russie en 2022. Les stocks européens restent toutefois inférieurs à leur moyenne saisonnière après un hiver froid.

Les associations de consommateurs ont salué la baisse mais rappellent que la facture reste supérieure de près de 40% à son niveau d'avant la crise, en raison notamment de la hausse des taxes et du coût d'acheminement.

Le gouvernement prévoit par ailleurs une baisse de 15% du tarif réglementé de l'électricité à partir du 1er février.
""",
        ['ENERGY'], ['ECONOMY']),
    'fr_citation_campagne': (
        'fr', 'Présidentielle au Cameroun : Paul Biya en campagne à 92 ans',
        """YAOUNDÉ, 7 octobre (Vigie) - Le président camerounais Paul Biya, 92 ans, au pouvoir depuis 1982, a tenu mardi à Maroua son premier et unique meeting de campagne en vue de l'élection présidentielle du 12 octobre, pour laquelle il brigue un huitième mandat.

Devant plusieurs milliers de partisans, le chef de l'État a promis de "poursuivre l'œuvre de construction nationale" et de donner la priorité à l'emploi des jeunes. "Ensemble, nous gagnerons la bataille contre le chômage", a-t-il lancé lors d'un discours d'une dizaine de minutes.

Onze candidats sont en lice, dont l'ancien ministre Issa Tchiroma Bakary, qui a rallié une partie de l'opposition, et Bello Bouba Maïgari. Le principal opposant, Maurice Kamto, a vu sa candidature rejetée par le Conseil électoral en août, une décision confirmée par le Conseil constitutionnel.

L'opposition dénonce un scrutin joué d'avance et appelle les électeurs à surveiller le dépouillement dans les bureaux de vote. Elections Cameroon, l'organe électoral, assure que toutes les garanties de transparence sont réunies.

Le président a passé l'essentiel de la campagne en Suisse, où il séjourne régulièrement.
""",
        ['ELECTIONS'], []),
    'fr_nucleaire_edf': (
        'fr', 'EDF confirme le coût de ses six nouveaux réacteurs',
        """PARIS, 11 mars (Vigie) - EDF a estimé mardi à 67,4 milliards d'euros le coût de construction de six nouveaux réacteurs nucléaires EPR2, un montant en hausse de 30% par rapport à la première estimation de 2022, et vise une mise en service du premier d'entre eux en 2038.

Le groupe public a présenté ce chiffrage au Conseil de politique nucléaire réuni à l'Élysée. Les deux premiers réacteurs seront construits à Penly, en Seine-Maritime, puis deux à Gravelines (Nord) et deux au Bugey (Ain).

Le gouvernement doit encore arrêter le mode de financement du programme, qui passera par un prêt de l'État à taux bonifié couvrant au moins la moitié du coût. La Commission européenne doit valider ce dispositif au regard des règles sur les aides d'État.

La filière nucléaire doit recruter 100.000 personnes d'ici dix ans. "Nous avons tiré les leçons de Flamanville", a assuré le PDG d'EDF, Luc Rémont, en référence au chantier de l'EPR normand, mis en service avec douze ans de retard.

Le nucléaire fournit environ 65% de l'électricité produite en France.
""",
        ['ENERGY', 'NUCLEAR'], ['ECONOMY']),
    'fr_ia_lire_aussi': (
        'fr', "L'Union européenne dévoile un plan pour les gigausines d'IA",
        """BRUXELLES, 9 avril (Vigie) - La Commission européenne a présenté mercredi un plan visant à construire au moins cinq "gigausines" d'intelligence artificielle en Europe, des centres de calcul géants destinés à entraîner les modèles de nouvelle génération, pour un investissement total de 20 milliards d'euros.

Chacune de ces installations comptera environ 100.000 puces de dernière génération, quatre fois plus que les plus grands supercalculateurs européens actuels. Bruxelles veut aussi doubler la capacité des centres de données dans l'UE d'ici sept ans et simplifier les règles pour les entreprises.

"L'Europe ne doit pas rester spectatrice de la course à l'IA", a déclaré la vice-présidente de la Commission chargée de la souveraineté technologique, Henna Virkkunen.

À lire aussi : Cyberattaque massive contre le ministère des Sports, des millions de données dérobées

Les États membres ont jusqu'à juin pour proposer des sites. La France, l'Allemagne et l'Espagne ont déjà fait part de leur intérêt. Les critiques rappellent que ces centres consomment d'énormes quantités d'électricité et d'eau.
""",
        ['TECHNOLOGY'], ['ECONOMY']),
    'fr_bombe_ww2': (
        'fr', 'Une bombe de la Seconde Guerre mondiale paralyse la gare du Nord',
        """PARIS, 7 mars (Vigie) - Le trafic ferroviaire a été totalement interrompu vendredi à la gare du Nord, la plus fréquentée d'Europe, après la découverte d'une bombe datant de la Seconde Guerre mondiale lors de travaux sur une voie à Saint-Denis, a indiqué la SNCF.

L'engin, long d'environ un mètre, a été mis au jour dans la nuit par des ouvriers, près des voies empruntées par les trains vers le nord de la France, la Belgique et le Royaume-Uni. Les démineurs de la préfecture de police ont établi un périmètre de sécurité de 500 mètres avant de le neutraliser en fin d'après-midi.

Des centaines de milliers de voyageurs ont été touchés. Les Eurostar à destination de Londres ont été annulés toute la journée et les TGV vers Lille déviés vers la gare de l'Est. "J'attends depuis six heures, personne ne nous dit rien", a témoigné une voyageuse.

Des milliers de bombes non explosées sont encore découvertes chaque année en France, en particulier dans le Nord et en Normandie, théâtres de violents bombardements en 1944.

Le trafic devait reprendre progressivement samedi matin.
""",
        [], []),
    'fr_mt_taiwan': (
        'fr', 'La Chine mène des exercices militaires autour de Taïwan',
        """PÉKIN, 1er avril (Vigie) – L’armée chinoise a lancé mardi des exercices militaires de grande ampleur autour de Taïwan, mobilisant des navires de guerre, des avions de chasse et des unités de missiles, dans ce que Pékin a qualifié d’« avertissement sévère » aux forces indépendantistes de l’île.
Le Commandement du théâtre oriental de l’Armée populaire de libération a déclaré que les manœuvres, baptisées « Strait Thunder », visaient à tester la capacité de ses forces à bloquer l’île et à frapper des cibles clés. Le groupe aéronaval du porte-avions Shandong a pris part aux exercices à l’est de Taïwan.
Le ministère taïwanais de la Défense a indiqué avoir détecté 76 avions militaires et 15 navires de guerre chinois dans les 24 heures précédant mardi matin, et a dépêché ses propres navires et activé ses systèmes de missiles.
Pékin considère Taïwan comme une partie de son territoire et n’a jamais renoncé à l’usage de la force pour en prendre le contrôle. Le président taïwanais Lai Ching-te, que Pékin qualifie de « séparatiste », affirme que seul le peuple taïwanais peut décider de son avenir.
Le département d’État américain a dénoncé les « activités militaires agressives » de la Chine et appelé Pékin à la retenue.
Les marchés boursiers de Taipei ont reculé de 1 % à l’ouverture.
""",
        ['MILITARY', 'TERRITORIAL_DISPUTE'], ['DIPLOMACY']),
    'fr_mt_soudan': (
        'fr', 'Soudan : les FSR s’emparent d’El-Facher après 18 mois de siège',
        """PORT-SOUDAN, 27 octobre (Vigie) – Les Forces de soutien rapide (FSR) ont pris le contrôle d’El-Facher, dernière grande ville du Darfour qui échappait encore à leur emprise, après dix-huit mois de siège, a reconnu lundi le chef de l’armée soudanaise, le général Abdel Fattah al-Burhane.
Des témoins ont fait état d’exécutions sommaires de civils et de combattants blessés dans les rues de la ville, et des vidéos diffusées sur les réseaux sociaux montrent des paramilitaires tirant sur des hommes désarmés. Le Haut-Commissariat de l’ONU aux droits de l’homme s’est dit « horrifié ».
Plus de 26 000 personnes ont fui la ville en deux jours vers Tawila, à 60 kilomètres à l’ouest, où les organisations humanitaires manquent de tout. « Les gens arrivent épuisés, blessés, sans eau ni nourriture », a déclaré un responsable de Médecins sans frontières.
Le Programme alimentaire mondial a indiqué que la famine avait été confirmée à El-Facher dès l’an dernier et que les convois d’aide n’avaient pu y entrer depuis des mois.
La guerre, qui oppose depuis avril 2023 l’armée aux FSR du général Mohamed Hamdane Daglo, a fait des dizaines de milliers de morts et près de 12 millions de déplacés.
""",
        ['ARMED_CONFLICT', 'HUMANITARIAN', 'MIGRATION'], ['HUMAN_RIGHTS']),
    'fr_mt_terres_rares': (
        'fr', 'La Chine restreint ses exportations de terres rares, les industriels s’inquiètent',
        """PÉKIN, 10 octobre (Vigie) – Le ministère chinois du Commerce a annoncé jeudi de nouvelles restrictions sur les exportations de terres rares et des technologies permettant de les raffiner, une décision qui menace les chaînes d’approvisionnement des constructeurs automobiles et des fabricants d’électronique dans le monde entier.
Les entreprises étrangères devront désormais obtenir une licence pour exporter des produits contenant plus de 0,1 % de terres rares d’origine chinoise. La Chine assure environ 70 % de l’extraction mondiale de ces métaux et plus de 90 % de leur raffinage.
Plusieurs équipementiers européens ont averti qu’ils pourraient être contraints d’arrêter des lignes de production d’ici quelques semaines, faute d’aimants permanents, utilisés dans les moteurs électriques et les systèmes de direction.
Pékin justifie ces mesures par des raisons de « sécurité nationale », certaines terres rares entrant dans la fabrication d’équipements militaires.
Le président américain Donald Trump a menacé en réaction d’imposer des droits de douane supplémentaires de 100 % sur les produits chinois.
""",
        ['SUPPLY_CHAIN', 'TRADE'], ['DIPLOMACY']),
    'fr_mt_vaccin': (
        'fr', 'Rougeole : l’OMS alerte sur une hausse des cas en Europe',
        """COPENHAGUE, 13 mars (Vigie) – L’Europe a enregistré en 2024 le plus grand nombre de cas de rougeole depuis plus de vingt-cinq ans, avec 127 350 cas dans la région européenne de l’OMS, soit le double de l’année précédente, ont annoncé jeudi l’Organisation mondiale de la santé et l’Unicef.
Près de 40 % des cas concernent des enfants de moins de cinq ans, et 38 décès ont été signalés. La Roumanie est le pays le plus touché, avec plus de 30 000 cas, suivie du Kazakhstan.
Les deux agences attribuent cette résurgence au recul de la vaccination pendant la pandémie de Covid-19 : plus de 500 000 enfants de la région n’ont pas reçu la première dose du vaccin en 2023.
« La rougeole est de retour, et c’est un signal d’alarme », a déclaré le directeur régional de l’OMS, Hans Kluge, qui appelle les gouvernements à lancer des campagnes de rattrapage.
La rougeole, l’une des maladies les plus contagieuses, peut provoquer des pneumonies et des encéphalites.
""",
        ['HEALTH'], []),
    'en_trade_truce': (
        'en', 'U.S. and China extend tariff truce by 90 days',
        """WASHINGTON, Aug 11 (Vigie) - The United States and China extended their tariff truce by another 90 days on Monday, hours before it was due to expire, averting a return to triple-digit duties on each other's goods and giving negotiators more time to settle their trade war.

President Donald Trump signed an executive order keeping the U.S. tariff on Chinese imports at 30 percent until November 10, and China's commerce ministry said it would keep its own 10 percent levy on American goods and suspend the extra duties it had announced in April.

The truce, first agreed in Geneva in May, had brought tariffs down from peaks of 145 percent on Chinese goods and 125 percent on U.S. goods. Negotiators led by Treasury Secretary Scott Bessent and Vice Premier He Lifeng have since met in London and Stockholm, and discussed Chinese purchases of soybeans and U.S. curbs on chip exports.

Retailers had been racing to bring in goods for the holiday season. "Businesses can now plan their orders with a little more certainty," said the president of the U.S.-China Business Council. Stocks on Wall Street rallied on the news, with the S&P 500 gaining 0.8 percent.

Analysts said the two sides were still far apart on fentanyl, on which Washington imposed a separate 20 percent tariff, and on China's export controls on rare earths.
""",
        ['DIPLOMACY', 'TRADE'], ['ECONOMY', 'SUPPLY_CHAIN']),
    'en_ww2_recession': (
        'en', 'German economy shrinks again as exports slump',
        """BERLIN, Feb 25 (Vigie) - Germany's economy shrank by 0.2 percent in the fourth quarter, confirming that Europe's largest economy contracted for a second year in a row, its longest downturn since the Second World War, the federal statistics office said on Tuesday.

Exports fell 2.2 percent from the previous quarter as demand from China weakened and carmakers lost market share to Chinese rivals. Household spending rose slightly, but companies cut investment in machinery and equipment for a fifth quarter.

The figures come two days after the conservatives of Friedrich Merz won the federal election. Merz has promised to cut taxes on companies, lower energy prices and reduce red tape, and economists said the new government would have to loosen the constitutional debt brake to fund more investment in roads, railways and schools.

"The patient is not getting better on its own," said the chief economist of a Frankfurt bank. "Germany needs a programme of investment, not another year of waiting."

The Ifo institute's business climate index, published on Monday, was unchanged in February. The Bundesbank expects growth of just 0.2 percent this year, and warned that U.S. tariffs on European goods could push the economy back into recession.
""",
        ['ECONOMY'], ['ELECTIONS', 'TRADE']),
    'en_trial_defence': (
        'en', 'Defence lawyers seek acquittal as mafia trial nears end',
        """PALERMO, Italy, Nov 6 (Vigie) - Defence lawyers for 14 men accused of running a Cosa Nostra clan in western Sicily asked a Palermo court on Thursday to acquit their clients, arguing that the prosecution's case rested on wiretaps that had been recorded illegally.

The defendants, including the alleged boss of the Brancaccio district, are charged with mafia association, extortion of shopkeepers and drug trafficking. Prosecutors have asked for sentences totalling 190 years. The trial, which opened in 2023, has heard 112 witnesses.

"There is not a single witness who saw my client demand money from anyone," said lawyer Salvatore Ferro, whose client faces 20 years. The defence team told the judges that investigators had kept listening devices in a bar for six weeks after their warrant expired.

Prosecutor Maria Teresa Maligno said in her closing arguments last month that the clan had forced 80 businesses to pay protection money and had recruited teenagers to sell cocaine in the Zen housing estate. Two shopkeepers who testified were placed under police protection.

The court is expected to deliver its verdict in December. Italy's anti-mafia prosecutor said this year that Cosa Nostra was weaker than in the past but was rebuilding its ranks as bosses jailed in the 1990s are released.
""",
        ['CRIME'], []),
    'en_task_force_general': (
        'en', 'General Motors to cut 1,000 jobs as electric vehicle demand slows',
        """DETROIT, Oct 15 (Vigie) - General Motors said on Wednesday it would lay off about 1,000 workers at two plants in Michigan and Ohio and take a 1.6 billion dollar charge as it scales back production of electric vehicles after the end of federal tax credits for buyers.

The carmaker said demand for electric models had fallen sharply since the 7,500 dollar credit expired on September 30, and that it would cut a shift at its Factory Zero plant in Detroit and pause battery cell output at a joint venture plant in Warren, Ohio. It had already reduced its workforce by several hundred salaried employees this year.

Chief executive Mary Barra told investors the company would rely on its petrol-engined pickup trucks and SUVs, which remain highly profitable, while it waits for demand for electric cars to pick up. GM has built a base of about 30 per cent of the U.S. electric vehicle market.

The United Auto Workers union said it would ask the company to move laid-off workers to other plants. The state of Michigan set up a task force to help them find new jobs.

GM shares rose 2 percent. Ford and Stellantis have also delayed or cancelled electric models this year.
""",
        ['ECONOMY'], ['ENERGY', 'TECHNOLOGY']),
    'en_storm_political': (
        'en', 'Finance minister resigns after leaked audio sparks political storm',
        """BUENOS AIRES, Sept 3 (Vigie) - Argentina's finance minister resigned on Wednesday, a week after leaked recordings suggested officials had taken kickbacks from pharmaceutical suppliers, plunging President Javier Milei's government into its worst political storm days before a key provincial election.

Luis Caputo said in a letter that he was stepping down to "protect the economic programme" from the scandal, although he is not named in the recordings. The audio, attributed to the former head of the national disability agency, describes payments of 3 percent on contracts for medicines. Prosecutors have raided the agency's offices and the homes of two suppliers.

The peso fell 4 percent and Argentine bonds slid as investors worried about the fate of Milei's spending cuts, which have brought monthly inflation down from 25 percent to under 2 percent.

Milei, who denies any wrongdoing, called the recordings "an operation" by the opposition. "They want to destroy the only government that ever balanced the budget," he told a rally in the city of Lomas de Zamora, where supporters were pelted with stones.

Voters in Buenos Aires province, home to nearly 40 percent of the electorate, go to the polls on Sunday in a test of Milei's support ahead of the October midterm election.
""",
        ['CRIME', 'ECONOMY', 'ELECTIONS'], []),
    'en_virus_vaccine_shots': (
        'en', 'Covid and flu shots to be offered together this autumn',
        """LONDON, Sept 1 (Vigie) - People aged 75 and over, care home residents and those with weakened immune systems in England will be offered Covid-19 and flu vaccines at the same appointment from October, the National Health Service said on Monday.

The NHS said it had ordered 12 million doses of an updated Covid vaccine that targets the latest variants of the virus, and that pharmacies would give the shots alongside GPs for the first time. Children aged two and three will be offered a nasal spray flu vaccine.

Health officials said last winter's flu season had been the worst in a decade, with hospital admissions peaking at more than 5,000 patients in a single day in early January. "Getting both jabs is the best way to stay out of hospital," said Steve Russell, the NHS director of vaccination.

The UK Health Security Agency said Covid-19 infections had risen slightly in August, driven by a new variant, but that there was no sign it caused more severe illness.

The government's vaccine advisers narrowed eligibility for the Covid shot last year to save money, a decision criticised by charities representing people with long-term illnesses.
""",
        ['HEALTH'], []),
    'en_gang_raid': (
        'en', 'Police raids target Haiti arms trafficking network in Florida',
        """MIAMI, April 24 (Vigie) - U.S. federal agents arrested nine people in dawn raids across South Florida on Thursday on charges of smuggling hundreds of rifles and more than 100,000 rounds of ammunition to criminal gangs in Haiti, prosecutors said.

The suspects bought the weapons from licensed dealers in Florida and Texas using straw purchasers, hid them in shipping containers among used clothes, rice and car parts, and sent them to the Haitian port of Cap-Haitien, according to the indictment unsealed in federal court in Miami.

Prosecutors said the guns ended up with the Viv Ansanm gang alliance, which controls most of the capital Port-au-Prince and which the United States designated as a terrorist organisation in May. "Every rifle that leaves our state fuels the killing in Haiti," said U.S. Attorney Jason Reding Quinones.

The defendants face up to 20 years in prison if convicted. Two of them appeared in court on Thursday afternoon and were held without bail.

More than 5,600 people were killed in gang violence in Haiti last year, according to the United Nations. A U.N. arms embargo bans sales of weapons to the country.
""",
        ['CRIME'], ['TERRORISM']),
    'en_ammunition_critics': (
        'en', "Bank of England's leaked memo gives ammunition to critics",
        """LONDON, March 14 (Vigie) - A leaked internal memo from the Bank of England showing staff had warned that inflation would stay higher than the bank's public forecasts has given ammunition to critics who say it was too slow to raise interest rates, lawmakers said on Friday.

The memo, dated November 2021 and published by the Financial Times, said wage growth and energy prices would keep inflation above 5 percent for most of 2022. At the time, the bank's published forecast put the peak at 4.5 percent. Inflation eventually reached 11.1 percent in October 2022.

The chair of parliament's Treasury committee, Meg Hillier, said the bank's governor Andrew Bailey would be asked to explain the gap when he appears before lawmakers next week. "This memo raises serious questions about how the bank weighs the warnings of its own economists," she said.

The bank said the memo was one of many staff papers presented to the Monetary Policy Committee and that its forecasts reflected the committee's collective judgement.

The Bank of England cut its key rate to 4.5 percent in February and is expected to hold it next week. A review of its forecasting by former Federal Reserve chairman Ben Bernanke last year called for an overhaul of the models it uses.
""",
        ['ECONOMY'], []),
    'fr_bataille_judiciaire': (
        'fr', 'Affaire des assistants : la bataille judiciaire se poursuit en appel',
        """PARIS, 13 janvier (Vigie) - Le procès en appel de Marine Le Pen et de onze autres prévenus dans l'affaire des assistants parlementaires européens du Front national s'ouvre lundi devant la cour d'appel de Paris, une bataille judiciaire dont dépend la candidature de la cheffe de file du Rassemblement national à l'élection présidentielle de 2027.

En première instance, en mars, le tribunal correctionnel l'avait condamnée à quatre ans d'emprisonnement, dont deux ferme, et à cinq ans d'inéligibilité avec exécution immédiate pour détournement de fonds publics. Les juges avaient estimé que le parti avait mis en place un "système" pour rémunérer ses salariés avec l'argent du Parlement européen, pour un préjudice évalué à 4,1 millions d'euros.

La défense entend démontrer que les assistants travaillaient bien pour les eurodéputés. "Nous allons mener ce combat jusqu'au bout", a déclaré l'avocat de Mme Le Pen, Rodolphe Bosselut.

La cour d'appel a promis de rendre sa décision à l'été, ce qui laisserait le temps à l'intéressée de se présenter si sa peine d'inéligibilité était levée. Dans le cas contraire, le président du RN, Jordan Bardella, serait le candidat du parti.

Le RN est en tête des intentions de vote pour le premier tour, selon les sondages.
""",
        ['CRIME'], ['ELECTIONS']),
    'fr_offensive_commerciale': (
        'fr', "Automobile : l'offensive des constructeurs chinois inquiète l'Europe",
        """PARIS, 14 octobre (Vigie) - Les constructeurs automobiles chinois ont lancé une véritable offensive sur le marché européen, où leur part de marché a doublé en un an pour atteindre 6%, selon une étude publiée mardi par le cabinet Dataforce.

BYD, MG, propriété du groupe SAIC, et Chery multiplient les lancements de modèles électriques et hybrides à des prix inférieurs de 20 à 30% à ceux de leurs concurrents européens. BYD a vendu plus de voitures que Tesla en Europe au premier semestre et construit une usine en Hongrie, qui doit ouvrir fin 2025.

Les droits de douane supplémentaires imposés l'an dernier par Bruxelles sur les voitures électriques fabriquées en Chine, allant jusqu'à 35%, n'ont pas freiné cette progression, les constructeurs chinois se tournant vers les hybrides, qui ne sont pas concernés.

"C'est une guerre des prix que les Européens ne peuvent pas gagner sans réduire leurs coûts", estime un analyste du cabinet. Volkswagen, Stellantis et Renault ont annoncé des réductions d'effectifs et des fermetures de sites.

Le salon de l'automobile de Paris, qui ouvre ses portes lundi, accueille cette année plus de stands chinois qu'européens.
""",
        ['ECONOMY', 'TRADE'], ['TECHNOLOGY']),
    'fr_front_populaire': (
        'fr', 'Budget : le Nouveau Front populaire dépose une motion de censure',
        """PARIS, 3 février (Vigie) - Les députés du Nouveau Front populaire ont déposé lundi une motion de censure contre le gouvernement de François Bayrou, qui a engagé sa responsabilité sur le projet de budget pour 2025 en recourant à l'article 49.3 de la Constitution.

Le texte prévoit un déficit public de 5,4% du produit intérieur brut cette année, après 6% en 2024, grâce à 30 milliards d'euros d'économies et à une contribution exceptionnelle des grandes entreprises. Le Premier ministre a défendu un budget "imparfait mais nécessaire" pour rassurer les marchés et les agences de notation.

La motion, qui sera débattue mercredi, a peu de chances d'être adoptée : le Parti socialiste a annoncé qu'il ne la voterait pas après avoir obtenu le gel de la réforme des retraites et l'abandon de la suppression de 4.000 postes d'enseignants. Le Rassemblement national a également fait savoir qu'il ne censurerait pas le gouvernement.

"Nous ne serons pas les complices d'un budget d'austérité", a lancé le coordinateur de La France insoumise, Manuel Bompard.

Le précédent gouvernement, dirigé par Michel Barnier, avait été renversé en décembre par une motion de censure votée par la gauche et le RN.
""",
        ['ECONOMY'], []),
    'fr_marche_taxe': (
        'fr', 'Le marché du blé recule, les céréaliers inquiets',
        """PARIS, 22 juillet (Vigie) - Les prix du blé ont reculé mardi sur le marché européen à leur plus bas niveau depuis quatre ans, à 195 euros la tonne sur Euronext, pénalisés par une récolte abondante en Russie et par la faiblesse de la demande des pays importateurs.

Les céréaliers français, qui entament la moisson, craignent de vendre à perte. "Avec des coûts de production autour de 230 euros la tonne, chaque hectare récolté nous coûte de l'argent", a déclaré le président de l'Association générale des producteurs de blé, Éric Thirouin.

La Russie, premier exportateur mondial, devrait récolter 84 millions de tonnes de blé cette année, selon le cabinet SovEcon. Le blé russe, taxé à l'exportation par Moscou, reste moins cher que le blé français sur les marchés d'Afrique du Nord et du Moyen-Orient, où l'Algérie et l'Égypte ont acheté de grosses quantités.

Les agriculteurs réclament des mesures de soutien au gouvernement, qui doit présenter à l'automne un plan pour la filière. Le ministère de l'Agriculture a indiqué qu'un fonds d'urgence pourrait être débloqué.

Les cours du maïs et du colza ont également baissé.
""",
        ['ECONOMY'], ['TRADE']),
    'fr_attaque_justice': (
        'fr', 'Bruxelles attaquée en justice par Meta sur la publicité ciblée',
        """BRUXELLES, 16 juin (Vigie) - Meta a attaqué en justice la Commission européenne devant le Tribunal de l'Union européenne pour contester l'amende de 200 millions d'euros qui lui a été infligée en avril au titre du règlement sur les marchés numériques (DMA), a annoncé lundi le groupe américain.

La Commission reproche au propriétaire de Facebook et d'Instagram son modèle "payer ou consentir", qui oblige les utilisateurs à choisir entre un abonnement payant et l'utilisation de leurs données personnelles à des fins publicitaires. Selon Bruxelles, ce choix ne respecte pas l'obligation de proposer une version gratuite moins gourmande en données.

Meta, frappé par une série de procédures en Europe, estime que la Commission "cible injustement" les entreprises américaines et lui impose un modèle économique. Le groupe a modifié en novembre son offre en proposant des publicités "moins personnalisées".

Le président américain Donald Trump a menacé de représailles commerciales les pays qui imposent des règles ou des taxes aux géants du numérique américains.

La procédure devant le Tribunal devrait durer au moins deux ans.
""",
        ['TECHNOLOGY'], ['CRIME', 'ECONOMY', 'TRADE']),
    'fr_mt_campagne_vaccination': (
        'fr', 'Polio : une campagne de vaccination lancée à Gaza',
        """GAZA, 1er septembre (Vigie) – Une campagne de vaccination contre la poliomyélite a débuté dimanche dans la bande de Gaza, où un premier cas de paralysie a été confirmé le mois dernier chez un bébé de dix mois, la première en vingt-cinq ans dans le territoire palestinien.
L’Organisation mondiale de la santé et l’Unicef prévoient de vacciner environ 640 000 enfants de moins de dix ans en trois phases, dans le centre, le sud puis le nord de l’enclave.
Israël et le Hamas ont accepté des pauses humanitaires de huit heures par jour dans les zones concernées afin de permettre aux équipes de se déplacer, selon l’OMS.
« Nous avons besoin d’atteindre au moins 90 % des enfants pour arrêter la transmission du virus », a déclaré le représentant de l’OMS dans les territoires palestiniens, Rik Peeperkorn.
La destruction des réseaux d’eau et d’assainissement, l’accumulation des déchets et le surpeuplement des abris favorisent la propagation des maladies, selon les agences de l’ONU.
""",
        ['HEALTH'], ['ARMED_CONFLICT', 'HUMANITARIAN']),
    'en_long_port_strike': (
        'en', "Dockworkers' strike idles ports from Maine to Texas",
        """NEW YORK, Oct 1 (Vigie) - Tens of thousands of dockworkers walked off the job at ports from Maine to Texas on Tuesday in their first coast-wide strike since 1977, halting the flow of about half of the country's ocean shipping and threatening shortages of goods from bananas to car parts if the stoppage drags on.

Pickets formed outside terminals in New York and New Jersey, Baltimore, Savannah and Houston shortly after midnight, when the union's contract with the United States Maritime Alliance, which represents port employers and shipping lines, expired. "We are prepared to fight for as long as necessary," International Longshoremen's Association leader Harold Daggett told members outside a terminal in Elizabeth, New Jersey.

The union is demanding a 77 percent pay rise over six years and a complete ban on automated cranes, gates and trucks, which it says threaten jobs. The employers have offered a 50 percent increase and said they are willing to keep the current limits on automation.

Ships began to queue off the coast within hours. At least 38 container vessels were waiting outside ports on Tuesday afternoon, up from three on Sunday, according to the shipping analytics firm Everstream. Shipping lines imposed surcharges of up to 1,500 dollars per container on cargo bound for East and Gulf Coast ports.

Retailers, which had brought forward imports of holiday goods in anticipation of the walkout, said they could cope with a short stoppage but not a long one. About 75 percent of the bananas consumed in the United States arrive through the affected ports, and carmakers rely on them for imported parts and vehicles. JPMorgan estimated that the strike could cost the economy up to 5 billion dollars a day.

The National Retail Federation and more than 170 trade groups urged President Joe Biden to use the Taft-Hartley Act, which allows a president to impose an 80-day cooling-off period. Biden has said he will not intervene, arguing that the two sides should settle at the bargaining table. Acting Labor Secretary Julie Su met negotiators on Monday.

Read more: Hurricane Helene death toll rises to 130 as rescuers search flooded towns

The strike comes five weeks before the presidential election, and Republican candidate Donald Trump accused the administration of failing to prevent it. Vice President Kamala Harris said on social media that the dockworkers deserved "a fair share" of the shipping companies' record profits.

The last major port stoppage, on the West Coast in 2002, lasted ten days and was ended by an injunction under Taft-Hartley. Economists said this week that each day of a strike takes four to six days to clear.
""",
        ['PROTEST', 'SUPPLY_CHAIN'], ['ECONOMY', 'TRADE']),
    'en_long_refinery_hack': (
        'en', "Hackers hit Indian oil refiner's billing systems, fuel sales disrupted",
        """NEW DELHI, Feb 18 (Vigie) - One of India's largest state-run oil refiners said on Tuesday that a cyberattack had disrupted the billing and payment systems it uses to sell fuel to its network of petrol stations, forcing dealers in several states to take cash only for a second day.

Hindustan Petroleum Corp said it had detected "anomalous activity" on servers at its headquarters in Mumbai on Sunday night and had shut down some applications as a precaution. Its refineries at Mumbai and Visakhapatnam and its pipelines were working normally, the company said, and there was no shortage of petrol or diesel at its outlets.

The Indian Computer Emergency Response Team, the national agency that handles cyber incidents, said it was investigating with the company. Two officials with knowledge of the matter said the attackers had used ransomware to encrypt files on the servers that manage dealers' credit accounts, and had left a note demanding payment in cryptocurrency. The company has not said whether it will pay.

Dealers in Maharashtra, Gujarat and Karnataka said customers paying by card or through mobile payment apps were turned away on Monday. "We are doing all the accounts by hand," said the owner of a petrol station on the outskirts of Pune. "Customers are angry, and we don't know when the system will come back."

India has faced a string of cyberattacks on state-run institutions in recent years. In 2022 a ransomware attack paralysed the servers of the All India Institute of Medical Sciences in New Delhi for two weeks, and the power grid in Mumbai was disrupted by an outage in 2020 that some researchers linked to a Chinese hacking group. India's government passed a data protection law in 2023 and is drafting rules that would require companies to report breaches within six hours.

The refiner's shares fell 2.4 percent in Mumbai. Hindustan Petroleum, which is majority-owned by the Oil and Natural Gas Corp, sells about a fifth of the fuel consumed in India through more than 22,000 petrol stations.

Shares in other state-run refiners, Indian Oil Corp and Bharat Petroleum, were little changed.
""",
        ['CYBER'], ['CRIME', 'ENERGY']),
    'fr_long_crise_eau': (
        'fr', "Sécheresse : Mayotte privée d'eau un jour sur trois",
        """MAMOUDZOU, 5 septembre (Vigie) - Les habitants de Mayotte sont privés d'eau courante un jour sur trois depuis lundi, la préfecture ayant renforcé les coupures pour faire face à la pire sécheresse qu'ait connue l'archipel depuis 1997.

Les deux retenues collinaires de Combani et de Dzoumogné, qui fournissent l'essentiel de l'eau potable de l'île, n'étaient remplies qu'à 8% et 12% de leur capacité, selon la Société mahoraise des eaux. La saison des pluies, qui commence normalement en novembre, a été très déficitaire l'an dernier, avec un cumul inférieur de moitié à la normale.

Dans les quartiers de Kawéni et de Cavani, les files d'attente s'allongent devant les rampes d'eau installées par les autorités, où les habitants remplissent des bidons. Dans les supermarchés, les bouteilles sont rationnées à un pack par client. "Quand l'eau revient, elle est marron, et on a peur de la donner aux enfants", témoigne Zaïna, mère de quatre enfants, qui vit dans un bidonville de Mamoudzou.

L'Agence régionale de santé a signalé une hausse des cas de gastro-entérite et craint une épidémie de choléra, comme celle qui avait fait sept morts dans l'île au printemps 2024. Des distributions gratuites de bouteilles d'eau sont organisées pour les personnes vulnérables et dans les écoles, qui n'ouvrent que le matin.

Le gouvernement a promis d'accélérer la construction d'une deuxième usine de dessalement à Ironi Bé, dont la mise en service est prévue en 2027, et de réparer le réseau, qui perd près d'un tiers de son eau dans des fuites. Les élus locaux dénoncent des années de retard et de sous-investissement.

Selon Météo-France, le changement climatique rend les sécheresses plus fréquentes dans l'océan Indien. Mayotte, le département le plus pauvre de France, a par ailleurs été dévastée en décembre par le cyclone Chido, qui a fait au moins 40 morts et détruit une grande partie des habitations précaires.

Lire aussi : Immigration : l'État relance les opérations de démolition des bidonvilles à Mayotte

Le préfet a indiqué que les coupures pourraient être allégées si les pluies revenaient en octobre.
""",
        ['CLIMATE', 'HUMANITARIAN'], ['HEALTH']),
    'fr_mt_long_otan': (
        'fr', 'Sommet de l’OTAN : les alliés s’engagent à porter leurs dépenses de défense à 5 % du PIB',
        """LA HAYE, 25 juin (Vigie) – Les dirigeants des pays membres de l’OTAN se sont engagés mercredi à porter leurs dépenses de défense à 5 % de leur produit intérieur brut d’ici 2035, lors d’un sommet à La Haye marqué par la présence du président américain Donald Trump.
La déclaration finale, d’à peine cinq paragraphes, prévoit que 3,5 % du PIB seront consacrés aux dépenses militaires de base, et 1,5 % à des investissements liés à la sécurité, comme les infrastructures, la cybersécurité ou la protection des réseaux.
« C’est une grande victoire pour tout le monde », a déclaré M. Trump à son arrivée, ajoutant que les États-Unis seraient « avec » leurs alliés, après avoir semé le doute la veille sur son attachement à l’article 5 du traité, qui prévoit une défense mutuelle en cas d’attaque.
L’Espagne a obtenu une dérogation, le Premier ministre Pedro Sánchez estimant qu’il pouvait remplir ses engagements capacitaires avec 2,1 % du PIB. M. Trump a menacé Madrid de lui faire « payer le double » lors des négociations commerciales.
Le secrétaire général de l’Alliance, Mark Rutte, a salué un « bond en avant » face à la menace russe. Les alliés ont réaffirmé leur soutien « souverain » à l’Ukraine, sans mentionner son éventuelle adhésion.
Le président ukrainien Volodymyr Zelensky, qui a rencontré M. Trump en marge du sommet, a demandé des systèmes de défense antiaérienne Patriot supplémentaires. La nuit précédente, une frappe de missile russe avait fait au moins 17 morts à Dnipro.
Plusieurs pays, dont la Belgique et l’Italie, ont prévenu qu’il leur serait difficile de financer cette hausse sans creuser leur déficit.
Les marchés ont salué l’accord : les actions des groupes de défense européens Rheinmetall, Thales et Leonardo ont progressé de 2 à 4 %.
""",
        ['DIPLOMACY', 'MILITARY', 'SECURITY_COOPERATION'], ['DEFENSE_INDUSTRY']),
    'en_long_cholera_war': (
        'en', "Cholera spreads in Sudan's Darfur as rains flood displacement camps",
        """NAIROBI, Sept 5 (Vigie) - A cholera outbreak has killed at least 80 people in Sudan's Darfur region in the past month and is spreading through camps for people displaced by the war as seasonal rains flood latrines and contaminate water sources, aid groups said on Friday.

Doctors Without Borders said its teams had treated more than 2,300 patients in Tawila, a town in North Darfur that has taken in hundreds of thousands of people who fled fighting in and around the city of El Fasher this year. Many families live under plastic sheets and drink water from shallow wells or from the seasonal river, the group said.

"We are seeing entire families arrive at our treatment centres at once, severely dehydrated," said Sylvain Penicaud, the group's project coordinator in Tawila. "Without clean water and latrines, we are only treating the consequences."

Sudan's health ministry has reported more than 100,000 suspected cholera cases and 2,400 deaths nationwide since the outbreak began in July 2024. The World Health Organization said it had shipped 1.4 million doses of oral vaccine to Darfur, but that vaccination teams could not reach many areas because of insecurity.

The war between the army and the paramilitary Rapid Support Forces, which began in April 2023, has killed tens of thousands of people and forced nearly 12 million from their homes, creating what the United Nations calls the world's largest displacement crisis. Famine has been confirmed in several areas, including the Zamzam camp, which the RSF overran in April.

Aid agencies say funding cuts have made the response harder. The U.N. appeal for Sudan this year is only 23 percent funded, and several clinics run by local groups have closed since the United States froze most of its foreign aid in January.

The U.N. humanitarian coordinator for Sudan called on both sides to allow aid convoys through and to stop attacking health facilities.
""",
        ['HEALTH', 'HUMANITARIAN'], ['ARMED_CONFLICT', 'MIGRATION']),
    'en_markets_wrap': (
        'en', 'Stocks rally as investors shrug off Middle East tensions',
        """NEW YORK, June 24 (Vigie) - Wall Street stocks rallied on Tuesday and oil prices tumbled for a second day as investors bet that a ceasefire between Israel and Iran would hold, and as Federal Reserve Chair Jerome Powell told lawmakers the central bank was in no hurry to cut interest rates.

The S&P 500 rose 1.1 percent to close within 1 percent of its February record, and the Nasdaq Composite gained 1.4 percent, led by chipmakers Nvidia and Broadcom. The Dow Jones Industrial Average added 507 points.

Brent crude fell 6 percent to 67.14 dollars a barrel, below where it stood before the conflict began on June 13, as traders concluded that oil supplies from the Gulf would not be disrupted. Shares of airlines and cruise operators, which benefit from lower fuel costs, were among the best performers.

In testimony to the House Financial Services Committee, Powell said tariffs were likely to push up prices in the coming months and that the Fed was "well positioned to wait" before lowering borrowing costs. Two Fed governors said this week they could support a cut as soon as July.

"The market has decided the worst case is off the table," said the chief investment strategist at a New York wealth manager. "Now the focus goes back to earnings and the Fed."

Treasury yields fell, with the benchmark 10-year note yielding 4.30 percent. The dollar weakened against the euro and the yen. Gold, a haven in times of uncertainty, slipped 1.3 percent.
""",
        ['ECONOMY'], ['ENERGY']),
    'en_film_festival': (
        'en', "Iranian director's prison drama wins Palme d'Or at Cannes",
        """CANNES, France, May 24 (Vigie) - Iranian director Jafar Panahi won the Palme d'Or at the Cannes Film Festival on Saturday for "It Was Just an Accident", a thriller about former prisoners who believe they have found the man who tortured them in jail.

Panahi, who was barred from leaving Iran for more than a decade and spent seven months in Tehran's Evin prison in 2022 and 2023, received the award from jury president Juliette Binoche to a standing ovation. It was his first appearance at the festival in 15 years.

"Let us work together so that no one dares to tell us what kind of film to make, what to say and what not to say," he told the audience. The film was shot in secret without the permission of Iranian authorities.

The Grand Prix, the festival's second prize, went to Norwegian director Joachim Trier's family drama "Sentimental Value", and Brazilian actor Wagner Moura was named best actor for "The Secret Agent", set during Brazil's military dictatorship in the 1970s.

Other films in competition included a documentary about the war in Gaza and a drama about Ukrainian soldiers on the front line, which won the jury prize.

The festival, which ended with a power cut that hit the city on Saturday morning, said the ceremony had been delayed by half an hour.
""",
        [], ['HUMAN_RIGHTS']),
    'en_stadium_security': (
        'en', 'Paris hosts Champions League final under heavy security',
        """PARIS, May 31 (Vigie) - Paris Saint-Germain and Inter Milan meet in the Champions League final in Munich on Saturday, with about 5,000 police officers deployed in the French capital, where the club's fans will gather in their tens of thousands to watch on giant screens.

The interior ministry said officers would be posted around the Parc des Princes stadium, where 48,000 supporters will follow the match, and along the Champs-Elysees, where celebrations after the semi-final win against Arsenal ended in clashes and dozens of arrests. Fireworks and flares are banned in several districts.

PSG, owned by Qatar Sports Investments, are seeking their first European title after losing the 2020 final to Bayern Munich. Coach Luis Enrique has built a young side since the departure of Kylian Mbappe last summer, and 19-year-old Desire Doue has become one of the stars of the competition.

Inter, who beat Barcelona in an extraordinary semi-final, are playing their second final in three years. "We know what it means to lose a final, and we do not want to feel that again," said captain Lautaro Martinez.

In Munich, the city said 2,500 police would be on duty. German authorities have raised security at major events since a car-ramming attack on a crowd in the city in February.

The final kicks off at 9 p.m. local time.
""",
        [], []),
    'en_computer_virus': (
        'en', 'Malware infects thousands of Android phones through fake banking apps',
        """SINGAPORE, March 20 (Vigie) - A new strain of malware has infected more than 80,000 Android phones in South-East Asia through fake banking and delivery apps, allowing criminals to steal passwords and drain victims' bank accounts, a cybersecurity firm said on Thursday.

Group-IB said the malicious software, which it named "GoldPickaxe.v2", spread through links sent by text message and through messaging apps, often in messages posing as government agencies or parcel delivery firms. Once installed, it asks for permission to read the screen and intercept text messages, including one-time passwords sent by banks.

The firm said it had found the malware on phones in Thailand, Vietnam, Indonesia and the Philippines, and that the criminals behind it appeared to be a Chinese-speaking group that sells its tools to other gangs. Victims in Thailand lost an estimated 12 million dollars in the past six months.

"Like a virus, it spreads from one contact to the next through shared links," said a researcher at the firm, who urged users to install apps only from official stores.

Singapore's police said in February that scams had cost residents a record 1.1 billion Singapore dollars last year. The city-state passed a law in January allowing banks to freeze the accounts of people believed to be scam victims.

Google said it had removed the apps from its Play Store and that its security scanner now blocked the malware.
""",
        ['CYBER'], ['CRIME']),
    'en_general_candidate': (
        'en', 'Former army chief registers as presidential candidate in Indonesia',
        """JAKARTA, Oct 19 (Vigie) - A retired army general who led Indonesia's military for three years registered on Thursday as a candidate in next year's presidential election, promising to fight corruption and create jobs for young people.

Andika Perkasa, 59, submitted his papers at the General Elections Commission in Jakarta accompanied by hundreds of supporters waving the flags of the four parties backing him. He chose as his running mate a popular governor of Central Java, Ganjar Pranowo.

"I served my country in uniform for 35 years. Now I want to serve it in a different way," Andika told reporters. He said he would raise the minimum wage and invest in schools in eastern Indonesia.

The election commission said three pairs of candidates had registered. Polls show Defence Minister Prabowo Subianto, who lost the last two elections, ahead with about 35 percent, followed by Andika and the former governor of Jakarta, Anies Baswedan.

Campaigning officially begins on November 28, and more than 204 million people are eligible to vote in the February 14 election, which will also choose members of parliament and regional assemblies.
""",
        ['ELECTIONS'], []),
    'fr_bourse_treve': (
        'fr', 'Wall Street termine en hausse après la trêve commerciale sino-américaine',
        """NEW YORK, 12 mai (Vigie) - La Bourse de New York a fini en forte hausse lundi, soulagée par l'annonce d'une trêve de 90 jours dans la guerre commerciale entre les États-Unis et la Chine, qui ont convenu de réduire fortement leurs droits de douane.

Le Dow Jones a gagné 2,81%, l'indice élargi S&P 500 a progressé de 3,26% et le Nasdaq, à forte coloration technologique, s'est envolé de 4,35%. Apple a pris 6,3% et Amazon plus de 8%, deux groupes très dépendants des importations venues de Chine.

Aux termes de l'accord conclu à Genève, Washington ramènera ses surtaxes sur les produits chinois de 145% à 30%, et Pékin abaissera les siennes de 125% à 10%. "C'est un cessez-le-feu, pas encore la paix, mais le marché n'en demandait pas tant", a commenté un analyste d'une maison de courtage.

Les prix du pétrole ont également rebondi, le baril de Brent gagnant près de 4%, les investisseurs anticipant une demande plus soutenue de la part de l'économie chinoise.

Le dollar s'est apprécié face aux autres grandes devises, et le rendement des bons du Trésor à dix ans est remonté à 4,47%.
""",
        ['ECONOMY', 'TRADE'], ['DIPLOMACY']),
    'fr_festival_guerre': (
        'fr', "Festival d'Angoulême : le Grand Prix décerné à une autrice japonaise",
        """ANGOULÊME, 26 janvier (Vigie) - La mangaka japonaise Rumiko Takahashi a reçu jeudi soir le Grand Prix du 51e Festival international de la bande dessinée d'Angoulême, qui récompense l'ensemble d'une œuvre, a annoncé le festival.

L'autrice de "Ranma ½" et d'"Inu-Yasha", âgée de 66 ans, avait déjà été distinguée en 2019. Elle est la deuxième auteure japonaise à recevoir cette récompense, après Katsuhiro Otomo en 2015. "C'est un immense honneur", a-t-elle déclaré dans un message vidéo.

Plus de 200.000 visiteurs sont attendus jusqu'à dimanche dans la ville charentaise. Parmi les albums en compétition pour le Fauve d'or figurent un récit sur l'exil d'une famille syrienne fuyant la guerre civile et une adaptation d'un roman sur la Première Guerre mondiale.

Le festival a été marqué ces dernières années par des polémiques sur la place des femmes dans la bande dessinée et par un boycott de certains auteurs en 2016.

Le palmarès officiel sera dévoilé samedi.
""",
        [], []),
    'fr_mt_election_general': (
        'fr', 'Bénin : un ancien chef d’état-major candidat à la présidentielle',
        """COTONOU, 14 octobre (Vigie) – L’ancien chef d’état-major de l’armée béninoise, le général Fructueux Gbaguidi, a déposé lundi sa candidature à l’élection présidentielle d’avril 2026, sous la bannière d’un nouveau parti d’opposition.
Le général à la retraite, âgé de 61 ans, a déclaré vouloir « rassembler les Béninois » et « remettre la jeunesse au travail », lors d’une conférence de presse à Cotonou.
La Commission électorale nationale autonome (CENA) doit publier la liste des candidats retenus d’ici à la fin du mois. Chaque candidat doit être parrainé par au moins 28 députés ou maires, une règle que l’opposition juge taillée pour l’exclure.
Le président Patrice Talon, qui achève son second mandat, ne peut pas se représenter. Son parti soutient la candidature de son ministre des Finances, Romuald Wadagni.
Le scrutin se tiendra dans un climat tendu, après l’exclusion du principal parti d’opposition, Les Démocrates, des élections législatives de janvier.
""",
        ['ELECTIONS'], []),
    'en_furniture_lines': (
        'en', "Spain's Sanchez survives confidence vote as Catalan party abstains",
        """MADRID, Oct 8 (Vigie) - Spanish Prime Minister Pedro Sanchez survived a confidence vote in parliament on Wednesday after the Catalan separatist party Junts abstained, giving his minority government breathing space to try to pass a budget for next year.

Sanchez, who called the vote himself after a corruption scandal involving his former party secretary, won 172 votes against 171, with Junts' seven lawmakers abstaining. He needed a simple majority of votes cast.

Follow our live coverage of the war in Ukraine

"This government will serve out its term until 2027," Sanchez told lawmakers before the vote. Opposition leader Alberto Nunez Feijoo of the People's Party accused him of clinging to power "at any price" and called for early elections.

Sign up for our weekly newsletter on European politics

Junts leader Carles Puigdemont, who lives in Belgium to avoid arrest over the failed 2017 independence bid, said his party would judge the government "law by law" and demanded that Catalan become an official language of the European Union.

The government has not passed a budget since 2023 and has been rolling over the previous year's spending plans. Finance Minister Maria Jesus Montero said she would present a draft to parliament in November.

Share this article
""",
        ['ELECTIONS'], ['ECONOMY']),
    'en_long_war_gdp': (
        'en', 'Russian drone attack kills nine in Ternopil as Kyiv presses for air defences',
        """KYIV, Nov 19 (Vigie) - A Russian missile and drone attack killed at least nine people and wounded dozens in the western Ukrainian city of Ternopil on Wednesday, officials said, as Kyiv pressed its allies for more air defence systems ahead of winter.

Two missiles struck residential buildings in the city centre before dawn, collapsing part of a nine-storey block, regional governor Vyacheslav Nehoda said. Rescue workers were searching the rubble for more than a dozen people believed to be missing. Among the dead were two children.

Russia launched 476 drones and 48 missiles against Ukraine overnight, targeting energy facilities in the Lviv, Ivano-Frankivsk and Kharkiv regions as well as Ternopil, the Ukrainian air force said. It said air defences shot down 442 drones and 41 missiles. Power cuts were imposed in several regions after strikes on substations.

President Volodymyr Zelensky said the attack showed that Russia was not interested in peace. "Every such strike is proof that pressure on Russia is not enough," he wrote on social media, calling for more Patriot systems and tougher sanctions on Moscow's oil exports. Ukraine's foreign minister, Andrii Sybiha, said he had discussed the attack with his Polish and German counterparts.

Russia's defence ministry said it had carried out a "massive strike" on Ukrainian military-industrial facilities and energy infrastructure supporting them. It did not mention Ternopil.

On the front line, Russian forces have pressed their offensive around the city of Pokrovsk in the eastern Donetsk region, where Ukrainian commanders say their troops are at risk of encirclement. Russia's general staff said its forces had captured two villages in the Zaporizhzhia region.

Ukraine's economy, which shrank by almost a third in 2022, is expected to grow by about 2 percent this year, according to the central bank, which has kept its key interest rate at 15.5 percent to contain inflation. The government relies on Western loans and grants to cover about half of its budget, including a 50 billion dollar loan from G7 countries backed by the profits of frozen Russian assets.
""",
        ['ARMED_CONFLICT'], ['DIPLOMACY', 'ENERGY', 'HUMANITARIAN', 'MILITARY']),
    'en_farmers_mercosur': (
        'en', 'French farmers block roads in protest at EU-Mercosur trade deal',
        """PARIS, Dec 10 (Vigie) - French farmers blocked motorways and dumped manure outside government buildings across the country on Tuesday, protesting against a trade agreement between the European Union and the South American Mercosur bloc that they say will flood Europe with cheap beef and poultry.

Hundreds of tractors slowed traffic on the ring road around Toulouse and on the A7 motorway near Lyon, and farmers sprayed slurry on the front of a prefecture in Agen. The FNSEA, the largest farm union, said about 80 actions had been organised.

The agreement, signed last week by the European Commission after 25 years of negotiations with Brazil, Argentina, Uruguay and Paraguay, would remove most tariffs on goods traded between the two blocs. It would allow 99,000 tonnes of South American beef a year into the EU at a reduced tariff, and would open Mercosur markets to European cars, machinery, wine and cheese.

"They are sacrificing our farms for German cars," said Jerome Bayle, a cattle farmer who led last winter's blockade of Toulouse. Farmers say South American producers use pesticides and antibiotics banned in Europe and do not meet the same animal welfare rules.

France has said it will try to build a blocking minority among EU governments to stop the deal from being ratified. Poland and Austria have also voiced opposition, while Germany and Spain support it.

Farm incomes in France fell sharply last year after poor harvests caused by heavy rain, and many livestock farmers face bluetongue disease in their herds. Interior Minister Bruno Retailleau said police would not tolerate damage to public buildings.
""",
        ['PROTEST', 'TRADE'], ['DIPLOMACY', 'ECONOMY']),
    'en_deepfake_election': (
        'en', 'Deepfake audio of candidate spreads days before Slovak vote',
        """BRATISLAVA, Sept 28 (Vigie) - A fake audio recording in which the leader of Slovakia's liberal party appears to discuss buying votes from the Roma minority spread widely on Facebook and Telegram this week, two days before Saturday's parliamentary election, fact-checkers said.

The recording, which imitates the voice of Progressive Slovakia leader Michal Simecka and a journalist, was generated with artificial intelligence software, according to AFP's fact-checking team and Slovak analysts, who found signs of manipulation in the speech patterns. Simecka called it "a disgusting fake" and reported it to the police.

The clip was posted during the 48-hour moratorium before the vote, when media and politicians are barred from commenting on the campaign, making it harder to debunk. Meta said it had labelled the posts as false but did not remove them because its policy covered only manipulated video.

Polls show Progressive Slovakia neck and neck with former Prime Minister Robert Fico's Smer party, which has campaigned against military aid to Ukraine and promised to restore "order".

Researchers at a Bratislava think tank said the clip was part of a wider wave of disinformation in the campaign, much of it spread by accounts that also share Kremlin talking points. About 4.4 million people are eligible to vote on Saturday.
""",
        ['DISINFORMATION', 'ELECTIONS'], ['TECHNOLOGY']),
    'fr_mt_otages': (
        'fr', 'Deux Français libérés après trois ans de détention en Iran',
        """PARIS, 4 novembre (Vigie) – Les deux ressortissants français Cécile Kohler et Jacques Paris, détenus en Iran depuis plus de trois ans, ont été libérés mardi et se trouvent à l’ambassade de France à Téhéran, a annoncé le président Emmanuel Macron.
« Un immense soulagement », a écrit le chef de l’État sur le réseau social X, remerciant le sultanat d’Oman pour sa médiation.
L’enseignante et son compagnon avaient été arrêtés en mai 2022 à la fin d’un voyage touristique et accusés d’espionnage pour le compte d’Israël, des accusations rejetées par Paris. Ils avaient été condamnés en octobre à de lourdes peines de prison.
Selon une source diplomatique, leur libération s’inscrit dans un accord prévoyant la remise en liberté conditionnelle d’une Iranienne, Mahdieh Esfandiari, arrêtée en France en février pour apologie du terrorisme sur les réseaux sociaux.
Le ministre des Affaires étrangères Jean-Noël Barrot a indiqué que les deux Français ne pouvaient pas encore quitter l’Iran et que les discussions se poursuivaient avec les autorités iraniennes.
La France dénonce depuis des années une « diplomatie des otages » de la part de Téhéran, qui détient plusieurs ressortissants occidentaux afin d’obtenir des concessions.
Les relations entre les deux pays sont également tendues par le programme nucléaire iranien.
""",
        ['DIPLOMACY'], ['CRIME', 'HUMAN_RIGHTS']),
    'fr_agriculteurs_photo': (
        'fr', 'Les viticulteurs bordelais manifestent contre la crise du vin',
        """BORDEAUX, 6 décembre (Vigie) - Plusieurs milliers de viticulteurs ont manifesté mercredi dans les rues de Bordeaux pour réclamer l'arrachage aidé de vignes et des aides d'urgence face à une crise de surproduction qui menace des centaines d'exploitations.

Venus avec des tracteurs et des pancartes "Vignerons en colère", les manifestants ont défilé jusqu'à la préfecture, où une délégation a été reçue. Selon la Confédération paysanne, un millier d'exploitants de la région pourraient mettre la clé sous la porte d'ici deux ans.

Photo : des gendarmes devant la préfecture de Bordeaux, lors d'une précédente manifestation d'agriculteurs en janvier.

La consommation de vin rouge recule en France depuis des années, et les exportations vers la Chine, principal débouché des grands crus bordelais il y a dix ans, se sont effondrées. Les stocks invendus représentent l'équivalent de deux récoltes, selon l'interprofession.

Le ministre de l'Agriculture a promis une enveloppe de 120 millions d'euros pour financer la distillation de vins invendus et l'arrachage de 30.000 hectares de vignes. "C'est une goutte d'eau", a répondu un viticulteur de l'Entre-deux-Mers.
""",
        ['ECONOMY', 'PROTEST'], ['TRADE']),
    'fr_attentats_anniversaire': (
        'fr', 'Dix ans après le 13-Novembre, Paris rend hommage aux victimes',
        """PARIS, 13 novembre (Vigie) - Paris a rendu hommage jeudi aux 132 victimes des attentats du 13 novembre 2015, dix ans après les attaques jihadistes qui avaient frappé le Stade de France, des terrasses de cafés et la salle de concert du Bataclan.

Le président Emmanuel Macron a inauguré un jardin du souvenir place Saint-Gervais, près de l'Hôtel de Ville, où les noms des victimes sont gravés sur des blocs de pierre. Des cérémonies se sont tenues devant chacun des lieux visés par les commandos du groupe État islamique.

"Dix ans après, la douleur est toujours là, mais nous sommes debout", a déclaré Philippe Duperron, président de l'association 13onze15, dont le fils a été tué au Bataclan. Des survivants ont lu des textes devant la salle de concert.

Le procès des attentats, achevé en 2022, avait abouti à la condamnation de Salah Abdeslam, seul membre encore en vie des commandos, à la réclusion criminelle à perpétuité incompressible.

La menace terroriste reste "très élevée" en France, a rappelé le ministre de l'Intérieur, qui a indiqué que six projets d'attentat avaient été déjoués depuis le début de l'année.
""",
        ['TERRORISM'], ['CRIME']),
    'fr_pesticides_justice': (
        'fr', "Chlordécone : la justice reconnaît une faute de l'État",
        """PARIS, 11 mars (Vigie) - La cour administrative d'appel de Paris a reconnu mardi la responsabilité de l'État dans la contamination des Antilles au chlordécone, un pesticide utilisé dans les bananeraies jusqu'en 1993, et ordonné l'indemnisation d'une dizaine de plaignants pour leur préjudice d'anxiété.

La cour estime que l'État a commis des fautes en autorisant la vente de ce produit alors que sa toxicité était connue, puis en prolongeant son utilisation par dérogation en Guadeloupe et en Martinique. Les indemnités accordées vont de 5.000 à 10.000 euros.

Plus de 90% de la population adulte des deux îles est contaminée par le chlordécone, selon Santé publique France. Le pesticide, un perturbateur endocrinien, est associé à un risque accru de cancer de la prostate, dont les Antilles détiennent l'un des taux les plus élevés au monde. Les sols et les eaux resteront pollués pendant des siècles.

"C'est une victoire, même si elle arrive bien tard", a réagi l'avocat des plaignants, Christophe Lèguevaques, qui réclame un fonds d'indemnisation pour toutes les victimes.

En janvier 2023, deux juges d'instruction avaient prononcé un non-lieu dans le volet pénal de l'affaire, invoquant la prescription des faits.
""",
        ['CLIMATE', 'HEALTH'], ['CRIME']),
    'en_airline_since': (
        'en', 'Airline passenger numbers hit record as summer travel booms',
        """GENEVA, Sept 4 (Vigie) - Airlines carried a record number of passengers in July, the International Air Transport Association said on Thursday, as demand for summer travel pushed traffic above levels seen before the Covid-19 pandemic for a second year.

Global passenger traffic, measured in revenue passenger kilometres, rose 4 percent from a year earlier, and planes were on average 86.5 percent full, the highest load factor ever recorded for the month. Traffic in the Asia-Pacific region grew fastest, up 9 percent, helped by the reopening of routes between China and Europe.

Airlines have struggled to meet demand because Airbus and Boeing are delivering fewer new jets than planned, a shortage that has forced carriers to keep older, less fuel-efficient planes flying. IATA director general Willie Walsh said the delays were "the most serious constraint the industry has faced since the 2008 financial crisis".

Ticket prices have risen on many routes. Ryanair said in July that fares this summer were 7 percent higher than a year ago, while Lufthansa and Air France-KLM reported strong bookings for the autumn.

IATA expects the industry to earn a net profit of 36 billion dollars this year on revenue of just under 1 trillion dollars.
""",
        ['ECONOMY'], ['SUPPLY_CHAIN']),
    'en_mayor_refugee': (
        'en', 'Former refugee elected mayor of Dublin',
        """DUBLIN, June 27 (Vigie) - A councillor who arrived in Ireland as a refugee from Sudan two decades ago was elected Lord Mayor of Dublin on Friday, becoming the first person born in Africa to hold the post.

Hazel Chu's successor, Abdelrahman Idris of the Labour Party, won 35 of the 63 votes in the city council, defeating the Fine Gael candidate. The Lord Mayor is chosen each year by councillors and chairs their meetings, and represents the city at home and abroad.

Idris, 44, fled the war in Darfur as a teenager and lived for two years in a direct provision centre for asylum seekers in County Kerry before studying engineering at Trinity College. "Twenty years ago I arrived here with one bag. Today this city has given me the honour of serving it," he told the council chamber.

He said his priorities for the year would be housing, public transport and youth services, and that he would meet residents in every district of the city. Rents in Dublin have more than doubled in a decade.

Labour leader Ivana Bacik said his election showed "the Ireland we want to be". His party gained seats in the city council in last year's local elections.
""",
        ['ELECTIONS'], []),
    'en_hospital_strike': (
        'en', 'Doctors in England begin five-day strike over pay',
        """LONDON, July 25 (Vigie) - Resident doctors in England began a five-day strike on Friday after talks with the government over pay broke down, forcing hospitals to postpone thousands of operations and appointments.

The British Medical Association, which represents the doctors, formerly known as junior doctors, says their pay has fallen by a fifth in real terms since 2008 and is demanding a 29 percent rise. The government accepted a pay review body's recommendation of 5.4 percent this year and says it cannot afford more.

Health Secretary Wes Streeting called the walkout "unreasonable" and said the NHS would keep emergency care, maternity services and cancer treatment running. Hospital bosses said senior consultants were covering for absent staff in many wards.

"Nobody wants to strike, but doctors are leaving for Australia and New Zealand because they cannot afford to stay," said Tom Dolphin, chair of the BMA council, on a picket line outside St Thomas' Hospital in London.

NHS England said about 54,000 appointments had been rescheduled during the last strike in 2024. Waiting lists for planned treatment stand at 7.4 million.

Prime Minister Keir Starmer's government, elected a year ago, has promised to cut waiting lists and rebuild the health service. The strike is the first under the Labour government.
""",
        ['HEALTH', 'PROTEST'], ['ECONOMY']),
    'fr_inflation_depuis': (
        'fr', "L'inflation en zone euro ralentit à 2,2% en mars",
        """FRANCFORT, 1er avril (Vigie) - L'inflation dans la zone euro a ralenti à 2,2% sur un an en mars, après 2,3% en février, selon une première estimation publiée mardi par Eurostat, confortant les anticipations d'une nouvelle baisse des taux de la Banque centrale européenne en avril.

La hausse des prix des services, surveillée de près par la BCE, a reculé à 3,4%, son plus bas niveau depuis près de trois ans. Les prix de l'énergie ont baissé de 0,7% sur un an, tandis que ceux de l'alimentation ont progressé de 2,9%.

L'inflation avait culminé à 10,6% en octobre 2022, son plus haut niveau depuis la création de la monnaie unique, dans le sillage de l'invasion de l'Ukraine par la Russie et de la flambée des prix du gaz qui a suivi.

La BCE a déjà abaissé ses taux directeurs à six reprises depuis juin 2024. "Le chemin vers l'objectif de 2% est en bonne voie", a estimé un économiste d'une banque allemande, qui prévoit une baisse d'un quart de point le 17 avril.

En France, l'inflation est restée stable à 0,9%, la plus faible de la zone euro.
""",
        ['ECONOMY'], []),
    'fr_mt_port_saisie': (
        'fr', 'Saisie record de cocaïne au Havre',
        """LE HAVRE, 12 février (Vigie) – Les douaniers du port du Havre ont saisi 10 tonnes de cocaïne dissimulées dans des conteneurs de bananes en provenance d’Équateur, la plus importante saisie jamais réalisée en France, a annoncé mercredi le ministre des Comptes publics.
La drogue, d’une valeur estimée à plus de 500 millions d’euros à la revente, était cachée dans des cartons au milieu de la marchandise, a précisé la direction des douanes.
Le port normand, premier port à conteneurs de France, est devenu l’une des principales portes d’entrée de la cocaïne en Europe, avec Anvers et Rotterdam. Les trafiquants y corrompent des dockers pour sortir la drogue avant les contrôles.
Une enquête a été ouverte par la juridiction interrégionale spécialisée de Rennes. Aucune interpellation n’a été annoncée.
« Le narcotrafic est une menace pour notre sécurité nationale », a déclaré le ministre, qui a promis de nouveaux scanners pour les conteneurs.
Le port du Havre traite chaque année près de 3 millions de conteneurs.
""",
        ['CRIME'], []),
    'fr_hopital_guerre_mt': (
        'fr', 'Gaza : l’hôpital Nasser à court de carburant, alerte l’OMS',
        """GENÈVE, 22 août (Vigie) – L’hôpital Nasser de Khan Younis, le plus grand encore partiellement en service dans le sud de la bande de Gaza, n’a plus que trois jours de carburant pour faire fonctionner ses générateurs, a averti vendredi l’Organisation mondiale de la santé.
Sans électricité, les couveuses, les appareils de dialyse et les blocs opératoires cesseront de fonctionner, mettant en danger la vie de centaines de patients, a déclaré un porte-parole de l’OMS à Genève.
L’établissement accueille plus du double de sa capacité, avec des blessés qui arrivent chaque jour après les frappes israéliennes sur les zones où s’entassent les déplacés.
Les agences de l’ONU affirment que les restrictions imposées par Israël à l’entrée du carburant et de l’aide humanitaire empêchent le fonctionnement des hôpitaux. Israël accuse le Hamas de détourner le carburant.
L’OMS a indiqué que seuls 16 des 36 hôpitaux de Gaza fonctionnaient encore, partiellement.
""",
        ['HEALTH', 'HUMANITARIAN'], ['ARMED_CONFLICT']),
    'en_doping_ban': (
        'en', 'Sprinter banned for four years after missed doping tests',
        """MONACO, Feb 12 (Vigie) - World 200 metres silver medallist Kenneth Bednarek was banned for four years on Wednesday after missing three doping tests in 12 months, the Athletics Integrity Unit said, ruling him out of next year's world championships.

The unit, which handles anti-doping cases for the sport's governing body, said the American had failed to tell testers where he could be found on three occasions between March 2024 and February 2025, a violation of the "whereabouts" rules that carries the same penalty as a positive test.

Bednarek, 26, denied taking any banned substance and said he would appeal to the Court of Arbitration for Sport. "I have never cheated and I never will," he wrote on Instagram. His results since the third missed test will be annulled.

World Athletics president Sebastian Coe said the sanction showed that no athlete was above the rules. The sport has been hit by a string of doping cases in Kenya, where the federation has been placed on a watch list, and in Russia, whose athletes remain barred from international competition over state-sponsored doping.

Bednarek won silver behind Noah Lyles at the Paris Olympics last summer.
""",
        [], []),
    'en_war_on_drugs_icc': (
        'en', "Philippines' Duterte to face ICC hearing on drug war killings",
        """THE HAGUE, Sept 20 (Vigie) - Former Philippine President Rodrigo Duterte will appear before judges of the International Criminal Court next week for a hearing on charges of crimes against humanity over the killings of thousands of people in his "war on drugs", the court said on Saturday.

Duterte, 80, was arrested in Manila in March on an ICC warrant and flown to The Hague, where he is held in the court's detention centre. Prosecutors accuse him of responsibility for at least 76 murders carried out by police and hit squads while he was mayor of Davao City and then president from 2016 to 2022.

Rights groups say as many as 30,000 people, most of them poor young men from Manila's slums, were killed during the campaign, many of them shot dead by police who said the suspects had resisted arrest. The police put the number of deaths in anti-drug operations at about 6,200.

"For the families, this hearing is the first time anyone has been held to account," said a lawyer for the victims, Joel Butuyan. Duterte's lawyers argue that he is unfit to stand trial because of his health and that the court has no jurisdiction, since the Philippines left it in 2019.

His daughter, Vice President Sara Duterte, is expected to run for president in 2028.
""",
        ['CRIME', 'HUMAN_RIGHTS'], []),
    'fr_bce_munitions': (
        'fr', 'La BCE abaisse ses taux et se dit prête à agir encore',
        """FRANCFORT, 6 mars (Vigie) - La Banque centrale européenne a abaissé jeudi ses taux directeurs d'un quart de point, pour la sixième fois depuis juin, ramenant son taux de dépôt à 2,5%, et a assuré qu'elle disposait encore de "munitions" pour soutenir l'économie de la zone euro si nécessaire.

La présidente de l'institution, Christine Lagarde, a toutefois souligné que la politique monétaire devenait "nettement moins restrictive" et que les prochaines décisions dépendraient des données. La BCE a revu en baisse ses prévisions de croissance, à 0,9% pour 2025, en raison des incertitudes liées aux droits de douane américains.

"Nous avons un arsenal d'instruments et nous l'utiliserons si besoin", a déclaré Mme Lagarde lors de sa conférence de presse, évoquant une "bataille" contre l'inflation "presque gagnée". L'inflation a ralenti à 2,4% en février.

Les économistes s'attendent à une ou deux nouvelles baisses de taux d'ici l'été. L'euro a progressé face au dollar après l'annonce, soutenu par le projet allemand d'un vaste plan d'investissement dans les infrastructures.

Les marchés obligataires ont été agités cette semaine par la hausse des rendements allemands.
""",
        ['ECONOMY'], ['TRADE']),
    'fr_bataille_paris': (
        'fr', 'Municipales : la bataille de Paris est lancée',
        """PARIS, 18 septembre (Vigie) - La ministre de la Culture Rachida Dati a officialisé jeudi sa candidature à la mairie de Paris pour les élections municipales de mars 2026, lançant une bataille qui s'annonce serrée pour succéder à Anne Hidalgo, qui ne se représente pas.

Maire du 7e arrondissement, Mme Dati, investie par Les Républicains, affrontera notamment le socialiste Emmanuel Grégoire, ancien premier adjoint d'Anne Hidalgo, et l'écologiste David Belliard. Le camp présidentiel n'a pas encore désigné son candidat, et l'ancien Premier ministre Gabriel Attal n'exclut pas de se présenter.

"Paris mérite mieux que la saleté et l'insécurité", a lancé Mme Dati devant ses soutiens, promettant de renforcer la police municipale et de baisser les impôts locaux. Son principal adversaire lui a reproché de "faire campagne contre Paris".

Mme Dati doit être jugée en 2026 pour corruption et trafic d'influence dans une affaire liée à l'ancien patron de Renault-Nissan Carlos Ghosn, ce qu'elle conteste. Un sondage Ifop la place en tête au premier tour avec 27% des intentions de vote.

Le scrutin se tiendra pour la première fois selon un nouveau mode de calcul, avec un vote séparé pour le Conseil de Paris.
""",
        ['ELECTIONS'], []),
    'fr_trolls_armee': (
        'fr', 'Une armée de faux comptes cible le président moldave, selon Meta',
        """PARIS, 2 mai (Vigie) - Meta a annoncé mercredi avoir supprimé un réseau de plusieurs centaines de faux comptes Facebook et Instagram qui diffusaient des contenus hostiles à la présidente moldave Maia Sandu, et qu'il attribue à des acteurs liés à la Russie.

Cette "armée de trolls" publiait des caricatures, de fausses informations sur la santé de la présidente et des appels à manifester contre le gouvernement pro-européen de Chisinau, selon le rapport trimestriel du groupe américain sur les "comportements inauthentiques coordonnés". Les comptes se faisaient passer pour des médias locaux et des citoyens ordinaires.

Le réseau a dépensé environ 40.000 dollars en publicités ciblées, payées en roubles et en dollars, a précisé Meta. Plusieurs pages relayaient des articles de sites déjà sanctionnés par l'Union européenne pour leur rôle dans la propagande du Kremlin.

"Ces opérations d'influence cherchent à saper la confiance dans les institutions", a déclaré le responsable des enquêtes sur les menaces chez Meta, Ben Nimmo.

La Moldavie, candidate à l'adhésion à l'UE, accuse régulièrement Moscou de mener une guerre hybride contre elle.
""",
        ['DISINFORMATION'], ['TECHNOLOGY']),
    'en_space_launch': (
        'en', "Europe's Ariane 6 rocket puts weather satellite into orbit",
        """KOUROU, French Guiana, Aug 12 (Vigie) - Europe's Ariane 6 rocket lifted off from French Guiana on Tuesday and placed a new weather satellite into orbit, the European Space Agency said, the launcher's third commercial mission since its delayed debut last year.

The rocket blasted off at 9:37 p.m. local time carrying MetOp-SG A1, the first of a new generation of polar-orbiting satellites that will improve weather forecasts and monitor greenhouse gases and air pollution. The satellite separated from the upper stage about an hour after launch.

ESA Director General Josef Aschbacher said the mission showed that Europe had regained "independent access to space" after a gap of more than a year between the retirement of Ariane 5 and the first flight of its successor, during which European institutions had to buy launches from SpaceX.

ArianeGroup, a joint venture of Airbus and Safran, plans to increase the launch rate to ten a year by 2027. The rocket, which cost about 4 billion euros to develop, faces competition from SpaceX's reusable Falcon 9, which is far cheaper.

Data from the satellite, operated by Eumetsat, will be used by national weather services across Europe from next year.
""",
        ['TECHNOLOGY'], ['CLIMATE']),
    'en_online_housing': (
        'en', "Spain's housing crisis: why young people cannot leave home",
        """MADRID, Oct 20 (Vigie) - Lucia Fernandez is 31, has a permanent job as a nurse at a Madrid hospital and still lives in the bedroom she grew up in.

"I earn 1,900 euros a month. A one-bedroom flat near the hospital costs 1,300," she said. "I would be working to pay the rent and nothing else."

She is far from alone. Spaniards leave their parents' home at 30 on average, according to Eurostat, one of the highest ages in the European Union, and the share of young people who own a home has halved in two decades.

Rents in Madrid and Barcelona have risen by about 50 percent since 2015, while wages have barely kept pace with inflation. In Malaga and the Balearic Islands, where holiday lets have multiplied, the increase has been even steeper.

The housing shortage has become the country's main concern, overtaking unemployment for the first time in the monthly survey of the CIS research centre.

Tens of thousands of people marched in Madrid, Barcelona and a dozen other cities last weekend under the slogan "Housing is a right, not a business", the third such protest this year.

Economists blame a collapse in construction after the 2008 property crash. Spain built about 90,000 homes last year, against more than 600,000 a year at the peak of the boom, while the population has grown by more than a million since 2021, largely through immigration.

"Demand is growing much faster than supply, and the gap is filled by prices," said an economist at a Madrid business school.

The government of Pedro Sanchez has capped rent increases on existing contracts, promised to build 180,000 affordable homes and proposed a 100 percent tax on homes bought by non-EU residents who do not live in them. Critics say the rent caps have led some landlords to take flats off the long-term market.

The opposition People's Party, which governs most regions, favours cutting taxes on home purchases and releasing more public land for building.

Holiday rentals are a growing target. Barcelona plans to ban all 10,000 licensed tourist flats by 2028, and the government wants platforms such as Airbnb to remove listings without a valid registration number.

Banks, which were rescued with public money after the property crash, have tightened lending rules, and most first-time buyers need savings of at least 20 percent of the price to obtain a mortgage.

For Fernandez, the numbers do not add up. "My parents bought their first flat at 25 with one salary," she said. "I have two jobs and I cannot even rent a room."
""",
        ['ECONOMY'], ['PROTEST']),
    'fr_online_sargasses': (
        'fr', "Les sargasses envahissent les plages antillaises, les habitants s'inquiètent",
        """POINTE-À-PITRE, 14 juin (Vigie) - Sur la plage de Capesterre-de-Marie-Galante, l'odeur d'œuf pourri est devenue insupportable. Des tonnes d'algues brunes s'accumulent depuis trois semaines sur le sable et dans les baies de la Guadeloupe et de la Martinique.

"On ne peut plus ouvrir les fenêtres, les enfants toussent la nuit", raconte Marie-Josée, qui habite à cinquante mètres du rivage.

Les échouages de sargasses atteignent cette année un niveau record, selon Météo-France, qui a recensé près de 38 millions de tonnes d'algues dans l'Atlantique tropical en mai, du jamais-vu depuis le début des observations par satellite en 2011.

En se décomposant, les algues dégagent de l'hydrogène sulfuré et de l'ammoniac, des gaz toxiques à forte concentration. L'Agence régionale de santé a recommandé aux personnes fragiles de s'éloigner des zones touchées et plusieurs écoles ont été fermées.

Les scientifiques relient la prolifération des sargasses au réchauffement des eaux et aux rejets d'engrais de l'agriculture charriés par l'Amazone et le Congo.

Les pêcheurs ne peuvent plus sortir leurs bateaux, bloqués dans les ports par les amas d'algues. "Depuis un mois, je n'ai pas travaillé une seule journée", dit Jean-Claude, pêcheur au Robert, en Martinique.

Les hôteliers redoutent l'annulation de réservations pour l'été. Le tourisme représente environ 10% de l'économie des deux îles.

Les communes ont mobilisé des engins de chantier pour ramasser les algues, mais elles dénoncent un manque de moyens. L'État a débloqué 5 millions d'euros d'aide d'urgence.

Des barrages flottants ont été installés à l'entrée de certaines baies, avec des résultats mitigés.

Le préfet a rappelé que les algues ramassées devaient être stockées loin des habitations.

Un plan régional de lutte contre les sargasses doit être présenté en juillet.
""",
        ['CLIMATE', 'HEALTH'], ['ECONOMY']),
    'en_quote_security': (
        'en', 'Netherlands tightens export rules on chipmaking machines',
        """THE HAGUE, Jan 15 (Vigie) - The Dutch government on Wednesday extended its export licence requirements for semiconductor manufacturing equipment to cover measuring and inspection tools, a move that will further restrict sales by ASML and other Dutch firms to China.

From April 1, companies will need a licence to export the tools to any country outside the European Union, Trade Minister Reinette Klever said in a letter to parliament. The rules add to restrictions imposed in 2023 on ASML's most advanced lithography machines.

"This is not only about trade. Advanced chips go into missiles, drones and military communications, and we cannot allow our technology to strengthen the armed forces of countries that may one day threaten us," Klever told reporters in The Hague.

China's embassy said the Netherlands was bowing to pressure from Washington and that the measures would harm normal trade. ASML said it expected the new rules to have no material impact on its 2025 results.

ASML, Europe's largest technology company by market value, made about 36 percent of its sales in China last year.
""",
        ['TECHNOLOGY', 'TRADE'], ['DIPLOMACY', 'SANCTIONS']),
    'fr_citation_migrants': (
        'fr', 'Logement : le gouvernement lance un plan de construction de 100.000 HLM',
        """PARIS, 9 octobre (Vigie) - Le gouvernement a présenté mercredi un plan visant à relancer la construction de logements sociaux, avec l'objectif de 100.000 HLM par an d'ici 2027, contre 82.000 l'an dernier, pour faire face à une crise du logement qui frappe les ménages modestes et les classes moyennes.

Le plan prévoit une baisse de la TVA sur la construction de logements sociaux, une enveloppe de 1,5 milliard d'euros pour les bailleurs et la mise à disposition de terrains publics. La ministre du Logement a également annoncé un prêt à taux zéro élargi pour les primo-accédants.

"Il y a 2,7 millions de ménages en attente d'un logement social. On ne peut pas continuer à dire aux familles, aux travailleurs, aux jeunes et aux réfugiés qui ont obtenu l'asile qu'il n'y a pas de place pour eux", a déclaré la ministre lors d'une conférence de presse.

Les fédérations du bâtiment ont salué un "signal positif" mais jugé les moyens insuffisants, alors que les mises en chantier sont au plus bas depuis 1995. Les taux d'intérêt des crédits immobiliers ont reculé à 3,2% en moyenne.

Le plan doit être intégré au projet de loi de finances pour 2026.
""",
        ['ECONOMY'], []),
    'en_caption_protest': (
        'en', "Kenya's central bank cuts rates to support lending",
        """NAIROBI, Aug 12 (Vigie) - The Central Bank of Kenya cut its benchmark interest rate by 25 basis points to 9.5 percent on Tuesday, its seventh cut in a row, saying inflation was stable and banks needed to lend more to businesses.

Governor Kamau Thugge said private sector credit had grown by just 2 percent in the year to July, far below the pace needed to support growth, and urged commercial banks to pass on the lower rate to borrowers. Inflation was 4.1 percent in July, within the bank's target range of 2.5 to 7.5 percent.

Pictured: Riot police fire tear gas at protesters during anti-tax demonstrations in Nairobi in June 2024.

The shilling has been stable against the dollar for more than a year, and foreign exchange reserves stand at about 11 billion dollars, enough to cover five months of imports. The government plans to borrow less from domestic markets this year after a costly debt buyback.

Economists at a Nairobi investment bank said they expected one more cut before the end of the year.
""",
        ['ECONOMY'], []),
    'fr_legende_soldats': (
        'fr', "Le prix de l'électricité va baisser en février",
        """PARIS, 15 janvier (Vigie) - Le tarif réglementé de l'électricité baissera d'environ 15% au 1er février, a confirmé mercredi la Commission de régulation de l'énergie, une baisse qui concernera plus de 20 millions de foyers.

Cette diminution s'explique par le recul des prix de gros de l'électricité sur les marchés, après les records atteints en 2022, et par la bonne disponibilité du parc nucléaire d'EDF, dont la production a augmenté l'an dernier.

Sur la photo : des soldats ukrainiens devant une centrale thermique bombardée par des missiles russes près de Kharkiv, en novembre.

La hausse d'une taxe sur l'électricité, l'accise, décidée dans le budget, limitera toutefois la baisse pour les consommateurs. Les associations de consommateurs demandent que la baisse soit répercutée sur les offres de marché.

Le gouvernement prévoit de présenter au printemps une nouvelle programmation pluriannuelle de l'énergie.
""",
        ['ENERGY'], ['ECONOMY', 'NUCLEAR']),
    'en_rheinmetall_results': (
        'en', 'Rheinmetall sales jump 20% as European armies restock',
        """DUESSELDORF, Germany, Nov 6 (Vigie) - German arms maker Rheinmetall reported a 20 percent rise in third-quarter sales on Thursday, driven by orders for ammunition and military vehicles from European governments rebuilding their stocks, and confirmed its forecast for the year.

Sales reached 2.8 billion euros and operating profit rose 27 percent to 353 million euros. The company's order backlog hit a record 64 billion euros. Rheinmetall expects group sales to grow by 25 to 30 percent this year.

Chief executive Armin Papperger said new orders for artillery shells from Germany and other NATO members would keep its plants running at full capacity for years. The company is opening a new ammunition factory in Unterluess, in northern Germany, which will produce up to 350,000 shells a year, and is building plants in Lithuania and Ukraine.

Demand for weapons has soared since Russia's invasion of Ukraine in 2022 as European governments raised their defence budgets.

Rheinmetall shares have risen more than 150 percent this year, making it one of the best performers in Germany's DAX index. They fell 3 percent on Thursday as the results were slightly below analysts' expectations.
""",
        ['DEFENSE_INDUSTRY'], ['ECONOMY', 'MILITARY']),
    'en_grain_exports': (
        'en', "Ukraine's grain exports rise as Black Sea corridor holds",
        """KYIV, Oct 3 (Vigie) - Ukraine's grain exports rose 11 percent in September from a year earlier to 4.3 million tonnes, the agriculture ministry said on Friday, as ports around Odesa kept shipping despite Russian attacks on the region.

Wheat accounted for more than half of the shipments, with most cargoes going to Egypt, Spain and Turkey. Corn exports are expected to pick up in October as the harvest, delayed by dry weather, gathers pace.

The country has exported about 16 million tonnes of grain since the start of the 2025/26 season in July, slightly less than a year earlier, because of a smaller harvest. Traders said prices had been depressed by large Russian exports.

Ukraine has shipped goods through its own maritime corridor along the coast since 2023, after Russia pulled out of a U.N.-brokered deal that guaranteed safe passage. Insurance costs for ships calling at Odesa have fallen by half since then.

Agriculture is one of the main sources of foreign currency for Ukraine's economy.
""",
        ['TRADE'], ['ECONOMY', 'SUPPLY_CHAIN']),
    'en_obituary': (
        'en', 'Former Chilean President Sebastian Pinera dies in helicopter crash',
        """SANTIAGO, Feb 6 (Vigie) - Former Chilean President Sebastian Pinera, a billionaire businessman who led the country twice, died on Tuesday when the helicopter he was piloting crashed into Lake Ranco in southern Chile, the interior ministry said. He was 74.

Three other people on board, including Pinera's sister, swam to safety, officials said. The navy recovered his body from the lake several hours later. The cause of the crash was being investigated.

Pinera, a conservative, governed Chile from 2010 to 2014 and again from 2018 to 2022. He made his fortune introducing credit cards to Chile in the 1980s and held stakes in the airline LAN and a television channel.

His first term was marked by the rescue of 33 miners trapped underground for 69 days in 2010, which drew worldwide attention. His second was shaken by mass protests against inequality in 2019, during which more than 30 people died, and by the Covid-19 pandemic.

President Gabriel Boric, a leftist who succeeded him, declared three days of national mourning. "He was a democrat from the first hour," Boric said.
""",
        [], ['PROTEST']),
    'fr_vaccin_paludisme': (
        'fr', 'Paludisme : un nouveau vaccin déployé dans douze pays africains',
        """GENÈVE, 21 avril (Vigie) - Douze pays africains ont commencé à administrer le vaccin antipaludique R21, développé par l'université d'Oxford, dans le cadre d'une campagne qui doit toucher plusieurs millions d'enfants d'ici la fin de l'année, a annoncé lundi l'alliance du vaccin Gavi.

Le paludisme tue chaque année près de 600.000 personnes dans le monde, dont plus de 75% d'enfants de moins de cinq ans, presque tous en Afrique. Le R21, recommandé par l'Organisation mondiale de la santé en 2023, réduit d'environ 75% le nombre de cas chez les jeunes enfants.

Le vaccin, produit par le Serum Institute of India, coûte moins de 4 dollars la dose. Le Nigeria, la République démocratique du Congo et l'Ouganda, parmi les pays les plus touchés, font partie des premiers à l'utiliser.

Les responsables de santé publique s'inquiètent toutefois de la baisse des financements internationaux, après la suppression de l'agence américaine d'aide au développement USAID, qui finançait la distribution de moustiquaires et de traitements dans de nombreux pays.

Gavi a indiqué avoir besoin de 9 milliards de dollars pour ses programmes de 2026 à 2030.
""",
        ['HEALTH'], ['HUMANITARIAN']),
    'fr_surtourisme': (
        'fr', "Surtourisme : Venise relève sa taxe d'entrée pour les visiteurs d'un jour",
        """ROME, 12 mars (Vigie) - Venise va doubler le montant de la taxe d'entrée imposée aux touristes qui visitent la ville pour la journée, qui passera à 10 euros les jours de forte affluence à partir d'avril, a annoncé la municipalité.

La taxe, testée l'an dernier sur 29 jours, s'appliquera cette année à 54 jours, principalement les week-ends et les jours fériés du printemps et de l'été. Les visiteurs qui réservent moins de quatre jours à l'avance paieront le tarif le plus élevé. Les habitants, les étudiants et les touristes qui dorment à l'hôtel en sont exemptés.

La ville, qui compte moins de 50.000 habitants dans son centre historique, reçoit chaque année plus de 20 millions de visiteurs. Les associations d'habitants dénoncent une "invasion" qui vide la ville de ses résidents et fait flamber les loyers.

La mesure a rapporté 2,4 millions d'euros en 2024, selon la mairie. Ses détracteurs estiment qu'elle n'a pas réduit le nombre de visiteurs.

Barcelone, Amsterdam et plusieurs îles grecques ont également pris des mesures pour limiter l'afflux de touristes.
""",
        [], ['ECONOMY']),
    'en_streaming_wars': (
        'en', 'Netflix raises prices again as streaming wars cool',
        """LOS ANGELES, Jan 22 (Vigie) - Netflix raised subscription prices in the United States and Canada on Tuesday after adding a record 19 million subscribers in the last three months of the year, as the company pulls further ahead of rivals in the streaming wars.

The standard plan without advertising will cost 17.99 dollars a month, up from 15.49 dollars, and the cheapest plan with ads will rise to 7.99 dollars. Netflix shares jumped 14 percent in after-hours trading.

The company now has more than 300 million paying households worldwide. Its revenue rose 16 percent to 10.2 billion dollars in the quarter, helped by live events such as a boxing match between Jake Paul and Mike Tyson and two NFL games on Christmas Day.

Rivals have cut costs and merged services after years of losses in the battle for subscribers. Disney combined its Hulu and Disney+ apps, and Warner Bros Discovery has said it will split into two companies. "The war is over, and Netflix won it," said an analyst at a Los Angeles brokerage, though Amazon and YouTube remain formidable competitors.

Netflix said it expected revenue of 43.5 billion to 44.5 billion dollars this year.
""",
        ['ECONOMY'], ['TECHNOLOGY']),
    'fr_guerre_prix_supermarches': (
        'fr', 'Grande distribution : la bataille des prix repart de plus belle',
        """PARIS, 3 mars (Vigie) - Les enseignes de la grande distribution ont relancé la bataille des prix à la veille de la fin des négociations commerciales annuelles avec leurs fournisseurs, promettant des baisses sur des centaines de produits de grande consommation.

Leclerc a annoncé le gel des prix de 2.000 références jusqu'à l'été, et Carrefour une baisse de 5% sur 500 produits de marque distributeur. Intermarché et Lidl ont riposté par des campagnes publicitaires comparant leurs tickets de caisse à ceux de leurs concurrents.

"C'est une guerre des prix permanente, et ce sont les industriels et les agriculteurs qui en paient le prix", dénonce l'Association nationale des industries alimentaires, qui réclame des hausses de tarifs pour couvrir la flambée du cacao, du café et de l'huile d'olive.

Les négociations, encadrées par la loi Egalim, doivent s'achever le 1er mars. Le ministre de l'Économie a appelé les distributeurs à "ne pas écraser" les petits fournisseurs.

L'inflation alimentaire est retombée à 0,5% sur un an en janvier, après avoir dépassé 15% au printemps 2023.
""",
        ['ECONOMY'], []),
    'en_insurgent_primary': (
        'en', 'Insurgent candidate stuns party establishment in New York primary',
        """NEW YORK, June 25 (Vigie) - Zohran Mamdani, a 33-year-old state lawmaker and democratic socialist, won New York City's Democratic mayoral primary on Tuesday, defeating former Governor Andrew Cuomo in an upset that stunned the party establishment.

Mamdani, an insurgent candidate who was polling at 1 percent when he entered the race last October, took 43.5 percent of first-choice votes against 36.4 percent for Cuomo, according to unofficial results. Cuomo conceded shortly before midnight.

His campaign, built on promises to freeze rents on stabilised apartments, make city buses free and open city-owned grocery stores, drew tens of thousands of young volunteers who knocked on more than a million doors. In his campaign war room in Queens, staff cheered as results came in.

Republicans said his victory gave ammunition to critics who accuse Democrats of moving too far to the left. President Donald Trump called him "a 100 percent Communist lunatic".

Mamdani will face incumbent Mayor Eric Adams, who is running as an independent, and Republican Curtis Sliwa in the general election on November 4.
""",
        ['ELECTIONS'], []),
    'fr_assaut_marche': (
        'fr', "Le chinois BYD part à l'assaut du marché européen",
        """PARIS, 8 octobre (Vigie) - Le constructeur chinois de voitures électriques BYD a annoncé mardi l'ouverture de 200 points de vente supplémentaires en Europe d'ici la fin de l'année, poursuivant son offensive sur le marché européen malgré les droits de douane imposés par Bruxelles.

Le groupe, devenu le premier vendeur mondial de voitures électriques devant Tesla, part à l'assaut du marché avec une gamme de modèles vendus entre 25.000 et 45.000 euros, dont une citadine qui sera produite à partir de 2026 dans son usine de Szeged, en Hongrie.

BYD a vendu environ 100.000 voitures en Europe au premier semestre, trois fois plus qu'un an plus tôt. Sa part de marché reste toutefois inférieure à 2%.

"Nous voulons être un constructeur européen", a déclaré la vice-présidente du groupe, Stella Li, lors du Mondial de l'automobile à Paris, où l'entreprise occupe l'un des plus grands stands.

Les constructeurs européens, confrontés à une baisse de leurs ventes, ont annoncé des milliers de suppressions d'emplois cette année.
""",
        ['ECONOMY'], ['TECHNOLOGY', 'TRADE']),
    'fr_club_sanctionne': (
        'fr', "Football : l'OM sanctionné par l'UEFA pour des fumigènes",
        """NYON, 5 décembre (Vigie) - L'Olympique de Marseille a été sanctionné jeudi par l'UEFA d'une amende de 60.000 euros et d'un match à huis clos partiel pour l'usage de fumigènes et de feux d'artifice par ses supporters lors de la rencontre de Ligue des champions contre l'Atalanta Bergame.

L'instance européenne de discipline a également condamné le club pour des jets d'objets et le blocage d'escaliers dans le Vélodrome. Le virage sud sera fermé lors du prochain match à domicile du club en compétition européenne.

C'est la troisième fois cette saison que le club marseillais est sanctionné par l'UEFA. Son président, Pablo Longoria, a dénoncé des sanctions "disproportionnées" et annoncé que le club ferait appel.

Les supporters marseillais, parmi les plus fervents d'Europe, sont régulièrement pointés du doigt pour l'usage d'engins pyrotechniques, interdits dans les stades.

L'OM affronte le Paris Saint-Germain dimanche en championnat.
""",
        [], []),
    'en_party_disaster': (
        'en', 'Conservatives face electoral disaster as Reform surges in polls',
        """LONDON, Oct 12 (Vigie) - Britain's Conservative Party is heading for an electoral disaster at next year's local and Scottish elections, with Reform UK now ahead of it in almost every region, according to a large poll published on Sunday.

The survey of 12,000 voters by the pollster More in Common put Nigel Farage's Reform on 31 percent nationally, Labour on 21 percent and the Conservatives on 17 percent, their lowest score in the pollster's tracking.

Conservative leader Kemi Badenoch, who took over after last year's general election defeat, told the party's conference in Manchester that she would cut taxes and scrap the climate change act. Several of her own lawmakers have said privately that she could face a leadership challenge if the party does badly in May.

"It would be a disaster for the party and for the country," said a former cabinet minister, who asked not to be named.

Reform, which won five seats at the general election, has gained hundreds of local councillors this year and now claims more members than the Conservatives.
""",
        ['ELECTIONS'], []),
    'fr_exil_fiscal': (
        'fr', "Taxe Zucman : Bernard Arnault dénonce une mesure qui pousserait à l'exil fiscal",
        """PARIS, 21 septembre (Vigie) - Le PDG de LVMH, Bernard Arnault, a vivement critiqué samedi la proposition d'un impôt plancher de 2% sur les patrimoines de plus de 100 millions d'euros, défendue par la gauche et l'économiste Gabriel Zucman, estimant qu'elle ferait fuir les entrepreneurs.

"Il ne s'agit pas d'une mesure technique, mais d'une volonté de détruire l'économie libérale", a déclaré l'homme le plus riche de France au Sunday Times. Selon lui, la taxe pousserait des milliers de chefs d'entreprise à devenir des exilés fiscaux en Belgique ou en Suisse.

La mesure, qui rapporterait entre 15 et 25 milliards d'euros par an selon ses défenseurs, concernerait environ 1.800 foyers. Le Premier ministre Sébastien Lecornu a dit vouloir "un effort" des plus riches dans le budget 2026 mais s'est montré réservé sur un impôt sur la fortune.

Gabriel Zucman a répondu qu'un tel réfugié fiscal resterait soumis à l'impôt pendant cinq ans grâce à une clause anti-exil. Selon un sondage Ifop, 86% des Français soutiennent la proposition.

Le débat doit reprendre à l'Assemblée nationale lors de l'examen du projet de loi de finances en octobre.
""",
        ['ECONOMY'], []),
    'en_building_trade': (
        'en', 'Britain fines construction firms for hiring workers without papers',
        """LONDON, March 3 (Vigie) - Britain's Home Office said on Monday it had fined 42 construction companies a total of 4.7 million pounds last year for employing people who had no right to work in the country, as it steps up checks on the building trade.

Immigration officers carried out 1,800 visits to building sites, car washes and restaurants in the final three months of the year, up by almost a half from a year earlier, and arrested 1,090 people, the department said. Many of those detained had arrived on small boats across the Channel or overstayed their visas.

Employers face fines of up to 60,000 pounds for each illegal worker under rules that took effect last year. "Illegal working undercuts honest businesses and fuels the smuggling gangs," Home Secretary Yvette Cooper said.

Unions in the construction trade said the crackdown should target the agencies that supply workers, not only the sites. Rights groups warned that undocumented workers were being pushed further underground, where they were open to exploitation.

The government has promised to cut net migration, which reached a record 906,000 in 2023.
""",
        ['MIGRATION'], ['CRIME']),
}
STORIES = {k: (lang, title, text, set(must), set(ok)) for k, (lang, title, text, must, ok) in STORIES.items()}

# Stories that still get a wrong theme or miss one, and why (mechanism seen with the themer).
XFAIL = {
    'en_floods_soldiers':
        "MIGRATION missed: the displaced are told in one 25-word sentence of their paragraph ('85,000 people have fled their homes and are sheltering in ... relief camps'), which the context-sentence rule reads as a context line; the rest of the paragraph is HUMANITARIAN's (camps, water, latrines)",
    'en_fuel_protest':
        'ECONOMY missed: the fuel-subsidy paragraph (3 billion dollars a year) and the inflation line weigh too little beside PROTEST',
    'fr_mt_taiwan':
        "TERRITORIAL_DISPUTE missed: told in one line ('Pékin considère Taïwan comme une partie de son territoire ... prendre le contrôle'), weight 5 in one paragraph",
    'fr_mt_soudan':
        "MIGRATION missed: 'ont fui la ville' ('fuir', weight 2) is no strong displacement term, so the displaced paragraph does not pass the displaced rule",
    'fr_offensive_commerciale':
        "ECONOMY and TRADE missed: carmakers' market share, price war, job cuts are not ECONOMY words ('part de marché', 'guerre des prix', 'réductions d'effectifs'); TRADE has only 'droits de douane' in one paragraph",
    'fr_marche_taxe':
        "ECONOMY missed: a grain-price story (prix, marché, coût, vendre à perte) weighs 9 against TRADE's 7 but lacks a thread of specific words",
    'fr_long_crise_eau':
        "HUMANITARIAN missed: water rationing and free bottle distributions ('rationnées', 'distributions gratuites de bouteilles d'eau', 'files d'attente') are not HUMANITARIAN terms",
    'en_long_war_gdp':
        "ECONOMY wrong (as written): a closing paragraph of two sentences on Ukraine's economy (central bank, interest rate, budget: weight 15) is a paragraph-long topic; a rule dropping themes told only in a story's last paragraph lost 4 annotated themes on the readable sets and removed none, so annotators count such paragraphs",
    'fr_agriculteurs_photo':
        "ECONOMY missed: a wine-overproduction crisis told with 'crise de surproduction', 'stocks invendus', 'exploitations' -- no ECONOMY words",
    'fr_pesticides_justice':
        "CLIMATE missed: a pesticide's pollution of soils and water ('sols et eaux pollués', 'perturbateur endocrinien') weighs too little",
    'en_mayor_refugee':
        "MIGRATION wrong: the headline's 'former refugee' is now a stop phrase, but the mayor's past is still told in a biography paragraph ('fled the war in Darfur as a teenager', 'a centre for asylum seekers') with strong MIGRATION terms",
    'fr_hopital_guerre_mt':
        "ENERGY wrong and HUMANITARIAN missed: a 149-word text is short, so the hospital's fuel (ENERGY setting beside HEALTH) is not read as setting; HUMANITARIAN has only 'aide humanitaire'",
    'fr_online_sargasses':
        "CLIMATE and HEALTH missed: seaweed rotting on beaches, toxic gases and coughing children ('sargasses', 'hydrogène sulfuré', 'gaz toxiques', 'réchauffement des eaux') are barely in the French vocabulary (weight 3 each)",
    'fr_assaut_marche':
        "ECONOMY missed: a carmaker's sales push told with 'part de marché', 'points de vente', 'ventes' -- not ECONOMY words (French ECONOMY is at the 180-term cap of test_themes); the ARMED_CONFLICT it got before ('à l'assaut du marché', 'offensive sur le marché') is gone",
}


def _case(story_id):
    lang, title, text, must, acceptable = STORIES[story_id]
    reason = XFAIL.get(story_id)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(story_id, marks=marks, id=story_id)


@pytest.mark.parametrize("story_id", [_case(story_id) for story_id in STORIES])
def test_story_gets_its_themes_and_no_other(story_id, models):
    lang, title, text, must, acceptable = STORIES[story_id]
    article = Article(external_id=story_id, text=text, source_ref=f"bank:{story_id}",
                      title=title, language=lang, published_at=datetime(2026, 11, 20))
    found = {t.theme_code for t in extract(article, models[lang](text_for_parsing(text))).themes}
    assert must <= found, f"missed {sorted(must - found)}"
    assert found <= must | acceptable, f"wrong {sorted(found - must - acceptable)}"


# ---- the matching machinery: a French final "é" (theme_terms.fold_word)

def _terms(nlp, text, lang="fr"):
    from transforms.themes import theme_evidence
    return {code: set(found.term_weights) for code, found in theme_evidence(nlp(text), lang).items()}


def test_a_french_participle_in_e_acute_is_not_its_homograph_noun(nlp_fr):
    # "frappée par la crise" is no strike, "basée à Genève" no base, "grevé de dettes" no strike
    found = _terms(nlp_fr, "Le groupe, frappé par la crise et grevé de dettes, est une société "
                           "basée à Genève dont l'usine a été frappée par un incendie.")
    assert "frappe" not in found.get("ARMED_CONFLICT", set())
    assert "base" not in found.get("MILITARY", set())
    assert "grève" not in found.get("PROTEST", set())


def test_the_noun_itself_and_same_sense_participles_still_match(nlp_fr):
    found = _terms(nlp_fr, "Une frappe de drone a touché la base. Le projet est financé par un "
                           "prêt et les blesses ont été évacués.")
    assert "frappe de drone" in found["ARMED_CONFLICT"]
    assert "base" in found["MILITARY"]
    assert "finance" in found["ECONOMY"]           # financé: the verb of the noun's sense
    assert "blessé" in found["ARMED_CONFLICT"]      # copy without accents may be either


def test_headline_participles_follow_the_same_rule():
    from transforms.theme_headlines import headline_hits
    codes = {code for code, _, _ in headline_hits("Une usine frappée par la crise", "fr")}
    assert "ARMED_CONFLICT" not in codes
    codes = {code for code, _, _ in headline_hits("Santé : les réfugiés blessés", "fr")}
    assert {"HEALTH", "MIGRATION"} <= codes

def test_an_unaccented_verb_is_not_its_accented_noun(nlp_fr):
    # "qui traite les données" handles them: no "traité" (treaty); an unaccented noun still
    # may be its accented twin ("Forces armees" in copy that drops an accent)
    found = _terms(nlp_fr, "Le groupe qui traite les données des clients a signé un contrat.")
    assert "traité" not in found.get("DIPLOMACY", set())
    found = _terms(nlp_fr, "Le chef des Forces armees a inspecté les troupes.")
    assert "forces armées" in found["MILITARY"]



def test_a_noun_only_term_does_not_match_a_verb_or_adjective_of_its_lemma(nlp_en, nlp_fr):
    # taxonomy _NOUN_ONLY: the lemma joins words of another sense
    found = _terms(nlp_en, "Thousands were forced to flee. The London-based firm said the general "
                           "public was calm. The quake struck at dawn and he tested positive.", "en")
    assert not found.get("MILITARY") and not found.get("NUCLEAR") and not found.get("PROTEST")
    found = _terms(nlp_fr, "Le secrétaire général de l'ONU a ouvert l'assemblée générale.")
    assert "général" not in found.get("MILITARY", set())
    # ...and the nouns still count
    found = _terms(nlp_en, "The general said the air force would move to the base after the "
                           "strike.", "en")
    assert {"general", "base"} <= found["MILITARY"]
    found = _terms(nlp_en, "The comments fuelled fears of a recession. The firm has a loyal "
                           "customer base.", "en")
    assert not found.get("ENERGY") and not found.get("MILITARY")
    found = _terms(nlp_fr, "Le défilé des chars fleuris du carnaval a attiré la foule.")
    assert not found.get("MILITARY")
    found = _terms(nlp_fr, "Le phénomène s'est manifesté dès 2020 et plusieurs acheteurs ont "
                           "manifesté leur intérêt.")
    assert not found.get("PROTEST")


def test_a_word_in_its_own_right_without_accent_is_not_its_accented_twin(nlp_fr):
    # "traite", "marche", "arme" are words: no "traité" (treaty), "marché", "armé"
    found = _terms(nlp_fr, "Le port traite 3 millions de conteneurs. Une marche blanche a réuni "
                           "les habitants.")
    assert "traité" not in found.get("DIPLOMACY", set())
    assert "marché" not in found.get("ECONOMY", set())
