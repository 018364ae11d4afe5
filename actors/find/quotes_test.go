package find

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/actors"
	"github.com/parallax-news/parallax/corpus"
)

// TestQuotePatterns checks one made-up paragraph for each way wire copy
// attributes a quotation: want maps the first words of each quotation to
// its speaker ("" for none, "-" for words that are no quotation).
func TestQuotePatterns(t *testing.T) {
	tests := []struct {
		pattern string
		text    string
		want    map[string]string
	}{
		{"a title set off before the name after a dateline, then the title's office", "Governor vetoes bill\n\nVARNA — The governor of the coastal province of Dolmara, Ilse Varkonyi-Roth, on Friday vetoed a bill.\n\nIn a note, the governor's office said the bill was \"incompatible with the province's commitments\" on forests.",
			map[string]string{"incompatible with the province's commitments": "Ilse Varkonyi-Roth"}},
		{"a feature's present tense before the speaker", "The seed store\n\n\"We carried boxes down to the basement by hand, all night,\" recalls Dr Yelena Sorokina-Platt, the institute's head of genetic resources.",
			map[string]string{"We carried boxes down": "Yelena Sorokina-Platt"}},
		{"a court's decision speaks for the court the report opens with", "Ex-mayor convicted\n\nThe Sandiganbayan has convicted a former mayor of graft over rescue boats.\n\nIn a 64-page decision, the anti-graft court's Fifth Division found him guilty.\n\n\"The accused acted with evident bad faith,\" the decision read.",
			map[string]string{"The accused acted with evident bad faith": "Sandiganbayan"}},
		{"a sentence opening with a possessive and a relative set off by commas is the relative's, after another paragraph's speaker; a body described by how it is owned", "Verdict in Yakima\n\nKessler-Voss shot Eliseo Marchetti-Ruiz, 41, after an argument.\n\nDefense attorney Ross Pellegrin argued his client had fired in self-defense. He said he would appeal.\n\nMarchetti-Ruiz's sister, Marisol Marchetti, wept as the verdict was read. \"We just wanted someone to say it out loud,\" she said.\n\nBrenmoor Petroleum said it had struck oil. In a release, the state-owned company said the well showed \"good quality light crude\" in tests.",
			map[string]string{"We just wanted someone": "Marisol Marchetti", "good quality light crude": "Brenmoor Petroleum"}},
		{"a pronoun opening a sentence is the subject of a second verb after \"but\"", "Thieves took three paintings.\n\nAmong them is a still life by Pieter Vandaalen, museum director Greta Holmfirth-Ley told reporters. She declined to estimate their value but said they were \"irreplaceable for the city\".",
			map[string]string{"irreplaceable for the city": "Greta Holmfirth-Ley"}},
		{"a name set off after its role, then \"has said\"", "Talks resume in March.\n\nIts secretary-general, Leticia Vandermoot, has said rules must be \"based on the best available science\". Her deputy, Ivo Marsh, had asked for a delay, citing \"the lack of data\".",
			map[string]string{"based on the best available science": "Leticia Vandermoot"}},
		{"a councillor's party in brackets between the name and the verb", "The council voted.\n\nCouncil leader Cllr Ada Brightwell (Lab) said the town had waited \"far too long\" for a pool, and Cllr Ivo Marsh (Con) said it was \"a waste\".",
			map[string]string{"far too long": "Ada Brightwell", "a waste": "Ivo Marsh"}},
		{"an interview's answers, set as questions and answers", "Mayor defends cuts\n\nMayor Ilse Varrow defended the cuts on Tuesday.\n\nQ: Why cut the library budget?\n\nA: \"Because the alternative was cutting bin collections.\"\n\nQ: Will you resign?\n\nA: \"No, and nobody has asked me to.\"",
			map[string]string{"Because the alternative": "Ilse Varrow", "No, and nobody": "Ilse Varrow"}},
		{"a name set off by a dash, then a clause of speaking and a colon", "Mayor defends cuts\n\nThe cuts were defended.\n\n\u2014 Ilse Varrow, speaking to reporters: \"I will not apologise.\"\n\nOla Brekke, talking on local radio: \"It is a disgrace.\"",
			map[string]string{"I will not apologise": "Ilse Varrow", "It is a disgrace": "Ola Brekke"}},
		{"an honorific, the name, an apposition, then how the person was, up to a colon", "The budget froze thresholds.\n\nSir Malcolm Vane insists it is no tax rise. \"Nobody's rate is going up,\" he said. Ms Ada Quillfeather, his shadow, was scathing: \"It is a stealth tax.\" Mr Ivo Marsh was more blunt: \"It is a con.\"",
			map[string]string{"Nobody's rate is going up": "Malcolm Vane", "It is a stealth tax": "Ada Quillfeather", "It is a con": "Ivo Marsh"}},
		{"a role opening the sentence, quoted by a paper as saying", "The port will close.\n\nFisheries Minister Katla Brandvik said she understood the anger of the town.\n\nThe minister was quoted by the newspaper Nordlys as saying that \"no decision is final until it is signed.\"",
			map[string]string{"no decision is final": "Katla Brandvik"}},
		{"a possessive pronoun before a body's noun, when the article named a body of that kind", "Prize shared.\n\nElina Saarvik of the University of Velden will share the prize, the academy said on Monday.\n\nHer university said in a statement it was \"immensely proud\". His company said it was \"reviewing the decision\".",
			map[string]string{"immensely proud": "University of Velden", "reviewing the decision": ""}},
		{"\"she\" after a paragraph that opens on her and names a body", "Runoff.\n\nVoters choose between Ada Ulloa-Brandt and Ivo Marsh on Sunday.\n\nUlloa-Brandt won the first round with 26.8% of the vote.\n\nShe has promised a bigger role for the Codelmar copper giant.\n\n\"Growth cannot be for the few,\" she told supporters.",
			map[string]string{"Growth cannot be for the few": "Ada Ulloa-Brandt"}},
		{"a person after \"with\" and a role, before \"saying\"", "Prosecutors indicted the opposition leader.\n\nThe ruling Democratic Party welcomed the decision, with floor leader Kang Dae-hyun saying that \"no one is above the law.\"",
			map[string]string{"no one is above the law": "Kang Dae-hyun"}},
		{"a body's branch in a place speaks for the body", "Homes were razed in Lagos.\n\nThe Nigerian Bar Association's Lagos branch described the demolitions as \"a violation of the right to dignity,\" and offered free legal help.",
			map[string]string{"a violation of the right to dignity": "Nigerian Bar Association"}},
		{"an age before the verb, after a paragraph that named someone in passing last", "Party elects leader.\n\nAt the congress, Selin Oraloğlu received 812 votes. The race had been overshadowed by the jailing of Istanbul Mayor Kemal Durmaz.\n\nAddressing the delegates, the 47-year-old said the party \"will not bow.\"",
			map[string]string{"will not bow": "Selin Oraloğlu"}},
		{"a nickname before a surname's particle is no quotation", "Senator skips hearing.\n\nSenator Ramon \"Bong\" dela Peña on Tuesday skipped the hearing, citing a \"prior commitment\" in his province.",
			map[string]string{"prior commitment": "Ramon \"Bong\" dela Peña", "Bong": "-"}},
		{"a transcript's turns after their speakers' labels, no marks; a reporter's question is no one's", "Minister's briefing\n\nHealth Minister Eoin Varrow-Kelly and Dr Siobhan Tarrant-Quinn briefed reporters on Thursday.\n\nVARROW-KELLY: Good afternoon. Today we are publishing the figures for November.\n\nQ: Will the hubs be fully staffed when they open?\n\nTarrant-Quinn: We have recruited most of the nursing posts, and we are recruiting abroad.",
			map[string]string{"Good afternoon. Today we are publishing": "Eoin Varrow-Kelly", "We have recruited most of the nursing posts": "Siobhan Tarrant-Quinn", "Will the hubs be fully staffed": "-"}},
		{"a senator's party and state in brackets before the verb; a body speaking through its officer", "Inquiry approved\n\nSenator Nick Carrow-Bell (Greens, Tas.) said families were \"paying more at the checkout\". Malacañang, through Palace Press Officer Claire Evans-Roque, said the administration would \"leave no stone unturned.\"",
			map[string]string{"paying more at the checkout": "Nick Carrow-Bell", "leave no stone unturned": "Claire Evans-Roque"}},
		{"a court's judges, after a defendant named last", "A mayor was jailed.\n\nThe Provincial Court of Arlanza sentenced Mateo Solís Rueda to five years. His cousin, Iker Lasa Mendi, got three.\n\nThe judges said the mayor had “run the council like a family shop”.",
			map[string]string{"run the council like a family shop": "Provincial Court of Arlanza"}},
		{"a body's name and its kind in small letters before the verb", "Dockers stop overtime.\n\nThe union wants 9%.\n\nThe Ports of Norway employers' organisation said the demand was “unrealistic” and called for mediation.",
			map[string]string{"unrealistic": "Ports of Norway"}},
		{"a court's holding, after a long clause", "A builder lost.\n\nThe Supreme Court on Thursday refused to stay an order of the High Court directing the demolition of two towers built by a private firm in Sector 62 of the city, holding that the builder had “misled every buyer”.",
			map[string]string{"misled every buyer": "Supreme Court"}},
		{"a winner who thanked voters", "A by-election was won.\n\nIn his acceptance speech, Tiwonge Banda-Mzumara thanked voters “for trusting a young man with their voice”.",
			map[string]string{"for trusting a young man": "Tiwonge Banda-Mzumara"}},
		{"a title's office after its holder", "A bill was vetoed.\n\nGovernor Ana Reis-Lobo vetoed the bill on Friday.\n\nIn a note, the governor's office said the bill was “incompatible with the state's pledges”.",
			map[string]string{"incompatible with the state's pledges": "Ana Reis-Lobo"}},
		{"the present tense of \"called\" before a quotation", "Fares were capped.\n\nThe answer has been a fare cap, which Transport Secretary Hedda Allbright calls “a lifeline for millions.” It is, if there is a bus.",
			map[string]string{"a lifeline for millions": "Hedda Allbright"}},
		{"the title of a state set off before the name, then by the title, after another party's officer is named", "A governor switched parties.\n\nThe governor of Kogi State, Ebuka Nnamdi-Okoro, on Friday joined the ruling party.\n\nHe was received in Lokoja by the party's national chairman, Alhaji Musa Danlami-Bello.\n\nSpeaking at the event, the governor said the move was “for the good of our people”.",
			map[string]string{"for the good of our people": "Ebuka Nnamdi-Okoro"}},
		{"\"she added\" after a spokeswoman for a body named in commas is the body", "Fans fought on Saturday.\n\nCarrickmore Rovers chairman Declan Braithe wrote on X: \"Our fans were attacked.\"\n\nA spokeswoman for the visiting club, Dovrin Athletic, told the BBC the club had \"seen nothing to suggest our supporters started this\". She added: \"We will cooperate fully with the police.\"",
			map[string]string{"Our fans were attacked": "Declan Braithe", "seen nothing to suggest": "Dovrin Athletic", "We will cooperate fully": "Dovrin Athletic"}},
		{"\"the local fire department said\" is no body whose name lacks \"fire\"; \"the health ministry\" is the Ministry of Health", "Inmates were moved \u201cout of caution,\u201d the Varrow Department of Corrections said.\n\nThe local fire department said on social media: \u201cWe are still on the fire lines.\u201d\n\nThe Ministry of Health of Varrow counted 12 injured. \u201cThe hospitals are coping,\u201d the health ministry said.",
			map[string]string{"out of caution": "Varrow Department of Corrections", "We are still on the fire lines.": "", "The hospitals are coping": "Ministry of Health of Varrow"}},
		{"the platform a statement was posted on does not speak", "The actor died on Wednesday.\n\nA statement on Twitter said: \u201cIt is with great sadness that we share this news.\u201d\n\nIn a post on Instagram, his daughter Mara Quell said: \u201cHe was my hero.\u201d",
			map[string]string{"It is with great sadness": "", "He was my hero.": "Mara Quell"}},
		{"\"he said\" after a paragraph whose subject beat the person it names last", "Tennis.\n\nJo Varga stormed into the semi-finals with a straight sets win over Rene Falk, and the crowd favourite was delighted.\n\n\"It is extraordinary to be here,\" he said.",
			map[string]string{"It is extraordinary to be here": "Jo Varga"}},
		{"\"she said\" in the paragraph whose subject pulled away from the person it names last, before anyone spoke", "Cross-country.\n\nKenya's Alma Rotich won the race on Sunday.\n\nRotich broke away from Ethiopia's Tsega Alemu on the last lap. \"The mud was heavy,\" she said.",
			map[string]string{"The mud was heavy": "Alma Rotich"}},
		{"\"he said\" after a dateline's dash and the subject who beat the person named last", "Tennis.\n\nNEW YORK - Ivo Brandt stormed into the final with a win over Lars Udsen, and the crowd was delighted.\n\n\"I never dreamt of this,\" he said.",
			map[string]string{"I never dreamt of this": "Ivo Brandt"}},
		{"a \"what they said\" label above a quotation names its speaker", "What the drivers said\n\nThe Dutchman took pole on a windy day, and his team mate lined up sixth.\n\nAda Quell, 1st, 1:14.572\n\n\u201cIt has been a great day and the car was quick.\u201d\n\nBo Renner, 6th, 1:15.450\n\n\u201cI am disappointed with my last lap.\u201d",
			map[string]string{"It has been a great day": "Ada Quell", "I am disappointed": "Bo Renner"}},
		{"a nickname in quotation marks inside a name is no quotation", "The post stays vacant.\n\nColonel Tomas Reyna-Ocampo serves as acting director because Mayor Andres “Pochoy” Velmonte has yet to choose a successor, officials said.",
			map[string]string{"Pochoy": "-"}},
		{"\"the office said\" is no body named since that is no office", "Talks are planned.\n\nThe head of the ruling Harbour Party called on the president to apologise, the presidential office said.\n\n\"The president will speak at 10 a.m.,\" the office said in a text message.",
			map[string]string{"The president will speak": ""}},
		{"\"what she calls\" after a person who spoke earlier in the sentence", "A jury found the mob boss Tomas Kreel guilty in August.\n\nKreel's lawyers have fired back, urging the court to \"reject the request.\" Meanwhile, juror Alma Voska has asked the Senate to investigate what she calls \"a threat to justice.\"",
			map[string]string{"a threat to justice": "Alma Voska"}},
		{"a country in the clause a minister's verb reports is what the minister speaks for", "Talks failed.\n\nIn Cairo, Foreign Minister Karim Velmont-Fahr said Egypt rejected \"unilateral measures\" on the river.",
			map[string]string{"unilateral measures": "Karim Velmont-Fahr"}},
		{"\"when he said\" is the person the sentence opens with", "Tariffs rose.\n\nThe court sanctioned former president Ivo Marenko on Wednesday.\n\nHaldane signed an order on Wednesday that raises tariffs on Velmar goods, as he had threatened when he said the case against Marenko is a \u201cwitch hunt\u201d.\n\nPresident Roy Haldane spoke later.",
			map[string]string{"witch hunt": "Roy Haldane"}},
		{"a quotation of two sentences is its speaker's, not the agency's the sentence ends on", "Votes were counted.\n\n\u201cWe have to accept it,\u201d Ralo Venn said on Monday, adding that \u201cwe must be aware of our duty. I want to act\u201d soon, according to Kyodo News.",
			map[string]string{"we must be aware": "Ralo Venn"}},
		{"\"he\" after a person named after \"of\" is the person the paragraph opens with", "Votes were counted.\n\nRalo Venn took office after the resignation of Ivo Marenko over a scandal, and called an election. During a press conference on Monday, he acknowledged \u201ca harsh judgment from the public\u201d.",
			map[string]string{"a harsh judgment": "Ralo Venn"}},
		{"\"continues\" with an object is no speech", "Votes were counted.\n\nRalo Venn underscored the need for calm at a time of \u201cnational crisis,\u201d as prices rise and as Velmar continues talks with the union.",
			map[string]string{"national crisis": "Ralo Venn"}},
		{"the verb of a relative clause is the person's it hangs on; \"rules\" after a name is a noun", "Fines were set.\n\nHis words echo statements by the head of the agency, Andrew Ferrand, who called VRX rules \u201ca tax on local firms.\u201d",
			map[string]string{"a tax on local firms": "Andrew Ferrand"}},
		{"\"write the authors X\" after a quotation, a plural verb inverted", "The study was published on Monday.\n\n\"We saw the reef come back within two years,\" write the authors Mara Quellen, a biologist at Orrin College, and Tobias Venn, a marine ecologist.",
			map[string]string{"We saw the reef come back within two years,": "Mara Quellen"}},
		{"\"concluded the official\" is the person quoted just before", "The new cabinet chief, Ramiro Estevan, took questions on Tuesday.\n\n\"It is his opinion,\" Estevan replied, adding that the president chooses the cabinet.\n\n\"I accept the challenge of this post,\" concluded the official.",
			map[string]string{"It is his opinion,": "Ramiro Estevan", "I accept the challenge of this post,": "Ramiro Estevan"}},
		{"a person opening a sentence that tells of a video, then a colon", "Tickets sold out.\n\nDaska Leone, who plays the keeper, thanked fans in a video posted to Instagram: \u201cYou sang along in the aisles.\u201d",
			map[string]string{"You sang along in the aisles.": "Daska Leone"}},
		{"a video script's sound-bite label in capitals, its language in brackets, names the speaker of the quotation under it", "Tomb opened\n\n(SCRIPT) Archaeologists opened a tomb of the reign of Amenhotep III.\n\nSOUNDBITE (Arabic) ILHAM SUWEIF, MINISTER OF PORTS AND SHIPPING:\n\u201cThis will be shown to the world next year.\u201d",
			map[string]string{"This will be shown to the world next year.": "Ilham Suweif"}},
		{"the person opening a sentence is the subject of its second verb after an object naming another", "The site reopened.\n\nH.E. Ilham Suweif, the minister, visited the site with its director, Dr. Nour Adel, and described the find as \u201ca message to the world.\u201d",
			map[string]string{"a message to the world.": "Ilham Suweif"}},
		{"\"the Iranian diplomat said\" is the spokesman the article is about", "Briefing held.\n\nForeign Ministry Spokesman Hamidreza Gholfarani attended his weekly press conference on Monday.\n\nReferring to remarks by the US Secretary of State, the Iranian diplomat said they showed \u201cthe same contradictions we have seen for two years.\u201d",
			map[string]string{"the same contradictions we have seen for two years.": "Hamidreza Gholfarani"}},
		{"a role opening a sentence, an apposition naming another, then \"saying\"", "Briefing held.\n\nForeign Ministry Spokesman Hamidreza Gholfarani attended his weekly press conference on Monday.\n\nThe spokesperson also commented on the trip by the President of the Kurdistan Region, Dilshad Amedi, saying the visit had been \u201cconstructive\u201d and that Tehran and Erbil agreed to expand cooperation.",
			map[string]string{"constructive": "Hamidreza Gholfarani"}},
		{"a person, the role set off, a clause, then \"calling\"", "KABUL (BNA) Habibullah Nuristavi, the deputy spokesperson for the Islamic Emirate of Afghanistan, has rejected a United Nations report on the detention of former employees, calling it \u201cbaseless and politically motivated.\u201d",
			map[string]string{"baseless and politically motivated.": "Habibullah Nuristavi"}},
		{"\"declared by\" after a noun is no speaking; \"according to the Taliban spokesman\" is the deputy spokesman named", "Arrests denied.\n\nHabibollah Nooristavi, the Taliban's deputy spokesman, wrote on X that the amnesty declared by supreme leader Hibatullah Akhundzada in 2021 \u201cis still valid and has not been violated.\u201d\n\n\u201cPeople are still being taken from their homes at night,\u201d said Roza Kerimbaeva, head of the mission, in a statement.\n\nAccording to the Taliban spokesman, the report relied on \u201cunverified sources abroad.\u201d",
			map[string]string{"is still valid and has not been violated.": "Habibollah Nooristavi", "unverified sources abroad.": "Habibollah Nooristavi"}},
		{"a paragraph opening on \"she\" that names others after it still calls the person before \"she\"", "Ena Marchbank obituary\n\nEna Marchbank, who has died aged 88, was best known for a long run in a television police drama.\n\nShe was born in Whitby to Walter Marchbank, a trawlerman, and Edith Marchbank, a teacher.\n\nHer Cleopatra, opposite Desmond Okafor at the Old Vic, was praised.\n\nTelevision came late. The series was commissioned in 1988; she refused, she said, \u201cto play a policewoman who faints\u201d.",
			map[string]string{"to play a policewoman who faints": "Ena Marchbank"}},
		{"a live page's statement without quotation marks, signed on the line after it with a dash and a name", "Airports prepare.\n\nAbout 600 soldiers will staff e-gates at Harwood and Lindell airports, the defence ministry said.\n\nWe are working closely with the border staff and our airlines to keep queues as short as we can.\n\n– Harwood Airport spokesperson\n\nDelays are expected from Friday.",
			map[string]string{"We are working closely with the border staff": "Harwood Airport"}},
		{"a judge of a district named with \"of\" chained twice before the verb", "A suit goes on.\n\nU.S. District Judge Harold P. Vennard of the Middle District of Louisiana wrote in a 31-page opinion that the residents had \"plausibly alleged that the company knew of the leaks.\"",
			map[string]string{"plausibly alleged": "Harold P. Vennard"}},
		{"two officers who speak together in a joint statement, the first named first", "A deal is struck.\n\n\"We expect the combination to add to earnings in its first year,\" Trailhead CEO Renata Fjellstad and Chief Financial Officer Marcus Ebbesen said in a joint statement.",
			map[string]string{"We expect the combination": "Renata Fjellstad"}},
		{"\"the Oregon Democrat said\" is the person the party's member stands for", "A deadline was met.\n\nMajority Leader Tom Keller praised senators from both parties. \"Nobody wanted to be here at midnight,\" the Oregon Democrat said.",
			map[string]string{"Nobody wanted to be here": "Tom Keller"}},
		{"\"the port authority said\" after a port that acted", "Port halts shifts.\n\nThe Port of Varnholm suspended night operations at two terminals on Tuesday after a crane collapsed.\n\n\"Safety comes before throughput, always,\" the port authority said in a statement.",
			map[string]string{"Safety comes before throughput": "Port of Varnholm"}},
		{"a quotation a dash opens, as Nordic agencies write it, is the person's named after the verb", "Jet turns back.\n\nThe board is sending a team to Boise.\n\n– A cracked pane at altitude is not something we see often, says NTSB chief Loretta Ambler-Quist.",
			map[string]string{"A cracked pane at altitude": "Loretta Ambler-Quist"}},
		{"\"the confederation said\" is the body named before with that noun", "Dam intact.\n\nThe Guadiana Basin Confederation said on Wednesday that its engineers had inspected the dam.\n\n\"The dam has not suffered any structural damage,\" the confederation said in a statement.",
			map[string]string{"The dam has not suffered": "Guadiana Basin Confederation"}},
		{"\"the Bench observed\", with a capital, is the court that heard the case", "Stay granted.\n\nThe Supreme Court on Friday stayed the demolition of the Ghazipur market. A Bench comprising Justices Revathi Kumaran and Anand Bhatnagar passed the order.\n\n\"Prima facie, the principles of natural justice were not followed,\" the Bench observed.",
			map[string]string{"Prima facie": "Supreme Court"}},
		{"\"the gaffer said\" is the team's head coach", "Hyderabad won 3-2.\n\nHead coach Manolo Varquez said he was happy.\n\nAsked after the game if he was happy, the Nizams gaffer said:\n\n\"Every game is a battle now.\"",
			map[string]string{"Every game is a battle now.": "Manolo Varquez"}},
		{"\"after she said\" is the person right before it, not the one named the sentence before", "Premier Anna Palmer was overruled on Tuesday. Integrity Commissioner Nikola Stepanov denied the claims.\n\nOpposition members lined up to grill Ms Palmer after she said Dr Stepanov and Mr Setter should \u201csit in a room\u201d and work it out.",
			map[string]string{"sit in a room": "Anna Palmer"}},
		{"a barrister set off by commas with a postnominal before the verb", "The player was jailed.\n\nThe Crown prosecutor, Mei Lin Tsao, argued for more. The defence barrister, Ottilie Brandreth SC, told the court her client had been \"consumed by addiction\".",
			map[string]string{"consumed by addiction": "Ottilie Brandreth"}},
		{"a title in quotation marks is no quotation", "The album is out.\n\n\"Northern Glass,\" the first single, pairs Ada Quillan's voice with a synthesiser, and \"Saint Hilda's Bells\" drifts. Quillan said the band \"wanted to stop being polite\".",
			map[string]string{"Northern Glass": "-", "Saint Hilda's Bells": "-", "wanted to stop being polite": "Ada Quillan"}},
		{"\"agreed\" before a partial quotation, not a word named as a word; a modal and \"only\" between the name and \"say:\"", "The debate went on.\n\nMP Wilf Orrington-Hale (Ashmere North) agreed the formula was \"out of date\", but said councils had also made choices. He and Ida Marsh agreed on one thing: they will not use the word \"cuts.\" Asked about him, Signe Falkvard would only say: \"He is not our player.\"",
			map[string]string{"out of date": "Wilf Orrington-Hale", "He is not our player": "Signe Falkvard", "cuts.": "-"}},
		{"\"the board said\" a person had said a partial quotation: the board the article named", "The pilot retired in 2011.\n\nThe Carrick Haven Harbour Board licensed her in 1971. In a statement, the harbour board said Mrs Ellery-Voss had \"changed the port for good\".",
			map[string]string{"changed the port for good": "Carrick Haven Harbour Board"}},
		{"\"he said\" after a quotation is the subject of the sentence before it, not a name in its clause", "The match ended 2-1.\n\nRovers manager Ines Calderwood praised her side. \"We kept going,\" she said.\n\nVale boss Stuart Hennessey felt his team should have had a penalty when Callum Breen went down under a challenge from Jonah Pettifer. \"It's a clear foul. I don't know what the referee saw,\" he said.",
			map[string]string{"It's a clear foul": "Stuart Hennessey"}},
		{"a spokeswoman for a body described in lower case speaks for the body the sentence before named", "Sailings were cut.\n\nMarvane Ferries has cancelled most of its sailings for the day. A spokeswoman for the ferry operator said: \"Safety comes first.\"",
			map[string]string{"Safety comes first": "Marvane Ferries"}},
		{"a person \"of\" a body's unit in lower case before \"said:\"; the name a noun is \"known as\" after a quotation", "The bank held its rate.\n\nAfter the ruling, Sergeant Odile Brannagh of Varnholt Police's roads policing unit said: \"No call is worth a life.\"\n\n\"The stance is appropriate,\" the bank, known as the BCVR, said in a statement.",
			map[string]string{"No call is worth a life": "Odile Brannagh", "The stance is appropriate": "BCVR"}},
		{"Burmese honorifics in an article about Myanmar: \"Ko\" a man, \"Ma\" a woman", "YANGON (Reuters) - Ko Zeya Lin-Aung, a reporter, walked free on Tuesday, his wife, Ma Thandar Nwe-Oo, told Reuters.\n\n\"He is thin but he is smiling,\" she said.",
			map[string]string{"He is thin but he is smiling": "Thandar Nwe-Oo"}},
		{"a participle of telling or adding after the subject's clause", "The man was refused bail.\n\nPolice prosecutor Sergeant Ilse Warrender-Koh opposed bail, telling the court the chase had put \"every driver on the road at risk\". The lawyer for the accused, Tomasz Greff, disagreed.",
			map[string]string{"every driver on the road at risk": "Ilse Warrender-Koh"}},
		{"a name's characters in brackets between the name and the verb", "The bill passed.\n\nKMT caucus whip Kao Shu-fen (高淑芬) said the bill would \"only feed suspicion\".",
			map[string]string{"only feed suspicion": "Kao Shu-fen"}},
		{"a transcript's speaker label in capitals with a bracket, then a quotation", "The union replied.\n\nThe mayor, Idris Fenwick-Obi, met the union's leader, Mavis Hargreave-Adu, on Monday.\n\nFENWICK-OBI: We have made a fair offer.\n\nHARGREAVE-ADU (in a statement issued later): \"Fair to whom? Our drivers cannot wait.\"",
			map[string]string{"Fair to whom?": "Mavis Hargreave-Adu"}},
		{"\"said the <place> ward representative\" is the person last named, not the place", "Members rejected the budget.\n\nThe committee chairperson, Mr Brian Muliro-Okwaro, said some roads had been funded twice. \"We will not pay for one road two times,\" said the Mumias ward representative.",
			map[string]string{"We will not pay for one road": "Brian Muliro-Okwaro"}},
		{"\"the party\" is the party the paragraph names next when none was named before", "Seoul raised its childcare grants.\n\nStatistics Korea said births fell again. The main opposition party called the plan \"a gesture\". Rep. Yoon Seo-jin of the Justice Party said it ignored rents.",
			map[string]string{"a gesture": "Justice Party"}},
		{"\"the PPRO\" is the police spokesperson; \"the bench\" the court the article named first; a participle after a dateline with a colon", "Abuja: The Court of Appeal on Tuesday upheld the conviction of a former council official, saying the trial judge had been \"meticulous and fair\".\n\nThe appeal was against a judgment of the Federal High Court in Lokoja.\n\n\"Public office is a trust, not a harvest,\" the bench said.\n\nThe state police spokesperson, SP Bisola Adekunle-Ige, said the official had been rearrested. According to her, the Commissioner of Police, CP Musa Danjuma-Ekele, ordered the arrest.\n\n\"He was picked up at his home in Lokoja,\" the PPRO said.",
			map[string]string{"meticulous and fair": "Court of Appeal", "Public office is a trust": "Court of Appeal", "He was picked up at his home": "Bisola Adekunle-Ige"}},
		{"an officer's title by its initials is the latest officer whose role they spell", "Prices were checked.\n\nOn the orders of the deputy commissioner, Assistant Commissioner Saddar Haris Mehmood Awan sealed six shops. The AC said fines would follow.\n\nAdditional Deputy Commissioner General Nargis Akram Toor chaired the price committee. \"Hoarders will be punished,\" the ADC said.",
			map[string]string{"Hoarders will be punished": "Nargis Akram Toor"}},
		{"an apposition's commas then \"later said\"; \"she\" not one the article called \"he\" after a semicolon, nor the one named after \"she\" in the paragraph before", "A painter dies.\n\nRosalind Achterberg, whose seascapes hang in Bergen and Leeds, has died. She was 88.\n\nRaised in Harwich, she left school at 15. Her first dealer, the gallerist Ottilie Vanstone, later said she had \"an eye that frightened people\".\n\nShe married the printer Anselm Greaves in 1961; he died in 2003. She is survived by a nephew.\n\nAsked what she hoped for, she said: \"That someone keeps painting the sea.\"",
			map[string]string{"an eye that frightened people": "Ottilie Vanstone", "That someone keeps painting the sea": "Rosalind Achterberg"}},
		{"\"she\" opening a paragraph that names no one is the person the paragraph before ended on, not one called so earlier", "Night shift at the hospital.\n\nNuria Castells has worked there for 12 years.\n\nHer friend Marta Vidal-Roig moved to Geneva. Reached by phone, Vidal-Roig says she does not regret it. “I sleep now,” she says.\n\nAt 5.40 a.m., Castells sits down for the first time in four hours.\n\nWill she stay? She laughs.\n\n“Ask me in the morning,” she says.",
			map[string]string{"I sleep now": "Marta Vidal-Roig", "Ask me in the morning": "Nuria Castells"}},
		{"a pronoun after paragraphs naming no one but places; \"he\" bound by the one person the sentence before names; \"she\" inside a sentence after one naming one person", "The 421 bus pulls into the square, and Morag Sinclair climbs aboard.\n\nShe is 83. The bus takes her to Lochgilphead.\n\n“Without it I would have to leave,” she said.\n\n“It is a lifeline,” said Fiona Drummond, who chairs the community council. She has a petition.\n\nThe driver, Calum Rennie, has driven the route for 11 years. He knows his passengers.\n\n“Mrs Sinclair always has a biscuit for me,” he said.\n\nBack on the bus, Sinclair watched the loch. Asked what she would do, she was quiet.\n\n“I have never liked asking,” she said.",
			map[string]string{"Without it I would have to leave": "Morag Sinclair", "It is a lifeline": "Fiona Drummond", "Mrs Sinclair always has a biscuit": "Calum Rennie", "I have never liked asking": "Morag Sinclair"}},
		{"\"she said:\" after a body's quoted words, its quotation in the paragraphs after", "The mill was sold.\n\nThe heritage minister, Olwen Pryderi-Jones, has defended the sale, after Plaid Cymru accused ministers of “selling off Welsh history on the cheap”.\n\nSpeaking in the Senedd on Tuesday, she said:\n\n“I want to be absolutely clear. The valuation was carried out independently.\n\n“I understand that people feel strongly about this building.”",
			map[string]string{"selling off Welsh history": "Plaid Cymru", "I want to be absolutely clear": "Olwen Pryderi-Jones"}},
		{"the role of one a horse was ridden by, taken up by the role and a clause of \"who\"", "The race was run on Wednesday.\n\nThe mare, ridden by Cian Walsh-Tierney, won by a length. Her trainer, Siobhán Doyle-Brennan, was delighted. “She loves the ground,” Doyle-Brennan said.\n\nThe jockey, who is 19, said he had watched the race as a child. “I can't believe I've won it,” he said.",
			map[string]string{"She loves the ground": "Siobhán Doyle-Brennan", "I can't believe": "Cian Walsh-Tierney"}},
		{"a pronoun after a paragraph whose later sentence opened with another person than its speaker", "The festival closed on Saturday.\n\nThe jury, led by the actress Inés Carvallo-Ruiz, said the film was patient. Marjan Sadeghpour, who lives in Hamburg, accepted the award with her lead actor, Behrouz Nikzad.\n\n“I made this film for the women still in prison,” she told the audience.",
			map[string]string{"I made this film": "Marjan Sadeghpour"}},
		{"a verb of manner after a short quotation", "The vote was close.\n\nCouncillor Ben Adair-Rhys lost by two votes.\n\n“We'll see,” Adair-Rhys shrugged.",
			map[string]string{"We'll see": "Ben Adair-Rhys"}},
		{"said the councillor after a named one, and a union official", "The school will close.\n\nLocal councillor Bernadette O'Rourke-Haines called it shameful.\n\n“It's a disgrace, plain and simple,” said the councillor, who has two children at the school.\n\nThe union NEU said teachers would be redeployed. “No jobs will be lost,” a union official said.",
			map[string]string{"It's a disgrace": "Bernadette O'Rourke-Haines", "No jobs will be lost": "NEU"}},
		{"his office said, opening a sentence, after a person named", "The board met.\n\nThe trust's chief executive, Martin Abbot-Lane, was not available for comment. His office said he was “on leave until Monday”.",
			map[string]string{"on leave until Monday": "Martin Abbot-Lane"}},
		{"he, after a paragraph ending on a person by role", "Talks went on.\n\nEnergy Minister Rafael Oduya-Kent met union leader Tom Breckon-Shaw on Monday. The minister offered a 4% rise.\n\n“This is our final offer,” he said.",
			map[string]string{"This is our final offer": "Rafael Oduya-Kent"}},
		{"a speaker described, not named, whom the next sentence names; no town after in speaks", "A boy was found.\n\nThe mother of a two-year-old boy who was found in a stolen car in Bristol has described the hour he was missing as “the worst of my life”. Shanice Obi-Llewellyn said she had left the engine running.",
			map[string]string{"the worst of my life": "Shanice Obi-Llewellyn"}},
		{"a state's military speaks for itself, not for the country", "Strikes hit the south.\n\nThe Israeli military said it had struck “a weapons storage site” in the area.",
			map[string]string{"a weapons storage site": "Israeli military"}},
		{"a possessive's message up to a colon, and the sentence after a quotation saying whose words they were", "The strike went on.\n\nAlma Brightwater-Kerr, the union leader, met Tomas Veldhuis-Ruiz, the director.\n\nBrightwater-Kerr's message was blunt: “Pay up or shut down.”\n\n“We have heard it all before.” That was the verdict of Veldhuis-Ruiz after the meeting.",
			map[string]string{"Pay up or shut down": "Alma Brightwater-Kerr", "We have heard it all before": "Tomas Veldhuis-Ruiz"}},
		{"the body opening the sentence, not the person inside its apposition", "The inquiry reported.\n\nJoanne Whitcombe-Hale, 44, wrote to the board.\n\nUnison, the union that represented Ms Whitcombe-Hale, said other nurses had been “too frightened to speak”.",
			map[string]string{"too frightened to speak": "Unison"}},
		{"the title of a place set off before the name, then by the title", "Trees will be planted.\n\nThe mayor of Madrid, José Luis Martín-Ortega, on Tuesday presented a plan.\n\nThe plan has a budget of 28 million euros, the city's environment office said.\n\n“Shade is not a luxury,” the mayor said.",
			map[string]string{"Shade is not a luxury": "José Luis Martín-Ortega"}},
		{"a company whose name ends in a legal form's abbreviation, then its verb", "Rates rose.\n\nLuzon Power Corp. said in a statement that the increase was “the lowest possible”.",
			map[string]string{"the lowest possible": "Luzon Power Corp"}},
		{"his daughter, by the kin the article named her by", "Fenwick Arden-Roe has died. His death was confirmed by his daughter, Clare Arden-Whitby, and his friend Bill Carrow-Hale.\n\n“He never stopped being a baker,” his daughter said.",
			map[string]string{"He never stopped being a baker": "Clare Arden-Whitby"}},
		{"she, after a paragraph naming a man, is whom the article called she", "Ilse Marrow-Tan, the architect who rebuilt the harbour, died on Sunday. She was 81.\n\nShe studied in Lyon and married the engineer Tomas Berg in 1971.\n\nTraders resisted her market hall. “They told me it looked like a church,” she recalled. “Within a year they wanted another.”\n\nFormer student Ada Lind remembered her as “generous about everything else”.",
			map[string]string{"They told me it looked": "Ilse Marrow-Tan", "Within a year they wanted": "Ilse Marrow-Tan", "generous about everything": "Ada Lind"}},
		{"the CM and the PM, by their initials", "Chief Minister Ravi Kantamneni flew over the delta.\n\nAddressing villagers, the CM said, “No family will be left without help.”\n\nPrime Minister Odile Marsh-Tan called him. The PM said, “We will match every rupee.”",
			map[string]string{"No family will be left": "Ravi Kantamneni", "We will match every rupee": "Odile Marsh-Tan"}},
		{"a company spokesperson speaks for the company named last", "Lumora Devices was fined on Monday.\n\nLumora said it would appeal. “We disagree with this decision,” a company spokesperson said.",
			map[string]string{"We disagree with this decision": "Lumora Devices"}},
		{"she after a paragraph naming a woman's nephew is the woman", "Dame Imelda Farrow-Quinn, the conductor, has died aged 91.\n\nHer death was announced by her nephew, the cellist Rupert Farrow-Hale.\n\nHer teachers told her, she later recalled, that “a woman with a baton is a curiosity”.",
			map[string]string{"a woman with a baton": "Imelda Farrow-Quinn"}},
		{"a quotation signed with a dash, and a body's noun after other words", "The Velden Port Authority halted night work.\n\n“Safety comes first,” the port authority said.\n\n“Something is wrong with how these machines are run.” — Dr. Els Wouters-Maes, crane engineer, University of Ghent",
			map[string]string{"Safety comes first": "Velden Port Authority", "Something is wrong with how": "Els Wouters-Maes"}},
		{"a person's office speaks for the person", "Talks ended without a deal.\n\nFrench President Emmanuel Martel-Roche's office said France would not accept the agreement “in its current form”.",
			map[string]string{"in its current form": "Emmanuel Martel-Roche"}},
		{"said a place's role, then the name set off", "The plant burned.\n\n“It is too early to say what happened,” said Rhineland-Palatinate's environment minister, Katrin Eder-Wolff, who visited the site.",
			map[string]string{"It is too early to say": "Katrin Eder-Wolff"}},
		{"the demonym before the verb is whom the paragraph is about", "“This crowd carried me,” Luca Brenner-Sala said.\n\nCarlos Ferrandiz-Rey, who beat Brenner-Sala in September, was gracious in defeat. “He was better in the big moments,” the Spaniard said.",
			map[string]string{"This crowd carried me": "Luca Brenner-Sala", "He was better in the big": "Carlos Ferrandiz-Rey"}},
		{"a spokesperson by role whom the next sentence names", "Talks on a truce in Velora are “at a delicate stage”, Qatar's foreign ministry spokesman said on Tuesday.\n\nMajed bin Khalifa al-Mutawa told reporters that both delegations had come.\n\nThe talks went on. “We regret the delay,” a Harlan Shipping spokesperson said. The company's shares fell.",
			map[string]string{"at a delicate stage": "Majed bin Khalifa al-Mutawa", "We regret the delay": "Harlan Shipping"}},
		{"a paragraph closing on a speech verb and a colon, then the quotation", "Moira Calloway-Fenn was unrepentant. In a 2009 interview with a radio station she said:\n\n“Nobody mourned the men who shovelled coal. The light still shines.”\n\nShe retired in 1994.",
			map[string]string{"Nobody mourned the men": "Moira Calloway-Fenn"}},
		{"a person of a body with a hyphened adjective before its name", "The coalition was split.\n\nFinance Minister Konstantin Rehberg-Lutz of the pro-business Free Democrats (FDP) has insisted the government keep its limits, saying Germany cannot “borrow its way out of every problem”.",
			map[string]string{"borrow its way out": "Konstantin Rehberg-Lutz"}},
		{"the company is the body that spoke last, not the one named last", "Authors sued Lumenwise on Tuesday.\n\nLumenwise, which was valued at $18 billion in a round led by Sequoia Capital in June, said the claims had no merit. “Training on public text is fair use,” the company said.",
			map[string]string{"Training on public text": "Lumenwise"}},
		{"alleged, inverted before its speaker", "Villagers protested at the Collectorate.\n\n“Now they have put up a wall and we have no place to bury our dead,” alleged K. Murugesan, a resident.",
			map[string]string{"Now they have put up a wall": "K. Murugesan"}},
		{"a member's letters between the name and the verb", "The Senedd voted on Tuesday.\n\nTransport Secretary Ken Skates-Morgan MS said councils could “put the right limit on the right road”. Plaid Cymru's spokesperson, Delyth Jewell-Pryce MS, said she feared a “patchwork”.",
			map[string]string{"put the right limit": "Ken Skates-Morgan", "patchwork": "Delyth Jewell-Pryce"}},
		{"it, in a relative clause, for the body that spoke earlier in the sentence", "Kremlin spokesman Arkady Semyonov-Lazar told reporters the attacks were wrong.\n\nUkraine's General Staff said in a statement that its forces had struck the refinery, which it described as “involved in supplying the Russian army.”",
			map[string]string{"involved in supplying": "General Staff"}},
		{"a person of a leader's party, the party's noun before the verb", "The Senate voted all night.\n\n“This is the end of a labour model,” Senator Bartolomé Aguirre-Frías of Ledesma's La Libertad Avanza party said during the debate.",
			map[string]string{"This is the end of a labour model": "Bartolomé Aguirre-Frías"}},
		{"words in quotation marks in a sentence with no speech verb, the subject's", "Protests spread on Monday.\n\nHome Minister Rajendra Lamsal-Thapa resigned on Tuesday, taking “moral responsibility” for the deaths. His father, Arun Lamsal, grew up with the nickname “Bhaiya.”",
			map[string]string{"moral responsibility": "Rajendra Lamsal-Thapa", "Bhaiya": ""}},
		{"an embassy in a city speaks, not the city", "The government blamed the embargo.\n\nThe U.S. Embassy in Havana said the outages were the result of “decades of mismanagement.”",
			map[string]string{"decades of mismanagement": "U.S. Embassy"}},
		{"a body's initials, then an apposition, then its verb", "Mali's regulator acted on Thursday.\n\nThe High Authority for Communication (HAC), the country's media regulator, said the channels had committed an “apology for terrorism” by airing the remarks.",
			map[string]string{"apology for terrorism": "High Authority for Communication"}},
		{"a body's relative clause with the only speech verb", "Brokers raised their targets.\n\nThey follow Goldman Sachs and Edward Jones, which told clients on Friday that it saw “room for another 5% to 8%” by the end of next year.",
			map[string]string{"room for another 5% to 8%": "Edward Jones"}},
		{"a body's name with a place inside, then its initials, then its verb", "Rates were held.\n\nThe Central Bank of Sri Lanka (CBSL) said in a statement that its board had decided to hold the rate “to support the economy's recovery”.",
			map[string]string{"to support the economy's recovery": "Central Bank of Sri Lanka"}},
		{"the statement of the person who spoke last, read out; a body's when the paragraph named it", "Kogi State Police Command freed a trader.\n\nYusuf Adamu-Okene, in a statement in Lokoja on Sunday, said the victim was unhurt.\n\nThe statement read, “A distress call was received at 1930hrs.\n\n“Operatives trailed the hoodlums into the forest.”\n\nThe Ministry of Transport issued a statement on Monday. “Night travel on the road is suspended,” the statement said.",
			map[string]string{"A distress call was received": "Yusuf Adamu-Okene", "Operatives trailed the hoodlums": "Yusuf Adamu-Okene", "Night travel on the road": "Ministry of Transport"}},
		{"citing, a participle whose subject, set off by an apposition, opens the sentence or a clause in it", "Crypto prices fell.\n\nNordvault, a crypto lender, froze withdrawals on Wednesday, citing “extreme market conditions”.\n\nEther dropped after Halvard Markets, a rival exchange, paused trading, citing “a technical fault”.",
			map[string]string{"extreme market conditions": "Nordvault", "a technical fault": "Halvard Markets"}},
		{"a surname two people share, said alone, is the one its paragraph opens with, named in full", "Rui Duarte, 34, took over the bakery. “The oven is alive,” Rui Duarte said.\n\nRui Duarte keeps the accounts with his sister.\n\nManuel Duarte, now 68, still shapes the bread. “I told Rui he was mad to keep going,” the elder Duarte said.",
			map[string]string{"The oven is alive": "Rui Duarte", "I told Rui he was mad": "Manuel Duarte"}},
		{"a spokesperson of no body named speaks for the body that spoke last", "The video app Flicka, owned by Halcyon Interactive, said it would cooperate fully. “We share the Commission's goals,” a spokesperson said in an emailed statement.",
			map[string]string{"We share the Commission's goals": "Flicka"}},
		{"the holder of a seat by title, not the seat's place", "Hon. Kojo Asamoah-Darko called for the minister's suspension.\n\n“The minister must step aside,” the MP for Amenfi West said.",
			map[string]string{"The minister must step aside": "Kojo Asamoah-Darko"}},
		{"a party's member by the letters after it speaks, not the party", "Local MLA Sunil Tingre-Kale demanded an audit on Monday.\n\nSpeaking at the site, the NCP MLA said the corporation must “fix responsibility” on the contractor. BJP MLC Rekha Joshi-Patil said the opposition was “creating panic”.",
			map[string]string{"fix responsibility": "Sunil Tingre-Kale", "creating panic": "Rekha Joshi-Patil"}},
		{"he after a paragraph whose subject a relative clause follows", "Kai Okonkwo-Hart lost the final.\n\nOkonkwo-Hart, the Briton who knocked out top seed Radek Vondráček in the semifinals, hit 19 aces but converted only two of nine break points.\n\n“I had my chances,” he said.",
			map[string]string{"I had my chances": "Kai Okonkwo-Hart"}},
		{"a judge rules, a question ends its sentence, a person of a firm, and a negotiator by the name he goes by", "Justice Hauwa Abdulkarim-Yusuf read the judgment.\n\n“The petition lacks merit,” the judge ruled.\n\nGreens senator Bronwyn Tully pressed the commissioner. “So the taxpayer has paid $48 million for four drones?” Senator Tully said.\n\nHer lawyer, Rupinder Sangha-Doyle of Irwin Mitchell, said the decision “puts councils on notice”.\n\nThe rebels' chief negotiator, who goes by the nom de guerre “Pablo Tejada”, said the group was “ready to talk about everything”.",
			map[string]string{"The petition lacks merit": "Hauwa Abdulkarim-Yusuf", "So the taxpayer has paid": "Bronwyn Tully", "puts councils on notice": "Rupinder Sangha-Doyle", "ready to talk about everything": "Pablo Tejada"}},
		{"quotations in guillemets", "The mayor of Lunel banned gatherings.\n\nMayor Claire Sabatier-Roux said the order was «a last resort».\n\n«We cannot let a minority terrorise the whole town,» she told a radio station.",
			map[string]string{"a last resort": "Claire Sabatier-Roux", "We cannot let a minority": "Claire Sabatier-Roux"}},
		{"a role set off before a titled person of a body, then the verb", "Screens were linked to delays.\n\n“The association held,” the study's lead author, Dr. Priyanka Selvaraj-Bowen of the Hospital for Sick Children in Toronto, said in an interview.",
			map[string]string{"The association held": "Priyanka Selvaraj-Bowen"}},
		{"a paragraph that is one quotation after a paragraph naming one person", "The traps came up light again. Dale Haskins-Moore, 63, hauled 180 of them before noon.\n\n“You learn to read the water. My dad read it.\n\n“The lobsters are moving north, and we're chasing them.”\n\nScientists say the gulf has warmed.",
			map[string]string{"You learn to read the water": "Dale Haskins-Moore", "The lobsters are moving north": "Dale Haskins-Moore"}},
		{"she after a paragraph whose subject is described, not named", "Faith Chebet-Langat rewrote the record books on Sunday.\n\nThe Kenyan, who trains under coach Colm Breathnach-Ward, ran alone after dropping Ethiopia's Tsehay Gemechu-Alemu on the climb.\n\n“I did not think about the record until 18km,” she told a broadcaster.",
			map[string]string{"I did not think about the record": "Faith Chebet-Langat"}},
		{"X told Y: a quotation, which is X's", "Callum MacAskill-Reid, 52, admitted a breach.\n\nSheriff Gordon Fraser-Kerr told MacAskill-Reid: “You knew the conditions were poor. That was a serious failure.”",
			map[string]string{"You knew the conditions were poor": "Gordon Fraser-Kerr"}},
		{"a body and the place of its branch before the verb", "Officials were arrested.\n\nThe DA in Ekurhuleni said it had laid charges in 2024 and that the arrest was “long overdue”.",
			map[string]string{"long overdue": "DA"}},
		{"said, then a name a two-letter initial opens, the initial kept as the name's", "Farmers blocked the highway.\n\n“We have been sleeping next to our grain for 15 days,” said Ch. Venkat Reddy-Palle, a farmer from Lingala Ghanpur.",
			map[string]string{"We have been sleeping": "Ch. Venkat Reddy-Palle"}},
		{"assured them that, then words in quotation marks", "Farmers marched on Monday.\n\nThe Regional Minister, Mrs Abena Owusu-Ansah, addressed the protesters and assured them that the money would come “within the week”.",
			map[string]string{"within the week": "Abena Owusu-Ansah"}},
		{"an adverb set off between the speaker and the verb", "The chairman of the party in the state, Chief Tunde Bakare-Ojo, however described the plan as “a campaign signboard” and left.",
			map[string]string{"a campaign signboard": "Tunde Bakare-Ojo"}},
		{"a Spanish name's first surname alone, termed, and of a body backed by a party", "Mining Minister Esteban Ruiz-Tagle Oyarzún spoke in Santiago.\n\n“They are alive and they know we are coming,” Ruiz-Tagle said.\n\nOpposition leader Malik Ahmad Khan Bhachar-Awan of the PTI-backed Sunni Ittehad Council termed the policy “economic murder of the farmer” and walked out.",
			map[string]string{"They are alive and they know": "Esteban Ruiz-Tagle Oyarzún", "economic murder of the farmer": "Malik Ahmad Khan Bhachar-Awan"}},
		{"a designate's title after the holder was named", "Prime Minister-designate Karl Abela-Zammit met the Green leader for three hours.\n\nAsked whether he would accept a Green minister, the prime minister-designate said: “Everything is on the table.”",
			map[string]string{"Everything is on the table": "Karl Abela-Zammit"}},
		{"Miss and Mx before a name, and again before the surname", "Miss Eleanor Fairbrother-Oke, 79, spoke first. “I have had people on my wall at three in the morning,” Miss Fairbrother-Oke said.\n\nIts consultant, Mx Jordan Ashcombe-Lyle, replied. “We have listened to the neighbours,” Mx Ashcombe-Lyle said.",
			map[string]string{"I have had people on my wall": "Eleanor Fairbrother-Oke", "We have listened to the neighbours": "Jordan Ashcombe-Lyle"}},
		{"verbs of manner after a quotation: quipped, countered, lamented, opined", "Councillor Ada Quibell-Roy spoke first, and trustee Ben Ostrander-Lee answered her.\n\n“Nobody here has practised this,” Quibell-Roy quipped.\n\n“We practised it for years,” countered Ostrander-Lee.\n\n“The budget is gone,” Quibell-Roy lamented.",
			map[string]string{"Nobody here has practised this": "Ada Quibell-Roy", "We practised it for years": "Ben Ostrander-Lee", "The budget is gone": "Ada Quibell-Roy"}},
		{"said, then a body's officer named after the body's word", "HM Coastguard said the pair were winched to safety, and Polbrea Coastguard Rescue Team went to the scene.\n\n“They did the right thing by calling 999,” said Coastguard duty controller Gareth Pendleton-Ash.",
			map[string]string{"They did the right thing": "Gareth Pendleton-Ash"}},
		{"she, after a man and a woman by their honorifics, and a court's bench", "Ms Dorothy Wafula-Naliaka ordered an audit of the dams.\n\nSenator Kipkorir Sang-Boit said the dams had swallowed billions, and Mr Sang-Boit wanted answers.\n\n“That practice ends today,” she said.\n\nThe Supreme Court refused to stay the demolition. “Forest land is not a commodity,” the bench observed.",
			map[string]string{"That practice ends today": "Dorothy Wafula-Naliaka", "Forest land is not a commodity": "Supreme Court"}},
		{"a role in lower case set off before the name after said, and a noun of speech before a colon", "The plan drew anger in the village.\n\n“We were never told,” said one resident, Gwen Aldous-Pike, 67.\n\nThat was the verdict of union leader Sami Haddad-Rourke: “This deal is dead.”",
			map[string]string{"We were never told": "Gwen Aldous-Pike", "This deal is dead": "Sami Haddad-Rourke"}},
		{"a photo's mark between the speaker and the verb", "Flood water reached the first floor.\n\nJoanna Pell-Marsh (pictured) said: “It was terrifying.”",
			map[string]string{"It was terrifying": "Joanna Pell-Marsh"}},
		{"a relative clause's verb before the sentence's own", "The vote failed.\n\nSen. Nora Bexley-Hart, D-Ohio, who wrote the bill with Sen. Aldo Runge, R-Mont., said she was “stunned” by the reversal.\n\nRunge, who told reporters he backed the core, said the crew rule was “a step too far”.",
			map[string]string{"stunned": "Nora Bexley-Hart", "a step too far": "Aldo Runge"}},
		{"a body's unnamed spokesperson", "The court ruled against the Home Office on Wednesday.\n\nA Home Office spokesperson said the department was “disappointed” and would study the ruling.",
			map[string]string{"disappointed": "Home Office"}},
		{"she, after a woman and her son are named", "Families began burying the dead.\n\nAt a cemetery in the south of the city, Gloria Mendoza Cedeño buried her son, Jefferson, who was killed in the riot. “The state had him in its care, and the state failed,” she said.",
			map[string]string{"The state had him in its care": "Gloria Mendoza Cedeño"}},
		{"a person of a body named for a place, and a surname after a quote ending in a preposition", "Planned births studied\n\n“The difference is small,” lead author Signe Vestergaard-Holm of the University of Southern Denmark told reporters.\n\nHer co-author was Anders Bjerregaard Lund, a professor.\n\n“The pattern is the same in every year we looked at,” Lund said.",
			map[string]string{"The difference is small": "Signe Vestergaard-Holm", "The pattern is the same": "Anders Bjerregaard Lund"}},
		{"said one of the role, Title Name", "“The agreement is fragile,” said one of the mediators, Ambassador Idris Wolde of the Velden Union.",
			map[string]string{"The agreement is fragile": "Idris Wolde"}},
		{"a quotation signed with a dash and a name", "The court sided with the villagers.\n\n“This sets a precedent for every project” — Rodrigo Fennel, a lawyer for the community.",
			map[string]string{"This sets a precedent": "Rodrigo Fennel"}},
		{"the company said, after a salt flat is named", "Lithium maker Tessaro Salares paused its expansion from the Salar de Varno. “We will appeal,” the company said in a statement.",
			map[string]string{"We will appeal": "Tessaro Salares"}},
		{"a silk's letters between the name and the verb", "Prosecutor Simon Fennel KC told jurors the home had been “chronically understaffed by design”.",
			map[string]string{"chronically understaffed": "Simon Fennel"}},
		{"a person known only by a first name", "A woman who lives near the port, who gave only her first name, Oksana, said the blasts woke her children. “They don't cry anymore,” she said.",
			map[string]string{"They don't cry anymore": "Oksana"}},
		{"quote, Name said", "Mayor Lena Ortiz visited the shelter on Monday.\n\n“We will rebuild every house,” Ortiz said.",
			map[string]string{"We will rebuild": "Lena Ortiz"}},
		{"a body set off by commas before the verb", "The bridge stayed shut. A spokesperson for the builder, Ostrander Civil Ltd, said it was \"reviewing every weld\" on the span.",
			map[string]string{"reviewing every weld": "Ostrander Civil Ltd"}},
		{"said the N-year-old, after a paragraph about the winner", "Tomas Berg beat Ivo Rask in the final on Sunday.\n\nThe Norwegian had lost the first set.\n\n“I kept believing,” said the 27-year-old.",
			map[string]string{"I kept believing": "Tomas Berg"}},
		{"said the demonym, after a paragraph about the winner", "Tomas Berg beat Ivo Rask in the final on Sunday.\n\n“The wind made it a lottery,” said the Norwegian.",
			map[string]string{"The wind made it": "Tomas Berg"}},
		{"the role in the arts, in the present tense", "Lena Voss grew up in the port. “I wrote every song at night,” the singer says, smiling.",
			map[string]string{"I wrote every song": "Lena Voss"}},
		{"the teenager, after a paragraph about him that names others too", "Leo Brandt, 18, scored from a cross by Omar Sayed in the last minute.\n\n“I knew it was in,” the teenager told reporters.",
			map[string]string{"I knew it was in": "Leo Brandt"}},
		{"quote, said Name, a role", "“The river has never been this high,” said Tomas Berg, a hydrologist at the county office.",
			map[string]string{"The river has never": "Tomas Berg"}},
		{"Name said: quote", "Interior Minister Alba Reyes said: “Nobody goes back until the engineers say so.”",
			map[string]string{"Nobody goes back": "Alba Reyes"}},
		{"a pronoun in the next sentence", "Farmer Jon Kessel lost his whole crop to the water. “There is nothing left to harvest,” he said.",
			map[string]string{"There is nothing left": "Jon Kessel"}},
		{"a quotation over two paragraphs", "Coach Dana Whit said the team had not trained for a week. “We lost the pitch to the flood and the gym to the power cut.\n\n“But nobody is giving up on this season,” she added.",
			map[string]string{"We lost the pitch": "Dana Whit", "But nobody is giving up": "Dana Whit"}},
		{"a pronoun after a sentence opened by another person than the last speaker", "Awards night.\n\nDirector Sean Varga took home four awards, and Mikey Doran won best actress.\n\n“This is a dream,” Doran said as she accepted the award. Varga used his speech to urge studios to release films in cinemas. “Keep movies alive in theaters,” he said.",
			map[string]string{"This is a dream": "Mikey Doran", "Keep movies alive": "Sean Varga"}},
		{"Name was quoted by an agency as saying", "Leaders met in Varsk.\n\nPresident Oren Halvik met the visiting premier on Wednesday.\n\n“Our two countries share weal and woe,” Halvik was quoted as saying by the Varsk News Agency.\n\nHe was quoted by state radio as saying: “The door stays open.”",
			map[string]string{"Our two countries share": "Oren Halvik", "The door stays open": "Oren Halvik"}},
		{"according to Name", "The dam was “close to its limit”, according to engineer Piet Varga.",
			map[string]string{"close to its limit": "Piet Varga"}},
		{"said the role, Name", "“Activity has dropped, but we are not calling it over,” said the centre's head, Mara Iyer.",
			map[string]string{"Activity has dropped": "Mara Iyer"}},
		{"Name of the body told", "“The marks end beside the cable,” Ola Strand of the Coast Guard told reporters.",
			map[string]string{"The marks end beside": "Ola Strand"}},
		{"the verb nearest the quotation", "Gen. Omar Haddi said the army would hold the line “as long as the other side does”, while commander Sami Rauf pledged to open the roads.",
			map[string]string{"as long as the other": "Omar Haddi"}},
		{"the role the speaker goes by", "Majority Leader Tom Keller praised senators from both parties. “We got it done,” the Oregon Democrat said.",
			map[string]string{"We got it done": "Tom Keller"}},
		{"Name of the body, an aside, said", "Professor Mark Ellery of the Heart Foundation, who was not involved in the research, said the study was “large and careful” but could not prove a cause.",
			map[string]string{"large and careful": "Mark Ellery"}},
		{"she said, the person named the paragraph before", "Lawmakers confirmed Abena Owusu-Ansah as governor of the central bank on Tuesday after a long debate.\n\nThe former official pledged to tame inflation. “My first task is to bring prices down,” she said.",
			map[string]string{"My first task is": "Abena Owusu-Ansah"}},
		{"a body, its initials and a relative clause, then the verb", "The far-right Alternative for Germany (AfD), which leads some national polls, called the budget “a declaration of bankruptcy”.",
			map[string]string{"a declaration of bankruptcy": "Alternative for Germany"}},
		{"a clause of the speaker's, then saying", "Spokesperson Guo Weilin made the remarks at a routine press conference, saying the island's status was “not up for discussion.”",
			map[string]string{"not up for discussion": "Guo Weilin"}},
		{"a party and state in brackets, then the verb; a reported clause's subject", "Senate Majority Leader Gloria Ruiz-Hammond (D-N.M.) called the plan “reckless” and said Democrats would not talk “with a gun to our heads.”",
			map[string]string{"reckless": "Gloria Ruiz-Hammond", "with a gun to our": "Gloria Ruiz-Hammond"}},
		{"a role, the name set off by commas, another verb, then but said", "Its director, Ingrid Solbakk, declined to discuss the case but said the rules “are clear about who may own a quota.”",
			map[string]string{"are clear about who": "Ingrid Solbakk"}},
		{"the statement said, after the body issued it", "The Ministry of Mines issued a statement on Wednesday. “The state guarantees the right to protest,” the statement said.",
			map[string]string{"The state guarantees the": "Ministry of Mines"}},
		{"it said, the body named last", "The Foreign Ministry of Valdoria welcomed the ruling. In a statement, it said the barriers had “endangered lives.”",
			map[string]string{"endangered lives": "Foreign Ministry of Valdoria"}},
		{"a participle after the clause of the actor the sentence opens with", "N'DJAMENA (AFP) - Chad's military government on Friday ordered the expulsion of the envoy, accusing him of “bias”, as the blockade tightened.",
			map[string]string{"bias": "Chad"}},
		{"Name of a described body said", "Analyst Rosa Lindqvist of research firm Tessaract said privacy had become “the feature people pay for.”",
			map[string]string{"the feature people pay": "Rosa Lindqvist"}},
		{"a pronoun right after the person set off by commas", "Nils Bakke said the union saw it coming. “They kept that promise once,” he said.\n\nWhen I called Ria Dijkstra, the union's negotiator, she conceded the point. “But cheaper for whom?” she asked.",
			map[string]string{"They kept that promise": "Nils Bakke", "But cheaper for whom": "Ria Dijkstra"}},
		{"a second verb of the same subject", "Foreign Minister Arvind Menon welcomed the decision but said talks would depend on “an end to cross-border attacks.”",
			map[string]string{"an end to cross-border": "Arvind Menon"}},
		{"the body by what it is", "Velora Motors said output had not stopped. “The lines are running normally,” the company said in a statement.",
			map[string]string{"The lines are running": "Velora Motors"}},
		{"a subject whose body's initials are in brackets", "Senator Rosa Tellez of the Civic Action Party (PAC) called the plan “late and insufficient” on Tuesday.",
			map[string]string{"late and insufficient": "Rosa Tellez"}},
		{"she, the person this paragraph named, not the last speaker", "“We won,” Mayor Lena Ortiz said.\n\nCouncillor Mara Quist accepted the result. “We will come back stronger,” she said.",
			map[string]string{"We will come back stronger": "Mara Quist"}},
		{"a day between the speaker and the verb", "Estonia on Thursday warned its neighbour against “provocations” at the border.",
			map[string]string{"provocations": "Estonia"}},
		{"a body, a clause on it, the verb", "The Coast Guard Administration, which patrols the strait, urged fishermen to “stay in port until Friday”.",
			map[string]string{"stay in port until Friday": "Coast Guard Administration"}},
		{"according to him", "Union leader Tunde Bakare spoke after the talks.\n\nAccording to him, “Workers cannot be ignored.”",
			map[string]string{"Workers cannot be ignored.": "Tunde Bakare"}},
		{"the demonym for the person", "Tomas Varga of Hungary lost in three sets. “He played the big points better,” the Hungarian said.",
			map[string]string{"He played the big points better": "Tomas Varga"}},
		{"the present tense of a feature", "Councillor Alun Pryce backed the plan at first. “Twenty places will not fix a valley,” he insists.",
			map[string]string{"Twenty places will not fix": "Alun Pryce"}},
		{"an inverted question", "“Why now?” asked Janet Ruiz, the commerce secretary.",
			map[string]string{"Why now?": "Janet Ruiz"}},
		{"a full stop inside the mark, then the speaker's short sentence", "Transport Minister Harun Yesilbag spoke at the pier.\n\nThe mayor, Selim Oguzlu, opened the day.\n\n\"We will pay for the batteries, the city pays for the hulls.\" Yesilbag said, adding that a tender would open in spring.",
			map[string]string{"We will pay for the batteries": "Harun Yesilbag"}},
		{"a full stop inside the mark, then a speaker with news of his own", "Analysts doubt the ferries will pay.\n\n\"The hulls are the cheap part.\" Dario Fenwick said the batteries would need replacing within six years.",
			map[string]string{"The hulls are the cheap part.": ""}},
		{"a pronoun, a clause of its own, then a participle and a colon", "Prime Minister Koji Tanabe accepted the blame.\n\nHe sounded cool on replacing the party's executives, saying: \u201cChanging faces is less important than doing the work.\u201d",
			map[string]string{"Changing faces": "Koji Tanabe"}},
		{"a ruler by his title and first name, not the son who carries it as his father's", "His Highness Sheikh Rashid bin Hamad Al Qasmani opened the plant with H.H. Sheikh Saeed bin Rashid Al Qasmani, the Crown Prince.\n\n\u201cWater security comes first,\u201d Sheikh Rashid said.",
			map[string]string{"Water security comes first": "Rashid bin Hamad Al Qasmani"}},
		{"a body's statement with a participle, after an adverb that opens the sentence", "The army denied the rumours.\n\nEarlier, the Home Front Command issued a statement after midnight, clarifying, \"No soldier was taken in the incident.\"",
			map[string]string{"No soldier was taken": "Home Front Command"}},
		{"a speaker who elaborated", "Spokesman Tomás Arriaga-Bello met reporters.\n\n\u201cSome things take longer than people expect,\u201d Arriaga-Bello elaborated.",
			map[string]string{"Some things take longer": "Tomás Arriaga-Bello"}},
		{"a body's branch by its place, then an apposition, then the verb", "The People's Committee in Kafr Qassem, a local leadership body, said in a statement that its members \u201creject every act of violence.\u201d",
			map[string]string{"reject every act": "People's Committee"}},
		{"a body's unnamed spokesman, not the official the next paragraph opens with", "Storm Ilse left 40,000 homes without power, grid operator Enedis said.\n\n\u201cOur teams are working through the night,\u201d an Enedis spokesman said.\n\nPrefect of Finistère Alain Carrec-Bodin urged residents to stay indoors.",
			map[string]string{"Our teams are working": "Enedis"}},
		{"an answer after a name and a colon", "We asked economist Wanjiru Kamau why prices fell.\n\nKamau: “Supply has grown faster than demand.”",
			map[string]string{"Supply has grown faster": "Wanjiru Kamau"}},
		{"a body, a clause with no 'which', the verb", "The National Unity Front, formed by ousted lawmakers, called the move “another lie to buy time.”",
			map[string]string{"another lie to buy time.": "National Unity Front"}},
		{"a second verb after a capitalised word", "President Hassan Sheikh Abdullahi thanked the troops in a post on X and said the army would “not rest.”",
			map[string]string{"not rest.": "Hassan Sheikh Abdullahi"}},
		{"single marks, as tabloids write quotations", "Margaret Dunleavy, 82, was stranded. She told the paper: 'There was nobody there. I couldn't feel my hands.'\n\nTaxi driver Imran Bashir said: 'I've got a nan myself.'",
			map[string]string{"There was nobody there. I couldn't feel my hands.": "Margaret Dunleavy", "I've got a nan myself.": "Imran Bashir"}},
		{"a trade for the person named before", "Ana Ruiz was asleep when the wall fell.\n\n“It sounded like thunder,” the Velden electrician said Sunday.",
			map[string]string{"It sounded like thunder": "Ana Ruiz"}},
		{"a participle's subject, not a person in its object", "The opposition alliance on Friday rejected results giving President Ana Ruiz a second term, saying the count was “rigged from the start”.",
			map[string]string{"rigged from the start": ""}},
		{"a demonym noun for the person named before", "Top seed Elin Norberg lost in three sets. “It is no excuse,” the Swede told reporters.",
			map[string]string{"It is no excuse": "Elin Norberg"}},
		{"a paragraph that is one quotation after an attributed one", "“She sold her office,” prosecutor Rachel Oduya told jurors on Tuesday.\n\n“She took the money. She took the boat.”",
			map[string]string{"She took the money": "Rachel Oduya"}},
		{"a demonym's embassy in a capital", "The Norwegian embassy in Lima said Oslo opposed “any use of force against the marchers.”",
			map[string]string{"any use of force": "Norway"}},
		{"a country's ministry in lower case", "Egypt's foreign ministry said in a statement that Cairo would “take all measures” to protect its water.",
			map[string]string{"take all measures": "Egypt"}},
		{"the role, the person who holds it, not the last speaker", "Mayor Lena Ortiz toured the market with Fire Chief Sam Greer.\n\n“The water came at four,” said Greer.\n\nThe mayor added that the city would pay. “Nobody here should pay for this flood.”",
			map[string]string{"Nobody here should pay": "Lena Ortiz"}},
		{"the judge, a justice named before", "Lady Justice Wanjiru Kamau issued the orders after a petition by councillor Abdi Roble.\n\n“The property cannot change hands now,” the judge said.",
			map[string]string{"The property cannot change hands now": "Wanjiru Kamau"}},
		{"the speaker by age", "Stallholder Ana Brito has sold fish here for 30 years.\n\nAsked about the promises, the 61-year-old replied: “I have heard them before.”",
			map[string]string{"I have heard them before.": "Ana Brito"}},
		{"'put it', and the one person the sentence before names", "Organiser Bea Holt put it bluntly: “We are tired of being thanked.”\n\nFor Kemi Ade, 29, a nurse, the answer is clear. “I can't pay my rent with applause.”",
			map[string]string{"We are tired of being thanked.": "Bea Holt", "I can't pay my rent with applause.": "Kemi Ade"}},
		{"a person set off after a body's role", "Ranking Member on the Finance Committee, Hon. Kwame Asante-Boateng, said the government had “lost control of the currency”.",
			map[string]string{"lost control of the currency": "Kwame Asante-Boateng"}},
		{"a person of a body named after 'X-based'", "Economist Hakan Ozer of Istanbul-based Kaya Yatirim said the move “restores some credibility.”",
			map[string]string{"restores some credibility.": "Hakan Ozer"}},
		{"a role in lower case after a quotation and a name, its closing comma left out", "The group condemned the harassment.\n\n“If the reports are true, this is a mafia style of leadership,” Gemma Soliven-Arce, president of the Iloilo chapter said. “We call on the police to do their job,” Rina Dalisay-Cruz, the group secretary said.",
			map[string]string{"If the reports are true": "Gemma Soliven-Arce", "We call on the police": "Rina Dalisay-Cruz"}},
		{"\"further\" between the name and the verb; a speech verb capitalised after the quotation", "Senator Fred Ogutu-Ameyo and Governor George Wekesa-Namunane spoke at the centre.\n\n“So what we have decided, there will be no money for the county,” Ogutu-Ameyo further stated. \"I am a happy man because the president came,\" Said Wekesa-Namunane.",
			map[string]string{"So what we have decided": "Fred Ogutu-Ameyo", "I am a happy man": "George Wekesa-Namunane"}},
		{"\"The statement read\" after a paragraph telling of a statement by a person; \"His tweets read:\"", "In a statement by the Force Public Relations Officer, Olumide Adeyanju-Bako, the police decried the rumours.\n\nThe statement read, “We do not think it will do our country any good to spread such rumours.”\n\nThe spokesman, Tunde Ojo-Alade, later posted on X. His tweets read: “No den was found near the headquarters.”",
			map[string]string{"We do not think it will do": "Olumide Adeyanju-Bako", "No den was found": "Tunde Ojo-Alade"}},
		{"a Canadian constable's rank before the name after a quotation", "A driver was charged after a crash near Moose Jaw.\n\n\"Speed was a factor,\" Const. Pat Hinds-Morrow said in a news release.",
			map[string]string{"Speed was a factor": "Pat Hinds-Morrow"}},
		{"\"the chairman said\" is the chairman, not the vice chairman named after him", "City to remove district leaders.\n\nChairman of the Ho Chi Minh City People's Committee Tran Van Khiem has threatened to strip district leaders of their titles.\n\nVice Chairman of the municipal People's Committee Ngo Thanh Binh spoke at the ceremony.\n\n\"I will personally report local leaders who fail,\" the chairman said.",
			map[string]string{"I will personally report": "Tran Van Khiem"}},
		{"a title in quotation marks before the kind of work it names is no quotation", "The premier kept his post.\n\nIn an interview with the \"90 Minutes\" programme on Al-Mihwar, Moataz Hamdy said the projects were worth billions. \"They will be finished next year,\" Hamdy said.",
			map[string]string{"90 Minutes": "-", "They will be finished next year": "Moataz Hamdy"}},
		{"a given name and a surname before an apposition whose noun names people too", "Senators pressed the nominee.\n\nCarolyn Vell-Ashdown, a former utility regulator in Nebraska, told the committee it had to move faster. \"We are asking a grid built for the last century to carry this one,\" she said.",
			map[string]string{"We are asking a grid": "Carolyn Vell-Ashdown"}},
		{"the sentence's opener, an age set off, a person as the object of the first verb, then \"and said\"", "The round ended late.\n\nHaldorsen, 16, drew with the top seed Mikhail Berezovsky-Kane in the last game of the day and said she was \"happy with a draw against a legend\". Ivo Marsh beat Ada Quillfeather and said he was \"tired\".",
			map[string]string{"happy with a draw": "Haldorsen", "tired": "Ivo Marsh"}},
		{"a person's campaign after the name's possessive", "The count ended.\n\nAhmad Fauzan Hidayat won the vote. Ahmad Fauzan's campaign said the challenge was \"an attempt to delay the will of the people\".",
			map[string]string{"an attempt to delay": "Ahmad Fauzan Hidayat"}},
		{"a pronoun after a quotation follows the sentence before, opened by a short phrase of place, not the paragraph's first person", "A treasurer was sentenced.\n\nHer attorney, Gail Ostrava-Penn, asked for a sentence of three years, citing her client's health. In court, Darlene Quillfeather apologized to county residents. \"I have no excuse,\" she said.",
			map[string]string{"I have no excuse": "Darlene Quillfeather"}},
		{"a body's delegation, a clause on who leads it, then the verb", "Talks will resume.\n\nThe ELN's delegation, led by a commander known by the alias \"Tomás Arauca\", said in a communique that it would \"honour what was agreed\".",
			map[string]string{"honour what was agreed": "ELN"}},
		{"a player's handle in lower case inside the name is no quotation", "The final ended.\n\nTheir captain, Aleksi \"zyrr\" Halttunen-Berg, said his side \"lost the third map in our heads\".",
			map[string]string{"zyrr": "-", "lost the third map": "Aleksi \"zyrr\" Halttunen-Berg"}},
		{"a team's coach, unnamed, after a captain named", "The squad is out.\n\nCaptain Darragh Cullinane-Rowe returns after a calf strain.\n\n\"You pick form,\" the Ireland head coach said in Dublin.",
			map[string]string{"You pick form": ""}},
		{"a statement signed by a person set off after her office", "A commissioner was suspended.\n\nA statement signed by the Secretary to the State Government, Dr. Halima Usman Kura, on Thursday said the suspension would allow the commission to investigate \"without interference\".",
			map[string]string{"without interference": "Halima Usman Kura"}},
		{"a body's committee in a statement read out by an officer", "The Bank of Ghana cut its rate on Thursday.\n\n\"The disinflation process is firmly on course,\" the bank's monetary policy committee said in a statement read by Second Deputy Governor Abena Tsikata-Ntim.",
			map[string]string{"The disinflation process": "Bank of Ghana"}},
		{"an unnamed speaker", "“Nobody told us anything,” one resident said.",
			map[string]string{"Nobody told us anything": ""}},
	}
	for _, tt := range tests {
		s := extractText(t, tt.text)
		got := map[string]string{}
		for _, a := range s.Actors {
			for _, q := range a.Quotes {
				got[q.Text] = a.Name
			}
		}
		for _, q := range s.Unattributed {
			got[q.Text] = ""
		}
		for start, who := range tt.want {
			found := false
			for text, speaker := range got {
				if len(text) >= len(start) && text[:len(start)] == start {
					found = true
					if speaker != who {
						t.Errorf("%s: quote %q attributed to %q, want %q", tt.pattern, start, speaker, who)
					}
				}
			}
			switch {
			case who == "-" && found:
				t.Errorf("%s: %q is no quotation, found %v", tt.pattern, start, got)
			case who != "-" && !found:
				t.Errorf("%s: no quotation starting %q in %q (found %v)", tt.pattern, start, tt.text, got)
			}
		}
	}
}

// TestHeadlineRoleSpeaks: a title the headline puts before a person's
// name ("energy nominee Carolyn X") is a role of theirs, so "the nominee
// said" after another person named is hers.
func TestHeadlineRoleSpeaks(t *testing.T) {
	a := parseArticle(t, "hearing.txt", "Senators press energy nominee Carolyn Vell-Ashdown on grid\n\nSenators pressed the nominee on Wednesday.\n\nCarolyn Vell-Ashdown, who led the state board, backed new lines.\n\nSen. Ada Quillfeather asked whether Vell-Ashdown would keep the rule. The nominee said she would \"enforce the rules on the books.\"\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	who := find(s, "Carolyn Vell-Ashdown")
	if who == nil || !slices.Contains(who.Roles, "nominee") || len(who.Quotes) != 1 {
		t.Errorf("Carolyn Vell-Ashdown = %+v, want the role nominee and the quotation; actors %v", who, names(s))
	}
}

// TestWorkNamedInAReviewsHeadline: a review's headline that gives a
// work's title before its kind ("Paper Moon Atlas album review") makes
// the title no one's in the text too.
func TestWorkNamedInAReviewsHeadline(t *testing.T) {
	a := parseArticle(t, "review.txt", "The Lanterns of Osaka: Paper Moon Atlas album review\n\nFour albums in, the trio still sound like a band recording in a church hall, and Paper Moon Atlas is their best record yet.\n\nPaper Moon Atlas is out now on Tidewrack Records.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if w := find(s, "Paper Moon Atlas"); w != nil {
		t.Errorf("Paper Moon Atlas = %+v, want no actor (an album); actors %v", w, names(s))
	}
}

// TestPlayNamedBeforeAReviewsColon: a review's headline that gives a
// work's title before "review:" makes the title no one's, there and in
// the text, with its "The" or without.
func TestPlayNamedBeforeAReviewsColon(t *testing.T) {
	a := parseArticle(t, "play.txt", "The Cherry Orchard review: a sharp, funny revival at the Lyceum\n\nMoira Quilliam-Doyle is a magnificent Ranevskaya in Ines Bergqvist-Hale's production.\n\nThe Cherry Orchard runs at the Lyceum until January 10.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	for _, title := range []string{"Cherry Orchard", "The Cherry Orchard"} {
		if w := find(s, title); w != nil {
			t.Errorf("%s = %+v, want no actor (a play); actors %v", title, w, names(s))
		}
	}
	if find(s, "Moira Quilliam-Doyle") == nil {
		t.Errorf("Moira Quilliam-Doyle not found; actors %v", names(s))
	}
}

// TestAnimalNamedInAHeadline: an animal's noun, then a name in
// quotation marks, in a headline names the animal, no one, in the text
// too.
func TestAnimalNamedInAHeadline(t *testing.T) {
	a := parseArticle(t, "bear.txt", "Brown bear 'Bruno II' moved from valley after approaching houses\n\nA young brown bear seen near houses has been moved to a remote area, the province said on Saturday.\n\nThe two-year-old male, nicknamed Bruno II by local media, was caught on Friday night.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if b := find(s, "Bruno II"); b != nil {
		t.Errorf("Bruno II = %+v, want no actor (a bear); actors %v", b, names(s))
	}
}

// TestPronounAfterAnObject: "she said" after a paragraph whose last
// person is the object of "to the …," is the paragraph's subject's,
// though a body ("Ward") opens the subject's title.
func TestPronounAfterAnObject(t *testing.T) {
	a := parseArticle(t, "march.txt", "Residents of Ward 42 march on municipal offices over sewage spills\n\nAbout 300 residents of Ward 42 in Ekurhuleni marched to the municipal offices in Germiston on Wednesday.\n\nWard councillor Ada Quillfeather (DA) handed over a memorandum to the city's acting head of water, Ivo Marsh. \"Our children walk through sewage,\" she said.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if who := find(s, "Ada Quillfeather"); who == nil || len(who.Quotes) != 1 {
		t.Errorf("Ada Quillfeather = %+v, want the quotation; actors %v", who, names(s))
	}
}

// TestPronounAfterAnObjectOfWith: "she" opening a paragraph after one
// that named a person only as the object of "with the British
// glaciologist" is the one person the headline names.
func TestPronounAfterAnObjectOfWith(t *testing.T) {
	a := parseArticle(t, "obit.txt", "Margit Trulsvik-Eide obituary\n\nMy mother, Margit Trulsvik-Eide, who has died aged 88, drilled ice cores on Svalbard.\n\nHer 1987 paper with the British glaciologist Peter Ainscough-Sykes is still cited.\n\nShe retired to Bergen in 1999. She said the ice was \"the only archive nobody can burn\".\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if who := find(s, "Margit Trulsvik-Eide"); who == nil || len(who.Quotes) != 1 {
		t.Errorf("Margit Trulsvik-Eide = %+v, want the quotation; actors %v", who, names(s))
	}
}

// TestFormerBeforeAPlaceInAHeadline: a headline's "Former" before a
// place ("Former Ashtabula County treasurer …") is the person's
// standing, no part of the place.
func TestFormerBeforeAPlaceInAHeadline(t *testing.T) {
	a := parseArticle(t, "treasurer.txt", "Former Ashtabula County treasurer gets 6 years for embezzling $3.4 million\n\nA former Ashtabula County treasurer was sentenced on Tuesday to six years in prison.\n")
	s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
	if f := find(s, "Former Ashtabula County"); f != nil {
		t.Errorf("Former Ashtabula County = %+v, want no actor; actors %v", f, names(s))
	}
	if p := find(s, "Ashtabula County"); p == nil || p.Kind != actors.Place {
		t.Errorf("Ashtabula County = %+v, want a place; actors %v", p, names(s))
	}
}

// TestHeadlineQuotes: a headline's quotation that the text does not
// repeat is the speaker's the headline names before it, or the one
// person the first paragraph names when the headline opens with it; with
// no such person it is no one's.
func TestHeadlineQuotes(t *testing.T) {
	tests := []struct {
		pattern, text, quote, want string
	}{
		{"a headline opening with a quotation, the first paragraph naming one person", "'We grew up thinking the sea was endless': a fisher on the cod quota\n\nAn interview with Hallgerður Vífilsdóttir-Ness, skipper of a trawler, after scientists advised a cut.\n\nShe said the crew took it quietly.",
			"We grew up thinking the sea was endless", "Hallgerður Vífilsdóttir-Ness"},
		{"a headline's speaker before a colon", "Coach Tarrant-Obi: \"We let the whole town down\"\n\nThe club lost 4-0 on Saturday, and coach Desmond Tarrant-Obi apologised to the fans.",
			"We let the whole town down", "Desmond Tarrant-Obi"},
		{"a headline opening with a quotation, then \"says\" and the role the first paragraph gives", "'We are not going anywhere,' says harbour master as port faces closure\n\nHarbour master Ines Valbrand has vowed to fight the planned closure of the fishing port.\n\nThe ministry said the port would close in March.",
			"We are not going anywhere", "Ines Valbrand"},
		{"a headline opening with a quotation, then \"says\" and a name", "\"We are not going anywhere,\" says Valbrand\n\nHarbour master Ines Valbrand and her deputy Ola Brekke have vowed to fight the closure of the port.\n\nThe ministry said the port would close in March.",
			"We are not going anywhere", "Ines Valbrand"},
		{"a headline's quotation, then \"says\" and a role the first paragraph does not give", "'A death sentence for this town', says fisherman as port faces closure\n\nHarbour master Ines Valbrand has vowed to fight the planned closure of the fishing port.\n\nThe ministry said the port would close in March.",
			"A death sentence for this town", ""},
		{"a headline's label, a quotation, then \"says\" and a role whose title the first paragraph gives", "Interview: 'We will hold the line on prices,' says central bank governor\n\nReserve Bank of Veloria Governor Anouk Brennard-Oti spoke to the Harbour Ledger on Tuesday.\n\nThe bank held its rate.",
			"We will hold the line on prices", "Anouk Brennard-Oti"},
		{"a headline opening with a quotation, the first paragraph naming two people", "'We were told to wait': flood survivors speak\n\nResidents Mara Quintal-Ruiz and Jonas Feld-Amaro said the warnings came late.",
			"We were told to wait", ""},
	}
	for _, tt := range tests {
		s := Actors(corpusOf(t, "a.txt", tt.text))
		got, found := "", false
		for _, a := range s.Actors {
			for _, q := range a.Quotes {
				if strings.HasPrefix(q.Text, tt.quote) {
					got, found = a.Name, true
					if q.Passage != "a"+corpus.TitleSuffix || q.Via != "headline" {
						t.Errorf("%s: the quotation's passage is %q, found by %q", tt.pattern, q.Passage, q.Via)
					}
				}
			}
		}
		if got != tt.want {
			t.Errorf("%s: %q attributed to %q (found %v), want %q", tt.pattern, tt.quote, got, found, tt.want)
		}
	}
}

// TestSpeechVerbsIn: the word-by-word reading finds what the regular
// expression of the verbs finds, on edge cases and on every paragraph of
// the development set's articles.
func TestSpeechVerbsIn(t *testing.T) {
	re := regexp.MustCompile(`\b(?:` + speechVerbs + `)\b`)
	texts := []string{"", "said", "Said", "said.", "“Go,” she said", "unsaid saidx x_said said2", "saidé é said", "told—wrote", "asks? asked!", "As Holt put it, he put the case", "output it"}
	texts = append(texts, evalTexts(t)...)
	put := regexp.MustCompile(`\bput\b`)
	for _, text := range texts {
		want := re.FindAllStringIndex(text, -1)
		// "put it" is a speech verb too ("as Holt put it, …").
		for _, m := range put.FindAllStringIndex(text, -1) {
			if strings.HasPrefix(text[m[1]:], " it") {
				want = append(want, m)
			}
		}
		slices.SortFunc(want, func(a, b []int) int { return a[0] - b[0] })
		// (Words the reading weighs in their context, which the
		// expression cannot: "continues negotiations", "declared by",
		// "rules" and "holding" before what is ruled or held, "Said" in
		// capitals after a quotation. Their own tests are
		// TestQuotePatterns' rows.)
		contextual := func(m []int) bool {
			w := text[m[0]:m[1]]
			return w == "continue" || w == "continues" || w == "continued" || w == "rules" || w == "holding" || capitalVerbs[w] || strings.HasPrefix(text[m[1]:], " by ")
		}
		want = slices.DeleteFunc(want, contextual)
		if got := slices.DeleteFunc(speechVerbsIn(text), contextual); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("speechVerbsIn(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestFindQuotesSingleMarks: quotations in single marks are found, and
// apostrophes are not taken for them.
func TestFindQuotesSingleMarks(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"He said: 'We will win.' Then he left.", []string{"'We will win.'"}},
		{"She called it 'late and insufficient' and left.", []string{"'late and insufficient'"}},
		{"The workers' rights group said it couldn't agree.", nil},
		{"Rock 'n' roll fans of the '90s sang.", nil},
		{"“He said 'no' to me,” she said.", []string{"“He said 'no' to me,”"}},
		{"‘It fixed me,’ he says.", []string{"‘It fixed me,’"}},
	}
	for _, tt := range tests {
		if got := quoteTexts(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("FindQuotes(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// quoteTexts returns the quotations FindQuotes finds in text, marks and
// all.
func quoteTexts(text string) []string {
	var got []string
	for _, loc := range actors.FindQuotes(text) {
		got = append(got, text[loc[0]:loc[1]])
	}
	return got
}

// TestFindQuotesOpeningMarksOnly: a passage that writes every double mark
// as “, as some agencies' systems do (“…,“ he said), pairs them; one left
// open runs on to the passage's end.
func TestFindQuotesOpeningMarksOnly(t *testing.T) {
	checkQuoteMarks(t, []quoteMarkCase{
		// A straight mark closed by a curly one, and a curly one closed
		// by a straight one, as a site's editor left them.
		{"\"The man had a weapon,” Sgt. Ana Reyl said. “We are looking into it.\"", []string{"\"The man had a weapon,”", "“We are looking into it.\""}},
		{"“We will not stop,“ he said. “The families have our word.“", []string{"“We will not stop,“", "“The families have our word.“"}},
		{"“It is over,“ she said, and then: “We go on", []string{"“It is over,“", "“We go on"}},
		{"He called it “a mistake“ and left.", []string{"“a mistake“"}},
		{"“Open “Closed,“ he said.", []string{"“Open", "“Closed,“"}},
		{"“It is over,“ he said of the \"deal\" and left.", []string{"“It is over,“", "\"deal\""}},
	}, "Minister Azman Haridin denied the report. “For those who do not understand the need, they think it should be held at once,“ he said. “Only the secretary-general is told,“ he added.", "Azman Haridin")
}

func TestFindQuotesReversedMarks(t *testing.T) {
	checkQuoteMarks(t, []quoteMarkCase{
		{"”I will carry on the programme,“ he said.", []string{"”I will carry on the programme,“"}},
		{"He replied that ”what we are doing is working“ and left.", []string{"”what we are doing is working“"}},
		{"”Nobody can deny it, but the plan works.” Then \"done\".", []string{"”Nobody can deny it, but the plan works.”", "\"done\""}},
		{"“Right way round,” she said, and ”the wrong way“ too.", []string{"“Right way round,”", "”the wrong way“"}},
		{"”It goes on into the next paragraph", []string{"”It goes on into the next paragraph"}},
		// Marks the right way round are read as before.
		{"“We will win,” she said of the \"deal\".", []string{"“We will win,”", "\"deal\""}},
	}, "Presidential Spokesman Tomás Arriaga-Bello spoke to reporters.\n\n”I am the one who will carry on the programme,“ he said in an interview. Asked about prices, he replied that ”what we are doing is working“ and that prices would ease.", "Tomás Arriaga-Bello")
}

// quoteMarkCase is a passage and the quotations FindQuotes finds in it,
// marks included.
type quoteMarkCase struct {
	text string
	want []string
}

// checkQuoteMarks checks FindQuotes on each case, then that the actor
// finder gives person two quotations in passage.
func checkQuoteMarks(t *testing.T, tests []quoteMarkCase, passage, person string) {
	t.Helper()
	for _, tt := range tests {
		if got := quoteTexts(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("FindQuotes(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	a := find(extractText(t, passage), person)
	if a == nil || len(a.Quotes) != 2 {
		t.Fatalf("%s: %+v, want two quotations", person, a)
	}
}

// FuzzExtractText: any paragraph text reads without a panic, its
// quotations are ordered ranges inside the text, and every mention points
// at the text it names.
func FuzzExtractText(f *testing.F) {
	for _, s := range []string{"She said: 'We will win.' Then he left.", "“Go,” said Jane Roe of the Tarn Council (TC).", "“a “b\" c“ \"d“ “", "'n' '' ‘ ’ 'a", "The A B C D E F (ABCDEF) said", "between Sanaa, Aden and Marib", "\xff'\xfe'", "”a,“ b ”c” “d“ ”", "Marseille-Provence airport shut. US-China talks, said Kim-Lee Park of Paris-Lyon Rail.", "The Seoul-Busan line and Asia-Pacific Center (APC) - Tokyo-Osaka"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := -1
		for _, q := range actors.FindQuotes(text) {
			if q[0] < last || q[0] >= q[1] || q[1] > len(text) {
				t.Fatalf("FindQuotes(%q) = bad range %v after %d", text, q, last)
			}
			last = q[1]
		}
		a, err := corpus.Parse("f.txt", []byte("Headline of the fuzzed story\n\n"+text+"\n"), corpus.Meta{})
		if err != nil {
			return
		}
		s := Actors(&corpus.Corpus{Articles: []*corpus.Article{a}})
		for _, act := range s.Actors {
			for _, m := range act.Where {
				p := a.Paragraph(m.Passage)
				if p == nil || m.Start < 0 || m.End > len(p.Text) || m.Start > m.End {
					t.Fatalf("mention %+v of %q outside its passage", m, act.Name)
				}
			}
		}
	})
}

// TestQuotedNameIsNoQuotation: a person's name that an outlet sets in
// quotation marks ("“Nurlan Seitkaliyev”, a member of the Mazhilis,")
// is the person, not words anyone said.
func TestQuotedNameIsNoQuotation(t *testing.T) {
	s := extractText(t, "Queues grew.\n\nEarlier, “Nurlan Seitkaliyev”, a member of the Mazhilis, said drivers had waited for hours.")
	for _, a := range s.Actors {
		for _, q := range a.Quotes {
			if strings.Contains(q.Text, "Seitkaliyev") {
				t.Errorf("the name is a quotation of %s: %q", a.Name, q.Text)
			}
		}
	}
	for _, q := range s.Unattributed {
		if strings.Contains(q.Text, "Seitkaliyev") {
			t.Errorf("the name is an unattributed quotation: %q", q.Text)
		}
	}
	if a := find(s, "Nurlan Seitkaliyev"); a == nil || a.Kind != actors.Person {
		t.Errorf("Nurlan Seitkaliyev is no person: %v", names(s))
	}
}
