package corpus

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestObserve checks the per-line rules on lines that are not from the
// default corpus: the rules must be general.
func TestObserve(t *testing.T) {
	tests := []struct {
		line    string
		chrome  bool
		contact bool
	}{
		{"Share this article", true, false},
		{"Follow us on Twitter", true, false},
		{"Our Standards: The Trust Principles.", true, false},
		{"12 Comments", true, false},
		{"5 min read", true, false},
		{"World | Asia | Business | Climate", true, false},
		{"Home · News · Sport · Weather", true, false},
		{"“Something is wrong with how these machines are run.” — Dr. Els Maes, crane engineer", false, false},
		{"ALSO READ: Lagos waterways: why ferry accidents keep happening", true, false},
		{"Read also: Budget talks stall again", true, false},
		{"Sign up for our newsletter and never miss a story.", true, false},
		{"We use cookies to improve your experience on our site.", true, false},
		{"© 2024 Example Media. All rights reserved.", true, false},
		{"Phone: (555) 123-4567", false, true},
		{"Write to newsdesk@example.org with tips", false, true},
		{"Call +44 20 7946 0958 today", false, true},
		// Prose that uses chrome words is not chrome.
		{"The two countries share a long border and a history of cooperation.", false, false},
		{"Related talks were held in Geneva last year, officials said.", false, false},
		{"Comments by the minister drew criticism from opposition lawmakers on Monday.", false, false},
	}
	for _, tt := range tests {
		f := observe(tt.line)
		if f.chrome != tt.chrome || f.contact != tt.contact {
			t.Errorf("observe(%q) = chrome %v, contact %v; want chrome %v, contact %v", tt.line, f.chrome, f.contact, tt.chrome, tt.contact)
		}
	}
}

// TestParseZones checks the header, body and footer zones on a made-up page.
func TestParseZones(t *testing.T) {
	page := strings.Join([]string{
		"The Daily Example",
		"World",
		"Ministers agree on a new grain corridor",
		"3 min read",
		"Ministers from both countries agreed on Friday to reopen the grain corridor for six months, officials said.",
		"Talks resume",
		"The corridor had been closed since March, when shipping insurers withdrew their cover for the route.",
		"Ships waiting near the port. (AFP/Getty Images)",
		"Related Stories",
		"Grain prices fall again",
		"Thanks for reading our coverage of the talks so far.",
	}, "\n\n")
	a, err := Parse("page.txt", []byte(page), Meta{})
	if err != nil {
		t.Fatalf("Parse error: %v", err)
	}
	if a.Title != "Ministers agree on a new grain corridor" {
		t.Errorf("Parse title = %q, want the headline", a.Title)
	}
	var got []string
	for _, l := range a.Lines {
		got = append(got, string(l.Class))
	}
	want := []string{"header", "header", "title", "chrome", "body", "heading", "body", "caption", "chrome", "footer", "footer"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Parse line classes =\n %v\nwant\n %v", got, want)
	}
	if len(a.Paragraphs) != 3 || a.Paragraphs[2].Kind != Caption {
		t.Errorf("Parse paragraphs = %d (last kind %v), want 3 ending with a caption", len(a.Paragraphs), a.Paragraphs[len(a.Paragraphs)-1].Kind)
	}
	for _, p := range a.Paragraphs {
		if a.Text[p.Start:p.End] != p.Text {
			t.Errorf("paragraph %s offsets [%d,%d) do not point at its text", p.ID, p.Start, p.End)
		}
		for _, s := range p.Sentences {
			if a.Text[s.Start:s.End] != s.Text || s.Start < p.Start || s.End > p.End {
				t.Errorf("sentence %s offsets [%d,%d) do not point at its text", s.ID, s.Start, s.End)
			}
		}
	}
}

// TestShortLeadKept: a short opening sentence between the headline and the
// first long one is the article's first paragraph, not the page's header.
func TestShortLeadKept(t *testing.T) {
	text := "Curfew lifted in Tarsa\n\nThe curfew in Tarsa is over.\n\nShops and schools reopened on Monday after the regional authorities lifted the night curfew imposed a week ago, officials said.\n"
	a, err := Parse("lead.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatalf("Parse error: %v", err)
	}
	if len(a.Paragraphs) != 2 || a.Paragraphs[0].Text != "The curfew in Tarsa is over." {
		var got []string
		for _, p := range a.Paragraphs {
			got = append(got, p.Text)
		}
		t.Errorf("Parse paragraphs = %q, want the short lead first, then the long one", got)
	}
}

// TestListLeadKept: a factbox's lead, prose that ends with a colon
// before its list, is the article's first paragraph, not the page's
// header.
func TestListLeadKept(t *testing.T) {
	text := "FACTBOX-Who could lead the Tarsa Greens\n\n" +
		"TARSA, Nov 24 (Wire) - The Tarsa Greens will choose a new leader in March after their founder said he would step down. Here are the contenders:\n\n" +
		"* JANE ROE, 51, DEPUTY LEADER\n\n" +
		"Roe has run the party's campaigns since 2019 and is seen as the candidate of continuity.\n"
	a, err := Parse("factbox.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatalf("Parse error: %v", err)
	}
	// The fact box's entry is a passage too: its name and role are the
	// story's.
	if len(a.Paragraphs) != 3 || !strings.HasPrefix(a.Paragraphs[0].Text, "TARSA, Nov 24") || a.Paragraphs[1].Text != "* JANE ROE, 51, DEPUTY LEADER" {
		var got []string
		for _, p := range a.Paragraphs {
			got = append(got, p.Text)
		}
		t.Errorf("Parse paragraphs = %q, want the lead first, then the entry", got)
	}
}

// FuzzCountWords: countWords counts what strings.Fields returns.
func FuzzCountWords(f *testing.F) {
	for _, s := range []string{"", " ", "a", "a b  c\u00a0d\te\n", "\xff x", " Pyongyang\u2003Moscow ", "Kim Jong Un\u200b said"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Fatalf("countWords(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestHeadlineLeftovers checks that a plain-text file's headline is its
// first line, and that the leftovers a copied page carries around it (a
// photo caption, a byline, a dateline, "Advertisement", a "Related:" link)
// are never taken for it. The files are made up.
func TestHeadlineLeftovers(t *testing.T) {
	lead := "Officials said on Monday that the new bridge across the river would open to traffic next spring after two years of delays."
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"caption after", []string{"Bridge opening delayed again", "Workers stand on the unfinished deck of the river bridge on Sunday, March 1, 2026. REUTERS/Jane Roe"}, "Bridge opening delayed again"},
		{"caption first", []string{"Workers on the unfinished bridge deck on Sunday. (Photo: Jane Roe/City Daily)", "Bridge opening delayed again"}, "Bridge opening delayed again"},
		{"credit with a label", []string{"The bridge's deck in March. Photograph: Jane Roe/Agency", "New date set for river bridge"}, "New date set for river bridge"},
		{"byline", []string{"By Jane Roe and John Doe", "Bridge opening delayed again"}, "Bridge opening delayed again"},
		{"byline after", []string{"Bridge opening delayed again", "By Jane Roe, Staff Writer"}, "Bridge opening delayed again"},
		{"dateline", []string{"RIVERTON, Ohio (AP) —", "Bridge opening delayed again"}, "Bridge opening delayed again"},
		{"advertisement", []string{"Advertisement", "Bridge opening delayed again"}, "Bridge opening delayed again"},
		{"an audio player's label", []string{"Listen to this article", "Bridge opening delayed again"}, "Bridge opening delayed again"},
		{"a video's link above the headline", []string{"Watch: Drone footage shows the flooded bridge", "Bridge opening delayed again"}, "Bridge opening delayed again"},
		{"a video's line alone", []string{"Video: Drone footage shows the flooded bridge"}, "Video: Drone footage shows the flooded bridge"},
		{"a text size control", []string{"Text size", "Bridge opening delayed again"}, "Bridge opening delayed again"},
		{"a breadcrumb trail", []string{"Home / World / Americas", "Bridge opening delayed again"}, "Bridge opening delayed again"},
		{"a date and time stamp", []string{"Tuesday 2 December 2026 14:05 GMT", "Bridge opening delayed again"}, "Bridge opening delayed again"},
		{"an update stamp", []string{"Updated: Dec. 2, 2026, 9:41 a.m. ET", "Bridge opening delayed again"}, "Bridge opening delayed again"},
		{"a section label", []string{"Africa news", "Bridge opening delayed again"}, "Bridge opening delayed again"},
		{"a breadcrumb trail with arrows", []string{"News > Local > Transport", "Bridge opening delayed again"}, "Bridge opening delayed again"},
		{"initials and a comma, no dateline", []string{"RBA, UCW halt bridge work as FG cuts funds", "By Jane Roe"}, "RBA, UCW halt bridge work as FG cuts funds"},
		{"related", []string{"Bridge opening delayed again", "Related: Council approves the budget for road repairs"}, "Bridge opening delayed again"},
		{"second line longer", []string{"Bridge delayed", "A much longer second line that is a standfirst and not the headline at all"}, "Bridge delayed"},
		{"a headline in capitals", []string{"COUNCIL DELAYS RIVER BRIDGE OPENING AGAIN"}, "COUNCIL DELAYS RIVER BRIDGE OPENING AGAIN"},
		{"a Markdown heading", []string{"# Bridge opening delayed again"}, "Bridge opening delayed again"},
		{"a question with a quotation", []string{"Is the \"bridge to nowhere\" finally going to open, and who pays for the delay?"}, "Is the \"bridge to nowhere\" finally going to open, and who pays for the delay?"},
		{"an exclamation", []string{"At last, a date for the river bridge, and a party to go with it!"}, "At last, a date for the river bridge, and a party to go with it!"},
	}
	for _, tt := range tests {
		text := strings.Join(append(tt.lines, lead), "\n\n")
		a, err := Parse("x.txt", []byte(text), Meta{})
		if err != nil {
			t.Fatalf("%s: Parse: %v", tt.name, err)
		}
		if a.Title != tt.want {
			t.Errorf("%s: Parse(%q).Title = %q, want %q", tt.name, tt.lines, a.Title, tt.want)
		}
	}
}

// TestCreditStart checks where a caption's photo credit begins.
func TestCreditStart(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Firefighters at the plant on Tuesday. (Staff photo by Jane Roe)", "(Staff photo by Jane Roe)"},
		{"Residents wade through water on Sunday. REUTERS/Jane Roe", "REUTERS/Jane Roe"},
		{"A patrol boat in the bay. Photograph: Jane Roe/Agency", "Photograph: Jane Roe/Agency"},
		{"The band before the concert. Picture: Joe Tattersall", "Picture: Joe Tattersall"},
		{"The minister said the plan would be ready in May.", ""},
	}
	for _, tt := range tests {
		if got := tt.text[CreditStart(tt.text):]; got != tt.want {
			t.Errorf("CreditStart(%q) leaves %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestContributorLine: the lines that credit an article's makers, and
// sentences of a story that look a little like them.
func TestContributorLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Associated Press writers Tom Becker in Atlanta and Priya Nair in Savannah contributed to this report.", true},
		{"Contributing: Dana Whitfield, USA TODAY", true},
		{"Additional reporting by Sam Holt in Lagos", true},
		{"Follow Marcus Lee on X: @marcuslee", true},
		{"Follow Beds, Herts and Bucks news on BBC Sounds, Facebook, Instagram and X.", true},
		{"Follow Newsround's live page on YouTube.", true},
		{"Follow the river north. On X Street, turn left.", false},
		{"Write to Jennifer Moss at jennifer.moss@example.com", true},
		{"With files from The Canadian Press", true},
		{"(With inputs from PTI)", true},
		{"--With assistance from Yuki Hagiwara.", true},
		{"With assistance from the army, villagers rebuilt the bridge.", false},
		{"Jane Porter is a city hall reporter for the Riverside Ledger.", true},
		{"Reporting from the front line has become more dangerous, the group said.", false},
		{"Farmers contributed to the relief fund, the mayor said.", false},
		{"Jane Porter is a farmer who lost her crop to the flood.", false},
		{"Staff in Kyiv CONTRIBUTED TO THIS REPORT.", true},
		{"Includes reporting from Reuters and AFP", true},
		{"— With assistance from Ana Ruiz.", true},
		{"This article was provided by Harrow News Service.", true},
		{"This story was provided by the Associated Press.", true},
		{"This report was provided by witnesses to the United Nations, the group said.", false},
		{"Asked about it, Jane Porter is a reporter for the Ledger, she said.", false},
		{"The union said Follow Marcus Lee on X was its slogan.", false},
		{"Teresa Galloway-Reyes is a nurse and a member of the Riders Alliance. She lives in Eastbrook.", true},
		{"Omar Haddad is the author of two books on the Nile.", true},
		{"Omar Haddad is a lawyer who represented the family. He said the ruling was wrong.", false},
		{"Edited by Tom Askew", true},
		{"Today's updates came from Priti Sethi, Gareth Olusanya and Maeve Kinsella.", true},
		{"Today's reporting was brought to you by Ana Ruiz and Sam Holt.", true},
		{"This live page was edited by Jane Roe.", true},
		{"The coverage came from several outlets, the study found.", false},
		{"Edited highlights of the speech were broadcast on Sunday.", false},
	}
	for _, tt := range tests {
		if got := ContributorLine(tt.text); got != tt.want {
			t.Errorf("ContributorLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestShortArticleKept: an article whose sentences are all short still has
// its text; nothing in it looks like furniture.
func TestShortArticleKept(t *testing.T) {
	a, err := Parse("short.txt", []byte("Curfew lifted in Tarsa\n\nThe curfew in Tarsa is over.\n\nShops and schools reopened on Monday morning.\n"), Meta{})
	if err != nil {
		t.Fatalf("Parse of a short article: %v", err)
	}
	if len(a.Paragraphs) != 2 {
		t.Errorf("Parse paragraphs = %d, want both short sentences", len(a.Paragraphs))
	}
}

// TestClosingCreditKept: the credit that closes an article ("With files
// from The Canadian Press") stays one of its paragraphs, where the
// comparison reads which agency the story comes from.
func TestClosingCreditKept(t *testing.T) {
	a, err := Parse("credit.txt", []byte("Bank keeps key rate\n\nThe central bank left its benchmark interest rate unchanged on Wednesday, pausing after a string of cuts.\n\nWith files from The Canadian Press\n"), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(a.Paragraphs); n != 2 || a.Paragraphs[1].Text != "With files from The Canadian Press" || a.Paragraphs[1].Kind != Body {
		t.Errorf("Parse paragraphs = %+v, want the credit as the second, a body paragraph", a.Paragraphs)
	}
}

// TestAgencyCreditAfterLastParagraph: a last paragraph that closes with
// its agency's credit after the stop ("… would be informed. — Bernama",
// "-- IANS", PTI's "PTI ABC XYZ" with its editors' codes) or with a
// wire's end-of-copy mark ("Endit", "(END)", KUNA's
// "(end) tam.rk" with its editors' initials) is the article's, quotation
// and all.
func TestAgencyCreditAfterLastParagraph(t *testing.T) {
	for _, credit := range []string{"— Bernama", "-- IANS", "– PTI", "Endit", "(END)", "(end) tam.rk", "(end)", "PTI ABC XYZ", "PTI", "IANS"} {
		text := "Minister denies report\n\nKUALA LUMPUR: Briefings are held only when officials must be told what to carry out, the minister said in a statement today.\n\n" +
			"“Only the secretary-general is told of confidential matters,” he said, adding that agencies would be informed. " + credit + "\n"
		a, err := Parse("credit.txt", []byte(text), Meta{})
		if err != nil {
			t.Fatal(err)
		}
		if n := len(a.Paragraphs); n != 2 || !strings.HasSuffix(a.Paragraphs[1].Text, credit) || a.Paragraphs[1].Kind != Body {
			t.Errorf("%s: Parse paragraphs = %+v, want the quotation's paragraph, credit and all, as the second", credit, a.Paragraphs)
		}
	}
}

// TestClosingFactsKept: a match report's closing facts ("Referee: …",
// "Attendance: …") after its line-ups, short lines of the same "Label:
// value" form as the last line of the article, are the article's; a
// footer's labels after a sentence are not.
func TestClosingFactsKept(t *testing.T) {
	report := "Hosts win late\n\nThe home side scored twice in the last ten minutes to win a match they had trailed for an hour.\n\n" +
		"Harrowgate: Featherstone; Greaves, Ackroyd, Lund, Pickles; Sandwell, Marsh, Haigh; Wainwright, Dobson, Firth.\n\n" +
		"Referee: Andrew Kettlewell (Lancashire).\n\nAttendance: 2,814.\n\nShare: Facebook, X\n"
	a, err := Parse("report.txt", []byte(report), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range a.Paragraphs {
		texts = append(texts, p.Text)
	}
	want := []string{"Referee: Andrew Kettlewell (Lancashire).", "Attendance: 2,814."}
	if len(texts) != 4 || !slices.Equal(texts[2:], want) {
		t.Errorf("paragraphs = %q, want the line-up then %q, and no share line", texts, want)
	}
	footer, err := Parse("footer.txt", []byte("Bank keeps key rate\n\nThe central bank left its benchmark interest rate unchanged on Wednesday, pausing after a string of cuts.\n\nTopics: Economy\n"), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(footer.Paragraphs); n != 1 {
		t.Errorf("a label after the article's last sentence was kept: %d paragraphs, want 1", n)
	}
}

// TestPullQuoteDropped: a quotation set off alone and repeated inside a
// paragraph of the article (a pull quote) is dropped; the paragraph,
// which says who spoke, is kept, and so is a short quoted line.
func TestPullQuoteDropped(t *testing.T) {
	text := "Dockworkers strike\n\nDockworkers walked off the job on Sunday, halting the loading of garment shipments bound for Europe.\n\n" +
		"“We load the ships that pay for this country. We are asking for wages we can live on.”\n\n" +
		"“We load the ships that pay for this country. We are asking for wages we can live on,” union secretary Abul Mridha told reporters at the port gate.\n\n" +
		"“Not now.”\n\nMore than 40 ships were waiting at the outer anchorage by Sunday evening, port officials said, and one captain said “not now” twice.\n"
	a, err := Parse("strike.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range a.Paragraphs {
		texts = append(texts, p.Text)
	}
	if len(texts) != 4 || !strings.Contains(texts[1], "union secretary") || texts[2] != "“Not now.”" {
		t.Errorf("paragraphs = %q, want the pull quote dropped and the rest kept", texts)
	}
}

// TestPullQuoteAboveHeadline: an aggregator's copy that sets a pull
// quote above the headline keeps the headline as its title and drops
// the pull quote; the paragraph that carries the words stays.
func TestPullQuoteAboveHeadline(t *testing.T) {
	text := "\"Keeping the border secure comes before everything else.\"\n\n" +
		"Minister warns of airport queues as border staff plan walkouts\n\n" +
		"Reuters | London | Updated: 09-12-2026 15:42 IST\n\n" +
		"The interior minister said on Wednesday that travellers arriving over Christmas should expect longer waits at passport control.\n\n" +
		"\"People flying home may well wait longer,\" she told broadcasters. \"Keeping the border secure comes before everything else.\"\n"
	a, err := Parse("queues.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Minister warns of airport queues as border staff plan walkouts" {
		t.Errorf("title = %q, want the headline under the pull quote", a.Title)
	}
	if len(a.Paragraphs) != 2 || !strings.HasPrefix(a.Paragraphs[0].Text, "The interior minister") {
		var texts []string
		for _, p := range a.Paragraphs {
			texts = append(texts, p.Text)
		}
		t.Errorf("paragraphs = %q, want the two of the story", texts)
	}
}

// TestSyndicationNoteDropped: an aggregator's note that it carries a
// feed unedited names the aggregator, no actor of the story.
func TestSyndicationNoteDropped(t *testing.T) {
	for _, note := range []string{
		"(This story has not been edited by Newsdesk Digest staff and is auto-generated from a syndicated feed.)",
		"(Except for the headline, this story has not been edited by Harbour TV staff and is published from a syndicated feed.)",
		"Only the headline and picture of this report may have been reworked by the Ledger staff; the rest of the content is auto-generated from a syndicated feed.",
		"Market Pulse Stories are rapid-fire, short news bursts on stocks and markets as they move. Visit MarketDesk.example for more information on this news.",
	} {
		text := "Strike dates confirmed\n\nBorder staff at six airports will strike on eight days over Christmas in a dispute over pay, their union said on Tuesday.\n\n" + note + "\n"
		a, err := Parse("strike.txt", []byte(text), Meta{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Paragraphs) != 1 {
			t.Errorf("%q kept as article text", note)
		}
	}
}

// TestLivePageMakersAndSignatures: a live page copied as a numbered
// list keeps each entry's title after its time ("2. 16:05"), drops who
// edited and wrote it, and keeps the dash and name that sign a
// statement set without quotation marks; a closing credit after a dash
// is no signature.
func TestLivePageMakersAndSignatures(t *testing.T) {
	text := "Border strike - as it happened\n\nEdited by Tom Askew\n\n  1. What we learned today\n\n    Border staff at six airports will strike on eight days between 23 and 31 December, the union confirmed on Tuesday.\n\n" +
		"    Today's updates came from Priti Sethi and Maeve Kinsella.\n\n  2. 14:20\n\n    Soldiers to cover passport desks\n\n" +
		"    About 600 military personnel will be deployed to staff e-gates and desks at the two largest airports, the defence ministry has confirmed.\n\n" +
		"  3. 11:48\n\n    We are working closely with the border staff and our airlines on plans to keep queues as short as we can.\n\n    – Harwood Airport spokesperson\n"
	got := paragraphTexts(t, "live.txt", text)
	lacksAny(t, got, "Soldiers to cover passport desks", "– Harwood Airport spokesperson", "We are working closely")
	credit := paragraphTexts(t, "credit.txt", "Bank holds rates\n\nThe central bank left its benchmark interest rate unchanged on Wednesday, pausing after a string of cuts this year.\n\n— With files from Nadia Kostecki\n")
	agency := paragraphTexts(t, "agency.txt", "Bank holds rates\n\nThe central bank left its benchmark interest rate unchanged on Wednesday, pausing after a string of cuts this year.\n\n— The Canadian Press\n")
	if slices.Contains(agency, "— The Canadian Press") {
		t.Errorf("an agency's closing credit was kept as a signature: %q", agency)
	}
	// The makers' names may stay as a credit, which keeps them out of
	// the story's actors, never as the story's text.
	for _, p := range append(got, credit...) {
		if (strings.Contains(p, "Askew") || strings.Contains(p, "Sethi") || strings.Contains(p, "Kostecki")) && !ContributorLine(p) {
			t.Errorf("the page's makers were kept as text: %q", p)
		}
	}
}

// TestNewsletterChrome: a newsletter platform's prompts around a post
// ("Thanks for reading X! Subscribe for free to receive new posts",
// "X is a reader-supported publication") are no article text.
func TestNewsletterChrome(t *testing.T) {
	text := "What the port strike tells us\n\n" +
		"Thanks for reading The Freight Letter! Subscribe for free to receive new posts and support my work.\n\n" +
		"I spent Monday on the picket line at the terminal, and what struck me was how calm everyone was.\n\n" +
		"My read: this strike is about who shares the gains, not whether the robots come.\n\n" +
		"The Freight Letter is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.\n"
	a, err := Parse("post.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "reader-supported") || strings.Contains(a.Text, "Thanks for reading") {
		t.Errorf("newsletter prompts kept as article text:\n%s", a.Text)
	}
	if len(a.Paragraphs) != 2 {
		t.Errorf("%d paragraphs, want the post's 2", len(a.Paragraphs))
	}
}

// TestClickHereDropped: "Click here to read more stories like this." is
// a page's link, no sentence of its story.
func TestClickHereDropped(t *testing.T) {
	text := "Floods cut off hill towns\n\n" +
		"Rivers burst their banks across the region on Sunday, cutting off dozens of hill towns, the disaster agency said.\n\n" +
		"Rescue teams used boats to reach stranded families, officials said.\n\n" +
		"Click here to read more stories like this.\n"
	a, err := Parse("floods.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Click here") || len(a.Paragraphs) != 2 {
		t.Errorf("%d paragraphs, want the story's 2 without its link:\n%s", len(a.Paragraphs), a.Text)
	}
}

// TestPressReleaseLabels: a press release's labels ("FOR IMMEDIATE
// RELEASE", "Media Contact:") are its furniture, no text of its story.
func TestPressReleaseLabels(t *testing.T) {
	text := "Harbour Grid Selected to Supply Battery Storage\n\n" +
		"FOR IMMEDIATE RELEASE\n\n" +
		"RENO, Nev., Nov. 24, 2026 -- Harbour Grid, a developer of battery storage, today announced that it will supply a storage system to a utility.\n\n" +
		"The project is expected to enter service in 2028, the company said.\n\n" +
		"Media Contact:\n"
	a, err := Parse("release.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "IMMEDIATE RELEASE") || strings.Contains(a.Text, "Media Contact") {
		t.Errorf("a press release's labels kept as article text:\n%s", a.Text)
	}
	if len(a.Paragraphs) != 2 {
		t.Errorf("%d paragraphs, want the release's 2", len(a.Paragraphs))
	}
}

// TestKeyPoints: the bullet points of a live page or an explainer,
// between its headline and its first paragraph, are its text; a menu's
// short bullets are not.
func TestKeyPoints(t *testing.T) {
	text := "Flooding in the valley: live updates\n\n- News\n- Weather\n\nKey points\n- The river burst its banks near the town of Oldmere late on Sunday night\n- At least 300 homes have been evacuated, the county council says\n\n09:10 GMT\nRescue boats reach the lower town\n\nThe county council said on Monday that rescue boats had reached every street of the lower town, and that schools would stay shut.\n"
	a, err := Parse("live.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, p.Text)
	}
	lacksAny(t, got, "The river burst its banks", "At least 300 homes", "rescue boats had reached")
	for _, not := range []string{"News", "Weather"} {
		for _, p := range got {
			if strings.TrimSpace(strings.TrimPrefix(p, "- ")) == not {
				t.Errorf("the menu's %q was kept as text", not)
			}
		}
	}
	if a.Title != "Flooding in the valley: live updates" {
		t.Errorf("Title = %q", a.Title)
	}
}

// TestFactListInsideKept: a list of facts in the "Label: value" form
// inside the article ("Foreign Minister: Jane Roe (Liberal Party)") is
// paragraphs of it, searched and read for actors, not subheads.
func TestFactListInsideKept(t *testing.T) {
	text := "New cabinet named\n\nThe prime minister unveiled her cabinet on Monday, keeping the finance minister in his post and naming two newcomers.\n\n" +
		"Foreign Minister: Ragna Sól Einarsdóttir (Liberal Party)\n\nHealth Minister: Alma Brekkan (Social Democrats)\n\n" +
		"The coalition holds 36 of the 63 seats in parliament after November's snap election, the first since 2021.\n"
	a, err := Parse("cabinet.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Foreign Minister: Ragna Sól Einarsdóttir (Liberal Party)", "Health Minister: Alma Brekkan (Social Democrats)"} {
		found := false
		for _, p := range a.Paragraphs {
			found = found || p.Text == want
		}
		if !found {
			t.Errorf("%q is no paragraph", want)
		}
	}
}

// TestDashAttributedKept: a quotation signed with a dash and its
// speaker's name is a paragraph, though no stop ends the line.
func TestDashAttributedKept(t *testing.T) {
	text := "Crane collapse halts night shifts\n\nThe port suspended night operations at two container terminals on Tuesday after a crane collapsed onto a quay.\n\n" +
		"“Something is structurally wrong with how these machines are run.” — Dr. Els Wouters-Maes, crane engineer, University of Ghent\n"
	a, err := Parse("crane.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(a.Paragraphs); n != 2 {
		t.Errorf("%d paragraphs, want 2: the signed quotation is one", n)
	}
}

// TestBulletEntry: a fact box's entry (a bullet, then a name in capitals
// or a name and an age) is a passage; a related story's link is not.
func TestBulletEntry(t *testing.T) {
	for text, want := range map[string]bool{
		"* MARISOL ARGUEDAS-VARGAS, 52, PUEBLO SOBERANO PARTY": true,
		"- Jane Roe, 61, Labour":                               true,
		"• Jane Roe, 61":                                       true,
		"* Scotland’s salmon farms face new rules on sea lice": false,
		"* WORLD":                     false,
		"MARISOL ARGUEDAS-VARGAS, 52": false,
	} {
		if got := bulletEntry(text); got != want {
			t.Errorf("bulletEntry(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestStandaloneDatelineKept: a dateline on a line of its own right
// before the first paragraph (or before an agency's label, "Trend:") is
// the story's first passage, and still dates it; a "Published …" line
// there is dropped.
func TestStandaloneDatelineKept(t *testing.T) {
	body := "\n\nThe ruling front and the opposition traded charges on Sunday over arrangements for the pilgrim season at the hill shrine.\n"
	for _, tt := range []struct {
		text, first, published string
	}{
		{"Fronts trade charges\n\nThiruvananthapuram, November 16" + body, "Thiruvananthapuram, November 16", ""},
		{"Study finds link\n\nOdense, 26 November 2026" + body, "Odense, 26 November 2026", "2026-11-26"},
		{"Fronts trade charges\n\nKYIV —" + body, "KYIV —", ""},
		{"Fronts trade charges\n\nASTANA, Kazakhstan, April 14\n\nSteppe Wire:" + body, "ASTANA, Kazakhstan, April 14", ""},
		{"Fronts trade charges\n\nPublished: Nov. 26, 2026 10:32 AM" + body, "The ruling front", "2026-11-26"},
	} {
		a, err := Parse("x.txt", []byte(tt.text), Meta{})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Paragraphs[0].Text; !strings.HasPrefix(got, tt.first) {
			t.Errorf("%q: first passage %q, want it to open with %q", tt.text, got, tt.first)
		}
		if a.Published != tt.published {
			t.Errorf("%q: published %q, want %q", tt.text, a.Published, tt.published)
		}
	}
}

// TestEmbeddedPostKept: a social post embedded in a page, whether its
// text ends with its picture's link or with a name, and the line that
// signs it are paragraphs, not headings; a line merely ending with a
// link is not a post's.
func TestEmbeddedPostKept(t *testing.T) {
	text := "Ferry capsizes off Zanzibar\n\nRescuers searched through the night for 14 people missing after a ferry capsized off Zanzibar on Sunday.\n\n" +
		"Our thoughts are with the families affected by the accident. The government will spare no effort in the search. pic.twitter.com/x1Yz\n\n" +
		"— Ministry of Transport Tanzania (@UchukuziTZ) November 29, 2026\n\n" +
		"Search and rescue continues through the night for the missing — Governor Amina Juma Salum\n\n" +
		"— Zanzibar State House (@IkuluZanzibar) November 30, 2026\n\n" +
		"Survivor Salma Othman, 29, said passengers had complained about the number of people on board.\n"
	a, err := Parse("ferry.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]LineClass{
		"Our thoughts are with":           KeptBody,
		"— Ministry of Transport":         KeptBody,
		"Search and rescue continues":     KeptBody,
		"— Zanzibar State House":          KeptBody,
		"Survivor Salma Othman, 29, said": KeptBody,
	}
	for _, l := range a.Lines {
		for start, class := range want {
			if strings.HasPrefix(l.Text, start) && l.Class != class {
				t.Errorf("%q is %s, want %s", l.Text, l.Class, class)
			}
		}
	}
	if f := observe("Read the full report here https://t.co/abc"); f.sentence {
		t.Error("a line ending with a link but no stop before it is a sentence")
	}
}

// TestWireCreditInBracketsDropped: a wire story's closing credit in
// brackets ("(Reporting by …; Editing by …)") is furniture, dropped, so
// that its editors' names are found by no search; a broadcaster's
// "(With inputs from PTI)" is a credit line, kept and read as one.
func TestWireCreditInBracketsDropped(t *testing.T) {
	a, err := Parse("x.txt", []byte("Bank keeps key rate\n\nThe central bank left its benchmark interest rate unchanged on Wednesday, pausing after a string of cuts.\n\n(Reporting by Ana Dizon in Manila; Editing by Tom Ashby)\n"), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Ashby") || len(a.Paragraphs) != 1 {
		t.Errorf("a wire credit in brackets kept: %d paragraphs\n%s", len(a.Paragraphs), a.Text)
	}
	if !ContributorLine("(With inputs from PTI)") {
		t.Errorf("ContributorLine(%q) = false, want a credit line", "(With inputs from PTI)")
	}
}

// TestClosingResultsKept: a race's results closing a wire story, numbered
// entries of a name, a country's code and a time under short headings,
// are the article's text, not its footer.
func TestClosingResultsKept(t *testing.T) {
	text := "Roe wins city marathon\n\n" +
		"Kenya's Brian Roe won the city marathon on Sunday, breaking the course record on a cool, still morning.\n\n" +
		"Men's results:\n\n1. Brian Roe (KEN) 2:03:41\n\n2. Abdi Nageeye-Farah (NED) 2:04:10\n\n3. Tadese Worku (ETH) 2:04:33\n\n" +
		"Follow us on X\n"
	a, err := Parse("race.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Nageeye-Farah", "Tadese Worku (ETH) 2:04:33"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("results entry %q dropped:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Follow us") {
		t.Errorf("furniture after the results kept:\n%s", a.Text)
	}
}

// TestResultsGivenAsGaps: results that give the winner's time and the
// others' gaps ("+8.4", "+1:02.3", "+1 lap", "s.t.", "DNF") are the
// article's text as well.
func TestResultsGivenAsGaps(t *testing.T) {
	text := "Roe wins World Cup opener\n\n" +
		"Norway's Ane Roe won the 10-kilometre classic race on Saturday, pulling away from her rivals on the final climb.\n\n" +
		"Results\n1. Ane Roe (Norway) 26:41.3\n2. Ebba Hallen (Sweden) +8.4\n3. Krista Lahti-Oja (Finland) +1:02.3\n4. Tove Brekke (Norway) s.t.\n5. Lina Saar (Estonia) +1 lap\n6. Mia Holt (Austria) DNF\n\n" +
		"Follow us on X\n"
	a, err := Parse("race.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Ebba Hallen (Sweden) +8.4", "Lahti-Oja", "Tove Brekke", "Lina Saar", "Mia Holt"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("results entry %q dropped:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Follow us") {
		t.Errorf("furniture after the results kept:\n%s", a.Text)
	}
}

// TestResultsUnderSubheadings: results under a heading and each race's
// subheading, none with a colon ("Results", "Women (8km)"), are the
// article's text.
func TestResultsUnderSubheadings(t *testing.T) {
	text := "Roe and Ode win cross-country races\n\n" +
		"Kenya's Ann Roe and Uganda's Joe Ode won the senior races at the cross-country meeting on Sunday.\n\n" +
		"Results\n\nWomen (8km)\n1. Ann Roe (KEN) 26:48\n2. Tsega Alemu (ETH) 26:55\n\nMen (10km)\n1. Joe Ode (UGA) 29:31\n3. Haile Worku-Bekele (ETH) 29:40\n\n" +
		"Follow us on X\n"
	a, err := Parse("race.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Tsega Alemu (ETH) 26:55", "Worku-Bekele"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("results entry %q dropped:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Follow us") {
		t.Errorf("furniture after the results kept:\n%s", a.Text)
	}
}

// TestLiveEntries: a live page's entry titles, after their time on the
// line or alone on the line before, and its key points copied without
// their bullets, are paragraphs of the article, searched and read for
// actors; a short label is not.
func TestLiveEntries(t *testing.T) {
	text := "Live: Storm batters the west\n\nKey points\nPower cut to 60,000 homes across Argyll and the islands\nFerries cancelled on all CalMac routes\n\n16:42 - Trains between Glasgow and Oban suspended\n\nNetwork Rail says a tree has fallen across the line near Taynuilt and services will not run for the rest of the day.\n\n15:30\nCrofters on Tiree count the cost\n\nOne crofter said the wind had lifted the roof off his barn and his sheep were sheltering in the church.\n\nLatest\n"
	got := paragraphTexts(t, "live.txt", text)
	lacksAny(t, got, "Power cut to 60,000 homes", "Ferries cancelled on all CalMac routes", "Trains between Glasgow and Oban", "Crofters on Tiree count the cost", "a tree has fallen")
	for _, p := range got {
		if p == "Key points" || p == "Latest" || p == "15:30" {
			t.Errorf("the label %q was kept as text", p)
		}
	}
}

// TestCourtCaseLines: a court report's closing lines that name the
// case's parties and its bench are the article's; a link after them is
// not.
func TestCourtCaseLines(t *testing.T) {
	text := "High Court refuses bail in bank fraud\n\nThe High Court on Monday refused bail to the former chairman of a cooperative bank accused of siphoning off depositors' money through fictitious loans.\n\nThe judge said the investigation was at a crucial stage and the allegations were serious.\n\nCase Title: Ramesh Kulkarni v. State of Goa\n\nCoram: Justice Meera Joshi-Naik\n\nRead more: Supreme Court to hear bank fraud appeals\n"
	got := paragraphTexts(t, "case.txt", text)
	lacksAny(t, got, "Case Title: Ramesh Kulkarni v. State of Goa", "Coram: Justice Meera Joshi-Naik")
	for _, p := range got {
		if strings.HasPrefix(p, "Read more") {
			t.Errorf("%q was kept as a paragraph", p)
		}
	}
}

// TestHeadlineUnderKeyPoints: a box of key points above the headline
// (a label, bullets, then the headline and the story) leaves the
// headline the article's title, not a paragraph, and the bullets its
// text.
func TestHeadlineUnderKeyPoints(t *testing.T) {
	text := "Key points\n- Heavy rain has closed more than 40 roads across the county\n- About 300 homes have been evacuated in Tanebridge\n\nFloods: Hundreds evacuated as River Tane bursts its banks\n\nHundreds of people have been evacuated from their homes in Tanebridge after the River Tane burst its banks overnight.\n"
	a, err := Parse("points.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Floods: Hundreds evacuated as River Tane bursts its banks"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
	got := paragraphTexts(t, "points.txt", text)
	lacksAny(t, got, "About 300 homes have been evacuated", "Hundreds of people have been evacuated")
	for _, p := range got {
		if strings.HasPrefix(p, "Floods: Hundreds evacuated") || p == "Key points" {
			t.Errorf("%q was kept as a paragraph", p)
		}
	}
}

// TestKeyPointsAfterCaption: key points copied without their bullets,
// after the photo caption a page opens with, are paragraphs of the
// article: they name bodies the text may not name again.
func TestKeyPointsAfterCaption(t *testing.T) {
	text := "Flood warnings issued as rain lashes the coast\n\nResidents sandbag homes in Lismore on Monday evening. (ABC North Coast: Kim Horvath-Lee)\n\nKey points:\n\nThe Bureau of Meteorology has issued major flood warnings for three rivers\n\nAbout 4,000 people have been told to evacuate\n\nEmergency services have told about 4,000 residents to leave their homes as heavy rain pushed the river towards a major flood level.\n"
	got := paragraphTexts(t, "points.txt", text)
	lacksAny(t, got, "The Bureau of Meteorology has issued major flood warnings for three rivers", "About 4,000 people have been told to evacuate", "Emergency services have told")
	for _, p := range got {
		if p == "Key points:" {
			t.Errorf("the label %q was kept as text", p)
		}
	}
}

// TestBulletsInTheBody: bullet points of whole statements between the
// paragraphs are paragraphs too, searched and read for actors, not
// headings; a list of short links stays out.
func TestBulletsInTheBody(t *testing.T) {
	text := "Storm leaves 40,000 homes without power\n\nStorm Ilse brought gusts of up to 150 km/h to the coast overnight, leaving about 40,000 homes without electricity, the grid operator said on Thursday.\n\n• Trains between Rennes and Brest were cancelled for the whole of the day\n• Two people were injured by falling trees in Quimper on Thursday morning\n\nThe prefect urged residents along the coast to stay indoors until noon, when the wind was expected to drop below gale force.\n"
	got := paragraphTexts(t, "bullets.txt", text)
	lacksAny(t, got, "• Trains between Rennes and Brest were cancelled", "• Two people were injured by falling trees in Quimper", "The prefect urged")
}

// TestKeyMoments: a match report's key moments, one a line under their
// label, are paragraphs of the article like a live page's key points.
func TestKeyMoments(t *testing.T) {
	text := "Ashgrove 2-1 Pellham: Visitors undone by late header\n\nKey moments\n\nStrand fires Pellham ahead\n\nOyelaran levels for the hosts\n\nMcCrory heads a late winner\n\nAshgrove came from behind to beat Pellham on a cold night at Mill Road, with a header in the final minute settling a scrappy game.\n"
	got := paragraphTexts(t, "match.txt", text)
	lacksAny(t, got, "Strand fires Pellham ahead", "Oyelaran levels for the hosts", "McCrory heads a late winner", "came from behind")
	for _, p := range got {
		if p == "Key moments" {
			t.Errorf("the label %q was kept as text", p)
		}
	}
}

// TestLetterSignatures: the lines that sign a reader's letter, the
// writer and their town, are the article's; a letters page is searched
// by its writers' names.
func TestLetterSignatures(t *testing.T) {
	text := "Letters: Save the village library\n\nThe library is the only warm public room in the village, and closing it to save £40,000 a year is a false economy.\n\nGwen Partridge-Mole\nLlanfyllin\n\nMy children learned to read there. The council should ask the people who use it before it decides.\n\nOwain Tudur-Jones, Meifod\n"
	got := paragraphTexts(t, "letters.txt", text)
	lacksAny(t, got, "Gwen Partridge-Mole", "Llanfyllin", "Owain Tudur-Jones, Meifod", "false economy")
}

// TestMatchResults: a tournament's results closing the article, under a
// heading without a colon, are the article's.
func TestMatchResults(t *testing.T) {
	text := "Open: wildcard reaches semi-finals\n\nThe wildcard Ana Petrescu-Voinea beat the second seed in three sets on Friday to reach the semi-finals of the Cluj Open.\n\nResults (quarter-finals)\nAna Petrescu-Voinea (ROU) bt Greta Holmqvist (SWE, 2) 4-6 6-3 7-5\nMarta Kowalczyk-Lis (POL) bt Ida Strand (NOR) 6-1 6-4\n"
	got := paragraphTexts(t, "results.txt", text)
	lacksAny(t, got, "Ida Strand (NOR)", "Greta Holmqvist (SWE, 2)")
	// A team tie's rubbers: a loss, sets after commas, a tie-break's
	// score, a pair of players.
	text = "Portugal reach semi-finals\n\nPortugal beat Canada 2-1 in the quarter-finals on Friday.\n\nQuarter-final, Portugal 2, Canada 1\nDuarte Fonseca-Reis (POR) lost to Lucas Tremblay-Ng (CAN) 3-6, 6-7 (4-7)\nTomás Ferreira-Lindgren (POR) def. Étienne Marchand-Dubé (CAN) 4-6, 7-6 (9-7), 6-3\nFerreira-Lindgren/Fonseca-Reis (POR) def. Marchand-Dubé/Tremblay-Ng (CAN) 7-5, 6-4\n\nPortugal play Italy on Saturday.\n"
	got = paragraphTexts(t, "tie.txt", text)
	lacksAny(t, got, "Lucas Tremblay-Ng (CAN) 3-6", "(9-7), 6-3", "Marchand-Dubé/Tremblay-Ng")
}

// TestNextGames: a game story's closing "UP NEXT" block, the teams and
// where each plays next, is the article's.
func TestNextGames(t *testing.T) {
	text := "Kraken beat Jets for fourth straight win\n\nPim Osterga-Vale scored twice in the second period and the Kraken beat the Jets 4-2 on Tuesday night.\n\nUP NEXT\n\nJets: At Vancouver on Thursday night.\n\nKraken: Host Calgary on Thursday night.\n"
	got := paragraphTexts(t, "game.txt", text)
	lacksAny(t, got, "Jets: At Vancouver on Thursday night.", "Kraken: Host Calgary on Thursday night.")
}

// TestLabelledCaption: a caption copied with its label ("Photo: …") is a
// caption, whose credit the actors' reader leaves out.
func TestLabelledCaption(t *testing.T) {
	text := "Band marks its centenary\n\nMembers past and present of the village band gathered on Saturday to mark the centenary with a concert in the square.\n\nPhoto: (L-R) Band president Arthur Kenworthy and conductor Lisa Mellor-Hirst before the concert. Picture: Joe Tattersall\n\nThe band was founded in 1926 by workers at the mill and has played at every service since.\n"
	a, err := Parse("band.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range a.Paragraphs {
		if strings.HasPrefix(p.Text, "Photo:") {
			if p.Kind != Caption {
				t.Errorf("the labelled caption is a %v paragraph", p.Kind)
			}
			if got := p.Text[CreditStart(p.Text):]; got != "Picture: Joe Tattersall" {
				t.Errorf("its credit is %q", got)
			}
			return
		}
	}
	t.Errorf("the labelled caption was dropped")
}

// TestSaidColonKept: a short line whose speech verb and colon open the
// quotation of the next paragraph ("she said:") is a paragraph, so that
// the quotation has its speaker.
func TestSaidColonKept(t *testing.T) {
	text := "Minister defends mill sale\n\nThe heritage minister has defended her department's handling of the sale of the listed mill to a developer.\n\nSpeaking in the Senedd on Tuesday, she said:\n\n\"I want to be absolutely clear. The valuation was carried out independently, and the sale followed every rule.\"\n"
	if got := paragraphTexts(t, "mill.txt", text); !slices.Contains(got, "Speaking in the Senedd on Tuesday, she said:") {
		t.Errorf("the line introducing the quotation is no paragraph: %q", got)
	}
}

// TestResultsBeforeText: a vote's results given before the prose, two
// lines or more of a name, a party and a count, with the line that
// titles them, are the article's.
func TestResultsBeforeText(t *testing.T) {
	text := "Rangpur city election: full results\n\nRangpur City Corporation mayoral election, December 27\n\nMostafizar Rahman Mostafa (Jatiya Party) — 146,798 votes, elected\nMohammad Rezaul Karim (Bangladesh Nationalist Party) — 61,114\nNurul Amin Sarkar (independent) — 4,902\n\nTurnout: 64.1%\n\nThe Election Commission said voting passed off peacefully at all 229 centres across the city.\n"
	got := paragraphTexts(t, "results.txt", text)
	lacksAny(t, got, "Rangpur City Corporation mayoral election", "Mostafizar Rahman Mostafa (Jatiya Party)", "Mohammad Rezaul Karim", "Nurul Amin Sarkar", "Turnout: 64.1%", "The Election Commission said")
}

// paragraphTexts parses a made-up file and returns its paragraphs' text.
func paragraphTexts(t *testing.T, name, text string) []string {
	t.Helper()
	a, err := Parse(name, []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, p.Text)
	}
	return got
}

// lacksAny reports, as test errors, each of wants that no paragraph of
// got holds.
func lacksAny(t *testing.T, got []string, wants ...string) {
	t.Helper()
	joined := strings.Join(got, "\n")
	for _, want := range wants {
		if !strings.Contains(joined, want) {
			t.Errorf("the article's text lacks %q:\n%s", want, joined)
		}
	}
}

// TestBroadcasterEmbedNotice: a broadcaster's page copied as text keeps
// its captions ("Image caption, …") as captions and drops the notice
// that stands in for an embedded post, however long, with the links
// that skip it and the photo's source.
func TestBroadcasterEmbedNotice(t *testing.T) {
	text := "Gales close the ferry routes\n\nImage source, Getty Images\nImage caption, Waves broke over the harbour wall at Largs on Tuesday\n\n" +
		"More than 40,000 homes were without power on Tuesday after gusts of more than 90mph reached the west coast overnight.\n\n" +
		"Skip twitter post by Traffic Scotland\n\nAllow Twitter content?\n\n" +
		"This article contains content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. You may want to read their policies before accepting.\n\n" +
		"End of twitter post by Traffic Scotland\n\n" +
		"The strongest gust, 93mph, was recorded on the island overnight, and ferries stayed in port.\n\nRelated topics\n\nSave\n"
	a, err := Parse("storm.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	for _, furniture := range []string{"Getty", "twitter post", "Allow Twitter", "content provided", "Related topics", "Save"} {
		if strings.Contains(a.Text, furniture) {
			t.Errorf("%q kept as article text:\n%s", furniture, a.Text)
		}
	}
	var captions int
	for _, p := range a.Paragraphs {
		if p.Kind == Caption {
			captions++
		}
	}
	if captions != 1 || len(a.Paragraphs) != 3 {
		t.Errorf("%d paragraphs, %d captions; want the two paragraphs and the caption:\n%s", len(a.Paragraphs), captions, a.Text)
	}
}

// TestSupportNoteDropped: an agency's note on who funds its desk, after
// the story, is furniture: its funders are not searched as the story's.
func TestSupportNoteDropped(t *testing.T) {
	text := "Measles cases climb\n\nThe number of measles cases in the outbreak has risen to 41, most of them in children who were not vaccinated, officials said on Friday.\n\n" +
		"Measles was declared eliminated in 2000, but outbreaks have grown more common as vaccination rates have slipped.\n\n___\n\n" +
		"The Associated Press Health and Science Department receives support from the Harwell Foundation's Science and Educational Media Group. The AP is solely responsible for all content.\n"
	a, err := Parse("measles.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Harwell") || len(a.Paragraphs) != 2 {
		t.Errorf("the support note kept as article text (%d paragraphs):\n%s", len(a.Paragraphs), a.Text)
	}
}

// TestRepublishNoteDropped: a republished article's notice of where it
// first appeared, at its top or its end, is furniture; a sentence of
// the story that names a licence is not.
func TestRepublishNoteDropped(t *testing.T) {
	body := "Supermarket tomatoes have been bred for decades to be firm, red and long-lasting, and flavour was never the priority of the breeders.\n\n" +
		"The museum released the photograph under a Creative Commons licence in 2019, and it has since been printed in dozens of newspapers.\n\n"
	for _, text := range []string{
		"Bland tomatoes explained\n\nThis article was originally published on The Fieldnote. Author: Ruth Okafor-Lane, University of Lindfield.\n\n" + body,
		"Bland tomatoes explained\n\n" + body + "This article is republished from The Fieldnote under a Creative Commons license. Read the original article.\n",
	} {
		a, err := Parse("tomatoes.txt", []byte(text), Meta{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "Fieldnote") || len(a.Paragraphs) != 2 {
			t.Errorf("want the notice dropped and both paragraphs kept (%d paragraphs):\n%s", len(a.Paragraphs), a.Text)
		}
	}
}

// TestTrendingListDropped: bullets under a label of links to other
// stories are those stories' headlines, however like key points they
// read; key points right above the first paragraph stay the article's.
func TestTrendingListDropped(t *testing.T) {
	text := "Flyover contract denied\n\nTrending\n- Court fixes date for ex-minister's trial over N2bn fraud\n- Lecturers threaten fresh strike over unpaid allowances\n\n" +
		"The state government has described as false reports that it awarded a contract for the Ogbete flyover to a company linked to a former commissioner.\n\n" +
		"- Two people were hurt when a truck overturned on the expressway near the flyover on Friday evening\n\n" +
		"The procurement is still at the bidding stage and is handled by the state's procurement agency, the statement said.\n"
	a, err := Parse("flyover.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "ex-minister") || strings.Contains(a.Text, "Lecturers") {
		t.Errorf("want the trending links dropped:\n%s", a.Text)
	}
	if !strings.Contains(a.Text, "truck overturned") || !strings.Contains(a.Text, "bidding stage") {
		t.Errorf("want the article's own bullet and paragraphs kept:\n%s", a.Text)
	}
}

// TestResultListKept: an election result's list, a name, a party in
// brackets and the votes on each line, is the story's, not furniture.
func TestResultListKept(t *testing.T) {
	text := "Greens take seat\n\nThe Green Party has won the Ashby Central by-election, taking the council seat from Labour for the first time in its history.\n\nResult:\n\n- Imogen Tarrow-Pryce (Green) 1,842\n- Kevin Aldwick (Labour) 1,107\n- Sandra Pelham (Reform UK) 964\n\nTurnout was 29.4%, the council said after the count had finished late on Thursday night.\n"
	a, err := Parse("result.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, p := range a.Paragraphs {
		kept = append(kept, p.Text)
	}
	all := strings.Join(kept, "\n")
	for _, name := range []string{"Imogen Tarrow-Pryce (Green) 1,842", "Kevin Aldwick (Labour) 1,107", "Sandra Pelham (Reform UK) 964"} {
		if !strings.Contains(all, name) {
			t.Errorf("result line %q dropped:\n%s", name, all)
		}
	}
	// A returning officer's declaration: surnames in capitals, given
	// names, parties and votes, then the short sentence of who was
	// elected.
	text = "Declaration of result: Ashby Central by-election\n\nThe council has declared the result of the by-election held on Thursday for the Ashby Central electoral division.\n\nThe Returning Officer declared that the votes cast for each candidate were as follows:\n\nALDWICK, Kevin John, Labour Party – 1,107\n\nTARROW-PRYCE, Imogen, Green Party – 1,842\n\nImogen Tarrow-Pryce was duly elected as councillor.\n\nFor more information, contact the elections office on 0300 123 4100.\n"
	a, err = Parse("declaration.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	kept = nil
	for _, p := range a.Paragraphs {
		kept = append(kept, p.Text)
	}
	all = strings.Join(kept, "\n")
	for _, line := range []string{"ALDWICK, Kevin John, Labour Party – 1,107", "TARROW-PRYCE, Imogen, Green Party – 1,842", "Imogen Tarrow-Pryce was duly elected as councillor."} {
		if !strings.Contains(all, line) {
			t.Errorf("declaration line %q dropped:\n%s", line, all)
		}
	}
}

// TestClosingSentenceAfterAdvert: a short closing sentence after an
// advert's slot at the end of an article is the article's; the slot's
// label is not, and a footer after it is not either.
func TestClosingSentenceAfterAdvert(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"advert", "Fire grows overnight\n\nA wind-driven wildfire in the hills grew to more than 18,000 acres on Tuesday, forcing thousands of people to leave.\n\nAdvertisement\n\nForecasters extended a red flag warning through Thursday.\n",
			[]string{"A wind-driven wildfire", "Forecasters extended"}},
		{"story continues", "Fire grows overnight\n\nA wind-driven wildfire in the hills grew to more than 18,000 acres on Tuesday, forcing thousands of people to leave.\n\nStory continues below advertisement\n\nForecasters extended a red flag warning through Thursday.\n",
			[]string{"A wind-driven wildfire", "Forecasters extended"}},
		{"a footer's link", "Fire grows overnight\n\nA wind-driven wildfire in the hills grew to more than 18,000 acres on Tuesday, forcing thousands of people to leave.\n\nAdvertisement\n\nRead more: How to prepare a go-bag\n",
			[]string{"A wind-driven wildfire"}},
	} {
		a, err := Parse("ad.txt", []byte(c.text), Meta{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range a.Paragraphs {
			got = append(got, p.Text)
		}
		ok := len(got) == len(c.want)
		for i := range got {
			ok = ok && strings.HasPrefix(got[i], c.want[i])
		}
		if !ok {
			t.Errorf("%s: paragraphs %q, want ones starting %q", c.name, got, c.want)
		}
	}
}

// TestStandfirstKept: the deck under a headline, a phrase of prose with
// no stop, is the article's text (searched, its names read), while a
// writer's credit in the same place, an update note in brackets and a
// byline stay the page's.
func TestStandfirstKept(t *testing.T) {
	for _, tt := range []struct {
		name, second string
		kept         bool
	}{
		{"a deck", "Emergency warnings remain in place for parts of East Gippsland", true},
		{"a writer's credit", "Ruth Roe-Hart, Senior Lecturer in Plant Science, University of Lindfield", false},
		{"a byline", "Written by Maria Delgado, Gulf Coast Herald", false},
		{"an update note", "(Adds analyst comment, share price in paragraphs 5-6)", false},
		{"a label", "Live updates", false},
	} {
		text := "Bushfire near Omeo destroys homes as crews battle the front\n\n" + tt.second + "\n\nBy Staff Reporters\n\nAt least 14 homes have been destroyed by a bushfire burning near Omeo, as crews struggled to contain a front that changed direction twice on Tuesday.\n\nThe fire has burned through more than 9,000 hectares since it was sparked by lightning on Sunday, the authority said.\n"
		a, err := Parse("deck.txt", []byte(text), Meta{})
		if err != nil {
			t.Fatalf("%s: Parse error: %v", tt.name, err)
		}
		kept := len(a.Paragraphs) > 0 && a.Paragraphs[0].Text == tt.second
		if kept != tt.kept {
			t.Errorf("%s: %q kept as the first paragraph = %v, want %v", tt.name, tt.second, kept, tt.kept)
		}
		if a.Title != "Bushfire near Omeo destroys homes as crews battle the front" {
			t.Errorf("%s: title = %q, want the first line", tt.name, a.Title)
		}
	}
}

// TestCookieBannerDropped: a site's cookie banner and its prompt to
// follow it elsewhere, longer than other furniture, are no paragraphs,
// and the headline after the banner is found.
func TestCookieBannerDropped(t *testing.T) {
	text := "Police prepare report on abductions | Example News\n\n" +
		"Welcome, reader! We use cookies to improve your browsing experience. Continuing to use this site means you agree to our use of cookies. Tell me more!\n\n" +
		"Police prepare report on abductions\n\n" +
		"MANILA — The national police are preparing a full report on the reported kidnappings in the capital, an official said on Thursday.\n\n" +
		"Stay informed and ahead of the curve! Follow The Example Newspaper on WhatsApp for real-time updates, breaking news, and exclusive content. Don't miss a headline – join now!\n\n" +
		"The Source: Information in this story was sourced from the Example County Sheriff's Office.\n"
	a, err := Parse("page.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "cookies") || strings.Contains(a.Text, "WhatsApp") || strings.Contains(a.Text, "sourced from") {
		t.Errorf("cookie banner or a prompt to follow kept as article text:\n%s", a.Text)
	}
	if a.Title != "Police prepare report on abductions" {
		t.Errorf("title %q, want the headline without the site's name", a.Title)
	}
}

// TestWithoutSiteName: a site's name after " | ", or after a dash when
// it reads as a news site's, leaves the headline; a dash inside a
// headline stays.
func TestWithoutSiteName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Floods cut off three villages | Rwenzori Daily", "Floods cut off three villages"},
		{"Shares slide after revenue miss - Canadian Markets News", "Shares slide after revenue miss"},
		{"Mayor quits after audit – example.com", "Mayor quits after audit"},
		{"We conceded a poor goal – Hughton on Cape Verde defeat", "We conceded a poor goal – Hughton on Cape Verde defeat"},
		{"Tsipras - the last word", "Tsipras - the last word"},
		{"Storm | Live", "Storm | Live"},
	} {
		if got := withoutSiteName(c.in); got != c.want {
			t.Errorf("withoutSiteName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCaptionWithHandleAndDescription: a caption ending on a
// photographer's handle and agencies ("pablohart/E+/Getty Images") is a
// caption, and so is the image's description right above it in the same
// block.
func TestCaptionWithHandleAndDescription(t *testing.T) {
	text := "Judges write dissents for the record\n\n" +
		"When the court issues opinions, you may hear that the nine judges reached a 6-3 or a 5-4 decision, and that some wrote dissents.\n\n" +
		"A laptop computer with a yellow legal pad lying on it, next to some books.\n" +
		"Opinions and dissents – there is a lot of writing going on at the court. marrowfoto/E+/Getty Images\n\n" +
		"Judges write dissents for the sake of history, for their reputation or as a matter of principle, and they want to be on the record.\n"
	a, err := Parse("x.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range a.Lines {
		caption := strings.HasPrefix(l.Text, "A laptop") || strings.HasPrefix(l.Text, "Opinions and dissents")
		if caption && l.Class != KeptCaption {
			t.Errorf("%q is %s, want a caption", l.Text, l.Class)
		}
		if strings.HasPrefix(l.Text, "Judges write dissents for the sake") && l.Class != KeptBody {
			t.Errorf("%q is %s, want body", l.Text, l.Class)
		}
	}
}

// TestFollowedCategoriesNote: a news site's note on followed categories
// is furniture, however long.
func TestFollowedCategoriesNote(t *testing.T) {
	text := "Bail plan worries the bush\n\nEvery person from the bush charged with an offence will soon have a bail hearing by video from the city, magistrates said on Monday.\n\nDon't miss out on the headlines from Local. Followed categories will be added to My News.\n\nThe change starts in July, and lawyers say it will keep more people in custody overnight.\n"
	a, err := Parse("x.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range a.Paragraphs {
		if strings.Contains(p.Text, "Followed categories") {
			t.Errorf("the followed-categories note is a paragraph: %q", p.Text)
		}
	}
}

// TestUnwrapHardWrappedFile: a file wrapped at a width, with no blank
// line between paragraphs, is read as its paragraphs, each sentence
// whole; lines that end their sentences, and files whose lines are not
// broken mid-sentence, stay lines.
func TestUnwrapHardWrappedFile(t *testing.T) {
	wrapped := "Corwin signs for Harbour City\n\n" +
		"Tomas Corwin became the most expensive player in the league's history\n" +
		"when he signed for Harbour City from Eastvale on a five-year\n" +
		"contract, the forward's new club announced on Tuesday.\n" +
		"“It is a good feeling and a happy time for me and\n" +
		"my family,” Corwin told the club's website late on Tuesday.\n" +
		"Club manager Ines Varga called him one of the best attacking players\n" +
		"in the country.\n"
	a, err := Parse("wrapped.txt", []byte(wrapped), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, p.Text)
	}
	want := []string{
		"Tomas Corwin became the most expensive player in the league's history when he signed for Harbour City from Eastvale on a five-year contract, the forward's new club announced on Tuesday.",
		"“It is a good feeling and a happy time for me and my family,” Corwin told the club's website late on Tuesday.",
		"Club manager Ines Varga called him one of the best attacking players in the country.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs of a wrapped file:\n%q\nwant\n%q", got, want)
	}
	if a.Title != "Corwin signs for Harbour City" {
		t.Errorf("title %q", a.Title)
	}
	// One sentence broken across two lines is no wrapping: a list's
	// lines stay apart.
	list := "Results of the count\n\nThe commission published the results of the vote on Monday night, after a long count.\n" +
		"Turnout was 61 percent, higher than at the last election\n" +
		"in the capital and in the north of the country, officials said.\n" +
		"Harbour Party\n" +
		"Eastvale Alliance\n"
	b, err := Parse("list.txt", []byte(list), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, p := range b.Paragraphs {
		lines = append(lines, p.Text)
	}
	if !slices.Contains(lines, "in the capital and in the north of the country, officials said.") {
		t.Errorf("a file with one broken sentence was unwrapped: %q", lines)
	}
}

// TestLoneSentenceKept: a file of a one-word first line and one sentence
// is read, the line its headline and the sentence its text, not skipped
// for want of text.
func TestLoneSentenceKept(t *testing.T) {
	a, err := Parse("talks.txt", []byte("Talks\n\nChinese President Xi Jinping met the visiting leader on Wednesday.\n"), Meta{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if a.Title != "Talks" || len(a.Paragraphs) != 1 || !strings.Contains(a.Text, "met the visiting leader") {
		t.Errorf("title %q, %d paragraphs, text %q; want the headline \"Talks\" and the sentence as the text", a.Title, len(a.Paragraphs), a.Text)
	}
}

// TestHeadlineBrokenOverTwoLines: a headline wrapped onto a second line
// that goes on in lower case is one headline, and neither half is lost;
// a second line opening with a capital is no part of it.
func TestHeadlineBrokenOverTwoLines(t *testing.T) {
	lead := "Officials said on Monday that the new bridge across the river would open to traffic next spring after two years of delays."
	tests := []struct{ text, want string }{
		{"Bridge opening delayed\nagain as costs rise\n\n" + lead, "Bridge opening delayed again as costs rise"},
		{"Bridge opening delayed again as costs rise\nCouncil blames the contractor\n\n" + lead, "Bridge opening delayed again as costs rise"},
	}
	for _, tt := range tests {
		a, err := Parse("x.txt", []byte(tt.text), Meta{})
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.text, err)
		}
		if a.Title != tt.want {
			t.Errorf("Parse(%q).Title = %q, want %q", tt.text, a.Title, tt.want)
		}
	}
}

// TestEditorsNotes: an editor's note above the headline is neither the
// headline nor the first paragraph, and a correction under the story is
// no paragraph of it (its misspelling is no name the story uses); both
// are kept, shown as notes.
func TestEditorsNotes(t *testing.T) {
	text := "Editor's note: This article was updated on Dec. 3 to include a response from the county.\n\nClinic in Tarrow to close its maternity ward, citing staff shortages\n\nBy Dana Reyes-Holt\n\nThe clinic in Tarrow will stop delivering babies at the end of January, leaving mothers 70 miles from the nearest ward.\n\nThe clinic said it could not recruit enough nurses to keep the unit open around the clock.\n\nCorrection: An earlier version of this story misspelled the name of the clinic's director. She is Ana Vrell, not Ana Vrel.\n"
	a, err := Parse("note.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Clinic in Tarrow to close its maternity ward, citing staff shortages"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
	got := paragraphTexts(t, "note.txt", text)
	lacksAny(t, got, "The clinic in Tarrow will stop delivering babies", "The clinic said it could not recruit")
	for _, p := range got {
		if strings.HasPrefix(p, "Editor's note") || strings.HasPrefix(p, "Correction") {
			t.Errorf("%q was kept as a paragraph", p)
		}
	}
	kept := 0
	for _, l := range a.Lines {
		if (strings.HasPrefix(l.Text, "Editor's note") || strings.HasPrefix(l.Text, "Correction")) && l.Class == KeptHeading {
			kept++
		}
	}
	if kept != 2 {
		t.Errorf("%d of the two notes kept as notes, want both", kept)
	}
}
