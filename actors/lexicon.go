package actors

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
	{"Iran", nil, "Tehran", []string{"Iranian", "Iranians"}},
	{"Syria", nil, "Damascus", []string{"Syrian", "Syrians"}},
	{"Belarus", nil, "Minsk", []string{"Belarusian"}},
	{"United Kingdom", []string{"U.K.", "UK", "Britain", "Great Britain"}, "London", []string{"British", "Briton", "Britons"}},
	{"France", nil, "Paris", []string{"French"}},
	{"Germany", nil, "Berlin", []string{"German", "Germans"}},
	{"Italy", nil, "Rome", []string{"Italian", "Italians"}},
	{"Poland", nil, "Warsaw", []string{"Polish"}},
	{"India", nil, "New Delhi", []string{"Indian", "Indians"}},
	{"Pakistan", nil, "Islamabad", []string{"Pakistani"}},
	{"Israel", nil, "Jerusalem", []string{"Israeli", "Israelis"}},
	{"Turkey", []string{"Türkiye"}, "Ankara", []string{"Turkish"}},
	{"Saudi Arabia", nil, "Riyadh", []string{"Saudi"}},
	{"Egypt", nil, "Cairo", []string{"Egyptian"}},
	{"Nigeria", nil, "Abuja", []string{"Nigerian", "Nigerians"}},
	{"South Africa", nil, "Pretoria", []string{"South African"}},
	{"Brazil", nil, "Brasília", []string{"Brazilian"}},
	{"Mexico", nil, "Mexico City", []string{"Mexican"}},
	{"Canada", nil, "Ottawa", []string{"Canadian"}},
	{"Australia", nil, "Canberra", []string{"Australian"}},
	{"Vietnam", nil, "Hanoi", []string{"Vietnamese"}},
	{"Mongolia", nil, "Ulaanbaatar", []string{"Mongolian"}},
	{"Taiwan", nil, "Taipei", []string{"Taiwanese"}},
	{"Georgia", nil, "Tbilisi", []string{"Georgian"}},
	{"Kazakhstan", nil, "Astana", []string{"Kazakh"}},
	{"Cuba", nil, "Havana", []string{"Cuban"}},
	{"Venezuela", nil, "Caracas", []string{"Venezuelan"}},
	{"Afghanistan", nil, "Kabul", []string{"Afghan"}},
	{"Iraq", nil, "Baghdad", []string{"Iraqi"}},
	{"Libya", nil, "Tripoli", []string{"Libyan"}},
	{"Spain", nil, "Madrid", []string{"Spanish"}},
	{"Sweden", nil, "Stockholm", []string{"Swedish"}},
	{"Finland", nil, "Helsinki", []string{"Finnish"}},
	{"Norway", nil, "Oslo", []string{"Norwegian"}},
	{"Netherlands", nil, "Amsterdam", []string{"Dutch"}},
	{"Switzerland", nil, "Bern", []string{"Swiss"}},
}

// regions are places that are not countries but are named as actors'
// settings in international news.
var regions = []string{
	"Korean Peninsula", "Northeast Asia", "East Asia", "Asia", "Europe", "Eurasia", "Middle East", "Africa",
	"Siberia", "Crimea", "Donbas", "Donetsk", "Luhansk", "Kharkiv", "Odesa", "Kherson", "Zaporizhzhia",
	"Slovyansk", "Kramatorsk", "Vladivostok", "Honolulu", "Camp David", "Geneva", "New York", "Hong Kong",
	"Gaza", "West Bank", "Taiwan Strait", "South China Sea", "Arctic", "Baltic", "Global South",
	"Latin America", "South America", "North America", "Central America", "Caribbean", "Sahel",
	"Horn of Africa", "East Africa", "West Africa", "North Africa", "Southern Africa", "Southeast Asia",
	"South Asia", "Central Asia", "Balkans", "Caucasus", "Scandinavia", "Pacific", "Atlantic",
	"Indian Ocean", "Mediterranean", "Red Sea", "Black Sea", "Baltic Sea", "Persian Gulf", "Gulf of Finland",
	"Darfur", "Kordofan", "Kashmir", "Tibet", "Xinjiang", "Kurdistan", "Sinai", "Golan Heights",
	"Patagonia", "Amazon", "Antarctica", "Dubai", "Brussels", "Jeddah", "Mecca", "Istanbul", "Mumbai",
	"Shanghai", "Sydney", "Toronto", "Los Angeles", "Chicago", "San Francisco", "Bali", "Java", "Sumatra",
	"Borneo", "Mindanao", "Gulf of Mexico", "Strait of Hormuz", "Panama Canal", "Suez Canal",
	// The states of the United States, and the largest provinces and states
	// of Canada, Australia and India, which the news names without their
	// country. Georgia and Washington are left to the country and capital.
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
	"Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
	"Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
	"Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota",
	"Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
	"Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
	"Ontario", "Quebec", "British Columbia", "Alberta", "New South Wales", "Queensland", "Punjab",
	"Kerala", "Bavaria", "Catalonia", "Sicily", "Tuscany",
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
	{"UN General Assembly", []string{"U.N. General Assembly", "General Assembly"}},
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
	{"Financial Times", nil},
	{"The Washington Post", []string{"Washington Post"}},
	{"The New York Times", []string{"New York Times"}},
	{"BBC", []string{"BBC News"}},
	{"Kremlin", []string{"the Kremlin"}},
	{"Pentagon", []string{"the Pentagon"}},
	{"White House", []string{"the White House"}},
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
	{"European Central Bank", []string{"ECB"}},
	{"International Criminal Court", []string{"ICC"}},
	{"World Trade Organization", []string{"WTO"}},
	{"UNICEF", nil},
	{"UNHCR", []string{"UN refugee agency"}},
	{"Doctors Without Borders", []string{"MSF", "Médecins Sans Frontières"}},
	{"FBI", []string{"Federal Bureau of Investigation"}},
	{"CIA", []string{"Central Intelligence Agency"}},
	{"Bureau of Alcohol, Tobacco, Firearms and Explosives", []string{"ATF", "Bureau of Alcohol, Tobacco and Firearms"}},
	{"NASA", nil},
	{"Hamas", nil},
	{"Hezbollah", nil},
	{"Taliban", nil},
	{"Islamic State", []string{"ISIS", "ISIL"}},
	{"Al Jazeera", nil},
	{"CNN", nil},
	{"Kyodo", []string{"Kyodo News"}},
	{"Anadolu", []string{"Anadolu Agency"}},
	{"Interfax", nil},
	{"Agence France Presse", nil},
	{"Rapid Support Forces", []string{"RSF"}},
}

// orgWords mark a capitalised span as an organisation.
var orgWords = map[string]bool{
	"agency": true, "council": true, "ministry": true, "department": true, "university": true,
	"college": true, "party": true, "army": true, "forces": true, "administration": true,
	"center": true, "centre": true, "institute": true, "committee": true, "commission": true,
	"group": true, "times": true, "post": true, "news": true, "bank": true, "fund": true,
	"organization": true, "organisation": true, "assembly": true, "parliament": true, "congress": true,
	"senate": true, "politburo": true, "office": true, "court": true, "foundation": true, "company": true,
	"corporation": true, "association": true, "federation": true, "alliance": true, "navy": true,
	"guard": true, "service": true, "services": true, "press": true, "television": true, "tv": true,
	"radio": true, "network": true, "board": true, "cabinet": true, "bureau": true, "command": true,
	"programme": true, "program": true, "police": true, "authority": true, "union": true, "tribunal": true,
	"directorate": true, "secretariat": true, "inspectorate": true, "prosecutor's": false,
}

// titles are words that stand before a person's name and make the role.
var titles = map[string]bool{
	"president": true, "minister": true, "prime": true, "premier": true, "chancellor": true,
	"secretary": true, "general": true, "leader": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "ambassador": true, "envoy": true, "chairman": true, "chairwoman": true,
	"chair": true, "director": true, "chief": true, "deputy": true, "vice": true, "foreign": true,
	"defense": true, "defence": true, "finance": true, "interior": true, "state": true,
	"queen": true, "prince": true, "emperor": true, "pope": true, "senator": true, "sen.": true,
	"governor": true, "gov.": true, "mayor": true, "professor": true, "prof.": true, "dr.": true,
	"gen.": true, "col.": true, "lt.": true, "adm.": true, "commander": true, "marshal": true,
	"mr.": true, "mrs.": true, "ms.": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"former": true, "supreme": true, "national": true, "security": true, "adviser": true, "advisor": true,
	"representative": true, "rep.": true, "lawmaker": true, "official": true, "analyst": true,
	"expert": true, "correspondent": true, "editor": true, "ruler": true, "dictator": true,
	"king": true, "sheikh": true, "shaikh": true, "emir": true, "amir": true, "sultan": true, "crown": true,
	"princess": true, "cardinal": true, "archbishop": true, "bishop": true, "rabbi": true, "imam": true,
	"ayatollah": true, "patriarch": true, "reverend": true, "rev.": true, "attorney": true,
	"judge": true, "justice": true, "lawyer": true, "agent": true, "special": true, "officer": true,
	"inspector": true, "commissioner": true, "superintendent": true, "detective": true, "det.": true,
	"sergeant": true, "sgt.": true, "captain": true, "capt.": true, "lieutenant": true, "colonel": true,
	"major": true, "maj.": true, "brigadier": true, "admiral": true, "corporal": true, "cpl.": true,
	"pvt.": true, "trooper": true, "constable": true, "coach": true, "manager": true,
	"executive": true, "ceo": true, "cs": true, "founder": true, "head": true, "farmer": true,
	"resident": true, "student": true, "witness": true, "survivor": true, "activist": true, "teacher": true,
	"doctor": true, "nurse": true, "pilot": true, "engineer": true, "researcher": true, "economist": true,
	"historian": true, "scientist": true, "epidemiologist": true, "volcanologist": true, "geologist": true,
	"coordinator": true, "councilman": true, "councilwoman": true,
	"councillor": true, "councilor": true, "alderman": true, "speaker": true, "assemblyman": true,
	"assemblywoman": true, "congressman": true, "congresswoman": true, "legislator": true, "mp": true,
	"lord": true, "dame": true, "sir": true, "baroness": true,
	"negotiator": true, "mediator": true,
	"attorney-general": true, "prosecutor": true, "ombudsman": true, "auditor": true, "treasurer": true,
}

// honorifics are the titles that only ever stand before a person's name.
var honorifics = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "mr": true, "mrs": true, "ms": true, "dr": true, "prof.": true, "gen.": true, "sen.": true, "gov.": true, "rep.": true}

// notNames are capitalised words that are never actors: days, months,
// and words that start sentences.
var notNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "for": true, "but": true, "and": true,
	"however": true, "according": true, "last": true, "since": true, "after": true, "although": true,
	"during": true, "just": true, "still": true, "now": true, "this": true, "that": true, "these": true,
	"those": true, "it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "his": true,
	"her": true, "their": true, "its": true, "both": true, "either": true, "instead": true, "whatever": true,
	"despite": true, "formerly": true, "over": true, "among": true, "neither": true, "any": true, "all": true,
	"with": true, "without": true, "while": true, "when": true, "what": true, "why": true, "how": true,
	"there": true, "here": true, "if": true, "as": true, "by": true, "from": true, "to": true, "of": true,
	"so": true, "yet": true, "or": true, "not": true, "no": true, "one": true, "two": true, "our": true,
	"your": true, "my": true, "today": true, "yesterday": true, "tomorrow": true,
	"war": true, "cold": true, "day": true, "victory": true, "two-min": true,
}

// calendarWords are the weekdays and months: glued to a name's end by a
// wire style ("said Jane Roe Wednesday"), they are not part of it.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// placeTitles are the titles whose "of X" names a place: "Governor of
// Antofagasta", "Emir of Qatar", "Mayor of Kyiv".
var placeTitles = map[string]bool{
	"governor": true, "mayor": true, "emir": true, "king": true, "queen": true, "sultan": true,
	"president": true, "premier": true, "prince": true, "princess": true, "archbishop": true, "bishop": true,
}

// placePrefixes start the names of places: "Mount Karang Api", "Lake
// Victoria", "Cape Town".
var placePrefixes = map[string]bool{
	"mount": true, "mt.": true, "lake": true, "cape": true, "fort": true, "gulf": true, "port": true,
	"isle": true, "camp": true, "san": false, "lake's": true,
}

// compass words start regions' names: "East Nusa Tenggara", "West Java".
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "upper": true, "lower": true,
}

// orgSuffixes end companies' and bodies' names: "Harlan Properties",
// "Andes Copper Corp", "Kenya Red Cross".
var orgSuffixes = map[string]bool{
	"corp": true, "corp.": true, "corporation": true, "inc": true, "inc.": true, "ltd": true, "ltd.": true,
	"llc": true, "plc": true, "co.": true, "properties": true, "holdings": true, "partners": true,
	"industries": true, "airlines": true, "airways": true, "motors": true, "systems": true,
	"technologies": true, "energy": true, "media": true, "communications": true, "cross": true,
	"crescent": true, "programme": true, "program": true, "authority": true, "police": true,
	"tribunal": true, "union": true, "league": true, "club": true, "fc": true, "school": true,
	"academy": true, "hospital": true, "church": true, "mission": true, "coalition": true,
	"movement": true, "front": true, "brigade": true, "brigades": true, "militia": true,
	"regiment": true, "battalion": true, "unit": true, "laboratory": true, "laboratories": true,
	"trust": true, "society": true, "institution": true, "watch": true, "observatory": true,
	"consortium": true, "exchange": true, "capital": false, "sa": true, "ag": true, "gmbh": true,
}

// placeNouns after a name make it a place ("the San Aurelio mine", "the
// Antofagasta region"), and before "of" a place's name ("the town of El
// Fasher").
var placeNouns = map[string]bool{
	"mine": true, "mines": true, "airport": true, "region": true, "province": true, "county": true,
	"district": true, "village": true, "villages": true, "town": true, "city": true, "port": true,
	"river": true, "rivers": true, "lake": true, "volcano": true, "island": true, "islands": true,
	"valley": true, "camp": true, "border": true, "dam": true, "field": true, "oilfield": true,
	"refinery": true, "plant": true, "base": true, "prison": true, "stadium": true, "neighborhood": true,
	"neighbourhood": true, "settlement": true, "state": true, "area": true, "coast": true, "desert": true,
	"municipality": true, "commune": true, "governorate": true, "suburb": true, "quarter": true,
	"crossing": true, "strait": true, "canal": true, "peninsula": true, "highway": true, "bridge": true,
}

// orgNouns before a name make it an organisation: "airport operator
// Angkasa Pura", "the disaster agency BNPB", "state broadcaster KBC".
var orgNouns = map[string]bool{
	"operator": true, "company": true, "firm": true, "broadcaster": true, "agency": true, "carrier": true,
	"airline": true, "insurer": true, "lender": true, "bank": true, "miner": true, "producer": true,
	"retailer": true, "newspaper": true, "daily": true, "network": true, "channel": true, "outlet": true,
	"regulator": true, "utility": true, "manufacturer": true, "maker": true, "giant": true, "startup": true,
	"charity": true, "party": true, "union": true, "militia": true, "watchdog": true, "station": true,
	"group": true, "organisation": true, "organization": true, "developer": true, "contractor": true,
	"supplier": true, "publisher": true, "tabloid": true, "magazine": true, "website": true, "club": true,
	"team": true, "association": true, "nonprofit": true, "ngo": true, "conglomerate": true, "owner": false,
}
