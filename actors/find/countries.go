package find

import "strings"

// countryTable is every sovereign state and a few territories often in the
// news, one a line: name | other names | capital | demonyms. It is read
// once, on first use, into countries. Names already in the first part of
// the lexicon (lexicon.go) keep their entry there.
const countryTable = `
Afghanistan||Kabul|Afghan,Afghans
Albania||Tirana|Albanian,Albanians
Algeria||Algiers|Algerian,Algerians
Andorra||Andorra la Vella|Andorran
Angola||Luanda|Angolan,Angolans
Antigua and Barbuda||Saint John's|Antiguan
Argentina||Buenos Aires|Argentine,Argentinian,Argentines,Argentinians
Armenia||Yerevan|Armenian,Armenians
Austria||Vienna|Austrian,Austrians
Azerbaijan||Baku|Azerbaijani,Azerbaijanis,Azeri
Bahamas|The Bahamas|Nassau|Bahamian
Bahrain||Manama|Bahraini
Bangladesh||Dhaka|Bangladeshi,Bangladeshis
Barbados||Bridgetown|Barbadian
Belgium||Brussels|Belgian,Belgians
Belize||Belmopan|Belizean
Benin||Porto-Novo|Beninese
Bhutan||Thimphu|Bhutanese
Bolivia||La Paz|Bolivian,Bolivians
Bosnia and Herzegovina|Bosnia|Sarajevo|Bosnian,Bosnians
Botswana||Gaborone|Botswanan
Brunei||Bandar Seri Begawan|Bruneian
Bulgaria||~Sofia|Bulgarian,Bulgarians
Burkina Faso||Ouagadougou|Burkinabe
Burundi||Gitega|Burundian
Cambodia||Phnom Penh|Cambodian,Cambodians
Cameroon||Yaoundé|Cameroonian,Cameroonians
Cape Verde|Cabo Verde|Praia|Cape Verdean
Central African Republic|CAR|Bangui|
~Chad||N'Djamena|Chadian
Chile||Santiago|Chilean,Chileans
Colombia||Bogotá|Colombian,Colombians
Comoros||Moroni|Comorian
Democratic Republic of Congo|DRC,DR Congo,Democratic Republic of the Congo,Congo|Kinshasa|Congolese
Republic of Congo|Congo-Brazzaville|Brazzaville|
Costa Rica||San José|Costa Rican
Ivory Coast|Côte d'Ivoire|Yamoussoukro|Ivorian,Ivorians
Croatia||Zagreb|Croatian,Croatians,Croat,Croats
Cyprus||Nicosia|Cypriot,Cypriots
Czech Republic|Czechia|Prague|Czech,Czechs
Denmark||Copenhagen|Danish,Dane,Danes
Djibouti||Djibouti City|Djiboutian
Dominica||Roseau|
Dominican Republic||Santo Domingo|Dominican,Dominicans
East Timor|Timor-Leste|Dili|Timorese
Ecuador||Quito|Ecuadorian,Ecuadoreans,Ecuadorians
El Salvador||San Salvador|Salvadoran,Salvadorans
Equatorial Guinea||Malabo|Equatoguinean
Eritrea||Asmara|Eritrean,Eritreans
Estonia||Tallinn|Estonian,Estonians
Eswatini|Swaziland|Mbabane|Swazi
Ethiopia||Addis Ababa|Ethiopian,Ethiopians
Fiji||Suva|Fijian
Gabon||Libreville|Gabonese
Gambia|The Gambia|Banjul|Gambian
Ghana||Accra|Ghanaian,Ghanaians
Greece||Athens|Greek,Greeks
Grenada||St. George's|Grenadian
Guatemala||Guatemala City|Guatemalan,Guatemalans
Guinea||Conakry|Guinean
Guinea-Bissau||Bissau|
Guyana||Georgetown|Guyanese
Haiti||Port-au-Prince|Haitian,Haitians
Honduras||Tegucigalpa|Honduran,Hondurans
Hungary||Budapest|Hungarian,Hungarians
Iceland||Reykjavik|Icelandic,Icelanders,Icelander
Indonesia||Jakarta|Indonesian,Indonesians
Ireland|Republic of Ireland|Dublin|Irish,Irishman,Irishwoman
Jamaica||Kingston|Jamaican,Jamaicans
~Jordan||Amman|Jordanian,Jordanians
Kenya||Nairobi|Kenyan,Kenyans
Kiribati||Tarawa|
Kosovo||Pristina|Kosovar,Kosovars
Kuwait||Kuwait City|Kuwaiti,Kuwaitis
Kyrgyzstan||Bishkek|Kyrgyz
Laos||Vientiane|Lao,Laotian
Latvia||Riga|Latvian,Latvians
Lebanon||Beirut|Lebanese
Lesotho||Maseru|
Liberia||Monrovia|Liberian,Liberians
Liechtenstein||Vaduz|
Lithuania||Vilnius|Lithuanian,Lithuanians
Luxembourg||Luxembourg City|Luxembourgish
Madagascar||Antananarivo|Malagasy
Malawi||Lilongwe|Malawian,Malawians
Malaysia||Kuala Lumpur|Malaysian,Malaysians
Maldives||Malé|Maldivian
Mali||Bamako|Malian,Malians
Malta||Valletta|Maltese
Marshall Islands||Majuro|Marshallese
Mauritania||Nouakchott|Mauritanian
Mauritius||Port Louis|Mauritian
Micronesia||Palikir|Micronesian
Moldova||Chisinau|Moldovan,Moldovans
Monaco||Monaco|Monegasque
Montenegro||Podgorica|Montenegrin
Morocco||Rabat|Moroccan,Moroccans
Mozambique||Maputo|Mozambican,Mozambicans
Myanmar|Burma|Naypyidaw|Burmese
Namibia||Windhoek|Namibian,Namibians
Nauru||Yaren|
Nepal||Kathmandu|Nepali,Nepalese
New Zealand||Wellington|New Zealander,New Zealanders
Nicaragua||Managua|Nicaraguan,Nicaraguans
Niger||Niamey|Nigerien
North Macedonia|Macedonia|Skopje|Macedonian
Oman||Muscat|Omani
Palau||Ngerulmud|
Palestine|Palestinian territories|Ramallah|Palestinian,Palestinians
Panama||Panama City|Panamanian
Papua New Guinea|PNG|Port Moresby|Papua New Guinean,Papua New Guineans
Paraguay||Asunción|Paraguayan
Peru||Lima|Peruvian,Peruvians
Philippines|The Philippines|Manila|Filipino,Filipinos,Filipina,Philippine
Portugal||Lisbon|Portuguese
Qatar||Doha|Qatari,Qataris
Romania||Bucharest|Romanian,Romanians
Rwanda||Kigali|Rwandan,Rwandans
Saint Kitts and Nevis||Basseterre|
Saint Lucia||Castries|
Saint Vincent and the Grenadines||Kingstown|
Samoa||Apia|Samoan
San Marino||San Marino|
Sao Tome and Principe||São Tomé|
Senegal||Dakar|Senegalese
Serbia||Belgrade|Serbian,Serbians,Serb,Serbs
Seychelles|||
Sierra Leone||Freetown|Sierra Leonean
Singapore||Singapore|Singaporean,Singaporeans
Slovakia||Bratislava|Slovak,Slovaks
Slovenia||Ljubljana|Slovenian,Slovenians,Slovene,Slovenes
Solomon Islands||Honiara|
Somalia||Mogadishu|Somali,Somalis
South Sudan||Juba|South Sudanese
Sri Lanka||Colombo|Sri Lankan,Sri Lankans
Sudan||Khartoum|Sudanese
Suriname||Paramaribo|Surinamese
Tajikistan||Dushanbe|Tajik
Tanzania||Dodoma|Tanzanian,Tanzanians
Thailand||Bangkok|Thai
Togo||Lomé|Togolese
Tonga||Nukuʻalofa|Tongan
Trinidad and Tobago||Port of Spain|Trinidadian
Tunisia||Tunis|Tunisian,Tunisians
Turkmenistan||Ashgabat|Turkmen
Tuvalu||Funafuti|
Uganda||Kampala|Ugandan,Ugandans
United Arab Emirates|UAE,U.A.E.|Abu Dhabi|Emirati,Emiratis
Uruguay||Montevideo|Uruguayan,Uruguayans
Uzbekistan||Tashkent|Uzbek,Uzbeks
Vanuatu||Port Vila|
Vatican|Holy See,Vatican City||
Yemen||Sanaa|Yemeni,Yemenis
Zambia||Lusaka|Zambian,Zambians
Zimbabwe||Harare|Zimbabwean,Zimbabweans
Greenland||Nuuk|Greenlandic
Puerto Rico||San Juan|Puerto Rican,Puerto Ricans
Western Sahara|||Sahrawi
Scotland||Edinburgh|Scottish,Scot,Scots
England|||English,Englishman,Englishwoman
Wales||Cardiff|Welsh,Welshman,Welshwoman
Northern Ireland||Belfast|
Hong Kong|||
Faroe Islands|Faroes|Tórshavn|Faroese
New Caledonia||Nouméa|New Caledonian,New Caledonians
French Polynesia||Papeete|French Polynesian
Guam|||Guamanian
Bermuda|||Bermudian,Bermudians
Cayman Islands|Caymans||Caymanian
Falkland Islands|Falklands||Falkland Islanders
Gibraltar|||Gibraltarian,Gibraltarians
Macau|Macao||Macanese
Aruba||Oranjestad|Aruban
Curaçao|Curacao|Willemstad|
British Virgin Islands|BVI|Road Town|
US Virgin Islands|U.S. Virgin Islands||
Isle of Man|||Manx
Guernsey|||
Turks and Caicos Islands|Turks and Caicos||
Anguilla|||Anguillan
Montserrat|||
Réunion|Reunion||
`

// allCountries returns the lexicon's countries followed by the table's,
// each name once. A name written "~Name" matches only a capitalised span
// that is that name alone: "Chad" the country, never "Chad Smith".
func allCountries() []country {
	out := append([]country(nil), countries...)
	seen := map[string]bool{}
	for _, c := range countries {
		seen[keyOf(c.name)] = true
	}
	for _, line := range strings.Split(countryTable, "\n") {
		f := strings.Split(line, "|")
		if len(f) != 4 || seen[keyOf(strings.TrimPrefix(f[0], "~"))] {
			continue
		}
		c := country{name: f[0], capital: f[2]}
		if f[1] != "" {
			c.aliases = strings.Split(f[1], ",")
		}
		if f[3] != "" {
			c.demonyms = strings.Split(f[3], ",")
		}
		seen[keyOf(strings.TrimPrefix(c.name, "~"))] = true
		out = append(out, c)
	}
	return out
}
