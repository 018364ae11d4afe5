package find

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
)

// extractText finds the actors of one made-up article.
func extractText(t *testing.T, text string) *actors.Set {
	t.Helper()
	const lead = "Officials gave new figures on Monday as the clean-up went on across the whole area after the storm.\n\n"
	a, err := corpus.Parse("made-up.txt", []byte("Headline of the made-up story\n\n"+lead+text), corpus.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	return Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
}

// parseArticle parses one made-up file.
func parseArticle(t *testing.T, name, text string) *corpus.Article {
	t.Helper()
	a, err := corpus.Parse(name, []byte(text), corpus.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestKindRules checks the rules that tell people from places and
// organisations, each on a made-up sentence that real news writes the
// same way. want maps a name to its kind; "" means no actor may be called
// by that name.
func TestKindRules(t *testing.T) {
	tests := []struct {
		rule string
		text string
		want map[string]actors.Kind
	}{
		{"a town before a businessman's noun, a trade ending a firm's name, a scheme's loan, a region in brackets before a legal form", "A Ruthin businessman was banned. He ran Gorsedd Scaffolding, which took a £40,000 Bounce Back Loan. Alwen Prys-Tanat said so. Its parent, Gorsedd Holdings (North Wales) Ltd, was wound up.",
			map[string]actors.Kind{"Gorsedd Holdings (North Wales) Ltd": actors.Organization, "North Wales": "", "Ruthin": actors.Place, "Gorsedd Scaffolding": actors.Organization, "Bounce Back Loan": "", "Alwen Prys-Tanat": actors.Person}},
		{"a place one is asked to travel or drove to, and the one after it", "Patients must travel to Smooth Rock or Iroquois Falls instead. Brenda Ostiguy drove to Mattice on Friday.",
			map[string]actors.Kind{"Smooth Rock": actors.Place, "Iroquois Falls": actors.Place, "Mattice": actors.Place, "Brenda Ostiguy": actors.Person}},
		{"districts named for their work and numbered, a company by an appositive's participle and place", "The Pecan Bayou Flood Control District met on Monday. Dunmore Reclamation District 7 sued. Kelbrook Marine, a shipbuilder based in Ardencaple, fell. Voters in the Mission District said so.",
			map[string]actors.Kind{"Pecan Bayou Flood Control District": actors.Organization, "Dunmore Reclamation District 7": actors.Organization, "Kelbrook Marine": actors.Organization, "Ardencaple": actors.Place, "Mission District": actors.Place}},
		{"a dateline's month after the country with no comma, a ward before a county assembly member", "NAIROBI, Kenya Dec 4 – The assembly voted on Wednesday. Rumuruti MCA Kirimi Mutwiri moved the motion.",
			map[string]actors.Kind{"Kenya": actors.Place, "Kenya Dec": "", "Rumuruti": actors.Place, "Kirimi Mutwiri": actors.Person}},
		{"Latin American clubs by their first words", "Racing lost at home. Alcántara visit Unión de Pehuajó next Saturday, and Estudiantes de Merlo play Defensores de Tandil.",
			map[string]actors.Kind{"Unión de Pehuajó": actors.Organization, "Estudiantes de Merlo": actors.Organization, "Defensores de Tandil": actors.Organization}},
		{"a body's word, \"of\" and a place before an officer's title, opening a sentence or after words of the body; an outlet one speaks to; a county before its fire chief; a state's panhandle", "The central bank held its rate. Bank of Veloria Governor Anouk Brennard-Oti spoke to Business Daily in Corvane. She met Central Bank of Marlovia Governor Teodor Vasko-Lind. Ashby County Fire Chief Dana Pruett said flames crossed the Texas Panhandle.",
			map[string]actors.Kind{"Bank of Veloria": actors.Organization, "Central Bank of Marlovia": actors.Organization, "Central Bank": "", "Business Daily": actors.Organization, "Ashby County": actors.Place, "Texas Panhandle": actors.Place, "Panhandle": "", "Anouk Brennard-Oti": actors.Person, "Teodor Vasko-Lind": actors.Person, "Dana Pruett": actors.Person}},
		{"a stretch's ends after \"between\", a body's sector, a city's numbered sector", "A drone survey of a 12-km stretch between Kelvarai and Tundapettai begins. Talks between Marguerite and Oskar went on. Hamdi Sorrel-Aziz, director of the Inland and Coastal Biodiversity Sector at the agency, spoke in Sector 41.",
			map[string]actors.Kind{"Kelvarai": actors.Place, "Tundapettai": actors.Place, "Marguerite": "", "Inland and Coastal Biodiversity Sector": actors.Organization, "Coastal Biodiversity Sector": "", "Inland": "", "Sector 41": actors.Place, "Hamdi Sorrel-Aziz": actors.Person}},
		{"a month opening a town's name, not a date's", "Officers from the May Tarn police came. A woman was taken to June Harbour Hospital, and Nessa Quarrie-Lobb went to August Cove. The fund has grown since June Harlan said so.",
			map[string]actors.Kind{"May Tarn police": actors.Organization, "Tarn police": "", "June Harbour Hospital": actors.Organization, "Harbour Hospital": "", "August Cove": actors.Place, "Cove": "", "June Harlan": "", "Nessa Quarrie-Lobb": actors.Person}},
		{"a nickname in single marks after a given name no list holds, a taxi operator, communities listed after \"are\"", "Gunmen killed Taviel 'Scooby' Marchbanks-Lyle on Thursday. The other victim was 27-year-old Oshane Treadwell-Prue, a taxi operator. The worst-affected communities are Kedrin, Vassow and Tolbury.",
			map[string]actors.Kind{"Taviel 'Scooby' Marchbanks-Lyle": actors.Person, "Marchbanks-Lyle": "", "Oshane Treadwell-Prue": actors.Person, "Kedrin": actors.Place, "Vassow": actors.Place, "Tolbury": actors.Place}},
		{"Malay roads and estates, a field of study in an institute's name, a city's name in a dateline's capitals and in the body", "CITY OF TORVALE, Brenn – Supply on Jalan Orrin and in Taman Kessing was cut, said Dr Ilse Varnholt-Kaur of the Institute of Ecology and Earth Sciences. Torvale City officials agreed.",
			map[string]actors.Kind{"Jalan Orrin": actors.Place, "Taman Kessing": actors.Place, "Institute of Ecology and Earth Sciences": actors.Organization, "Institute of Ecology": "", "Earth": "", "Earth Sciences": "", "City of Torvale": actors.Place, "Torvale City": "", "Ilse Varnholt-Kaur": actors.Person}},
		{"a hyphenated word in lower case inside a body's name, a court's number and seat at a sentence's start, an amount in a currency's code", "The Tarvel Centre for Hydro-meteorological Forecasting warned of winds. Investigating Court Number 3 of Orvando ordered the arrests. Losses came to around VND2 billion, Kessa Lindqvarn-Oye said. Officers are still investigating.",
			map[string]actors.Kind{"Tarvel Centre for Hydro-meteorological Forecasting": actors.Organization, "Tarvel Centre for Hydro": "", "Investigating Court Number 3 of Orvando": actors.Organization, "Court Number 3 of Orvando": "", "VND2": "", "Kessa Lindqvarn-Oye": actors.Person}},
		{"an agency's bracket closed as EFE closes it", "Orvando, Nov 29 (EFE).- Police arrested 23 people, Kessa Lindqvarn-Oye said.",
			map[string]actors.Kind{"EFE": "", "Orvando": actors.Place, "Kessa Lindqvarn-Oye": actors.Person}},
		{"an agency after a dateline's town in title case, with its country in brackets", "Orvando (France) (AFP) - Fishermen blocked the port on Sunday, Kessa Lindqvarn-Oye said.",
			map[string]actors.Kind{"Agence France-Presse": "", "AFP": "", "Orvando": actors.Place, "France": actors.Place, "Kessa Lindqvarn-Oye": actors.Person}},
		{"a candidate's party in brackets before a dash is no dateline's agency; utilities named for what they supply", "Tarim Osgood-Vale (Velmar Unity Party) — 146,798 votes, elected. Orvando Water and Electricity said so. Kessmark Power and Lighting agreed.",
			map[string]actors.Kind{"Velmar Unity Party": actors.Organization, "Tarim Osgood-Vale": actors.Person, "Orvando Water and Electricity": actors.Organization, "Kessmark Power and Lighting": actors.Organization, "Electricity": "", "Lighting": ""}},
		{"a branch named for its place and the body it belongs to", "The suit was brought by the Velmar State Conference of the NAACP, Kessa Lindqvarn-Oye said. The Orvando Branch of the Nigerian Bar Association protested.",
			map[string]actors.Kind{"Velmar State Conference of the NAACP": actors.Organization, "NAACP": actors.Organization, "Orvando Branch": actors.Organization, "Kessa Lindqvarn-Oye": actors.Person}},
		{"a port's customs office", "Bonded cargo rose 38 percent, said Chen Liwen of Orvando Customs.",
			map[string]actors.Kind{"Orvando Customs": actors.Organization, "Chen Liwen": actors.Person}},
		{"an Australian council named as a shire", "An evacuation centre was opened, Shire of Orvando president Kessa Lindqvarn-Oye said. The Shire of Orvando will pay for it.",
			map[string]actors.Kind{"Shire of Orvando": actors.Organization, "Kessa Lindqvarn-Oye": actors.Person}},
		{"a month opening a dateline's town", "MAY TARN, Corran — Two men were shot on Thursday, Dorrit Vashti-Pell said.",
			map[string]actors.Kind{"May Tarn": actors.Place, "Tarn": "", "Corran": actors.Place, "Dorrit Vashti-Pell": actors.Person}},
		{"a power developer", "The owner, Glenvarrick Renewables, said it was disappointed.",
			map[string]actors.Kind{"Glenvarrick Renewables": actors.Organization}},
		{"a ministry's portfolios before its civil servant's title", "Ministry of Finance Secretary Kofi Baah-Mensimah said so. The Ministry of Health Permanent Secretary Mary Wanjeri-Kiprono spoke.",
			map[string]actors.Kind{"Ministry of Finance": actors.Organization, "Ministry of Health": actors.Organization, "Ministry of Health Permanent": "", "Ministry": "", "Kofi Baah-Mensimah": actors.Person, "Mary Wanjeri-Kiprono": actors.Person}},
		{"a governorship's place", "The National Action Party held on to the governorship of Querétaro. Rodrigo Iturriaga Salas conceded.",
			map[string]actors.Kind{"Querétaro": actors.Place, "Rodrigo Iturriaga Salas": actors.Person}},
		{"Ukraine's parties named by phrases", "Oleksii Hrebeniuk-Bondar, a lawmaker from the ruling Servant of the People party, wrote on Telegram, and European Solidarity disagreed.",
			map[string]actors.Kind{"Servant of the People": actors.Organization, "European Solidarity": actors.Organization, "Oleksii Hrebeniuk-Bondar": actors.Person}},
		{"a church named Holy, English villages whose first word is common", "Reverend Owen Pritchett, the vicar of Holy Trinity, ran the shop in Much Wenlock, near Chipping Norton. Much of the town flooded.",
			map[string]actors.Kind{"Holy Trinity": actors.Organization, "Much Wenlock": actors.Place, "Wenlock": "", "Chipping Norton": actors.Place, "Owen Pritchett": actors.Person}},
		{"a constituency ending in compass words joined by a hyphen, a broadcaster's programme after \"told\"", "Deirdre Moran, who represents Cork South-Central, told ABC Rural it was wrong.",
			map[string]actors.Kind{"Cork South-Central": actors.Place, "ABC Rural": actors.Organization, "Deirdre Moran": actors.Person}},
		{"a bus company named by its town, a common word and a country opening a sentence as a body that acts, a town before its rural municipality in small letters", "Farmed salmon died. Salmon Scotland, which represents the farms, said so, and Cardiff Bus said it was disappointed. The Khumbu Pasang Lhamu rural municipality banned bottles.",
			map[string]actors.Kind{"Salmon Scotland": actors.Organization, "Cardiff Bus": actors.Organization, "Bus": "", "Khumbu Pasang Lhamu": actors.Place}},
		{"a page's time stamp is no name", "Updated Dec 3, 2026 at 4:15 p.m. Posted November 30. Growers led by Luz Arreola-Venegas sued.",
			map[string]actors.Kind{"Updated Dec": "", "Posted November": "", "Luz Arreola-Venegas": actors.Person}},
		{"a name before \"for\" and a currency's letters, Japan's parties alone", "Farmers sold the brands to dairy group Vallorin for NZ$3.2 billion. Nippon Ishin and Sanseito backed the budget.",
			map[string]actors.Kind{"Vallorin": actors.Organization, "Vallorin for": "", "Nippon Ishin no Kai": actors.Organization, "Nippon Ishin": "", "Sanseito": actors.Organization}},
		{"makers listed right after their plural, two companies the second ending in \"International\", a school's letters and its campus's city, chipmakers alone", "Chip equipment makers Vantrel and Kessmar International fell, and lenders Corvane and Tillbury rose. Cobaltine was spun out of ETH Zurich and works with TU Delft, an approach also taken by Groq and Cerebras.",
			map[string]actors.Kind{"Vantrel": actors.Organization, "Kessmar International": actors.Organization, "Vantrel and Kessmar International": "", "Corvane": actors.Organization, "Tillbury": actors.Organization, "ETH Zurich": actors.Organization, "TU Delft": actors.Organization, "Groq": actors.Organization, "Cerebras": actors.Organization}},
		{"slow water's names, a national body of a trade with its country last, a Brazilian club alone, a job's plural opening a sentence before \"she\"", "Homes along Greens Bayou and Elkhorn Slough flooded. The Association of Banks in Lebanon said it would study its options. Fortaleza face Grêmio on Wednesday.\n\nEconomists said the approvals were modest. Zhou Meiling said funds were short. \"Beijing can approve projects,\" she said.",
			map[string]actors.Kind{"Greens Bayou": actors.Place, "Elkhorn Slough": actors.Place, "Association of Banks in Lebanon": actors.Organization, "Association of Banks": "", "Grêmio": actors.Organization, "Economists": "", "Zhou Meiling": actors.Person}},
		{"a Portuguese diminutive before what a player did, not a town's name before \"was\"", "Coritiba levelled after Robertinho curled in a free kick, and Luquinha headed the winner. Espinho was flooded.",
			map[string]actors.Kind{"Robertinho": actors.Person, "Luquinha": actors.Person, "Espinho": ""}},
		{"a place before a local person's noun after an age, a name run into a number, a local council's place, an island of a two-island state, a paper that reads as a name", "A 29-year-old Wapato man was convicted. The well, named Moruga East-7, reached 7,200 feet in south Trinidad. She chairs the town council of Fjarðabyggð. Pavel Krstic-Oram told Newsday and Le Figaro that it was over.",
			map[string]actors.Kind{"Wapato": actors.Place, "Moruga East": "", "Trinidad": actors.Place, "Fjarðabyggð": actors.Place, "Newsday": actors.Organization, "Le Figaro": actors.Organization, "Pavel Krstic-Oram": actors.Person}},
		{"an FBI officer's title with \"in Charge\", Spanish compass tails ending provinces, a compass's part of a province, a coalition go-between's title", "It was theft, said Special Agent in Charge Raymond Okonta-Birch of the FBI. Signal No. 2 is up over Camarines Sur, Albay and the eastern part of Sorsogon. Informateur Hanneke Dijkgraaf-Stam met them.",
			map[string]actors.Kind{"Raymond Okonta-Birch": actors.Person, "Charge Raymond Okonta-Birch": "", "Camarines Sur": actors.Place, "Albay": actors.Place, "Sorsogon": actors.Place, "Hanneke Dijkgraaf-Stam": actors.Person, "Informateur Hanneke Dijkgraaf-Stam": ""}},
		{"a water company whose name opens with a river the lexicon knows, the Dáil's chair", "The chief executive of Thames Vale Water was questioned. The Ceann Comhairle suspended the Dáil.",
			map[string]actors.Kind{"Thames Vale Water": actors.Organization, "Vale Water": "", "Ceann Comhairle": "", "Comhairle": ""}},
		{"a body's arm named with the body's name first, the body named alone after it", "Patra Niaga rose. Kalimaya Patra Niaga, the fuel arm of state energy company Kalimaya, said it had dismissed two employees.",
			map[string]actors.Kind{"Kalimaya Patra Niaga": actors.Organization}},
		{"a river's bend", "Fires destroyed cane on farms around Big Bend in the Lubombo region.",
			map[string]actors.Kind{"Big Bend": actors.Place}},
		{"a Nordic company's legal form after a place's name, a treaty, the General Assembly by the UN's full name", "Arctic Breeze AS, the developer, said it had followed every step. The court cited the International Covenant on Civil and Political Rights. The minister told the United Nations General Assembly in September that it mattered.",
			map[string]actors.Kind{"Arctic Breeze AS": actors.Organization, "Breeze AS": "", "International Covenant": "", "UN General Assembly": actors.Organization}},
		{"a ferry named after its noun, then alone and as a sister ship; a journey's two ends; a region's people", "The long-delayed ferry Glen Rosa made its first sailing, crossing from Ardrossan to Brodick. Its sister ship, Glen Sannox, entered service earlier. Glen Rosa will take over the route, and grain goes to Central Asian neighbours.",
			map[string]actors.Kind{"Glen Rosa": "", "Glen Sannox": "", "Ardrossan": actors.Place, "Brodick": actors.Place, "Central Asia": actors.Place}},
		{"a product named after its noun and \"called\"", "The firm unveiled a phone and a pair of earbuds called Orbit Buds Pro, and a headset named Vista Halo.",
			map[string]actors.Kind{"Orbit Buds Pro": "", "Vista Halo": ""}},
		{"an international film festival is a body, its city a place", "The drama won the top prize at the Marrakech International Film Festival on Saturday, and another at the San Sebastián International Film Festival.",
			map[string]actors.Kind{"Marrakech International Film Festival": actors.Organization, "Marrakech": actors.Place, "San Sebastián International Film Festival": actors.Organization}},
		{"a chain owned by a country's people", "The tax hits German-owned Lidl and French-owned Auchan far harder than their rivals.",
			map[string]actors.Kind{"Auchan": actors.Organization}},
		{"a collective named after its noun", "The grave was found by the search collective Madres Buscadoras de Quiroga, whose members followed a tip.",
			map[string]actors.Kind{"Madres Buscadoras de Quiroga": actors.Organization}},
		{"a player's handle in lower case inside the name, a state's chamber, a journal whose name ends in an event's word, a backup before a name", "Their star Kacper \"kaczy\" Jablonowski-Kies was named best player. The Texas House voted 96-48. It was published in the journal Marine Ecology Progress Series. Backup Jalen Ezeudu-Price would start.",
			map[string]actors.Kind{"Jablonowski-Kies": "", "Texas House": actors.Organization, "House": "", "Texas": actors.Place, "Marine Ecology Progress Series": actors.Organization, "Jalen Ezeudu-Price": actors.Person, "Backup Jalen Ezeudu-Price": ""}},
		{"a kind of animal before its noun, named alone later; a law a year qualifies; a bank the lexicon knows; a bullet-train line", "Two Amur leopard cubs were born. Their father, Amur, is eleven. The 2014 Marco Civil da Internet shielded platforms. Dutch bank ING and Germany's Commerzbank were hit, and the Hokuriku Shinkansen stopped.",
			map[string]actors.Kind{"Amur": "", "Marco Civil da Internet": "", "Commerzbank": actors.Organization, "Hokuriku Shinkansen": actors.Place}},
		{"a canon and a trustee before their names, products after a pack's weight, grocers a recall lists, a leader of opposition's name, and a law's schedule", "Canon Rosalind Thackeray-Obi and Trustee Gregory Amundsen spoke, and Canon said its profits rose. The firm recalled its 200g Classic Houmous, sold in Tesco, Sainsbury's and Asda. The members include former leader of opposition Aleixo Furtado-Menezes, under the Tenth Schedule.",
			map[string]actors.Kind{"Rosalind Thackeray-Obi": actors.Person, "Canon Rosalind Thackeray-Obi": "", "Gregory Amundsen": actors.Person, "Trustee Gregory Amundsen": "", "Canon": actors.Organization, "Classic Houmous": "", "Sainsbury's": actors.Organization, "Asda": actors.Organization, "Aleixo Furtado-Menezes": actors.Person, "Tenth Schedule": ""}},
		{"a storm warning's level, and a storm graded before its word, then named alone", "Tropical Cyclone Wind Signal No. 3 was raised as Severe Tropical Storm Maymay neared the coast. Maymay was last seen east of the island.",
			map[string]actors.Kind{"Tropical Cyclone Wind Signal": "", "Signal": "", "Tropical Storm Maymay": actors.Place, "Maymay": ""}},
		{"a party the lexicon knows though its last word names a court filing, with and without its initials; a quoted name a group gives itself", "The Christian Democratic Appeal said no. She said D66, the Christian Democratic Appeal (CDA) and JA21 agree. A group calling itself \"Black Tern\" claimed the attack.",
			map[string]actors.Kind{"Christian Democratic Appeal": actors.Organization, "Black Tern": actors.Organization}},
		{"a place named after its noun, and residents of a place opening a sentence", "Crews could not reach the worst-hit district, Vale Serrano. Residents of Monte Alvar left on foot, and the coastal town, Porto Quelha, was spared.",
			map[string]actors.Kind{"Vale Serrano": actors.Place, "Monte Alvar": actors.Place, "Porto Quelha": actors.Place}},
		{"a title after the word that qualifies it, then a name and the place it serves", "The Kasese District Commissioner visited on Monday. District Commissioner Orlando Sabajo-Wijngaarde of Brokopondo said the pits were known.",
			map[string]actors.Kind{"Orlando Sabajo-Wijngaarde": actors.Person, "Brokopondo": actors.Place, "Orlando Sabajo-Wijngaarde of Brokopondo": ""}},
		{"a bookmaker named after its noun, a rating guide, an award after \"a\" and after the guide's possessive, auction houses and a gallery the lexicon knows", "The bookmaker Kestrel Bet cut the odds. The Larchmont Guide gave the cafe a Bib Gourmand, and the Larchmont Guide's Silver Ladle list named it too. Sotheby's and Bonhams reported falling totals, and the painting hangs in Tate Britain.",
			map[string]actors.Kind{"Kestrel Bet": actors.Organization, "Larchmont Guide": actors.Organization, "Bib Gourmand": "", "Silver Ladle": "", "Sotheby's": actors.Organization, "Bonhams": actors.Organization, "Tate Britain": actors.Organization}},
		{"where a facility stands, after it and \"at\"; a Maldivian street and a German one", "A team will fly in if the airstrip at White Grass is clear. The region's power plant at Cuciurgan, which supplies much of the country's electricity, runs on coal. Water covered Boduthakurufaanu Magu, and the protest moved to Frankfurter Straße.",
			map[string]actors.Kind{"White Grass": actors.Place, "Cuciurgan": actors.Place, "Boduthakurufaanu Magu": actors.Place, "Frankfurter Straße": actors.Place}},
		{"a body's word and its charge ending on a law's word, with and without its initials; a party named for its country though the lexicon knows its first word", "Tariffs will rise, the National Agency for Energy Regulation (ANRE) said. The Tarn Office for Water Regulation agreed. The Democrats for Liechtenstein voted against, and Citizens for Europe agreed.",
			map[string]actors.Kind{"National Agency for Energy Regulation": actors.Organization, "Tarn Office for Water Regulation": actors.Organization, "Democrats for Liechtenstein": actors.Organization, "Citizens for Europe": actors.Organization}},
		{"a body's initials the lexicon knows opening an event's name", "She leads the FIDE World Rapid Championship after two days.",
			map[string]actors.Kind{"FIDE": actors.Organization, "FIDE World Rapid Championship": ""}},
		{"a work and how it was made, set off after its title, the place in the title kept", "The sale made a record. Grey Morning at Walberswick, painted in 1988, had been estimated at five million pounds, and Harbour Wall, written by Ivo Marsh, sold out.",
			map[string]actors.Kind{"Grey Morning": "", "Grey Morning at Walberswick": "", "Walberswick": actors.Place, "Harbour Wall": "", "Ivo Marsh": actors.Person}},
		{"a brand before \"own brand\", a publisher after \"published by\", a Malagasy island, a book by its author and publisher", "Packs sold under the Mr Crumble own brand are affected. The Salt Road, published by Fourth Estate, leads the list with Ninety Days by Rafael Etxeberria-Salcedo (Granta). Flights to Nosy Be resumed.",
			map[string]actors.Kind{"Crumble": "", "Mr Crumble": "", "Fourth Estate": actors.Organization, "Ninety Days": "", "Rafael Etxeberria-Salcedo": actors.Person, "Nosy Be": actors.Place}},
		{"a capital's name as a given name before a surname with a particle, an age, then a nickname in quotation marks", "Police said Wellington Ferraz dos Anjos, 41, known as \"Tiquinho da Serra\", was found in a rented house.",
			map[string]actors.Kind{"Wellington Ferraz dos Anjos": actors.Person, "Wellington": "", "Ferraz dos Anjos": "", "Tiquinho da Serra": ""}},
		{"a drummer's calling opening a sentence, racing teams named by initials that are a title elsewhere, a title before the kind of work", "The band toured in May. Drummer Callum Reid-Abara plays with brushes. His MP Motorsport car was damaged, and Van Amersfoort Racing's driver was third. Harbour Lights album review copies went out.",
			map[string]actors.Kind{"Callum Reid-Abara": actors.Person, "Drummer Callum Reid-Abara": "", "MP Motorsport": actors.Organization, "Motorsport": "", "Van Amersfoort Racing": actors.Organization, "Harbour Lights": ""}},
		{"an Akan queen mother's title, a league table, and a Gaelic school and board", "Nana Ama Serwaa Owusu-Boateng appealed for calm. Tsinghua rose in the World Reputation Rankings. Parents want Sgoil Bhàgh kept open, and Bòrd na Gàidhlig will respond.",
			map[string]actors.Kind{"Ama Serwaa Owusu-Boateng": actors.Person, "Nana Ama Serwaa Owusu-Boateng": "", "World Reputation Rankings": "", "Sgoil Bhàgh": actors.Organization, "Bòrd na Gàidhlig": actors.Organization}},
		{"a capital's name before a double-barrelled surname, and a name given to a person's noun", "The fire started at 9:30pm, said Lima Khanam-Chowdhury, duty officer at the station. The tomb belonged to a man named Sarenput-Ankh, who served as scribe.",
			map[string]actors.Kind{"Lima Khanam-Chowdhury": actors.Person, "Peru": "", "Lima": "", "Sarenput-Ankh": actors.Person}},
		{"a team's name no dictionary holds, opening a sentence before \"driver\" and a name", "Qualifying ended on Saturday. Prema driver Idris Okonjo-Lindahl took pole, and the Trident driver Mateus Varela-Pinto was third.",
			map[string]actors.Kind{"Prema": actors.Organization, "Idris Okonjo-Lindahl": actors.Person, "Trident": actors.Organization}},
		{"a brotherhood's name with and in it", "The rail unions, led by the Brotherhood of Harbour Pilots and Deckhands, backed the rule.",
			map[string]actors.Kind{"Brotherhood of Harbour Pilots and Deckhands": actors.Organization, "Deckhands": ""}},
		{"one-word states of the gazetteer", "Floods cut the road from Cuttack (Odisha) to the coast, and Ondo sent boats, as did Kerala.",
			map[string]actors.Kind{"Odisha": actors.Place, "Ondo": actors.Place}},
		{"a clock time and its zone are no names; PM before a name is a title", "Polls close at 8 PM Eastern, or 9 P.M. Pacific Standard Time, and PM Odile Marsh-Tan votes at 10 AM GMT.",
			map[string]actors.Kind{"Odile Marsh-Tan": actors.Person, "Eastern": "", "PM Eastern": "", "Pacific Standard Time": "", "Standard Time": "", "GMT": "", "PM Odile Marsh-Tan": ""}},
		{"police ranks by their initials, a local government, its area of a state named after a country, and a forest", "SP Tunde Adeyemi-Sule said gunmen took the farmers in Gusau Local Government Area of Niger State to the Kabari forest. CP Halima Ekwuribe-Bello visited, and the chairman of Gusau Local Government spoke.",
			map[string]actors.Kind{"Tunde Adeyemi-Sule": actors.Person, "SP Tunde Adeyemi-Sule": "", "Halima Ekwuribe-Bello": actors.Person, "Gusau Local Government Area": actors.Place, "Niger State": actors.Place, "Kabari": actors.Place, "Gusau Local Government": actors.Organization}},
		{"offices a person holds are no bodies and no people", "The Police Public Relations Officer in the state, SP Tunde Adeyemi-Sule, spoke. The Commissioner of Police, Halima Ekwuribe-Bello, agreed, and the Director of Public Prosecutions, Noor Haji-Mwangi, filed charges; the Office of the Ombudsman did not.",
			map[string]actors.Kind{"Police Public Relations Officer": "", "Commissioner of Police": "", "Prosecutions": "", "Noor Haji-Mwangi": actors.Person, "Office of the Ombudsman": actors.Organization}},
		{"Zulu names with a prefix in lower case, a province's MEC, a hall, and a party's initials after its side", "Families sheltered in the Inanda Community Hall in eThekwini after the uMngeni River rose. KwaZulu-Natal's MEC for Cooperative Governance, Thandi Mkhize-Ngcobo, visited, and Opposition DA councillor Nicole Botha-Graaff spoke.",
			map[string]actors.Kind{"Inanda Community Hall": actors.Place, "eThekwini": actors.Place, "uMngeni River": actors.Place, "KwaZulu-Natal": actors.Place, "Thandi Mkhize-Ngcobo": actors.Person, "DA": actors.Organization, "Nicole Botha-Graaff": actors.Person, "River": "", "KwaZulu-Natal's MEC for Cooperative Governance": ""}},
		{"Punjab's district police ranks and a landowner's title opening a name", "DPO Sadia Anwar-Khokhar and SHO Ghulam Abbas Bhatti-Rana met Chaudhry Naveed Akhtar-Gill, and Max Chaudhry wrote about it.",
			map[string]actors.Kind{"Sadia Anwar-Khokhar": actors.Person, "Ghulam Abbas Bhatti-Rana": actors.Person, "Naveed Akhtar-Gill": actors.Person, "Max Chaudhry": actors.Person, "DPO Sadia Anwar-Khokhar": "", "Chaudhry Naveed Akhtar-Gill": ""}},
		{"a people's name that is also a given name, before a surname", "Dane Whitmore-Lund scored the second, and Finn Aldergrove added a third.",
			map[string]actors.Kind{"Dane Whitmore-Lund": actors.Person, "Finn Aldergrove": actors.Person, "Denmark": "", "Finland": ""}},
		{"brands listed or made are no actors; a listed company's ticker is part of the list", "The firm, which owns brands such as Harvest Loaf and Little Quill, is the maker of Copper Kettle soups. Lenders including Harlan Bank (HLB.N) and Brook Mutual cut it.",
			map[string]actors.Kind{"Harvest Loaf": "", "Little Quill": "", "Copper Kettle": "", "Harlan Bank": actors.Organization, "Brook Mutual": actors.Organization}},
		{"a group of people after a place's name is no one", "Kirinyaga Members of County Assembly voted, and the Mine Workers union agreed.",
			map[string]actors.Kind{"Kirinyaga Members": "", "Kirinyaga": actors.Place}},
		{"New England is no England", "The trial was published in the New England Journal of Medicine, and farmers in New England read it.",
			map[string]actors.Kind{"New England Journal of Medicine": actors.Organization, "New England": actors.Place, "England": ""}},
		{"a company named for its devices, marketplaces listed, and X ending a sentence", "Lumora Devices was fined, and its rival welcomed it on X. Rival marketplaces such as Tradewick and Quillo complained.",
			map[string]actors.Kind{"Lumora Devices": actors.Organization, "Tradewick": actors.Organization, "Quillo": actors.Organization, "X. Rival": ""}},
		{"an Irish TD is a title, a garden a place, and TD Bank a bank", "Labour TD Aodhán Ó Ríordáin-Byrne spoke at TD Garden, and TD Bank said nothing.",
			map[string]actors.Kind{"Aodhán Ó Ríordáin-Byrne": actors.Person, "TD Aodhán Ó Ríordáin-Byrne": "", "TD Garden": actors.Place, "Garden": "", "TD Bank": actors.Organization}},
		{"a question's letter is a label, and mountain ranges are places", "Q: Will the glaciers in the Andes and the Alps last?\n\nA: Not at this rate, said Ximena Lagos-Urrutia.",
			map[string]actors.Kind{"Q": "", "A": "", "Andes": actors.Place, "Alps": actors.Place, "Ximena Lagos-Urrutia": actors.Person}},
		{"a body cancelling most of its own, and a town listed with a place's first word", "CalMarine cancelled most of its sailings, and the line closed between Crianlarich and Fort William.",
			map[string]actors.Kind{"CalMarine": actors.Organization, "Crianlarich": actors.Place, "Fort William": actors.Place}},
		{"what a clause of where follows is a place", "On Tarransay, where the strongest gust was recorded, islanders stayed in.",
			map[string]actors.Kind{"Tarransay": actors.Place}},
		{"a common word opening a sentence is no person, though a pronoun follows", "Aid has been slow to reach the valleys. The governor, Altan Batsukh-Erdene, said roads were shut. “We send fodder by horse,” he said.",
			map[string]actors.Kind{"Aid": "", "Altan Batsukh-Erdene": actors.Person}},
		{"a role's place and its holder are no list of places", "Japan protested over a post by China's consul general in Osaka, Xue Jian-Feng, and fighting spread in Sanaa, Aden and Marib.",
			map[string]actors.Kind{"Xue Jian-Feng": actors.Person, "Osaka": actors.Place, "Aden": actors.Place, "Marib": actors.Place}},
		{"orchestras and choirs named after their city", "She now leads the Tampere Philharmonic and sang with the Bergen Cathedral Choir.",
			map[string]actors.Kind{"Tampere Philharmonic": actors.Organization, "Bergen Cathedral Choir": actors.Organization}},
		{"a jetty and a pier are places' nouns", "The ferry left for the Falomo jetty and docked at the Kivukoni pier, past the Deurganck dock.",
			map[string]actors.Kind{"Falomo": actors.Place, "Kivukoni": actors.Place, "Deurganck": actors.Place}},
		{"a region's people name the region, not a country inside the name", "Talks with the South American bloc stalled, and West African leaders met.",
			map[string]actors.Kind{"South America": actors.Place, "West Africa": actors.Place, "United States": "", "Africa": ""}},
		{"a company's site is the company's, and rivers and English names of regions are places", "The blast hit the Kessmann Chemie site on the banks of the Rhine in Rhineland-Palatinate. Kessmann Chemie said in a statement that it was cooperating.",
			map[string]actors.Kind{"Kessmann Chemie": actors.Organization, "Rhine": actors.Place, "Rhineland-Palatinate": actors.Place}},
		{"Catalan's and Spanish's and between two surnames", "Inspector Núria Ferrer i Bosch led the inquiry, and the philosopher José Ortega y Gasset was quoted.",
			map[string]actors.Kind{"Núria Ferrer i Bosch": actors.Person, "José Ortega y Gasset": actors.Person, "Bosch": "", "Gasset": ""}},
		{"a Korean given name of two syllables joined by a hyphen", "The victims included Sung-min Park-Yoon, a graduate student, and Hye-jin Lee, a nurse, and an Istanbul-based Reporter said so.",
			map[string]actors.Kind{"Sung-min Park-Yoon": actors.Person, "Hye-jin Lee": actors.Person, "Park-Yoon": "", "Lee": ""}},
		{"a place named after a person, set off before a place's possessive and noun", "Output stopped at Johan Sverdrup, western Europe's largest oilfield, said Gisle Berg, the company's spokesperson.",
			map[string]actors.Kind{"Johan Sverdrup": actors.Place, "Gisle Berg": actors.Person}},
		{"a criminal group named with its noun in lower case", "Troops fought the Sinaloa cartel in Sinaloa, and police broke up the Tren de Aragua gang.",
			map[string]actors.Kind{"Sinaloa cartel": actors.Organization, "Sinaloa": actors.Place, "Tren de Aragua gang": actors.Organization}},
		{"an adverb opening a sentence before a name", "Only Daryl Mitchell-Boult, with 89, held India up. Even Mitch Santner-Hay agreed.",
			map[string]actors.Kind{"Daryl Mitchell-Boult": actors.Person, "Mitch Santner-Hay": actors.Person, "Only Daryl Mitchell-Boult": "", "Even Mitch Santner-Hay": ""}},
		{"Congo alone is the Democratic Republic, and Africa CDC a body of its own", "Congo has recorded 19,000 cases, Africa CDC said, and Congo's National Institute of Public Health agreed.",
			map[string]actors.Kind{"Democratic Republic of Congo": actors.Place, "Africa CDC": actors.Organization, "National Institute of Public Health": actors.Organization, "Centers for Disease Control and Prevention": ""}},
		{"a body's initials without its country, and a town flights were diverted to", "The Transportation Safety Board of Canada sent investigators, and a TSB spokesperson spoke. Flights were diverted to Moncton.",
			map[string]actors.Kind{"Transportation Safety Board of Canada": actors.Organization, "TSB": "", "Moncton": actors.Place}},
		{"a person of a country, then another person, is no list of places", "Earlier, Kevin Krawietz-Puetz of Germany and Tim Pütz-Lang won the doubles, and the Isle of Wight, Kent and Sussex were flooded.",
			map[string]actors.Kind{"Kevin Krawietz-Puetz": actors.Person, "Tim Pütz-Lang": actors.Person, "Germany": actors.Place}},
		{"a court named for two places, with a plural's possessive", "They will appear at Manchester and Salford Magistrates' Court on Monday.",
			map[string]actors.Kind{"Manchester and Salford Magistrates' Court": actors.Organization, "Salford Magistrates' Court": ""}},
		{"a body of the lexicon before a name of its own", "said Tatsuo Yoshida-Kern, senior analyst at Bloomberg Intelligence, as Reuters reported on Monday.",
			map[string]actors.Kind{"Bloomberg Intelligence": actors.Organization, "Reuters": actors.Organization, "Tatsuo Yoshida-Kern": actors.Person}},
		{"an army's General Staff is a body, no general named Staff", "The General Staff of Ukraine's armed forces said a fire broke out, and General Oleksandr Syrskyi-Bondar agreed.",
			map[string]actors.Kind{"General Staff": actors.Organization, "Staff": "", "Oleksandr Syrskyi-Bondar": actors.Person}},
		{"a list of schools named by their places", "The board voted to close Linden, Harbor View and Cedar Flats elementaries.",
			map[string]actors.Kind{"Cedar Flats": actors.Place, "Harbor View": actors.Place}},
		{"half of a neighbourhood is a place's", "Now half of Clinton Hill seems to have taken his side.",
			map[string]actors.Kind{"Clinton Hill": actors.Place}},
		{"a state's body after its country's possessive", "China's coast guard said it had expelled the vessel, and Russia's navy agreed.",
			map[string]actors.Kind{"China's coast guard": actors.Organization, "Russia's navy": actors.Organization, "China": actors.Place}},
		{"a body's name opening with a place's prefix", "The Gulf Longshore Workers Union walked out, Mount Sinai Hospital treated the injured, and Mount Kenya was clear.",
			map[string]actors.Kind{"Gulf Longshore Workers Union": actors.Organization, "Mount Sinai Hospital": actors.Organization, "Mount Kenya": actors.Place}},
		{"a river's delta and estuary are places' nouns", "Floods hit the Mahanadi delta and the Severnmouth estuary on Monday.",
			map[string]actors.Kind{"Mahanadi": actors.Place, "Severnmouth": actors.Place}},
		{"a partner set off before a first name, a common word opening a role, and a region named by custom", "Her partner, Dean, rushed home from a night shift. Station manager Phil Oduya said crews were still pumping water out of homes across Yorkshire and the Midlands.",
			map[string]actors.Kind{"Dean": actors.Person, "Phil Oduya": actors.Person, "Station": "", "Yorkshire": actors.Place, "Midlands": actors.Place}},
		{"a compass word before a place after a country's possessive", "Mud buried homes in Indonesia's Central Java province, and rain fell across Java.",
			map[string]actors.Kind{"Central Java": actors.Place, "Indonesia": actors.Place, "Java": actors.Place, "Central": ""}},
		{"initials that are a title elsewhere open a body's name before a body's noun", "The IG Metall union said it would fight the cuts, and IG Ravi Sinha-Kumar said the police would watch.",
			map[string]actors.Kind{"IG Metall": actors.Organization, "Metall": "", "Ravi Sinha-Kumar": actors.Person}},
		{"a party's initials with a letter in brackets", "Members of the JD(S) walked out, and JD(U) leader Arun Sinha-Pal met the CPI(M).",
			map[string]actors.Kind{"JD(S)": actors.Organization, "JD(U)": actors.Organization, "CPI(M)": actors.Organization, "JD": "", "S": "", "CPI": "", "Arun Sinha-Pal": actors.Person}},
		{"a title of a house or a board before a name", "Leader of the Opposition R. Manjunath Gowda said crops were lost. Speaker of the House Dana Whitfield-Orr agreed, and Chairman of the Board Tomas Ekberg-Lund resigned.",
			map[string]actors.Kind{"R. Manjunath Gowda": actors.Person, "Dana Whitfield-Orr": actors.Person, "Tomas Ekberg-Lund": actors.Person, "Opposition R. Manjunath Gowda": "", "House Dana Whitfield-Orr": "", "Board Tomas Ekberg-Lund": ""}},
		{"Prof without its period, and a people's name before oceans", "Not everyone agreed. Prof Tobias Enqvist-Lang said sponges would be collected in the Pacific and Indian oceans.",
			map[string]actors.Kind{"Tobias Enqvist-Lang": actors.Person, "Prof Tobias Enqvist-Lang": "", "India": ""}},
		{"a title's portfolio with and in it, and after a body's officer", "Iran sent Deputy Foreign Minister for Legal and International Affairs Kazem Gharib-Abadi. Minister of Information and National Orientation Ade Bello-Kuti spoke, and External Action Service Senior Press Officer for Foreign Affairs Nils Oberhauser-Kamp told reporters it was false.",
			map[string]actors.Kind{"Kazem Gharib-Abadi": actors.Person, "Ade Bello-Kuti": actors.Person, "Nils Oberhauser-Kamp": actors.Person, "Deputy Foreign Minister for Legal": "", "International Affairs Kazem Gharib-Abadi": "", "Orientation Ade Bello-Kuti": ""}},
		{"a town where someone appeared at a hearing is no journal", "The former governor appeared at a hearing in Riohacha by video link.",
			map[string]actors.Kind{"Riohacha": actors.Place}},
		{"a people's name for one of them is the country", "He had won all 11 meetings with the Finn, and the Welshman and the Pole both lost to the Icelander.",
			map[string]actors.Kind{"Finland": actors.Place, "Wales": actors.Place, "Poland": actors.Place, "Iceland": actors.Place, "Finn": "", "Welshman": "", "Pole": "", "Icelander": ""}},
		{"a lone name listed with places the corpus names further on, a place noun opening a sentence, and a television channel", "Holidaymakers on Naxos, Paros and Santorini faced a long wait. Islands such as Naxos and Paros draw visitors. The minister told Skai television it was unjustified.",
			map[string]actors.Kind{"Naxos": actors.Place, "Paros": actors.Place, "Santorini": actors.Place, "Islands": "", "Skai": actors.Organization}},
		{"a company's legal form of another country, its listing's ticker, and a sum after a currency's code", "Thermora AB (Nasdaq Stockholm: THERM B), a maker of heat pumps, will cut 450 jobs. The programme saves SEK 380 million a year, and Nokvist Oyj (NYSE: NKV) cut USD 20 million.",
			map[string]actors.Kind{"Thermora AB": actors.Organization, "Nokvist Oyj": actors.Organization, "THERM B": "", "NKV": "", "SEK": "", "USD": ""}},
		{"Kenya's county assembly member and East African respect for an elder", "Area MCA Bernard Otieno Opiyo said residents used the bridge. Nyalenda resident Mama Rose Akinyi, 61, wept, and Mzee Joseph Kamau-Ndegwa agreed.",
			map[string]actors.Kind{"Bernard Otieno Opiyo": actors.Person, "Rose Akinyi": actors.Person, "Joseph Kamau-Ndegwa": actors.Person, "Area MCA Bernard Otieno Opiyo": "", "MCA Bernard Otieno Opiyo": "", "Mama Rose Akinyi": ""}},
		{"a saint's possessive inside a name, a club's noun after its name, and a road by its number", "A third rider was taken to St George's Hospital in Tooting. The Dorking Velo club cancelled its ride. The crash was on the A25 near Dorking, and the M23 rebels took Goma.",
			map[string]actors.Kind{"St George's Hospital": actors.Organization, "Grenada": "", "Hospital": "", "Dorking Velo": actors.Organization, "A25": actors.Place, "M23": actors.Organization}},
		{"a common word and a country opening a sentence, whose possessive has an officer", "Many people go cycling here, and they cycle to work.\n\nCycling UK's head of campaigns, Gareth Mollison-Price, said the road was dangerous.",
			map[string]actors.Kind{"Cycling UK": actors.Organization, "Gareth Mollison-Price": actors.Person}},
		{"one name of a person after an age, of a place; a Tamil party", "Viduthalai Chiruthaigal Katchi functionary 58-year-old Arumugam of Kandamangalam, who came with the villagers, said the plot was taken. The University of Carlton, who hired him, agreed.",
			map[string]actors.Kind{"Arumugam": actors.Person, "Kandamangalam": actors.Place, "Arumugam of Kandamangalam": "", "Viduthalai Chiruthaigal Katchi": actors.Organization, "University of Carlton": actors.Organization}},
		{"South Asia's subdistricts and landings, an office's initials, a fishing boat, and a paper that a capital The opens", "The trawler FB Maa Bhanumati left the Dhalchar ghat and capsized off Char Fasson upazila of Bhola, said Md Jahangir Alam Talukder, officer-in-charge (OC) of the police station. Upazila Nirbahi Officer (UNO) Sharmin Akter Lipi told The Daily Star the search went on.",
			map[string]actors.Kind{"Dhalchar": actors.Place, "Bhola": actors.Place, "Md Jahangir Alam Talukder": actors.Person, "Sharmin Akter Lipi": actors.Person, "Daily Star": actors.Organization, "FB Maa Bhanumati": "", "Maa Bhanumati": "", "OC": "", "UNO": "", "Upazila Nirbahi Officer": ""}},
		{"Santa and Santo abbreviated inside a place's name, and a document's number", "In Barangay Sta. Rosa in Hagonoy, residents waited. The senator filed Senate Resolution No. 812 on Monday, and Sto. Niño parish opened its doors.",
			map[string]actors.Kind{"Barangay Sta. Rosa": actors.Place, "Barangay Sta": "", "Senate Resolution No": "", "Senate Resolution": ""}},
		{"a Gulf ruler's given name that is a title, a sum in dirhams, places listed after a cue, and a utility named for its portfolios", "His Highness Sheikh Sultan bin Khalid Al Qassimi, Deputy Ruler of Sharjah, opened a Dh1.2 billion plant built by the Sharjah Electricity, Water and Gas Authority. Residents of Kalba and Khor Fakkan will benefit first. Our reporter in Karratha, Jade Winterbottom, says the town is calm.",
			map[string]actors.Kind{"Sultan bin Khalid Al Qassimi": actors.Person, "Khalid": "", "Dh1": "", "Sharjah Electricity, Water and Gas Authority": actors.Organization, "Sharjah Electricity": "", "Sharjah": actors.Place, "Kalba": actors.Place, "Khor Fakkan": actors.Place, "Jade Winterbottom": actors.Person}},
		{"a portfolio with an event's word, Māori elders and meeting grounds, a hyphened title after a body, and the Crown", "Treaty Negotiations Minister Paul Goldsmith-Hart said the deal was fair. The deed was signed at Te Mānuka Tūtahi marae. Kuia Huia Te Kani wept. Te Pāti Māori co-leader Rawiri Waititi-Ngata said the party would back the bill. The iwi signed with the Crown on Saturday.",
			map[string]actors.Kind{"Paul Goldsmith-Hart": actors.Person, "Treaty": "", "Te Mānuka Tūtahi": actors.Place, "Huia Te Kani": actors.Person, "Kuia Huia Te Kani": "", "Te Pāti Māori": actors.Organization, "Rawiri Waititi-Ngata": actors.Person, "Crown": actors.Organization}},
		{"members of parliaments by their letters, before and after a name, and Plaid Cymru", "Conservative MS Natasha Asghar-Rees said the change did not go far enough. Transport Secretary Ken Skates-Morgan MS disagreed, and Plaid Cymru's Delyth Jewell-Pryce MS abstained.",
			map[string]actors.Kind{"Natasha Asghar-Rees": actors.Person, "Ken Skates-Morgan": actors.Person, "Delyth Jewell-Pryce": actors.Person, "Conservative": actors.Organization, "Plaid Cymru": actors.Organization, "Ken Skates-Morgan MS": "", "MS Natasha Asghar-Rees": ""}},
		{"a Korean surname that is a place's word", "DP floor leader Park Chan-woo told reporters at the National Assembly, and Park Avenue was closed.",
			map[string]actors.Kind{"Park Chan-woo": actors.Person}},
		{"a sector's body named with a place, a riding after the MPP for, and a common word before a place noun", "The public colleges are full.\n\nColleges Ontario, which represents the schools, said the cut was deep. NDP critic Chandra Pasma-Lee, the MPP for Ottawa West–Nepean, agreed. “Small towns will feel this,” she said. Labour MP for Scarborough Ellie Marwick-Reid did not.",
			map[string]actors.Kind{"Colleges Ontario": actors.Organization, "Ottawa West": actors.Place, "Chandra Pasma-Lee": actors.Person, "West–Nepean": "", "MPP": "", "Small": "", "Ellie Marwick-Reid": actors.Person}},
		{"two actors the lexicon knows joined by a hyphen", "The Israel-Hamas truce held as US-China talks resumed.",
			map[string]actors.Kind{"Israel": actors.Place, "Hamas": actors.Organization, "Israel-Hamas": "", "US-China": ""}},
		{"a Singapore constituency before its member's title", "Nee Soon GRC MP Derrick Goh-Tan welcomed the move.",
			map[string]actors.Kind{"Nee Soon GRC": actors.Place, "Derrick Goh-Tan": actors.Person}},
		{"a minister's office with a qualified portfolio, the place an office with initials serves, and an operation's name", "The Minister for Lands and Natural Resources, Hon. Kwabena Asante-Mensah, sent a task force code-named Operation Clean Waters. The Upper Denkyira East Municipal Chief Executive (MCE), Mr Samuel Amankwah-Boateng, agreed.",
			map[string]actors.Kind{"Kwabena Asante-Mensah": actors.Person, "Samuel Amankwah-Boateng": actors.Person, "Upper Denkyira East": actors.Place, "Minister for Lands and Natural Resources": "", "Operation Clean Waters": "", "MCE": ""}},
		{"parliaments by their own names, a committee of one, a party of two words before a member's title, and Israel's MK", "The bill passed the Knesset and went to the Knesset Constitution, Law and Justice Committee. Likud MK Tali Gavrieli-Shani sponsored it, and Yesh Atid MK Karin Elbaz-Dayan opposed it. The Sejm and the Storting watched.",
			map[string]actors.Kind{"Knesset": actors.Organization, "Knesset Constitution, Law and Justice Committee": actors.Organization, "Tali Gavrieli-Shani": actors.Person, "Karin Elbaz-Dayan": actors.Person, "Yesh Atid": actors.Organization, "Sejm": actors.Organization, "Storting": actors.Organization, "MK Tali Gavrieli-Shani": ""}},
		{"a company's trade words joined by and", "Haluk Aydın, an economist at Bürümcekçi Research and Consulting in Istanbul, agreed, as did Bluefield Paving and Corran Roofing.",
			map[string]actors.Kind{"Bürümcekçi Research and Consulting": actors.Organization, "Consulting": "", "Bürümcekçi Research": ""}},
		{"a possessive before a building it owns, after a place's preposition", "Grab Vietnam said it was listening. Drivers gathered outside Grab's office in Thu Duc City.",
			map[string]actors.Kind{"Grab Vietnam": actors.Organization, "Grab": "", "Thu Duc City": actors.Place}},
		{"a company's noun opening a sentence before its name", "Meatpacker Frigotex-Norte said it supported the measure. Carmaker Velnet Motor agreed.",
			map[string]actors.Kind{"Frigotex-Norte": actors.Organization, "Velnet Motor": actors.Organization, "Meatpacker Frigotex-Norte": "", "Carmaker Velnet Motor": ""}},
		{"a body's name before its officer's title", "Supreme Court Justice Nora Prieto-Hernández did not run, and Harlan Bank Chief Executive Jane Roe-Smith resigned.",
			map[string]actors.Kind{"Supreme Court": actors.Organization, "Nora Prieto-Hernández": actors.Person, "Harlan Bank": actors.Organization, "Jane Roe-Smith": actors.Person}},
		{"a title's portfolio with a body's word in it, before a full name", "Chief Secretary for Administration Elton Cheung Wai-kin spoke, and Secretary for Constitutional and Mainland Affairs Edwin Tsoi Ka-lok agreed.",
			map[string]actors.Kind{"Elton Cheung Wai-kin": actors.Person, "Edwin Tsoi Ka-lok": actors.Person, "Chief Secretary for Administration Elton Cheung Wai-kin": "", "Mainland Affairs Edwin Tsoi Ka-lok": ""}},
		{"an apostrophe inside an Italian or Portuguese name", "Environment Minister Marília Sant'Anna-Amaral spoke, as did Luca Dell'Acqua and Sean O'Brien.",
			map[string]actors.Kind{"Marília Sant'Anna-Amaral": actors.Person, "Luca Dell'Acqua": actors.Person, "Sean O'Brien": actors.Person, "Marília Sant": ""}},
		{"zones at sea and in the air by their initials", "Eighteen aircraft entered Taiwan's air defense identification zone (ADIZ), and a vessel sailed in its EEZ.",
			map[string]actors.Kind{"ADIZ": "", "EEZ": ""}},
		{"a ministry of petroleum and minerals", "The Ministry of Petroleum and Mineral Resources said prices would rise.",
			map[string]actors.Kind{"Ministry of Petroleum and Mineral Resources": actors.Organization, "Mineral Resources": "", "Ministry of Petroleum": ""}},
		{"a chamber named with a plural's possessive", "Lawmakers in the House of Peoples' Representatives voted 287-12 in favour.",
			map[string]actors.Kind{"House of Peoples' Representatives": actors.Organization, "House of Peoples": ""}},
		{"a sum in ringgit after a place's preposition", "The minimum wage will be raised to RM1,900 a month, from RM1,700.",
			map[string]actors.Kind{"RM1": ""}},
		{"a currency's country", "The debt of 1.2 billion US dollars moves to the Treasury, and the ZiG lost 18% against the U.S. dollar.",
			map[string]actors.Kind{"United States": ""}},
		{"a place the lexicon knows, then a name and a body's noun; a preposition opening a sentence", "President Mauricio Ledesma-Ortúzar won. Senator Bartolomé Aguirre-Frías of Ledesma's La Libertad Avanza party agreed. Outside Congress, police dispersed protesters.",
			map[string]actors.Kind{"La Libertad Avanza": actors.Organization, "La Libertad": "", "Avanza": "", "Congress": actors.Organization, "Outside Congress": ""}},
		{"a minister's portfolios listed with commas, and a member's seat before the member's name", "Minister of Science, Energy, Telecommunications and Transport Darren Vassell-Morrison waived the duties. Member of Parliament for St Elizabeth South Western Fitzroy Greenaway-Walters agreed.",
			map[string]actors.Kind{"Darren Vassell-Morrison": actors.Person, "Fitzroy Greenaway-Walters": actors.Person, "St Elizabeth South Western": actors.Place, "Transport Darren Vassell-Morrison": "", "Energy": "", "Telecommunications": ""}},
		{"a corporation's noun before its name", "Russia's state nuclear corporation Rosatom was chosen to build the plant.",
			map[string]actors.Kind{"Rosatom": actors.Organization}},
		{"a country by its initials", "Landslides are common in PNG's interior, and Papua New Guinea asked for help.",
			map[string]actors.Kind{"Papua New Guinea": actors.Place, "PNG": ""}},
		{"a capital's name that is also a given name, before a surname", "President Santiago Peña-Ruiz said the deal was fair. Santiago Abascal-Conde disagreed, and flights to Santiago resumed.",
			map[string]actors.Kind{"Santiago Peña-Ruiz": actors.Person, "Santiago Abascal-Conde": actors.Person, "Peña-Ruiz": "", "Santiago": actors.Place}},
		{"a body run or owned by someone", "The failure spread within minutes, the state-run Unión Eléctrica said, and the family-owned Harlan Mills closed.",
			map[string]actors.Kind{"Unión Eléctrica": actors.Organization, "Harlan Mills": actors.Organization}},
		{"a plural's bare possessive before a person", "Mercedes' Olly Brannagh took fourth, ahead of Haas’ Dario Fenwick, while the 'Lions' Kemi Adebayo-Roe watched.",
			map[string]actors.Kind{"Mercedes": actors.Organization, "Haas": actors.Organization, "Olly Brannagh": actors.Person, "Dario Fenwick": actors.Person, "Kemi Adebayo-Roe": actors.Person}},
		{"a people's name that names their language", "Bellandi spoke first in Italian and then in English. The leaflets were printed in Arabic and French, and Rahimi speaks Turkish at home.",
			map[string]actors.Kind{"Italy": "", "England": "", "Arabic": "", "France": "", "Turkey": "", "Türkiye": ""}},
		{"a people's name before a noun is still their country's", "She studied at Italian universities, in Spanish schools and in French and German labs.",
			map[string]actors.Kind{"Italy": actors.Place, "Spain": actors.Place, "France": actors.Place, "Germany": actors.Place}},
		{"a fellowship's head word before \"of\"", "The Fraternal Order of Police said it would sue. The Knights of Columbus and Friends of the Earth joined, as did the Sisters of Mercy.",
			map[string]actors.Kind{"Fraternal Order of Police": actors.Organization, "Knights of Columbus": actors.Organization, "Friends of the Earth": actors.Organization, "Sisters of Mercy": actors.Organization, "Fraternal Order": "", "Police": "", "Earth": ""}},
		{"an alderman's abbreviated title", "Ald. Teodora Villaseñor (22nd), who chairs the Finance Committee, used a parliamentary move.",
			map[string]actors.Kind{"Teodora Villaseñor": actors.Person, "Finance Committee": actors.Organization, "Ald": ""}},
		{"a people's name before a producer", "The jury, presided over by Polish producer Jerzy Wolański, praised the film, and Chilean copper producer Codelco sponsored it.",
			map[string]actors.Kind{"Jerzy Wolański": actors.Person, "Codelco": actors.Organization}},
		{"single names in a list after a plural of people", "The remaining members -- Aeri, Soyun, Min Ha-rang and Yuna -- will appear, and his teammates, Kofi and Ama, will not.",
			map[string]actors.Kind{"Aeri": actors.Person, "Soyun": actors.Person, "Min Ha-rang": actors.Person, "Yuna": actors.Person, "Kofi": actors.Person, "Ama": actors.Person}},
		{"places listed before a body's words open its name", "Det Ch Insp Sunita Rawal, from the Bedfordshire, Cambridgeshire and Hertfordshire Major Crime Unit, said it. Flooding hit Cambridgeshire and Hertfordshire on Monday, and Ruto, Odinga and Kenya Kwanza Alliance leaders met.",
			map[string]actors.Kind{"Bedfordshire, Cambridgeshire and Hertfordshire Major Crime Unit": actors.Organization, "Sunita Rawal": actors.Person, "Cambridgeshire": actors.Place, "Hertfordshire": actors.Place, "Bedfordshire": ""}},
		{"a party's two capitals that spell a particle, and a brand with digits", "The DA and the EFF have called for a debate, Zwane told News24.",
			map[string]actors.Kind{"DA": actors.Organization, "News24": actors.Organization}},
		{"an assistant's title, and a body's initials before its officer after \"from\"", "Assistant Vítor Cardeal said the club would complain, after a question from DA health spokesperson Jannie van der Westhuizen.",
			map[string]actors.Kind{"Vítor Cardeal": actors.Person, "Assistant Vítor Cardeal": "", "DA": actors.Organization, "Jannie van der Westhuizen": actors.Person}},
		{"what one holds shares in is a company", "Shares in Huaxin Lithium, a Jiangxi-based refiner, rose 6.2 per cent in Shenzhen, and a stake in Orrin Semiconductor was sold.",
			map[string]actors.Kind{"Huaxin Lithium": actors.Organization, "Orrin Semiconductor": actors.Organization, "Shenzhen": actors.Place}},
		{"a brand's one word with a capital inside before \"and\"", "The startup, backed by SoftBank and Sequoia Capital, unveiled a headset, as did the Institute of Arctic and Alpine Research.",
			map[string]actors.Kind{"SoftBank": actors.Organization, "Sequoia Capital": actors.Organization, "SoftBank and Sequoia Capital": "", "Institute of Arctic and Alpine Research": actors.Organization}},
		{"a name Irish's article opens", "An Coimisiún Pleanála, the body that replaced An Bord Pleanála, said so, and An Garda Síochána agreed. An Irish court disagreed.",
			map[string]actors.Kind{"An Coimisiún Pleanála": actors.Organization, "An Bord Pleanála": actors.Organization, "An Garda Síochána": actors.Organization, "Bord Pleanála": "", "An Irish": ""}},
		{"common words before a country, and a devolved nation's government", "Crown Estate Scotland, which leases the seabed, said so. Historic England agreed, as did the Welsh government. A grant came from the Scottish government's Marine Fund in New Mexico.",
			map[string]actors.Kind{"Crown Estate Scotland": actors.Organization, "Historic England": actors.Organization, "Welsh government": actors.Organization, "Scottish government": actors.Organization, "New Mexico": actors.Place, "Estate": ""}},
		{"a fact box's entries in capitals", "Here are the leading candidates, according to the poll published on Tuesday:\n\n* MARISOL ARGUEDAS-VARGAS, 52, PUEBLO SOBERANO PARTY\n\nA former finance minister, Arguedas-Vargas is the governing party's candidate and has promised to keep the tough line on gangs.\n\n* INGRID MYKLEBUST-SAND, 44, MAYOR OF BERGEN\n\nMyklebust-Sand has run the city since 2019 and is popular with the party's younger members.",
			map[string]actors.Kind{"Marisol Arguedas-Vargas": actors.Person, "Pueblo Soberano Party": actors.Organization, "Ingrid Myklebust-Sand": actors.Person, "Bergen": actors.Place, "Of Bergen": ""}},
		{"a people's plural, and common words after a body's \"and\"", "Costa Ricans vote on Sunday, according to a poll by the Centre for Research and Political Studies, while Qataris watch.",
			map[string]actors.Kind{"Costa Rica": actors.Place, "Costa Ricans": "", "Qatar": actors.Place, "Centre for Research and Political Studies": actors.Organization, "Political Studies": ""}},
		{"a rescue service's civil defence", "Rescue workers from the Lebanese Civil Defence pulled two bodies from the rubble, and Gaza's Civil Defence said more were missing.",
			map[string]actors.Kind{"Lebanese Civil Defence": actors.Organization, "Civil Defence": actors.Organization, "Gaza": actors.Place}},
		{"an advocate's honorific, and the side a body sits on before its initials", "TDB president Adv. S. Lakshmikutty Amma said bookings were capped, and the Opposition United Democratic Front (UDF) objected.",
			map[string]actors.Kind{"S. Lakshmikutty Amma": actors.Person, "Adv": "", "United Democratic Front": actors.Organization, "Opposition United Democratic Front": ""}},
		{"a body named with a capitalised preposition, and its initials of another language", "Reporters Without Borders (RSF) condemned the suspension, as did Mothers Against Drunk Driving. RSF said it would appeal.",
			map[string]actors.Kind{"Reporters Without Borders": actors.Organization, "Mothers Against Drunk Driving": actors.Organization, "Rapid Support Forces": ""}},
		{"a chamber before its members by party", "Senate Republicans are split over the plan, and House Democrats oppose it.",
			map[string]actors.Kind{"Senate": actors.Organization, "House": actors.Organization, "Senate Republicans": ""}},
		{"a ship by its cue, and a thing set off by a participle after \"the\"", "The Malta-flagged Nordic Aster hit rocks off the coast. The Nordic Aster, loaded with diesel, went aground in darkness, and the tanker Baltic Wren stood by.",
			map[string]actors.Kind{"Nordic Aster": actors.Organization, "Baltic Wren": ""}},
		{"initials joined by an ampersand, a market's index, a body before \"which\", and a name with \"&\" before its possessive", "Shares of AT&T rose and P&G fell, while the S&P 500 and the FTSE 100 gained and R&D spending grew. S&P cut the rating. Edward Jones, which raised its target, agreed, and Marks & Spencer's U.S. listing fell.",
			map[string]actors.Kind{"AT&T": actors.Organization, "P&G": actors.Organization, "S&P": actors.Organization, "FTSE": "", "R&D": "", "S": "", "Edward Jones": actors.Organization, "Marks & Spencer": actors.Organization, "Marks & Spencer's U.S.": ""}},
		{"a mission and the country it works in", "Moscow denies it, despite evidence documented by the U.N. Human Rights Monitoring Mission in Ukraine, and the United Nations Mission in South Sudan agreed.",
			map[string]actors.Kind{"U.N. Human Rights Monitoring Mission in Ukraine": actors.Organization, "United Nations Mission in South Sudan": actors.Organization, "Human Rights Monitoring Mission in": ""}},
		{"a church's offices by their words", "The document was published by the Dicastery for the Doctrine of the Faith, and the Synod of Bishops and the Roman Curia will discuss it.",
			map[string]actors.Kind{"Dicastery for the Doctrine of the Faith": actors.Organization, "Synod of Bishops": actors.Organization, "Roman Curia": actors.Organization, "Doctrine": "", "Faith": ""}},
		{"a country and two words set off as a body, and an initiative", "Kazakhstan Temir Zholy, the national railway company, said traffic grew under the Belt and Road Initiative.",
			map[string]actors.Kind{"Kazakhstan Temir Zholy": actors.Organization, "Kazakhstan": actors.Place, "Temir Zholy": "", "Belt and Road Initiative": actors.Organization, "Road Initiative": ""}},
		{"a body's name after its owner's possessive before its initials, an officer's title before brackets, and a police report's initials", "Delhi Police's Intelligence Fusion and Strategic Operations (IFSO) unit has arrested two men.\n\nDCP (IFSO) K Sundar Rajan-Iyer said the gang kept victims on calls for hours. An FIR was registered at the police station in October.",
			map[string]actors.Kind{"Intelligence Fusion and Strategic Operations": actors.Organization, "Delhi Police": actors.Organization, "Strategic Operations": "", "DCP": "", "FIR": "", "K Sundar Rajan-Iyer": actors.Person}},
		{"a facility's common words after \"and\"", "Centres opened at the Goonellabah Sports and Aquatic Centre, and Bluefield Paving and Corran Roofing donated.",
			map[string]actors.Kind{"Goonellabah Sports and Aquatic Centre": actors.Organization, "Bluefield Paving": actors.Organization, "Corran Roofing": actors.Organization, "Aquatic Centre": ""}},
		{"a Kenyan police commander's initials", "Central OCPD Samuel Kiprono said six people were arrested, and Kilimani OCS Ruth Chebet agreed.",
			map[string]actors.Kind{"Samuel Kiprono": actors.Person, "Ruth Chebet": actors.Person, "Central OCPD Samuel Kiprono": ""}},
		{"a coalition's partner set off after a party's name", "Sumar, the junior partner in the coalition government, called a protest, while Jane Roe-Tarr, a senior partner at Harlan Legal, stayed home.",
			map[string]actors.Kind{"Sumar": actors.Organization, "Jane Roe-Tarr": actors.Person}},
		{"two words run together with a capital each", "The operator is a joint venture of Shell and ExxonMobil, data from PitchBook showed, and Ron DeSantis and Lena McDonald-Ruiz spoke.",
			map[string]actors.Kind{"ExxonMobil": actors.Organization, "PitchBook": actors.Organization, "Ron DeSantis": actors.Person, "Lena McDonald-Ruiz": actors.Person}},
		{"Arabic's article opening a name, a name after \"and\" that opens with a place, and a body's initials' possessive", "The run closes the road between the Museum of the Future and Dubai Mall, and buses run from Al Safa and Business Bay stations, said Hessa Al Nuaimi-Saeed of the RTA's Public Transport Agency.",
			map[string]actors.Kind{"Museum of the Future": actors.Organization, "Dubai Mall": actors.Place, "Al Safa": actors.Place, "Public Transport Agency": actors.Organization, "RTA": actors.Organization, "Museum of the Future and Dubai Mall": "", "Safa": "", "RTA's Public Transport Agency": ""}},
		{"Welsh's \"son of\", and a school's word opening its name in its own language", "Rhiannon Pryce-Vaughan, head of Ysgol Gymraeg Penlan, spoke, and Councillor Dylan ap Gruffydd agreed, as did the Lycée Carnot.",
			map[string]actors.Kind{"Ysgol Gymraeg Penlan": actors.Organization, "Dylan ap Gruffydd": actors.Person, "Lycée Carnot": actors.Organization, "Dylan": ""}},
		{"a body's office for a district of a place", "Prosecutors with the U.S. Attorney's Office for the Southern District of New York said the funds were lent to trading firms.",
			map[string]actors.Kind{"U.S. Attorney's Office for the Southern District of New York": actors.Organization, "U.S. Attorney's Office for the Southern District": ""}},
		{"a body's initials after \"former\", and its name given with \"as … is known\"", "The ELN and dissidents of the former FARC guerrilla have fought since January.\n\nThe National Liberation Army, as the ELN is formally known, suspended talks.",
			map[string]actors.Kind{"FARC": actors.Organization, "National Liberation Army": actors.Organization}},
		{"an owner's possessive before a landmark's word", "The team collected samples from the Loki's Castle vent field, and visitors flocked to Martha's Vineyard, while Prime Minister Jane Roe-Tarr's Castle Hill office closed.",
			map[string]actors.Kind{"Loki's Castle": actors.Place, "Martha's Vineyard": actors.Place, "Loki": "", "Jane Roe-Tarr": actors.Person}},
		{"Breton's c'h inside a name, and a feast", "\"We are not asking for the moon,\" general secretary Marie-Hélène Le Floc'h told reporters before the Christmas holidays.",
			map[string]actors.Kind{"Marie-Hélène Le Floc'h": actors.Person, "Marie-Hélène Le Floc": "", "Christmas": ""}},
		{"police ranks without stops, a people's embassy, and a station one is at", "The woman died at the scene, police at Thong Lor station said. Pol Col Surasak Thanomwong, the Thong Lor station superintendent, and Col Tim Rawlings-Hay spoke. The British Embassy in Bangkok said it was in contact with the family. Pol Pot's regime was recalled.",
			map[string]actors.Kind{"Surasak Thanomwong": actors.Person, "Tim Rawlings-Hay": actors.Person, "Thong Lor": actors.Place, "British Embassy": actors.Organization, "Pol Pot": actors.Person, "Col Tim Rawlings-Hay": "", "Pol Col Surasak Thanomwong": ""}},
		{"a regent, a bare title's apposition, and fields listed before a body's word", "At least four people were killed, said Sutrisno, head of the provincial disaster agency.\n\n\"Water levels are still high,\" Sutrisno said. Langkat Regent Teguh Hariyanto-Siregar declared an emergency, and the Meteorology, Climatology and Geophysics Agency (BMKG) warned of rain.",
			map[string]actors.Kind{"Sutrisno": actors.Person, "Teguh Hariyanto-Siregar": actors.Person, "Meteorology, Climatology and Geophysics Agency": actors.Organization, "Langkat Regent Teguh Hariyanto-Siregar": "", "Meteorology": ""}},
		{"a traditional ruler's town after \"of\"", "Nana Ama Serwaa II, queen mother of Bogoso, welcomed the arrests, as did Togbe Kwasi Adzaho, paramount chief of Dzelukope.",
			map[string]actors.Kind{"Bogoso": actors.Place, "Dzelukope": actors.Place, "Nana Ama Serwaa II": actors.Person}},
		{"a dateline closed by a colon, an index's initials, and Pakistan's \"Mian\"", "LAHORE: The Punjab government ordered schools to close as the air quality index (AQI) crossed 600, and Mian Zahid Iqbal-Chaudhry objected.",
			map[string]actors.Kind{"Lahore": actors.Place, "AQI": "", "Zahid Iqbal-Chaudhry": actors.Person, "Mian Zahid Iqbal-Chaudhry": ""}},
		{"a Kikuyu name's apostrophes, and Kenya's Cabinet Secretary", "Transport Cabinet Secretary Daniel Wafula-Ng'ang'a warned of a strike, and Grace Ng'endo agreed.",
			map[string]actors.Kind{"Daniel Wafula-Ng'ang'a": actors.Person, "Grace Ng'endo": actors.Person, "Daniel Wafula-Ng": "", "Transport Cabinet": ""}},
		{"a company's legal form written before its name", "The fund sold its stakes in Indonesia's PT Sumber Logam Nusantara and in PJSC Severny Nikel.",
			map[string]actors.Kind{"PT Sumber Logam Nusantara": actors.Organization, "PJSC Severny Nikel": actors.Organization, "Indonesia": actors.Place}},
		{"the Philippines' \"Ma.\" inside a name, and an ordinal inside a body's", "Committee chairperson Sen. Ma. Teresa \"Tess\" Villaroman-Abad said the Bulacan 1st District Engineering Office would be audited.",
			map[string]actors.Kind{"Ma. Teresa \"Tess\" Villaroman-Abad": actors.Person, "Bulacan 1st District Engineering Office": actors.Organization, "Ma": "", "District Engineering Office": ""}},
		{"a peer or a Scottish judge by title and one name, as \"Lady\" already was", "Sentencing him, Lord Corriemuir said the footage was distressing. Lady Carrickvale agreed, and Baroness Ormeley wrote to the court.",
			map[string]actors.Kind{"Lord Corriemuir": actors.Person, "Lady Carrickvale": actors.Person, "Baroness Ormeley": actors.Person, "Corriemuir": "", "Ormeley": ""}},
		{"a body named by common words and a country, its possessive, then a titled officer", "Police Scotland's Inspector Alasdair Murchie said the road would reopen. Sport England's Chief Executive Tom Ashdale agreed.",
			map[string]actors.Kind{"Police Scotland": actors.Organization, "Alasdair Murchie": actors.Person, "Sport England": actors.Organization, "Tom Ashdale": actors.Person, "Police": "", "Scotland": ""}},
		{"Singapore's and Malaysia's \"Madam\" and \"Mdm\" before a woman's name", "Madam Goh Siew Lan, 67, said the customers were old. Mdm Tan Bee Hoon agreed.",
			map[string]actors.Kind{"Goh Siew Lan": actors.Person, "Tan Bee Hoon": actors.Person, "Madam Goh Siew Lan": "", "Mdm Tan Bee Hoon": ""}},
		{"a body after \"at\" and a part of a career or a player's role", "The winger came through the academy at Génération Foot in Dakar. He had a spell at Olimpia Verde and is now a coach at Vila Serrana.",
			map[string]actors.Kind{"Génération Foot": actors.Organization, "Olimpia Verde": actors.Organization, "Vila Serrana": actors.Organization, "Dakar": actors.Place}},
		{"a body's initials without the country before its name, or with the country's initials whole, and \"Bio\" ending a company's name", "The U.S. Food and Drug Administration approved the pill, and the FDA said the label carries a warning. The UK Health Security Agency said cases rose; the UKHSA wants more tests. Its rival, Halden Bio, is testing an injection.",
			map[string]actors.Kind{"U.S. Food and Drug Administration": actors.Organization, "FDA": "", "UK Health Security Agency": actors.Organization, "UKHSA": "", "Halden Bio": actors.Organization}},
		{"a name of two words after one who left it and \"from\"", "Umm Yazan, a mother of five who was displaced from Beit Lahiya in 2024, spoke. Her brother fled from Tal Hamra last year.",
			map[string]actors.Kind{"Beit Lahiya": actors.Place, "Tal Hamra": actors.Place}},
		{"places listed up to \"parts of\" a place, a force named for two of them, and a railway", "The Met Office warned Cornwall, Devon and parts of Somerset. Devon and Cornwall Police said a man was hurt, and Great Western Railway cancelled trains.",
			map[string]actors.Kind{"Cornwall": actors.Place, "Devon": actors.Place, "Somerset": actors.Place, "Devon and Cornwall Police": actors.Organization, "Great Western Railway": actors.Organization}},
		{"an electorate's member by title, and two compass words before a known place", "The Member for Cook, Ngaree Ah Kee-Walker, welcomed the decision, which left Far North Queensland with nothing.",
			map[string]actors.Kind{"Ngaree Ah Kee-Walker": actors.Person, "Far North Queensland": actors.Place, "Member for Cook": "", "Far North": ""}},
		{"a shop named for its trade first, in Portuguese, Spanish, French and Italian", "Padaria Duarte closed on Saturday, as Boulangerie Martin and Trattoria Bellini did last year.",
			map[string]actors.Kind{"Padaria Duarte": actors.Organization, "Boulangerie Martin": actors.Organization, "Trattoria Bellini": actors.Organization}},
		{"both ends of a ship's route \"between\" two places, and a state's \"Govt\"", "In 2011 the MV Spice Islander sank between Unguja and Pemba. Lagos State Govt offered condolences.",
			map[string]actors.Kind{"Unguja": actors.Place, "Pemba": actors.Place, "Lagos State Govt": actors.Organization, "Govt": ""}},
		{"what a place's or a body's noun says is \"called\", and a thing launched in a year", "Juno filmed a volcano called Loki Patera and a startup named Corvane Labs. Europa Clipper, launched in 2024, arrives in 2030.",
			map[string]actors.Kind{"Loki Patera": actors.Place, "Corvane Labs": actors.Organization, "Europa Clipper": actors.Organization}},
		{"Irish's \"na\" inside a body's name", "Irish regulator Coimisiún na Meán, which oversees platforms, said so. The language body Conradh na Gaeilge agreed.",
			map[string]actors.Kind{"Coimisiún na Meán": actors.Organization, "Conradh na Gaeilge": actors.Organization, "Coimisiún": "", "Meán": ""}},
		{"an app by its noun, and \"Interactive\" ending a company's name", "The video app Flicka, owned by Halcyon Interactive, said it would cooperate.",
			map[string]actors.Kind{"Flicka": actors.Organization, "Halcyon Interactive": actors.Organization}},
		{"a name a Spanish plural article opens, and a record label and a band by their nouns", "Her voice made Los Faroles Rojos famous; she later recorded for the label Discos Amanecer and sang with the band Trueno Azul in Los Reyes.",
			map[string]actors.Kind{"Los Faroles Rojos": actors.Organization, "Discos Amanecer": actors.Organization, "Trueno Azul": actors.Organization, "Los Reyes": actors.Place}},
		{"a preparatory school after a saint's possessive", "Harmon will face defending champion St. Anselm's Prep next Friday.",
			map[string]actors.Kind{"St. Anselm's Prep": actors.Organization, "St. Anselm": ""}},
		{"an Akan chief's title before his traditional area and name", "Meanwhile, the Omanhene of the Wassa Fiase Traditional Area, Nana Kwame Boakye-Ansah III, has appealed to chiefs.",
			map[string]actors.Kind{"Wassa Fiase Traditional Area": actors.Place, "Omanhene": ""}},
		{"a waterfront's name", "The council wasted millions on a leisure project at Canal Wharf and a hotel on Mayflower Quay.",
			map[string]actors.Kind{"Canal Wharf": actors.Place, "Mayflower Quay": actors.Place}},
		{"a union's branch secretary, with and without the branch's place", "Unison's Stockbridge branch secretary, Gary Pemberton, warned that posts were at risk. Velmar's branch treasurer, Ann Kofler, agreed.",
			map[string]actors.Kind{"Unison": actors.Organization, "Gary Pemberton": actors.Person, "Velmar": actors.Organization, "Ann Kofler": actors.Person}},
		{"a city's metropolitan municipality, its government", "Part of the line will close, the Istanbul Metropolitan Municipality (İBB) said. The Ankara Metropolitan Municipality said buses would run.",
			map[string]actors.Kind{"Istanbul Metropolitan Municipality": actors.Organization, "Ankara Metropolitan Municipality": actors.Organization, "Metropolitan Municipality": ""}},
		{"a body of peoples", "The Articulation of Indigenous Peoples of Brazil had called the arrest an attempt to intimidate communities.",
			map[string]actors.Kind{"Articulation of Indigenous Peoples": actors.Organization}},
		{"a listed company by its shares' move", "In Tokyo, the Nikkei lost 0.8%, with Kiyomizu Electron down 5%, while Halden Marine jumped 12 per cent.",
			map[string]actors.Kind{"Kiyomizu Electron": actors.Organization, "Halden Marine": actors.Organization}},
		{"two portfolios joined by \"and\" before a committee, the first also a company's last word", "Two Republicans on the Energy and Commerce Committee joined Democrats.",
			map[string]actors.Kind{"Energy and Commerce Committee": actors.Organization, "Energy": "", "Commerce Committee": ""}},
		{"a federal agency whose name an \"and\" cuts, and its initials in the article", "He was detained by ICE agents. Immigration and Customs Enforcement had not shown he posed a flight risk.",
			map[string]actors.Kind{"Immigration and Customs Enforcement": actors.Organization, "Customs Enforcement": "", "ICE": ""}},
		{"a hyphenated vice-chief's title after a body's initials", "FSIN Vice-Chief Marlon Tootoosis-Ward called on Ottawa to fund a treatment centre.",
			map[string]actors.Kind{"Marlon Tootoosis-Ward": actors.Person, "FSIN Vice-Chief Marlon Tootoosis-Ward": ""}},
		{"Swahili's \"of\" inside names, and a court of two fields before its judge's title at a sentence's start", "Environment and Land Court Judge Mary Wambui Kariuki halted demolitions in Mukuru kwa Njenga after a petition filed through the Kituo cha Sheria legal aid centre.",
			map[string]actors.Kind{"Environment and Land Court": actors.Organization, "Mary Wambui Kariuki": actors.Person, "Mukuru kwa Njenga": actors.Place, "Kituo cha Sheria": actors.Organization, "Land Court": "", "Kituo": ""}},
		{"a member of a legislative assembly by initials, and an owner's committee", "SDLP MLA Caoimhe Nic Giolla Bhríde and Labour MSP Ewan Rennick spoke. The bill went to Parliament's Justice Committee, as Riverton's City Council and Hawke's Bay Regional Council asked.",
			map[string]actors.Kind{"Caoimhe Nic Giolla Bhríde": actors.Person, "Ewan Rennick": actors.Person, "SDLP": actors.Organization, "Justice Committee": actors.Organization, "Hawke's Bay Regional Council": actors.Organization, "Committee": "", "SDLP MLA Caoimhe Nic Giolla Bhríde": "", "Bay Regional Council": ""}},
		{"a party's initials with a letter in brackets before a member's title", "Earlier, JD(U) MLC Neeraj Kumar Anand and CPI(M) MLA Rekha Varghese-Nair spoke in the House.",
			map[string]actors.Kind{"JD(U)": actors.Organization, "CPI(M)": actors.Organization, "Neeraj Kumar Anand": actors.Person, "Rekha Varghese-Nair": actors.Person}},
		{"a bishops' conference after a church's possessive, a building's name, and a party before a senator", "The Catholic Church's Episcopal Conference attends the talks. Residents fought the closure of Aldermoor House in Tipton. Liberal senator Andrew Pocklington-Hale asked questions.",
			map[string]actors.Kind{"Catholic Church": actors.Organization, "Episcopal Conference": actors.Organization, "Aldermoor House": actors.Place, "Liberal": actors.Organization, "Andrew Pocklington-Hale": actors.Person, "Catholic Church's Episcopal Conference": ""}},
		{"a person of a firm set off by commas before the verb, and a name a fighter goes by", "Her lawyer, Rupinder Sangha-Doyle of Irwin Mitchell, said the ruling was clear. The rebels' negotiator, who goes by the nom de guerre \"Pablo Tejada\", said they were ready.",
			map[string]actors.Kind{"Rupinder Sangha-Doyle": actors.Person, "Irwin Mitchell": actors.Organization, "Pablo Tejada": actors.Person, "Rupinder Sangha-Doyle of Irwin Mitchell": ""}},
		{"a market's movers and indexes, a ministry before its spokesperson, a Spanish city's whole name, an expedition's end and the camps around a town", "Infosys, HCLTech and Tech Mahindra were the top losers. The 30-share BSE Sensex ended 912.4 points lower, while the NSE Nifty 50 fell 268.9 points. Chinese Foreign Ministry Spokesperson Song Weilan spoke. Aena said Santiago de Compostela airport had closed. She joined an expedition to Kongsfjorden in 1966. Clinics in the camps around Goma are full.",
			map[string]actors.Kind{"Infosys": actors.Organization, "HCLTech": actors.Organization, "Tech Mahindra": actors.Organization, "BSE Sensex": actors.Organization, "NSE Nifty 50": actors.Organization, "Chinese Foreign Ministry": actors.Organization, "Song Weilan": actors.Person, "Santiago de Compostela": actors.Place, "Kongsfjorden": actors.Place, "Goma": actors.Place, "Compostela": ""}},
		{"numbered roads, a bloc's joined initials, a firm's business, companies listed after their noun, a league for rights and a prefecture", "Trucks used State Highway 71, County Road 12 and Farm-to-Market Road 1080. The conservative CDU/CSU bloc agreed. The cars are run by Chinese firm Baidu's Apollo Go and local partner Aldar Mobility. Two paving companies, Scioto Valley Asphalt and Tri-County Paving, won contracts. The French League for Human Rights (LDH) objected, according to the Hérault prefecture.",
			map[string]actors.Kind{"State Highway 71": actors.Place, "County Road 12": actors.Place, "Farm-to-Market Road 1080": actors.Place, "CDU/CSU": actors.Organization, "Baidu": actors.Organization, "Apollo Go": actors.Organization, "Aldar Mobility": actors.Organization, "Scioto Valley Asphalt": actors.Organization, "Tri-County Paving": actors.Organization, "Hérault prefecture": actors.Organization, "French League for Human Rights": actors.Organization, "Baidu's Apollo Go": "", "Scioto Valley Asphalt and Tri-County Paving": "", "Market Road 1080": ""}},
		{"a side a score was against, a sum written close after a name, and a tennis player beaten", "Napoli won. After Sunday's 2-0 win over Torino, Inter beat Empoli 3-1. The regulator slapped Jambo Telecom with a record Sh1.2bn fine. Tomás Elizalde-Paz beat American Grant Whitfield 6-3 6-4.",
			map[string]actors.Kind{"Torino": actors.Organization, "Empoli": actors.Organization, "Jambo Telecom": actors.Organization, "Grant Whitfield": actors.Person, "Jambo Telecom Sh1": ""}},
		{"the largest companies by their one-word or person-like names, an isle and a station", "The fields are operated with Chevron, Exxon Mobil and Eni, and Rio Tinto owns the mine. He has fished off Deer Isle since he was 14. The storage sits at the utility's Tracy Station in Storey County.",
			map[string]actors.Kind{"Chevron": actors.Organization, "Exxon Mobil": actors.Organization, "Eni": actors.Organization, "Rio Tinto": actors.Organization, "Deer Isle": actors.Place, "Tracy Station": actors.Place}},
		{"a journey's start, a given name Des, a lane, a corps, a boat's name and a traveller's end", "The regional express from Banská Bystrica to Bratislava derailed. Fine Gael's Des Cahalane-Barry said the council needed money. Both men were of Ackee Walk in the town. Fire and Rescue Corps spokeswoman Jana Kollárová said crews cut them out. He went over the side of the creel boat Ocean Bounty. Karima, a nurse travelling to Leuven, waited.",
			map[string]actors.Kind{"Banská Bystrica": actors.Place, "Des Cahalane-Barry": actors.Person, "Ackee Walk": actors.Place, "Fire and Rescue Corps": actors.Organization, "Leuven": actors.Place, "Ocean Bounty": "", "Cahalane-Barry": ""}},
		{"members' states after their party's letter, a state's short name, bodies listed after their plural, a state's initials", "Sen. Harlan Whitcomb-Ruiz, R-Texas, and Rep. Maribel Ochoa-Landry (D-N.M.) spoke in RENO, Nev. The province will fund seats at colleges including Humber, Seneca and Fanshawe. The NSW Rural Fire Service warned residents across NSW.",
			map[string]actors.Kind{"Harlan Whitcomb-Ruiz": actors.Person, "Maribel Ochoa-Landry": actors.Person, "Texas": actors.Place, "New Mexico": actors.Place, "Nevada": actors.Place, "Humber": actors.Organization, "Seneca": actors.Organization, "Fanshawe": actors.Organization, "New South Wales": actors.Place, "R-Texas": "", "D-N.M.": ""}},
		{"a local government area of a state the gazetteer knows", "Gunmen abducted eight farmers in Obbo-Aiyegunle, Ekiti Local Government Area of Kwara State.",
			map[string]actors.Kind{"Ekiti Local Government Area": actors.Place, "Kwara State": actors.Place, "Ekiti Local Government Area of Kwara State": ""}},
		{"planets that are no one's name", "The probe is on its way to the main asteroid belt between Mars and Jupiter, and later to Saturn.",
			map[string]actors.Kind{"Mars": actors.Place, "Jupiter": actors.Place, "Saturn": actors.Place}},
		{"lakes in the plural", "The Michigan Department of Environment, Great Lakes, and Energy fined the utility.",
			map[string]actors.Kind{"Great Lakes": actors.Place}},
		{"an elided article inside a place's name, and an island after villages on", "She took bronze in Cortina d'Ampezzo. The shelters will reach 40 more villages on Vanua Levu.",
			map[string]actors.Kind{"Cortina d'Ampezzo": actors.Place, "Vanua Levu": actors.Place, "Cortina": ""}},
		{"a forest officer's title, a state's department in lower case, and a city's numbered sector", "A team of the Maharashtra forest department tranquilised the leopard, Deputy Conservator of Forests Siddhesh Sawardekar-Patil said. He took money for permits in Sector 4.",
			map[string]actors.Kind{"Maharashtra forest department": actors.Organization, "Siddhesh Sawardekar-Patil": actors.Person, "Sector 4": actors.Place, "Conservator": "", "Forests Siddhesh Sawardekar-Patil": ""}},
		{"a member's seat after the member's party", "The Labour MP for Harlow West, Priyanka Desmond-Achebe, has called for an inquiry.",
			map[string]actors.Kind{"Harlow West": actors.Place, "Priyanka Desmond-Achebe": actors.Person, "West": ""}},
		{"a market after its name, and a company's infrastructure", "She carries supplies from Long Bien market every morning. The developer, Brightwave Digital Infrastructure, said it was considering the judgment.",
			map[string]actors.Kind{"Long Bien": actors.Place, "Brightwave Digital Infrastructure": actors.Organization}},
		{"a capital letter joined to a word in lower case", "Baek Ha-eun, a member of the K-pop girl group NOVA9, made a U-turn on Monday.",
			map[string]actors.Kind{"Baek Ha-eun": actors.Person, "K": "", "U": ""}},
		{"a magistrate, a county's constituency, a suburb's junction and store, a resident of a town, the ocean's phase, and a magistrate's initials", "Magistrate Helen Achterberg-Lyle refused bail to the man accused of robbing a Bondi Junction store. The former Senator representing Kano Central, Alhaji Musa Danbatta-Yakasai, defected. The suspect, identified as 31-year-old Devonte Ashworth-Grier of Trotwood, was held, as El Niño conditions faded. District Magistrate (DM) Ravindra K. Pathak spoke.",
			map[string]actors.Kind{"Helen Achterberg-Lyle": actors.Person, "Bondi Junction": actors.Place, "Kano Central": actors.Place, "Musa Danbatta-Yakasai": actors.Person, "Devonte Ashworth-Grier": actors.Person, "Trotwood": actors.Place, "Ravindra K. Pathak": actors.Person, "El Niño": "", "DM": "", "Devonte Ashworth-Grier of Trotwood": "", "Magistrate Helen Achterberg-Lyle": ""}},
		{"a newspaper by one common word before reported", "Porto are holding out for his release clause, Record reported. Earlier, Kommersant quoted him as saying he would stay. The sprinter Ana Fonseca reported to camp in May; Fonseca reported no injury.",
			map[string]actors.Kind{"Record": actors.Organization, "Kommersant": actors.Organization, "Ana Fonseca": actors.Person}},
		{"a councillor's short title, a sport's body before a place, team nicknames, and lists of qualifiers and portfolios inside a body's name", "Cr Damian Okoro-Whitfield said children would be swimming in dams. Swimming WA chief executive Fiona Ledbetter-Grant and Tennis Victoria agreed. The Philippine Atmospheric, Geophysical and Astronomical Services Administration raised a signal, and the council asked the Department of Local Government, Sport and Cultural Industries for a grant. The Army, Navy and Air Force Command thanked the team. Gwent Dragons beat Clydeside Warriors.",
			map[string]actors.Kind{"Damian Okoro-Whitfield": actors.Person, "Cr Damian Okoro-Whitfield": "", "Swimming WA": actors.Organization, "Tennis Victoria": actors.Organization, "Philippine Atmospheric, Geophysical and Astronomical Services Administration": actors.Organization, "Atmospheric": "", "Department of Local Government, Sport and Cultural Industries": actors.Organization, "Army": actors.Organization, "Army, Navy and Air Force Command": "", "Gwent Dragons": actors.Organization, "Clydeside Warriors": actors.Organization}},
		{"a party's initials after its side, India's Congress before a member's title, a state's numbered road, and a House sized with a hyphen", "The Opposition UDF staged a walkout, and Congress MLA Shibu K. Varghese moved the notice. Crews closed Oregon Route 140 on Tuesday. The LDF has 99 members in the 140-member House.",
			map[string]actors.Kind{"UDF": actors.Organization, "Opposition UDF": "", "Congress": actors.Organization, "Shibu K. Varghese": actors.Person, "Oregon Route 140": actors.Place, "House": ""}},
		{"Kikuyu names with an apostrophe inside, a Kalenjin son-of, a county ward, members' initials in the plural, a city's transit body, and a union's local named in full", "Ruiru Ward MCA Esther Wairimu Ndung'u said 48 MCAs backed the motion against Joseph Muriithi Kang'ethe, whose lawyer Kibet arap Chelimo objected. Local 1505 will give notice, Winnipeg Transit said. Amalgamated Transit Union Local 1505 backed it, and flights to Sana'a resumed.",
			map[string]actors.Kind{"Ruiru Ward": actors.Place, "Esther Wairimu Ndung'u": actors.Person, "Esther Wairimu Ndung": "", "Joseph Muriithi Kang'ethe": actors.Person, "Kibet arap Chelimo": actors.Person, "Kibet": "", "MCAs": "", "Winnipeg Transit": actors.Organization, "Amalgamated Transit Union Local 1505": actors.Organization, "Local 1505": "", "Sanaa": actors.Place}},
		{"a pensioner's title, a local MP, a parish council opening a sentence, a doctor's initials, initials after from, a French title, a league's number, a club's year, and a bus firm", "Pensioner Margaret Oyelowo-Pryce said she takes the bus to her GP surgery. Local MP Hannah Lisle-Ogunbanjo wrote to the minister. Parish council chairman Geoffrey Tallis-Brook agreed. Relief workers from BRAC came, according to L'Écho Sportif, and Bundesliga side Wesertal 05 want him to leave Ligue 1. Cotswold Rover Buses confirmed it.",
			map[string]actors.Kind{"Margaret Oyelowo-Pryce": actors.Person, "Pensioner Margaret Oyelowo-Pryce": "", "GP": "", "Hannah Lisle-Ogunbanjo": actors.Person, "Local": "", "Parish": "", "Geoffrey Tallis-Brook": actors.Person, "BRAC": actors.Organization, "L'Écho Sportif": actors.Organization, "Wesertal 05": actors.Organization, "Ligue 1": actors.Organization, "Cotswold Rover Buses": actors.Organization}},
		{"an army's division by its ordinal in words, a storage firm, and a council's initials after known as", "The army's Third Division said so. Northwind Grid Storage built it. Aida Quilcué-Ramos of the Regional Indigenous Council of Cauca, known as CRIC, spoke.",
			map[string]actors.Kind{"Third Division": actors.Organization, "Northwind Grid Storage": actors.Organization, "Regional Indigenous Council of Cauca": actors.Organization, "CRIC": "", "Aida Quilcué-Ramos": actors.Person}},
		{"a Yoruba king's titles, Nigeria's ruling party, a road's first town, and a birthplace set off by who was born", "The Aseyin of Iseyin, Oba Abdulganiyu Salawu-Adeoye, commended the road linking Moniya in Ibadan to Iseyin, and the All Progressives Congress objected. She was born on March 3, 1939, in Rostock, the daughter of a harbor pilot.",
			map[string]actors.Kind{"Abdulganiyu Salawu-Adeoye": actors.Person, "Oba Abdulganiyu Salawu-Adeoye": "", "Aseyin of Iseyin": "", "Moniya": actors.Place, "All Progressives Congress": actors.Organization, "Progressives Congress": "", "Rostock": actors.Place}},
		{"a country's name before a sport's", "Sri Lanka Cricket has named an unchanged squad, and New Zealand Rugby agreed.",
			map[string]actors.Kind{"Sri Lanka Cricket": actors.Organization, "New Zealand Rugby": actors.Organization}},
		{"a mayor's place and holder set off by commas, a broadcaster after told, a country's weather service, a plain, and an Indonesian ship", "The mayor of Béziers, Claudine Ferrandis-Moll, announced it, the prefect told France Bleu Occitanie, and Météo-France said rain fell on the Languedoc plain. The KM Bahari Nusantara sank.",
			map[string]actors.Kind{"Claudine Ferrandis-Moll": actors.Person, "Béziers": actors.Place, "France Bleu Occitanie": actors.Organization, "Bleu Occitanie": "", "Météo-France": actors.Organization, "Languedoc": actors.Place, "KM Bahari Nusantara": "", "Bahari Nusantara": ""}},
		{"a body's name ending in a portfolio that is also a title", "The suit was brought by Cascadia Wildlands Defense, and Northgate Finance agreed. Homeland Security Secretary Jane Doe-Ray spoke, as did Finance Minister Ann Roe-Lee and the Kenya Defence Forces.",
			map[string]actors.Kind{"Cascadia Wildlands Defense": actors.Organization, "Northgate Finance": actors.Organization, "Jane Doe-Ray": actors.Person, "Ann Roe-Lee": actors.Person, "Kenya Defence Forces": actors.Organization, "Homeland Security": ""}},
		{"a list of names before a kind of building in the plural", "The board voted to close Hawthorne and Linwood elementary schools at the end of the year.",
			map[string]actors.Kind{"Hawthorne": actors.Place, "Linwood": actors.Place}},
		{"two clubs named by their cities, a town and its province before a mayor's title, a builder and supplier, a shire before its mayor, and parties before titles", "Manchester City and Leeds United both play at home. The court acquitted former Bulan, Sorsogon mayor Reynaldo Gata-Esguerra over a contract with JRV Builders and Supply. Cook Shire Mayor Robyn Holloway-Tait spoke, and so did Democratic mayor Ann Lott-Kerr and Tory mayor Ben Hext-Orr.",
			map[string]actors.Kind{"Manchester City": actors.Organization, "Leeds United": actors.Organization, "Manchester City and Leeds United": "", "Bulan": actors.Place, "Sorsogon": actors.Place, "Reynaldo Gata-Esguerra": actors.Person, "JRV Builders and Supply": actors.Organization, "Cook Shire": actors.Place, "Democratic": "", "Tory": "", "Ben Hext-Orr": actors.Person}},
		{"a landfill's name", "The supervisors approved a solar farm on the capped Hickory Run landfill on Monday.",
			map[string]actors.Kind{"Hickory Run": actors.Place}},
		{"a township, a compass word opening a sentence before a name, and a heritage body", "Prices were lower, and the world watched.\n\nLower Saucon Township supervisors approved a solar farm. The reef is a World Heritage site.",
			map[string]actors.Kind{"Lower Saucon Township": actors.Place, "Saucon Township": "", "World Heritage": actors.Organization}},
		{"an honorific and one letter, a nickname", "His instructor calls him 'Mr. T.' and Ms. K said nothing. Mr. Dale Thibodeau laughed.",
			map[string]actors.Kind{"T": "", "K": "", "Dale Thibodeau": actors.Person}},
		{"other languages' honorifics and clergy's titles", "Madame Colette Arnaud-Vey, Herr Jurgen Falkberg-Os, Señora Lucia Benavente-Ruiz, Khun Somchai Wattanakul-Reyes, Ibu Sri Wahyuningsih-Tan and Encik Ahmad Faizal-Rahim met Pastor Samuel Adeyemi-Cole and Monsignor Piero Vallisneri-Dal.",
			map[string]actors.Kind{"Colette Arnaud-Vey": actors.Person, "Jurgen Falkberg-Os": actors.Person, "Lucia Benavente-Ruiz": actors.Person, "Somchai Wattanakul-Reyes": actors.Person, "Sri Wahyuningsih-Tan": actors.Person, "Ahmad Faizal-Rahim": actors.Person, "Samuel Adeyemi-Cole": actors.Person, "Piero Vallisneri-Dal": actors.Person, "Madame Colette Arnaud-Vey": "", "Pastor Samuel Adeyemi-Cole": ""}},
		{"shops, farms and local trades by their last word", "Workers at Sunrise Bakery, Rivera Farms, Crestview Dental and Silverline Taxis said they were worried; Harlow Brewery and Elmwood Clinic agreed, and so did the owners of Stonebridge Mill.",
			map[string]actors.Kind{"Sunrise Bakery": actors.Organization, "Rivera Farms": actors.Organization, "Crestview Dental": actors.Organization, "Silverline Taxis": actors.Organization, "Harlow Brewery": actors.Organization, "Elmwood Clinic": actors.Organization, "Stonebridge Mill": actors.Place}},
		{"places by their water, coast and upland words, with no preposition before them", "Otter Creek was closed after the storm. Lyndale Reservoir and Ravens Point flooded, Tern Cove and Stag Moor were cut off, and Loch Ness rose.",
			map[string]actors.Kind{"Otter Creek": actors.Place, "Lyndale Reservoir": actors.Place, "Ravens Point": actors.Place, "Tern Cove": actors.Place, "Stag Moor": actors.Place, "Loch Ness": actors.Place}},
		{"campaigns, charities and volunteer groups, even after a place's word", "Flood Aid welcomed the decision, and Mountain Rescue, River Keepers, Patients First, Climate Now and Refugee Action agreed. Ravi Firstbrook-Hale, 61, of Hope Ministries spoke.",
			map[string]actors.Kind{"Flood Aid": actors.Organization, "Mountain Rescue": actors.Organization, "River Keepers": actors.Organization, "Patients First": actors.Organization, "Climate Now": actors.Organization, "Refugee Action": actors.Organization, "Hope Ministries": actors.Organization, "Ravi Firstbrook-Hale": actors.Person}},
		{"an established church, and a society named for what it serves", "The plan was opposed at the Church of Scotland's assembly, and by the Society of Motor Manufacturers and Traders.",
			map[string]actors.Kind{"Church of Scotland": actors.Organization, "Society of Motor Manufacturers and Traders": actors.Organization}},
		{"a food shop's pantry", "Rivals including Oakfield Pantry flagged weaker demand.",
			map[string]actors.Kind{"Oakfield Pantry": actors.Organization}},
		{"a chamber's committee on two portfolios", "Ms Wafula-Naliaka told the Senate Committee on Agriculture and Water on Tuesday that the audit would be done, and the House Committee on Energy and Commerce met.",
			map[string]actors.Kind{"Senate Committee on Agriculture and Water": actors.Organization, "House Committee on Energy and Commerce": actors.Organization, "Water": "", "Commerce": ""}},
		{"a body of a place before its officer's title", "Bank of Ghana Governor Kwesi Adjei-Mensah spoke, and he met Bank of England Governor Andrew Baily-Ross.",
			map[string]actors.Kind{"Bank of Ghana": actors.Organization, "Bank of England": actors.Organization, "Kwesi Adjei-Mensah": actors.Person, "Andrew Baily-Ross": actors.Person, "Bank": ""}},
		{"two names after 'and The', and a conservancy", "The Nature Conservancy and The Salvation Army helped, as did the Trussell Trust.",
			map[string]actors.Kind{"Nature Conservancy": actors.Organization, "Salvation Army": actors.Organization, "Nature Conservancy and The Salvation Army": ""}},
		{"a quotation's first word opens a sentence", "The union leader was blunt. “Workers have shown patience for two years,” she said, and the plant's manager answered: “Workers who started this year will keep their jobs.”",
			map[string]actors.Kind{"Workers": ""}},
		{"a school's head by title", "Headteacher Ruth Alcock-Penn said the school was devastated, and Principal Amos Kiprono-Lagat agreed.",
			map[string]actors.Kind{"Ruth Alcock-Penn": actors.Person, "Amos Kiprono-Lagat": actors.Person, "Headteacher Ruth Alcock-Penn": "", "Principal Amos Kiprono-Lagat": ""}},
		{"gatherings, pilgrimages and a climate conference by number, and a hillwalkers' bothy", "The Kumbh Mela drew millions, the Hajj ended, and delegates flew to COP31 in Antalya. He set off for Corrour Bothy.",
			map[string]actors.Kind{"Kumbh Mela": "", "Hajj": "", "COP31": "", "Antalya": actors.Place, "Corrour Bothy": actors.Place}},
		{"a holder's standing before a title, and a career before a noun that may name a body", "Acting President Lamin Ceesay-Bah signed it. Embattled chief executive Tom Rundle-Parr quit, and veteran broadcaster Malcolm Treece-Adair retired.",
			map[string]actors.Kind{"Lamin Ceesay-Bah": actors.Person, "Acting": "", "Embattled": "", "Tom Rundle-Parr": actors.Person, "Malcolm Treece-Adair": actors.Person}},
		{"a company by its web address", "Customers of Brightwater.com complained on Monday, and staff at Ravensworth & Co. walked out.",
			map[string]actors.Kind{"Brightwater.com": actors.Organization, "Brightwater": "", "Ravensworth & Co": actors.Organization}},
		{"a governorate and an emirate by name", "Crews reached Dhofar Governorate on Monday, and Fujairah Emirate sent help.",
			map[string]actors.Kind{"Dhofar Governorate": actors.Place, "Fujairah Emirate": actors.Place}},
		{"a place's police and council named in lower case after it", "Inspector Ana Rolle-Barr of Hunter Valley police said the boy was found, and the Marlow Springs city council met as Brantford police officers stood by the Surry Hills police station.",
			map[string]actors.Kind{"Hunter Valley police": actors.Organization, "Hunter Valley": actors.Place, "Marlow Springs city council": actors.Organization, "Brantford police": actors.Organization, "Surry Hills police": "", "Ana Rolle-Barr": actors.Person}},
		{"a company's works", "The contract went to Tidewater Marine Works in March, and Tidewater Marine Works did not respond.",
			map[string]actors.Kind{"Tidewater Marine Works": actors.Organization}},
		{"a company before its stock's ticker", "Teslin Microdevices (TSMD.O) fell 4%, Halden Foods (NYSE: HLF) rose, and South Korea's Daesong Motor (005380.KS) was flat. Shares of Kirov Tanaka (7203.T) fell.",
			map[string]actors.Kind{"Teslin Microdevices": actors.Organization, "Halden Foods": actors.Organization, "Daesong Motor": actors.Organization, "South Korea": actors.Place, "Kirov Tanaka": actors.Organization, "Shares of Kirov Tanaka": ""}},
		{"a work's title after its noun", "Their album Night Ferry was nominated, the 2019 film Dark Water won and their single Harbour Lights charted, but the book Rory Kell-Obi wrote sold little.",
			map[string]actors.Kind{"Night Ferry": "", "Dark Water": "", "Harbour Lights": "", "Rory Kell-Obi": actors.Person}},
		{"a relative of so many years, set off before the first name", "Fenwick Arden-Roe is survived by his wife of 62 years, Margaret; and Ines Varro-Bell by her husband of 40 years, Tom.",
			map[string]actors.Kind{"Margaret": actors.Person, "Tom": actors.Person}},
		{"a state of the gazetteer before a portfolio and a title", "On Monday, Maharashtra Transport Minister Sudhakar Patil-Deshmane ordered an inquiry, and Odisha Health Minister Rabi Mohanty-Das agreed.",
			map[string]actors.Kind{"Maharashtra": actors.Place, "Odisha": actors.Place, "Sudhakar Patil-Deshmane": actors.Person, "Rabi Mohanty-Das": actors.Person}},
		{"a journey's ends: from a known place to another, and a place left for another", "The bus was on its way from Pune to Shirdi, and a second one left Nashik for Shirdi. Shops open from Monday to Friday.",
			map[string]actors.Kind{"Shirdi": actors.Place, "Nashik": actors.Place, "Nashik for Shirdi": "", "Monday": ""}},
		{"an office's district in brackets after its title, and a travel company", "Superintendent of Police (Pune Rural) Ankita Deshpande-Rao said the bus of Shree Sai Travels had been seized, as did the Office of the Data Protection Commissioner (ODPC).",
			map[string]actors.Kind{"Pune Rural": "", "Pune": actors.Place, "Ankita Deshpande-Rao": actors.Person, "Shree Sai Travels": actors.Organization, "ODPC": actors.Organization}},
		{"a city's ward, a local government area, an energy company", "Residents in Kyoto's Higashiyama Ward complained, gunmen struck Rafi LGA, and Norvane Énergie raised pay; Rachel Ward-Pike said nothing.",
			map[string]actors.Kind{"Higashiyama Ward": actors.Place, "Kyoto": actors.Place, "Rafi LGA": actors.Place, "Norvane Énergie": actors.Organization, "Rachel Ward-Pike": actors.Person}},
		{"a calling opening a sentence before a name is the role", "Actress Rachel Ward said no. Singer Ross Kell-Bain said yes. Comedian Sam Pell-Dunne laughed.",
			map[string]actors.Kind{"Rachel Ward": actors.Person, "Actress Rachel Ward": "", "Ross Kell-Bain": actors.Person, "Singer Ross Kell-Bain": "", "Sam Pell-Dunne": actors.Person, "Comedian Sam Pell-Dunne": ""}},
		{"Japan's Chief Cabinet Secretary is a title, no body", "Chief Cabinet Secretary Hiroshi Nakagawa-Ono said so, and Supreme Court Justice Mara Ellison-Vane agreed.",
			map[string]actors.Kind{"Hiroshi Nakagawa-Ono": actors.Person, "Chief Cabinet": "", "Supreme Court": actors.Organization}},
		{"a person's name set in quotation marks, an agency reporting, a former mayor, a member's seat", "Earlier, “Nurlan Seitkaliyev”, a member of the Mazhilis, said so, Steppe Wire reports citing the ministry. Former Çankaya mayor Mehmet Ali Yıldırım-Öz was acquitted. Member for Ovens Valley Tim McCurdy-Lane agreed, and MP for Harlow West Ellie Reid-Pym did not.",
			map[string]actors.Kind{"Nurlan Seitkaliyev": actors.Person, "Steppe Wire": actors.Organization, "Çankaya": actors.Place, "Mehmet Ali Yıldırım-Öz": actors.Person, "Ovens Valley": actors.Place, "Tim McCurdy-Lane": actors.Person, "Harlow West": actors.Place, "Ellie Reid-Pym": actors.Person}},
		{"a peer by the peerage's place, and a firm after broker", "Lord Pemberton of Rye led the search, said Priyanka Menon-Hart of broker Cavendish Lowe, and Lord Pemberton said it was done. Mortgage broker Jane Ross-Pell said no.",
			map[string]actors.Kind{"Lord Pemberton of Rye": actors.Person, "Rye": "", "Cavendish Lowe": actors.Organization, "Priyanka Menon-Hart": actors.Person, "Jane Ross-Pell": actors.Person}},
		{"a city's team by a plural nickname, and a party's side before a role", "Lahore Qalandars beat Otago Volts, and Boston Celtics lost. Opposition leader Yaw Boateng-Mensah and Opposition ports spokesman Callum Rennick-Fife objected.",
			map[string]actors.Kind{"Lahore Qalandars": actors.Organization, "Otago Volts": actors.Organization, "Boston Celtics": actors.Organization, "Opposition": "", "Yaw Boateng-Mensah": actors.Person, "Callum Rennick-Fife": actors.Person}},
		{"a Korean family name alone, a street in lower case, a quarter, a people's committee", "A court jailed former lawmaker Park Ji-hoon and fined Park 150 million won. Vendors sell on Hàng Bạc street in the Old Quarter near the Mumbai-Agra highway, and the Hoàn Kiếm district people's committee said no.",
			map[string]actors.Kind{"Park Ji-hoon": actors.Person, "Park": "", "Hàng Bạc": actors.Place, "Old Quarter": actors.Place, "Mumbai": actors.Place, "Agra": actors.Place, "Mumbai-Agra": "", "Hoàn Kiếm district people's committee": actors.Organization}},
		{"a maker before its model's code, a flight's number", "The Embraer E195 was operating flight SK417 to Curitiba, and an Airbus A320neo and a Lockheed F-35 were grounded; the A321neo flew on.",
			map[string]actors.Kind{"Embraer": actors.Organization, "Embraer E195": "", "SK417": "", "Airbus": actors.Organization, "Airbus A320neo": "", "Lockheed F": "", "A321neo": ""}},
		{"a nickname without quotation marks after known as", "The DSF, commanded by Musa Adam Haroun, known as Abu Shanab, has been at war since March.",
			map[string]actors.Kind{"Musa Adam Haroun": actors.Person, "Abu Shanab": ""}},
		{"a party before its members' letters, a body before its staff, a programme, a region's legislature", "Te Pāti Māori MPs walked out, a chief told Morning Report, the committee will hear from Te Whatu Ora officials, and the DA spokesperson in the Gauteng legislature agreed.",
			map[string]actors.Kind{"Te Pāti Māori": actors.Organization, "Te Pāti Māori MPs": "", "Morning Report": actors.Organization, "Te Whatu Ora": actors.Organization, "Gauteng legislature": actors.Organization, "Gauteng": actors.Place}},
		{"a feast, a season or a disease in capitals names no one", "Families marked Lunar New Year and New Year's Eve, as Bird Flu spread and Long Covid cases rose; Doris Pell-Day said so.",
			map[string]actors.Kind{"Lunar New Year": "", "New Year's Eve": "", "Bird Flu": "", "Long Covid": "", "Doris Pell-Day": actors.Person}},
		{"words the article also writes together in lower case, and a generation, are no one", "Experts on Artificial Intelligence and Climate Change met, saying climate change and artificial intelligence would shape jobs for Gen Z; the Electoral Commission, which the electoral commission's staff run, agreed, and Grace Hill-Obi said so.",
			map[string]actors.Kind{"Artificial Intelligence": "", "Climate Change": "", "Gen Z": "", "Electoral Commission": actors.Organization, "Grace Hill-Obi": actors.Person}},
		{"a given name that is a common word, opening a sentence before a person's cue", "Mark Fairweather said the council would pay, and the vote will mark a change. Will Ashby-Cole, 41, said the bill would be paid. Prices Rose-Beck said nothing.",
			map[string]actors.Kind{"Mark Fairweather": actors.Person, "Fairweather": "", "Will Ashby-Cole": actors.Person}},
		{"a given name alone before and a full name shares its surname; relatives in the plural opening a sentence", "Lena and Tomas Brandvik, who have lived on the street for 40 years, lost their home. Sisters Amina and Fatuma Wekesa-Oloo ran the shop, backed by SoftBank and Sequoia Capital.",
			map[string]actors.Kind{"Lena Brandvik": actors.Person, "Tomas Brandvik": actors.Person, "Amina Wekesa-Oloo": actors.Person, "Fatuma Wekesa-Oloo": actors.Person, "Sisters Amina": "", "SoftBank Capital": "", "SoftBank": actors.Organization}},
		{"Welsh places by their first word", "He was flown to Ysbyty Gwynedd after a fall near Cwm Idwal and Llyn Ogwen, above Afon Ogwen.",
			map[string]actors.Kind{"Ysbyty Gwynedd": actors.Place, "Cwm Idwal": actors.Place, "Llyn Ogwen": actors.Place, "Afon Ogwen": actors.Place}},
		{"in a match report, a club named for its town", "Harrowgate Town took the lead through a header before a penalty from the spot levelled it, and the keeper was beaten in stoppage time; fans travelled from Brayford City to watch, and Kelston City host them next.",
			map[string]actors.Kind{"Harrowgate Town": actors.Organization, "Brayford City": actors.Place, "Kelston City": actors.Organization}},
		{"an Irish garda's rank and a barrister's letters", "Garda Niamh Costigan told the court the worker was terrified, counsel Aoife Brannigan-Hale BL said her client was drug-free, and a Garda spokesperson said Letterkenny Garda Station would stay open.",
			map[string]actors.Kind{"Niamh Costigan": actors.Person, "Garda Niamh Costigan": "", "Aoife Brannigan-Hale": actors.Person, "Aoife Brannigan-Hale BL": ""}},
		{"a trade body's makers of a country after and, and a state's army before its officials", "The Pharmaceutical Research and Manufacturers of America objected, and Lebanese army officials said the village was near the border.",
			map[string]actors.Kind{"Pharmaceutical Research and Manufacturers of America": actors.Organization, "Pharmaceutical Research": "", "Lebanese army": actors.Organization}},
		{"a child named by a first name set off, and a party of the people's", "The car was found in Horfield with the boy, Kai, asleep in his seat, and the opposition People's Party said so.",
			map[string]actors.Kind{"Kai": actors.Person, "People's Party": actors.Organization, "Party": ""}},
		{"a broadcaster's initials before its programme's name", "She told BBC Points West she screamed, ITV Granada Reports showed the car, and BBC Radio Scotland called.",
			map[string]actors.Kind{"BBC Points West": actors.Organization, "Points West": "", "ITV Granada Reports": actors.Organization, "Scotland": actors.Place}},
		{"a party whose name ends in its people's adjective, before party", "Thailand's ruling Pheu Thai party nominated a candidate, and the Bhumjai Thai party objected.",
			map[string]actors.Kind{"Pheu Thai": actors.Organization, "Bhumjai Thai": actors.Organization, "Pheu": "", "Thailand": actors.Place}},
		{"a body of a place before its officer in lower case", "United Nurses of Alberta president Heather Smith-Lavoie said the deal was fair, and Jane Roe-Pike of Ottawa said so too.",
			map[string]actors.Kind{"United Nurses of Alberta": actors.Organization, "United Nurses": "", "Heather Smith-Lavoie": actors.Person, "Jane Roe-Pike": actors.Person}},
		{"a brand run together with a short first part", "Tendai Mupfumira-Banda founded SunStop in Harare. Later EirGrid and PayPal backed it; Ross MacArthur-Bell and Lee DelBene-Shaw did not.",
			map[string]actors.Kind{"SunStop": actors.Organization, "EirGrid": actors.Organization, "PayPal": actors.Organization, "Ross MacArthur-Bell": actors.Person, "Lee DelBene-Shaw": actors.Person}},
		{"a firm or a school named like a person, by its shares or its staff", "Johnson Matthey shares fell, researchers at Sciences Po published the data, and a lawyer at Harcastle Lane, Ciarán Mulvey-Orr, said so.",
			map[string]actors.Kind{"Johnson Matthey": actors.Organization, "Sciences Po": actors.Organization, "Harcastle Lane": actors.Organization, "Ciarán Mulvey-Orr": actors.Person}},
		{"lead-in words opening a sentence before a name", "Late Tuesday Jane Ode-Pike said the vote would go ahead. Like Jane Ode-Pike, Ravi Menon-Tull voted yes. Overnight Storm Hana hit.",
			map[string]actors.Kind{"Jane Ode-Pike": actors.Person, "Late Tuesday Jane Ode-Pike": "", "Like Jane Ode-Pike": "", "Ravi Menon-Tull": actors.Person, "Overnight Storm Hana": ""}},
		{"Indonesian and Malay honours before a name", "Dato' Sri Zahid Hamidi-Noor met Kyai Haji Ma'ruf Amin-Sahid and Bapak Budi Santoso-Wijaya, and Pak Yong Gwang of the WPK joined them.",
			map[string]actors.Kind{"Zahid Hamidi-Noor": actors.Person, "Sri Zahid Hamidi-Noor": "", "Ma'ruf Amin-Sahid": actors.Person, "Kyai Haji Ma'ruf Amin-Sahid": "", "Budi Santoso-Wijaya": actors.Person, "Pak Yong Gwang": actors.Person}},
		{"aid groups named like a phrase", "Save the Children appealed for funds, and Christian Aid sent a team.",
			map[string]actors.Kind{"Save the Children": actors.Organization, "Christian Aid": actors.Organization}},
		{"a capital as a point of reference is the city, not its government", "Schools closed in Mbarara, a town about 270 kilometres southwest of Kampala, and on the outskirts of Athens.",
			map[string]actors.Kind{"Kampala": actors.Place, "Athens": actors.Place, "Uganda": "", "Greece": ""}},
		{"more teams' nicknames after a place", "Kaizer Chiefs and Orlando Pirates drew, and the Sacramento Kings beat the New York Knights.",
			map[string]actors.Kind{"Orlando Pirates": actors.Organization, "Sacramento Kings": actors.Organization, "New York Knights": actors.Organization}},
		{"a club named like a place, by its manager's role with The", "The Crystal Palace manager, Oliver Glasner-Rudd, said his side had been unlucky, and The Toulouse coach Hervé Iturri-Baz agreed.",
			map[string]actors.Kind{"Crystal Palace": actors.Organization, "Oliver Glasner-Rudd": actors.Person, "Toulouse": actors.Organization}},
		{"an animal's name after its noun and a naming verb, or in apposition; a person's noun between keeps a person", "A giant panda cub born at the zoo in August has been named Mei Lin after a public vote. The elephant, Raja Tusk, is 60. A baby girl born on the ferry was named Amelia Stonebridge, said the captain, Peter Hale.",
			map[string]actors.Kind{"Mei Lin": "", "Raja Tusk": "", "Amelia Stonebridge": actors.Person, "Peter Hale": actors.Person}},
		{"a venue where a contest is won or lost, though named like a person", "Lucia Ferreyra, a semi-finalist at Roland Garros last month, lost to Ada Kemp, whose first title at Queens Park came in May.",
			map[string]actors.Kind{"Roland Garros": actors.Place, "Queens Park": actors.Place, "Lucia Ferreyra": actors.Person, "Ada Kemp": actors.Person}},
		{"a body's name that \"All\" opens after \"the\", and a zoo", "The All England Club and Edinburgh Zoo said the All India Football Federation would visit.",
			map[string]actors.Kind{"All England Club": actors.Organization, "England Club": "", "Edinburgh Zoo": actors.Organization, "All India Football Federation": actors.Organization}},
		{"a nationality, a person, then \"of\" and a team; the team a rider rides for", "Jens Vandermeulen finished clear of Australia's Hamish Trevallyn of Jayco AlUla, and Dane Rasmus Kjaergaard of Visma-Lease was third. Tom Kiely is riding for Lotto Dstny this year.",
			map[string]actors.Kind{"Hamish Trevallyn": actors.Person, "Jayco AlUla": actors.Organization, "Rasmus Kjaergaard": actors.Person, "Visma-Lease": actors.Organization, "Lotto Dstny": actors.Organization, "Tom Kiely": actors.Person, "Hamish Trevallyn of Jayco AlUla": ""}},
		{"a prize named for its metal, a race meeting, a mountain pass and a peak", "The Silver Bear for best director went to Andrei Vladutescu before the Galway Races, and the riders climbed the Col de Peyresourde and Mont Ventoux.",
			map[string]actors.Kind{"Silver Bear": "", "Galway Races": "", "Andrei Vladutescu": actors.Person, "Col de Peyresourde": actors.Place, "Mont Ventoux": actors.Place}},
		{"a numbered street, and a country's possessive after \"and\" opening another body", "Officers were called to 35th Avenue. Researchers at the University of Tasmania and Germany's GEOMAR Helmholtz Centre took part.",
			map[string]actors.Kind{"35th Avenue": actors.Place, "Avenue": "", "University of Tasmania": actors.Organization, "University of Tasmania and Germany": "", "Germany": actors.Place}},
		{"counsel as a title", "Senior Counsel Otieno Odhiambo-Were, for the operators, told reporters the county had not consulted anyone, and General Counsel Mary Bright-Oduya agreed.",
			map[string]actors.Kind{"Otieno Odhiambo-Were": actors.Person, "Senior Counsel Otieno Odhiambo-Were": "", "Mary Bright-Oduya": actors.Person, "General Counsel Mary Bright-Oduya": ""}},
		{"a place near a known place, a countryside calling, a civil engineering firm, and a day the calendar names", "Gemma Thwaite was walking at Ogden Water near Halifax. Crofter Iain MacPhail agreed. The contractor, Carraway Civil, went into administration. The band has played at every Marsden Remembrance Sunday service since, and on Good Friday.",
			map[string]actors.Kind{"Ogden Water": actors.Place, "Iain MacPhail": actors.Person, "Crofter Iain MacPhail": "", "Carraway Civil": actors.Organization, "Marsden Remembrance": "", "Marsden Remembrance Sunday": "", "Good Friday": ""}},
		{"a brand of two three-letter words run together", "Ferries were cancelled on all CalMac routes after the storm, said Iain Ross.",
			map[string]actors.Kind{"CalMac": actors.Organization, "Iain Ross": actors.Person}},
		{"a state of a federation the lexicon lacks, a school of a capital, a hill a path climbs, property firms, and a party named for its country in brackets after a candidate", "She was born in Ibadan, Oyo State, and studied at the London School of Economics. Rangers closed the path up Cat Bells, and the developer, Glanhafren Estates, agreed. Amirujjaman Piyal (Islami Andolan Bangladesh) came third.",
			map[string]actors.Kind{"Oyo State": actors.Place, "London School of Economics": actors.Organization, "School of Economics": "", "Cat Bells": actors.Place, "Glanhafren Estates": actors.Organization, "Islami Andolan Bangladesh": actors.Organization, "Islami Andolan": "", "Amirujjaman Piyal": actors.Person}},
		{"the pastures and the government of a place, not a leader's government; teams a coach's role names", "He walks up to the high pastures of Abodi each June, the regional government of Navarre pays for it, and the government of Jane Doe-Ruiz fell. Accra Hearts of Oak beat Asante Kotoko. Hearts coach Aboubakar Ouattara was pleased; Kotoko coach Prosper Ogum was not, and Head coach Travis Hedley said nothing.",
			map[string]actors.Kind{"Abodi": actors.Place, "Navarre": actors.Place, "Jane Doe-Ruiz": actors.Person, "Hearts of Oak": actors.Organization, "Asante Kotoko": actors.Organization, "Aboubakar Ouattara": actors.Person, "Travis Hedley": actors.Person}},
		{"a player's coach by the player's possessive names no team", "Matteo Bellandi won the title. Bellandi's coach, Franco Dellavalle, said the serve had changed.",
			map[string]actors.Kind{"Matteo Bellandi": actors.Person, "Franco Dellavalle": actors.Person}},
		{"a place's force before an officer's title; an event's name that speaks is its organisers'; an investment firm; a bishop's see", "NSW Police Inspector Jordan Whitely said it was cold, and US Army General Mark Hale agreed. The South African Music Awards said in a statement that it was sad. Investors included Tiger Global and Peak XV Partners. Wróblewski was the bishop of Tarnów.",
			map[string]actors.Kind{"NSW Police": actors.Organization, "Jordan Whitely": actors.Person, "US Army": actors.Organization, "Mark Hale": actors.Person, "South African Music Awards": actors.Organization, "Tiger Global": actors.Organization, "Peak XV Partners": actors.Organization, "Tiger Global and Peak XV Partners": "", "Tarnów": actors.Place}},
		{"a city's name that is also a given name, before a surname or an age, but a team's plural or common word", "The pair, Sydney Okafor, 24, and Paris Whitlock-Hale set off from Sydney. The Orlando Magic beat the Phoenix Suns.",
			map[string]actors.Kind{"Sydney Okafor": actors.Person, "Paris Whitlock-Hale": actors.Person, "Sydney": actors.Place, "Phoenix Suns": actors.Organization}},
		{"a case's party before \"v.\", lawyers \"for\" a firm, a body named with \"for\", an ocean, a place before \"resident\", a roled person before \"and\", a place's prosecutor's office, a numbered mission", "The court heard Hallett v. Department of Labor. Lawyers for Hallett Freight argued, and Lawyers for Human Rights said the same. The capsule came down in the Pacific Ocean. Anglesey resident Gareth Pritchard watched, with mission specialist Ingrid Aalto and Canadian Space Agency astronaut Luc Tremblay, and the Izmir chief prosecutor's office said the Artemis V crew was safe.",
			map[string]actors.Kind{"Hallett": "", "Department of Labor": actors.Organization, "Hallett Freight": actors.Organization, "Lawyers for Hallett Freight": "", "Lawyers for Human Rights": actors.Organization, "Pacific Ocean": actors.Place, "Anglesey": actors.Place, "Gareth Pritchard": actors.Person, "Ingrid Aalto": actors.Person, "Canadian Space Agency": actors.Organization, "Izmir chief prosecutor's office": actors.Organization, "Artemis V": ""}},
		{"a city's given name and a hyphened surname ending in s is no team", "The company's lawyer, Victoria Ashcombe-Reyes, spoke, and the Lahore Qalandars won.",
			map[string]actors.Kind{"Victoria Ashcombe-Reyes": actors.Person, "Lahore Qalandars": actors.Organization}},
		{"a place the lexicon knows before \"v.\" is named; a qualifier before a place and \"resident\" is not", "The 6-3 decision in Arizona v. Nevada stands. Longtime Doney Park resident Ada Kemp-Rowe was pleased.",
			map[string]actors.Kind{"Arizona": actors.Place, "Doney Park": actors.Place, "Longtime Doney Park": "", "Ada Kemp-Rowe": actors.Person}},
		{"a market's name, a stall run by someone, a group of residents, and a body's rating list", "The stall at Tiong Bahru Market, Ah Seng Braised Duck, run by Mr Lim Ah Seng, was praised by Tiong Bahru Residents, and named in the Michelin Guide's Bib Gourmand list.",
			map[string]actors.Kind{"Tiong Bahru Market": actors.Place, "Ah Seng Braised Duck": actors.Organization, "Lim Ah Seng": actors.Person, "Tiong Bahru Residents": actors.Organization, "Michelin Guide": actors.Organization, "Bib Gourmand": ""}},
		{"a common word opening a long name that a body's suffix ends", "The mid-point came. Mid Pennine Hospitals NHS Foundation Trust said 37 patients were affected.",
			map[string]actors.Kind{"Mid Pennine Hospitals NHS Foundation Trust": actors.Organization, "Pennine Hospitals NHS Foundation Trust": ""}},
		{"a prize named after the body that gives it", "Olof Gunnarsdottir has won the Nordic Council Music Prize, and the Royal Society Science Book Prize went to Ade Bello.",
			map[string]actors.Kind{"Nordic Council": actors.Organization, "Nordic Council Music Prize": "", "Royal Society": actors.Organization, "Ade Bello": actors.Person}},
		{"a portfolio and a country opening a sentence, the public body, though the word is written in lower case too", "Transport Scotland, the government agency, said councils were responsible for rural transport.",
			map[string]actors.Kind{"Transport Scotland": actors.Organization, "Scotland": actors.Place}},
		{"a part of a town by its number, though the word is written in lower case too", "When the hillside above Ward 12 slid down, residents of Sector 7 were moved, a blow to the private sector and the ward.",
			map[string]actors.Kind{"Ward 12": actors.Place, "Sector 7": actors.Place}},
		{"a given name that is a city's, then \"and\" and a full name with a past verb; a club one plays for named alone", "Pierre and Antoine Delacroix-Morin walked the rows on Tuesday. Emeka Obi-Nwosu played as a striker for Enyimba and later signed for Gent.",
			map[string]actors.Kind{"Pierre Delacroix-Morin": actors.Person, "Antoine Delacroix-Morin": actors.Person, "Enyimba": actors.Organization, "Emeka Obi-Nwosu": actors.Person}},
		{"a brand, \"and\", and a body a country's name ends, then a past verb: no shared surname", "Airlines including Jetstar and Virgin Australia cancelled 48 flights.",
			map[string]actors.Kind{"Jetstar Australia": "", "Virgin Australia": actors.Organization}},
		{"a church \"of the\" a body's word, and the body that lists a World Heritage site", "The bell tower of the Church of the Company was damaged, and the centre is a UNESCO World Heritage site.",
			map[string]actors.Kind{"Church of the Company": actors.Organization, "Company": "", "UNESCO": actors.Organization, "UNESCO World Heritage": ""}},
		{"a people's adjective in another language opening a body's name, a bank in Filipino and its \"ng\"", "Norsk Hydro will cut output, and the Bangko Sentral ng Pilipinas kept its rate, Svenska Dagbladet reported.",
			map[string]actors.Kind{"Norsk Hydro": actors.Organization, "Bangko Sentral ng Pilipinas": actors.Organization, "Svenska Dagbladet": actors.Organization, "Bangko Sentral": ""}},
		{"an officer's body after the title and \"of\", then the officer; a place a body calls its own, before a place's noun", "Vice Chairman of the municipal People's Committee Nguyen Van Tung-Lam said the city will double the capacity of its Lach Huyen deep-water port, and its Megane E-Tech sold well.",
			map[string]actors.Kind{"People's Committee": actors.Organization, "Nguyen Van Tung-Lam": actors.Person, "People's Committee Nguyen Van Tung-Lam": "", "Lach Huyen": actors.Place, "Megane E-Tech": ""}},
		{"a compass's adjective before a noun, after a sentence's common first word", "Prices rose across the new west. New Western sanctions will not change Russia's policy, and Western governments agreed.",
			map[string]actors.Kind{"New Western": "", "Western": "", "Russia": actors.Place}},
		{"a town's club one played on the wing for, a town's magistrates", "Gwyn Prosser played on the wing for Llanelli in the 1960s. Chelsea Barnes-Whitcombe appeared before Telford magistrates on Monday, and the race for London was close.",
			map[string]actors.Kind{"Llanelli": actors.Organization, "Telford magistrates": actors.Organization, "Telford": actors.Place, "Gwyn Prosser": actors.Person}},
		{"a body of the lexicon, then a country: its branch there", "Amnesty International Nigeria said the killings showed that villagers were alone, and Amnesty International agreed.",
			map[string]actors.Kind{"Amnesty International Nigeria": actors.Organization, "Amnesty International": actors.Organization}},
		{"Pakistan's honorific, a town's municipality in lower case", "Punjab Finance Minister Mian Tariq Mehmood-Sheikh said the freeze would cost money, and Smt. Leela Menon-Nair, president of the Aluva municipality, presided.",
			map[string]actors.Kind{"Tariq Mehmood-Sheikh": actors.Person, "Mian Tariq Mehmood-Sheikh": "", "Aluva municipality": actors.Organization, "Aluva": actors.Place, "Leela Menon-Nair": actors.Person}},
		{"a surname the article named in full before \"and\" is no shared surname", "Joe Biden spoke first at the rally in Scranton on Tuesday evening. Biden and Donald Trump debated for two hours.",
			map[string]actors.Kind{"Joe Biden": actors.Person, "Donald Trump": actors.Person, "Biden Trump": ""}},
		{"a Romance body named for a place the lexicon knows; a university of a city whose name has a small word inside", "She trained at the Conservatoire de Paris and taught at the University of Dar es Salaam before the Orchestre de Paris hired her.",
			map[string]actors.Kind{"Conservatoire de Paris": actors.Organization, "University of Dar es Salaam": actors.Organization, "Orchestre de Paris": actors.Organization, "Conservatoire": "", "University of Dar": ""}},
		{"a maker's name and a common word before a model's number is a product; the charities that close police appeals", "The Norvane Pulse 5 (pictured) goes on sale in March, and the Norvane Drift 2 follows. Norvane, the Oslo-based maker, said demand was strong. Anyone who saw the theft should contact Crimestoppers anonymously or call the Samaritans.",
			map[string]actors.Kind{"Norvane": actors.Organization, "Norvane Pulse": "", "Norvane Drift": "", "Crimestoppers": actors.Organization, "Samaritans": actors.Organization}},
		{"a state's body before a verb that ends in no \"-ed\"", "Sudan's army took the bridge on Monday, and the Ethiopian military began a withdrawal.",
			map[string]actors.Kind{"Sudan's army": actors.Organization, "Ethiopian military": actors.Organization}},
		{"a section's label in capitals; an officer's charge and area between the title and the name; South Asia's markets and gardens", "STOCK REVIEW MEETING: Assistant Commissioner Saddar Haris Mehmood Awan and Assistant Commissioner Daska Sidra Javed Basra inspected stalls at Lohari Mandi and Nishat Bagh, while Deputy Director Livestock Extension Imtiaz Hussain Gondal and District Food Controller Saima Rafiq attended.",
			map[string]actors.Kind{"Haris Mehmood Awan": actors.Person, "Sidra Javed Basra": actors.Person, "Daska": actors.Place, "Imtiaz Hussain Gondal": actors.Person, "Saima Rafiq": actors.Person, "Lohari Mandi": actors.Place, "Nishat Bagh": actors.Place, "Review Meeting": "", "Stock Review Meeting": "", "Saddar Haris Mehmood Awan": "", "Daska Sidra Javed Basra": "", "Livestock Extension Imtiaz Hussain Gondal": ""}},
		{"a place's prefix before an officer's title is the officer's role", "Police named the suspects as Barangay Captain Lito Ramos-Dy and Barangay Kagawad Nestor Pacaña-Uy, and said Barangay Lahug stayed calm.",
			map[string]actors.Kind{"Lito Ramos-Dy": actors.Person, "Nestor Pacaña-Uy": actors.Person, "Barangay Lahug": actors.Place, "Barangay Captain Lito Ramos-Dy": ""}},
		{"a place's apposition; a lone name after a body's officer and \"of\"; a body after its officer's title and \"of\"", "The suspects were paraded in Ilaro, the divisional headquarters town, and in Ijebu-Ode, the zonal capital, where the chairman of Lasmara and the Chairman of Ado-Odo Ota Local Government, Hon. Kunle Adesanya-Bello, spoke, as did Femi Okonjo, an analyst at Greystone Capital.",
			map[string]actors.Kind{"Ijebu-Ode": actors.Place, "Lasmara": actors.Organization, "Ado-Odo Ota Local Government": actors.Organization, "Kunle Adesanya-Bello": actors.Person, "Femi Okonjo": actors.Person, "Chairman of Ado-Odo Ota Local Government": ""}},
		{"a lone name after a direction and \"of\"; a statistics office named for its country; a span of months; an imperative before \"the\"; a telephone line", "The village lies 60 kilometres southwest of Kirkland, Statistics Canada said, using figures for the April-September period. Call the Provincial Tip Line if you saw the crash.",
			map[string]actors.Kind{"Kirkland": actors.Place, "Statistics Canada": actors.Organization, "Provincial Tip Line": actors.Organization, "April-September": "", "Call the Provincial Tip Line": ""}},
		{"a traditional chief's town after \"the Chief of\"; a district after \"for\" that ends in a compass word; a legislature's building", "Nana Kofi Dwamena Ampem III, the Chief of Asante Akyem Juaso, met the District Chief Executive for Sekyere Central at the state Capitol, and the Chief of Defence Staff sent a message.",
			map[string]actors.Kind{"Asante Akyem Juaso": actors.Place, "Sekyere Central": actors.Place, "Capitol": actors.Place, "Juaso": "", "Defence Staff": ""}},
		{"Zimbabwe's \"Cde\"; a qualifier before a portfolio's word; a body before an officer's title and an honorific", "Minister of State for Manicaland Provincial Affairs and Devolution Cde Rutendo Makoni-Dube toured the dam. Zinwa senior manager Mr Tawanda Gumbo-Sithole showed her the spillway.",
			map[string]actors.Kind{"Rutendo Makoni-Dube": actors.Person, "Tawanda Gumbo-Sithole": actors.Person, "Zinwa": actors.Organization, "Devolution Cde Rutendo Makoni-Dube": "", "Provincial Affairs": ""}},
		{"a suburb's facility after its name; a Māori meeting ground", "The woman was dragged from her car at a Runcorn service station before the hui at Tūrangawaewae Marae, police said.",
			map[string]actors.Kind{"Runcorn": actors.Place, "Tūrangawaewae Marae": actors.Place}},
		{"a travel company", "Buses operated by Harbourline Travel will run to a temporary timetable.",
			map[string]actors.Kind{"Harbourline Travel": actors.Organization}},
		{"a currency's sign before a sum ends a name; the second of two places a road links", "Police said a retired clerk from Baner of Rs 12 lakh was cheated, and the road linking Hadapsar to Uruli Kanchan stays unfinished.",
			map[string]actors.Kind{"Baner": actors.Place, "Uruli Kanchan": actors.Place, "Baner of Rs": ""}},
		{"one known by one name after an officer's title and the body's initials; Thai ranks without stops; an office of a board; a police region's number", "Head of the Garut Regional Disaster Mitigation Agency (BPBD) Satriyo said two villages were cut off. Pol Maj Gen Kittipong Saengthong-Rak, commander of Provincial Police Region 6, briefed the Office of the Narcotics Control Board.",
			map[string]actors.Kind{"Satriyo": actors.Person, "Kittipong Saengthong-Rak": actors.Person, "Provincial Police Region 6": actors.Organization, "Office of the Narcotics Control Board": actors.Organization, "Maj Gen Kittipong Saengthong-Rak": "", "Office": ""}},
		{"a player's position opening a sentence; a station's channel number inside its name; a telephone number in letters", "Quarterback Malik Ostrander-Webb threw for 280 yards, pitcher Sal Ferraro-Lind watched from the stands, and the family told News 12 Brookfield to call 55-TIPS.",
			map[string]actors.Kind{"Malik Ostrander-Webb": actors.Person, "Sal Ferraro-Lind": actors.Person, "News 12 Brookfield": actors.Organization, "Quarterback Malik Ostrander-Webb": "", "TIPS": "", "News": ""}},
		{"Taiwan's branches of government", "The Executive Yuan sent the bill to the Legislative Yuan, where Premier Ho Chia-ming defended it.",
			map[string]actors.Kind{"Executive Yuan": actors.Organization, "Legislative Yuan": actors.Organization, "Ho Chia-ming": actors.Person}},
		{"an engineer's title; a numbered industrial area; a paper known by one name", "Eng. Salem Al Marri-Kaabi opened the depot in Al Quoz Industrial Area 3 and told Haaretz and Al-Ahram about it.",
			map[string]actors.Kind{"Salem Al Marri-Kaabi": actors.Person, "Al Quoz Industrial Area 3": actors.Place, "Haaretz": actors.Organization, "Al-Ahram": actors.Organization, "Eng": ""}},
		{"a correction note's misspelling is no one", "Superintendent Dana Whitfield-Oyo said the staff had been retrained.\n\nCorrection: An earlier version of this story misspelled the superintendent's name. It is Dana Whitfield-Oyo, not Dayna Whitfield-Oyo.",
			map[string]actors.Kind{"Dana Whitfield-Oyo": actors.Person, "Dayna Whitfield-Oyo": ""}},
		{"a place's officer's office; a county's office by its compound title; a firm's ending after an event's word", "The Texas Attorney General's office said it would appeal, the Kessling County Clerk and Recorder certified the count, and Summit Ridge Constructors was paid.",
			map[string]actors.Kind{"Texas Attorney General's office": actors.Organization, "Texas": actors.Place, "Kessling County Clerk and Recorder": actors.Organization, "Kessling County": actors.Place, "Summit Ridge Constructors": actors.Organization}},
		{"a saint's school by its level; Britain's one-word regulators; a stand-in's title", "Ofsted rated St Wilfrid's Catholic Primary good, Ofcom fined the station, and Mayor Pro Tem Ines Harrowgate-Pell said the Secretary of State's office had been told.",
			map[string]actors.Kind{"Ofsted": actors.Organization, "St Wilfrid's Catholic Primary": actors.Organization, "Ofcom": actors.Organization, "Ines Harrowgate-Pell": actors.Person, "Pro Tem Ines Harrowgate-Pell": "", "Secretary of State's office": actors.Organization, "Catholic Primary": ""}},
		{"a team's city and a player's position before the player; a one-word label in capitals; the next games' opponents by their cities", "The Kraken won the game in front of a big crowd on Tuesday night.\n\nNOTES: Calgary D Pim Osterga-Vale left in the first period.\n\nUP NEXT\n\nJets: At Vancouver on Thursday night.\n\nKraken: Host Calgary on Thursday night.",
			map[string]actors.Kind{"Pim Osterga-Vale": actors.Person, "Calgary D Pim Osterga-Vale": "", "NOTES": "", "Vancouver": actors.Organization, "Host Calgary": ""}},
		{"a town's detachment of a police force known by its initials; a First Nation's hyphenated name; a chamber by its building; a party's Scottish branch", "Nanaimo RCMP said the Tla-o-qui-aht First Nations had been told. Holyrood voted on Wednesday, and the Scottish Conservatives voted against.",
			map[string]actors.Kind{"Nanaimo RCMP": actors.Organization, "Nanaimo": actors.Place, "Tla-o-qui-aht First Nations": actors.Organization, "Tla-o": "", "Scottish Parliament": actors.Organization, "Scottish Conservatives": actors.Organization, "Conservative Party": ""}},
		{"initials that name no body before a body's noun; a ministry named by its portfolios before its word; a carmaker's model", "The company was late to the AI party, Malaysia's Investment, Trade and Industry Ministry said, and a stolen Toyota Hilux was found.",
			map[string]actors.Kind{"AI": "", "Investment, Trade and Industry Ministry": actors.Organization, "Investment": "", "Toyota": actors.Organization, "Toyota Hilux": ""}},
		{"an officer's portfolio of two fields joined by \"and\"; a church's people as a title; a saint's church named by its possessive alone", "Gauteng MEC for Community Safety and Liaison Thandi Mokoena-Brandt visited the family. Parishioner Aileen Corrigan-Obi said the parish priest of St Columba's, Father Noel Brady-Osei, had told her. St Columba's in Dunmore will close.",
			map[string]actors.Kind{"Thandi Mokoena-Brandt": actors.Person, "Liaison Thandi Mokoena-Brandt": "", "Safety": "", "Aileen Corrigan-Obi": actors.Person, "Parishioner Aileen Corrigan-Obi": "", "St Columba's": actors.Organization, "Noel Brady-Osei": actors.Person}},
		{"a culture's adjective opens no person's name", "The fiddler will play Gaelic Roots Live in March and Celtic Connections in January, then Celtic Park.",
			map[string]actors.Kind{"Gaelic Roots Live": actors.Organization, "Celtic Connections": actors.Organization}},
		{"a broadcast's captions all in capitals read as sentence case; a state's postal code after a town", "Farmers met in Orlando, FL, on Monday.\n\nANCHOR: GOOD EVENING. GOVERNOR MARTA OYELAKIN-ROSS SAYS THE STATE AID WILL REACH FARMERS IN MERCER AND DUNLAP COUNTIES BEFORE THE SPRING.",
			map[string]actors.Kind{"Florida": actors.Place, "Marta Oyelakin-Ross": actors.Person, "Good Evening": "", "Dunlap Counties": "", "State Aid": ""}},
		{"a death notice's family, a spouse's or an earlier surname in brackets before the surname they share; a person of a town; a funeral's Mass; a hospice", "He is survived by his son Gary (Denise) Prindaville of Ashford and his daughter Carol (Ted) Okonski. He was born to the late Harold and Edna (Szymczak) Prindaville. A Mass of Christian Burial will be held, and gifts may go to Hospice of the Northern Tier.",
			map[string]actors.Kind{"Gary Prindaville": actors.Person, "Denise Prindaville": actors.Person, "Carol Okonski": actors.Person, "Ted Okonski": actors.Person, "Harold Prindaville": actors.Person, "Edna Prindaville": actors.Person, "Prindaville of Ashford": "", "Ashford": actors.Place, "Mass of Christian Burial": "", "Hospice of the Northern Tier": actors.Organization}},
		{"a person of a town; an exchange before a share's ticker; a company's legal form after a comma; a Q&A", "Police said Jeffrey Aldous-Kerr of Springfield was arrested. Brenwick Therapeutics, Inc. (Nasdaq: BRWK) gave its results in a Q&A.",
			map[string]actors.Kind{"Jeffrey Aldous-Kerr": actors.Person, "Jeffrey Aldous-Kerr of Springfield": "", "Springfield": actors.Place, "Nasdaq": actors.Organization, "Inc": "", "Q&A": ""}},
		{"a country's name as a surname after a given name; a league's class with an accent", "Coach Abel Montenegro Dutra praised the side, Carlos Jordan said it was fine, and the club stayed fourth in Série B.",
			map[string]actors.Kind{"Abel Montenegro Dutra": actors.Person, "Carlos Jordan": actors.Person, "Abel": "", "Série B": actors.Organization}},
		{"people known by one name, listed with others the article makes sure of", "The group's leader, Sora, 23, and its main vocalist, Yerin, 21, spoke to fans. Its members are Sora, Yerin, Hyebin, Nari and Jiah.",
			map[string]actors.Kind{"Sora": actors.Person, "Yerin": actors.Person, "Hyebin": actors.Person, "Nari": actors.Person, "Jiah": actors.Person}},
		{"a name before a disaster's noun is where it happened; after \"a\" and before a person's noun, where the person comes from", "A Pickerington man was charged, a Gahanna woman was hurt, and the 2011 Fukushima Daiichi disaster was recalled, but not a March derailment.",
			map[string]actors.Kind{"Pickerington": actors.Place, "Gahanna": actors.Place, "Fukushima Daiichi": actors.Place, "March": ""}},
		{"a nickname of two words in quotation marks inside a name, its first word an honorific elsewhere; Italy's Carabinieri; the Quai d'Orsay; the platform X before \"writing\"", "Carabinieri officers arrested Carlo \"U Zoppu\" Ferrante-Lisi, 58. The Quai d'Orsay said nothing, and the minister praised the operation on X, writing that the state would not give way.",
			map[string]actors.Kind{"Carlo \"U Zoppu\" Ferrante-Lisi": actors.Person, "Carabinieri": actors.Organization, "Quai d'Orsay": actors.Organization, "X": actors.Organization}},
		{"an armed group by its members after its name, not a people's adjective; a country's possessive before its movement", "Fighters of Niger's Azawar movement clashed with Velmar rebels near the border, while Kurdish fighters held the bridge.",
			map[string]actors.Kind{"Azawar": actors.Organization, "Niger's Azawar": "", "Velmar": actors.Organization, "Kurdish": ""}},
		{"a rank in lower case after an article is an adjective; a department's portfolios of prevention after \"and\"", "Water is melting a major East Antarctic glacier, the Department of Dyke Management and Natural Disaster Prevention said.",
			map[string]actors.Kind{"East Antarctic": actors.Place, "Department of Dyke Management and Natural Disaster Prevention": actors.Organization, "Natural Disaster Prevention": ""}},
		{"a school by its level after its name", "Cedar Hollow Elementary, which closed on Tuesday, reopened on Thursday, and Harlan Ridge Elementary stayed shut.",
			map[string]actors.Kind{"Cedar Hollow Elementary": actors.Organization, "Harlan Ridge Elementary": actors.Organization}},
		{"a people's name before a noun of language is the language; a capital after \"visit\" is the city", "Ren Kazama, a fluent English speaker, told a French-language daily he would visit Paris.",
			map[string]actors.Kind{"England": "", "France": "", "Paris": actors.Place, "Ren Kazama": actors.Person}},
		{"a Kentucky county's Judge-Executive before a name", "Harlan County Judge-Executive Tommy Ray Bledsoe said the county had tightened its controls.",
			map[string]actors.Kind{"Tommy Ray Bledsoe": actors.Person, "Harlan County": actors.Place}},
		{"a team's boss after its name makes the team of the name it ends", "Dunmore Rovers beat Kestrel Vale on Saturday, and Vale boss Stuart Hennessey blamed the referee.",
			map[string]actors.Kind{"Kestrel Vale": actors.Organization, "Stuart Hennessey": actors.Person}},
		{"a birthplace after a place's noun and \"of\", set off by who was born; a food brand; analysts at a body opening a sentence", "Born in 1938 in the fishing village of Carrowdale, the daughter of a ferryman, she left school at 15. The group makes Moorland Crest chocolate. Analysts at Tenbury Rowe cut their rating.",
			map[string]actors.Kind{"Carrowdale": actors.Place, "Moorland Crest": "", "Tenbury Rowe": actors.Organization}},
		{"a member's seat in brackets after the name; a club after \"side\"; an Indian body's last word; the Commons", "Labour MP Rhona Kettleby (Ashmere North) spoke in a Commons debate, and Portuguese side Uniao do Vale bid for him. The Karnataka Raitha Sangha Samiti protested.",
			map[string]actors.Kind{"Rhona Kettleby": actors.Person, "Ashmere North": actors.Place, "Uniao do Vale": actors.Organization, "Karnataka Raitha Sangha Samiti": actors.Organization, "House of Commons": actors.Organization}},
		{"a work's title set off by commas after its noun; two bodies of one kind joined by \"and\"", "Her new book, High Water, traces the floods. Pupils at Ashby Elementary and Corran Elementary were sent home.",
			map[string]actors.Kind{"High Water": "", "Ashby Elementary": actors.Organization, "Corran Elementary": actors.Organization, "Ashby Elementary and Corran Elementary": ""}},
		{"a body's noun that is also a job, before a given name; a weather service; both ends of a sailing; a work at its other mentions", "Producer Daniel Okerlund-Hay mixed it. The storm was named by Met Éireann. Stena Line cancelled sailings between Pembrey and Kilcarne. Their album, Harbour Salt, is out. Harbour Salt was recorded in a week.",
			map[string]actors.Kind{"Daniel Okerlund-Hay": actors.Person, "Met Éireann": actors.Organization, "Pembrey": actors.Place, "Kilcarne": actors.Place, "Harbour Salt": ""}},
		{"a shop by its plural; a given name before \"and\" and a full name before \"are\"", "Harnsey Stores in Pennant has served the village for 110 years, but owners Eluned and Rhys Penhallow are retiring.",
			map[string]actors.Kind{"Harnsey Stores": actors.Organization, "Eluned Penhallow": actors.Person, "Rhys Penhallow": actors.Person}},
		{"places sharing a plural after \"and\"; a person's surname before a verb spelled as a place's noun; a licence's name is no chamber", "Police rescued seven victims in the Okene and Ajaokuta Local Government Areas. Duncan Tallach-Rae sails at dawn, and Tallach-Rae docks at Inverteith by seven. The photo is shared under a Creative Commons licence.",
			map[string]actors.Kind{"Ajaokuta": actors.Place, "Ajaokuta Local Government Areas": "", "Duncan Tallach-Rae": actors.Person, "Tallach-Rae": "", "House of Commons": ""}},
		{"a capital before what stands in it; bodies listed before \"and\"; a co-op; South Asia's short given names; a proxy adviser", "The London law firm Pellow Marr was hired. The claim names Tessaly, Harvest Mill and Delmare Brands, and Valley Fresh Co-op. District Collector Ch. Venkata Ramana Rao met Md. Abdul Karim. Proxy adviser Meridian Governance opposed it.",
			map[string]actors.Kind{"London": actors.Place, "United Kingdom": "", "Harvest Mill and Delmare Brands": "", "Delmare Brands": actors.Organization, "Valley Fresh Co-op": actors.Organization, "Ch. Venkata Ramana Rao": actors.Person, "Md. Abdul Karim": actors.Person, "Meridian Governance": actors.Organization}},
		{"a water company by its last word; a forecaster's job opening a sentence; both ends of a road's closure", "Harnby Water has said levels are low. Forecaster Hollie Pengarth said more snow would fall. National Highways closed the A66 in both directions between Brough Sowerby and Kirkby Thore.",
			map[string]actors.Kind{"Harnby Water": actors.Organization, "Hollie Pengarth": actors.Person, "Forecaster Hollie Pengarth": "", "Brough Sowerby": actors.Place, "Kirkby Thore": actors.Place}},
		{"capitals listed after a place's preposition are cities; a maker before its model's code", "Shows in Berlin, Amsterdam, Milan and Madrid were cancelled. The jet, an Embraer E175, slid off the runway, and Ward B4 was shut.",
			map[string]actors.Kind{"Amsterdam": actors.Place, "Madrid": actors.Place, "Netherlands": "", "Spain": "", "Embraer": actors.Organization, "Ward": ""}},
		{"a performer known by one name after the calling, and her own name after \"whose real name is\"", "Pop singer Vessaly has cancelled her tour. The 27-year-old, whose real name is Katarzyna Wolanska-Reid, announced it on Monday.",
			map[string]actors.Kind{"Vessaly": actors.Person, "Katarzyna Wolanska-Reid": ""}},
		{"a ground by its last word; a company by its singular technology", "Keswick Pardoe made a century against India at Perth Oval. Harlow competes with Quincy Technology in custom chips.",
			map[string]actors.Kind{"Perth Oval": actors.Place, "Quincy Technology": actors.Organization, "Keswick Pardoe": actors.Person}},
		{"a match of a series numbered by an ordinal; a rival listed before a company's name; a fire service and a utility named like a place and a person", "India lead the day-night Test in Perth. The third Test starts in Hobart. Quillon competes with Varden and Harlow Technology, and Scottish and Southern Electricity Networks restored power. The fire was 5% contained, according to CAL FIRE. Southern California Edison cut power.",
			map[string]actors.Kind{"Test": "", "Varden": actors.Organization, "Harlow Technology": actors.Organization, "Varden and Harlow Technology": "", "Southern Electricity Networks": "", "Cal Fire": actors.Organization, "Southern California Edison": actors.Organization, "Edison": ""}},
		{"an award named after its founder; Igbo's \"the people of\" before a place", "Thousands of students await Pell Grant payments, and a Marwick Scholarship was offered. The governor spoke for Ndi Anambra.",
			map[string]actors.Kind{"Pell Grant": "", "Marwick Scholarship": "", "Ndi Anambra": "", "Pell": "", "Marwick": ""}},
		{"a league's name with its accent; a drug maker named after its founder", "Zapata scored four goals in the Uruguayan Primera División last season. Doctors now prescribe Eli Lilly's drug.",
			map[string]actors.Kind{"Uruguayan Primera División": actors.Organization, "Primera División": "", "Eli Lilly": actors.Organization}},
		{"a person given a calling, then \"of\" and where they work; a body's name ending in its portfolio, then its officer's name; a racing team", "A move that analyst Priya Venkataraman of Gartner called bold. Professor Alan Hartley of Leeds agreed. He met the Minister of State at the Ministry of Foreign Affairs Mohammed bin Abdulaziz Al-Khalifi. Rookie Tobias Lind scored his first points for Sauber in ninth.",
			map[string]actors.Kind{"Priya Venkataraman": actors.Person, "Gartner": actors.Organization, "Priya Venkataraman of Gartner": "", "Alan Hartley": actors.Person, "Ministry of Foreign Affairs": actors.Organization, "Mohammed bin Abdulaziz Al-Khalifi": actors.Person, "Sauber": actors.Organization}},
		{"a car's model with its body in capitals", "The recall covers the Solace hatchback and Meridian SUV built since 2024.",
			map[string]actors.Kind{"Meridian SUV": "", "Solace": ""}},
		{"a bill's name with its kind in brackets; an executive agency before its officer's title", "The Residential Tenancies (Amendment) Bill was approved on Tuesday. The Health and Safety Executive inspector, Ifeoma Okafor-Nwosu, said it was a risk.",
			map[string]actors.Kind{"Residential Tenancies": "", "Health and Safety Executive": actors.Organization, "Health": "", "Ifeoma Okafor-Nwosu": actors.Person}},
		{"a refinery by its last word", "Harcourt Petroleum Refinery on Monday cut the price at which it sells petrol to marketers.",
			map[string]actors.Kind{"Harcourt Petroleum Refinery": actors.Organization}},
		{"hills by their last word, but not a person's surname", "Two walkers were stranded near the summit of Scafell Pike, and a skier fell on Great Dun Fell. Steve Pike and Tor Eikrem led the search.",
			map[string]actors.Kind{"Scafell Pike": actors.Place, "Great Dun Fell": actors.Place, "Steve Pike": actors.Person, "Tor Eikrem": actors.Person}},
		{"climbing routes by the noun after them, one or two", "Climbers crowded the popular Marangu and Machame trails, and others took the Lemosho route.",
			map[string]actors.Kind{"Marangu": actors.Place, "Machame": actors.Place, "Lemosho": actors.Place}},
		{"a carmaker by its last word; truck makers by name", "Volvo Cars and Scania had signed supply agreements with the start-up, and Halden Cars followed.",
			map[string]actors.Kind{"Volvo Cars": actors.Organization, "Scania": actors.Organization, "Halden Cars": actors.Organization}},
		{"a place's name ending a name after a particle and a surname", "Federal minister Waldez Góes dos Santos Lima said he would visit the area on Friday.",
			map[string]actors.Kind{"Waldez Góes dos Santos Lima": actors.Person, "Waldez Góes dos Santos": "", "Peru": ""}},
		{"the English second tier by its word alone, not an event's championship", "Rovers are bottom of the Championship after a defeat. Reed won the Open Championship last year, and Leeds will play in the Championship.",
			map[string]actors.Kind{"Championship": actors.Organization, "Open Championship": "", "Leeds": actors.Place}},
		{"a seat named by its place and its house, and a house that is a body", "The DMK retained the Thiruvallur Assembly seat, the BJP won the Kasba Peth Assembly constituency and she won the Wayanad Lok Sabha seat, but the Tamil Nadu Assembly met on Monday.",
			map[string]actors.Kind{"Thiruvallur": actors.Place, "Kasba Peth": actors.Place, "Wayanad": actors.Place, "Thiruvallur Assembly": "", "Wayanad Lok Sabha": "", "Tamil Nadu": actors.Place}},
		{"a line of latitude a place lies beyond", "Temperatures in Kiruna, 145 km north of the Arctic Circle, fell overnight, and the ship crossed the Tropic of Capricorn.",
			map[string]actors.Kind{"Arctic Circle": actors.Place, "Tropic of Capricorn": actors.Place, "Kiruna": actors.Place}},
		{"a state the lexicon knows by its city, before its governor; a tracker by its noun", "Lagos State Governor Babajide Sanwo-Olu ordered an inquiry, and Kano State Governor Abba Kabir Yusuf agreed. Reports on the outage tracker Downdetector peaked at noon.",
			map[string]actors.Kind{"Lagos State": actors.Place, "Kano State": actors.Place, "Babajide Sanwo-Olu": actors.Person, "Abba Kabir Yusuf": actors.Person, "Downdetector": actors.Organization}},
		{"a state named by its form of rule is a place, the lexicon's country by another name", "Bronzes were looted from the Kingdom of Benin in 1897, and the Sultanate of Zanzibar and the Republic of Nauru were named too.",
			map[string]actors.Kind{"Benin": actors.Place, "Kingdom of Benin": actors.Place, "Sultanate of Zanzibar": actors.Place, "Nauru": actors.Place, "Kingdom": "", "Republic": ""}},
		{"a saint's title before a given name and a surname is no part of the name", "The painting shows Saint Charles Borromeo, and volunteers from St John Ambulance came.",
			map[string]actors.Kind{"Charles Borromeo": actors.Person, "Saint Charles Borromeo": "", "John Ambulance": ""}},
		{"a body that speaks after a place and a comma is no apposition of the place", "The canvas was found in a garage near Modena, the Carabinieri Command for the Protection of Cultural Heritage said.",
			map[string]actors.Kind{"Modena": actors.Place, "Carabinieri Command for the Protection of Cultural Heritage": actors.Organization}},
		{"a ruler named by the title of the place, unless a name stands beside it", "Envoys of the Oba of Benin came. The Ooni of Ife said the crown would return, and the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, arrived.",
			map[string]actors.Kind{"Oba of Benin": actors.Person, "Ooni of Ife": actors.Person, "Ife": actors.Place, "Emir of Qatar": "", "Tamim bin Hamad Al Thani": actors.Person, "Qatar": actors.Place}},
		{"a Dutch league before its clubs", "He has scored 11 goals this season, a record for a player moving between two Eredivisie sides.",
			map[string]actors.Kind{"Eredivisie": actors.Organization}},
		{"a lone unknown name before its residents is a place, before its officials a body, unless a person of the article bears it", "The warehouse had no certificate, Ekurhuleni officials said on Wednesday, and Tshwane residents were told to stay indoors. Donald Trump spoke, and Trump officials and Boeing officials agreed.",
			map[string]actors.Kind{"Ekurhuleni": actors.Organization, "Tshwane": actors.Place, "Boeing": actors.Organization, "Donald Trump": actors.Person, "Trump": ""}},
		{"an honour held names no one, an endowment is a body", "He was named a National Heritage Fellow by the National Endowment for the Arts in 2009.",
			map[string]actors.Kind{"Heritage Fellow": "", "National Heritage Fellow": "", "National Endowment for the Arts": actors.Organization, "Arts": ""}},
		{"a capital named right after the word, with the small words of its hyphens", "Gangs tightened their grip on the capital Port-au-Prince.",
			map[string]actors.Kind{"Port-au-Prince": actors.Place, "Port": ""}},
		{"a firm named for a family and its trade, law courts, and a firm's model", "The warehouse belongs to Pretorius Chemical Distributors. Johan Pretorius was at the Milimani Law Courts, and the headset runs apps built for its older Aria One.",
			map[string]actors.Kind{"Pretorius Chemical Distributors": actors.Organization, "Johan Pretorius": actors.Person, "Milimani Law Courts": actors.Organization, "Aria One": ""}},
		{"a Korean surname before a given name written as one word", "The party chose Park Minseo, a former labour lawyer, as leader, and the march went from Park Lane to Park Royal.",
			map[string]actors.Kind{"Park Minseo": actors.Person, "Park Lane": actors.Place}},
		{"a biotech firm by its trade, a race by its city", "Quillfeather Biotherapeutics reported a loss, and Brimin Chepkwony won the Valencia Marathon.",
			map[string]actors.Kind{"Quillfeather Biotherapeutics": actors.Organization, "Valencia Marathon": actors.Organization, "Brimin Chepkwony": actors.Person}},
		{"a title of a body, then a name joined by 'binti'; a Vietnamese family name 'Do' inside a sentence", "Inspector-General of Police Azlina binti Yusof told reporters four men were held, said Do Thi Phuong, vice chairwoman of the committee.",
			map[string]actors.Kind{"Azlina binti Yusof": actors.Person, "Inspector-General of Police Azlina binti Yusof": "", "Do Thi Phuong": actors.Person, "Thi Phuong": ""}},
		{"the armed forces are the article's first country's", "Floods cut roads across Kenya on Monday, and Interior Cabinet Secretary Grace Mutua said the armed forces had been deployed; Uganda sent boats.",
			map[string]actors.Kind{"Kenya's armed forces": actors.Organization, "Uganda's armed forces": "", "Grace Mutua": actors.Person}},
		{"a name with initials before its spokesman is the body, and a regulator is one", "\"Crews worked through the night,\" a JR East spokesman said, and the New South Wales Resources Regulator fined the firm.",
			map[string]actors.Kind{"JR East": actors.Organization, "New South Wales Resources Regulator": actors.Organization, "Resources Regulator": ""}},
		{"a leader's surname before the government they lead is that government", "The Milei administration will cut the tax, the Starmer government said, and the Lagos government waited.",
			map[string]actors.Kind{"Milei administration": actors.Organization, "Starmer government": actors.Organization, "Milei": "", "Starmer": "", "Lagos": actors.Place}},
		{"a thing named after its noun is no actor, a mission so named is a body, and a place off which a thing lies is a place", "The project, known as Thor Vest, lies in the North Sea off Esbjerg, and the mission, known as BINUH, advises the police.",
			map[string]actors.Kind{"Thor Vest": "", "Esbjerg": actors.Place, "BINUH": actors.Organization}},
		{"a publication or broadcaster named after its noun", "The decree was published in the official gazette El Vocero Andino, the daily Novaya Strana reported it, and the state news agency Kabar Raya carried it.",
			map[string]actors.Kind{"El Vocero Andino": actors.Organization, "Novaya Strana": actors.Organization, "Kabar Raya": actors.Organization}},
		{"a sport's governing body named after the sport", "The Tarsa Integrity Panel, which handles doping cases for World Athletics, banned her; British Cycling and World Aquatics agreed.",
			map[string]actors.Kind{"World Athletics": actors.Organization, "British Cycling": actors.Organization, "World Aquatics": actors.Organization}},
		{"a garment mill named a knit composite is a company, an index's composite no actor", "The fire started at Tarani Knit Composite in Savar, and the Dhaka Broad Composite index fell. The case was brought by Mobilisation for the Rivers, a group, and Coalition for the Homeless joined it.",
			map[string]actors.Kind{"Tarani Knit Composite": actors.Organization, "Dhaka Broad Composite": "", "Mobilisation for the Rivers": actors.Organization, "Rivers": "", "Coalition for the Homeless": actors.Organization, "Homeless": ""}},
		{"a mountain range named after its region", "The distillery stands in the Kiso Alps, where the water is soft.",
			map[string]actors.Kind{"Kiso Alps": actors.Place}},
		{"a place named after another, a territory by its short name, and a place after its noun", "Ash fell on the island of New Britain, and flights to Hoskins, near the provincial capital Kandrian, stopped. Norway and the Faroes set their own quotas.",
			map[string]actors.Kind{"New Britain": actors.Place, "United Kingdom": "", "Kandrian": actors.Place, "Faroe Islands": actors.Place, "Faroes": ""}},
		{"a lone name after an isle's or an atoll's noun and of", "The ferry sank off the isle of Carrasay, and the atoll of Nukuveta was spared.",
			map[string]actors.Kind{"Carrasay": actors.Place, "Nukuveta": actors.Place}},
		{"a department's portfolios listed, the last after \"and the\"", "A spokesperson for the Department of Tillage, Forestry and the Marine said the minister would meet them; the Ministry of Health and the Treasury did not.",
			map[string]actors.Kind{"Department of Tillage, Forestry and the Marine": actors.Organization, "Marine": "", "Ministry of Health and the Treasury": ""}},
		{"places listed each with its year", "Rules were tightened after the collapses at Mariana in 2015 and Corvelinho in 2019, which killed hundreds.",
			map[string]actors.Kind{"Corvelinho": actors.Place}},
		{"a railway's and a region's government's names in Catalan, Spanish and Italian", "Ferrocarrils de la Generalitat Valenciana ran a third of its trains, as did Ferrovie del Nord Est.",
			map[string]actors.Kind{"Ferrocarrils de la Generalitat Valenciana": actors.Organization, "Ferrovie del Nord Est": actors.Organization}},
		{"residents of the X community; a landform set off by a comma, not a compound's first half", "Residents of the Ebute-Ireti community protested. The pair were caught on Crib Dorcas, a narrow ridge on the mountain's east side, said Ruth Ollerenshaw, a sea-level scientist.",
			map[string]actors.Kind{"Ebute-Ireti": actors.Place, "Crib Dorcas": actors.Place, "Ruth Ollerenshaw": actors.Person}},
		{"a company's \"Co.\" before its legal form, not before a sentence", "Harrowgate Sachs & Co. LLC advised the buyer. The deal was signed with Hanwol Marine Co. Investors cheered.",
			map[string]actors.Kind{"Harrowgate Sachs & Co. LLC": actors.Organization, "LLC": "", "Hanwol Marine Co": actors.Organization, "Hanwol Marine Co. Investors": ""}},
		{"an airline named Air and a place, an airports' operator, and a place whose apposition's head is followed by more", "Planes changed at Narsarsuaq, a former U.S. air base about 300 kilometers to the south, said Maria Costa-Reis, a town councillor. Air Tanzania will fly the route, and Greenland Airports agreed.",
			map[string]actors.Kind{"Narsarsuaq": actors.Place, "Maria Costa-Reis": actors.Person, "Air Tanzania": actors.Organization, "Greenland Airports": actors.Organization}},
		{"the side that won, Nordic landforms by their endings, a national side's nickname, and a range before \"mountains\"", "Officials said Koskela beat city rivals Tammela 3-2 on Saturday. The ice of Storbreen and Langjökull thinned near Hardangerfjorden, All Blacks lock Tane Ruahine-Moss said, and snow fell on the Rif mountains.",
			map[string]actors.Kind{"Koskela": actors.Organization, "Storbreen": actors.Place, "Langjökull": actors.Place, "Hardangerfjorden": actors.Place, "All Blacks": actors.Organization, "Tane Ruahine-Moss": actors.Person, "Rif": actors.Place}},
		{"a minister of a territorial portfolio before a name, and a place's former name set off after it", "Deputy Minister of Territorial Administration Lusine Arakelyan-Sarkis said the huts around Vanadzor, then called Kirovakan, would go.",
			map[string]actors.Kind{"Lusine Arakelyan-Sarkis": actors.Person, "Kirovakan": actors.Place}},
		{"a body's name ending in a country written with \"the\", and a Philippine \"Ma.\" and \"dela\"", "Judge Ma. Lourdes dela Paz-Ocampo ruled, and the National Union of Teachers of the Philippines welcomed it.",
			map[string]actors.Kind{"Ma. Lourdes dela Paz-Ocampo": actors.Person, "Ma": "", "National Union of Teachers of the Philippines": actors.Organization}},
		{"an Aboriginal elder's Aunty or Uncle before a full name", "\"Our old people are home,\" said Aunty Lorraine Pitjara-Day, and Uncle Dennis Warrawee-Hill agreed.",
			map[string]actors.Kind{"Lorraine Pitjara-Day": actors.Person, "Aunty Lorraine Pitjara-Day": "", "Dennis Warrawee-Hill": actors.Person, "Uncle Dennis Warrawee-Hill": ""}},
		{"a country that is a given name, before a surname no word of a place's or a body's", "The visitors posted 246 thanks to 88 from captain Georgia Wetherall-Pryce, and Israel Okafor-Nwosu took three wickets.",
			map[string]actors.Kind{"Georgia Wetherall-Pryce": actors.Person, "Israel Okafor-Nwosu": actors.Person}},
		{"a compass word before a common plural is a team; the side beaten by a team sport's margin is one", "Northern Diamonds chased down 247 to beat Southern Vipers by seven wickets at Headingley on Sunday.",
			map[string]actors.Kind{"Northern Diamonds": actors.Organization, "Southern Vipers": actors.Organization, "Headingley": actors.Place}},
		{"a person set off after a calling in lower case, then \"of\" and their party", "The centrist candidate, Yann Brossard of Renaissance, who came third, did not say whom he would back.",
			map[string]actors.Kind{"Yann Brossard": actors.Person, "Renaissance": actors.Organization}},
		{"a village's title before a surname alone; a village by its number", "Barangay Captain Dumaguing did not comment, and the chairman of Barangay 129 was not found.",
			map[string]actors.Kind{"Dumaguing": actors.Person, "Barangay Captain Dumaguing": "", "Barangay 129": actors.Place}},
		{"a Malay school's name; a company's legal form after \"Co.\" and a comma; a village by its name and number", "He visited a relief centre at Sekolah Kebangsaan Kedai Lalat, built by China Railway Nanning Group Co., Ltd. near Barangay Kalawag 3.",
			map[string]actors.Kind{"Sekolah Kebangsaan Kedai Lalat": actors.Organization, "China Railway Nanning Group Co., Ltd": actors.Organization, "Barangay Kalawag 3": actors.Place}},
		{"the place a title serves between the title and a name of two words or more, not a given name that is a place's", "Governor Sindh Waqar Khan Durrani met Additional Inspector General Karachi Ghulam Rasool Memon-Baloch and Deputy Interior Secretary Sofía Landa Herrera.",
			map[string]actors.Kind{"Waqar Khan Durrani": actors.Person, "Sindh": actors.Place, "Ghulam Rasool Memon-Baloch": actors.Person, "Karachi": actors.Place, "Sofía Landa Herrera": actors.Person, "Sindh Waqar Khan Durrani": ""}},
		{"the first word after a title-case dateline's agency and dash opens a sentence", "Porto Alegre (AFP) - Floods in southern Brazil have killed 12 people, and Shares of Corvell Systems Inc fell.",
			map[string]actors.Kind{"Porto Alegre": actors.Place, "Floods": "", "Brazil": actors.Place}},
		{"a channel by its number is a broadcaster", "The army said it struck a command centre, while Channel 12 reported that the talks had stalled.",
			map[string]actors.Kind{"Channel 12": actors.Organization}},
		{"a ruler's or an envoy's style before the title and the name", "His Highness Sheikh Rashid bin Hamad Al Qasmani met H.H. Sheikh Saeed bin Rashid Al Qasmani, HH Sheikh Mansoor Al Harthy and His Excellency Dagny Olsrud-Berge.",
			map[string]actors.Kind{"Rashid bin Hamad Al Qasmani": actors.Person, "Saeed bin Rashid Al Qasmani": actors.Person, "Mansoor Al Harthy": actors.Person, "Dagny Olsrud-Berge": actors.Person, "Highness Sheikh Rashid bin Hamad Al Qasmani": "", "H.H. Sheikh Saeed bin Rashid Al Qasmani": "", "Excellency Dagny Olsrud-Berge": ""}},
		{"the Levant's village, town and valley words open places' names, not a known place's possessive", "Residents of Kafr Qassem marched to Tel Sheva and Kiryat Malachi, past Khirbet Zanuta and Wadi Ara, and then to Tel Aviv's Hostages Square.",
			map[string]actors.Kind{"Kafr Qassem": actors.Place, "Tel Sheva": actors.Place, "Kiryat Malachi": actors.Place, "Khirbet Zanuta": actors.Place, "Wadi Ara": actors.Place, "Tel Aviv": actors.Place, "Tel Aviv's Hostages Square": ""}},
		{"\"El\" or \"O\" before a word papers are named with is a paper, not a person", "He told El Observador and O Globo what he had told El Comercio, while El Chapo stayed in prison in El Salvador.",
			map[string]actors.Kind{"El Observador": actors.Organization, "O Globo": actors.Organization, "El Comercio": actors.Organization, "El Salvador": actors.Place}},
		{"a given name written with its accents ends a body's name before a person's", "Minister of State at the Department of Transport Siobhán Kelly said she was saddened.",
			map[string]actors.Kind{"Department of Transport": actors.Organization, "Siobhán Kelly": actors.Person, "Department of Transport Siobhán Kelly": ""}},
		{"a given name an editor put in brackets between a title and a surname", "He praised President (Rodrigo) Ferreyra and Senator (Ana) Quiroga-Lenz; the meeting between Ferreyra and the governor was brief, and Kenya (Nairobi) Police said nothing.",
			map[string]actors.Kind{"Rodrigo Ferreyra": actors.Person, "Ana Quiroga-Lenz": actors.Person, "Ferreyra": "", "Nairobi": actors.Place}},
		{"the Gaza Strip is one place, not Gaza and a body called Strip", "Aid reached the Gaza Strip on Monday, and trucks waited in Gaza City.",
			map[string]actors.Kind{"Gaza Strip": actors.Place, "Gaza City": actors.Place, "Strip": ""}},
		{"a seat or a parish's part named for a saint, with its compass word, is a place", "Member of Parliament for St Catherine Central, Olivia Thame-Grant, spoke in St Andrew South Western, and the MP for St Albans, Daisy Whitcombe, agreed.",
			map[string]actors.Kind{"St Catherine Central": actors.Place, "Olivia Thame-Grant": actors.Person, "St Andrew South Western": actors.Place, "St Albans": actors.Place, "Daisy Whitcombe": actors.Person, "Catherine Central": "", "Albans": "", "St": ""}},
		{"a senior rank of a body's title before a name", "Senior Superintendent of Police Carlton Beckford-Hines met Assistant Commissioner of Police Grace Nkemelu-Obi.",
			map[string]actors.Kind{"Carlton Beckford-Hines": actors.Person, "Grace Nkemelu-Obi": actors.Person, "Senior Superintendent of Police Carlton Beckford-Hines": ""}},
		{"a local unit of Uganda or Kenya, and a portfolio listed after a title's first", "Mr Yosia Bwambale-Kiiza, the chairperson of Bugoye Sub-county, met the Minister for Relief, Disaster Preparedness and Refugees, Hon. Hellen Adoa-Akello.",
			map[string]actors.Kind{"Bugoye Sub-county": actors.Place, "Yosia Bwambale-Kiiza": actors.Person, "Hellen Adoa-Akello": actors.Person, "Disaster Preparedness": ""}},
		{"a substitute or a debutant before a player's name is the role", "Substitute Chidi Okafor headed the winner after debutant Liam Forsythe-Kerr hit the post.",
			map[string]actors.Kind{"Chidi Okafor": actors.Person, "Liam Forsythe-Kerr": actors.Person, "Substitute Chidi Okafor": ""}},
		{"a Danish or Norwegian company's legal form with its slash", "Shares in Nordhavn Shipping A/S fell, while Tromsø Fisk ASA and Kuopio Metsä Oyj rose.",
			map[string]actors.Kind{"Nordhavn Shipping A/S": actors.Organization, "Tromsø Fisk ASA": actors.Organization, "Kuopio Metsä Oyj": actors.Organization, "Nordhavn Shipping A": ""}},
		{"one word no gazetteer holds where an analyst works is a body, not where reporters were told", "\"It is a painful reset,\" said Henrik Aalund, a shipping analyst at Sydbank, and analysts at Bernstein agreed, the minister told reporters at Pathanamthitta.",
			map[string]actors.Kind{"Sydbank": actors.Organization, "Bernstein": actors.Organization, "Pathanamthitta": actors.Place, "Henrik Aalund": actors.Person}},
		{"the second of two named judges who said \"it\" is a person", "A bench of Justices R. Venkataraman-Iyer and Meenakshi Sood-Bhalla said it would not interfere at this stage.",
			map[string]actors.Kind{"R. Venkataraman-Iyer": actors.Person, "Meenakshi Sood-Bhalla": actors.Person}},
		{"two companies named in a row with \"and\", the second by its legal form or \"Bank\", are two", "Analysts at Jefferies and Danske Bank cut their targets, while Brightwell and Sons Ltd, Procter and Gamble Co and Avon and Somerset Police said nothing.",
			map[string]actors.Kind{"Jefferies": actors.Organization, "Danske Bank": actors.Organization, "Jefferies and Danske Bank": "", "Avon and Somerset Police": actors.Organization}},
		{"a title, the body it serves, then the holder's name", "The order was signed by Additional DIG of Police Headquarters Md Rafiqul Hasan-Chowdhury, and Former OC of Badda Police Station AKM Shafiqul Alam was moved; Minister of Construction Ama Ofori-Mensah and Inspector General of Police Kofi Boateng-Asare said nothing, and OC Shafiqul declined to comment.",
			map[string]actors.Kind{"Md Rafiqul Hasan-Chowdhury": actors.Person, "Police Headquarters": actors.Organization, "AKM Shafiqul Alam": actors.Person, "Badda Police Station": actors.Organization, "Ama Ofori-Mensah": actors.Person, "Kofi Boateng-Asare": actors.Person, "Construction": "", "OC Shafiqul": ""}},
		{"a portfolio's word opening a sentence before lower-case words is a common noun", "Trade union leader S.M. Wijesinghe-Bandara spoke. Services are due to resume. Treasury minister Ann Hollis agreed.",
			map[string]actors.Kind{"S.M. Wijesinghe-Bandara": actors.Person, "Ann Hollis": actors.Person, "Trade": "", "Services": "", "Treasury": ""}},
		{"dotted initials of an agency before one unknown name open a company's name", "Nordhavn competes with A.P. Moller-Maersk, while the A.P. reported the deal.",
			map[string]actors.Kind{"A.P. Moller-Maersk": actors.Organization, "Moller-Maersk": ""}},
		{"a Singapore constituency's kind is part of the seat's name", "Ms Amy Koh, who is also an MP for Tampines GRC, and the MP for Hougang SMC, Dennis Tan Lip-Seng, agreed.",
			map[string]actors.Kind{"Tampines GRC": actors.Place, "Amy Koh": actors.Person, "GRC": "", "Dennis Tan Lip-Seng": actors.Person}},
		{"a place of two words the lexicon knows, before a governor's title, is the place governed", "Sao Paulo Governor Otávio Prates Nogueira criticised the cut, and Rio de Janeiro Mayor Ana Lúcia Bastos agreed.",
			map[string]actors.Kind{"São Paulo": actors.Place, "Otávio Prates Nogueira": actors.Person, "Rio de Janeiro": actors.Place, "Ana Lúcia Bastos": actors.Person}},
		{"a sum written with its currency's letter is no actor, a road's number after \"the\" a place", "Maize will sell at K180 a bag, up from R50 and P120, said traders on the N17 near the R524.",
			map[string]actors.Kind{"K180": "", "R50": "", "P120": "", "N17": actors.Place, "R524": actors.Place}},
		{"an Ewe chief's title before his name, and the cedi's sign after its letters", "Togbe Afede Kwasi Agbeko XV backed the road, and Togbe Agbeko said GH¢20 million had been released.",
			map[string]actors.Kind{"Afede Kwasi Agbeko XV": actors.Person, "GH": "", "Togbe Afede Kwasi Agbeko XV": ""}},
		{"one unknown word after a resident of or a native of is a place", "Ms Jovia Masika, a resident of Rukoki, lost her home. Peter Okello, a native of Kilembe, lost his too.",
			map[string]actors.Kind{"Rukoki": actors.Place, "Kilembe": actors.Place, "Jovia Masika": actors.Person, "Peter Okello": actors.Person}},
		{"a member's office with its initials in brackets is no body", "Mr Elikem Dzikunu, the Member of Parliament (MP) for Ho West, said the money was released.",
			map[string]actors.Kind{"Elikem Dzikunu": actors.Person, "Ho West": actors.Place, "Member of Parliament": ""}},
		{"\"Mt\" without its full stop opens a place's name", "A landslide has cut the Highlands Highway between Mt Hagen and Mendi.",
			map[string]actors.Kind{"Mt Hagen": actors.Place}},
		{"a name before \"news agency\" is an agency, and \"semi-official\" no title", "Talks will resume next week, according to the semi-official Tasnim news agency.",
			map[string]actors.Kind{"Tasnim": actors.Organization}},
		{"a prefect of a department before his name", "Prefect of Finistère Alain Carrec-Bodin urged residents to stay indoors, and the prefect of Gironde agreed.",
			map[string]actors.Kind{"Alain Carrec-Bodin": actors.Person, "Finistère": actors.Place, "Prefect of Finistère Alain Carrec-Bodin": ""}},
		{"a syndicating network credited in brackets before the dateline", "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Dec 26 (KUNA) -- The Amir Faisal Al-Rumaih received a cable on Friday.",
			map[string]actors.Kind{"MENAFN": actors.Organization, "Kuwait News Agency": actors.Organization, "Kuwait": actors.Place, "Faisal Al-Rumaih": actors.Person}},
		{"a title of a body with \"the\", then its holder", "Speaker of the National Assembly Bader Al-Otaibi thanked the Amir, and President of the European Commission Ursula von der Leyen wrote to him.",
			map[string]actors.Kind{"Bader Al-Otaibi": actors.Person, "National Assembly": actors.Organization, "Ursula von der Leyen": actors.Person, "European Commission": actors.Organization, "National Assembly Bader Al-Otaibi": ""}},
		{"a title for a portfolio, or of a body's letters, then the holder", "“We are ready,” assistant minister for Home Affairs Dipak Rai said, and the chief executive of KMC Purna Raj Basnet and the chairman of the NRB Lok Malla agreed.",
			map[string]actors.Kind{"Dipak Rai": actors.Person, "KMC": actors.Organization, "Purna Raj Basnet": actors.Person, "NRB": actors.Organization, "Lok Malla": actors.Person, "Home Affairs Dipak Rai": "", "KMC Purna Raj Basnet": "", "NRB Lok Malla": ""}},
		{"a person's title and \"of\" before a body's name are not the body's", "The talks ended, while Chairman of Nepal Communist Party (NCP) Pradip Kumar Dahal urged calm and the Chief Executive Officer of Northvale Robotics declined to comment.",
			map[string]actors.Kind{"Nepal Communist Party": actors.Organization, "Pradip Kumar Dahal": actors.Person, "Northvale Robotics": actors.Organization, "Chairman of Nepal Communist Party": "", "Chief Executive Officer of Northvale Robotics": ""}},
		{"a body's initials with small letters in brackets", "The Department of Supplies and Consumer Welfare (DoSCW) fined five firms, and the Ministry of Forests and Environment (MoFE) said a DoSCW official would report to MoFE.",
			map[string]actors.Kind{"Department of Supplies and Consumer Welfare": actors.Organization, "Ministry of Forests and Environment": actors.Organization, "DoSCW": "", "MoFE": ""}},
		{"a particle capitalised after a title opens the name", "The campaign was praised by Colonel Do Minh Khoa on Monday, Mayor De Blasio agreed, Mr Do Van Hung said nothing and Gov. Della Whitcombe-Price declared an emergency.",
			map[string]actors.Kind{"Do Minh Khoa": actors.Person, "De Blasio": actors.Person, "Do Van Hung": actors.Person, "Della Whitcombe-Price": actors.Person, "Blasio": "", "Khoa": "", "Whitcombe-Price": ""}},
		{"Indonesia's police ranks abbreviated before one name", "National Police deputy spokesman Sr. Comr. Haryanto played down the speculation, and Comr. Kasmanto agreed.",
			map[string]actors.Kind{"Haryanto": actors.Person, "Kasmanto": actors.Person, "Sr. Comr": "", "National Police": actors.Organization}},
		{"a place's prefix before a body's word and a title is the body's", "The rally was planned, Metro Jaya Police Chief Inspector General Suharyono said on Wednesday.",
			map[string]actors.Kind{"Metro Jaya Police": actors.Organization, "Suharyono": actors.Person, "Metro Jaya Police Chief Inspector General Suharyono": ""}},
		{"a site's name with its domain in capitals", "TEMPO.CO, Jakarta - Police will deploy two-thirds of their officers, Metro Police spokesman Ade Putra said.",
			map[string]actors.Kind{"TEMPO.CO": actors.Organization, "Ade Putra": actors.Person, "TEMPO": "", "CO": ""}},
		{"a studio or ventures firm is a body", "Beverly Raines, CEO of TONOMUS Venture Studio, said the contest drew 400 entries, and Harlow Ventures backed it.",
			map[string]actors.Kind{"Beverly Raines": actors.Person, "TONOMUS Venture Studio": actors.Organization, "Harlow Ventures": actors.Organization, "Venture Studio": ""}},
		{"a name that says \"one of its\" is a body's", "Ansar Beit al-Maqdis said one of its founders, Mohamed al-Sayid al-Toukhi, had been killed.",
			map[string]actors.Kind{"Ansar Beit al-Maqdis": actors.Organization, "Mohamed al-Sayid al-Toukhi": actors.Person}},
		{"a given name set off before a family tie", "Omar, the son of prominent businessman Hassan Malek, was arrested on Friday.",
			map[string]actors.Kind{"Omar": actors.Person, "Hassan Malek": actors.Person}},
		{"a title and \"of\" before a body's numbered branch", "Pol. Lt. Gen. Taweesak Siriwat, Commander of Provincial Police Region 8, declined to comment.",
			map[string]actors.Kind{"Taweesak Siriwat": actors.Person, "Provincial Police Region 8": actors.Organization, "Commander of Provincial Police Region 8": ""}},
		{"a highway patrol", "Washington State Patrol spokesman, Sgt. Dana Pellow, said the Florida Highway Patrol had sent troopers.",
			map[string]actors.Kind{"Washington State Patrol": actors.Organization, "Florida Highway Patrol": actors.Organization, "Patrol": "", "Dana Pellow": actors.Person}},
		{"Canada's provinces shortened", "WATERLOO, Ont. — Crews from Kelowna, B.C., and Halifax, N.S., joined those of Saskatoon, Sask.",
			map[string]actors.Kind{"Ontario": actors.Place, "British Columbia": actors.Place, "Nova Scotia": actors.Place, "Saskatchewan": actors.Place, "Ont": "", "B.C.": "", "N.S.": "", "Sask": ""}},
		{"eras and business quarters", "The wall dates from 300 B.C. and the gate from AD 79. In Q1, sales rose; Q3 was weaker, and FY2025 looks better.",
			map[string]actors.Kind{"B.C.": "", "AD": "", "Q1": "", "Q3": "", "FY2025": ""}},
		{"an analyst's firm after \"at\"", "Analysts such as Walter Piecyk at BTIG doubted it, and the jet landed at JFK.",
			map[string]actors.Kind{"BTIG": actors.Organization, "JFK": actors.Place, "Walter Piecyk": actors.Person}},
		{"one of a plural of bodies after a dash", "The quarter was lifted by a rebate from Velcomm — one of its suppliers — after an arbitrator ruled.",
			map[string]actors.Kind{"Velcomm": actors.Organization}},
		{"a firm with a middle initial after a person and \"of\"", "It was the second miss, said Toni Sacconaghi of Sanford C. Bernstein & Co. on Monday.",
			map[string]actors.Kind{"Sanford C. Bernstein & Co": actors.Organization, "Toni Sacconaghi": actors.Person, "Sanford C": "", "Sanford": ""}},
		{"a gathering's name before its noun", "Andrew Wilson spoke during the company’s EA Play event on Saturday and at the Velmora Summit conference.",
			map[string]actors.Kind{"EA Play": "", "Velmora Summit": "", "Andrew Wilson": actors.Person}},
		{"a defendant's address after an age", "Daniel Jackson, 28, of Gorse Close, Lakenham, was jailed, and Amy Lee, 31, of Bramble Rise, Hove, was fined.",
			map[string]actors.Kind{"Gorse Close": actors.Place, "Lakenham": actors.Place, "Bramble Rise": actors.Place, "Hove": actors.Place, "Daniel Jackson": actors.Person, "Amy Lee": actors.Person}},
		{"a person's car", "Officers pulled over Matthew Sykes' BMW on Dodds Road on Monday.",
			map[string]actors.Kind{"Matthew Sykes": actors.Person, "Matthew Sykes' BMW": "", "Dodds Road": actors.Place}},
		{"a member's state by its postal code, and a state's people", "Rep. Kevin Marlowe (R-CA) agreed, said Sen. Tara Quint, who followed fellow Arizonan John Maddox.",
			map[string]actors.Kind{"California": actors.Place, "CA": "", "Arizona": actors.Place, "John Maddox": actors.Person, "Arizonan John Maddox": ""}},
		{"initials of words in lower case, a university called Tech, a field of study", "Patients with post-traumatic stress disorder (PTSD) were studied by Sora Shin of Virginia Tech, Professor of Ophthalmology and Visual Science, the World Health Organization (WHO) said.",
			map[string]actors.Kind{"PTSD": "", "Virginia Tech": actors.Organization, "Visual Science": "", "Sora Shin": actors.Person, "World Health Organization": actors.Organization}},
		{"a body's branch by its place", "The figure was confirmed by Zhou Jiaxiong, a manager of Velcor Lanzhou branch.",
			map[string]actors.Kind{"Velcor Lanzhou": actors.Organization, "Zhou Jiaxiong": actors.Person}},
		{"Philippine police ranks and a weather bureau", "The report is being prepared, said police spokesperson P/Col. Jean Fajaro, and PNP Spokesperson Police Brigadier General Jean Fajaro spoke later, as did the weather bureau Pagasol.",
			map[string]actors.Kind{"Jean Fajaro": actors.Person, "P": "", "Spokesperson Police": "", "Pagasol": actors.Organization}},
		{"a palace that speaks, a named person's possessive after \"in\", a person set off after a body's noun", "“We will respond,” Casa Rosada said. President Alberto Fernandes named Agustin Rossa, who will serve in Fernandes's government, and the head of the employers’ association, Luis Miguel Etchevere, agreed, as did Lower House Speaker Sergio Massa.",
			map[string]actors.Kind{"Casa Rosada": actors.Organization, "Fernandes": "", "Alberto Fernandes": actors.Person, "Luis Miguel Etchevere": actors.Person, "Lower House": actors.Organization}},
		{"a constabulary, and Amir as a given name", "Three vehicles of the Punjab police and Frontier Constabulary were damaged, said Amir Kiyani, while Amir Sheikh Mishal received the cable.",
			map[string]actors.Kind{"Frontier Constabulary": actors.Organization, "Amir Kiyani": actors.Person, "Kiyani": "", "Mishal": actors.Person}},
		{"a policy's coined name", "The Brexit leak angered Commission officials, and Obamacare stayed in force.",
			map[string]actors.Kind{"Brexit": "", "Obamacare": ""}},
		{"a roundabout", "Roads were diverted between the Emir Roundabout and the police division.",
			map[string]actors.Kind{"Emir Roundabout": actors.Place, "Roundabout": ""}},
		{"an officer of a body set off by commas, whatever the given name", "The chairman of the market traders' association, Ganiyu Feyisetu, told our correspondent the shot was fired in a scuffle.",
			map[string]actors.Kind{"Ganiyu Feyisetu": actors.Person}},
		{"a people's noun as a surname after a title, and a refugee camp", "UN human rights chief Volker Turkan said the moment was dark, and rights chief Lena Turk agreed. Forces were operating around the Jabalka refugee camp.",
			map[string]actors.Kind{"Lena Turk": actors.Person, "Turkey": "", "Jabalka": actors.Place}},
		{"a place's title as a subject, a question's auxiliary before a title", "The Governor of Kumamoka Prefecture requested early designation.\n\nREPORTER: Did Prime Minister Shinzo Abo give any instructions?",
			map[string]actors.Kind{"Kumamoka Prefecture": actors.Place, "Governor of Kumamoka Prefecture": "", "Shinzo Abo": actors.Person}},
		{"an offence's name, a department by its portfolio, a count opening a sentence", "Multiple Sumter County deputies responded. Saal was charged with one count of Simple Battery Family Violence and one count of Criminal Trespass while Internal Affairs investigates.",
			map[string]actors.Kind{"Sumter County": actors.Place, "Multiple Sumter County": "", "Simple Battery Family Violence": "", "Criminal Trespass": "", "Internal Affairs": actors.Organization}},
		{"a police station's officer in charge", "In the FIR, Ramna Police Station House Officer (SHO) Malik Rashid Ahmad said the road was blocked, and Station House Officer Imran Qadeer of Saddar agreed.",
			map[string]actors.Kind{"Ramna Police Station": actors.Place, "Ramna Police Station House": "", "Malik Rashid Ahmad": actors.Person, "Imran Qadeer": actors.Person}},
		{"who made a report or a survey, with no given name", "A survey by Morning Consult found support fell, according to a report by Study Finds, and a study by John Smithers agreed.",
			map[string]actors.Kind{"Morning Consult": actors.Organization, "Study Finds": actors.Organization, "John Smithers": actors.Person}},
		{"an Irish county after \"Co\", a force's headquarters", "Emergency services were called to a premises near Tullow, Co Carlow, and Garda Headquarters said the scene was preserved.",
			map[string]actors.Kind{"Carlow": actors.Place, "Co Carlow": "", "Garda Headquarters": actors.Organization}},
		{"a network's reporter after its possessive, a region after \"the\", a term in single marks", "Heat records fell across the Southwest, KVRN News’ Dalia Orvantes reported, and crews took a ‘Strategic Reset’ on the ridge.",
			map[string]actors.Kind{"Dalia Orvantes": actors.Person, "KVRN News": actors.Organization, "Southwest": actors.Place, "Strategic Reset": ""}},
		{"a county named after a city names no city; a town a county includes", "Crews worked in Santa Cruz County on Monday, as one fire approached Wendlow. Officials in Marrow County, which includes Wendlow, closed roads.",
			map[string]actors.Kind{"Santa Cruz County": actors.Place, "Santa Cruz": "", "Wendlow": actors.Place, "Marrow County": actors.Place}},
		{"a river named after a state names no state", "The court ruled on water rights in the Colorado River and farms of the Mekong Delta.",
			map[string]actors.Kind{"Colorado River": actors.Place, "Colorado": "", "Mekong Delta": actors.Place, "Mekong": ""}},
		{"a count opening a sentence, a party's MPs, a law's text", "Ten Opposition Parliamentarians backed the 20th Amendment to the Constitution. Three Tory MPs said no, and a hearing was held outside the Four Courts.",
			map[string]actors.Kind{"Ten Opposition Parliamentarians": "", "Opposition Parliamentarians": "", "Three Tory": "", "Tory": actors.Organization, "Constitution": "", "Amendment": "", "Four Courts": actors.Organization}},
		{"a bank's word in another language, a firm ending in Financial, a time zone, the Internet, the Americas", "Analysts polled by Norvale Financial expected more, said Ida Brenn, an analyst at Banc of Arcadia. The statement came at 09:30 Pacific time, and the Internet switch maker sold less in the Americas.",
			map[string]actors.Kind{"Norvale Financial": actors.Organization, "Banc of Arcadia": actors.Organization, "Banc": "", "Pacific": "", "Internet": "", "Americas": actors.Place, "Ida Brenn": actors.Person}},
		{"Amazon the company without \"the\", the region with it; shares of a company opening a story", "(Wirenews) - Shares of Veltrion Inc. fell 9% after it lost a contract with Amazon.",
			map[string]actors.Kind{"Veltrion Inc": actors.Organization, "Shares of Veltrion Inc": "", "Amazon": actors.Organization}},
		{"the Amazon is a region", "Fires burned in the Amazon, and Amazon deforestation rose in Brazil's Amazon.",
			map[string]actors.Kind{"Amazon": actors.Place}},
		{"a firm's listing and ratings are no actors", "Its IPO priced at $15, below an MSRP of $199, and the firm cut Orlent Audio to Market Perform from Strong Buy.",
			map[string]actors.Kind{"IPO": "", "MSRP": "", "Orlent Audio": actors.Organization, "Market Perform": "", "Strong Buy": ""}},
		{"a title's word ending a name after a given name is a surname", "His agent, Lindy Bishop, released a statement, and Stephen King and Tom Judge read it.",
			map[string]actors.Kind{"Lindy Bishop": actors.Person, "Stephen King": actors.Person, "Tom Judge": actors.Person, "Lindy": "", "Stephen": ""}},
		{"a peer by title and surname is the person the article names in full", "Tributes poured in after Richard Vantrell died. Lord Vantrell directed films for 50 years, and Lord Corriemuir praised him.",
			map[string]actors.Kind{"Richard Vantrell": actors.Person, "Lord Vantrell": "", "Lord Corriemuir": actors.Person}},
		{"works' titles, a character, an award", "The Oscar-winning actor, best known for his roles in The Lantern Men, Greyfield and Elf, played in the gangster epic The Harrow Line and starred as Marco Vell. He co-starred with Dana Orme in Boogie Nights, and won an Emmy.",
			map[string]actors.Kind{"Oscar-winning": "", "Lantern Men": "", "Greyfield": "", "Elf": "", "Harrow Line": "", "Marco Vell": "", "Boogie Nights": "", "Emmy": "", "Dana Orme": actors.Person}},
		{"a country's possessive opening a long apposition, a body set off by one", "Ortega came third in the vote won by Velmar, Corvania's first elected president who came to power after an uprising that ended decades of rule. The Guardia Fiscale, Italy's financial police, seized assets, and Selenge, Mongolia's Ministry of Health said.",
			map[string]actors.Kind{"Velmar": actors.Person, "Guardia Fiscale": actors.Organization, "Selenge": actors.Place}},
		{"a document, a reporting verb in capitals", "The commission said Ada Brenner would receive a Certificate of Return on Monday, the Lagos Courier Reported.",
			map[string]actors.Kind{"Certificate of Return": "", "Lagos Courier": actors.Organization, "Lagos Courier Reported": "", "Ada Brenner": actors.Person}},
		{"a disease's initials after its name", "The Marrow virus disease (MVD) spread, officials said, and the Ministry of Health (MoH) sent teams.",
			map[string]actors.Kind{"MVD": "", "Ministry of Health": actors.Organization}},
		{"a class of tournament, a transcript's question", "Q. Talk about the match.\n\nThe 23-time Grand Slam champion Dara Vell won, and Ona Reyes reached a Grand Slam final.",
			map[string]actors.Kind{"Grand Slam": "", "Q. Talk": "", "Talk": "", "Dara Vell": actors.Person, "Ona Reyes": actors.Person}},
		{"a country's company before another body in one run", "The black boxes from Moldova International Airlines Boeing 737 plane were found on Monday.",
			map[string]actors.Kind{"Moldova International Airlines": actors.Organization, "International Airlines": "", "Boeing": actors.Organization, "Moldova": actors.Place}},
		{"a country's official name", "Nothing like it had happened in the history of the Federal Republic of Germany, and the Islamic Republic of Iran agreed.",
			map[string]actors.Kind{"Federal Republic of Germany": actors.Place, "Federal Republic": "", "Islamic Republic of Iran": actors.Place}},
		{"a common adjective opening a sentence before a body's noun", "Preliminary coalition talks broke down late on Sunday, and the Morvane party walked out.",
			map[string]actors.Kind{"Preliminary": "", "Morvane": actors.Organization}},
		{"who polled analysts, a measure that fell, a film an actor appeared in", "Analysts polled by Quarry Data had expected less. Revenue fell 5.1% to $188 million, and Sales fell too. She appeared with him in Dovecote Lane, and the director cast him in Grey Orchard.",
			map[string]actors.Kind{"Quarry Data": actors.Organization, "Revenue": "", "Dovecote Lane": "", "Grey Orchard": ""}},
		{"a chamber's word ending a role before a full name", "Leader of Opposition in the Assembly Ravi Shankar Dutta said the warning showed incompetence. Dutta accused the government of bias.",
			map[string]actors.Kind{"Ravi Shankar Dutta": actors.Person, "Assembly Ravi Shankar Dutta": "", "Assembly": actors.Organization}},
		{"a portfolio's last word before a name, a common noun opening \"X of Y, who\"", "Minister for Rural Development and Panchayat Mahendra Singh Rawal wrote to the collector. Letter of Rawal, who is also the district's minister, caused a flutter.",
			map[string]actors.Kind{"Mahendra Singh Rawal": actors.Person, "Panchayat Mahendra Singh Rawal": "", "Letter": ""}},
		{"a racing position, a circuit named after a person", "He could have fought Ferrari for P4 or P5, and the Jean Armand track suited the car.",
			map[string]actors.Kind{"P4": "", "P5": "", "Jean Armand": actors.Place, "Ferrari": actors.Organization}},
		{"a party's side before a portfolio, a law's title", "Opposition police spokesman Carl Tremont said the Bail and Other Legislation Amendment (Domestic Violence) Act 2024 had failed, and the Electoral Act was no better.",
			map[string]actors.Kind{"Carl Tremont": actors.Person, "Opposition": "", "Opposition police": "", "Domestic Violence": "", "Bail": "", "Electoral Act": ""}},
		{"an agency by its short name, an air base, a research base, a given name spelled as an acronym", "According to Fars, the Foreign Ministry Spokesman Darius Qaemi told reporters on Tuesday that “we will not accept it”. Jets flew from Al Dhafra Air Base, pandas came from the Qinling Research Base of Panda Breeding, and owner Sana Welby-Hart agreed.",
			map[string]actors.Kind{"Fars": actors.Organization, "Darius Qaemi": actors.Person, "Al Dhafra Air Base": actors.Place, "Qinling Research Base of Panda Breeding": actors.Organization, "Sana Welby-Hart": actors.Person}},
		{"a body named a presidency, a relief society, a people's adjective in a compound, a particle that is a city's name", "The Dravlan Disaster and Emergency Management Presidency said 20 aftershocks were felt. Tents came from the Moldovan Red Crescent, and the governor of the Kurdish-populated province said the city of Van was hit hardest.",
			map[string]actors.Kind{"Dravlan Disaster and Emergency Management Presidency": actors.Organization, "Emergency Management Presidency": "", "Moldovan Red Crescent": actors.Organization, "Kurdish": "", "Van": actors.Place}},
		{"where one is from before \"-born\", a railway named a train", "The 69-year-old Zentla-born leader spoke on Monday. Work on the road to the city's Quila Train station will begin in July.",
			map[string]actors.Kind{"Zentla": actors.Place, "Quila Train": actors.Place}},
		{"a qualifier inside a commission's name, a name after a party's possessive", "Not by the Independent National Election Commission, INEC, but by the court. The commission named the All Renewal Congress’s Oyelu Ekwuribe as the winner.",
			map[string]actors.Kind{"Independent National Election Commission": actors.Organization, "Election Commission": "", "Oyelu Ekwuribe": actors.Person}},
		{"a vitamin's letter, a field after an office's title, fields listed with an ampersand, an outlet after \"reports\"", "A common B vitamin in excess (vitamin B3) may harm the heart, reports Health Ledger. \"It is new,\" said Dr. Mara Quell, Co-Section Head of Preventive Cardiology in the Lung, Kidney & Thoracic Institute.",
			map[string]actors.Kind{"B": "", "B3": "", "Health Ledger": actors.Organization, "Mara Quell": actors.Person, "Cardiology": "", "Preventive Cardiology": "", "Lung": "", "Lung, Kidney & Thoracic Institute": actors.Organization}},
		{"a broadcaster's initials labelling a question, a people's possessive inside a body's name", "CCTV: Can you share more about the visit? The Standing Committee of the Ralvan People’s Assembly will meet on Monday, officials said.",
			map[string]actors.Kind{"CCTV": actors.Organization, "Standing Committee of the Ralvan People’s Assembly": actors.Organization, "Standing Committee of the Ralvan People": ""}},
		{"a compass word before a country's possessive, a city after a body's initials", "The oilfield lies 200 kilometres west of North China's Tianjin, said Ma Lirong, a manager of PXOC Tianjin branch. Tianjin's port will ship the oil.",
			map[string]actors.Kind{"North China": actors.Place, "North": "", "Tianjin": actors.Place, "PXOC Tianjin": actors.Organization, "Ma Lirong": actors.Person}},
		{"a common word opening a sentence before \"police\", a car by its maker, a brand-cased paper", "Initial police investigation showed the pair rode a Suzuki Hustler, the mayor told SunLedger Mindoro Daily on Monday.",
			map[string]actors.Kind{"Initial": "", "Initial police": "", "Suzuki Hustler": "", "Suzuki": actors.Organization, "SunLedger Mindoro Daily": actors.Organization}},
		{"two countries joined by a hyphen, one by its dotted initials", "Ministers praised the Japan-U.K. deal and the U.S.-Japan pact on Friday.",
			map[string]actors.Kind{"Japan": actors.Place, "U.K.": actors.Place, "U.S.": actors.Place, "Japan-U": "", "U.S.-Japan": ""}},
		{"kinds of court filings and their initials, a court's bench", "A Division Bench of Justices Ravi Talwar and Meena Kohli heard matters pertaining to Regular First Appeal (RFA) and Review Petition (RP) on Monday, and the Court of Appeal sat too.",
			map[string]actors.Kind{"Division Bench": actors.Organization, "Regular First Appeal": "", "RFA": "", "Review Petition": "", "RP": "", "Court of Appeal": actors.Organization, "Meena Kohli": actors.Person}},
		{"a medical procedure's initials, a police unit before \"police\", a broadcaster by its channel's number", "Officers performed CPR, Dog Squad police searched the yard, and the woman had fled, 9 News reported on Tuesday.",
			map[string]actors.Kind{"CPR": "", "Dog Squad": actors.Organization, "Dog Squad police": "", "9 News": actors.Organization, "News": ""}},
		{"a photo's label in capitals opening a caption", "FILE – MARCH 3: A sign hangs outside the Varnell Foods offices in Dayton, Ohio.",
			map[string]actors.Kind{"FILE": "", "File": "", "Ohio": actors.Place}},
		{"a body named with its country spelled two ways", "The US Attorney's Office charged him on Monday, and the United States Attorney's Office said more charges would follow.",
			map[string]actors.Kind{"US Attorney's Office": actors.Organization, "United States Attorney's Office": ""}},
		{"common words ending on a plural name a group, no person; a given name before a plural surname does", "Ten National Rapid Response Teams were deployed on Monday, and Tom Graves said more would follow.",
			map[string]actors.Kind{"Rapid Response Teams": "", "National Rapid Response Teams": "", "Tom Graves": actors.Person}},
		{"names sharing a plural place word, ships listed after their plural, a deity, an adverb opening a sentence", "Additionally, the rebels struck the cargo ships Dorla Bay, Kestrel Moon and Tavi Star in the Red and Arabian Seas, with God's help, they said.",
			map[string]actors.Kind{"Red Sea": actors.Place, "Arabian Sea": actors.Place, "Red": "", "Arabian": "", "Dorla Bay": "", "Kestrel Moon": "", "Tavi Star": "", "God": "", "Additionally": ""}},
		{"a person's surname after a place's preposition", "Former president Ivo Marenko lost in 2022, and posts from Marenko supporters were taken down.",
			map[string]actors.Kind{"Ivo Marenko": actors.Person, "Marenko": ""}},
		{"a capital's dateline in capitals is the city; TV alone names no body", "TOKYO, July 21 Kyodo - Voters watching on TV saw the House of Councillors results late on Sunday.",
			map[string]actors.Kind{"Tokyo": actors.Place, "TV": "", "House of Councillors": actors.Organization}},
		{"a given name and a place's word are the person an honorific names by that word", "Colin Port, head of the squad, complained on Monday. Mr Port ordered a transcript of the remarks.",
			map[string]actors.Kind{"Colin Port": actors.Person, "Mr Port": actors.Person}},
		{"the items of an address after \", of\"", "The jury heard that Reyes, of Poplar Close, Nether Barnby, Kent, approached the sister of a defendant.",
			map[string]actors.Kind{"Poplar Close": actors.Place, "Nether Barnby": actors.Place}},
		{"an adverb opening a sentence before a role set off by commas", "Separately, the outgoing finance minister, Ruth Tamsweg, warned of a budget gap.",
			map[string]actors.Kind{"Separately": "", "Ruth Tamsweg": actors.Person}},
		{"a name ending on initials after a common word, a city before a state's abbreviation and \"-based\"", "According to Capital QX, clients of Veltrane include a Harlow, Conn.-based firm and Louis XIV Antiques.",
			map[string]actors.Kind{"Capital QX": actors.Organization, "Harlow": actors.Place}},
		{"a given name and a people's name as a surname; a class by its number; sounds sharing their word", "\u201cBring water,\u201d advised Dora English with the Red Cross, as the Category 4 storm neared the Albermarle and Pamlico Sounds.",
			map[string]actors.Kind{"Dora English": actors.Person, "Category": "", "Albermarle Sound": actors.Place, "Pamlico Sound": actors.Place, "Pamlico Sounds": ""}},
		{"a possessive in capitals; words of the language ending on a job", "\u201cIt is an exciting time,\u201d said NASA'S Kara Lindqvist, and Ivo Tamm, a Crew 2 Mission Specialist, agreed.",
			map[string]actors.Kind{"Kara Lindqvist": actors.Person, "NASA'S Kara Lindqvist": "", "Mission Specialist": "", "Ivo Tamm": actors.Person}},
		{"a storm's word before its quoted name, storms listed after their plural, initials of common words, a place visited", "Typhoon \u201cRosal\u201d battered the coast as typhoons Mirel and Tasio formed, and local government units (LGUs) said Ana Reyes visited Lagrana on Sunday.",
			map[string]actors.Kind{"Typhoon": "", "Mirel": "", "Tasio": "", "LGUs": "", "Lagrana": actors.Place}},
		{"a ticker after a company's legal form; a name before a deal's noun after \"for the\"", "Velmara Pharma Co. VLMRY said it had clearance from the Federal Trade Commission for the Orsine deal.",
			map[string]actors.Kind{"Velmara Pharma Co": actors.Organization, "Velmara Pharma Co. VLMRY": "", "Federal Trade Commission": actors.Organization, "Federal Trade Commission for the Orsine": ""}},
		{"a people's adjective after a preposition before a plural of people", "The council heard from Arab negotiators on Tuesday, and a plan went from Varnholm to mediators in Erbil.",
			map[string]actors.Kind{"Arab": "", "Varnholm": actors.Place, "Erbil": actors.Place}},
		{"two bodies of one kind after and, each with its own of", "The Ministry of Fisheries and Ministry of Lands met in Varnholm, and the Orrin Institute of Marine Science and University of Tessaly signed the report.",
			map[string]actors.Kind{"Ministry of Fisheries": actors.Organization, "Ministry of Lands": actors.Organization, "Orrin Institute of Marine Science": actors.Organization, "University of Tessaly": actors.Organization}},
		{"a press release's place and date joined by a slash", "HARWELLTON/Jan. 9, 2024 – The Orrin Trust gave a grant to the clinic.",
			map[string]actors.Kind{"Harwellton": actors.Place, "Orrin Trust": actors.Organization}},
		{"a caption in capitals: a verb with its s, and a place's word ending the place", "MARLO PENNICK ASSISTS WITH A SURVEY, WHICH STUDIED BIRDS FROM THE WALLABY ISLAND BUSHFIRE LAST YEAR.",
			map[string]actors.Kind{"Marlo Pennick": actors.Person, "Wallaby Island": actors.Place, "Marlo Pennick Assists": "", "Wallaby Island Bushfire": "", "Wallaby": ""}},
		{"a person's name in a list after a body named after at", "The grant went to Lena Marrow, a biologist at Orrin College, and Tobias Venn, a marine ecologist, and to clinics in Port Dessel and Amber Vale.",
			map[string]actors.Kind{"Tobias Venn": actors.Person, "Lena Marrow": actors.Person, "Orrin College": actors.Organization, "Port Dessel": actors.Place}},
		{"a body's word in the possessive, then a scheme it owns", "The Government’s Winter Fuel Guarantee will cut bills, and the Communist Party's People's Daily praised it.",
			map[string]actors.Kind{"Government": actors.Organization, "Government’s Winter Fuel Guarantee": "", "Winter Fuel Guarantee": "", "People's Daily": actors.Organization}},
		{"words of the language after told are a programme", "Governor Ama Fenwick told Business Live in an interview that rates would rise, and she told Jack Harlow the same.",
			map[string]actors.Kind{"Business Live": actors.Organization, "Jack Harlow": actors.Person, "Ama Fenwick": actors.Person}},
		{"a body named with its word, then another with its own of", "The survey was run by Bransdale University and University of Tessaly, with money from Harrow Trust.",
			map[string]actors.Kind{"Bransdale University": actors.Organization, "University of Tessaly": actors.Organization}},
		{"a caption in capitals: a place's word opening the place's name", "IMAGE: MARLO PENNICK COUNTS BIRDS AT A SURVEY SITE, WHICH WAS DRY BEFORE THE LAKE TESSMERE FLOODS RETURNED.",
			map[string]actors.Kind{"Lake Tessmere": actors.Place, "Lake Tessmere Floods": "", "Marlo Pennick": actors.Person}},
		{"what a siege surrounds is a town", "The envoy said the talks would end the siege of Qarmuth and the shelling of Velbar.",
			map[string]actors.Kind{"Qarmuth": actors.Place, "Velbar": actors.Place}},
		{"a direction opening a sentence, then of", "Orders were lifted near Dorrel on Tuesday. West of Lake Tessmere the fire slowed. North of Harlow Creek Road, crews held it.",
			map[string]actors.Kind{"Harlow Creek Road": actors.Place, "Lake Tessmere": actors.Place, "North of Harlow Creek Road": "", "West of Lake Tessmere": ""}},
		{"places listed after the communities of", "The sheriff lifted orders for the communities of Dunmoor and Kessa Valley Tribal Nation on Tuesday.",
			map[string]actors.Kind{"Dunmoor": actors.Place, "Kessa Valley Tribal Nation": actors.Organization}},
		{"a lone name before a company officer's title is the company, elsewhere too", "Rivals mounted a renewed challenge to Telvar on Monday. Telvar CEO Mara Quist said sales were strong.",
			map[string]actors.Kind{"Telvar": actors.Organization, "Mara Quist": actors.Person}},
		{"makers of goods after from", "New handsets from Vexaro and Quilly went on sale in Dornland, and imports from Vietnam rose.",
			map[string]actors.Kind{"Vexaro": actors.Organization, "Quilly": actors.Organization, "Vietnam": actors.Place}},
		{"a paper's name after told", "The club's owner, Wen Lusha, told Qarnet Daily that two deals were agreed.",
			map[string]actors.Kind{"Qarnet Daily": actors.Organization, "Wen Lusha": actors.Person}},
		{"a studio with \"Bros.\" is a body", "The western from Kelbrook Bros. Pictures slid to second, and Kelbrook Bros.' comedy was fourth.",
			map[string]actors.Kind{"Kelbrook Bros. Pictures": actors.Organization, "Kelbrook Bros.": actors.Organization, "Kelbrook": ""}},
		{"a lone name owning a quoted work is its studio", "Kelbrook's seafaring musical \u201cQuarry Bells\u201d led the weekend, and Ostrava's \u201cLast of the Larks\u201d was third.",
			map[string]actors.Kind{"Kelbrook": actors.Organization, "Ostrava": actors.Organization, "Quarry Bells": "", "Larks": ""}},
		{"a quoted title after a work's noun is no place", "Last weekend's leader, the western \u201cCopper Canyon,\u201d slid 61%.",
			map[string]actors.Kind{"Copper Canyon": ""}},
		{"a person's name owning a quoted work stays a person", "Tamsin Orrel directed it. Orrel's thriller \u201cGlass Harbor\u201d opened on Friday.",
			map[string]actors.Kind{"Tamsin Orrel": actors.Person, "Glass Harbor": ""}},
		{"a county's body in small letters after the one county named", "Cases rose in Pellam County on Tuesday, according to the county Health Department.",
			map[string]actors.Kind{"Pellam County Health Department": actors.Organization, "Pellam County": actors.Place}},
		{"a county's body in small letters among two counties stays as written", "Cases rose in Pellam County and Ashby County, according to the county Health Department.",
			map[string]actors.Kind{"Health Department": actors.Organization, "Pellam County Health Department": "", "Ashby County Health Department": ""}},
		{"a portfolio of antiquities or shipping before the holder's name; H.E. is an honorific", "Minister of Tourism and Antiquities Nour Adel met H.E. Ilham Suweif, Minister for Ports and Shipping.",
			map[string]actors.Kind{"Nour Adel": actors.Person, "Ilham Suweif": actors.Person, "Antiquities Nour Adel": "", "Antiquities": "", "H.E. Ilham Suweif": ""}},
		{"a video script's sound-bite label: no place, and its small words in capitals stay small though its language is in brackets", "It opened.\n\nSOUNDBITE (Arabic) ILHAM SUWEIF, EGYPTIAN MINISTER OF TOURISM AND ANTIQUITIES:\n\"We found it in the last week of the season, under the sand.\"",
			map[string]actors.Kind{"Ilham Suweif": actors.Person, "Soundbite": "", "Of Tourism And Antiquities": ""}},
		{"an embedded post's handle in brackets is the name's before it; a link's words name no one", "The bridge is under water. https://t.co/Xy12abCD pic.twitter.com/Qr7ZxLmN90\n\u2014 Lucia Orvieto (@LuciaOrvieto) November 30, 2026",
			map[string]actors.Kind{"Lucia Orvieto": actors.Person, "LuciaOrvieto": "", "Qr7ZxLmN90": "", "Xy12abCD": ""}},
		{"a region of the lexicon and its word for the place served before an officer's title", "Iraqi Kurdistan Region President Dilshad Amedi visited Tehran on Monday.",
			map[string]actors.Kind{"Kurdistan Region": actors.Place, "Dilshad Amedi": actors.Person, "Region": ""}},
		{"a body's initials opening its board's name are the body too", "The IAEA Board of Governors passed a resolution on Thursday.",
			map[string]actors.Kind{"IAEA Board of Governors": actors.Organization, "International Atomic Energy Agency": actors.Organization}},
		{"a pitcher's hand or a closer's role before the name", "Mariners: RHP Bryce Kilvane (9-8, 3.88 ERA) starts Wednesday. Closer Andrés Ybarrondo struck out two.",
			map[string]actors.Kind{"Bryce Kilvane": actors.Person, "Andrés Ybarrondo": actors.Person, "RHP Bryce Kilvane": "", "Closer Andrés Ybarrondo": ""}},
		{"brands a maker makes, before their goods' noun", "Harwell, which makes Crunchwell chips and Sunny Oat bars, raised its outlook. Dana Whitfield-Osei sells Velora Fit shoes.",
			map[string]actors.Kind{"Sunny Oat": "", "Crunchwell": "", "Velora Fit": "", "Dana Whitfield-Osei": actors.Person}},
		{"a law and its initials, later alone, are no body; a disaster portfolio before a minister's title", "The Commission fined Velta under the Digital Markets Act (DMA) on Wednesday. The DMA took effect in 2023. Disaster Management and Relief Minister Faruk-e-Alam said shelters were stocked.",
			map[string]actors.Kind{"Digital Markets Act": "", "DMA": "", "Disaster Management": "", "Faruk-e-Alam": actors.Person}},
		{"a person's home is a place whatever word ends its name", "The driver, a 22-year-old man from Clarks Summit, was hurt; Tara Brenneck, 31, of Maple Festival was not. The Clarks Summit opened on Monday.",
			map[string]actors.Kind{"Clarks Summit": actors.Place, "Maple Festival": actors.Place, "Tara Brenneck": actors.Person}},
		{"a mountain region's adjective names the region", "Congress swore in Jose Velarde to lead the Andean nation, and Himalayan villages were cut off.",
			map[string]actors.Kind{"Andes": actors.Place, "Himalayas": actors.Place, "Andean": ""}},
		{"a chamber's word, then a person's name from its initials on", "Leader of the Opposition in the Assembly V D Sathyan of the Congress accused the government.",
			map[string]actors.Kind{"V D Sathyan": actors.Person, "Assembly V D Sathyan": ""}},
		{"a place's abbreviation spelling a named body's initials is the body", "Kerala to move SC on borrowing cap\n\nThe state will approach the Supreme Court again, the minister said. The SC heard a similar plea in March.",
			map[string]actors.Kind{"Supreme Court": actors.Organization, "South Carolina": ""}},
		{"parts played on the stage are no people, and a title's other mention in its article no body", "The actress played Lady Marwick, Portia and Hedda Lindqvist for the national companies, but the ITV drama Harbour Lights made her famous. Her Lady Marwick at the Old Vic was praised, and Harbour Lights ran for 14 series.",
			map[string]actors.Kind{"Lady Marwick": "", "Hedda Lindqvist": "", "Harbour Lights": "", "Old Vic": actors.Organization, "ITV": actors.Organization}},
		{"an opponent played in a match is a person", "In the final she played Jelena Novikova, who had beaten her in Rome, and won in three sets.",
			map[string]actors.Kind{"Jelena Novikova": actors.Person}},
		{"a person's name opening what is named after her is hers; a firm's is the firm's", "The Maren Vollan Observatory lifted off on Tuesday. Maren Vollan, who died in 1987, charted gas clouds at the Hestvik observatory. Tova Brandt Corp. said sales rose, and Tova Brandt shares gained 4%.",
			map[string]actors.Kind{"Maren Vollan": actors.Person, "Maren Vollan Observatory": actors.Organization, "Hestvik": actors.Place, "Tova Brandt": actors.Organization}},
		{"a city before a team's officer in small letters is the club, and so is the city's name with a club's word", "Bristol City have signed the defender Ruben Alcott-Vale, the Championship club said. The Bristol boss called him a leader. Mexico City has a new stadium.",
			map[string]actors.Kind{"Bristol City": actors.Organization, "Bristol": actors.Organization, "Mexico City": actors.Place, "Ruben Alcott-Vale": actors.Person}},
		{"a city's team of a common plural or of three words, in a game's paragraph", "The Portland Trail Blazers beat the Denver Nuggets 110-104 on Friday, and Marta Oyelaran-Kest scored 31.",
			map[string]actors.Kind{"Portland Trail Blazers": actors.Organization, "Denver Nuggets": actors.Organization, "Marta Oyelaran-Kest": actors.Person}},
		{"given names of other countries than England's, from faker's locales, after a title and after \"from\"", "Minister of State at the Department of Transport Chiamaka Okafor said she was saddened. The letters came from Deniz Aksoy and Kwabena Mensah, who both live in the city.",
			map[string]actors.Kind{"Chiamaka Okafor": actors.Person, "Department of Transport": actors.Organization, "Deniz Aksoy": actors.Person, "Kwabena Mensah": actors.Person}},
		{"a dateline's town and country are no inverted name, though the country is a given name too", "KISUMU, Kenya, Nov 26 (Reuters) - Floods have forced thousands from their homes in western Kenya, officials said.",
			map[string]actors.Kind{"Kenya Kisumu": "", "Kisumu": actors.Place, "Kenya": actors.Place}},
		{"a body after a named person, \"of\" and a speech verb, with a word of the language inside", "Callum Aird of River Action Yorkshire said the ruling was a victory.",
			map[string]actors.Kind{"Callum Aird": actors.Person, "River Action Yorkshire": actors.Organization, "Yorkshire": ""}},
		{"a plural's possessive inside a body's name before its initials", "Members of the Civil and Border Workers' Union (CBWU) voted for the walkouts, the CBWU said.",
			map[string]actors.Kind{"Civil and Border Workers' Union": actors.Organization, "Civil": "", "Border Workers' Union": ""}},
		{"a court's abbreviation after a docket number in a case's citation names no one", "A judge let the suit go on (Darlene Thibodeaux, et al. v. Gulfmark Refining LLC, et al., No. 25-01142, M.D. La.). An appeals court declined to revive another (Arceneaux v. Gulfmark Refining LLC, No. 24-30581, 5th Cir.).",
			map[string]actors.Kind{"Darlene Thibodeaux": actors.Person, "Gulfmark Refining LLC": actors.Organization, "M.D. La": "", "Cir": ""}},
		{"a firm of partners' names after a person and \"of\" is no town", "Counsel for the residents, Marcus Boudreaux of Boudreaux & Lyle in Lafayette, said the families were relieved.",
			map[string]actors.Kind{"Marcus Boudreaux": actors.Person, "Boudreaux & Lyle": actors.Organization, "Lafayette": actors.Place, "Lyle": ""}},
		{"the agency of a wire dateline with a date and no place, or nothing, before it is the story's maker", "Dec 3 (Reuters) - Trailhead Outfitters Inc. has agreed to buy a rival, the companies said on Wednesday.",
			map[string]actors.Kind{"Trailhead Outfitters Inc": actors.Organization, "Reuters": ""}},
		{"a firm's name with an ampersand and an event's word", "Shares of Summit & Pine jumped 62% in premarket trading after the Summit & Pine board backed the deal.",
			map[string]actors.Kind{"Summit & Pine": actors.Organization, "Summit": "", "Pine": ""}},
		{"other romanisations of a movement's name are the movement", "Hizballah fighters fired rockets on Sunday, and Taleban officials in Kabul said they had not been told.",
			map[string]actors.Kind{"Hezbollah": actors.Organization, "Taliban": actors.Organization, "Hizballah": "", "Taleban": ""}},
		{"the Taliban by the name they give their government", "The Islamic Emirate rejected the report, a spokesman for the Islamic Emirate of Afghanistan said in Kabul.",
			map[string]actors.Kind{"Taliban": actors.Organization, "Islamic Emirate": "", "Islamic Emirate of Afghanistan": ""}},
		{"an explainer's subheads in capitals that ask a question name no body", "Voters in Chad go to the polls on Sunday.\n\nWHAT IS ON THE BALLOT?\n\nThe draft keeps a strong presidency.\n\nWHO IS CAMPAIGNING AGAINST IT?\n\nThe opposition is.",
			map[string]actors.Kind{"Chad": actors.Place, "BALLOT": "", "IS": "", "IS CAMPAIGNING AGAINST IT": ""}},
		{"the name a body's noun is known by is the body's", "A coalition of parties and civil society groups known as Wakit Tama has called for a boycott.",
			map[string]actors.Kind{"Wakit Tama": actors.Organization}},
		{"a body the lexicon knows whose first word is a country that is also a given name", "The motion, backed by the hard-left France Unbowed (LFI), won 271 votes.",
			map[string]actors.Kind{"France Unbowed": actors.Organization}},
		{"a party's member, a word of its own, names the party; not after \"the\", nor in another party's name", "Texas Gov. Wade Pruett, a Republican, said he would appeal, and Republican senators agreed. Iraq's Republican Guard and Berlin's Social Democrat mayor said nothing.",
			map[string]actors.Kind{"Republican Party": actors.Organization, "Republican Guard": actors.Organization, "Democratic Party": ""}},
		{"a party's members in the plural, in an article that names the party, are the party", "The Socialist Party abstained on Thursday, buying the government time. The Socialists said the budget was still unfair.",
			map[string]actors.Kind{"Socialist Party": actors.Organization, "Socialists": ""}},
		{"\"Tory\" is the Conservative Party", "Tory MP Jane Hollins said the result was bad, and the Conservatives blamed the Lib Dems.",
			map[string]actors.Kind{"Conservative Party": actors.Organization, "Tory": "", "Jane Hollins": actors.Person}},
		{"a port that acts or speaks is the body that runs it; a port one is at is a place", "The Port of Varnholm suspended night operations on Tuesday. A spokeswoman for the Port of Keldby told reporters the quay was shut. Ships waited at the Port of Ostrava Nova.",
			map[string]actors.Kind{"Port of Varnholm": actors.Organization, "Port of Keldby": actors.Organization, "Port of Ostrava Nova": actors.Place}},
		{"a calling before a given name and a surname is a person's job, not a body's description", "Promoter Gideon Tarrow of Crownvale Promotions said talks had begun. Broadcaster Wavecrest said it would show the fight.",
			map[string]actors.Kind{"Gideon Tarrow": actors.Person, "Gideon Tarrow of Crownvale Promotions": "", "Crownvale Promotions": actors.Organization, "Wavecrest": actors.Organization}},
		{"initials in the plural after a number count things", "Chidi Okonta (25-0, 20 KOs) dropped Bence Varsanyi (19-2, 12 KOs) in the ninth, and the bank has 40 ATMs in the city, officials said.",
			map[string]actors.Kind{"KOs": "", "ATMs": "", "Chidi Okonta": actors.Person}},
		{"a month that is a given name, after a given name and \"and\", opens the second name", "The painting came from the heirs of Walter and June Harrowgate, a retired couple who bought it in June 1971.",
			map[string]actors.Kind{"June Harrowgate": actors.Person, "Walter Harrowgate": actors.Person}},
		{"a station's call letters with its band are a broadcaster", "\"People were calm,\" a passenger told KBRX-TV, and the mayor told WTLM-FM the roads were shut.",
			map[string]actors.Kind{"KBRX-TV": actors.Organization, "WTLM-FM": actors.Organization}},
		{"a name before a reservoir's noun in lower case is a place", "Water poured from the Baiyun Gorge reservoir in Guizhou, and the Pellow reservoir near Tarnby was drained, officials said on Wednesday.",
			map[string]actors.Kind{"Baiyun Gorge": actors.Place, "Pellow": actors.Place}},
		{"\"Press\" before a secretary's title is the title's; Nigerian styles before names", "The Chief Press Secretary to the Governor, Mr Uchenna Odoemelam-Ike, said the claim was false, and the party's Publicity Secretary, Barr. Kelechi Amadi-Okoro, asked for the papers.",
			map[string]actors.Kind{"Chief Press": "", "Uchenna Odoemelam-Ike": actors.Person, "Barr": "", "Kelechi Amadi-Okoro": actors.Person}},
		{"a name in brackets after a person's is the seat they stand for, unless a party's", "Three lawmakers, Hon. Kenechukwu Ozor (Nkanu West), Hon. Amaka Ebube-Chike (Udi) and Hon. Ikenna Ofor (Enugu North), wrote to the Speaker. Stuart Polkinghorne (Con) and Ada Brisco (Green) lost.",
			map[string]actors.Kind{"Nkanu West": actors.Place, "Udi": actors.Place, "Kenechukwu Ozor": actors.Person, "Con": "", "Green": ""}},
		{"a flyover's name before its noun in lower case is a place", "Work on the Ogbete flyover stopped in March, and the contract for the Abakpa overpass was never signed, officials said.",
			map[string]actors.Kind{"Ogbete": actors.Place, "Abakpa": actors.Place}},
		{"a nickname in single marks inside a name; not a headline's quoted word", "Senator Ronaldo 'Buboy' Mabilangan-Reyes and Senator Liza ‘Bing’ Cortado-Lim opposed the cut. Minister 'Misled' Parliament, the paper said.",
			map[string]actors.Kind{"Ronaldo 'Buboy' Mabilangan-Reyes": actors.Person, "Ronaldo": "", "Liza ‘Bing’ Cortado-Lim": actors.Person, "Minister 'Misled' Parliament": ""}},
		{"a palace or a market of the Arab world by its Arabic word", "The envoy was received at Qasr Al Watan, and traders in Souq Waqif closed early, officials said.",
			map[string]actors.Kind{"Qasr Al Watan": actors.Place, "Souq Waqif": actors.Place}},
		{"a court's Bench, with a capital, is no body's name", "A Bench comprising Justices Revathi Kumaran and Anand Bhatnagar heard the plea on Friday. \"The plea is admitted,\" the Bench said.",
			map[string]actors.Kind{"Bench": "", "Revathi Kumaran": actors.Person}},
		{"where someone named with their age lives; an address set off after a person named before", "Liam Dunmore, 27, of Elm Tarrow, was charged, and a man, 24, from Nether Brinsop was bailed. Jonah Vexley denies fraud. Vexley, of Sallow Edge, Tarnshire, was refused bail.",
			map[string]actors.Kind{"Elm Tarrow": actors.Place, "Nether Brinsop": actors.Place, "Sallow Edge": actors.Place, "Liam Dunmore": actors.Person, "Jonah Vexley": actors.Person}},
		{"a team before its driver, and a driver of it", "Marrowline driver Ada Kessel was fourth, behind Tomas Velde of Marrowline and Ivo Brandt of Tessaro.",
			map[string]actors.Kind{"Marrowline": actors.Organization, "Ada Kessel": actors.Person, "Tomas Velde": actors.Person}},
		{"where a specialist works is a body", "\"It was a surprise,\" said Ada Kessel, a cardiologist at Velmoor, and Ivo Brandt, a statistician at Tarnsholm, agreed.",
			map[string]actors.Kind{"Velmoor": actors.Organization, "Tarnsholm": actors.Organization}},
		{"a company whose shares are traded, by one word", "Shares of Korvath were little changed, and shares in Velmane rose after the results.",
			map[string]actors.Kind{"Korvath": actors.Organization, "Velmane": actors.Organization}},
		{"a territory named whole with and inside, and one of a demonym's name", "Firms in the Turks and Caicos Islands and the British Virgin Islands own the flats.",
			map[string]actors.Kind{"Turks and Caicos Islands": actors.Place, "British Virgin Islands": actors.Place, "Turkey": "", "United Kingdom": "", "Virgin Islands": ""}},
		{"New York's and Connecticut's abbreviations after a member of Congress", "Sen. Dara Vellis, D-N.Y., spoke first, and Rep. Omar Tessle, D-Conn., agreed.",
			map[string]actors.Kind{"New York": actors.Place, "Connecticut": actors.Place, "N.Y.": "", "Dara Vellis": actors.Person, "Omar Tessle": actors.Person}},
		{"roads by their numbers in a traffic report, and Britain's uplands", "Drivers should avoid the A66 and the M62 over the Pennines. The A1 was closed near Darlington.",
			map[string]actors.Kind{"A66": actors.Place, "M62": actors.Place, "A1": actors.Place, "Pennines": actors.Place}},
		{"a company's last word after a common word opening a sentence", "The warning is for snow across the network in the north, forecasters said. Network Rail said trains might be cancelled.",
			map[string]actors.Kind{"Network Rail": actors.Organization, "Rail": ""}},
		{"a company's measure opening a sentence, a clock's zone, and a plural region one is in", "Revenue rose 24% to $148 million, Korvane Systems said. It will host a call at 5:00 p.m. ET, and its chief has a home in the Tarnhills.",
			map[string]actors.Kind{"Revenue": "", "ET": "", "Tarnhills": actors.Place, "Korvane Systems": actors.Organization}},
		{"the Bronx without its article", "Smoke filled a Bronx school, and families in the Bronx were told to stay inside.",
			map[string]actors.Kind{"Bronx": actors.Place}},
		{"a state's people, and initials given a body in brackets, wherever they stand", "The capsule landed in the South Australian desert, the Tarsa Space Research Institute (TSRI) said. Engineers at TSRI's Velden campus cheered.",
			map[string]actors.Kind{"South Australia": actors.Place, "Australia": "", "Tarsa Space Research Institute": actors.Organization, "TSRI": ""}},
		{"a dateline in title case with the day before the month", "Velmora, 4 Dec (VNA) – The army has been sent to the Tarsk region after two rivers burst their banks, the Ministry of Defence said.",
			map[string]actors.Kind{"Velmora": actors.Place, "VNA": "", "Ministry of Defence": actors.Organization}},
		{"a Vietnamese family name that is a word of the language, and a hall with \"of the\" in its name", "Xi met with To Vinh, general secretary of the party, at the Great Hall of the People on Tuesday.",
			map[string]actors.Kind{"To Vinh": actors.Person, "Vinh": "", "Great Hall of the People": actors.Place, "People": ""}},
		{"Welsh villages by their chapel, bridge or bay", "Gusts of 80mph were recorded at Capel Dyfnant, and the road to Porth Ceiriog was shut near Pont Aelwyd.",
			map[string]actors.Kind{"Capel Dyfnant": actors.Place, "Porth Ceiriog": actors.Place, "Pont Aelwyd": actors.Place}},
		{"a name's possessive that owns nothing is a shop's name", "Velmart's and Corrigans said deliveries would be late, and Tessaro's will close two shops. Ada Kessel's team said nothing.",
			map[string]actors.Kind{"Velmart's": actors.Organization, "Corrigans": actors.Organization, "Tessaro's": actors.Organization, "Ada Kessel": actors.Person}},
		{"a Welsh place's name joined by y or yn", "The road between Betws-y-Garth and Llanfair-yn-Fron was shut on Saturday.",
			map[string]actors.Kind{"Betws-y-Garth": actors.Place, "Llanfair-yn-Fron": actors.Place, "Garth": "", "Betws": ""}},
		{"a peer's title of a place stands for the peer", "The King was accompanied by the Duke of Tarnshire, and fans of Queen of the South cheered.",
			map[string]actors.Kind{"Duke of Tarnshire": actors.Person}},
		{"a see's or a city's office named by its place stands for its holder, not a caption's role in capitals", "The Archbishop of Canterbury said the riots shamed the country. The Mayor of Leeds, speaking later, agreed.\n\nIngrid Moe-Sand, 44, MAYOR OF BERGEN, spoke too.",
			map[string]actors.Kind{"Archbishop of Canterbury": actors.Person, "Mayor of Leeds": actors.Person, "Canterbury": actors.Place, "Leeds": actors.Place, "Ingrid Moe-Sand": actors.Person, "Mayor Of Bergen": "", "MAYOR OF BERGEN": "", "Of Bergen": ""}},
		{"who polled, before its poll or survey", "A Halvard Korea poll showed the president's rating falling, and a Vestrim survey agreed.",
			map[string]actors.Kind{"Halvard Korea": actors.Organization, "Vestrim": actors.Organization}},
		{"a river's branch by its colour is a place", "The dam on the Blue Nile filled, and the Black Volta rose.",
			map[string]actors.Kind{"Blue Nile": actors.Place}},
		{"a title ending two names after an honorific is a name's", "U Zaw Min Tun, the spokesman, said parties had until January to register.",
			map[string]actors.Kind{"Zaw Min Tun": actors.Person, "Zaw Min": ""}},
		{"a word in capitals that names nothing ends a name, but a fund's", "The Halvard Capital IPO index has risen 18% this year, and the Vestra Retail ETF fell.",
			map[string]actors.Kind{"Halvard Capital": actors.Organization, "Halvard Capital IPO": "", "Vestra Retail ETF": actors.Organization}},
		{"a chain of cinemas", "The film was shown by Orvane Theatres and by Kestly Theaters in Texas.",
			map[string]actors.Kind{"Orvane Theatres": actors.Organization, "Kestly Theaters": actors.Organization}},
		{"a stadium or a body named for an airline is no country", "Saka scored at the Emirates Stadium, and the group Emirates Nature-WWF said it would count the birds.",
			map[string]actors.Kind{"Emirates Stadium": actors.Place, "Emirates Nature-WWF": actors.Organization, "United Arab Emirates": ""}},
		{"a capital after a part of the city's compass is the city", "A man was stabbed in Soho, central London, and a blast hit eastern Kyiv.",
			map[string]actors.Kind{"London": actors.Place, "Kyiv": actors.Place, "United Kingdom": "", "Ukraine": ""}},
		{"a road's tunnel and a mountain range are places", "Chains were needed at the Eisenhower Tunnel, and snow fell on the Front Range.",
			map[string]actors.Kind{"Eisenhower Tunnel": actors.Place, "Front Range": actors.Place}},
		{"a city's name that is a given name, before a plural no dictionary holds, is a person's", "Austin Reaves added 24 as the Los Angeles Lakers beat the Boston Celtics 118-111.",
			map[string]actors.Kind{"Austin Reaves": actors.Person, "Los Angeles Lakers": actors.Organization}},
		{"whom lawyers act for, after a sentence's first word and \"for\"", "Lawyers for Aminu Ado Bayero argued that the assembly had no power. Lawyers for Human Rights said so too.",
			map[string]actors.Kind{"Aminu Ado Bayero": actors.Person, "Lawyers for Aminu Ado Bayero": "", "Lawyers for Human Rights": actors.Organization}},
		{"a ruler's title a named person takes \"as\" is the person's role", "A court heard a suit against the reinstatement of Muhammadu Sanusi II as Emir of Kano on Monday.",
			map[string]actors.Kind{"Muhammadu Sanusi II": actors.Person, "Emir of Kano": "", "Kano": actors.Place}},
		{"the Union's institutions by their names", "European Council President Ada Kessel spoke after the Council of the European Union met.",
			map[string]actors.Kind{"European Council": actors.Organization, "Council of the European Union": actors.Organization, "Ada Kessel": actors.Person}},
		{"a role in lower case, a given name and a word that ends firms' names is a person", "Sinner spoke with former player Jim Courier, and Orla Courier Services delivered the trophy.",
			map[string]actors.Kind{"Jim Courier": actors.Person, "Orla Courier Services": actors.Organization}},
		{"a term's initials after a place's preposition are no place", "Data centres are being rebuilt around AI, the chief executive said in Toronto.",
			map[string]actors.Kind{"AI": "", "Toronto": actors.Place}},
		{"a music school is a body", "She studied at the Prague Conservatory and later taught at the Dunmore Conservatoire.",
			map[string]actors.Kind{"Prague Conservatory": actors.Organization, "Dunmore Conservatoire": actors.Organization, "Czech Republic": ""}},
		{"carmakers, arms makers and banks the lexicon holds", "Volkswagen, which also owns Audi and Porsche, competes with brands such as BYD, and Lockheed Martin and Deutsche Bank signed.",
			map[string]actors.Kind{"Audi": actors.Organization, "Porsche": actors.Organization, "BYD": actors.Organization, "Lockheed Martin": actors.Organization, "Deutsche Bank": actors.Organization}},
		{"who makes or runs a thing, by one word, is a company", "Hospitals were told to patch software made by Fortivex; the jets are built by Quarrendo, and the ferry is operated by Laszlo.",
			map[string]actors.Kind{"Fortivex": actors.Organization, "Quarrendo": actors.Organization, "Laszlo": ""}},
		{"a company's first word alone is its short name, not a place", "An attack forced Carrowfield Health to divert ambulances. Staff at Carrowfield's main campus in Dayton wrote by hand. Boats sailed from Killybegs, and the Killybegs Fishermen's Organisation met.",
			map[string]actors.Kind{"Carrowfield Health": actors.Organization, "Carrowfield": "", "Dayton": actors.Place, "Killybegs": actors.Place}},
		{"a body of the sky or a landform named after its noun", "The probe sped toward the asteroid Quorvane after the volcano Tessaly erupted.",
			map[string]actors.Kind{"Quorvane": actors.Place, "Tessaly": actors.Place}},
		{"central banks the lexicon holds", "Germany's Bundesbank chief Joachim Nagel saw no need to rush, and Sweden's Riksbank held.",
			map[string]actors.Kind{"Bundesbank": actors.Organization, "Riksbank": actors.Organization, "Joachim Nagel": actors.Person}},
		{"a creed or a people before a person's noun is no place", "Payman, a Muslim woman, sat beside a Sikh man from a Reynoldsburg family.",
			map[string]actors.Kind{"Muslim": "", "Sikh": ""}},
		{"\"Sen\" ends a name after a word no dictionary holds, and ends its sentence at a paragraph's end", "The court ruled on her call with Cambodia's former leader Hun Sen, and on a letter from Sen. Ada Vole to economist Ravi Sen.",
			map[string]actors.Kind{"Hun Sen": actors.Person, "Hun": "", "Ada Vole": actors.Person, "Ravi Sen": actors.Person}},
		{"a party or a firm among partners listed", "The ruling party must win the backing of coalition partners such as Bhumjaithai and Kla Tham.",
			map[string]actors.Kind{"Bhumjaithai": actors.Organization}},
		{"a line dividing disputed lands is a place", "Troops exchanged fire across the Line of Control, and patrols met on the Line of Actual Control.",
			map[string]actors.Kind{"Line of Control": actors.Place, "Line of Actual Control": actors.Place}},
		{"a body's word alone opening a sentence before a role names no body", "The union and the carmaker agreed. Union negotiator Tova Grell said pay was safe. Army spokesman Jan Rask said no one was hurt. Government negotiator Ilse Marr left.",
			map[string]actors.Kind{"Union": "", "Army": "", "Government": "", "Tova Grell": actors.Person, "Jan Rask": actors.Person, "Ilse Marr": actors.Person}},
		{"works listed after a capitalised noun opening a sentence", "Songs such as Wonderwall and Champagne Supernova were streamed. Hits such as Live Forever topped the chart.",
			map[string]actors.Kind{"Champagne Supernova": "", "Live Forever": ""}},
		{"a shipbuilder named by \"Ocean\"", "The navy chose between bids from Germany's Thyssen Marine Systems and South Korea's Hanwha Ocean, far from the Indian Ocean.",
			map[string]actors.Kind{"Hanwha Ocean": actors.Organization, "Indian Ocean": actors.Place}},
		{"airlines named after their country, and Britain's crash investigators", "The Air India crash is being investigated with help from Britain's Air Accidents Investigation Branch, singer Mara Branch said.",
			map[string]actors.Kind{"Air India": actors.Organization, "Air": "", "Air Accidents Investigation Branch": actors.Organization, "Mara Branch": actors.Person}},
		{"a regulator named as a superintendency", "The Superintendency of the Environment (SMA) halted pumping, and the Superintendence of Banks agreed.",
			map[string]actors.Kind{"Superintendency of the Environment": actors.Organization, "Environment": "", "Superintendency": "", "Superintendence of Banks": actors.Organization}},
		{"streets and squares named in Spanish, Portuguese, French and Italian", "The riders sprinted along the Paseo de la Morvedra, and fans filled Avenida Talbeiro and Piazza Corvessa.",
			map[string]actors.Kind{"Paseo de la Morvedra": actors.Place, "Avenida Talbeiro": actors.Place, "Piazza Corvessa": actors.Place}},
		{"what a town or a country has by name is no person", "Thieves hit the city's Copper Vault in 2019, and the capital's Harlow Lido closed.",
			map[string]actors.Kind{"Copper Vault": actors.Place, "Harlow Lido": actors.Place}},
		{"where a gathering was held is no person", "She spoke at the ceremony at Old Tallowgate in London, and a concert was staged at Brennock Fields.",
			map[string]actors.Kind{"Old Tallowgate": actors.Place, "Brennock Fields": actors.Place}},
		{"a work's title with its own \"The\", read again without it", "She won for her debut novel The Salted Parish. Sales of The Salted Parish rose, its publisher Quillmark said.",
			map[string]actors.Kind{"Salted Parish": "", "The Salted Parish": "", "Quillmark": actors.Organization}},
		{"a cricket Test is an event, no person", "Rask scored 140 on day two of the second Ashes Test, and the Boxing Day Test is sold out, said Ollie Brandt.",
			map[string]actors.Kind{"Ashes Test": "", "Boxing Day Test": "", "Ollie Brandt": actors.Person}},
		{"South Korea's presidential office by its compound", "President Mun Ho-jin convened the National Security Council, Cheong Wa Dae said.",
			map[string]actors.Kind{"Cheong Wa Dae": actors.Organization, "Mun Ho-jin": actors.Person}},
		{"two places paired by a hyphen opening a sentence before a facility's noun", "Marseille-Provence airport suspended flights for hours.",
			map[string]actors.Kind{"Marseille-Provence airport": actors.Place, "Provence": ""}},
		{"two places paired by a hyphen before a road are both named", "Trucks queued on the Maputo-Matola road.",
			map[string]actors.Kind{"Maputo": actors.Place, "Matola": actors.Place}},
		{"an infirmary, a hospice and a clinic are bodies", "He was taken to Calder General Infirmary, then to Brookvale Hospice, and treated at Ashgrove Clinic.",
			map[string]actors.Kind{"Calder General Infirmary": actors.Organization, "Brookvale Hospice": actors.Organization, "Ashgrove Clinic": actors.Organization}},
		{"a state's service named after \"General\" is no officer", "Egypt's General Intelligence chief Omar Barakeh met the envoy, and General Idris Kamau spoke.",
			map[string]actors.Kind{"General Intelligence": actors.Organization, "Intelligence": "", "Omar Barakeh": actors.Person, "Idris Kamau": actors.Person}},
		{"Dutch particles in lower case join a surname; a Māori \"Te\" opens a name of its own", "Technical director Daan te Welle and coach Joris ten Brink met Te Rangi Hauwai of Te Kura Moana.",
			map[string]actors.Kind{"Daan te Welle": actors.Person, "Joris ten Brink": actors.Person, "Daan": "", "Joris": ""}},
		{"computing's initials are no bodies", "The fault began with a DNS issue and spread to every VPN and API the bank runs, Ola Brekke said.",
			map[string]actors.Kind{"DNS": "", "VPN": "", "API": "", "Ola Brekke": actors.Person}},
		{"carriers named by \"Lines\", and a zone of the sea", "Passengers of Marrow Air Lines and Tasman Cruise Lines were delayed, as were ships bound for the Clarion-Clipperton Zone.",
			map[string]actors.Kind{"Marrow Air Lines": actors.Organization, "Tasman Cruise Lines": actors.Organization, "Clarion-Clipperton Zone": actors.Place}},
		{"miners named by their metal and providers by \"Cloud\"", "Toronto-listed Quellmoor Lithium and Brask Uranium fell, and a fault at Zentavo Cloud hit banks.",
			map[string]actors.Kind{"Quellmoor Lithium": actors.Organization, "Brask Uranium": actors.Organization, "Zentavo Cloud": actors.Organization}},
		{"a name right after a noun saying what kind of business it is", "Reports spiked on the tracking site Pinglytics, and users of the messaging platform Zellora complained, Dana Roe said.",
			map[string]actors.Kind{"Pinglytics": actors.Organization, "Zellora": actors.Organization, "Dana Roe": actors.Person}},
		{"clubs named by their town in a report naming a side's manager", "Harwick Rovers beat Selby Athletic 2-1 to move within three points of leaders Leeds. \"We showed character,\" Harwick Rovers manager Ennio Dalla Vero said. Kettering Vale are fourth after a 3-0 win at Fallowmere.",
			map[string]actors.Kind{"Leeds": actors.Organization, "Fallowmere": actors.Organization, "Ennio Dalla Vero": actors.Person}},
		{"a grid operator after a compass word is a company", "Northern Powergrid said 2,300 homes were without power, and Eastern Grid restored supply in Harrowfield.",
			map[string]actors.Kind{"Northern Powergrid": actors.Organization, "Eastern Grid": actors.Organization}},
		{"a ministry in lower case that speaks, with no country before it", "The health ministry said 40 people were hurt, and the finance ministry's budget was cut, Ilse Marr said.",
			map[string]actors.Kind{"health ministry": actors.Organization, "finance ministry": "", "Ilse Marr": actors.Person}},
		{"a ministry in lower case that speaks is the one the article names", "The Ministry of Health of Varrow counted 12 injured. The health ministry said hospitals were coping.",
			map[string]actors.Kind{"Ministry of Health of Varrow": actors.Organization, "health ministry": ""}},
		{"a police force's detectives", "PC Dan Ashby, of Harrowfield District CID, urged witnesses to call.",
			map[string]actors.Kind{"Harrowfield District CID": actors.Organization, "Dan Ashby": actors.Person}},
		{"the platform X before a colon is no interview's label", "Her rival, Ivo Marsh, wrote in a post on X: \"The mayor is wrong.\"",
			map[string]actors.Kind{"X": actors.Organization, "Ivo Marsh": actors.Person}},
		{"a ministry in lower case that \"the ministry\" speaks for later in its paragraph", "The finance ministry defended the increase. \"Subsidies cost too much,\" the ministry said in a statement.",
			map[string]actors.Kind{"finance ministry": actors.Organization}},
		{"\"former\" before a name qualifies the noun after it, and titles no one", "The former Brackmoor bus depot will be demolished, said a former Harlowe town councillor, Ada Venn.",
			map[string]actors.Kind{"Brackmoor": actors.Place, "Harlowe": actors.Place, "Ada Venn": actors.Person}},
		{"\"Former\" opening a sentence before a side and its officer", "Former Brantwood captain Jon Tarry attended. Former Wexham Rovers coach Jim Dale spoke.",
			map[string]actors.Kind{"Brantwood": actors.Organization, "Wexham Rovers": actors.Organization, "Former Wexham Rovers": "", "Jon Tarry": actors.Person, "Jim Dale": actors.Person}},
		{"a live page's shouted label before a name", "78 min: GOAL Harwick Rovers! Dylan Levett equalises from the edge of the box.",
			map[string]actors.Kind{"Harwick Rovers": actors.Organization, "GOAL Harwick Rovers": "", "Dylan Levett": actors.Person}},
		{"a name no list holds, then \"of\" and a known town or club", "Aitana Bonmatí-Soler of Barcelona won the women's award, and Kaisu Vauhkonen of Helsinki came second.",
			map[string]actors.Kind{"Aitana Bonmatí-Soler": actors.Person, "Kaisu Vauhkonen": actors.Person, "Barcelona": actors.Place, "Helsinki": actors.Place, "Aitana Bonmatí-Soler of Barcelona": "", "Finland": ""}},
		{"a capital after a title or \"out\" and \"of\" is the city", "Flights in and out of Dublin resumed, said Niamh Carrick, a former mayor of Lisbon.",
			map[string]actors.Kind{"Dublin": actors.Place, "Lisbon": actors.Place, "Ireland": "", "Portugal": "", "Niamh Carrick": actors.Person}},
		{"a capital after a common noun and \"of\" is its government", "The sanctions deepened the isolation of Moscow.",
			map[string]actors.Kind{"Russia": actors.Place, "Moscow": ""}},
		{"a field of study after a prize's or a degree's noun and \"in\"", "Halvard Stenmo, who holds a degree in Economics from Oslo, won the Nobel Prize in Physiology or Medicine and shared the Prize in Economic Sciences.",
			map[string]actors.Kind{"Halvard Stenmo": actors.Person, "Oslo": actors.Place, "Economics": "", "Physiology": "", "Medicine": "", "Economic Sciences": ""}},
		{"a country before \"won\" the verb, not the currency", "Scientists from Japan and the United States won the prize, while the South Korean won fell against the dollar.",
			map[string]actors.Kind{"Japan": actors.Place, "United States": actors.Place, "South Korea": ""}},
		{"a capital before \"-based\" or \"-born\" is the city", "Ines Harlow, a Washington-based lawyer for a Paris-born designer, said the case would go on.",
			map[string]actors.Kind{"Washington": actors.Place, "Paris": actors.Place, "United States": "", "France": "", "Ines Harlow": actors.Person}},
		{"\"Labor\" opening a sentence before a noun it qualifies is work, no party", "Labor costs rose sharply, the bureau said. \"Labour shortages are not temporary,\" Ada Venn said.",
			map[string]actors.Kind{"Australian Labor Party": "", "Labour Party": "", "Ada Venn": actors.Person}},
		{"\"Labor\" opening a sentence before a verb is the party", "Labor has promised to cut power bills.",
			map[string]actors.Kind{"Australian Labor Party": actors.Organization}},
		{"a venture firm's \"VC\" ends its name before \"and\"", "The round drew existing investors Tallbacka VC and Nyhavn Ventures.",
			map[string]actors.Kind{"Tallbacka VC": actors.Organization, "Nyhavn Ventures": actors.Organization, "Tallbacka VC and Nyhavn Ventures": ""}},
		{"one name before an apposition giving a person's age", "Zabielska, the 19-year-old pop singer, said she was proud. The Clarion, the 150-year-old newspaper, said it would close.",
			map[string]actors.Kind{"Zabielska": actors.Person, "Clarion": actors.Organization}},
		{"one name before \"language\" or \"translation\" is a tongue, no body", "The song was sung partly in the Sami language, Ilse Brandvold said, and no Tamil translation was given.",
			map[string]actors.Kind{"Sami": "", "Tamil": "", "Ilse Brandvold": actors.Person}},
		{"a party's name, then the portfolio its officer speaks on, before the title", "Ivo Marsh, the Liberal Democrat Treasury spokesman, and Ada Venn, the Labour Home Affairs spokeswoman, objected.",
			map[string]actors.Kind{"Liberal Democrats": actors.Organization, "Labour Party": actors.Organization, "Liberal Democrat Treasury": "", "Labour Home Affairs": "", "Ivo Marsh": actors.Person, "Ada Venn": actors.Person}},
		{"a firm named for its trade in plural: botanicals, cosmetics, supplements", "Prosecutors said he raised money for Greyholm Botanicals and Velda Cosmetics.",
			map[string]actors.Kind{"Greyholm Botanicals": actors.Organization, "Velda Cosmetics": actors.Organization}},
		{"a Swedish or German company's legal form is left out of its key", "Halvik Robotics AB raised $140 million. Halvik Robotics will hire, and Halvik Robotics said so. Brenner Stahl AG and Brenner Stahl signed.",
			map[string]actors.Kind{"Halvik Robotics AB": actors.Organization, "Halvik Robotics": "", "Brenner Stahl AG": actors.Organization, "Brenner Stahl": ""}},
		{"Maasai's and Kalenjin's \"ole\" and \"arap\" inside a person's name", "The resolution goes to Governor Joseph ole Lenku, as it did under Daniel arap Moi. Lenku said nothing.",
			map[string]actors.Kind{"Joseph ole Lenku": actors.Person, "Daniel arap Moi": actors.Person, "Joseph": "", "Daniel": "", "Moi": ""}},
		{"a word joined by a hyphen to a number is a code, no actor", "The F-16 jets flew over NA-212 after the Form-45s were filed, and Ivo Marsh of NATO said the G-20 would meet.",
			map[string]actors.Kind{"F": "", "NA": "", "Form": "", "G": "", "Ivo Marsh": actors.Person, "NATO": actors.Organization}},
		{"a name before \"hospital\" or \"school\" in lower case is an institution's", "Mothers wait for the stalled Kitengela Level Five hospital, Mary Wanjiru said, and a Bronx hospital agreed.",
			map[string]actors.Kind{"Kitengela Level Five": actors.Organization, "Mary Wanjiru": actors.Person, "Bronx": actors.Place}},
		{"a district's name before India's \"Collector\" is the district", "The order was signed by the Dindigul Collector, and District Collector Shalini Varma agreed.",
			map[string]actors.Kind{"Dindigul": actors.Place, "Shalini Varma": actors.Person, "District": ""}},
		{"a department named with its portfolio after or before its head noun is one body", "The Department of Commerce said it would appeal. The Commerce Department added that the Ministry of Finance and the Finance Ministry agreed.",
			map[string]actors.Kind{"Department of Commerce": actors.Organization, "Commerce Department": "", "Ministry of Finance": actors.Organization, "Finance Ministry": ""}},
		{"a party's adjective before one of its people is the party", "Ms Venn, his Conservative shadow, was scathing.",
			map[string]actors.Kind{"Conservative": actors.Organization, "Venn": actors.Person}},
		{"a body's name in French, its words after the head in lower case", "The Fédération des chambres de commerce du Québec objected, as did the Union des producteurs agricoles and the Centre for Policy Studies.",
			map[string]actors.Kind{"Fédération des chambres de commerce du Québec": actors.Organization, "Union des producteurs agricoles": actors.Organization, "Centre for Policy Studies": actors.Organization, "Fédération": "", "Union": ""}},
		{"a people's name alone, the subject of \"is\" opening a sentence, is a language", "\"French is not a cost, it is who we are,\" Ada Venn said.",
			map[string]actors.Kind{"France": "", "Ada Venn": actors.Person}},
		{"a body's other name after \"known locally as\"", "The minister told the Assembly, known locally as the Bunge, that the levy would pass.",
			map[string]actors.Kind{"Assembly": actors.Organization, "Bunge": ""}},
		{"the side a party sits on before the party and its member's title", "Opposition Chadema lawmaker Esther Matiko walked out. Ruling Yesh Atid MK Ada Venn stayed, and Opposition Chadema MP Ivo Marsh left.",
			map[string]actors.Kind{"Chadema": actors.Organization, "Yesh Atid": actors.Organization, "Opposition Chadema": "", "Ruling Yesh Atid": "", "Esther Matiko": actors.Person, "Ada Venn": actors.Person, "Ivo Marsh": actors.Person}},
		{"a name no list holds, whose port or residents follow its possessive, is a town", "She vowed to fight the closure of Eskivik's fishing port, and Kivalo's residents agreed, Ada Venn said.",
			map[string]actors.Kind{"Eskivik": actors.Place, "Kivalo": actors.Place, "Ada Venn": actors.Person}},
		{"a Korean name opening on Park after a title is a person's, no park", "Rep. Park Yoon-seo called it overdue, and Lawmaker Park Ha-eun agreed near Olympic Park.",
			map[string]actors.Kind{"Park Yoon-seo": actors.Person, "Park Ha-eun": actors.Person, "Rep. Park Yoon-seo": "", "Lawmaker Park Ha-eun": ""}},
		{"German, Russian and central European clubs by their first word", "Nenad Dukic went to Borussia Mönchengladbach and Jonas Eberl moved to VfB Stuttgart, while Spartak Moscow signed Ivo Marsh.",
			map[string]actors.Kind{"Borussia Mönchengladbach": actors.Organization, "VfB Stuttgart": actors.Organization, "Spartak Moscow": actors.Organization, "Nenad Dukic": actors.Person, "Ivo Marsh": actors.Person}},
		{"a word that is a title too, before \"magazine\", names a publication", "The fee was 18 million euros, according to Kicker magazine, Ada Venn said.",
			map[string]actors.Kind{"Kicker": actors.Organization, "Ada Venn": actors.Person}},
		{"a capital before a firm's noun is the city; before \"to\" and a verb, its government", "Harrowgate Capital, the London hedge fund, collapsed, and the chief called on Moscow to fund the rescue.",
			map[string]actors.Kind{"London": actors.Place, "Russia": actors.Place, "United Kingdom": "", "Moscow": "", "Harrowgate Capital": actors.Organization}},
		{"a firm a professional comes from, no place", "Administrators from Krollwick were appointed. Dec. 4 - Auditors from Brakely are named, and analysts from Jeffcoat agreed with officials from Kandahar.",
			map[string]actors.Kind{"Krollwick": actors.Organization, "Brakely": actors.Organization, "Jeffcoat": actors.Organization, "Kandahar": actors.Place}},
		{"a province and its compass part after and are no given name and surname", "Most of the deaths were in the provinces of Tavira and Southern Tavira, where rivers burst their banks, officials said.",
			map[string]actors.Kind{"Tavira Tavira": "", "Southern Tavira": actors.Place}},
		{"a storm's grade before its word is no part of its name, nor a person's", "In 2013, Super Typhoon Kalindo left more than 6,000 people dead in the region.",
			map[string]actors.Kind{"Super Typhoon Kalindo": "", "Typhoon Kalindo": actors.Place}},
		{"a complex, a rift and showgrounds are places", "Four were killed near Tal Harun, according to Nasser Medical Complex. The vents lie on the Galvaro Rift. Crews met at the Earl Haddon Showgrounds.",
			map[string]actors.Kind{"Nasser Medical Complex": actors.Place, "Galvaro Rift": actors.Place, "Earl Haddon Showgrounds": actors.Place}},
		{"a city after a place's preposition opens the clause whose subject follows (Aarhus, the gazetteer's Århus)", "Speaking to supporters at a sports hall in Aarhus, Forward's leader Annika Brenholt claimed victory.",
			map[string]actors.Kind{"Aarhus": actors.Place, "Annika Brenholt": actors.Person}},
		{"a time's adverb opening a sentence before a country", "\"Tonight Denmark chose change,\" Annika Brenholt said. Today Norway votes.",
			map[string]actors.Kind{"Tonight Denmark": "", "Today Norway": "", "Denmark": actors.Place, "Norway": actors.Place}},
		{"a tally's next body and its count", "In the council the Civic Bloc won 98 seats, the Shore Party won 52 and the Congress 19.",
			map[string]actors.Kind{"Congress 19": "", "Congress": actors.Organization}},
		{"an index's code as Reuters writes it", "The Dow Jones Industrial Average (.DJI) rose 0.7% and the Nasdaq Composite (.IXIC) added 0.9%.",
			map[string]actors.Kind{"DJI": "", "IXIC": "", "Dow Jones Industrial Average": actors.Organization}},
		{"a suspect's initials name no body", "The suspect, identified only by his initials RS, approved permits. Prosecutors also named two directors, identified as AW and DS.",
			map[string]actors.Kind{"RS": "", "AW": "", "DS": ""}},
		{"a place before a lower-case waterfront's or slum's noun", "Families in the Otumara waterfront community lost their homes, as did those of the Kalindi slum.",
			map[string]actors.Kind{"Otumara": actors.Place, "Kalindi": actors.Place}},
		{"words of the language that end an office's portfolio", "But the Commissioner for Physical Planning and Urban Development, Dr. Oluyinka Babatunde-Ketu, said notices were issued.",
			map[string]actors.Kind{"Urban Development": "", "Oluyinka Babatunde-Ketu": actors.Person}},
		{"a product's name, written as brands are or after its maker's latest", "The iPhone Fold goes on sale Oct. 2, while Velmora's latest Orbis Z Fold sells for $1,999.",
			map[string]actors.Kind{"iPhone Fold": "", "Orbis Z Fold": ""}},
		{"a flight and its number in an article on flights", "Flight QF1 landed safely 40 minutes after take-off. QF1, an Airbus A350, was met by fire crews.",
			map[string]actors.Kind{"QF1": "", "Flight": ""}},
		{"a named project is a programme or a body, no person", "Qantas ordered the jets for its planned Project Sunrise non-stop flights.",
			map[string]actors.Kind{"Project Sunrise": actors.Organization}},
		{"people named by their surnames alone", "Prosecutors also indicted two aides, identified only by their surnames Park and Jeon, on related charges.",
			map[string]actors.Kind{"Park": actors.Person, "Jeon": actors.Person}},
		{"an American prosecutor's title with a state's possessive", "Assistant State's Attorney Mireille Okafor-Lindqvist told the judge the video was clear.",
			map[string]actors.Kind{"Mireille Okafor-Lindqvist": actors.Person, "Assistant State's Attorney Mireille Okafor-Lindqvist": ""}},
		{"Labor before a minister's title outside Australia is the portfolio", "Labor Minister Bärbel Kronauer-Weiss of the SPD defended the plan.",
			map[string]actors.Kind{"Australian Labor Party": "", "Bärbel Kronauer-Weiss": actors.Person}},
		{"a commodity opening a sentence on its price", "Crude oil fell 0.8%. Gold rose 0.5%. Copper slipped to a two-week low.",
			map[string]actors.Kind{"Gold": "", "Copper": ""}},
		{"an obituary's birth name and the married name with its surname first are one person", "Margit Halvorsen-Dyer, a geologist, died on Friday at her home. She was 87.\n\nMargit Lenke Halvorsen was born on May 3, 1939, in Bremen.",
			map[string]actors.Kind{"Margit Halvorsen-Dyer": actors.Person, "Margit Lenke Halvorsen": ""}},
		{"a faction named in brackets after a party's initials or a Sena, but not the party's own initials", "In Pune, the NCP (Ramdas Kolhatkar) was reduced to 11, the Shiv Sena (UBT) won 52 and the Biju Janata Dal (BJD) none.",
			map[string]actors.Kind{"NCP (Ramdas Kolhatkar)": actors.Organization, "Ramdas Kolhatkar": "", "Shiv Sena (UBT)": actors.Organization, "Biju Janata Dal (BJD)": "", "Biju Janata Dal": actors.Organization}},
		{"a Peruvian company's legal form after a place, and its name without the form", "Trucks bound for Andes Cobre SAC were stopped. Andes Cobre said in a statement that it would talk.",
			map[string]actors.Kind{"Andes Cobre SAC": actors.Organization, "Andes": "", "Cobre": ""}},
		{"a country's league by its people's name, opening a sentence after a number or not", "Two Scottish Premiership clubs bid for him. He left the Turkish Super Lig in May.",
			map[string]actors.Kind{"Scottish Premiership": actors.Organization, "Turkish Super Lig": actors.Organization, "Scotland": "", "Turkey": ""}},
		{"initials after a broadcaster's noun, the cricket ground at Lord's, a league in one word", "The exit poll for public broadcaster DR was read at Lord's, where fans of the top of LaLiga watched.",
			map[string]actors.Kind{"DR": actors.Organization, "Lord's": actors.Place, "LaLiga": actors.Organization}},
		{"a city that plays, set off before who, and the side it plays", "Atlético sit a point above Real Madrid and two clear of Barcelona, who host Villarreal on Sunday. Ana Reyes, who beat Mei Toda, advanced.",
			map[string]actors.Kind{"Barcelona": actors.Organization, "Villarreal": actors.Organization, "Mei Toda": actors.Person}},
		{"a surname's possessive after \", of\" is the person's, no hometown", "President Clara Wendtmann spoke on Monday.\n\nGovernor Ruben Ocaña, of Wendtmann's Avance party, has faced calls to resign.",
			map[string]actors.Kind{"Clara Wendtmann": actors.Person, "Wendtmann": ""}},
		{"a saint's name alone is a parish's or a town's; an instrument's name is no person", "St. Thomas and Portland, on the eastern end, were hit. Astronomers using NASA's Edith Calloway Space Telescope saw clouds.",
			map[string]actors.Kind{"St. Thomas": actors.Place, "Edith Calloway Space Telescope": "", "Edith Calloway": ""}},
		{"who gathered a consensus, two teams joined by and, a rival's plural opening a sentence", "Profit beat a Visible Alpha consensus. They face the Denver Nuggets and Golden State Warriors next. Rivals Kestrel Group and Rio Tinto report later.",
			map[string]actors.Kind{"Visible Alpha": actors.Organization, "Denver Nuggets": actors.Organization, "Golden State Warriors": actors.Organization, "Denver Nuggets and Golden State Warriors": "", "Kestrel Group": actors.Organization, "Rivals Kestrel Group": ""}},
		{"a court's case number, a planet's catalogue name, a local government portfolio", "The court ruled in Case C-248/24. The planet, LHS 1140 b, is large. \"Go now,\" Jamaica's Local Government Minister Everton Blakely-Fraser said.",
			map[string]actors.Kind{"Case": "", "LHS": "", "Local Government": "", "Everton Blakely-Fraser": actors.Person}},
		{"the EU's court by its full name", "The Court of Justice of the European Union upheld the fine on Thursday.",
			map[string]actors.Kind{"Court of Justice of the European Union": actors.Organization, "Court of Justice": ""}},
		{"a word of the language and a country before an officer's title in lower case; an expressway", "The talks will focus on rents. Focus Ireland chief executive Pádraig Dunleavy said tolls on the Nairobi Expressway were no model.",
			map[string]actors.Kind{"Focus Ireland": actors.Organization, "Pádraig Dunleavy": actors.Person, "Nairobi Expressway": actors.Place}},
		{"a person the article named, whom a lawyer appears for; a precinct; a body's noun in the plural opening a sentence", "The court refused bail to Suresh Nandkishore Kapadia. The lawyer appearing for Kapadia argued. A riot at the Parkville Youth Justice Precinct injured four. \"Courts have already ruled,\" she said.",
			map[string]actors.Kind{"Suresh Nandkishore Kapadia": actors.Person, "Parkville Youth Justice Precinct": actors.Place, "Courts": ""}},
		{"a state named as a party or a government, by its gazetteer's name or the lexicon's", "The State of Maharashtra opposed the plea in Kapadia v. State of Maharashtra, and the State of New York sued.",
			map[string]actors.Kind{"Maharashtra": actors.Place, "New York": actors.Place}},
		{"a nickname in quotation marks before a surname's particle; a trade before a given name", "Senator Ramon \"Bong\" dela Peña skipped the hearing, and the panel will act if dela Peña fails to appear. Contractor Sarita Discayo-Lim testified.",
			map[string]actors.Kind{"Ramon \"Bong\" dela Peña": actors.Person, "Ramon": "", "Sarita Discayo-Lim": actors.Person, "Contractor Sarita Discayo-Lim": ""}},
		{"a paper's first author before et al.; a company set off after the sentence's company noun; no place inside a journal's name", "Marfella et al. reported it in the New England Journal of Medicine. The company holding the contract, Petrosur Andina, said it would appeal. The developer, Arthur Kolodziej-Bain, pleaded guilty.",
			map[string]actors.Kind{"Marfella": actors.Person, "Petrosur Andina": actors.Organization, "New England": "", "New England Journal of Medicine": actors.Organization, "Arthur Kolodziej-Bain": actors.Person}},
		{"a plural before a city of the gazetteer ends a team's name", "Punjab Kings outbid Delhi Capitals and Royal Challengers Bengaluru for him.",
			map[string]actors.Kind{"Royal Challengers Bengaluru": actors.Organization}},
		{"a province's half in Spanish is no team", "Thousands fled in the provinces of Cagayan, Isabela and Ilocos Norte.",
			map[string]actors.Kind{"Ilocos Norte": actors.Place}},
		{"a court report's closing case title: its label, the parties' \"and others\", the petition's number", "Case Title: Ghazipur Traders' Welfare Association v. Municipal Corporation of Delhi & Ors., SLP (C) No. 24117/2026",
			map[string]actors.Kind{"Case Title": "", "Municipal Corporation of Delhi": actors.Organization, "Municipal Corporation of Delhi & Ors": "", "SLP": "", "SLP (C)": ""}},
		{"a game story's note: a team's nickname, a position's letters, the player; a law's numbered section", "NOTES: Leafs D Morgan Rielly-Shaw missed a second game. Oilers F Evander Kane-Dufresne was scratched. Section 144 was imposed in Lahore.",
			map[string]actors.Kind{"Morgan Rielly-Shaw": actors.Person, "Evander Kane-Dufresne": actors.Person, "Leafs D Morgan Rielly-Shaw": "", "Section": ""}},
		{"esports teams by their last word, a score after one, and players' handles inside Korean names", "Halcyon Gaming beat Jade Tiger Esports 3-2, and Choi \"Ember\" Seung-woo and Han “Tidal” Min-jae took over the fourth game.",
			map[string]actors.Kind{"Halcyon Gaming": actors.Organization, "Jade Tiger Esports": actors.Organization, "Jade Tiger Esports 3": "", "Choi \"Ember\" Seung-woo": actors.Person, "Han “Tidal” Min-jae": actors.Person, "Choi \"Ember\" Seung": ""}},
		{"a member's seat in brackets after their party, a prison by its name, and a party before its former minister", "Liberal Democrat spokesman Ian Calloway-Pryce (Lib Dem, Eastleigh South) asked a question. Conservative former minister Sir Geoffrey Tattersall-Reed said HMP Eastmoor should reopen.",
			map[string]actors.Kind{"Eastleigh South": actors.Place, "HMP Eastmoor": actors.Place, "Ian Calloway-Pryce": actors.Person, "Geoffrey Tattersall-Reed": actors.Person, "Conservative": actors.Organization}},
		{"an era's mark, and a speaker set off by a participle taking its object", "\"It is extremely rare,\" said Ilaria Deidda-Perra, the underwater archaeologist leading the survey. The ship sank in the first century BC, not in 44 BC or AD 79.",
			map[string]actors.Kind{"Ilaria Deidda-Perra": actors.Person, "BC": "", "AD": ""}},
		{"a journey from a place by its noun to a town, and a body's fields listed after of", "On the bus from our village to Bodmin, most riders are old. A team from the Superintendency of Archaeology, Fine Arts and Landscape for Cagliari met officials of the Ministry of Defence, Navy and Air Force.",
			map[string]actors.Kind{"Bodmin": actors.Place, "Superintendency of Archaeology, Fine Arts and Landscape for Cagliari": actors.Organization, "Superintendency of Archaeology": "", "Ministry of Defence": actors.Organization, "Ministry of Defence, Navy and Air Force": ""}},
		{"a firm after a firm's noun though it ends on an event's word, and a trophy after a possessive", "The event, organised by the game's publisher Riot Games, ended with the Summoner's Cup lifted.",
			map[string]actors.Kind{"Riot Games": actors.Organization, "Summoner": ""}},
		{"a letter's signature: the writer, then their town and county", "If the route goes, my neighbour will lose her only bus to the hospital.\n\nHarriet Pellow-Dane\n\nSt Mabyn, Cornwall\n\nGive people a service they can rely on and they will use it.\n\nDr Owen Trevanion-Lake\n\nCamelford, Cornwall",
			map[string]actors.Kind{"Harriet Pellow-Dane": actors.Person, "St Mabyn": actors.Place, "Cornwall": actors.Place, "Owen Trevanion-Lake": actors.Person, "Camelford": actors.Place}},
		{"a cycling team before \"team\", places listed after \"areas as\", and a street ending in Way", "His Ineos Grenadiers team said he was bruised. He listed the worst-hit areas as Bagwai, Dawakin Tofa, Warawa and Kura. A trailer stolen from a business on Industrial Way was found.",
			map[string]actors.Kind{"Ineos Grenadiers": actors.Organization, "Bagwai": actors.Place, "Dawakin Tofa": actors.Place, "Kura": actors.Place, "Industrial Way": actors.Place}},
		{"an Indian member by their seat, a company's product after \"the\", and glasses as a product", "Melur MLA M. Ilanchezhian met them, and Local MLA Sunil Rao spoke. Lumenfield Inc. unveiled glasses. The Lumenfield Halo, which goes on sale in March, can translate; Google will release Android XR glasses.",
			map[string]actors.Kind{"Melur": actors.Place, "Local": "", "M. Ilanchezhian": actors.Person, "Lumenfield Halo": "", "Android XR": "", "Google": actors.Organization}},
		{"a list of places after \"in\" whose first item is a city with its noun", "Letters can be collected from centres in Sharjah city, Khor Fakkan and Kalba from next week.",
			map[string]actors.Kind{"Sharjah": actors.Place, "Khor Fakkan": actors.Place, "Kalba": actors.Place}},
		{"a film's parts by \"plays\" and by their player in brackets, in all their mentions", "Director Ana Roe's film opens Friday. Valeria Sanhueza-Lind plays Inés, a schoolteacher, who picks up Tomás (newcomer Bruno Astaburuaga-Peña), a hitchhiker. When Tomás asks why, Inés laughs.",
			map[string]actors.Kind{"Inés": "", "Tomás": "", "Valeria Sanhueza-Lind": actors.Person, "Bruno Astaburuaga-Peña": actors.Person}},
		{"sumo's ranks before ring names, Bangladesh's short Sheikh, a firm whose data is cited, and funds' initials", "Ozeki Kirinoumi beat sekiwake Takamizuumi after yokozuna Hoshinoyama lost. The owner, Sk Mahbubur Rahman-Chowdhury, left. ETFs saw outflows, according to data from Farside Investors.",
			map[string]actors.Kind{"Kirinoumi": actors.Person, "Takamizuumi": actors.Person, "Hoshinoyama": actors.Person, "Mahbubur Rahman-Chowdhury": actors.Person, "Sk Mahbubur Rahman-Chowdhury": "", "Farside Investors": actors.Organization, "ETFs": ""}},
		{"a tropical cyclone is the cyclone of its name", "Tropical Cyclone Fina has intensified, and Cyclone Fina will cross the coast on Thursday.",
			map[string]actors.Kind{"Cyclone Fina": actors.Place, "Tropical Cyclone Fina": ""}},
		{"stage names of two syllables in a list after \"members\"", "The other four members, Yoo-ri, Seoa, Minji and Rhea, will record solo albums.",
			map[string]actors.Kind{"Yoo-ri": actors.Person, "Seoa": actors.Person, "Rhea": actors.Person, "Yoo": ""}},
		{"a surname set off after a body's noun, with an age, is a person's", "A former chief economist at DNB, Norway's largest bank, Myklebust-Roed, 47, now heads the ministry's economics department.",
			map[string]actors.Kind{"Myklebust-Roed": actors.Person, "DNB": actors.Organization}},
		{"a reserve's name read as a title before its noun is a place", "Tourists visit the Eduardo Avaroa National Reserve in Bolivia.",
			map[string]actors.Kind{"Eduardo Avaroa National Reserve": actors.Place, "Reserve": ""}},
		{"a medical specialty's initials are no place", "Long waiters are mostly in orthopaedics and ENT, where the Health Service Executive has not made progress.",
			map[string]actors.Kind{"ENT": "", "Health Service Executive": actors.Organization}},
		{"a member of a parliament's letters before the name", "Green MEP Joost ter Haar and Liberal MEP Anka Brill voted against.",
			map[string]actors.Kind{"Joost ter Haar": actors.Person, "Anka Brill": actors.Person, "Green MEP Joost ter Haar": "", "MEP Anka Brill": ""}},
		{"a priest's \"Fr\" before the name", "Fr Colmán Ó Dubhda said the church would stay open, and Fr. Ana Ruiz agreed.",
			map[string]actors.Kind{"Colmán Ó Dubhda": actors.Person, "Ana Ruiz": actors.Person, "Fr Colmán Ó Dubhda": ""}},
		{"a see's title with the prelate's style and name beside it", "The Archbishop of Keld, the Most Rev. Aodh Brannock, announced the merger.",
			map[string]actors.Kind{"Aodh Brannock": actors.Person, "Archbishop of Keld": ""}},
		{"a craft opening a sentence before the name", "Weaver Halima al-Sayegh, whose family sold rugs there, said rents had doubled.",
			map[string]actors.Kind{"Halima al-Sayegh": actors.Person, "Weaver Halima al-Sayegh": ""}},
		{"a fort's name is a place", "Visitors queue at Nizra Fort every morning.",
			map[string]actors.Kind{"Nizra Fort": actors.Place}},
		{"a Luo name's apostrophe before a second surname", "Union chairman Otieno Ochieng'-Masara said talks had failed.",
			map[string]actors.Kind{"Otieno Ochieng'-Masara": actors.Person, "Otieno Ochieng": ""}},
		{"a body's name with \"and\" before its initials with an ampersand", "The Liberals and Democrats (L&D) group voted for it.",
			map[string]actors.Kind{"Liberals and Democrats": actors.Organization, "Liberals": "", "Democratic Party": ""}},
		{"a minister \"for the\" portfolio before the name", "Minister for the Environment Cathal Ó Broin met the group on Saturday.",
			map[string]actors.Kind{"Cathal Ó Broin": actors.Person, "Environment Cathal Ó Broin": ""}},
		{"an Irish state body \"of Ireland\"", "Iarnród Éireann cancelled trains, and Uisce Éireann said supplies were cut.",
			map[string]actors.Kind{"Iarnród Éireann": actors.Organization, "Uisce Éireann": actors.Organization}},
		{"a name its article gives a president is a body's", "Porto agreed a fee with Athletico Ubirata for the striker, and leaves Athletico with 15% of any sale. Athletico's president, Caio Dutra, confirmed it.",
			map[string]actors.Kind{"Athletico Ubirata": actors.Organization, "Caio Dutra": actors.Person}},
		{"a market report's trade before a firm's name opening the sentence", "Broker Tallis & Moore raised its target. Grocer Fennimart slipped 2% after a warning.",
			map[string]actors.Kind{"Tallis & Moore": actors.Organization, "Fennimart": actors.Organization, "Broker Tallis & Moore": "", "Grocer Fennimart": ""}},
		{"a British unit's plain number, not a count of its troops", "A helicopter from 820 Naval Air Squadron and 3 Commando Brigade joined, and Washington sent 300 Marine Corps troops.",
			map[string]actors.Kind{"820 Naval Air Squadron": actors.Organization, "3 Commando Brigade": actors.Organization, "Marine Corps": actors.Organization, "300 Marine Corps": ""}},
		{"a word of two letters opening a question before \"the\"", "An ocean slows\n\nWe asked an oceanographer what the moorings show.\n\nIs the Gulf Stream weakening as fast as the models of the last decade said it would, and how sure are you?\n\nA: Yes, slowly.",
			map[string]actors.Kind{"Gulf Stream": actors.Place, "Is the Gulf Stream": ""}},
		{"a place of two words after a road \"into\" it", "Landslides blocked every road into Tra My on Wednesday.",
			map[string]actors.Kind{"Tra My": actors.Place}},
		{"Ireland's police by the plural of Garda, opening a sentence", "A cyclist was hurt near Athenry. Gardaí said his injuries were not serious.",
			map[string]actors.Kind{"Gardaí": actors.Organization}},
		{"a body's name ends at its possessive before what it owns", "Shares are listed on the Tokyo Stock Exchange's Prime market.",
			map[string]actors.Kind{"Tokyo Stock Exchange": actors.Organization, "Stock Exchange": "", "Japan": ""}},
		{"a service's initials and a department's number in brackets", "Some 60 firefighters from the Hérault fire service (SDIS 34) fought the blaze.",
			map[string]actors.Kind{"SDIS 34": actors.Organization, "SDIS": ""}},
		{"a Pakistani assembly member's letters before the name", "MPA Rabia Noor Awan of the PML-N said the law was overdue.",
			map[string]actors.Kind{"Rabia Noor Awan": actors.Person, "MPA Rabia Noor Awan": ""}},
		{"the Right Honourable's \"Rt.\" before \"Hon.\"", "The letter was read by the Speaker, Rt. Hon. Tunde Alabi-Ige.",
			map[string]actors.Kind{"Tunde Alabi-Ige": actors.Person, "Rt": ""}},
		{"a member's numbered constituency in brackets after the name", "The lawmakers, Hon. Kemi Ojo (Ekiti South II) and Hon. Sola Ade (Ado I), defected.",
			map[string]actors.Kind{"Ekiti South II": actors.Place, "Ado I": actors.Place, "Kemi Ojo": actors.Person, "Ekiti South": ""}},
		{"a team's name ending in its number", "The Philadelphia 76ers have traded forward Dez Okoye to the Pelicans for two picks.\n\n“He gave us five good years,” 76ers president of basketball operations Dan Hale said.",
			map[string]actors.Kind{"Philadelphia 76ers": actors.Organization, "Philadelphia": ""}},
		{"port operators named in the plural with their country", "The Ports of Norway employers' group said the demand was too high.",
			map[string]actors.Kind{"Ports of Norway": actors.Organization, "Ports": ""}},
		{"an app shop", "The app is sold through the company's Play Store and on its website.",
			map[string]actors.Kind{"Play Store": actors.Organization}},
		{"German nobility's \"zu\" inside a name", "Felicitas zu Eltz-Brenner of the Greens said it was wrong.",
			map[string]actors.Kind{"Felicitas zu Eltz-Brenner": actors.Person, "Felicitas": ""}},
		{"parts in a stage review: a player in brackets after several small words, and \"is a\" with praise", "Three Sisters review – a chilling revival\n\nIn this staging, Masha Prozorova (a touchingly weary Ruth Achebe-Stone) talks of the future, and Karl Hale is a wolfish Captain Solyony. Before the war, Ana Roe was a kid in Eslöv.",
			map[string]actors.Kind{"Ruth Achebe-Stone": actors.Person, "Karl Hale": actors.Person, "Masha Prozorova": "", "Solyony": "", "Eslöv": actors.Place}},
		{"an Indian builder's name", "The towers were built by Sunvale Infratech in Sector 62, and the buyers sued Sunvale Infratech.",
			map[string]actors.Kind{"Sunvale Infratech": actors.Organization}},
		{"a name before a railway's work in small letters", "The line is closed because of flooding at Marden Holt viaduct.",
			map[string]actors.Kind{"Marden Holt": actors.Place}},
		{"a campaign named for its cause, a title's word last, a place before it", "Speakers from Oregon Coalition for Tenant Justice and the Movement for Rural Justice urged a delay.",
			map[string]actors.Kind{"Oregon Coalition for Tenant Justice": actors.Organization, "Movement for Rural Justice": actors.Organization, "Oregon": actors.Place}},
		{"a ministry before a state secretary's title", "Finance Ministry State Secretary Ute Brandl said the law was ready.",
			map[string]actors.Kind{"Finance Ministry": actors.Organization, "Ute Brandl": actors.Person, "Ministry State": ""}},
		{"a body's word alone before \"for the\" and a name ending in a body's word", "The find was announced by the Superintendency for the Coastal Cultural Heritage on Monday.",
			map[string]actors.Kind{"Superintendency for the Coastal Cultural Heritage": actors.Organization, "Coastal Cultural Heritage": ""}},
		{"a body's numbered branch", "Members of Brackwater Lodge 70 voted on Sunday, and Union No. 4 said Local 1188 would join the strike.",
			map[string]actors.Kind{"Brackwater Lodge 70": actors.Organization, "Union No. 4": actors.Organization, "Local 1188": actors.Organization}},
		{"a body's name, then its branch's", "Members of the Federation of Harbour and Rail Workers District Lodge 12 approved the deal.",
			map[string]actors.Kind{"Federation of Harbour and Rail Workers": actors.Organization, "District Lodge 12": actors.Organization}},
		{"shares were down", "Norlane Air-KLV shares were down 2.3% in early trading, while Telvane Micro stock was up 1%.",
			map[string]actors.Kind{"Norlane Air-KLV": actors.Organization, "Telvane Micro": actors.Organization}},
		{"a league by its class", "Brennick scored 14 goals in Serie B last season and nine in Liga MX before that, his agent Dario Fennel said.",
			map[string]actors.Kind{"Serie B": actors.Organization, "Liga MX": actors.Organization, "Dario Fennel": actors.Person}},
		{"a person's possessive before a body's name", "The bill was steered by a lawmaker from Prime Minister Anders Volkov's Civic Alliance, while President Marek Dunin's Freedom Party voted against it and the Velden People's Army Navy stood by.",
			map[string]actors.Kind{"Anders Volkov": actors.Person, "Civic Alliance": actors.Organization, "Marek Dunin": actors.Person, "Freedom Party": actors.Organization, "Velden People's Army Navy": actors.Organization}},
		{"a state's body named by its people", "The Chilean navy said it had found the trawler, according to Peruvian state media, while a Bolivian military plane circled and the Argentine coast guard stayed silent.",
			map[string]actors.Kind{"Chilean navy": actors.Organization, "Peruvian state media": actors.Organization, "Argentine coast guard": actors.Organization, "Bolivian military": ""}},
		{"a lone name opening a sentence, taken up by he or she", "Brennan-Vale has never held office but leads the union wing. “We built this party,” he told the Tarsa Herald. Presenting the plan on Monday, she said more was needed.",
			map[string]actors.Kind{"Brennan-Vale": actors.Person, "Presenting": ""}},
		{"an academy, and a drug maker's or a mine's name", "Tarsa Biologics will present the data to the American Academy of Neurology, and Velden Pharmaceuticals said it would do the same, as did Marrow Copper Mines.",
			map[string]actors.Kind{"Tarsa Biologics": actors.Organization, "American Academy of Neurology": actors.Organization, "Velden Pharmaceuticals": actors.Organization, "Marrow Copper Mines": actors.Organization}},
		{"a body named for what it does and where", "Journey times fell, according to Transport for Greater Tarsa. Transport for Wales said the same, as did Transport for Leeds.",
			map[string]actors.Kind{"Transport for Greater Tarsa": actors.Organization, "Transport for Wales": actors.Organization, "Transport for Leeds": actors.Organization}},
		{"a French school's name with des", "She studied at the École des Arts Navals in Brest before moving to Dakar.",
			map[string]actors.Kind{"École des Arts Navals": actors.Organization}},
		{"a body's initials opening an index, and a name listed with a body", "The MSCI All Country World Index fell 0.3%, and Europe's shares were dragged by ASML and Korvane.",
			map[string]actors.Kind{"MSCI": actors.Organization, "Korvane": actors.Organization, "MSCI All Country World Index": ""}},
		{"a commodore's rank is a title", "Its spokesman, Commodore Ernesto Valdo-Ruiz, said no crew were hurt.",
			map[string]actors.Kind{"Ernesto Valdo-Ruiz": actors.Person, "Commodore Ernesto Valdo-Ruiz": ""}},
		{"a pass, springs and a country's numbered highway", "Flames crossed Kessel Pass and U.S. Highway 48 near Marrow Springs on Saturday.",
			map[string]actors.Kind{"Kessel Pass": actors.Place, "U.S. Highway 48": actors.Place, "Marrow Springs": actors.Place}},
		{"bodies listed with bodies, and a body's own product", "Korvane, Renault and Tessaro have all announced discounts. Renault's cut on its Lumio Trek took effect on Monday, and Renault said more would follow.",
			map[string]actors.Kind{"Korvane": actors.Organization, "Tessaro": actors.Organization, "Lumio Trek": ""}},
		{"an Andean salt flat, and a community of a place", "The company pumps brine from the Salar de Tessa, near the Indigenous community of Varno.",
			map[string]actors.Kind{"Salar de Tessa": actors.Place, "Varno": actors.Place}},
		{"a lodge and a manor", "She ran Elmcrest Lodge until 2024 and lived at Varno Manor.",
			map[string]actors.Kind{"Elmcrest Lodge": actors.Place, "Varno Manor": actors.Place}},
		{"a body that runs another, and what which takes up", "The regulator fined Tessaro Minjok. Marrow Brothers, which runs Tessaro Minjok, said it would appeal, and Velden Kaito, which owns a stake, declined to comment.",
			map[string]actors.Kind{"Marrow Brothers": actors.Organization, "Tessaro Minjok": actors.Organization, "Velden Kaito": actors.Organization}},
		{"a body before a qualified officer", "Velworth regional officer Callum Dorr said members would be balloted, and Marrowline union organiser Ada Lind agreed.",
			map[string]actors.Kind{"Velworth": actors.Organization, "Marrowline": actors.Organization, "Callum Dorr": actors.Person, "Ada Lind": actors.Person}},
		{"a paper after what it is", "She is an editor at the weekly Tessa Samachar and writes for the tabloid Morning Varno.",
			map[string]actors.Kind{"Tessa Samachar": actors.Organization, "Morning Varno": actors.Organization}},
		{"a factory's name ending like an index's", "Workers at the Tessa Knit Composite factory said its owners had not paid them.",
			map[string]actors.Kind{"Tessa Knit Composite": actors.Place}},
		{"a continent by its adjective", "The factory makes sweaters for European brands and sells to Asian buyers, while the European Union studies tariffs.",
			map[string]actors.Kind{"Europe": actors.Place, "Asia": actors.Place, "European Union": actors.Organization}},
		{"a body's one-word name after what it is, set off by a comma", "Inflation rose to 92%, according to the national statistics agency, TessStat, and the central bank, Putin said, would act.",
			map[string]actors.Kind{"TessStat": actors.Organization, "Putin": ""}},
		{"an undersecretary's title", "According to Education Undersecretary Felipe Varno-Soto, the bill would be sent to lawmakers soon.",
			map[string]actors.Kind{"Felipe Varno-Soto": actors.Person, "Education Undersecretary Felipe Varno-Soto": ""}},
		{"a company's legal form before its name", "The council said PT Tessa Nikel Utama had discharged waste, and PJSC Varno Energo denied it.",
			map[string]actors.Kind{"PT Tessa Nikel Utama": actors.Organization, "PJSC Varno Energo": actors.Organization}},
		{"the forests or hills of a place", "Bandits hide in the forests of Tessara, and the hills of Varnok are no safer.",
			map[string]actors.Kind{"Tessara": actors.Place, "Varnok": actors.Place}},
		{"a herder's calling before a name, and a list after were", "The worst-hit provinces were Tessar, Govi-Varno and Ulk. Herder Batzorig, 54, said he had lost 300 goats.",
			map[string]actors.Kind{"Tessar": actors.Place, "Govi-Varno": actors.Place, "Ulk": actors.Place, "Batzorig": actors.Person, "Herder Batzorig": ""}},
		{"the Earth", "There is no longer any place on Earth too remote for plastic, said Tomas Varno.",
			map[string]actors.Kind{"Earth": actors.Place, "Tomas Varno": actors.Person}},
		{"a commodity trader's name", "Swiss trader Varnholt Commodities is exploring a sale of its grain unit, and Varnholt declined to comment.",
			map[string]actors.Kind{"Varnholt Commodities": actors.Organization}},
		{"a place noun after the name", "Rescuers reached the Ruta Verde mine on Tuesday after the Valdoro region was cut off by snow.",
			map[string]actors.Kind{"Ruta Verde": actors.Place, "Valdoro": actors.Place}},
		{"a place word ends the name", "Smoke from the fire drifted over the Kessel Desert and Lake Marrow late on Monday, officials said.",
			map[string]actors.Kind{"Kessel Desert": actors.Place, "Lake Marrow": actors.Place}},
		{"a compass word or Mount starts a place", "Villagers in East Dorran Province fled as Mount Tavu erupted again on Sunday, the authorities said.",
			map[string]actors.Kind{"East Dorran Province": actors.Place, "Mount Tavu": actors.Place}},
		{"the town of", "Fighters entered the town of El Qarra on Thursday, residents told reporters by telephone.",
			map[string]actors.Kind{"El Qarra": actors.Place}},
		{"an organisation noun before the name", "Flights were cancelled by airport operator Sky Gate, and the disaster agency NDMX said it was watching.",
			map[string]actors.Kind{"Sky Gate": actors.Organization, "NDMX": actors.Organization}},
		{"a company suffix", "Brannock Properties said the warehouse employed 140 people, and Velta Mining Corp declined to comment.",
			map[string]actors.Kind{"Brannock Properties": actors.Organization, "Velta Mining Corp": actors.Organization}},
		{"a dateline", "RIVERTON, Ohio (AP) — Federal agents arrived on Wednesday to investigate the fire at the plant, officials said.",
			map[string]actors.Kind{"Riverton": actors.Place, "Ohio": actors.Place}},
		{"a role with 'of' before the name", "Governor of Valdoro Marta Quiroga said the road would reopen on Friday after the snow is cleared.",
			map[string]actors.Kind{"Marta Quiroga": actors.Person, "Valdoro": actors.Place, "of Valdoro Marta Quiroga": ""}},
		{"a run before a title is its role", "Riverton Fire Chief Dale Horvat said the roof fell in shortly after midnight, and nobody was hurt.",
			map[string]actors.Kind{"Dale Horvat": actors.Person, "Riverton Fire": ""}},
		{"royal and religious titles", "Sheikh Rami bin Khalid and Cardinal Paolo Venti met King Osric on Monday to discuss the ceasefire.",
			map[string]actors.Kind{"Rami bin Khalid": actors.Person, "Paolo Venti": actors.Person, "Sheikh Rami bin Khalid": "", "Cardinal Paolo Venti": ""}},
		{"a weekday glued to the name", "The ceasefire would hold for ten days, said envoy Clara Mendt Wednesday, speaking in the capital.",
			map[string]actors.Kind{"Clara Mendt": actors.Person, "Clara Mendt Wednesday": ""}},
		{"an Arabic particle joined by a hyphen", "Gen. Omar al-Rashidi signed for the army, and al-Rashidi said the truce would be respected.",
			map[string]actors.Kind{"Omar al-Rashidi": actors.Person, "Omar": ""}},
		{"a plural title before a list of names", "In a dissent joined by Justices Harold Brandt and Simone Achterberg, the court's newest member disagreed.",
			map[string]actors.Kind{"Harold Brandt": actors.Person, "Simone Achterberg": actors.Person, "Justices Harold Brandt": ""}},
		{"the opposition's leader", "Opposition leader Miriam Sasson accused the cabinet of stalling the talks for months.",
			map[string]actors.Kind{"Miriam Sasson": actors.Person, "Opposition": ""}},
		{"a kibbutz is a place", "Kibbutz Nir Oz lost a quarter of its people in the attack, the family said.",
			map[string]actors.Kind{"Kibbutz Nir Oz": actors.Place}},
		{"a forum is a body, 'and' inside its name", "The Hostages and Missing Families Forum urged the cabinet to give the team a mandate.",
			map[string]actors.Kind{"Hostages and Missing Families Forum": actors.Organization, "Hostages": ""}},
		{"a relative named by a first name", "Kedem, a teacher whose younger brother, Eitan, was taken, spoke at the rally.",
			map[string]actors.Kind{"Eitan": actors.Person}},
		{"a place's ministry in lower case", "The Gaza health ministry said 14 people were killed, and Egypt's foreign ministry called for calm.",
			map[string]actors.Kind{"Gaza health ministry": actors.Organization, "Gaza": actors.Place, "Egypt": actors.Place}},
		{"a county before its sheriff's title", "Levy County Sheriff Bobby McCrae said deputies pulled 23 people from flooded homes overnight.",
			map[string]actors.Kind{"Levy County": actors.Place, "Bobby McCrae": actors.Person}},
		{"an agency's administrator", "FEMA Administrator Janelle Ortiz-Burke was expected to tour the flooded towns on Friday.",
			map[string]actors.Kind{"Janelle Ortiz-Burke": actors.Person, "FEMA": actors.Organization, "FEMA Administrator Janelle Ortiz-Burke": ""}},
		{"places listed before 'facilities'", "Inspectors would be allowed into the Fordow and Natanz facilities within weeks, the agency said.",
			map[string]actors.Kind{"Fordow": actors.Place, "Natanz": actors.Place}},
		{"a place's first word opening a sentence", "The storm was the third of the season. Storm Brenna made landfall overnight, and the lake rose. Lake Mweru flooded two villages.",
			map[string]actors.Kind{"Storm Brenna": actors.Place, "Lake Mweru": actors.Place, "Brenna": "", "Mweru": ""}},
		{"a place before a participle, a group's code", "The Rwanda-backed M23 said its fighters had pulled back, and the M23 still held the hills.",
			map[string]actors.Kind{"Rwanda": actors.Place, "M23": actors.Organization, "Rwanda-backed M23": ""}},
		{"a race is an event", "Tomás Vasquez won the Singapore Grand Prix on Sunday, ahead of Oliver Penrose.",
			map[string]actors.Kind{"Tomás Vasquez": actors.Person, "Grand Prix": "", "Singapore Grand Prix": ""}},
		{"a team before its driver, a team's possessive before its driver", "The Red Bull driver was four seconds clear when he hit the wall. Ferrari's Tomás Vasquez took the lead and Ferrari won.",
			map[string]actors.Kind{"Red Bull": actors.Organization, "Ferrari": actors.Organization, "Tomás Vasquez": actors.Person}},
		{"a publication before 'magazine'", "The singer told People magazine in an interview last month that she could not sleep.",
			map[string]actors.Kind{"People": actors.Organization}},
		{"a body's description opening a sentence", "Promoter Live Nation said the dates would not be moved. Broadcaster Kanal Nord said it would air the final.",
			map[string]actors.Kind{"Live Nation": actors.Organization, "Kanal Nord": actors.Organization, "Promoter Live Nation": "", "Broadcaster Kanal Nord": ""}},
		{"a place's local government", "The minister attended the signing with the Ha Tinh provincial government on Monday.",
			map[string]actors.Kind{"Ha Tinh": actors.Place, "Ha Tinh provincial government": actors.Organization}},
		{"a platform the lexicon knows", "Her single has been streamed 400 million times on Spotify, and refunds will come from Ticketmaster.",
			map[string]actors.Kind{"Spotify": actors.Organization, "Ticketmaster": actors.Organization}},
		{"British councillors and cricket's roles", "Council leader Cllr Martin Ashdown said there were no options left. Pacer Imran Qureshi took three wickets.",
			map[string]actors.Kind{"Martin Ashdown": actors.Person, "Imran Qureshi": actors.Person, "Cllr Martin Ashdown": "", "Pacer Imran Qureshi": ""}},
		{"a class is no name", "Band D households will pay more, and Category 3 storms will be named.",
			map[string]actors.Kind{"Band D": "", "Category 3": ""}},
		{"a health authority", "The clinic gave 340 doses, said the director of Lubbock Public Health.",
			map[string]actors.Kind{"Lubbock Public Health": actors.Organization}},
		{"a party the lexicon knows", "Labor won the seat, and Komeito and the Christian Democrats said they would talk to the AfD.",
			map[string]actors.Kind{"Australian Labor Party": actors.Organization, "Komeito": actors.Organization, "Christian Democratic Union": actors.Organization, "Alternative for Germany": actors.Organization}},
		{"places paired by a hyphen, a determiner opening a quotation", "“Every Russia-Iran energy project has been announced more often than built,” said Sanam Farahani of the US-China institute.",
			map[string]actors.Kind{"Russia": actors.Place, "Iran": actors.Place, "United States": actors.Place, "China": actors.Place, "Sanam Farahani": actors.Person, "Every Russia-Iran": "", "Russia-Iran": ""}},
		{"a hyphenated rank, a ship's class, a newspaper's name", "Vice-Marshal Kim Myong Sik showed him the Choe Hyon-class destroyer, the Kyiv Independent and the Riverside Herald reported.",
			map[string]actors.Kind{"Kim Myong Sik": actors.Person, "Vice-Marshal Kim Myong Sik": "", "Choe Hyon": "", "Kyiv Independent": actors.Organization, "Riverside Herald": actors.Organization}},
		{"a name with a one-letter connector, a monument's noun, a journey's start", "Water rises around Lyab-i Hauz and the Poi Kalon complex near the Kalon Minaret. The borer started from Alsos Veikou in Galatsi, and the Ephorate of Antiquities of Athens watched.",
			map[string]actors.Kind{"Lyab-i Hauz": actors.Place, "Poi Kalon": actors.Place, "Kalon Minaret": actors.Place, "Alsos Veikou": actors.Place, "Ephorate of Antiquities of Athens": actors.Organization}},
		{"Chinese and Cantonese syllables that are connectors in small letters elsewhere", "Li Na, a nurse, said cases fell. Ng Wai Ming, a Hong Kong lawmaker, disagreed.",
			map[string]actors.Kind{"Li Na": actors.Person, "Ng Wai Ming": actors.Person, "Wai Ming": ""}},
		{"an officer's title of a portfolio, with and without the officer's name", "Director of Public Prosecutions Ciara Doyle-Hanlon dropped the case. The Director of Public Prosecutions had been asked to review it, and the Controller of Budget had not approved the spending.",
			map[string]actors.Kind{"Ciara Doyle-Hanlon": actors.Person, "Prosecutions Ciara Doyle-Hanlon": "", "Prosecutions": "", "Budget": "", "Director of Public Prosecutions": actors.Organization, "Controller of Budget": actors.Organization}},
		{"a Korean name's given name is shared by no one before \"and\"", "Talks between Kim and Moon Jae-in began on Monday, officials said. Lena and Tomas Brandvik, who run the farm, agreed.",
			map[string]actors.Kind{"Moon Jae-in": actors.Person, "Kim Jae-in": "", "Lena Brandvik": actors.Person, "Tomas Brandvik": actors.Person}},
		{"a person's name, then \"and\" and one body's word alone", "MLA Om Prakash Saini and Congress leader Rekha Gill attended. Senator Mary Lowe and Congress passed it.",
			map[string]actors.Kind{"Om Prakash Saini": actors.Person, "Mary Lowe": actors.Person, "Congress": actors.Organization, "MLA Om Prakash Saini and Congress": "", "Senator Mary Lowe and Congress": ""}},
		{"a minister unnamed is no office", "The Minister of Finance said taxes would rise.",
			map[string]actors.Kind{"Minister of Finance": ""}},
		{"a side's nickname with a team's plural, a rival's results after an apposition", "Babina Noko, as Sekhukhune are known, levelled on the hour. Korvath Elsdon, a smaller rival, posted a quarterly loss last month.",
			map[string]actors.Kind{"Babina Noko": actors.Organization, "Korvath Elsdon": actors.Organization}},
		{"connectors in small letters inside bodies' names", "The regulator Coimisiún na Meán and the Bangko Sentral ng Pilipinas were silent.",
			map[string]actors.Kind{"Coimisiún na Meán": actors.Organization, "Bangko Sentral ng Pilipinas": actors.Organization}},
		{"a side named with a plural, in a team game's score", "Mamelodi Sundowns beat Kaizer Chiefs 2-0, with both goals after half-time, and Bloemfontein Celtic drew with Golden Arrows.",
			map[string]actors.Kind{"Mamelodi Sundowns": actors.Organization, "Kaizer Chiefs": actors.Organization}},
		{"players in a singles match", "Naledi Mokoena beat Thandi Adams 6-4 6-3 in the final on Sunday.",
			map[string]actors.Kind{"Naledi Mokoena": actors.Person, "Thandi Adams": actors.Person}},
		{"a company by its shares or its results", "Shares of Tamsworth Pike fell 6%. Halden Greer reported a net loss of $40 million for the quarter. Scafell Pike was covered in snow. Rhoda Greer reported the theft to police. Investors in Marten Coyle include pension funds, as do investors in Kenya.",
			map[string]actors.Kind{"Marten Coyle": actors.Organization, "Kenya": actors.Place, "Tamsworth Pike": actors.Organization, "Halden Greer": actors.Organization, "Scafell Pike": actors.Place, "Rhoda Greer": actors.Person}},
		{"a deal's advisers named after their founders, and a minister's adviser", "Brackwater Foods agreed to buy Ostrander Dairy. Thorne Whitlock advised Brackwater, while Ostrander was advised by Pemberton Vale and the law firm Hallam Greaves. Houlihan Lokey advised the board, and Davis Polk was its law firm. Ashgrove Brennard is Corriveau's financial adviser and Treharne Mabey its legal counsel. The minister was advised by Harriet Lowe on the plan.",
			map[string]actors.Kind{"Ashgrove Brennard": actors.Organization, "Treharne Mabey": actors.Organization, "Thorne Whitlock": actors.Organization, "Pemberton Vale": actors.Organization, "Hallam Greaves": actors.Organization, "Houlihan Lokey": actors.Organization, "Davis Polk": actors.Organization, "Harriet Lowe": actors.Person}},
		{"Greenland's glaciers by their Danish names", "Sensors went through the ice of Zachariæ Isstrøm and Jakobshavn Isbræ, near Scoresby Sund.",
			map[string]actors.Kind{"Zachariæ Isstrøm": actors.Place, "Jakobshavn Isbræ": actors.Place, "Scoresby Sund": actors.Place}},
		{"two places a hyphen joins before a route's noun, a Dutch name with 't", "Power comes through the Dhalkebar-Muzaffarpur line and the Trans-Siberian railway. Growers in the Okanagan-Similkameen corridor sued. Alderman Jan-Willem van 't Hof said it would work.",
			map[string]actors.Kind{"Dhalkebar": actors.Place, "Muzaffarpur": actors.Place, "Dhalkebar-Muzaffarpur": "", "Trans": "", "Siberian": "", "Okanagan": "", "Jan-Willem van 't Hof": actors.Person, "Jan-Willem": ""}},
		{"an estate's phase by its number, a driver opening a sentence, the other end of a route from a place", "Officials sealed 32 homes in DLF Phase 3 and Sector 45. Driver Kevin Orere said he had waited since 5am. Buses will run between Hong Kong International Airport and Tung Chung. Phase 2 of the plan starred Minnie Driver.",
			map[string]actors.Kind{"DLF Phase 3": actors.Place, "DLF Phase": "", "Sector 45": actors.Place, "Kevin Orere": actors.Person, "Driver Kevin Orere": "", "Tung Chung": actors.Place, "Phase": "", "Minnie Driver": actors.Person}},
		{"a share of the journeys sent somewhere, an airline in a list, a line's number", "Widerøe, SAS and Norwegian Air Shuttle cancelled or diverted 46 flights, several of them to Bodø and Evenes. Trains on Line 4 run late.",
			map[string]actors.Kind{"Norwegian Air Shuttle": actors.Organization, "SAS": actors.Organization, "Air Shuttle": "", "SAS and Norwegian Air Shuttle": "", "Bodø": actors.Place, "Evenes": actors.Place, "Line": ""}},
		{"a paper named Standard or Monitor, a Welsh name opened by its article", "Yonas Gebremeskel told Addis Standard and the Daily Monitor that walkers on Yr Wyddfa were rescued.",
			map[string]actors.Kind{"Yonas Gebremeskel": actors.Person, "Addis Standard": actors.Organization, "Daily Monitor": actors.Organization, "Yr Wyddfa": actors.Place}},
		{"a work's title in quotation marks, an observatory", "He spoke on CBS's “Face the Nation,” and the Syrian Observatory for Human Rights counted the dead.",
			map[string]actors.Kind{"Face the Nation": "", "Syrian Observatory for Human Rights": actors.Organization, "Observatory for Human Rights": ""}},
		{"a nickname in quotation marks stays a name", "The commander, known as “Abu Tariq”, met the envoys on Sunday.",
			map[string]actors.Kind{"Abu Tariq": actors.Person}},
		{"police ranks without full stops, a brand before its goods", "Det Supt Claire Oduya and PC Daniel Firth spoke to DCP Anjali Verma. Its brands include Golden Oven pizzas.",
			map[string]actors.Kind{"Claire Oduya": actors.Person, "Daniel Firth": actors.Person, "Anjali Verma": actors.Person, "Det Supt Claire Oduya": "", "PC Daniel Firth": "", "Golden Oven": ""}},
		{"a resident from a place", "A retired bank officer from Vasant Kunj lost his savings, and a letter from Kim Jong Un arrived.",
			map[string]actors.Kind{"Vasant Kunj": actors.Place, "Kim Jong Un": actors.Person}},
		{"a union named before 'union', a person's job", "The FNV Havens union said 4,000 joined. “We are not against the future,” said Niels Kooijman, a crane operator for 22 years. Crane operator Ada Veen agreed.",
			map[string]actors.Kind{"FNV Havens": actors.Organization, "Niels Kooijman": actors.Person, "Ada Veen": actors.Person}},
		{"a family named by its plural", "Erik and Lars Halvorsen own the boats. Rivals say the Halvorsens set the price, and the Halvorsens do not deny it.",
			map[string]actors.Kind{"Lars Halvorsen": actors.Person, "Halvorsens": ""}},
		{"a site before a commodity and its noun, a ministry of two portfolios", "Work stopped at its Pampa Alta copper project, and Peru's energy and mines ministry called for calm.",
			map[string]actors.Kind{"Pampa Alta": actors.Place, "Peru's energy and mines ministry": actors.Organization}},
		{"a place then a name set off by commas is no list", "Ukraine's ambassador to Poland, Vasyl Bodnarchuk, called the blockade a gift to its enemies.",
			map[string]actors.Kind{"Vasyl Bodnarchuk": actors.Person, "Poland": actors.Place}},
		{"'of the', 'to' and a plural's possessive inside bodies' names", "The UN Office of the High Commissioner for Human Rights and the Committee to Protect Journalists spoke, as did the Farmers' Union and the Politburo of the Chinese Communist Party.",
			map[string]actors.Kind{"UN Office of the High Commissioner for Human Rights": actors.Organization, "Committee to Protect Journalists": actors.Organization, "Farmers' Union": actors.Organization, "Chinese Communist Party": actors.Organization, "Rights": "", "Protect Journalists": ""}},
		{"a month written short before a day", "FRANKFURT, Nov 10 (Reuters) - The bank said on Sept. 22 that Jan Kowalski would lead the unit from Nov 30, and the sale would close by Sept. 30.",
			map[string]actors.Kind{"Nov": "", "Sept": "", "Jan Kowalski": actors.Person, "Frankfurt": actors.Place}},
		{"a body's appositive with a participle and 'by'", "Lumenwave, a startup founded by two former researchers, unveiled its assistant, and Corvane, a privately owned company, did not.",
			map[string]actors.Kind{"Lumenwave": actors.Organization, "Corvane": actors.Organization}},
		{"relatives named by first names, two joined by 'and'", "He is survived by his sons, Peter and Michael; a brother, Karl; and seven grandchildren.",
			map[string]actors.Kind{"Peter": actors.Person, "Michael": actors.Person, "Karl": actors.Person}},
		{"a Grand Chief of a First Nation, parties and chambers the lexicon knows", "Grand Chief Alvin Kakegabow of Nishnawbe Aski Nation, which represents 49 First Nations, spoke. One Nation and the House of Commons did not.",
			map[string]actors.Kind{"Alvin Kakegabow": actors.Person, "Nishnawbe Aski Nation": actors.Organization, "One Nation": actors.Organization, "House of Commons": actors.Organization, "First Nations": actors.Organization}},
		{"a sports body before its officer, a tour, a nation's code in results", "World Athletics president Graham Osei-Bonsu watched. The DP World Tour event ends Sunday. Results: 1. Mercy Chebet (KEN) 13:58.06; 2. Femke de Wit (NED) 14:11.90.",
			map[string]actors.Kind{"World Athletics": actors.Organization, "DP World Tour": actors.Organization, "Graham Osei-Bonsu": actors.Person, "KEN": "", "NED": "", "Mercy Chebet": actors.Person}},
		{"a journal after 'published in', a body's possessive before another, a country's body", "The study was published on Wednesday in The Lancet Healthy Longevity by the University of Sydney's Charles Perkins Centre, using UK Biobank data. Cases in Portugal's Algarve fell.",
			map[string]actors.Kind{"Lancet Healthy Longevity": actors.Organization, "University of Sydney": actors.Organization, "Charles Perkins Centre": actors.Organization, "UK Biobank": actors.Organization, "Portugal's Algarve": "", "Portugal Algarve": ""}},
		{"guards are a body", "The Revolutionary Guards seized the tanker, and the Coast Guard of Oman watched.",
			map[string]actors.Kind{"Revolutionary Guards": actors.Organization}},
		{"banks named like people, and where people work", "Analysts at Goldman Sachs and Morgan Stanley agreed, said Anne Kessler, chief economist at Harlan Oakes in London.",
			map[string]actors.Kind{"Goldman Sachs": actors.Organization, "Morgan Stanley": actors.Organization, "Harlan Oakes": actors.Organization, "Anne Kessler": actors.Person}},
		{"a body acting on what is its own", "Harlan Oakes cut its forecast for the year, and Tom Reiner raised his.",
			map[string]actors.Kind{"Harlan Oakes": actors.Organization, "Tom Reiner": actors.Person}},
		{"a country as a first name, and a country's body", "Israel Adeyemi won the fight and Georgia Harrison lost hers, as Israel said it would respond and Kenya Power cut supplies when power failed.",
			map[string]actors.Kind{"Israel Adeyemi": actors.Person, "Israel": actors.Place, "Georgia Harrison": actors.Person, "Kenya Power": actors.Organization}},
		{"a state before its chief minister, money before a sum", "Tamil Nadu Chief Minister M.K. Selvarajan announced Rs 6,000 for each family and sought Rs 5,060 crore.",
			map[string]actors.Kind{"Tamil Nadu": actors.Place, "M.K. Selvarajan": actors.Person, "Rs": ""}},
		{"a Fijian chief's honorific", "Prime Minister Ratu Josefa Vuniwaqa said the navy would sail at once.",
			map[string]actors.Kind{"Josefa Vuniwaqa": actors.Person, "Ratu Josefa Vuniwaqa": ""}},
		{"a street, a road by number", "She has lived on Orchard Lane for 20 years, near the farmland off Route 9.",
			map[string]actors.Kind{"Orchard Lane": actors.Place, "Route 9": actors.Place}},
		{"a port's terminal", "Workers picketed outside the Maasvlakte terminal, and the Maasvlakte stood still.",
			map[string]actors.Kind{"Maasvlakte": actors.Place}},
		{"a place a mayor serves, a Philippine attorney", "He served as mayor of San Ildefonso until 2025, said his lawyer, Atty. Jose Emmanuel Lacson.",
			map[string]actors.Kind{"San Ildefonso": actors.Place, "Jose Emmanuel Lacson": actors.Person, "Atty": ""}},
		{"a title-case acronym", "Nato said it would send more ships to the region after the second cable was cut in a week.",
			map[string]actors.Kind{"NATO": actors.Organization}},
		{"an 'and' inside an organisation's name", "Agents from the Bureau of Alcohol, Tobacco and Firearms arrived at the site on Wednesday morning.",
			map[string]actors.Kind{"Bureau of Alcohol, Tobacco, Firearms and Explosives": actors.Organization, "Tobacco": "", "Firearms": ""}},
		{"occupations before a name", "Farmer Ana Reyes said she lost her crop, and U.S. Attorney Paul Gren said charges would follow.",
			map[string]actors.Kind{"Ana Reyes": actors.Person, "Paul Gren": actors.Person, "Farmer Ana Reyes": "", "Attorney Paul Gren": ""}},
		{"a name that begins an organisation's", "Velta Mining Corporation runs the site. Velta Mining said on Monday that it would appeal the decision.",
			map[string]actors.Kind{"Velta Mining Corporation": actors.Organization, "Velta Mining": actors.Organization}},
		{"an 'and' after an organisation's 'for'", "The Centre for Seismology and Volcanic Risk raised its alert level on Sunday, its head said.",
			map[string]actors.Kind{"Centre for Seismology and Volcanic Risk": actors.Organization, "Volcanic Risk": ""}},
		{"a country before an organisation's name", "The Kenya Red Cross said its teams had rescued 412 people by boat overnight, officials said.",
			map[string]actors.Kind{"Kenya Red Cross": actors.Organization, "Kenya": actors.Place}},
		{"a lone name after 'the' or described as a body", "She told the Storting on Monday that Velnet, the national grid operator, had restored power.",
			map[string]actors.Kind{"Storting": actors.Organization, "Velnet": actors.Organization}},
		{"an apposition whose head is a person's job", "“We had minutes,” said Marta Quiroga, the head of the civil protection agency, on Tuesday.",
			map[string]actors.Kind{"Marta Quiroga": actors.Person}},
		{"a lone name after a place preposition", "The ship was steered towards Harnsund, and the suspect, 41, of Millbrook, was charged on Monday.",
			map[string]actors.Kind{"Harnsund": actors.Place, "Millbrook": actors.Place}},
		{"an apostrophe and lower-case particles inside names", "Senator Kevin O'Brien met Ursula von der Leyen and Ana da Silva in the capital on Friday morning.",
			map[string]actors.Kind{"Kevin O'Brien": actors.Person, "Ursula von der Leyen": actors.Person, "Ana da Silva": actors.Person}},
		{"a dateline in title case with the agency", "Riverton (CNN) — The mayor resigned on Friday after a week of protests over the budget, aides said.",
			map[string]actors.Kind{"Riverton": actors.Place}},
		{"a name of two words after 'in' or 'near'", "Shelling hit homes in Khan Younis and near Porto Alegre overnight, and a letter from Jane Roe asked for calm.",
			map[string]actors.Kind{"Khan Younis": actors.Place, "Porto Alegre": actors.Place, "Jane Roe": actors.Person}},
		{"a name after 'in' that a title makes a person", "The talks in Omar Haddi's office went on. Later, in Omar Haddi, the army had a firm voice, said General Omar Haddi.",
			map[string]actors.Kind{"Omar Haddi": actors.Person}},
		{"a titled person of a body", "Detective Inspector Amrit Sandhu of Riverton Police said the fraud had been calculated and sustained.",
			map[string]actors.Kind{"Amrit Sandhu": actors.Person, "Riverton Police": actors.Organization}},
		{"an 'and' inside a body's name", "The Competition and Markets Authority will examine the takeover closely, officials said on Thursday.",
			map[string]actors.Kind{"Competition and Markets Authority": actors.Organization, "Competition": ""}},
		{"a name before a body's officer", "Harbourline will buy Celtic Crossings for 2 billion pounds. Celtic Crossings chairman Declan Murphy backed the offer on Thursday.",
			map[string]actors.Kind{"Celtic Crossings": actors.Organization, "Declan Murphy": actors.Person}},
		{"party and sports roles, and club names", "Texas Republican Rachel Dunmore voted no, and Striker Joel Adebayo said Northbridge United had let the manager down.",
			map[string]actors.Kind{"Rachel Dunmore": actors.Person, "Joel Adebayo": actors.Person, "Northbridge United": actors.Organization, "Republican Rachel Dunmore": ""}},
		{"a body's leader by title", "Senate Majority Leader Tom Keller praised senators from both parties after the vote on Friday night.",
			map[string]actors.Kind{"Tom Keller": actors.Person}},
		{"company and publication endings, a city with its state", "SAN JOSE (Wire) - Shares of Veltrix Inc rose, said an analyst at Harwell Securities, from the Santa Clara, California-based company, citing the Heart Journal.",
			map[string]actors.Kind{"Veltrix Inc": actors.Organization, "Harwell Securities": actors.Organization, "Santa Clara": actors.Place, "Heart Journal": actors.Organization, "Shares of Veltrix Inc": ""}},
		{"Saint abbreviated, a neighbour, an acronym, downtown", "Neighbor Carla Benton saw the car hit a shop in downtown Millbrook; two were taken to St. Vincent Medical Center, and the opposition NDC walked out.",
			map[string]actors.Kind{"Carla Benton": actors.Person, "Millbrook": actors.Place, "St. Vincent Medical Center": actors.Organization, "NDC": actors.Organization, "Neighbor Carla Benton": ""}},
		{"a product is no actor; a body's name after its kind", "The recall covers the Lumio Trek models, the industry group Cycling Industries Europe said on Thursday.",
			map[string]actors.Kind{"Lumio Trek": "", "Cycling Industries Europe": actors.Organization}},
		{"a named fire, a sheriff's office in a county, a place met again alone", "BOULDER, Colo. (Wire) — The Marshall Creek Fire spread, the Boulder County Sheriff's Office said. Smoke reached the edge of Boulder by night.",
			map[string]actors.Kind{"Marshall Creek Fire": actors.Place, "Boulder County Sheriff's Office": actors.Organization, "Boulder": actors.Place}},
		{"a portfolio after a minister's title is no name", "Tarvia's Minister of State for Foreign Affairs, Sheikh Hamad bin Rashid Al-Nouri, opened the talks, and Minister of Public Works Ines Varga attended.",
			map[string]actors.Kind{"Hamad bin Rashid Al-Nouri": actors.Person, "Ines Varga": actors.Person, "Affairs": "", "Works Ines Varga": ""}},
		{"a body named in its own language", "Shares rose, said Pablo Ruiz, an economist at Grupo Financiero Lerma, and Banco Austral agreed.",
			map[string]actors.Kind{"Grupo Financiero Lerma": actors.Organization, "Banco Austral": actors.Organization, "Pablo Ruiz": actors.Person}},
		{"a French lawyer, a commune, a builder", "Me Thibault Morel, who lives in Sainte-Anne-Plouvel, defends Morin Bâtiment; Saint-Gobain said nothing, and the Me Too movement grew.",
			map[string]actors.Kind{"Thibault Morel": actors.Person, "Me Thibault Morel": "", "Sainte-Anne-Plouvel": actors.Place, "Morin Bâtiment": actors.Organization, "Saint-Gobain": ""}},
		{"a body's name of a list, shares in a company, a car's model", "Velnet Motor filed the recall with the Ministry of Land, Infrastructure, Transport and Tourism and the Bureau of Alcohol, Tobacco and Firearms; shares in Velnet fell, and its Corvo minivan sold well.",
			map[string]actors.Kind{"Ministry of Land, Infrastructure, Transport and Tourism": actors.Organization, "Bureau of Alcohol, Tobacco and Firearms": actors.Organization, "Ministry of Land": "", "Tourism": "", "Corvo": "", "Velnet Motor": actors.Organization}},
		{"a company's first word before its president's title", "Velnet Motor Co. recalled its cars, and Velnet President Aya Ronda apologized.",
			map[string]actors.Kind{"Velnet Motor Co": actors.Organization, "Velnet": "", "Aya Ronda": actors.Person}},
		{"a panel's name with \"on\", a satellite, GPS", "The European Space Agency's CryoSat-2 satellite and GPS stations fed the Intergovernmental Panel on Climate Change.",
			map[string]actors.Kind{"Intergovernmental Panel on Climate Change": actors.Organization, "Climate Change": "", "CryoSat": "", "GPS": "", "European Space Agency": actors.Organization}},
		{"a participle opening a sentence, a senior advocate, a machine", "Reacting, the governor's spokesman, Alhaji Musa Bello, said the BVAS machines worked. Chief Ada Obi (SAN) disagreed.",
			map[string]actors.Kind{"Reacting": "", "Musa Bello": actors.Person, "BVAS": "", "SAN": "", "Ada Obi": actors.Person}},
		{"a holding, a terminal, a group named without its word", "Raha Ports Group will buy Safaga International Container Terminal from Nile Marine Holding; Raha Ports said the terminal would grow, and Nile Marine agreed.",
			map[string]actors.Kind{"Raha Ports Group": actors.Organization, "Raha Ports": "", "Safaga International Container Terminal": actors.Organization, "Nile Marine Holding": actors.Organization, "Nile Marine": ""}},
		{"a crater row, wetlands", "An intense swarm of small earthquakes began beneath the Sundhnúkur crater row at about 21:20, the office said, far from the Pantanal wetlands.",
			map[string]actors.Kind{"Sundhnúkur": actors.Place, "Pantanal": actors.Place}},
		{"a prison's name, a body named before a place's noun and its own, a plural opening sentences", "Families in Guayaquil waited at the Litoral penitentiary, the SNAI prison agency said.\n\nFamilies were told nothing.",
			map[string]actors.Kind{"Litoral": actors.Place, "SNAI": actors.Organization, "Families": "", "Guayaquil": actors.Place}},
		{"a body ending in \"International\", with a possessive", "Romania ranks low in Transparency International's index, and Survival International agreed.",
			map[string]actors.Kind{"Transparency International": actors.Organization, "Survival International": actors.Organization, "Romania": actors.Place}},
		{"a film's title in quotation marks, a people's adjective, a distributor set off after \"its\"", "Samira Ferhani's \"The Tide Returns at Night\" beat \"Four Rooms in Shubra\", the best film of the Arab world, and its distributor, Lumière du Sud, said so.",
			map[string]actors.Kind{"Samira Ferhani": actors.Person, "Tide Returns": "", "Night": "", "Four Rooms": "", "Arab": "", "Lumière du Sud": actors.Organization}},
		{"a disease named for a place, in all its mentions", "The ministry confirmed Marburg virus disease in Kasese. Marburg is a haemorrhagic fever, and Marburg cases are rare; Lassa fever is not.",
			map[string]actors.Kind{"Marburg": "", "Lassa": "", "Kasese": actors.Place}},
		{"a law firm after a solicitor's name, the Crown in a case's name", "In R (Adeyemi-Cole) v Secretary of State, his solicitor, Miriam Lowther-Grant of Tidewell Legal, spoke for him.",
			map[string]actors.Kind{"R": "", "Miriam Lowther-Grant": actors.Person, "Tidewell Legal": actors.Organization, "Miriam Lowther-Grant of Tidewell Legal": ""}},
		{"a creed's adjective before a union's initials, a station in French", "The Christian CSC and the Christian Democratic Union marched from the Gare du Nord.",
			map[string]actors.Kind{"CSC": actors.Organization, "Christian CSC": "", "Christian Democratic Union": actors.Organization, "Gare du Nord": actors.Place}},
		{"a nickname after an appositive, a quarter set off by \"the\" and a place's noun", "Raimundo Sarmento dos Anjos, the percussionist known as \"Mestre Dinho\", grew up in the Pelourinho, the colonial old town of Salvador.",
			map[string]actors.Kind{"Raimundo Sarmento dos Anjos": actors.Person, "Mestre Dinho": "", "Pelourinho": actors.Place}},
		{"\"do\" inside a Portuguese name", "He founded the Bloco Tambores do Sol and banked with Banco do Brasil in Rio Grande do Sul.",
			map[string]actors.Kind{"Bloco Tambores do Sol": actors.Organization, "Bloco Tambores": "", "Banco do Brasil": actors.Organization}},
		{"a coalition set off after its name", "The Cotton Campaign, a coalition of rights groups and investors, lifted its call in 2022.",
			map[string]actors.Kind{"Cotton Campaign": actors.Organization}},
		{"a common word opening a sentence before \"drivers\"", "Truck drivers had waited up to three days to cross the city, and the Red Bull driver agreed.",
			map[string]actors.Kind{"Truck": "", "Red Bull": actors.Organization}},
		{"both ends of a route", "Stephano Jere drives the Limbe to Chileka route every day.",
			map[string]actors.Kind{"Limbe": actors.Place, "Chileka": actors.Place, "Stephano Jere": actors.Person}},
		{"a lone name after \"nearby\"", "In nearby Mistissini, Grand Chief Daniel Moar said the community was ready, and residents of neighbouring Waswanipi agreed.",
			map[string]actors.Kind{"Mistissini": actors.Place, "Waswanipi": actors.Place, "Daniel Moar": actors.Person}},
		{"a lone name after \"through\", not a scorer's", "The other road south, through Kazarman, is closed. Rovers had led through Okafor's penalty.",
			map[string]actors.Kind{"Kazarman": actors.Place, "Okafor": ""}},
		{"two bodies joined by \"and\", a journal after \"published in\", a newspaper's word as an adjective", "Researchers at the University of Southern Denmark and Statens Serum Institut linked the registers, in a study published today in JAMA Pediatrics.\n\nIndependent experts said the Institute of Arctic and Alpine Research agreed.",
			map[string]actors.Kind{"University of Southern Denmark": actors.Organization, "Statens Serum Institut": actors.Organization, "University of Southern Denmark and Statens Serum Institut": "", "JAMA Pediatrics": actors.Organization, "Independent": "", "Institute of Arctic and Alpine Research": actors.Organization}},
		{"a press release's dateline in title case", "Odense, 26 November 2026 – Children delivered by planned caesarean section had a higher risk.",
			map[string]actors.Kind{"Odense": actors.Place}},
		{"a stadium in French, a rugby position opening a sentence, a scorers' line, a competition with a number", "Toulouse went top of the Top 14 at Stade Ernest-Wallon.\n\nLock Karim Boudjema powered over from a lineout drive.\n\nToulouse: Try: Boudjema, Lascombes. Con: Marcadal. Pens: Marcadal 5.",
			map[string]actors.Kind{"Stade Ernest-Wallon": actors.Place, "Karim Boudjema": actors.Person, "Lock Karim Boudjema": "", "Try": "", "Con": "", "Pens": "", "Top": "", "Toulouse": actors.Place}},
		{"a city before its team's coach is the club", "Toulouse beat La Rochelle on Saturday. \"We were too passive,\" said Toulouse coach Hervé Iturralde.",
			map[string]actors.Kind{"Toulouse": actors.Organization, "Hervé Iturralde": actors.Person}},
		{"an Indian district collector, with initials", "Idukki District Collector P R Sreelakshmi said 210 families had moved.",
			map[string]actors.Kind{"P R Sreelakshmi": actors.Person, "Idukki District Collector P R Sreelakshmi": ""}},
		{"a compass word before a place, a brigadier general, a gerund opening sentences", "Shelling hit the North Darfur capital. Shelling went on, as three shells fell, and RSF spokesman Brig. Gen. Osman Haggar denied it.",
			map[string]actors.Kind{"North Darfur": actors.Place, "Brig": "", "Shelling": "", "Osman Haggar": actors.Person}},
		{"a group's name for itself, a body's name with a people's name inside", "A group calling itself ShadowKite claimed it, and the Office of the Australian Information Commissioner opened an inquiry.",
			map[string]actors.Kind{"ShadowKite": actors.Organization, "Office of the Australian Information Commissioner": actors.Organization, "Office": ""}},
		{"a body's name of a list with items of two words", "She spoke for the Ministry of Agriculture, Fisheries, Food Security and Nature on Monday.",
			map[string]actors.Kind{"Ministry of Agriculture, Fisheries, Food Security and Nature": actors.Organization, "Food Security": ""}},
		{"a person after a body's name and \"and\"", "The Ministry of Defence and John Smith, its spokesman, declined to comment; the University of Leeds and Mary Jones published the study, and the Ministry of Housing and Local Government agreed.",
			map[string]actors.Kind{"Ministry of Defence": actors.Organization, "John Smith": actors.Person, "University of Leeds": actors.Organization, "Mary Jones": actors.Person, "Ministry of Housing and Local Government": actors.Organization}},
		{"a kind of body opening a sentence before its name, a plural place noun", "Rights group Amnesty International said so. Consumer group Codacons agreed, as flights left Milan's Malpensa airports.",
			map[string]actors.Kind{"Rights": "", "Consumer": "", "Amnesty International": actors.Organization, "Codacons": actors.Organization, "Malpensa": actors.Place}},
		{"a body's one-word name set off after its description", "Riquelme led, according to the electoral service, Servel. The national statistics agency, Indec, agreed.",
			map[string]actors.Kind{"Servel": actors.Organization, "Indec": actors.Organization}},
		{"a Philippine village", "Three fishermen from Brgy. Lawaan were missing, and Barangay San Roque flooded.",
			map[string]actors.Kind{"Brgy. Lawaan": actors.Place, "Barangay San Roque": actors.Place, "Brgy": ""}},
		{"a movement's follower", "They stole a painting by Impressionist Alfred Sisley, and Socialist Jane Roe spoke.",
			map[string]actors.Kind{"Alfred Sisley": actors.Person, "Impressionist Alfred Sisley": "", "Jane Roe": actors.Person}},
		{"a team met again by its name's last word, a cricket format", "Galle Titans coach Ravi Fernando said the Titans made 185 in the T20 match.",
			map[string]actors.Kind{"Galle Titans": actors.Organization, "Titans": "", "T20": "", "Ravi Fernando": actors.Person}},
		{"an exporter, a trading house, a futures exchange", "Dak Lak-based exporter Buon Ma Coffee Trading shipped more, and futures on ICE Futures Europe rose; Mekong Trading agreed.",
			map[string]actors.Kind{"Buon Ma Coffee Trading": actors.Organization, "ICE Futures": actors.Organization, "Mekong Trading": actors.Organization}},
		{"places listed after another country's word for a province", "Losses were heaviest in the western aimags of Zavkhan, Govi-Altai and Khovd.",
			map[string]actors.Kind{"Zavkhan": actors.Place, "Govi-Altai": actors.Place, "Khovd": actors.Place}},
		{"two cities of the gazetteer paired by a hyphen", "The Maputo-Matola toll road was closed for most of the day.",
			map[string]actors.Kind{"Maputo": actors.Place, "Matola": actors.Place, "Maputo-Matola": ""}},
		{"two companies listed, the first ending in Resources", "The fund excluded Kalimantan Coal Resources and Tessaro Minerals, and the Department of Natural Resources agreed.",
			map[string]actors.Kind{"Kalimantan Coal Resources": actors.Organization, "Tessaro Minerals": actors.Organization, "Kalimantan Coal Resources and Tessaro Minerals": "", "Department of Natural Resources": actors.Organization}},
		{"a lone word of a body's name the article gives", "Velnet Motor recalled its cars on Monday, and shares in Velnet fell; Velnet said it would pay.",
			map[string]actors.Kind{"Velnet Motor": actors.Organization, "Velnet": ""}},
		{"a French body's name with its place", "Samples went to the Institut Pasteur de Dakar and the Université de Lomé, said Awa Diop.",
			map[string]actors.Kind{"Institut Pasteur de Dakar": actors.Organization, "Université de Lomé": actors.Organization, "Awa Diop": actors.Person}},
		{"a name after the noun saying what it is", "She visited the regional hospital El Hadji Ibrahima Niass and then the stadium Estadio Monumental, where Juan Ortega spoke.",
			map[string]actors.Kind{"El Hadji Ibrahima Niass": actors.Organization, "Estadio Monumental": actors.Place, "Juan Ortega": actors.Person}},
		{"a company named by its trade in Spanish or Portuguese", "The bus, run by Transportes Valle Sur, crashed; Inversiones Tarapacá and Construtora Alvorada bid for the road.",
			map[string]actors.Kind{"Transportes Valle Sur": actors.Organization, "Inversiones Tarapacá": actors.Organization, "Construtora Alvorada": actors.Organization}},
		{"a lone name before a member's title is the body", "Verdana lawmaker Ana Solis asked for a vote, and Tallis official Omar Ruud said no.",
			map[string]actors.Kind{"Verdana": actors.Organization, "Tallis": actors.Organization, "Ana Solis": actors.Person, "Omar Ruud": actors.Person}},
		{"a lone name listed with places", "Planes will fly the detainees between Sanaa, Aden and Qarrab, and buses will reach villages in Mirrow, Tolle and Essam.",
			map[string]actors.Kind{"Qarrab": actors.Place, "Aden": actors.Place, "Mirrow": actors.Place, "Tolle": actors.Place, "Essam": actors.Place}},
		{"honorifics of public life, a coroner", "Comrade Adewale Benson and Alhaji Musa Dauda spoke, and Tarn County Coroner Jim Alder said the man died at once.",
			map[string]actors.Kind{"Adewale Benson": actors.Person, "Musa Dauda": actors.Person, "Jim Alder": actors.Person, "Comrade Adewale Benson": "", "Alhaji Musa Dauda": ""}},
		{"a portfolio with 'and'", "The Minister of Information and National Orientation, Yusuf Ekwuribe, spoke after the Election Commission had counted.",
			map[string]actors.Kind{"Yusuf Ekwuribe": actors.Person, "Orientation": "", "Election Commission": actors.Organization}},
		{"initials or a place before a title", "NWU President Kemi Adebayo met Kano Governor Sani Bello on Tuesday to discuss the strike.",
			map[string]actors.Kind{"NWU": actors.Organization, "Kano": actors.Place, "Kemi Adebayo": actors.Person, "Sani Bello": actors.Person}},
		{"a dateline with the date and agency after a place in lower case", "Varanasi, Nov 14 (PTI) Chief Minister Ravi Kulkarni said counting was peaceful.",
			map[string]actors.Kind{"Varanasi": actors.Place, "Ravi Kulkarni": actors.Person}},
		{"a list after a place preposition or before a plural place noun", "Homes will rise at Tarnby, Seven Oaks and Welling, and drones fell on the Dorsk, Varin and Oblensk regions overnight.",
			map[string]actors.Kind{"Welling": actors.Place, "Tarnby": actors.Place, "Dorsk": actors.Place, "Varin": actors.Place, "Oblensk": actors.Place}},
		{"a member's party and seat, a German bank", "Labour MP for Wexcombe, Rachel Obi, spoke after Katrin Vogel, a former Deutsche Kreditbank executive.",
			map[string]actors.Kind{"Labour": actors.Organization, "Wexcombe": actors.Place, "Rachel Obi": actors.Person, "Deutsche Kreditbank": actors.Organization}},
		{"a club's name that starts with its kind, a journal's that ends with it", "Kessler joined from FC Lurano, the study in the journal Cardiology Reports said, as did Dynamo Tarsk.",
			map[string]actors.Kind{"FC Lurano": actors.Organization, "Cardiology Reports": actors.Organization, "Dynamo Tarsk": actors.Organization}},
		{"a pronoun opening a quotation", "“Someone will answer for this. Nobody is above the law,” Governor Paolo Venti said. “Someone knew, and nobody acted,” he added.",
			map[string]actors.Kind{"Someone": "", "Nobody": "", "Paolo Venti": actors.Person}},
		{"an agency in brackets after a dateline, bodies named Survey or Confederation", "QUITO (Andes Wire) - The U.S. Geological Survey measured the quake, and the Ecuadorian Football Confederation called off Sunday's matches.",
			map[string]actors.Kind{"Andes Wire": "", "U.S. Geological Survey": actors.Organization, "Ecuadorian Football Confederation": actors.Organization, "Football Confederation": ""}},
		{"places of several words after 'cities including'", "Matches would be played in 10 cities including Rio de Janeiro, Porto Vale and Tarandu, the bid said.",
			map[string]actors.Kind{"Rio de Janeiro": actors.Place, "Porto Vale": actors.Place, "Tarandu": actors.Place}},
		{"Burmese honorifics, a title inside a Somali name", "U Kyaw Zin Oo and Daw Aye Thida spoke, and President Hassan Sheikh Abdullahi replied.",
			map[string]actors.Kind{"Kyaw Zin Oo": actors.Person, "Aye Thida": actors.Person, "Hassan Sheikh Abdullahi": actors.Person, "U Kyaw Zin Oo": "", "Abdullahi": ""}},
		{"an ampersand, a union named before 'union', a firm named Capital", "Harlan & Cole will cut jobs, said an analyst at Brightwater Capital, and the United Food and Commercial Workers union objected.",
			map[string]actors.Kind{"Harlan & Cole": actors.Organization, "Brightwater Capital": actors.Organization, "United Food and Commercial Workers": actors.Organization, "United Food": ""}},
		{"a long name its initials follow in brackets, a group written with a lower-case particle", "The African Union Support and Stabilization Mission in Somalia (AUSSOM) said al Qaeda's ally had withdrawn.",
			map[string]actors.Kind{"African Union Support and Stabilization Mission in Somalia": actors.Organization, "al-Qaeda": actors.Organization}},
		{"a press release's dateline with its year, a drug maker, a document's name, 'residents of'", "BOSTON, Feb. 10, 2026 (GLOBE NEWSWIRE) -- Veltora Therapeutics, Inc. will file a New Drug Application. Residents of Tarbet said they were hopeful.",
			map[string]actors.Kind{"GLOBE NEWSWIRE": "", "Veltora Therapeutics": actors.Organization, "New Drug Application": "", "Tarbet": actors.Place}},
		{"a given name Sri, the first words of a longer name, states listed after 'the states of', initials of another language", "Finance Minister Sri Wahyuni Kartika spoke. Sri Wahyuni said the states of Pará, Amazonas and Mato Grosso would gain, but the Agricultural and Livestock Confederation of Brazil (CNA) objected.",
			map[string]actors.Kind{"Sri Wahyuni Kartika": actors.Person, "Wahyuni Kartika": "", "Pará": actors.Place, "Amazonas": actors.Place, "Mato Grosso": actors.Place, "Agricultural and Livestock Confederation of Brazil": actors.Organization, "Agricultural and": ""}},
		{"the makers credited at the end, a common word opening a quotation", "“Manufacturing is cooling,” said Omar Khalil of Redwood Partners.\n\nAssociated Press writers Tom Becker in Atlanta and Priya Nair in Savannah contributed to this report.\n\nContributing: Dana Whitfield, USA TODAY\n\nFollow Marcus Lee on X: @marcuslee\n\nJane Porter is a city hall reporter for the Riverside Ledger.",
			map[string]actors.Kind{"Omar Khalil": actors.Person, "Manufacturing": "", "Tom Becker": "", "Priya Nair": "", "Dana Whitfield": "", "Marcus Lee": "", "Jane Porter": ""}},
		{"a sheriff by title, a sheriff's station and office", "Coconino County Sheriff Amanda Reyes spoke, and the Lancaster Sheriff's Station and the Boulder County Sheriff's Office took calls.",
			map[string]actors.Kind{"Amanda Reyes": actors.Person, "Lancaster Sheriff's Station": actors.Organization, "Boulder County Sheriff's Office": actors.Organization, "Station": "", "Office": ""}},
		{"a trade opening a sentence is a role", "Stallholder Ana Brito spoke first. Beekeeper Jo Lee spoke next. Florist Sue Bell agreed.",
			map[string]actors.Kind{"Ana Brito": actors.Person, "Jo Lee": actors.Person, "Sue Bell": actors.Person, "Stallholder Ana Brito": "", "Florist Sue Bell": ""}},
		{"an Irish title, initials with an accent, a body set off after its kind, a name followed by 'said it'", "Taoiseach Ciarán Ó Dálaigh spoke on RTÉ radio, the national weather service, Met Éireann, issued a warning, and Aer Lingus said it had cancelled 42 flights.",
			map[string]actors.Kind{"Ciarán Ó Dálaigh": actors.Person, "RTÉ": actors.Organization, "Met Éireann": actors.Organization, "Aer Lingus": actors.Organization, "Taoiseach Ciarán Ó Dálaigh": ""}},
		{"a football league is no person", "Madrid moved four points clear at the top of La Liga, and Bayern lead the Bundesliga.",
			map[string]actors.Kind{"La Liga": actors.Organization}},
		{"Malaysian honours, a role ending in a title before a name, a nickname inside a name, Metro X", "Works Minister Datuk Seri Ahmad Faizal Rahman and Tan Sri Lim Wei Ming spoke. Palace Press Officer Claire Abad said President Benjamin \"Benji\" Santos Jr. had ordered checks in Metro Manila.",
			map[string]actors.Kind{"Ahmad Faizal Rahman": actors.Person, "Lim Wei Ming": actors.Person, "Claire Abad": actors.Person, "Benjamin \"Benji\" Santos Jr.": actors.Person, "Metro Manila": actors.Place, "Datuk Seri Ahmad Faizal Rahman": "", "Tan Sri Lim Wei Ming": "", "Benjamin": ""}},
		{"Kenyan and Ghanaian titles, an izafe inside a name, a body's officer after its possessive, counties listed", "Interior PS Mercy Wanjala and Ranking Member Hon. Kwame Asante-Boateng spoke. Later, Jamaat-e-Islami's Nayeb-e-Ameer Syed Tahir Hossain spoke of the West Pokot and Baringo counties.",
			map[string]actors.Kind{"Mercy Wanjala": actors.Person, "Kwame Asante-Boateng": actors.Person, "Jamaat-e-Islami": actors.Organization, "Syed Tahir Hossain": actors.Person, "Baringo": actors.Place, "PS Mercy Wanjala": "", "Member": "", "Jamaat": ""}},
		{"an office named for its holder's hyphenated title", "The Victorian Auditor-General's Office will report in March, Secretary-General Ana Ruiz said.",
			map[string]actors.Kind{"Victorian Auditor-General's Office": actors.Organization, "Ana Ruiz": actors.Person, "Auditor-General": ""}},
		{"a name after 'X-based'", "Economist Hakan Ozer of Istanbul-based Kaya Yatirim said the move was sound.",
			map[string]actors.Kind{"Kaya Yatirim": actors.Organization, "Hakan Ozer": actors.Person, "Istanbul": actors.Place}},
		{"a company named for its trade", "A court ordered Tohoku Grid Power to pay damages, and Nordic Steel said its profits fell.",
			map[string]actors.Kind{"Tohoku Grid Power": actors.Organization, "Nordic Steel": actors.Organization}},
		{"a lone name met twice, which no person has", "The Commission fined Streamly on Wednesday. Streamly said it would appeal the decision in court.",
			map[string]actors.Kind{"Streamly": actors.Organization}},
		{"a body's branch in a country", "Greenpeace Brasil said the law was overdue, and Amnesty Ukraine agreed on Tuesday.",
			map[string]actors.Kind{"Greenpeace Brasil": actors.Organization, "Amnesty Ukraine": actors.Organization, "Brazil": actors.Place}},
		{"a country outside the old lexicon", "Estonia and Kenya signed the agreement, while Qatar and Chile sent observers to the talks.",
			map[string]actors.Kind{"Estonia": actors.Place, "Kenya": actors.Place, "Qatar": actors.Place, "Chile": actors.Place}},
		{"Boss as a title, a player's position after the club", "Boss Ivo Karsten was pleased. Dorrance forward Sami Okore scored twice and Halbeck skipper Jon Ruel once.",
			map[string]actors.Kind{"Ivo Karsten": actors.Person, "Boss Ivo Karsten": "", "Dorrance": actors.Organization, "Sami Okore": actors.Person, "Halbeck": actors.Organization, "Jon Ruel": actors.Person}},
		{"a name after a Romance article", "The move was first reported by La Voce, and fans of Los Tigres cheered at the ground.",
			map[string]actors.Kind{"La Voce": actors.Organization, "Los Tigres": actors.Organization}},
		{"clubs and sports media the lexicon knows", "The Blues beat Bayern Munich and Paris Saint-Germain to him, Sky Sport Italia said; leaders Arsenal had also asked.",
			map[string]actors.Kind{"Bayern Munich": actors.Organization, "Paris Saint-Germain": actors.Organization, "Sky Sport Italia": actors.Organization, "Arsenal": actors.Organization, "Munich": ""}},
		{"bodies listed after their plural noun", "Rival carriers Dasan Ilho and Mirae Joon saw a jump in new users, and lenders Halvard Sten, Orrin Vale or Tamsin Roe may follow.",
			map[string]actors.Kind{"Dasan Ilho": actors.Organization, "Mirae Joon": actors.Organization, "Halvard Sten": actors.Organization, "Orrin Vale": actors.Organization, "Tamsin Roe": actors.Organization}},
		{"an airline before its flight's number or a plane", "Harlow Air Flight 812 turned back, and a Brisa Sky jet landed in its place.",
			map[string]actors.Kind{"Harlow Air": actors.Organization, "Harlow Air Flight": "", "Brisa Sky": actors.Organization}},
		{"a destination after a journey's word and to or for", "The flight to Tarnow was cancelled and the coach bound for Velden left late.",
			map[string]actors.Kind{"Tarnow": actors.Place, "Velden": actors.Place}},
		{"kin of a thing", "The comet Varro and its smaller sibling Tesk will pass close, and so will its twin brother Lumo.",
			map[string]actors.Kind{"Tesk": "", "Lumo": ""}},
		{"a verb's -ing form opening a sentence", "Staff will join Harlen Tech in May. “Joining Harlen Tech gives us reach,” said Omar Dade.",
			map[string]actors.Kind{"Joining Harlen Tech": "", "Omar Dade": actors.Person}},
		{"but a place's name that opens with one", "Aides said nothing would go down well.\n\nDowning Street said the talks went down well.",
			map[string]actors.Kind{"Downing Street": actors.Place}},
		{"a silk or an honour after a name", "The firm, led by Harriet Vane KC, hired Tom Ashby OBE as an adviser.",
			map[string]actors.Kind{"Harriet Vane": actors.Person, "Harriet Vane KC": "", "Tom Ashby": actors.Person, "Tom Ashby OBE": ""}},
		{"a person of an unknown body, then a speech verb", "Callum Reid of Clear Rivers Tayside said the ruling was a victory.",
			map[string]actors.Kind{"Callum Reid": actors.Person, "Clear Rivers Tayside": actors.Organization}},
		{"a pension plan is a fund", "The stake went to the Canadian fund Alberta Nurses' Pension Plan on Monday.",
			map[string]actors.Kind{"Alberta Nurses' Pension Plan": actors.Organization}},
		{"a share price's move after a company's name", "Rival Quorra Tenz fell 4.5% and Belmar Oduya edged up 0.3 percent.",
			map[string]actors.Kind{"Quorra Tenz": actors.Organization, "Belmar Oduya": actors.Organization}},
		{"stock indices are no actors; a central bank the lexicon knows", "The Dow Jones Industrial Average fell, the Nasdaq Composite slid and the Kessel Volatility Index rose after a Federal Reserve official spoke.",
			map[string]actors.Kind{"Industrial Average": "", "Dow Jones Industrial Average": "", "Nasdaq Composite": "", "Kessel Volatility Index": "", "Federal Reserve": actors.Organization}},
		{"religious titles", "Sister Marta Quell runs the shelter, and the Rev. Anselm Dorr said Brother Tomas Arla helps her.",
			map[string]actors.Kind{"Marta Quell": actors.Person, "Sister Marta Quell": "", "Anselm Dorr": actors.Person, "Rev": "", "Tomas Arla": actors.Person}},
		{"places of worship and a bishops' conference", "Mass was said at Holy Rood Cathedral and St. Anne's Basilica; St. Jude's Seminary and the Velden Catholic Bishops' Conference agreed.",
			map[string]actors.Kind{"Holy Rood Cathedral": actors.Place, "St. Anne's Basilica": actors.Place, "St. Jude's Seminary": actors.Organization, "Velden Catholic Bishops' Conference": actors.Organization, "St. Anne": "", "Catholic Bishops": ""}},
		{"a first name with an age after it; a checkpoint", "At the Dorsk checkpoint, Oksana, 41, sat with her sons. Later Tarik, 14, said he wanted to go home.",
			map[string]actors.Kind{"Oksana": actors.Person, "Tarik": actors.Person, "Dorsk": actors.Place}},
		{"a nickname after a name", "Police held Ramon Ortiz Vela, known as “El Sastre”, on Monday.",
			map[string]actors.Kind{"Ramon Ortiz Vela": actors.Person, "El Sastre": ""}},
		{"the platform X after a post", "Mayor Lena Ortiz wrote on X that the bridge would reopen on Friday.",
			map[string]actors.Kind{"X": actors.Organization, "Lena Ortiz": actors.Person}},
		{"platforms' owners the lexicon knows", "Cases were opened against Meta and ByteDance last year, the regulator said.",
			map[string]actors.Kind{"Meta Platforms": actors.Organization, "ByteDance": actors.Organization}},
		{"Councilmember as a title, a paper's name with The, a state's short form", "TULSA, Okla. — Councilmember Rosa Delgado-Finch told The Prairie Sentinel that the vote would pass.",
			map[string]actors.Kind{"Rosa Delgado-Finch": actors.Person, "Councilmember Rosa Delgado-Finch": "", "The Prairie Sentinel": actors.Organization, "Oklahoma": actors.Place}},
		{"initials set off by a body's description", "Aid entered, said Dana Levi, a spokesperson for KORDA, the Israeli defence ministry body that coordinates it.",
			map[string]actors.Kind{"KORDA": actors.Organization, "Dana Levi": actors.Person}},
		{"a US agency an and cuts, plural body words", "The Centers for Disease Control and Prevention said so, and the Halden Institutes of Health and the Department of Rural Services agreed.",
			map[string]actors.Kind{"Centers for Disease Control and Prevention": actors.Organization, "Centers for Disease Control": "", "Halden Institutes of Health": actors.Organization, "Department of Rural Services": actors.Organization}},
		{"a people's adjective after its name", "Miners returned to Tembe Indigenous land, said Ana Kora, a Tembe Indigenous leader.",
			map[string]actors.Kind{"Tembe Indigenous": "", "Ana Kora": actors.Person}},
		{"a seat named for two places; a job before Sir", "Reform won the Kessing and Arlow by-election. Pollster Sir Tam Vorley of Strathfen University said so.",
			map[string]actors.Kind{"Kessing and Arlow": actors.Place, "Tam Vorley": actors.Person, "Strathfen University": actors.Organization, "Pollster Sir Tam Vorley": ""}},
		{"a small firm named for its trade", "He steered contracts to Bluefield Paving and Corran Roofing between 2019 and 2023.",
			map[string]actors.Kind{"Bluefield Paving": actors.Organization, "Corran Roofing": actors.Organization}},
		{"a body's name with 'and', followed by 'at'", "She left Norway to join the Institute of Tundra and Coastal Research at the University of Vardø in 1970.",
			map[string]actors.Kind{"Institute of Tundra and Coastal Research": actors.Organization, "Coastal Research": ""}},
		{"a city then a plural is a team", "The Marlow Kestrels will meet the winner of the match between the Leeds Foxhounds and the Perth Stingrays on Sunday.",
			map[string]actors.Kind{"Perth Stingrays": actors.Organization, "Leeds Foxhounds": actors.Organization, "Perth": "", "Leeds": ""}},
		{"a city then a landform or an event is no team", "Fighting resumed near the Perth Hills after the Leeds Talks broke down, and the Vardø Islands were evacuated.",
			map[string]actors.Kind{"Perth Hills": actors.Place, "Vardø Islands": actors.Place, "Leeds Talks": ""}},
		{"a qualifier and one word is a body", "National Waterways said the canal would reopen, and State Mutual paid the claims.",
			map[string]actors.Kind{"National Waterways": actors.Organization, "State Mutual": actors.Organization, "Waterways": "", "Mutual": ""}},
		{"a place's name joined by small words", "She was born in Ashby-de-la-Marne and moved to Henley-upon-Teme, and later lived in Bourton-on-the-Wold.",
			map[string]actors.Kind{"Ashby-de-la-Marne": actors.Place, "Henley-upon-Teme": actors.Place, "Bourton-on-the-Wold": actors.Place, "Ashby": "", "Henley": ""}},
		{"a title after an organisation noun", "The motion will be tabled on Friday, party MP T. Lalitha Arumugam said.",
			map[string]actors.Kind{"T. Lalitha Arumugam": actors.Person, "MP T. Lalitha Arumugam": ""}},
		{"a compass word and a name before a title", "The ferry sank near the shore, East Malvoro Governor Tessa Ibanga said on Friday.",
			map[string]actors.Kind{"East Malvoro": actors.Place, "Tessa Ibanga": actors.Person}},
		{"a firm named for its freight", "The owner of Lakeside Ferries, Omar Bakari, and Tandem Express were questioned.",
			map[string]actors.Kind{"Lakeside Ferries": actors.Organization, "Tandem Express": actors.Organization, "Omar Bakari": actors.Person}},
		{"a barrister's title", "Counsel to the traders, Barrister Chidi Okonkwo-Ibe, said the notice was unlawful.",
			map[string]actors.Kind{"Chidi Okonkwo-Ibe": actors.Person, "Barrister Chidi Okonkwo-Ibe": ""}},
		{"a sum in a currency's letter", "She lost goods worth N2.4 million, and the firm owes R15bn, the M23 said.",
			map[string]actors.Kind{"N2": "", "R15": "", "M23": actors.Organization}},
		{"a firm before its analyst", "Tidewater economist Amy Leung agreed, but Veteran analyst Jo Brandt and Kessling analyst Omar Fadl did not.",
			map[string]actors.Kind{"Tidewater": actors.Organization, "Kessling": actors.Organization, "Amy Leung": actors.Person, "Omar Fadl": actors.Person, "Veteran": ""}},
		{"an exchange code after a company's name", "Brannock Mining (BRNK.N) and Velta AG (VLTG.DE) fell on Friday.",
			map[string]actors.Kind{"Brannock Mining": actors.Organization, "Velta AG": actors.Organization, "BRNK": "", "N": "", "VLTG": "", "DE": ""}},
		{"a capital's name in another state", "The San Jose, California-based company and a firm from Victoria, British Columbia, signed the deal.",
			map[string]actors.Kind{"San Jose": actors.Place, "Costa Rica": "", "Seychelles": "", "British Columbia": actors.Place}},
		{"a plant's name before its modifiers and noun", "No faults were found at the idled Tavora nuclear power plant or the Kessin coal-fired power station.",
			map[string]actors.Kind{"Tavora": actors.Place, "Kessin": actors.Place}},
		{"a prefectural government", "Two people were hurt, according to the Miyagawa prefectural government.",
			map[string]actors.Kind{"Miyagawa prefectural government": actors.Organization, "Miyagawa": actors.Place}},
		{"an air force", "Ukraine's Air Force said 71 drones were downed, and the Task Force agreed.",
			map[string]actors.Kind{"Air Force": actors.Organization, "Task Force": actors.Organization}},
		{"a Spanish or Portuguese state body", "Peru's Contraloría General de la República and the Polícia Federal opened inquiries; the Procuraduría General agreed.",
			map[string]actors.Kind{"Contraloría General de la República": actors.Organization, "Polícia Federal": actors.Organization, "Procuraduría General": actors.Organization, "República": ""}},
		{"a general after a body's word stays a title", "Army General Tomas Ruud and Police General Arif Santoso met on Monday.",
			map[string]actors.Kind{"Tomas Ruud": actors.Person, "Arif Santoso": actors.Person}},
		{"a region's government, but not a country's", "The Queensland government closed the schools, and the Kenya government and the Kenyan government agreed.",
			map[string]actors.Kind{"Queensland government": actors.Organization, "Queensland": actors.Place, "Kenya government": "", "Kenyan government": ""}},
		{"a ministry's portfolios listed with commas", "The Department of Energy, Mines and Water Resources said so, and the Ministry of Health, Velta Power and Unicef agreed.",
			map[string]actors.Kind{"Department of Energy, Mines and Water Resources": actors.Organization, "Ministry of Health": actors.Organization, "Velta Power": actors.Organization}},
		{"a team of two words before its member", "Blue Falcon's Ana Sousa was third, and Red Comet's Tom Kerrigan fourth.",
			map[string]actors.Kind{"Red Comet": actors.Organization, "Blue Falcon": actors.Organization, "Tom Kerrigan": actors.Person, "Ana Sousa": actors.Person}},
		{"a racing team the lexicon knows, opening a sentence", "A red flag stopped the race on lap 20. Red Bull's Ana Sousa was third.",
			map[string]actors.Kind{"Red Bull": actors.Organization, "Bull": "", "Ana Sousa": actors.Person}},
		{"a French body's word", "The Sûreté du Valmont said so, and the Régie des transports agreed.",
			map[string]actors.Kind{"Sûreté du Valmont": actors.Organization}},
		{"a name set off by 'a' place noun", "Residents of Dolnje Brdo, a village of about 600 people, and Ahmed Farouk, a village elder, objected; so did Tarva, a small fishing town in the north.",
			map[string]actors.Kind{"Dolnje Brdo": actors.Place, "Ahmed Farouk": actors.Person, "Tarva": actors.Place}},
		{"a ministry of two portfolios, the first a body's suffix", "Serbia's Ministry of Mining and Energy said the mine was safe.",
			map[string]actors.Kind{"Ministry of Mining and Energy": actors.Organization, "Energy": ""}},
		{"a hospital group and a station's channel number", "Four were treated at UV Health in the capital, a neighbor told WKRZ News 12 on Tuesday.",
			map[string]actors.Kind{"UV Health": actors.Organization, "WKRZ News 12": actors.Organization}},
		{"a Malay name with binti, and a court opening a sentence", "It was a high-profile case. High Court judge Datuk Aminah binti Yusof acquitted him.",
			map[string]actors.Kind{"Aminah binti Yusof": actors.Person, "High Court": actors.Organization, "Aminah": ""}},
		{"a title's abbreviations with their periods", "An army spokesperson, Lt. Col. Dana Ravid, said so.",
			map[string]actors.Kind{"Dana Ravid": actors.Person, "Lt": "", "Lt.": ""}},
		{"a body's name ending in a qualifier title", "The minister told Velta Radio National on Monday that the review would take a year.",
			map[string]actors.Kind{"Velta Radio National": actors.Organization}},
		{"a body's initials and its branch's place; a court's circuit", "The ACLU of Ohio sued, and the 6th U.S. Circuit Court of Appeals will hear it.",
			map[string]actors.Kind{"ACLU of Ohio": actors.Organization, "6th U.S. Circuit Court of Appeals": actors.Organization, "Ohio": actors.Place, "ACLU": ""}},
		{"a club's name opening with Club", "Club Varnhem beat Sporting Lindau 2-1 on Wednesday.",
			map[string]actors.Kind{"Club Varnhem": actors.Organization}},
		{"a series is an event, not a title's holder", "They reached the final of the Twenty20 Premier Series, the captain said.",
			map[string]actors.Kind{"Series": "", "Premier Series": ""}},
		{"a person of a body after a body's name and 'and'; a campus after 'at'", "The team, led by Ana Ruiz of the University of Velden and Tom Arlo of the Harlan Institute, and Mia Stone of the University of Texas at Austin, agreed.",
			map[string]actors.Kind{"Tom Arlo": actors.Person, "University of Velden": actors.Organization, "University of Texas at Austin": actors.Organization}},
		{"the first half of a portfolio before 'and'", "Climate Crisis and Civil Protection Minister Nikos Varda said the next days were critical, and Ilya Orlov and Defence Minister Ivo Kant agreed.",
			map[string]actors.Kind{"Climate Crisis": "", "Nikos Varda": actors.Person, "Ilya Orlov": actors.Person, "Ivo Kant": actors.Person}},
		{"a body after a consultancy's or a brokerage's noun", "Ana Baig, an economist at Buenos Aires consultancy Ecomar Plus, agreed with the brokerage Nova Ruta.",
			map[string]actors.Kind{"Ecomar Plus": actors.Organization, "Nova Ruta": actors.Organization, "Ana Baig": actors.Person}},
		{"a unit's number is part of its name", "The 93rd Separate Mountain Brigade and the 3rd Assault Battalion held the line, officials said.",
			map[string]actors.Kind{"93rd Separate Mountain Brigade": actors.Organization, "3rd Assault Battalion": actors.Organization}},
		{"the surname He, an operating system, a company's unit", "Consumer chief He Lanfang said the phone runs Tarvex's own Nimbus OS and a chip from its CoreLab unit.",
			map[string]actors.Kind{"He Lanfang": actors.Person, "Nimbus OS": "", "CoreLab": actors.Organization}},
		{"'on' inside a body's name, but not a weekday after it", "The Varna Commission on Human Rights said so, and the Council on Foreign Relations agreed; the Committee on Monday met.",
			map[string]actors.Kind{"Varna Commission on Human Rights": actors.Organization, "Council on Foreign Relations": actors.Organization, "Human Rights": "", "Committee on Monday": ""}},
		{"a department named for its portfolios and its country", "Environment and Climate Change Canada warned of heat, and Fisheries and Oceans Canada closed the bay.",
			map[string]actors.Kind{"Environment and Climate Change Canada": actors.Organization, "Fisheries and Oceans Canada": actors.Organization, "Climate Change": "", "Environment and Climate Change": ""}},
		{"a ship's name, after its prefix or a ship's noun", "The destroyer HMS Talbot Reyes escorted the tanker Marlow Grace past the BRP Luz Almonte on Friday.",
			map[string]actors.Kind{"HMS Talbot Reyes": "", "Talbot Reyes": "", "Marlow Grace": "", "BRP Luz Almonte": "", "Luz Almonte": ""}},
		{"a place's word in Spanish, Malay or pinyin", "Boats left Isla de Carmona on Monday and reached Pulau Rendang, passing Qiongsha Dao and the Tavor Shoal.",
			map[string]actors.Kind{"Isla de Carmona": actors.Place, "Pulau Rendang": actors.Place, "Qiongsha Dao": actors.Place, "Tavor Shoal": actors.Place}},
	}
	for _, tt := range tests {
		s := extractText(t, tt.text)
		for name, kind := range tt.want {
			a := find(s, name)
			switch {
			case kind == "" && a != nil && keyOf(a.Name) == keyOf(name):
				t.Errorf("%s: Actors(%q) has an actor %q (%s), want none of that name", tt.rule, tt.text, a.Name, a.Kind)
			case kind != "" && a == nil:
				t.Errorf("%s: Actors(%q) has no %q; it has %v", tt.rule, tt.text, name, names(s))
			case kind != "" && a.Kind != kind:
				t.Errorf("%s: Actors(%q): %q is a %s, want a %s", tt.rule, tt.text, name, a.Kind, kind)
			}
		}
	}
}

func names(s *actors.Set) []string {
	var out []string
	for _, a := range s.Actors {
		out = append(out, a.Name+" ("+string(a.Kind)+")")
	}
	return out
}

// TestSpellingsAcrossArticles: one person spelled two ways by two outlets
// is one actor; two people who share a surname are two.
func TestSpellingsAcrossArticles(t *testing.T) {
	lead := "Officials gave new figures on Monday as the talks went on in the city for a third straight day.\n\n"
	texts := []string{
		"First report\n\n" + lead + "Commander Yasir Nourein signed the truce for his forces, and Leila Haddad watched for the mediators.\n",
		"Second report\n\n" + lead + "Commander Yasir Nourain signed the truce, while Samir Haddad, a lawyer, said the terms were vague.\n",
	}
	c := &corpus.Corpus{}
	for i, text := range texts {
		c.Articles = append(c.Articles, parseArticle(t, string(rune('a'+i))+".txt", text))
	}
	s := Actors(c)
	n := find(s, "Yasir Nourein")
	if n == nil || n != find(s, "Yasir Nourain") || len(n.Mentions) != 2 {
		t.Errorf("Yasir Nourein and Yasir Nourain are not one actor named in both articles: %v", names(s))
	}
	if l, m := find(s, "Leila Haddad"), find(s, "Samir Haddad"); l == nil || m == nil || l == m {
		t.Errorf("Leila Haddad and Samir Haddad are not two actors: %v", names(s))
	}
}

// TestOnePersonAcrossOutlets: a name whose words one outlet runs together
// and another splits, spelled a little differently, is one person; so is
// a two-word name written surname first by one outlet ("Kazama Ren") and
// given name first by another, when the articles tell one story. A
// brother of the same surname, two names that differ only in vowels
// ("Dan Petersen", "Diane Petersen") and two words swapped in unrelated
// articles ("Lee Jordan", "Jordan Lee") stay two people.
func TestOnePersonAcrossOutlets(t *testing.T) {
	tests := []struct {
		rule        string
		texts       []string // file name, then text
		same, apart [][2]string
	}{
		{"a name split and spelled otherwise", []string{
			"a.txt", "Engineer freed\n\nThe engineer Mohammed Abdulrahman al-Qadhi was flown home on Sunday, and Dan Petersen, a diplomat, met him.\n",
			"b.txt", "Detained engineer released\n\nMuhammad Abdul Rahman al-Qadi arrived home on Sunday. His brother, Abdullah al-Qadi, thanked Diane Petersen, an envoy.\n"},
			[][2]string{{"Mohammed Abdulrahman al-Qadhi", "Muhammad Abdul Rahman al-Qadi"}},
			[][2]string{{"Abdullah al-Qadi", "Muhammad Abdul Rahman al-Qadi"}, {"Dan Petersen", "Diane Petersen"}}},
		{"a given name split inside", []string{
			"a.txt", "Premier holds talks\n\nPrime Minister Abdul Karim Zwaibah met the envoy in Tripoli on Monday, and Sara Lindqvist, a diplomat, joined them.\n",
			"b.txt", "Talks in Tripoli\n\nAbdelkarim Zwaibah met the envoy on Monday, as did Sarah Lindqvist, her deputy.\n"},
			[][2]string{{"Abdul Karim Zwaibah", "Abdelkarim Zwaibah"}},
			[][2]string{{"Sara Lindqvist", "Sarah Lindqvist"}}},
		{"an Arabic surname with and without its article and its final h", []string{
			"a.txt", "Premier holds talks\n\nPrime Minister Abdul Karim Zwaibah met the envoy in Tripoli on Monday.\n",
			"b.txt", "Envoy in Tripoli\n\nPremier Abdul-Karim al-Zwaiba received the envoy on Monday.\n"},
			[][2]string{{"Abdul Karim Zwaibah", "Abdul-Karim al-Zwaiba"}},
			nil},
		{"a name in both orders", []string{
			"a.txt", "Party picks leader\n\nThe Liberal Democratic Party in Tokyo elected Kazama Ren as leader on Wednesday. Kazama won 214 votes.\n",
			"b.txt", "LDP elects Ren Kazama\n\nThe Liberal Democratic Party elected Ren Kazama on Wednesday in Tokyo, and Kazama thanked lawmakers.\n",
			"c.txt", "Bakery opens\n\nThe baker Lee Jordan opened a shop in Harwich on Saturday.\n",
			"d.txt", "Chess final\n\nThe chess player Jordan Lee won the county final in Dunmore on Sunday.\n"},
			[][2]string{{"Kazama Ren", "Ren Kazama"}},
			[][2]string{{"Lee Jordan", "Jordan Lee"}}},
		{"one office's holder spelled two ways", []string{
			"a.txt", "Mediators meet in Cairo\n\nLibyan Foreign Minister Badr Mansouri said on Monday that the talks would resume. Libyan President Abdel-Karim al-Sufi met the envoys.\n",
			"b.txt", "Truce talks resume\n\nLibyan Foreign Minister Bader Mansuri told reporters the mediators were close. Libyan President Abdel Karim el-Souffi thanked them, and the minister Nabil Mansouri, his cousin, stayed away.\n"},
			[][2]string{{"Badr Mansouri", "Bader Mansuri"}, {"Abdel-Karim al-Sufi", "Abdel Karim el-Souffi"}},
			[][2]string{{"Nabil Mansouri", "Bader Mansuri"}}},
		{"one office's holder romanised two ways, the office with and without its country", []string{
			"a.txt", "Weekly briefing\n\nTEHRAN, Dec. 1 (MNA) \u2013 Foreign Ministry Spokesman Hamidreza Gholfarani answered questions on Monday.\n",
			"b.txt", "Talks depend on relief\n\nTEHRAN, Dec. 1 (IRNA) -- Iran's Foreign Ministry spokesman Hamid Reza Qolfarani says talks may resume. Deputy Minister Hamid Golfarin disagreed.\n"},
			[][2]string{{"Hamidreza Gholfarani", "Hamid Reza Qolfarani"}},
			[][2]string{{"Hamid Golfarin", "Hamid Reza Qolfarani"}}},
		{"a descendant's title opening one agency's spelling of a name", []string{
			"a.txt", "Minister to visit China\n\nForeign Minister Abbas Gholfarani will travel to Beijing next week.\n",
			"b.txt", "Minister's trip confirmed\n\nForeign Minister Seyed Abbas Gholfarani will visit China next week, and Syed Ali Raza met him.\n"},
			[][2]string{{"Abbas Gholfarani", "Seyed Abbas Gholfarani"}},
			[][2]string{{"Syed Ali Raza", "Abbas Gholfarani"}}},
		{"a name the person was born with, after a lone word that names no one", []string{
			"a.txt", "Pontiff appeals for Darfur\n\nPope Gregory XVII called on Sunday for the fighting to stop. Speaking after the Angelus prayer, the 70-year-old pope, born Tomasz Brennick in Chicago, asked for aid.\n",
			"b.txt", "Pope Gregory XVII urges truce\n\nPope Gregory XVII appealed on Sunday for a ceasefire in Sudan.\n"},
			[][2]string{{"Tomasz Brennick", "Gregory XVII"}},
			nil},
		{"a second surname one outlet leaves out", []string{
			"a.txt", "Cartel financier arrested\n\nMexican prosecutors said Patricia Velarde Montaño, a federal judge, ordered Héctor Manuel Ruvalcaba Beltrán held. Juan Pérez Jr. testified.\n",
			"b.txt", "Who is the man Washington wanted\n\nJudge Patricia Velarde signed the order, and Héctor Manuel Ruvalcaba was flown to the capital. Juan Pérez, his father, was not charged.\n"},
			[][2]string{{"Patricia Velarde Montaño", "Patricia Velarde"}, {"Héctor Manuel Ruvalcaba Beltrán", "Héctor Manuel Ruvalcaba"}},
			[][2]string{{"Juan Pérez Jr.", "Juan Pérez"}}},
		{"a pope with his number and without", []string{
			"a.txt", "Pontiff appeals for calm\n\nPope Gregory called on Sunday for the fighting to stop.\n",
			"b.txt", "Pope urges truce\n\nGregory XVII appealed on Sunday for a ceasefire in Sudan.\n"},
			[][2]string{{"Gregory", "Gregory XVII"}},
			nil},
		{"a Korean given name with its hyphen and without", []string{
			"a.txt", "Party picks floor leader\n\nThe Democratic Party elected Park Min-seo as floor leader on Wednesday, and Park thanked lawmakers.\n",
			"b.txt", "Lee ally to lead Democrats\n\nThe Democratic Party chose Park Minseo, a former labour lawyer, as its leader in parliament on Wednesday.\n"},
			[][2]string{{"Park Min-seo", "Park Minseo"}},
			nil},
	}
	for _, tt := range tests {
		s := Actors(corpusOf(t, tt.texts...))
		for _, p := range tt.same {
			if a := find(s, p[0]); a == nil || a != find(s, p[1]) || len(a.Mentions) != 2 {
				t.Errorf("%s: %s and %s are not one person named in both articles: %v", tt.rule, p[0], p[1], names(s))
			}
		}
		for _, p := range tt.apart {
			if a := find(s, p[0]); a == nil || a == find(s, p[1]) {
				t.Errorf("%s: %s and %s are not two people: %v", tt.rule, p[0], p[1], names(s))
			}
		}
	}
}

// TestDepartmentIsNoOnesSurname: a department of Colombia named after
// "the department of" is a place, though another article names a person
// whose alias ends in its name.
func TestDepartmentIsNoOnesSurname(t *testing.T) {
	a := parseArticle(t, "talks.txt", "Talks resume\n\nThe talks were suspended in May after an ELN attack in the department of Arauca killed three soldiers.\n")
	b := parseArticle(t, "deal.txt", "Hostages to be freed\n\nThe ELN's delegation, led by a commander known by the alias \"Tomás Arauca\", said it agreed.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a, b}})
	for _, act := range s.Actors {
		if act.Kind == actors.Person && act.Mentions["talks"] > 0 {
			t.Errorf("%s (person) is named in talks.txt, want Arauca a place there; actors %v", act.Name, names(s))
		}
	}
}

// TestGroupPluralAndCapitalCity: a group's name and its plural are one
// body ("the Tamrins", "a Tamrin spokesman"); a capital held or taken, or
// a dateline's capital before its country, is the city, no alias of its
// country's government.
func TestGroupPluralAndCapitalCity(t *testing.T) {
	s := Actors(corpusOf(t,
		"a.txt", "Tamrin rebels free aid worker\n\nMuscat, Oman - The Tamrins, who control Bamako, freed the worker on Sunday, and a Tamrin spokesman said talks would follow. Officials in Mali and Oman welcomed the release.\n"))
	if g := find(s, "Tamrins"); g == nil || g != find(s, "Tamrin") || g.Kind != actors.Organization {
		t.Errorf("the Tamrins and Tamrin are not one body: %v", names(s))
	}
	for _, city := range []string{"Bamako", "Muscat"} {
		if c := find(s, city); c == nil || c.Name != city || c.Kind != actors.Place {
			t.Errorf("%s is not a city of its own: %v", city, names(s))
		}
	}
}

// TestTransliteratedNames: a Ukrainian outlet's "Oleksiy Hnatyuk" in
// "Kharkiv" is a Russian agency's "Alexei Hnatyuk" in "Kharkov": one
// person and one place; "Oleksiy Hnatyuk" and "Oleg Hnatyuk" are two.
func TestTransliteratedNames(t *testing.T) {
	c := &corpus.Corpus{Articles: []*corpus.Article{
		parseArticle(t, "a.txt", "Power cut in the region\n\nGovernor Oleksiy Hnatyuk said the strike in Kharkiv cut power to 90,000 homes overnight.\n"),
		parseArticle(t, "b.txt", "Energy site struck\n\nThe governor of the region, Alexei Hnatyuk, said power was cut in Kharkov, and his deputy Oleg Hnatyuk agreed.\n"),
	}}
	s := Actors(c)
	if a := find(s, "Oleksiy Hnatyuk"); a == nil || a != find(s, "Alexei Hnatyuk") || len(a.Mentions) != 2 {
		t.Errorf("Oleksiy and Alexei Hnatyuk are not one person named in both articles: %v", names(s))
	}
	if o := find(s, "Oleg Hnatyuk"); o == nil || o == find(s, "Oleksiy Hnatyuk") {
		t.Errorf("Oleg Hnatyuk is not a person of his own: %v", names(s))
	}
	if k := find(s, "Kharkiv"); k == nil || k != find(s, "Kharkov") || k.Kind != actors.Place {
		t.Errorf("Kharkiv and Kharkov are not one place: %v", names(s))
	}
}

// TestLoneNameOfABody: a lone word that begins the name of a body the
// article names is that body, not a person of that surname whom only
// another article names.
func TestLoneNameOfABody(t *testing.T) {
	s := Actors(corpusOf(t,
		"mayor.txt", "Mayor backs ballpark\n\nMayor Denise Harlow said on Monday that the city council would vote on the ballpark bonds in February.\n",
		"match.txt", "City win at home\n\nDunmore City beat Harlow Athletic 3-1 on Saturday. Harlow had gone ahead early, and a former Harlow defender scored for City late on.\n"))
	harlow := find(s, "Denise Harlow")
	if harlow == nil || harlow.Mentions["match"] != 0 {
		t.Errorf("Denise Harlow = %+v, want her named in mayor.txt only", harlow)
	}
	club := find(s, "Harlow Athletic")
	if club == nil || club.Kind != actors.Organization || club.Mentions["match"] != 3 {
		t.Errorf("Harlow Athletic = %+v, want an organisation named three times in match.txt; actors %v", club, names(s))
	}
}

// TestGazetteerCities: a city of the gazetteer, or a state or province
// of two words or more (subdivisions.go), is a place with no other cue,
// and a surname that is also a city stays the person's.
func TestGazetteerCities(t *testing.T) {
	// Rules that know a city by the gazetteer.
	for _, tt := range []struct {
		rule, text string
		want       map[string]actors.Kind
	}{
		{"a city's possessive before a place's name", "Relatives gathered at Tel Aviv's Hostages Square on Saturday night, organizers said.",
			map[string]actors.Kind{"Tel Aviv": actors.Place, "Hostages Square": actors.Place, "Tel Aviv's Hostages Square": ""}},
		{"a state or province of two words", "Mato Grosso declared an emergency, and Himachal Pradesh Chief Minister Arvind Kesari sent help.",
			map[string]actors.Kind{"Mato Grosso": actors.Place, "Himachal Pradesh": actors.Place, "Arvind Kesari": actors.Person}},
		{"a club met again by its city's name", "Sporting Valladolid have signed the striker Tomas Ibarrola. Former Valladolid players praised the deal, and Valladolid host Granada Atletico on Sunday.",
			map[string]actors.Kind{"Sporting Valladolid": actors.Organization, "Tomas Ibarrola": actors.Person, "Valladolid": ""}},
		{"a team met again by its nickname", "Dimitris Antonakos had 28 points as the Milwaukee Bucks lost in Boston. It was the third defeat in four games for the Bucks, who travel next.",
			map[string]actors.Kind{"Milwaukee Bucks": actors.Organization, "Dimitris Antonakos": actors.Person, "Bucks": ""}},
	} {
		s := extractText(t, tt.text)
		for name, kind := range tt.want {
			a := find(s, name)
			switch {
			case kind == "" && a != nil && keyOf(a.Name) == keyOf(name):
				t.Errorf("%s: Actors(%q) has an actor %q (%s), want none of that name", tt.rule, tt.text, a.Name, a.Kind)
			case kind != "" && (a == nil || a.Kind != kind):
				t.Errorf("%s: Actors(%q): %q is %v, want a %s; it has %v", tt.rule, tt.text, name, a, kind, names(s))
			}
		}
	}
	// The English name of a city GeoNames gives in its own language.
	if s := extractText(t, "She conceded that Antwerp is cheaper for shippers than any port in the region."); find(s, "Antwerp") == nil || find(s, "Antwerp").Kind != actors.Place {
		t.Errorf("Antwerp is no place: %v", names(s))
	}
	s := extractText(t, "Arequipa recorded its hottest day on Monday, and Ciudad Guayana ran short of water. Mayor Tom Jackson said the pumps would run all night. Jackson said more tankers were coming.")
	for name, kind := range map[string]actors.Kind{"Arequipa": actors.Place, "Ciudad Guayana": actors.Place, "Tom Jackson": actors.Person, "Jackson": actors.Person} {
		if a := find(s, name); a == nil || a.Kind != kind {
			t.Errorf("%q = %+v, want a %s; actors %v", name, a, kind, names(s))
		}
	}
}

// TestInitialsAreTheBody: initials in brackets after a body's name are
// that body wherever the corpus uses them.
func TestInitialsAreTheBody(t *testing.T) {
	// The legal form left out of the initials.
	if s := extractText(t, "The index includes Vantor Micro Devices Inc. and others. VMD led the rally on Monday."); find(s, "VMD") == nil || find(s, "VMD") != find(s, "Vantor Micro Devices Inc") {
		t.Errorf("VMD is not Vantor Micro Devices Inc.; actors %v", names(s))
	}
	s := extractText(t, "Jane Roe, an economist at the Institute for Fiscal Studies (IFS), spoke. The IFS said the freeze would cost money.")
	ifs := find(s, "Institute for Fiscal Studies")
	if ifs == nil || ifs.Total() != 3 || find(s, "IFS") != ifs {
		t.Errorf("Institute for Fiscal Studies = %+v, want one body named three times, IFS among its names; actors %v", ifs, names(s))
	}
	// Initials with no brackets, of a body the same article names.
	s = extractText(t, "States sued the Environmental Protection Agency on Tuesday. EPA Administrator Denise Falcone said the rule was lawful.")
	if epa := find(s, "Environmental Protection Agency"); epa == nil || find(s, "EPA") != epa {
		t.Errorf("EPA is not the Environmental Protection Agency; actors %v", names(s))
	}
	// Initials of another language.
	s = extractText(t, "The Superior Audit Office (ASF) said in a report that the ASF had found irregular contracts.")
	if asf := find(s, "Superior Audit Office"); asf == nil || asf.Total() != 3 || find(s, "ASF") != asf {
		t.Errorf("Superior Audit Office = %+v, want one body named three times; actors %v", asf, names(s))
	}
}

// TestWorksAndInitialsAcrossArticles: a series' title that one article
// gives after a work's noun names no one in another article either; a
// body's initials written as a word ("Rada", as British outlets write
// RADA) that the lexicon gives another body are the body of the corpus
// they spell.
func TestWorksAndInitialsAcrossArticles(t *testing.T) {
	s := Actors(parsedCorpus(t,
		"Actor dies at 88\n\nLONDON (AP) — Ena Marchbank, best known as the desk sergeant in Harbour Lights, which ran on ITV, trained at the Royal Academy of Dramatic Art.\n",
		"Ena Marchbank obituary\n\nEna Marchbank, who has died aged 88, starred in the ITV drama Harbour Lights. She won a scholarship to Rada in 1956.\n",
	))
	if a := find(s, "Harbour Lights"); a != nil {
		t.Errorf("the series' title is an actor %q (%s) in %v", a.Name, a.Kind, a.Mentions)
	}
	if rada := find(s, "Royal Academy of Dramatic Art"); rada == nil || find(s, "Rada") != rada {
		t.Errorf("Rada is not the Royal Academy of Dramatic Art; actors %v", names(s))
	}
	if a := find(s, "Verkhovna Rada"); a != nil {
		t.Errorf("Rada is Ukraine's parliament: %v", a.Mentions)
	}
	// A biopic's title in one article leaves the person of that name a
	// person in another.
	s = Actors(parsedCorpus(t,
		"Biopic opens\n\nThe biopic Maria Delcourt opened in 300 cinemas on Friday and took $4 million.\n",
		"Soprano remembered\n\nMaria Delcourt sang at the Paris Opera for thirty years and taught in Lyon until her death.\n",
	))
	if a := find(s, "Maria Delcourt"); a == nil || a.Kind != actors.Person || a.Mentions["a1"] == 0 {
		t.Errorf("Maria Delcourt = %+v, want the soprano of the second article; actors %v", a, names(s))
	}
}

// TestDeclaredCandidates: a returning officer's declaration lists each
// candidate as "SURNAME, Given Names, Party – votes": one person named
// in the usual order, the same person as the report naming her without
// her middle name.
func TestDeclaredCandidates(t *testing.T) {
	s := Actors(parsedCorpus(t,
		"Greens take Ashby Central\n\nImogen Tarrow-Pryce of the Green Party won the by-election, and Kevin Aldwick of Labour came second, the council said.\n",
		"Declaration of result\n\nThe Returning Officer declared that the votes cast for each candidate were as follows:\n\nALDWICK, Kevin John, Labour Party – 1,107\n\nTARROW-PRYCE, Imogen, Green Party – 1,842\n\nNAIDOO, Anjali, Independent – 212\n\nImogen Tarrow-Pryce was duly elected as councillor.\n",
	))
	for _, tt := range []struct{ full, other string }{
		{"Kevin John Aldwick", "Kevin Aldwick"},
		{"Imogen Tarrow-Pryce", "TARROW-PRYCE, Imogen"},
	} {
		if a := find(s, tt.full); a == nil || a.Kind != actors.Person || find(s, tt.other) != a || a.Mentions["a1"] == 0 {
			t.Errorf("%s = %+v, want one person, also %q, named in the declaration; actors %v", tt.full, a, tt.other, names(s))
		}
	}
	if a := find(s, "Anjali Naidoo"); a == nil || a.Kind != actors.Person {
		t.Errorf("the candidate with a given name the English lists lack is not a person; actors %v", names(s))
	}
	for _, w := range []string{"ALDWICK", "Aldwick", "Naidoo", "Kevin John"} {
		if a := find(s, w); a != nil && a.Name == w {
			t.Errorf("%q is an actor of its own (%s)", w, a.Kind)
		}
	}
}

// TestSeatInAHeadline: an electoral area named in a headline before
// "seat" is a place.
func TestSeatInAHeadline(t *testing.T) {
	s := Actors(parsedCorpus(t, "Lib Dems take Marrowby seat from Conservatives in council by-election\n\nThe Liberal Democrats have won a seat on the county council from the Conservatives in a by-election on Thursday.\n"))
	if a := find(s, "Marrowby"); a == nil || a.Kind != actors.Place {
		t.Errorf("Marrowby = %+v, want the place whose seat was won; actors %v", a, names(s))
	}
}

// TestClubByItsCityAcrossArticles: a club that one article names in full
// ("Bristol City") and another by its city alone is one club; the city
// of another story stays a place.
func TestClubByItsCityAcrossArticles(t *testing.T) {
	s := Actors(parsedCorpus(t,
		"Signing\n\nBristol City have signed the defender Ruben Alcott-Vale, the Championship club said. The Bristol boss praised him.\n",
		"Winning run\n\nThe Bristol boss called the defender a leader after Bristol won a third game in a row.\n",
		"Cyclist hurt\n\nA cyclist was injured in a crash in Bristol on Monday, and police said the driver stopped at the scene.\n",
	))
	club := find(s, "Bristol City")
	if club == nil || club.Kind != actors.Organization || club.Mentions["a0"] == 0 || club.Mentions["a1"] == 0 {
		t.Errorf("Bristol City = %+v, want the club named in both articles about it; actors %v", club, names(s))
	}
	if city := find(s, "Bristol"); city == nil || city == club || city.Kind != actors.Place || city.Mentions["a2"] == 0 || city.Mentions["a0"]+city.Mentions["a1"] > 0 {
		t.Errorf("Bristol = %+v, want the city of the third article only; actors %v", city, names(s))
	}
	// A club named by its city alone after "from" in a transfer is a
	// club of its own, apart from the city of another story; a city
	// beside its team's full name in one article is that team.
	s = Actors(parsedCorpus(t,
		"Signing\n\nThe Bristol boss said the defender Ruben Alcott-Vale had joined from Lyon on a three-year deal.\n",
		"Festival\n\nThousands filled the streets of Lyon on Saturday for the festival of lights, the city said.\n",
		"Celtics lose\n\nThe Portland Trail Blazers beat the Boston Celtics 110-104, and Boston coach Joe Marlow-Fenn said his side lost its way.\n",
	))
	var clubs, cities int
	for _, act := range s.Actors {
		if act.Name == "Lyon" && act.Kind == actors.Organization && act.Mentions["a0"] > 0 && act.Mentions["a1"] == 0 {
			clubs++
		}
		if act.Name == "Lyon" && act.Kind == actors.Place && act.Mentions["a1"] > 0 && act.Mentions["a0"] == 0 {
			cities++
		}
	}
	if clubs != 1 || cities != 1 {
		t.Errorf("want Lyon the club of the signing and Lyon the city of the festival apart; actors %v", names(s))
	}
	if team := find(s, "Boston Celtics"); team == nil || find(s, "Boston") != team {
		t.Errorf("Boston is not the Boston Celtics in their article; actors %v", names(s))
	}
}

// TestBodyWithAndWithoutItsCountry: one body, named with its country in
// one article and without it in another, under the same initials in
// brackets, is one body; a creed's adjective before it is no name of it.
func TestBodyWithAndWithoutItsCountry(t *testing.T) {
	s := Actors(parsedCorpus(t,
		"Talks open\n\nThe Progressive Labour Party (PLP) said on Monday that talks with the Christian reformist PLP party had begun.\n",
		"Talks go on\n\nThe Progressive Labour Party of Portugal (PLP) said on Tuesday that the talks would resume.\n",
	))
	plp := find(s, "Progressive Labour Party")
	if plp == nil || find(s, "Progressive Labour Party of Portugal") != plp || find(s, "PLP") != plp {
		t.Errorf("Progressive Labour Party = %+v, want one body with its country's name and its initials; actors %v", plp, names(s))
	}
	if plp != nil && containsFold(plp.Aliases, "Christian") {
		t.Errorf("Progressive Labour Party has the alias Christian: %v", plp.Aliases)
	}
	if a := find(s, "Christian"); a != nil {
		t.Errorf("the creed's adjective is an actor %q (%s)", a.Name, a.Kind)
	}
	s = Actors(parsedCorpus(t,
		"Clearance\n\nVelmara said it had clearance from the U.S. Federal Trade Commission on Tuesday.\n",
		"Clearance again\n\nThe Federal Trade Commission (FTC) cleared the deal on Tuesday, Velmara said.\n",
	))
	if a := find(s, "Federal Trade Commission"); a == nil || a != find(s, "U.S. Federal Trade Commission") {
		t.Errorf("the U.S. Federal Trade Commission and the Federal Trade Commission are two; actors %v", names(s))
	}
}

// TestBodyWithAndWithoutItsPlace: a body named with its state in one
// article and without it in another of the same story is one; in
// another story, or with two states' bodies of the name, it stays apart.
func TestBodyWithAndWithoutItsPlace(t *testing.T) {
	s := Actors(parsedCorpus(t,
		"Wells tested\n\nThe Louisiana Department of Environmental Quality found benzene in wells near the refinery, resident Darlene Thibodeaux said on Monday.\n",
		"Families sue\n\nThe state Department of Environmental Quality ordered filters for 200 homes, Darlene Thibodeaux said on Tuesday.\n",
		"Another story\n\nThe Department of Environmental Quality fined a landfill on Friday, its director Paul Ostrander said.\n",
	))
	full := find(s, "Louisiana Department of Environmental Quality")
	if full == nil || full.Mentions["a1"] == 0 {
		t.Errorf("the state's department is not one body in the story's two articles: %+v; actors %v", full, names(s))
	}
	if full != nil && full.Mentions["a2"] != 0 {
		t.Errorf("another story's department was taken for the state's: %+v", full)
	}
	s = Actors(parsedCorpus(t,
		"Wells tested\n\nThe Louisiana Department of Environmental Quality and the Texas Department of Environmental Quality found benzene, Darlene Thibodeaux said.\n",
		"Families sue\n\nThe Department of Environmental Quality ordered filters, Darlene Thibodeaux said.\n",
	))
	if a := find(s, "Department of Environmental Quality"); a == nil || a == find(s, "Louisiana Department of Environmental Quality") {
		t.Errorf("with two states' departments the short name was given one of them; actors %v", names(s))
	}
}

// TestSurnameSpelledAnotherWay: a lone surname spelled a letter apart
// from the surname of the one person its article names in full is that
// person, and the spelling is among their names.
func TestSurnameSpelledAnotherWay(t *testing.T) {
	s := extractText(t, "Veteran batter Anselo Marthews retired on Sunday. In 119 Tests, Marthhews scored 8,000 runs, and Marthews thanked the fans.")
	a := find(s, "Anselo Marthews")
	if a == nil || a.Total() != 3 || !containsFold(a.Aliases, "Marthhews") {
		t.Errorf("Anselo Marthews = %+v, want one person named three times, Marthhews among the names; actors %v", a, names(s))
	}
}

// TestTitleCaseLineOfTheBody: a related story's headline listed in the
// body, every word capitalised, names no one by its common words.
func TestTitleCaseLineOfTheBody(t *testing.T) {
	s := extractText(t, "Ravel Vs Corin: Fan With Snakes And Monkey In Attendance Takes ‘Snake Derby’ To An Extreme Level\n\nHead Coach Tomas Reyl: keeper Ivo Marsh has signed for Harlow Town on a short-term deal.")
	for _, name := range []string{"Extreme Level", "Fan With Snakes And Monkey In Attendance Takes", "Fan", "Monkey"} {
		if a := find(s, name); a != nil && keyOf(a.Name) == keyOf(name) {
			t.Errorf("the title-case line has an actor %q (%s); actors %v", a.Name, a.Kind, names(s))
		}
	}
}

// TestCapitalDatelineIsTheCity: a capital opening the first paragraph
// before a dash, or in capitals, is the city the story was filed from,
// not its country's government.
func TestCapitalDatelineIsTheCity(t *testing.T) {
	for _, text := range []string{
		"Nairobi — The ministry said the protests in Kenya were planned, and there was an attack on the office of the CJ.",
		"TOKYO, July 21 Kyodo - The ministry said the vote in Japan was close.",
	} {
		s := extractText(t, text)
		city := strings.Fields(text)[0]
		city = strings.TrimSuffix(city, ",")
		if a := find(s, city); a == nil || keyOf(a.Name) != keyOf(city) {
			t.Errorf("%q: the dateline %s is %v, want the city; actors %v", text, city, a, names(s))
		}
		if a := find(s, "CJ"); a != nil {
			t.Errorf("%q: a chief justice's initials are an actor %q (%s)", text, a.Name, a.Kind)
		}
	}
}

// TestCapitalInAnAddressIsTheCity: a capital ending an address after a
// comma is the city, not its country's government.
func TestCapitalInAnAddressIsTheCity(t *testing.T) {
	s := extractText(t, "The jury heard that Reyes, of Poplar Close, Nether Barnby, London, approached the sister of a defendant.")
	if a := find(s, "London"); a == nil || a.Name != "London" {
		t.Errorf("London in an address is %v, want the city; actors %v", a, names(s))
	}
}

// TestShipOfTheTextInTheHeadline: a ship the text names in a list of
// ships is no place in the headline either.
func TestShipOfTheTextInTheHeadline(t *testing.T) {
	s := Actors(parsedCorpus(t,
		"Rebels claim attacks on Dorla Bay and two other vessels\n\nThe rebels said on Tuesday they had hit the commercial ships Dorla Bay, Kestrel Moon and Tavi Star.\n",
	))
	for _, name := range []string{"Dorla Bay", "Kestrel Moon", "Tavi Star"} {
		if a := find(s, name); a != nil {
			t.Errorf("the ship %s is an actor %q (%s); actors %v", name, a.Name, a.Kind, names(s))
		}
	}
}

// TestShortNameOfABody: a lone word ending the name of the one body of
// the lexicon the article names so is its short name; a chamber's word
// is not.
func TestShortNameOfABody(t *testing.T) {
	// A name written with and without a hyphen is one body.
	if s := extractText(t, "History was made as the Space-Y rocket lifted off from Florida, and Ivo Tamm, the SpaceY founder, said the crew was safe."); find(s, "Space-Y") == nil || find(s, "Space-Y") != find(s, "SpaceY") {
		t.Errorf("Space-Y and SpaceY are two; actors %v", names(s))
	}
	s := extractText(t, "Manchester City beat Aston Villa 2-1 on Saturday, and City held on after Tomas Reyl pulled one back for Villa.")
	for short, full := range map[string]string{"City": "Manchester City", "Villa": "Aston Villa"} {
		if a, b := find(s, short), find(s, full); a == nil || a != b || a.Total() != 2 {
			t.Errorf("%s is %v, %s %v: want one body named twice; actors %v", short, a, full, b, names(s))
		}
	}
	s = extractText(t, "The bill now goes to the White House. The House approved it on Thursday, and Speaker Ana Reyl said so.")
	if a, b := find(s, "House"), find(s, "White House"); a != nil && a == b {
		t.Errorf("the House is the White House; actors %v", names(s))
	}
}

// TestPartyByItsCommonInitials: a party the lexicon knows under initials
// its name does not spell ("TMC" for the Trinamool Congress) is one body;
// its "supremo" is a title, no body.
func TestPartyByItsCommonInitials(t *testing.T) {
	s := extractText(t, "Trinamool Congress general secretary Ravi Sengal said the TMC would contest every state. \u201cWe will win,\u201d said the TMC Supremo.")
	if a := find(s, "TMC"); a == nil || a != find(s, "Trinamool Congress") {
		t.Errorf("TMC is %v, not the Trinamool Congress; actors %v", a, names(s))
	}
	if a := find(s, "TMC Supremo"); a != nil && a.Name == "TMC Supremo" {
		t.Errorf("the party's supremo is an actor %q (%s)", a.Name, a.Kind)
	}
}

// TestOtherNameOfABody: a body's name in its own language, in brackets
// or after "known as", is that body in the article.
func TestOtherNameOfABody(t *testing.T) {
	s := extractText(t, "The Attorney General's Office (Fiscalía) charged him, and the Comptroller General's Office, known as the Contraloría, opened a case. The Fiscalía said more charges would follow.")
	if ag := find(s, "Attorney General's Office"); ag == nil || ag.Total() != 3 || find(s, "Fiscalía") != ag {
		t.Errorf("Attorney General's Office = %+v, want one body named three times, Fiscalía among its names; actors %v", ag, names(s))
	}
	if cg := find(s, "Comptroller General's Office"); cg == nil || find(s, "Contraloría") != cg {
		t.Errorf("Contraloría is not the Comptroller General's Office; actors %v", names(s))
	}
}

// TestFirstWordsOfALongerName: "Sri Wahyuni" after "Sri Wahyuni Kartika"
// in one article is that person, not a second one.
func TestFirstWordsOfALongerName(t *testing.T) {
	s := extractText(t, "Finance Minister Sri Wahyuni Kartika spoke on Monday. Sri Wahyuni said royalties would rise.")
	if a := find(s, "Sri Wahyuni Kartika"); a == nil || a.Total() != 2 || find(s, "Sri Wahyuni") != a {
		t.Errorf("Sri Wahyuni Kartika = %+v, want one person named twice; actors %v", a, names(s))
	}
}

// TestHeadlineActors: a headline names the actors its text names (a
// surname for the full name) and the lexicon's places and bodies, counted
// in its own passage; nothing else in it is read as a name, as title case
// would make every word one.
// TestDatelineAfterItsAgency: "(ANSA) - VENICE, NOV 28 -" is the place the
// story was filed from, as "VENICE (ANSA) -" is, no body in capitals.
func TestDatelineAfterItsAgency(t *testing.T) {
	a := parseArticle(t, "v.txt", "Venice to double its fee\n\n(ANSA) - VENICE, NOV 28 - Venice will double its entry fee for day-trippers, the city council said on Friday.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if v := find(s, "Venice"); v == nil || v.Kind != actors.Place {
		t.Errorf("Venice = %+v, want a place; actors %v", v, names(s))
	}
	if find(s, "VENICE") != nil && find(s, "VENICE").Kind != actors.Place {
		t.Errorf("VENICE is a %s, want the place", find(s, "VENICE").Kind)
	}
}

func TestHeadlineActors(t *testing.T) {
	tests := []struct {
		rule, headline, text string
		inTitle              []string // actors named in the headline passage
		none                 []string // names no actor may have
	}{
		{"a word of the language after a section's label is no place before a place's noun", "Opinion | The city's housing plan is not a plan",
			"When Mayor Dario Fennick unveiled his housing plan last week, he promised homes in Queens.",
			nil, []string{"The"}},
		{"a place's people in a headline written as a sentence", "Northern Rivers residents told to prepare as Gippsland farmers brace and hostage families wait",
			"Residents of low-lying parts of the town have been told to prepare to evacuate, with the river expected to peak early on Wednesday.",
			[]string{"Northern Rivers", "Gippsland"}, []string{"Hostage"}},
		{"a place of several words the lexicon knows, whole in a headline, though the text names it only inside a body's name", "Ho Chi Minh City threatens to replace district leaders over crime",
			"Chairman of the Ho Chi Minh City People's Committee Tran Van Khiem has threatened to remove district leaders.",
			[]string{"Ho Chi Minh City"}, []string{"Chi Minh City"}},
		{"a place the text names after a compass word, named by the rest in the headline", "Magnitude 6.1 quake shakes Indonesia's Sulawesi, two dead",
			"A magnitude 6.1 earthquake struck off the coast of Central Sulawesi province on Tuesday, killing two people, officials said.",
			[]string{"Indonesia", "Central Sulawesi"}, nil},
		{"a country the lexicon knows only alone, alone in a headline", "Kenya and Israel sign water deal as Israel's firms bid",
			"The two governments signed the agreement on Monday, officials said in a statement after talks.",
			[]string{"Kenya", "Israel"}, nil},
		{"a body the text names with its country's word first, named by the rest in the headline", "Tarsa, Velden to hold naval drills - Defense Ministry",
			"The Tarsan Defense Ministry said on Saturday that warships of the two navies would take part.",
			[]string{"Tarsan Defense Ministry"}, []string{"Defense Ministry"}},
		{"a body only the headline names", "EU proposes tariffs on Chinese steel",
			"The bloc's executive said on Wednesday that the measures were targeted and proportionate.",
			[]string{"European Union", "China"}, nil},
		{"a state's body after its people's name, before a headline's verb", "Sudanese army retakes river town as talks stall",
			"Troops entered the town at dawn on Sunday after a week of shelling, residents said.",
			[]string{"Sudan", "Sudanese army"}, nil},
		{"title case", "Hurricane Delphine Makes Landfall Near Cedar Key",
			"The storm came ashore before dawn on Thursday, and crews began clearing roads at first light.",
			nil, []string{"Hurricane Delphine Makes Landfall Near Cedar Key", "Makes Landfall", "Delphine Makes"}},
		{"a surname for the text's full name", "Brooks Scores 31 As Boston Wins Again",
			"Jaylen Brooks scored 31 points on Tuesday night, and the home side won for the fourth time in a row.",
			[]string{"Jaylen Brooks"}, []string{"Brooks Scores"}},
		{"a place's name in a headline written as a sentence", "Court sides with farmers in Tessa River water dispute",
			"The justices ruled on Thursday that the upstream state may not draw more water in a dry year.",
			[]string{"Tessa River"}, nil},
		{"a name before a place's noun, in a headline written as a sentence", "Eruption begins on Iceland's Reykjanes peninsula",
			"Lava broke the surface shortly after ten o'clock at night, and the town's last residents were told to leave.",
			[]string{"Iceland", "Reykjanes"}, nil},
		{"no name before a place's noun in a headline in title case", "Eruption Begins On Iceland's Reykjanes Peninsula",
			"Lava broke the surface shortly after ten o'clock at night, and the town's last residents were told to leave.",
			[]string{"Iceland"}, []string{"Reykjanes", "Reykjanes Peninsula"}},
		{"no name read from a headline in title case", "Court Sides With Farmers In Tessa River Water Dispute",
			"The justices ruled on Thursday that the upstream state may not draw more water in a dry year.",
			nil, []string{"Tessa River", "Tessa River Water Dispute"}},
		{"a currency's country before its sign", "Govt Unveils US$300 Million Plan to Revive Grain Board",
			"The funds will rehabilitate silos, and “Fertiliser is now dearer than the crop,” he said of the US$40 bags.",
			nil, []string{"United States", "Fertiliser"}},
		{"a one-word state of the gazetteer the text names no one", "Rs 500 crore flood relief for Odisha, survey in ten days",
			"The chief minister announced the package on Monday after flying over the delta.",
			[]string{"Odisha"}, nil},
		{"a county the text names only with its sheriff, not the town it is named for", "Grain elevator fire forces evacuation in Haskell County",
			"The Haskell County Sheriff's Office said residents of Haskell and Rule had been told to leave.",
			[]string{"Haskell County"}, nil},
		{"a surname two people share names neither", "Adamu charged with fraud",
			"Musa Adamu and his son, Bello Adamu, appeared in court on Monday, prosecutors said in a statement.",
			nil, nil},
	}
	for _, tt := range tests {
		a, err := corpus.Parse("made-up.txt", []byte(tt.headline+"\n\n"+tt.text), corpus.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
		title := a.ID + corpus.TitleSuffix
		var named []string
		for _, id := range s.InPassage(title) {
			named = append(named, s.Actor(id).Name)
		}
		if !slices.Equal(named, tt.inTitle) {
			t.Errorf("%s: the headline %q names %q, want %q", tt.rule, tt.headline, named, tt.inTitle)
		}
		for _, n := range tt.none {
			if a := find(s, n); a != nil && keyOf(a.Name) == keyOf(n) {
				t.Errorf("%s: %q is an actor (%s)", tt.rule, n, a.Kind)
			}
		}
	}
}

// TestRoleWithoutDeterminer: a role that opens a sentence loses its
// determiner ("Its director, X," is a director), and an appositive keeps
// its article.
func TestRoleWithoutDeterminer(t *testing.T) {
	s := extractText(t, "Its director, Ingrid Solbakk, declined to comment. Tor Eikrem, a lawyer for the firm, said nothing. Marloes Dijkhuizen-Rook, a lawyer for about 4,000 households, spoke.")
	wantRoles(t, s, map[string]string{"Ingrid Solbakk": "director", "Tor Eikrem": "a lawyer for the firm", "Marloes Dijkhuizen-Rook": "a lawyer for about 4,000 households"})
}

// TestOfficerOfSomeone: a name set off after "an adviser to the prime
// minister" is the adviser's, and "the Russian leader" later is not him.
func TestOfficerOfSomeone(t *testing.T) {
	s := extractText(t, "An adviser to the prime minister, Corwin Tallis, said the reshuffle would come within weeks. The spokesman for the Russian leader, Dorofei Velyaminov, said the schedule would not be published. A lawyer for the former president, Imelda Courtenay, said her client would appeal. The prime minister, Harlan Ostrow, did not comment.")
	for name, want := range map[string]string{"Corwin Tallis": "adviser to the prime minister", "Dorofei Velyaminov": "spokesman for the Russian leader", "Imelda Courtenay": "lawyer for the former president", "Harlan Ostrow": "prime minister"} {
		a := find(s, name)
		if a == nil || !slices.Contains(a.Roles, want) || len(a.Roles) != 1 {
			t.Errorf("%s: %v, want the one role %q", name, a, want)
			continue
		}
		if slices.Contains(a.Aliases, "the Russian leader") {
			t.Errorf("%s is also named \"the Russian leader\": %v", name, a.Aliases)
		}
	}
}

// TestTitleOfABodyThenHolder: "Vice Chairman of the municipal People's
// Committee X" is X's role, and the body its own actor.
func TestTitleOfABodyThenHolder(t *testing.T) {
	s := extractText(t, "Vice Chairman of the municipal People's Committee Ngo Thanh Binh spoke at the ceremony. Speaker of the National Assembly Bader Al-Otaibi thanked him, and Chairman of the Ho Chi Minh City People's Committee Tran Van Khiem did too.")
	wantRoles(t, s, map[string]string{"Ngo Thanh Binh": "Vice Chairman of the municipal People's Committee", "Bader Al-Otaibi": "Speaker of the National Assembly", "Tran Van Khiem": "Chairman of the Ho Chi Minh City People's Committee"})
	if a := find(s, "People's Committee"); a == nil || a.Kind != actors.Organization {
		t.Errorf("the People's Committee: %v, want a body", a)
	}
}

// TestRankBeforeGeneral: "Lt. Gen." and "Maj. Gen." are one rank, the
// role, and no part of the name's forms.
func TestRankBeforeGeneral(t *testing.T) {
	s := extractText(t, "The plan was confirmed by Lt. Gen. Agus Wiratmo on Monday, and Maj. Gen. Carla Ruiz agreed.")
	for name, want := range map[string]string{"Agus Wiratmo": "Lt. Gen.", "Carla Ruiz": "Maj. Gen."} {
		a := find(s, name)
		if a == nil || !slices.Contains(a.Roles, want) || slices.Contains(a.Aliases, "Gen. "+name) {
			t.Errorf("%s: %v, want the role %q and no form with \"Gen.\"", name, a, want)
		}
	}
}

// TestBodyOfACommonWordStaysInItsArticle: "People" is People magazine
// where an article names the magazine, not in another article's
// "“People are heating their homes,”" or "Analysts said".
func TestBodyOfACommonWordStaysInItsArticle(t *testing.T) {
	set := Actors(&corpus.Corpus{Articles: []*corpus.Article{
		parseArticle(t, "a.txt", "Singer speaks out\n\nThe singer told People magazine that she would rest, and People published the interview on Friday.\n"),
		parseArticle(t, "b.txt", "Cold snap grips the north\n\n\"People are heating their homes with anything they can burn,\" said Ganbold Tsetseg, a teacher. Many people are cold.\n\nAnalysts said prices would rise. Several analysts agreed.\n"),
		parseArticle(t, "c.txt", "Aspirin trial ends\n\nThe trial found no benefit, its authors said on Monday. Dr Samuel Okonkwo, a neurologist, said the result was clear. He added: \"People should not be taking aspirin for this.\"\n"),
	}})
	for _, act := range set.Actors {
		if (act.Name == "People" || act.Name == "Analysts") && (act.Mentions["b"] > 0 || act.Mentions["c"] > 0) {
			t.Errorf("%s (%s) is named in b.txt: %v", act.Name, act.Kind, act.Mentions)
		}
	}
}

// TestOilBenchmark: "Brent crude" names an oil price, not a person of the
// corpus whose first name is Brent.
func TestOilBenchmark(t *testing.T) {
	set := extractText(t, "Brent crude rose 2% and Urals crude futures fell on Monday.\n\nBrent Mallory, a trader in London, said the rise would not last.")
	for _, act := range set.Actors {
		if act.Name == "Urals" {
			t.Errorf("Urals of \"Urals crude\" is an actor (%s)", act.Kind)
		}
		if act.Name == "Brent Mallory" && slices.Contains(act.Aliases, "Brent") {
			t.Errorf("Brent Mallory is also named by \"Brent crude\": %v", act.Aliases)
		}
	}
	if !slices.ContainsFunc(set.Actors, func(a *actors.Actor) bool { return a.Name == "Brent Mallory" }) {
		t.Error("Brent Mallory is not found")
	}
}

// TestAgedFirstNameStaysInItsArticle: "Maksym, 14," introduces a boy of
// this article; the Maksym Tarnow of another article does not take him.
func TestAgedFirstNameStaysInItsArticle(t *testing.T) {
	c := &corpus.Corpus{Articles: []*corpus.Article{
		parseArticle(t, "a.txt", "Official charged in bribery case\n\nProsecutors charged Maksym Tarnow, a deputy mayor, with taking bribes on Monday, officials said.\n"),
		parseArticle(t, "b.txt", "Volunteers keep a kitchen open\n\nA family ate soup at the kitchen on Monday. The older son, Maksym, 14, said he wanted to go home.\n"),
	}}
	set := Actors(c)
	for _, act := range set.Actors {
		if act.Name == "Maksym Tarnow" && act.Mentions["b"] > 0 {
			t.Errorf("Maksym Tarnow of a.txt took the boy of b.txt: %v", act.Aliases)
		}
	}
	if !slices.ContainsFunc(set.Actors, func(a *actors.Actor) bool { return a.Name == "Maksym" && a.Kind == actors.Person }) {
		t.Error("the boy Maksym of b.txt is no person of his own")
	}
}

// TestSurnameInCapitalsFirst: "TAMURA Emi", as Japan's government writes
// her, is the agencies' "Emi Tamura"; two names in the other order with
// no capitals stay two people.
func TestSurnameInCapitalsFirst(t *testing.T) {
	set := Actors(&corpus.Corpus{Articles: []*corpus.Article{
		parseArticle(t, "a.txt", "Party picks new leader\n\nThe ruling party on Sunday elected Emi Tamura as its leader, and Paul Thomas, a lawmaker, backed her.\n"),
		parseArticle(t, "b.txt", "TAMURA Emi elected party president\n\nFormer minister TAMURA Emi was elected party president on Sunday, and Thomas Paul, a voter, cheered.\n"),
	}})
	persons := map[string]bool{}
	for _, act := range set.Actors {
		if act.Kind == actors.Person {
			persons[act.Name] = true
		}
	}
	if persons["TAMURA Emi"] || !persons["Emi Tamura"] {
		t.Errorf("Emi Tamura and TAMURA Emi are not one person: %v", persons)
	}
	if !persons["Paul Thomas"] || !persons["Thomas Paul"] {
		t.Errorf("Paul Thomas and Thomas Paul were merged: %v", persons)
	}
}

// TestQuestionWordIsNoName: "Where will we go?" opening a quoted
// sentence names nobody, even where no other sentence of the corpus
// writes "where" in lower case.
func TestQuestionWordIsNoName(t *testing.T) {
	text := "Court halts market demolition\n\nA court on Tuesday stopped the demolition of the old fish market.\n\n\"We have traded here for forty years,\" said Tunde Bakare, who heads the traders. \"Where will we go?\"\n"
	c := &corpus.Corpus{Articles: []*corpus.Article{parseArticle(t, "a.txt", text), parseArticle(t, "b.txt", text+"\nRelated: Floods in the east\n")}}
	s := Actors(c)
	for _, w := range []string{"Where", "Related"} {
		if a := find(s, w); a != nil {
			t.Errorf("%q is an actor (%s): %v", w, a.Kind, names(s))
		}
	}
}

// TestInitialsOpeningAParagraph: a body's initials in capitals that open
// a paragraph, set off by a long description, are the body, not a
// dateline's place.
func TestInitialsOpeningAParagraph(t *testing.T) {
	a := parseArticle(t, "a.txt", "Ports reopen\n\nThe northern ports reopened on Monday.\n\nKORVA, the state agency that runs the ports on the northern coast of the island, said in a statement that the berths would stay open \"as long as the weather allows\".\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	k := find(s, "KORVA")
	if k == nil || k.Kind != actors.Organization {
		t.Fatalf("KORVA = %+v, want an organisation; actors %v", k, names(s))
	}
	if len(k.Quotes) != 1 {
		t.Errorf("KORVA's quotations = %+v, want the one it said", k.Quotes)
	}
}

// TestBodyOpeningASentence: a body's name that opens a sentence with a
// word the article also writes in lower case keeps that word: "Police
// Scotland said", "Cash Relief UK, which runs …, said".
func TestBodyOpeningASentence(t *testing.T) {
	a := parseArticle(t, "a.txt", "Branch closes\n\nThe police were called and the cash machines were empty by noon.\n\nPolice Scotland said two men had been arrested.\n\nCash Relief UK, which runs shared banking hubs, said it would visit.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	for _, name := range []string{"Police Scotland", "Cash Relief UK"} {
		if b := find(s, name); b == nil || b.Kind != actors.Organization {
			t.Errorf("%s = %+v, want an organisation; actors %v", name, b, names(s))
		}
	}
}

// TestCommonWordOpeningASentence: a common word opening a sentence (or
// a quotation that opens one) is no surname of a person only another
// article names: "Price" in one story is not the Daniel Price of
// another.
func TestCommonWordOpeningASentence(t *testing.T) {
	set := Actors(corpusOf(t,
		"one.txt", "Fund chief named\n\nThe fund named Daniel Price its chief on Monday, and Price said he would start in May.\n",
		"two.txt", "Carmakers cut prices\n\nCarmakers cut the price of electric models again.\n\n“Price is now the only argument,” said analyst Ada Lind.\n"))
	if a := find(set, "Daniel Price"); a != nil && a.Mentions["two"] > 0 {
		t.Errorf("Daniel Price is named in two.txt by %v", a.Where)
	}
}

// TestLoneNameOfAnotherStory: a lone surname is the person another
// article names in full only when the two articles share some other
// actor: "Haigh" in a match's line-up is not the Lorna Haigh of a story
// about a council, but "Haigh" in a follow-up on the council is.
func TestLoneNameOfAnotherStory(t *testing.T) {
	set := Actors(corpusOf(t,
		"council.txt", "Council approves budget\n\nLeeds City Council approved its budget on Tuesday, and councillor Lorna Haigh voted against it.\n",
		"match.txt", "Hosts win late\n\nHarrowgate Athletic scored twice in the last ten minutes to beat Morecambe Rovers on Saturday.\n\nHarrowgate: Featherstone; Greaves, Ackroyd; Marsh, Haigh; Firth.\n",
		"followup.txt", "Budget row goes on\n\nLeeds City Council will meet again next week after Haigh said the budget would close two libraries.\n"))
	a := find(set, "Lorna Haigh")
	if a == nil {
		t.Fatalf("no Lorna Haigh among %v", names(set))
	}
	if a.Mentions["match"] > 0 {
		t.Errorf("Lorna Haigh is named in the match report by %v", a.Where)
	}
	if a.Mentions["followup"] == 0 {
		t.Errorf("Lorna Haigh is not named in the follow-up on the council: %v", a.Where)
	}
}

// TestLoneNameOfABroadcastersStory: match reports that all quote one
// broadcaster tell different stories, so a lone surname in one is not the
// full name another gives.
func TestLoneNameOfABroadcastersStory(t *testing.T) {
	set := Actors(corpusOf(t,
		"sack.txt", "United sack manager\n\nNorthbridge United sacked manager Victor Hale on Monday, the club told Sky Sports.\n",
		"cup.txt", "Late winner in the cup\n\nHarlow Athletic beat Colden Town 1-0, and their captain told Sky Sports the win was deserved.\n",
		"league.txt", "Rovers stay top\n\nDunmore Rovers beat Kestrel Vale 2-1, and their manager told Sky Sports she was proud.\n\nKestrel Vale: Pryce; Lomax, Breen; Hale, Dorsett.\n"))
	if a := find(set, "Victor Hale"); a == nil || a.Mentions["league"] > 0 {
		t.Errorf("Victor Hale = %+v, want him named in sack.txt only", a)
	}
}

// TestTheAndALoneName: "the Cree community" is not the Danielle
// Fournier-Cree another article of the same story names.
func TestTheAndALoneName(t *testing.T) {
	set := Actors(corpusOf(t,
		"one.txt", "Fire nears town\n\nQuebec official Danielle Fournier-Cree said the fire near Chibougamau had grown overnight.\n",
		"two.txt", "Evacuees welcomed\n\nIn Quebec, the Cree community of Mistissini said it was ready to welcome evacuees from Chibougamau.\n"))
	if a := find(set, "Danielle Fournier-Cree"); a != nil && a.Mentions["two"] > 0 {
		t.Errorf("Danielle Fournier-Cree is named in two.txt by %v", a.Where)
	}
}

// corpusOf parses made-up files, given as name, text, name, text, ….
func corpusOf(t *testing.T, namesAndTexts ...string) *corpus.Corpus {
	t.Helper()
	c := &corpus.Corpus{}
	for i := 0; i+1 < len(namesAndTexts); i += 2 {
		a, err := corpus.Parse(namesAndTexts[i], []byte(namesAndTexts[i+1]), corpus.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		c.Articles = append(c.Articles, a)
	}
	return c
}

// TestDiseaseNamedAlone: a disease named alone by a proper name ("the
// Ebola-like illness") is no actor, as one named with its noun ("Marburg
// virus disease") is not.
func TestDiseaseNamedAlone(t *testing.T) {
	a := parseArticle(t, "ethiopia.txt", "Ethiopia confirms Marburg outbreak in south, WHO sends team\n\n"+
		"ADDIS ABABA, Nov 18 (Reuters) - Ethiopia has confirmed an outbreak of Marburg virus disease in the southern town of Jinka, with three deaths among nine confirmed cases, the health ministry said on Tuesday, the first time the country has recorded the Ebola-like illness.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	for _, name := range []string{"Ebola", "Marburg"} {
		if act := find(s, name); act != nil {
			t.Errorf("%s is an actor (%s), want none: a disease", name, act.Kind)
		}
	}
	if act := find(s, "Jinka"); act == nil || act.Kind != actors.Place {
		t.Errorf("Jinka = %v, want a place", act)
	}
}

// TestNameAsKnown: "The National Liberation Army, as the ELN is formally
// known," makes the initials and the name one body.
func TestNameAsKnown(t *testing.T) {
	s := extractText(t, "Colombia's ELN guerrilla group on Sunday released six soldiers.\n\nThe National Liberation Army, as the ELN is formally known, suspended peace talks in January.")
	a := find(s, "National Liberation Army")
	if a == nil || !slices.Contains(a.Aliases, "ELN") {
		t.Errorf("National Liberation Army = %v, want ELN among its names", a)
	}
}

// TestLoneSurnameAcrossStories: a surname alone, in an article that names
// no one of it in full, is a person of another article only when the two
// tell one story: "Judge Pemberton" of a court report is not the Gary
// Pemberton of a council story, and "Okonjo" in the second report of a
// ruling is the justice the first names, not a judge named Okonjo-Brandt
// more often elsewhere.
func TestLoneSurnameAcrossStories(t *testing.T) {
	set := Actors(corpusOf(t,
		"council.txt", "Council tax to rise in Stockbridge\n\nUnison's branch secretary, Gary Pemberton, warned on Wednesday that sixty posts at Stockbridge Borough Council were at risk.\n",
		"court.txt", "Driver jailed for fatal crash\n\nA van driver was jailed for six years at Carlisle Crown Court on Friday. Judge Pemberton told him the crash had been avoidable.\n",
		"ruling1.txt", "Court splits on water compact\n\nThe Supreme Court ruled for Nevada on Monday. Justice Marcus Okonjo dissented, and Chief Justice Eleanor Pellham wrote for the majority.\n",
		"ruling2.txt", "Nevada wins water case\n\nChief Justice Eleanor Pellham wrote the opinion on Monday. Justice Okonjo, in dissent, said the compact had been rewritten.\n",
		"bail1.txt", "Bail refused in fraud case\n\nJudge Hilary Okonjo-Brandt refused bail at Leeds Crown Court on Tuesday to a man accused of fraud.\n",
		"bail2.txt", "Fraud trial date set\n\nJudge Hilary Okonjo-Brandt set a trial date in June for the man, who denies fraud.\n",
	))
	if a := find(set, "Gary Pemberton"); a != nil && a.Mentions["court"] > 0 {
		t.Errorf("Judge Pemberton of the court report was made the council story's Gary Pemberton: %v", a.Mentions)
	}
	if a := find(set, "Marcus Okonjo"); a == nil || a.Mentions["ruling2"] == 0 {
		t.Errorf("Justice Okonjo of the ruling's second report is not Marcus Okonjo; actors %v", names(set))
	}
}

// TestPrepositionOpensSentence: a preposition opening a sentence
// ("Across the Mekong Delta, …", "Along the Danube, …") is no part of
// the place after it, even where the article never writes it in lower
// case.
func TestPrepositionOpensSentence(t *testing.T) {
	set := Actors(corpusOf(t, "delta.txt", "Farmers turn to shrimp\n\nAcross the Mekong Delta, where a third of the rice is grown, salt has spread.\n\nAlong the Danube Delta, fishermen report the same.\n"))
	for _, want := range []string{"Mekong Delta", "Danube Delta"} {
		if a := find(set, want); a == nil || a.Kind != actors.Place {
			t.Errorf("%s is not a place; actors %v", want, names(set))
		}
	}
	for _, a := range set.Actors {
		if strings.HasPrefix(a.Name, "Across") || strings.HasPrefix(a.Name, "Along") {
			t.Errorf("%q takes the preposition opening its sentence", a.Name)
		}
	}
}

// TestCommonWordOpener: a common word that only opens sentences ("Ice on
// the courthouse steps …", "Ice was reported …") is no body, though named
// twice; a name that is no common word is ("Streamly said …").
func TestCommonWordOpener(t *testing.T) {
	set := Actors(corpusOf(t, "ice.txt", "Storm brings snow\n\nIce on the courthouse steps had been cleared by the afternoon, officials said on Monday.\n\nIce was also reported on the roads outside the town, the police said.\n\nStreamly said it would refund viewers. Regulators fined Streamly in May.\n"))
	if a := find(set, "Ice"); a != nil {
		t.Errorf("Ice, a common word opening two sentences, is an actor: %s", a.Kind)
	}
	if a := find(set, "Streamly"); a == nil || a.Kind != actors.Organization {
		t.Errorf("Streamly, named twice, is not a body; actors %v", names(set))
	}
}

// TestOpenerAfterDateline: a common word opening the story after a
// dateline's dash, a plural in -men or a party's side opening a
// headline and a sentence, is no body, though named twice.
func TestOpenerAfterDateline(t *testing.T) {
	set := Actors(corpusOf(t,
		"a.txt", "Flooding forces hundreds from homes\n\nBRANTLEY, Ky. (AP) — Hundreds of people were ordered out of their homes on Friday.\n",
		"b.txt", "River floods town\n\nHundreds of residents were told to leave their homes on Friday.\n",
		"c.txt", "Gunmen abduct 12 farmers\n\nGunmen have abducted 12 farmers in Rafi Local Government Area, residents said.\n",
		"d.txt", "Opposition candidate leads early count\n\nKAMPALA, Feb 9 (Reuters) - Opposition candidate Joseph Kizza-Mutebi led in early results.\n"))
	for _, name := range []string{"Hundreds", "Gunmen", "Opposition"} {
		if a := find(set, name); a != nil {
			t.Errorf("%s, a common word opening sentences, is an actor: %s", name, a.Kind)
		}
	}
}

// TestHyphenedSurnameOfTheArticle: a hyphened surname alone ("Ms
// Whitcombe-Hale") names the person of its own article who bears it,
// though another article names someone else with it first.
func TestHyphenedSurnameOfTheArticle(t *testing.T) {
	set := Actors(corpusOf(t,
		"a.txt", "Crash\n\nJordan Whitcombe-Hale, 19, was hurt in the crash on Monday when his car left the road near the village.\n",
		"b.txt", "Nurse speaks\n\nJoanne Whitcombe-Hale, 44, worked on the ward.\n\nUnison, the union that represented Ms Whitcombe-Hale, said so.\n"))
	a := find(set, "Joanne Whitcombe-Hale")
	if a == nil || a.Mentions["b"] != 2 {
		t.Errorf("Ms Whitcombe-Hale is not Joanne Whitcombe-Hale; actors %v", names(set))
	}
	if find(set, "Whitcombe-Hale") != nil {
		t.Errorf("Whitcombe-Hale is an actor of its own; actors %v", names(set))
	}
}

// TestTitleWithThe: a name a capital "The" opens inside a sentence ("at
// The Salmon Weir", "told The Harbour Courier") is known by that form
// too.
func TestTitleWithThe(t *testing.T) {
	set := Actors(corpusOf(t, "pub.txt", "Pub fire injures two\n\nThe blaze broke out at The Salmon Weir on Quay Street shortly after 3am, and the owner told The Harbour Courier he would rebuild.\n"))
	for _, name := range []string{"The Salmon Weir", "The Harbour Courier"} {
		if a := find(set, name); a == nil || !slices.Contains(a.Aliases, name) {
			t.Errorf("no actor goes by %q; actors %v", name, names(set))
		}
	}
}

// TestBodyWithoutCountryCode: a body named with its country's initials is
// also called by the rest of its name, as other outlets write it.
func TestBodyWithoutCountryCode(t *testing.T) {
	s := Actors(corpusOf(t, "a.txt", "Startup raises money\n\nThe company will seek approval from the US Food and Drug Administration next year, its chief executive said on Thursday."))
	a := find(s, "US Food and Drug Administration")
	if a == nil || !slices.Contains(a.Aliases, "Food and Drug Administration") {
		t.Errorf("US Food and Drug Administration = %+v, want it also called Food and Drug Administration; actors %v", a, names(s))
	}
	// Named both ways in one article, it is one body.
	s = Actors(corpusOf(t, "b.txt", "Supreme Court sides with Texas\n\nThe U.S. Supreme Court on Monday allowed Texas to keep a barrier in the river, ruling 6-3."))
	if a := find(s, "Supreme Court"); a == nil || a.Name != "U.S. Supreme Court" {
		t.Errorf("Supreme Court = %+v, want the U.S. Supreme Court; actors %v", a, names(s))
	}
	for _, name := range []string{"US Army", "UK Music Week", "USA Today"} {
		if got := withoutCountryCode(name); got != "" {
			t.Errorf("withoutCountryCode(%q) = %q, want none (too short, or no code)", name, got)
		}
	}
}

// TestCapitalTheOfABody: a body the lexicon knows, after a capital "The"
// inside a sentence, is written with it too ("told The Associated Press").
func TestCapitalTheOfABody(t *testing.T) {
	s := Actors(corpusOf(t, "a.txt", "Utility fined over lead tests\n\nThe utility's general manager told The Associated Press on Wednesday that the testing would be redone."))
	var body *actors.Actor
	for _, a := range s.Actors {
		if slices.Contains(a.Aliases, "The Associated Press") {
			body = a
		}
	}
	if body == nil || body.Kind != actors.Organization {
		t.Errorf("no body written \"The Associated Press\"; actors %v", names(s))
	}
}

// TestDatelineInTitleCase: a place of a few words in title case and a
// dash, opening the story's first paragraph, is its dateline, a place
// ("Sefwi Wiawso — Hundreds of farmers …"); the same words and a dash
// inside the text are no dateline.
func TestDatelineInTitleCase(t *testing.T) {
	a := parseArticle(t, "g.txt", "Cocoa farmers protest delayed payments\n\nSefwi Wiawso — Hundreds of cocoa farmers marched to the board's offices on Monday to demand payment.\n\nThe farmers said licensed buyers had given them chits, and Akosua Mensah-Boadu — a trader — agreed.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if v := find(s, "Sefwi Wiawso"); v == nil || v.Kind != actors.Place {
		t.Errorf("Sefwi Wiawso = %+v, want a place; actors %v", v, names(s))
	}
	if v := find(s, "Akosua Mensah-Boadu"); v == nil || v.Kind != actors.Person {
		t.Errorf("Akosua Mensah-Boadu = %+v, want a person; actors %v", v, names(s))
	}
}

// TestDatelineWithFullStop: a district paper's dateline, a place's name
// and a full stop opening the first paragraph ("Sundargarh. Collector X
// today held …"), is the place; a word of the language so is not.
func TestDatelineWithFullStop(t *testing.T) {
	a := parseArticle(t, "d.txt", "Collector reviews heatwave plan\n\nKoraput. Collector Sanjukta Hembram-Majhi today met block officials to review drinking water supply before the summer.\n\nShe asked engineers to repair tube wells within a week.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if v := find(s, "Koraput"); v == nil || v.Kind != actors.Place {
		t.Errorf("Koraput = %+v, want a place; actors %v", v, names(s))
	}
	b := parseArticle(t, "e.txt", "A quiet street\n\nSilence. Then the sirens started again on Alder Road, and Priyanka Bhoi-Sethi ran outside.\n")
	s = Actors(&corpus.Corpus{Articles: []*corpus.Article{b}})
	if v := find(s, "Silence"); v != nil {
		t.Errorf("Silence = %+v, want no actor; actors %v", v, names(s))
	}
}

// TestRegionDatedAgency: a dateline in title case with its region, date
// and agency ("Akim Oda (E/R), May 4, GNA - ") is the place.
func TestRegionDatedAgency(t *testing.T) {
	a := parseArticle(t, "g.txt", "Assembly opens new market\n\nAkim Oda (E/R), May 4, GNA - The Birim Central Municipal Assembly has opened a new market for traders.\n\nMr Yaw Owusu-Sarpong, the Municipal Chief Executive, said the market would ease congestion.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if v := find(s, "Akim Oda"); v == nil || v.Kind != actors.Place {
		t.Errorf("Akim Oda = %+v, want a place; actors %v", v, names(s))
	}
}

// TestTranscriptLabels: a transcript's speaker labels in capitals are
// the people the article names, or no one ("REPORTER:"); neither is a
// dateline, which only opens the story.
func TestTranscriptLabels(t *testing.T) {
	a := parseArticle(t, "t.txt", "Transcript: the governor on the floods\n\nThe following is a transcript of Governor Ifeoma Bradshaw-Eze's briefing on Tuesday.\n\nBRADSHAW-EZE: Good morning. The river peaked at 4 a.m.\n\nREPORTER: When will the schools reopen?\n\nBRADSHAW-EZE: Not before Monday.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	for _, v := range s.Actors {
		if v.Kind == actors.Place {
			t.Errorf("%s is a place; actors %v", v.Name, names(s))
		}
	}
	if v := find(s, "Ifeoma Bradshaw-Eze"); v == nil || v.Kind != actors.Person || v.Mentions["t"] < 3 {
		t.Errorf("Ifeoma Bradshaw-Eze = %+v, want a person named three times; actors %v", v, names(s))
	}
}

// TestOutletNamedInText: an article's outlet, named in a text of the
// corpus ("told Nordic Wire"), is a news organisation, not a person.
func TestOutletNamedInText(t *testing.T) {
	a, err := corpus.Parse("storm.txt", []byte("Storm cuts power to 60,000 homes\n\nAbout 60,000 homes were without electricity on Thursday as gusts hit the coast.\n\n\"Some customers must be prepared to wait until the weekend,\" operations chief Sigrun Tveit-Halvorsen told Nordic Wire.\n"), corpus.Meta{Outlet: "Nordic Wire"})
	if err != nil {
		t.Fatal(err)
	}
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if act := find(s, "Nordic Wire"); act == nil || act.Kind != actors.Organization {
		t.Errorf("Nordic Wire: %v, want the outlet, an organization; actors %v", act, names(s))
	}
	if act := find(s, "Sigrun Tveit-Halvorsen"); act == nil || act.Kind != actors.Person {
		t.Errorf("Sigrun Tveit-Halvorsen: %v, want a person", act)
	}
}

// TestSentenceOpeningWordOfAName: a common word opening a sentence is no
// short name of a body whose name it only ends ("Copper prices rose"
// after "Andes Copper"), though a word the corpus capitalises alone is.
func TestSentenceOpeningWordOfAName(t *testing.T) {
	s := extractText(t, "Andes Copper said output fell at its mine in the north, and copper exports slowed.\n\nCopper prices rose 2% in London on the news, traders said.")
	a := find(s, "Andes Copper")
	if a == nil {
		t.Fatalf("no Andes Copper; actors %v", names(s))
	}
	if slices.Contains(a.Aliases, "Copper") {
		t.Errorf("Andes Copper goes by %v, want no lone \"Copper\" of \"Copper prices rose\"", a.Aliases)
	}
}

// TestStormNamedAlone: a storm's own name alone ("Idris came ashore")
// is the storm the article named with its prefix, though another
// article of the corpus names a person of that surname.
func TestStormNamedAlone(t *testing.T) {
	set := Actors(corpusOf(t,
		"one.txt", "Aid reaches Tulum\n\nFatima Idris, a nurse from Tulum, Mexico, said the clinic in Tulum had reopened. Idris said the clinic had no power.\n",
		"two.txt", "Hurricane hits Tulum\n\nHurricane Idris made landfall near Tulum, Mexico, on Thursday. Idris came ashore with winds of 185 kph, and Idris weakened over land.\n"))
	if a := find(set, "Fatima Idris"); a == nil || a.Mentions["two"] > 0 {
		t.Errorf("Fatima Idris is named in two.txt: %v", a)
	}
	if a := find(set, "Hurricane Idris"); a == nil || a.Mentions["two"] != 3 {
		t.Errorf("Hurricane Idris is not named three times in two.txt: %v", a)
	}
}

// TestSurnamesOfLongerName: a Spanish name's surnames alone
// ("Fernández de la Vega") are the person the article named in full.
func TestSurnamesOfLongerName(t *testing.T) {
	set := extractText(t, "Solaria chairman José María Fernández de la Vega Ortiz welcomed the deal. Fernández de la Vega added that the company would stay in Madrid.\n\nThe writer Gabriel García Márquez agreed. García Márquez said so twice.")
	for _, tt := range []struct{ full, short string }{{"José María Fernández de la Vega Ortiz", "Fernández de la Vega"}, {"Gabriel García Márquez", "García Márquez"}} {
		a := find(set, tt.full)
		if a == nil || !slices.Contains(a.Aliases, tt.short) {
			t.Errorf("%s has not %q among its names: %v", tt.full, tt.short, a)
		}
		if b := find(set, tt.short); b != a {
			t.Errorf("%q is an actor of its own: %v", tt.short, b)
		}
	}
}

// TestTitledPersonNotBody: a lone name given a person's role ("Okafor's
// mother, Chelsea,") is a person of her own, though another article names
// a body so.
func TestTitledPersonNotBody(t *testing.T) {
	set := Actors(corpusOf(t,
		"club.txt", "CHELSEA AGREE FEE FOR MIDFIELDER\n\nChelsea have agreed a fee with Atalanta for the midfielder, and Chelsea manager Enzo Maresca-Lind welcomed the deal on Tuesday.\n",
		"hikers.txt", "Search for hikers goes on\n\nRescuers searching for Sydney Okafor, 24, in the Blue Mountains said on Monday they were hopeful.\n\nOkafor's mother, Chelsea, said her son was an experienced walker. “He knows the bush,” she said.\n"))
	var person, club *actors.Actor
	for _, a := range set.Actors {
		if keyOf(a.Name) == "chelsea" {
			if a.Kind == actors.Person {
				person = a
			} else {
				club = a
			}
		}
	}
	if person == nil || person.Mentions["hikers"] != 1 || len(person.Quotes) != 1 {
		t.Errorf("Chelsea, the mother, is not a person of hikers.txt with her words: %v", person)
	}
	if club == nil || club.Mentions["hikers"] > 0 {
		t.Errorf("the club Chelsea is named in hikers.txt: %v", club)
	}
}

// TestHonorificChoosesNamesake: "Ms Lim" is the woman of the two Lims
// the article names in full, "Mr Lim" the man.
func TestHonorificChoosesNamesake(t *testing.T) {
	set := extractText(t, "The stall is run by Mr Lim Ah Seng, 68, and his daughter Lim Pei Shan, 34.\n\n“I only do the sauce,” said Ms Lim, laughing.\n\nMr Lim said he had no plans to raise prices.")
	father, daughter := find(set, "Lim Ah Seng"), find(set, "Lim Pei Shan")
	if father == nil || daughter == nil || father == daughter {
		t.Fatalf("the two Lims are not two people: %v, %v", father, daughter)
	}
	if !slices.Contains(daughter.Aliases, "Ms Lim") || slices.Contains(father.Aliases, "Ms Lim") {
		t.Errorf("Ms Lim is not the daughter: father %v, daughter %v", father.Aliases, daughter.Aliases)
	}
	if len(daughter.Quotes) != 1 {
		t.Errorf("the daughter's words are not hers: %v", daughter.Quotes)
	}
}

// TestCompassAdjectiveNoName: "New Western sanctions", opening sentences
// of several articles, is no one's name.
func TestCompassAdjectiveNoName(t *testing.T) {
	set := Actors(corpusOf(t,
		"one.txt", "Sanctions widen\n\nNew Western sanctions will not change Russia's policy, the ministry said on Thursday in Moscow.\n",
		"two.txt", "Tankers targeted\n\nNew Western sanctions target oil tankers, officials in Brussels said on Friday.\n"))
	if a := find(set, "New Western"); a != nil {
		t.Errorf("New Western is an actor: %v", a)
	}
}

// TestDatelineAloneOnItsLine checks the dateline Indian papers print on a
// line of its own between the byline and the story: a place, and no
// word of the language printed the same way.
func TestDatelineAloneOnItsLine(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Farmers protest at Madurantakam\n\nStaff Reporter\n\nMADURANTAKAM\n\nHundreds of farmers gathered here on Monday.\n", "Madurantakam"},
		{"Farmers protest at the collectorate\n\nEXCLUSIVE\n\nHundreds of farmers gathered here on Monday.\n", ""},
		// A press release's issuer in capitals is a body, no dateline.
		{"Farmers protest at the collectorate\n\nBRANSDALE UNIVERSITY\n\nHundreds of farmers gathered here on Monday.\n", "Bransdale University (organization)"},
	} {
		a := parseArticle(t, "dateline.txt", tc.text)
		set := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
		var got []string
		for _, x := range set.Actors {
			got = append(got, x.Name+" ("+string(x.Kind)+")")
		}
		want := []string(nil)
		switch {
		case strings.HasSuffix(tc.name, ")"):
			want = []string{tc.name}
		case tc.name != "":
			want = []string{tc.name + " (place)"}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: actors %v, want %v", tc.text, got, want)
		}
	}
}

// TestHeadlinePlacePrefix: a headline written as a sentence names a
// place by a name its place's word opens, though the text never repeats
// it ("The last ferryman of Loch Tarbhan").
func TestHeadlinePlacePrefix(t *testing.T) {
	a := parseArticle(t, "loch.txt", "The last ferryman of Loch Carravaig\n\nAt dawn Duncan Tallach-Rae unties his boat from the jetty at Inverteith and points her bow across the water.\n")
	set := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if act := find(set, "Loch Carravaig"); act == nil || act.Kind != actors.Place {
		t.Errorf("Loch Carravaig = %v, want a place", act)
	}
}

// TestHeadlineLoneNameWhereItHappens: a headline written as a sentence
// names where something happened by a lone name after "in" or "at",
// though its text never repeats it; not a name that qualifies a noun
// after it, nor a month.
func TestHeadlineLoneNameWhereItHappens(t *testing.T) {
	for _, tc := range []struct{ headline, want string }{
		{"Ada Kessel wins in Tarnsholm to stretch her lead", "Tarnsholm"},
		{"Police seal off homes in Velbridge", "Velbridge"},
		{"Kessel century puts hosts in control at the Tarnfield", "Tarnfield"},
		{"Film about dockers wins top prize at Tarnsholm festival", ""},
		{"Turnout falls in November poll", ""},
	} {
		a := parseArticle(t, "race.txt", tc.headline+"\n\nThe race was run on Sunday before a large crowd, officials said.\n")
		var got []string
		for _, act := range Actors(&corpus.Corpus{Articles: []*corpus.Article{a}}).Actors {
			if act.Kind == actors.Place {
				got = append(got, act.Name)
			}
		}
		want := []string(nil)
		if tc.want != "" {
			want = []string{tc.want}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: places %v, want %v", tc.headline, got, want)
		}
	}
}

// TestPlaceSplitOtherwise: a place one outlet writes in two words and
// another in one ("Hai Phong", "Haiphong") is one place.
func TestPlaceSplitOtherwise(t *testing.T) {
	s := Actors(corpusOf(t,
		"a.txt", "Port to grow\n\nThe northern city of Hai Phong will double the capacity of its port by 2030, officials said on Friday.\n",
		"b.txt", "Factories shut\n\nAuthorities in the port city of Haiphong ordered factories to close as the typhoon approached on Friday.\n",
	))
	a, b := find(s, "Hai Phong"), find(s, "Haiphong")
	if a == nil || a != b || len(a.Mentions) != 2 {
		t.Errorf("Hai Phong and Haiphong are not one place named in both articles: %v", names(s))
	}
}

// TestCompanyWithoutLegalForm: a company the headline and a later
// paragraph name without the legal form a paragraph gives it is that
// company, not a person of two unknown words.
func TestCompanyWithoutLegalForm(t *testing.T) {
	a := parseArticle(t, "shares.txt", "Kawaguchi Precision shares slump after forecast cut\n\n"+
		"TOKYO, Dec 1 — Shares of Kawaguchi Precision Co. fell nearly 9% on Tuesday after the company cut its forecast.\n\n"+
		"Kawaguchi Precision, based in Hachioji in western Tokyo, counts two chipmakers among its largest customers.")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	got := find(s, "Kawaguchi Precision")
	if got == nil || got.Kind != actors.Organization {
		t.Errorf("Kawaguchi Precision: got %v, want one organisation; actors %v", got, names(s))
	}
	for _, x := range s.Actors {
		if x.Kind == actors.Person {
			t.Errorf("%q is a person; the article names none", x.Name)
		}
	}
}

// TestDatelineRegion: the region after a dateline's place in capitals and
// its comma is a place, even one named for a sultan; and a dateline in
// title case closing its agency with ".-", as EFE writes it, names its
// place.
func TestDatelineRegion(t *testing.T) {
	for _, tt := range []struct{ text, place, notPerson string }{
		{"Gunmen fire at village hall\n\nISULAN, Sultan Kudarat — Two village watchmen were wounded when gunmen fired at a village hall late Saturday, police said.\n", "Sultan Kudarat", "Kudarat"},
		{"Madrid approves budget\n\nMadrid, Dec 2 (EFE).- Spain's Council of Ministers on Tuesday approved the draft budget for next year, government spokeswoman Pilar Sagasta-Moreno said.\n\n\"This is a budget for the middle class,\" Sagasta-Moreno told a news conference.\n", "Madrid", ""},
	} {
		a := parseArticle(t, "dateline.txt", tt.text)
		s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
		// (Not the country whose capital it is: "Madrid" as Spain's
		// government is an alias of Spain.)
		if got := find(s, tt.place); got == nil || got.Kind != actors.Place || got.Name != tt.place {
			t.Errorf("%s: got %v, want the place of that name; actors %v", tt.place, got, names(s))
		}
		if got := find(s, tt.notPerson); tt.notPerson != "" && got != nil && got.Kind == actors.Person {
			t.Errorf("%s is a person; actors %v", tt.notPerson, names(s))
		}
	}
}

// TestCityOfAStateBeforeATitle: "New York City Mayor X" names the city
// of that name and its mayor, not New York and a "City Mayor"; "Kansas
// City Police Chief Y" a city's force and its chief.
func TestCityOfAStateBeforeATitle(t *testing.T) {
	s := extractText(t, "New York City Mayor Harlan Voss spoke first. Oklahoma City Police Chief Wade Hollis said little.")
	wantRoles(t, s, map[string]string{"Harlan Voss": "Mayor", "Wade Hollis": "Oklahoma City Police Chief"})
	for name, want := range map[string]actors.Kind{"New York City": actors.Place, "Oklahoma City": actors.Place, "Oklahoma City Police": actors.Organization} {
		if a := find(s, name); a == nil || a.Kind != want {
			t.Errorf("%s: %v, want a %s", name, a, want)
		}
	}
	for _, name := range []string{"City", "New York", "Oklahoma"} {
		if a := find(s, name); a != nil {
			t.Errorf("%s: %v, want no actor", name, a)
		}
	}
}

// TestJoinedCompanyTitles: "COO and CFO X" holds the last title; neither
// is part of the name.
func TestJoinedCompanyTitles(t *testing.T) {
	s := extractText(t, "In a statement, COO and CFO Blake Jorgensen said sales held, and CTO Mira Osei agreed.")
	wantRoles(t, s, map[string]string{"Blake Jorgensen": "CFO", "Mira Osei": "CTO"})
}

// TestPossessiveApposition: "X, Apple's chief financial officer," gives X
// that role; "near Huamantla, Tlaxcala's civil protection coordinator,
// José Ruiz, said" gives it to the name after, and the town stays a place.
func TestPossessiveApposition(t *testing.T) {
	s := extractText(t, "“Sales were weak,” Peter Oppenheimer, Apple’s chief financial officer, said on Tuesday. The bus crashed near the town of Huamantla, Tlaxcala's civil protection coordinator, José Ruiz Peña, said.")
	if a := find(s, "Peter Oppenheimer"); a == nil || !slices.Contains(a.Roles, "Apple’s chief financial officer") {
		t.Errorf("Peter Oppenheimer: %v, want the role %q", a, "Apple’s chief financial officer")
	}
	if a := find(s, "Huamantla"); a == nil || a.Kind != actors.Place || len(a.Roles) > 0 {
		t.Errorf("Huamantla: %v, want a place with no role", a)
	}
}

// TestTranscriptSpeakerAndPart: "STEVE HENN, BYLINE:" in a radio
// transcript is a person and the part he plays, no dateline and no body
// "BYLINE"; "HENN:" later is the same person, not initials.
func TestTranscriptSpeakerAndPart(t *testing.T) {
	a := parseArticle(t, "t.txt", "Chip maker's shares fall\n\nAlso disappointing was the chip maker's report yesterday.\n\nSTEVE HENN, BYLINE: The company brought in $35 billion in revenue.\n\nHENN: Most of the profit comes from one phone.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if v := find(s, "Steve Henn"); v == nil || v.Kind != actors.Person || v.Mentions["t"] < 2 {
		t.Errorf("Steve Henn = %+v, want a person named twice; actors %v", v, names(s))
	}
	for _, name := range []string{"BYLINE", "HENN"} {
		if v := find(s, name); v != nil && v.Name == name {
			t.Errorf("%s = %+v, want no actor of its own; actors %v", name, v, names(s))
		}
	}
}

// TestDetectiveWithAPlacesSurname: "Det Con James Jordan, who served …"
// is a detective constable named James Jordan, "Jordan, who was based
// …" and "DC Jordan's" later the same man, not the country.
func TestDetectiveWithAPlacesSurname(t *testing.T) {
	s := extractText(t, "Det Con James Jordan, who served with Cambridgeshire Police, admitted the counts. Jordan, who was based in Peterborough, was sacked. “DC Jordan’s actions have done damage,” the chief constable said.")
	if a := find(s, "James Jordan"); a == nil || a.Kind != actors.Person || !slices.Contains(a.Roles, "Det Con") || a.Mentions["made-up"] < 3 {
		t.Errorf("James Jordan: %v, want a person, Det Con, named three times", a)
	}
	for _, name := range []string{"Jordan", "Con James", "DC"} {
		if a := find(s, name); a != nil && a.Name == name {
			t.Errorf("%s: %v, want no actor of that name", name, a)
		}
	}
}

// TestHouseIsTheChamber: "the House" and "House Republicans" are the
// chamber, neither "the White House" nor "the House Freedom Caucus";
// "House Speaker X" holds the whole title.
func TestHouseIsTheChamber(t *testing.T) {
	s := extractText(t, "House Republicans rejected the deal. The White House said the president would sign it, and the House Freedom Caucus objected. House Speaker Dale Hennick said the House would vote on Friday.")
	for name, want := range map[string]actors.Kind{"House": actors.Organization, "White House": actors.Organization, "House Freedom Caucus": actors.Organization} {
		if a := find(s, name); a == nil || a.Name != name || a.Kind != want {
			t.Errorf("%s: %v, want a body of its own", name, a)
		}
	}
	for _, body := range []string{"White House", "House Freedom Caucus"} {
		if a := find(s, body); a != nil && slices.Contains(a.Aliases, "House") {
			t.Errorf("%s: %v, want no alias \"House\"", body, a)
		}
	}
	if a := find(s, "Dale Hennick"); a == nil || !slices.Contains(a.Roles, "House Speaker") {
		t.Errorf("Dale Hennick: %v, want the role \"House Speaker\"", a)
	}
}

// TestTranscriptOfficeAfterName: "JEFF SEENEY, DEPUTY PREMIER:" opens a
// speaker's turn, no dateline; "the PSC" after "Public Service
// Commission chief executive X" is the body, not X.
func TestTranscriptOfficeAfterName(t *testing.T) {
	a := parseArticle(t, "t.txt", "State parliament returns\n\nThe new government took a swipe at the old one this week.\n\nJEFF SEENAN, DEPUTY PREMIER: I do not think any government has failed to that extent.\n\nPublic Service Commission chief executive Robert Setterby denied the claims, and files were taken from an office by the PSC.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if v := find(s, "Jeff Seenan"); v == nil || v.Kind != actors.Person {
		t.Errorf("Jeff Seenan = %+v, want a person; actors %v", v, names(s))
	}
	if v := find(s, "Robert Setterby"); v == nil || slices.Contains(v.Aliases, "PSC") {
		t.Errorf("Robert Setterby = %+v, want no form \"PSC\"; actors %v", v, names(s))
	}
}

// TestTitleSetOffBeforeName: "The head coach of the Black Stars, Chris
// X," and "Norfolk police Chief Constable, Paul Y," give the name after
// the comma the title before it.
func TestTitleSetOffBeforeName(t *testing.T) {
	s := extractText(t, "The head coach of the Black Stars, Chris Hulme, called the goal poor. Norfolk police Chief Constable, Paul Sandiford, said the conviction discredits the service. The FCT Commissioner of Police, Benneth Igwah, agreed, and the Governor of Lagos State, Babajide Sanwo-Ode, spoke.")
	if a := find(s, "FCT Commissioner of Police"); a != nil {
		t.Errorf("FCT Commissioner of Police: %v, want a role, no body", a)
	}
	if a := find(s, "Babajide Sanwo-Ode"); a == nil || slices.Contains(a.Roles, "State") {
		t.Errorf("Babajide Sanwo-Ode: %v, want no role \"State\"", a)
	}
	wantRoles(t, s, map[string]string{"Chris Hulme": "head coach of the Black Stars", "Paul Sandiford": "Chief Constable", "Benneth Igwah": "FCT Commissioner of Police"})
}

// TestKoreanStyleNamesAndTheNorth: "Yoon said that it will not" after
// "spokesperson Yoon Min-ho" is the spokesperson (family name first),
// "the North" after "North Korea" is the country, and the Joint Chiefs
// of Staff a body.
func TestKoreanStyleNamesAndTheNorth(t *testing.T) {
	s := extractText(t, "Unification Ministry spokesperson Yoon Min-seok said the government was monitoring North Korea. Yoon said that it will not speculate, and the North's leader was absent. The Joint Chiefs of Staff issued the same position.")
	if a := find(s, "Yoon Min-seok"); a == nil || !slices.Contains(a.Aliases, "Yoon") {
		t.Errorf("Yoon Min-seok: %v, want the form \"Yoon\"", a)
	}
	if a := find(s, "North Korea"); a == nil || !slices.Contains(a.Aliases, "North") {
		t.Errorf("North Korea: %v, want the form \"North\"", a)
	}
	if a := find(s, "Joint Chiefs of Staff"); a == nil || a.Kind != actors.Organization {
		t.Errorf("Joint Chiefs of Staff: %v, want a body", a)
	}
}

// TestQuestionBeforeTitle: "Did Prime Minister X give …?" gives X the
// title, not "Did Prime Minister".
func TestQuestionBeforeTitle(t *testing.T) {
	s := extractText(t, "The quake struck at night. Did Prime Minister Shinzo Abo give any instructions to ministers?")
	if a := find(s, "Shinzo Abo"); a == nil || slices.Contains(a.Roles, "Did Prime Minister") || !slices.Contains(a.Roles, "Prime Minister") {
		t.Errorf("Shinzo Abo: %v, want the role \"Prime Minister\" alone", a)
	}
}

// wantRoles checks that each named actor of s holds the role given.
func wantRoles(t *testing.T, s *actors.Set, roles map[string]string) {
	t.Helper()
	for name, want := range roles {
		if a := find(s, name); a == nil || !slices.Contains(a.Roles, want) {
			t.Errorf("%s: %v, want the role %q", name, a, want)
		}
	}
}

// TestTabloidOpeningInCapitals: "A MAN in his 30s has died" opens the
// story in capitals; "MAN" is no body.
func TestTabloidOpeningInCapitals(t *testing.T) {
	a := parseArticle(t, "t.txt", "Man dies at work\n\nA MAN in his 30s has died after a workplace incident in Finglas last night, gardaí said.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if v := find(s, "MAN"); v != nil {
		t.Errorf("MAN = %+v, want no actor; actors %v", v, names(s))
	}
}

// TestBritishAndAmericanSpellingsAreOneBody: "Organisation" and
// "Organization", "Defence" and "Defense", "Centre" and "Center" in two
// outlets' names of one body make one actor.
func TestBritishAndAmericanSpellingsAreOneBody(t *testing.T) {
	s := extractText(t, "The World Health Organisation said on Monday that the Marrow Defence Forces and the Centre for Flood Studies had asked for help. Later the World Health Organization, the Marrow Defense Forces and the Center for Flood Studies met.")
	for _, pair := range [][2]string{{"World Health Organisation", "World Health Organization"}, {"Marrow Defence Forces", "Marrow Defense Forces"}, {"Centre for Flood Studies", "Center for Flood Studies"}} {
		a, b := find(s, pair[0]), find(s, pair[1])
		if a == nil || b == nil || a != b {
			t.Errorf("%q and %q: %v and %v, want one actor (have %v)", pair[0], pair[1], a, b, names(s))
		}
	}
}

// TestProvinceWithAndWithoutItsWord: a state or province named with its
// word and without it in one article is one place; a city that gives a
// state its name is not the state, nor is a country.
func TestProvinceWithAndWithoutItsWord(t *testing.T) {
	s := extractText(t, "Cases rose in Kwara State and in North Kivu Province on Monday. Kwara has few clinics, and North Kivu has many. Lagos State closed schools, and Lagos itself stayed open. Niger State and Niger both sent aid.")
	for _, pair := range [][2]string{{"Kwara State", "Kwara"}, {"North Kivu Province", "North Kivu"}} {
		if a, b := find(s, pair[0]), find(s, pair[1]); a == nil || a != b {
			t.Errorf("%q and %q: %v and %v, want one place (have %v)", pair[0], pair[1], a, b, names(s))
		}
	}
	for _, pair := range [][2]string{{"Lagos State", "Lagos"}, {"Niger State", "Niger"}} {
		if a, b := find(s, pair[0]), find(s, pair[1]); a == nil || a == b {
			t.Errorf("%q and %q: %v and %v, want two places (have %v)", pair[0], pair[1], a, b, names(s))
		}
	}
}

// TestInitialAndSurnameIsTheOnePersonSoNamed: "S. Vell" in one article is
// the one person of the corpus named in full with that initial and
// surname; with two such people it stays a person of its own.
func TestInitialAndSurnameIsTheOnePersonSoNamed(t *testing.T) {
	s := Actors(parsedCorpus(t,
		"Vell wins\n\nSerena Vell beat Ana Kovac in the semi-final on Thursday.\n",
		"Transcript\n\nS. Vell served well on Thursday, and A. Kovac agreed, while J. Roe watched.\n",
		"Roe family\n\nJohn Roe and Jane Roe opened a bakery on Friday.\n",
	))
	if a, b := find(s, "S. Vell"), find(s, "Serena Vell"); a == nil || a != b {
		t.Errorf("S. Vell is %v, Serena Vell %v: want one person (have %v)", a, b, names(s))
	}
	if a := find(s, "J. Roe"); a == nil || a.Name != "J. Roe" {
		t.Errorf("J. Roe is %v, want a person of its own beside John and Jane Roe (have %v)", a, names(s))
	}
}

// TestNameInitialsAreThePerson: capitals spelling every word's initial of
// one person's full name of four words, or of three with a particle, are
// that person; three plain words' initials stay a body's.
func TestNameInitialsAreThePerson(t *testing.T) {
	s := Actors(parsedCorpus(t,
		"Leader speaks\n\nPresident Tomás Ariel Vidal Quero said on Monday that the airport would open. Crown Prince Khalid bin Rashed met him.\n",
		"Briefing\n\nAt his morning briefing, TAVQ acknowledged that time was short, and KBR said the talks went well.\n",
		"Match report\n\nStriker Vanna Ahn Roe scored twice, and the VAR ruled out a third goal.\n",
	))
	for initials, name := range map[string]string{"TAVQ": "Tomás Ariel Vidal Quero", "KBR": "Khalid bin Rashed"} {
		if a, b := find(s, initials), find(s, name); a == nil || a != b || a.Kind != actors.Person {
			t.Errorf("%s is %v, %s %v: want one person (have %v)", initials, a, name, b, names(s))
		}
	}
	if a := find(s, "VAR"); a != nil && a == find(s, "Vanna Ahn Roe") {
		t.Errorf("the VAR was read as Vanna Ahn Roe (have %v)", names(s))
	}
}

// TestMiddleNameIsThePerson: a name of two words is the one person of the
// corpus named with the same first and last words and a middle name
// between; with two such people it stays a person of its own.
func TestMiddleNameIsThePerson(t *testing.T) {
	s := Actors(parsedCorpus(t,
		"Result declared\n\nThe commission named Oyelu Bamidele Ekwuribe the winner on Wednesday, and Kemi Ara Holt and Kemi Ode Holt, sisters, objected.\n",
		"Challenge filed\n\nOyelu Ekwuribe said the elections were over, and Kemi Holt disagreed on Thursday.\n",
	))
	if a, b := find(s, "Oyelu Ekwuribe"), find(s, "Oyelu Bamidele Ekwuribe"); a == nil || a != b {
		t.Errorf("Oyelu Ekwuribe is %v, Oyelu Bamidele Ekwuribe %v: want one person (have %v)", a, b, names(s))
	}
	if a := find(s, "Kemi Holt"); a == nil || a.Name != "Kemi Holt" {
		t.Errorf("Kemi Holt is %v, want a person of her own beside two Kemi … Holts (have %v)", a, names(s))
	}
}

// TestTickerAfterLegalForm: a ticker in brackets after a company's legal
// form and its full stop ("Velmor Audio Inc. (VLMR)") is the company's.
func TestTickerAfterLegalForm(t *testing.T) {
	s := extractText(t, "Shares of Velmor Audio Inc. (VLMR) fell 14% on Monday after the speaker maker reported a wider loss, and VLMR stayed lower on Tuesday.")
	if a, b := find(s, "Velmor Audio Inc"), find(s, "VLMR"); a == nil || a != b {
		t.Errorf("Velmor Audio Inc is %v and VLMR %v, want one company (have %v)", a, b, names(s))
	}
}

// parsedCorpus is a corpus of the texts, each parsed as a file.
// TestStructureWrittenWithItsNoun: a name no gazetteer holds before a
// built place's noun in lower case ("the Cerrojo dam") is written with
// the noun too, and the dam and its reservoir are one place.
func TestStructureWrittenWithItsNoun(t *testing.T) {
	c := parsedCorpus(t, "Dam holds\n\nEngineers inspected the Cerrojo dam on Wednesday after the storm. The Cerrojo reservoir was at 80% of its capacity, the basin authority said.\n")
	set := Actors(c)
	for _, act := range set.Actors {
		if act.Name != "Cerrojo" {
			continue
		}
		for _, want := range []string{"Cerrojo dam", "Cerrojo reservoir"} {
			if !slices.Contains(act.Aliases, want) {
				t.Errorf("Cerrojo has aliases %q, want %q among them", act.Aliases, want)
			}
		}
		if act.Kind != actors.Place {
			t.Errorf("Cerrojo is a %s, want a place", act.Kind)
		}
		return
	}
	t.Errorf("no actor Cerrojo in %v", set.Actors)
}

// TestPossessiveBodyNotCalledByItsFirstWord: "People" opening a
// quotation is no short name of the People's Committee the article
// names; a body whose name opens with a possessive is not called by
// that word alone.
func TestPossessiveBodyNotCalledByItsFirstWord(t *testing.T) {
	c := parsedCorpus(t, "Motorbike ban\n\nThe plan was approved by the city's People's Committee on Tuesday, the municipal government said.\n\n\"People will have time to switch to electric bikes,\" Nguyen Thi Lan, a deputy director, told reporters.\n")
	for _, act := range Actors(c).Actors {
		if act.Name == "People's Committee" && slices.Contains(act.Aliases, "People") {
			t.Errorf("People's Committee has aliases %q, want no \"People\"", act.Aliases)
		}
	}
}

// TestCapitalWhoseCityActs: a capital the sentence calls the city, or
// whose city government acts, is the city; one that speaks alone stands
// for its country's government.
func TestCapitalWhoseCityActs(t *testing.T) {
	c := parsedCorpus(t, "Stoves to go\n\nUlaanbaatar will replace 40,000 coal stoves by 2028 under a plan approved by the city's governor on Tuesday.\n\nPyongyang said the drills were a provocation.\n")
	byName := map[string]*actors.Actor{}
	for _, act := range Actors(c).Actors {
		byName[act.Name] = act
	}
	if act := byName["Ulaanbaatar"]; act == nil || act.Kind != actors.Place {
		t.Errorf("want the city Ulaanbaatar, a place; have %v", slices.Collect(maps.Keys(byName)))
	}
	if act := byName["North Korea"]; act == nil || !slices.Contains(act.Aliases, "Pyongyang") {
		t.Errorf("want Pyongyang, speaking, read as North Korea; have %v", slices.Collect(maps.Keys(byName)))
	}
}

func parsedCorpus(t *testing.T, texts ...string) *corpus.Corpus {
	t.Helper()
	c := &corpus.Corpus{}
	for i, text := range texts {
		a, err := corpus.Parse(fmt.Sprintf("a%d.txt", i), []byte(text), corpus.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		c.Articles = append(c.Articles, a)
	}
	return c
}

// TestMakerBesideItsProduct: "Orvane said" beside the "Orvane Watch" is
// the company, an actor of its own, not another name of its watch.
func TestMakerBesideItsProduct(t *testing.T) {
	s := extractText(t, "Orvane on Tuesday unveiled a cheaper Orvane Watch and a thinner phone.\n\nOrvane said the new watch would cost $199. Shares of Orvane rose 1.2%.")
	for _, name := range []string{"Orvane", "Orvane Watch"} {
		if a := find(s, name); a == nil || a.Name != name || a.Kind != actors.Organization {
			t.Errorf("find(%q) = %v, want an organisation of that name; actors: %v", name, a, names(s))
		}
	}
}

// TestCongressAlone: "Congress MP X" beside the Trinamool Congress names
// a party of its own, not the Trinamool Congress by its last word.
func TestCongressAlone(t *testing.T) {
	s := extractText(t, "Trinamool Congress leader Kalyan Mitra spoke, and Congress MP Ravi Gogate said the bill was wrong.")
	if a := find(s, "Congress"); a == nil || a.Name != "Congress" {
		t.Errorf("Congress = %v, want a body of that name; actors %v", a, names(s))
	}
}

// TestForcesByTwoNames: a country's forces named by its people's name
// ("the Israeli military") and by their own ("the Israel Defense
// Forces") in one article are one body.
func TestForcesByTwoNames(t *testing.T) {
	s := extractText(t, "A strike killed three people, Lebanon's health ministry said, while the Israeli military said it had hit a commander.\n\nThe Israel Defense Forces (IDF) said in a statement that the strike hit a member of the Radwan Force.")
	if a := find(s, "Israeli military"); a == nil || a.Name != "Israel Defense Forces" {
		t.Errorf("Israeli military = %v, want the Israel Defense Forces; actors %v", a, names(s))
	}
}

// TestClubsInALeaguesReport: in a report that names a football league,
// a city a side plays, or was held at after a score, is a club.
func TestClubsInALeaguesReport(t *testing.T) {
	s := extractText(t, "Arsenal beat Brentford 3-1 to go top of the Premier League, while Chelsea were held 1-1 at Lyon.\n\nThe Gunners are two points clear of Manchester City, who play Liverpool at Anfield on Sunday.")
	for _, name := range []string{"Lyon", "Liverpool"} {
		if a := find(s, name); a == nil || a.Kind != actors.Organization {
			t.Errorf("%s = %v, want a club; actors %v", name, a, names(s))
		}
	}
	if a := find(s, "Anfield"); a == nil || a.Kind != actors.Place {
		t.Errorf("Anfield = %v, want the ground, a place; actors %v", a, names(s))
	}
}

// TestClubsOfATransferAndTheTable: in a report naming a football league,
// a city a player turned down "a move to", or a side finished "behind",
// is a club.
func TestClubsOfATransferAndTheTable(t *testing.T) {
	s := extractText(t, "Arsenal have signed a midfielder from Real Sociedad, the Premier League club said on Friday.\n\nHe turned down a move to Leeds last summer to stay in Spain.\n\nArsenal, who finished second behind Liverpool last season, open their campaign away at Fulham FC.")
	for _, name := range []string{"Leeds", "Liverpool"} {
		if a := find(s, name); a == nil || a.Kind != actors.Organization {
			t.Errorf("%s = %v, want a club; actors %v", name, a, names(s))
		}
	}
	if a := find(s, "Spain"); a == nil || a.Kind != actors.Place {
		t.Errorf("Spain = %v, want a place; actors %v", a, names(s))
	}
}

// TestLaborPartyByItsTwoNames: "the Labor Party" and "Labor" in one
// Australian report are one party, the lexicon's.
func TestLaborPartyByItsTwoNames(t *testing.T) {
	s := extractText(t, "Senator Ada Payne quit the governing Labor Party on Thursday.\n\nEvery Labor senator knows the rules, the prime minister said.")
	if a := find(s, "Labor Party"); a == nil || a.Name != "Australian Labor Party" {
		t.Errorf("Labor Party = %v, want the lexicon's Australian Labor Party; actors %v", a, names(s))
	}
}

// TestHorsesInARaceReport: in a report of a horse race, the names the
// race's words give a horse (the lengths, its place, "the favourite",
// "ridden by … and trained by …, X") name no actor; the jockeys and
// trainers are people.
func TestHorsesInARaceReport(t *testing.T) {
	s := extractText(t, "Ridden by Richard Kellane and trained by Michael Storr, Desert Crown beat Hoo Ya Mal by two and a half lengths in the Derby, while the favourite City of Troy trailed home under Ryan Moorcroft.\n\nThe colt held off the top weight Rathmoyle Lad by a length and a half. Bold Archer was third.")
	for _, name := range []string{"Desert Crown", "Hoo Ya Mal", "City of Troy", "Rathmoyle Lad", "Bold Archer"} {
		if a := find(s, name); a != nil {
			t.Errorf("%s = %v, want no actor (a horse); actors %v", name, a, names(s))
		}
	}
	for _, name := range []string{"Richard Kellane", "Michael Storr", "Ryan Moorcroft"} {
		if a := find(s, name); a == nil || a.Kind != actors.Person {
			t.Errorf("%s = %v, want a person; actors %v", name, a, names(s))
		}
	}
	// A jumps race: a horse gives its trainer a win, is owned, has its
	// odds cut or wins a hurdle; a race is named after a person.
	s = extractText(t, "Copper Lantern gave trainer Niamh Halloran-Ruane her first Grade 1 win in the Tingle Creek Chase. Stormy Harbour, the 11-8 favourite, made a mistake at the last.\n\nCopper Lantern, owned by the Kilcash Syndicate, was cut to 6-1 for the Queen Mother Champion Chase. Earlier, Glen Rowan won the novice hurdle for the trainer Henrietta Fox-Lyle.")
	for _, name := range []string{"Copper Lantern", "Stormy Harbour", "Glen Rowan", "Chase", "Mother Champion Chase"} {
		if a := find(s, name); a != nil && a.Kind == actors.Person {
			t.Errorf("%s = %v, want no person (a horse or a race); actors %v", name, a, names(s))
		}
	}
	for _, name := range []string{"Niamh Halloran-Ruane", "Henrietta Fox-Lyle"} {
		if a := find(s, name); a == nil || a.Kind != actors.Person {
			t.Errorf("%s = %v, want a person; actors %v", name, a, names(s))
		}
	}
}

// TestLexiconBodyWithItsGroup: a body the lexicon knows by one word,
// then "Group", is that body: "Volkswagen Group" and "Volkswagen" in one
// report are one actor.
func TestLexiconBodyWithItsGroup(t *testing.T) {
	s := extractText(t, "Oliver Blume, the chief executive of Volkswagen Group, said the deal set the course.\n\nThe job cuts will come through early retirements, Volkswagen said.\n\nSony Group and Sony's film arm were not involved.")
	for _, pair := range [][2]string{{"Volkswagen Group", "Volkswagen"}, {"Sony Group", "Sony"}} {
		if a, b := find(s, pair[0]), find(s, pair[1]); a == nil || b == nil || a.ID != b.ID {
			t.Errorf("%s = %v and %s = %v, want one actor; actors %v", pair[0], a, pair[1], b, names(s))
		}
	}
}

// TestLexiconBodyWithItsLegalForm: a body the lexicon knows by a name
// without its legal form ("Toyota Motor") is that body with it
// ("Toyota Motor Corp."), one actor with "Toyota's factories".
func TestLexiconBodyWithItsLegalForm(t *testing.T) {
	s := extractText(t, "Toyota Motor Corp. said on Wednesday it would invest $2.1 billion more in a battery plant.\n\nThe plant will supply Toyota's factories in Kentucky.")
	if a := find(s, "Toyota Motor Corp."); a == nil || a.Name != "Toyota" {
		t.Errorf("Toyota Motor Corp. = %v, want the lexicon's Toyota; actors %v", a, names(s))
	}
}

// TestLoneNameByOffice: a lone surname given an office ("Prime Minister
// Zwaiba") is the one person of the article sharing it who holds that
// office, not a relative named first.
func TestLoneNameByOffice(t *testing.T) {
	s := Actors(corpusOf(t, "a.txt", "Adviser in Cairo\n\nWalid Zwaiba, an adviser to Libya's Tripoli-based prime minister Abdelkarim Zwaiba, held talks in Cairo on Monday.\n\nThe visit came after fighting between militias backing Prime Minister Zwaiba and their rivals.\n"))
	pm, adviser := find(s, "Abdelkarim Zwaiba"), find(s, "Walid Zwaiba")
	if pm == nil || adviser == nil || pm == adviser {
		t.Fatalf("want two people: %v", names(s))
	}
	if pm.Mentions["a"] != 2 || adviser.Mentions["a"] != 1 {
		t.Errorf("mentions: prime minister %d, adviser %d; want 2 and 1", pm.Mentions["a"], adviser.Mentions["a"])
	}
}

// TestLiveBlogEntries checks that a live blog's entry opens a sentence
// after its time, so that its first word is read as a sentence's first.
func TestLiveBlogEntries(t *testing.T) {
	s := Actors(corpusOf(t, "live.txt", "Election night live: polls close\n\nFollow our coverage.\n\n22:47 — First official results\n\nThe commission has published results.\n"))
	if a := find(s, "First"); a != nil {
		t.Errorf("a live blog's entry: %q is a %s, want no actor", a.Name, a.Kind)
	}
}

// TestTitleCase: a name written in capitals is written as a name, its
// small words small ("CITY OF MALOLOS", "DAR ES SALAAM"), its first and
// last words and hyphenated parts capitalised.
func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"EL FASHER":           "El Fasher",
		"CITY OF MALOLOS":     "City of Malolos",
		"DAR ES SALAAM":       "Dar es Salaam",
		"PORT OF SPAIN":       "Port of Spain",
		"SAINT-DENIS":         "Saint-Denis",
		"OF":                  "Of",
		"BANDAR SERI BEGAWAN": "Bandar Seri Begawan",
	} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHeadlineInitials: a headline's initials that the text never spells
// out, before a verb of the headline's present, are a body's ("PNP nabs
// 3 suspects …"); common initials ("CEO says …") and a label before a
// colon ("KZN floods: …") are not.
func TestHeadlineInitials(t *testing.T) {
	for _, tt := range []struct {
		headline, initials string
		want               actors.Kind
	}{
		{"VNPA nabs 3 suspects in Orvando raid", "VNPA", actors.Organization},
		{"CEO says Orvando firm will cut jobs", "CEO", ""},
		{"KVN floods: 1,200 families still in shelters", "KVN", ""},
	} {
		a := parseArticle(t, "made-up.txt", tt.headline+"\n\nOfficers arrested three men in Orvando on Monday after a raid on a warehouse, Kessa Lindqvarn-Oye said.\n\nMore arrests are expected, she said.\n")
		s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
		got := find(s, tt.initials)
		switch {
		case tt.want == "" && got != nil:
			t.Errorf("%q: an actor %q (%s), want none", tt.headline, got.Name, got.Kind)
		case tt.want != "" && (got == nil || got.Kind != tt.want):
			t.Errorf("%q: %v, want %q a %s; actors %v", tt.headline, got, tt.initials, tt.want, names(s))
		}
	}
}
