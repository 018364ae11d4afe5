package search

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax/corpus"
)

// TestNameSpellings: a name finds its other spellings, exact ones first,
// and says which it matched; a common word does not pull in a word one
// vowel away; a word only a headline has is found.
func TestNameSpellings(t *testing.T) {
	texts := map[string]string{
		"a.txt": "Talks resume in the capital\n\nGeneral Omar al-Tayeb signed the truce on Saturday, and the lines of trucks began to move at once.\n",
		"b.txt": "Truce signed as convoys wait\n\nGeneral Omar al-Tayib signed for the army, officials said, while the lanes to the border stayed shut.\n",
		"c.txt": "Market report for the week\n\nPrices of grain fell again on Monday as traders waited for news of the harvest in the south.\n",
	}
	ix := NewIndex(corpusOfTexts(t, texts["a.txt"], texts["b.txt"], texts["c.txt"]))
	res := ix.Search("Tayeb", Options{})
	if len(res.Hits) != 2 || res.Hits[0].Article != "a" || res.Hits[1].Article != "b" {
		t.Errorf("Search(Tayeb) hits = %+v, want a (exact) then b (al-Tayib)", res.Hits)
	}
	if len(res.AlsoMatched) != 1 || res.AlsoMatched[0] != "tayib" {
		t.Errorf("Search(Tayeb).AlsoMatched = %q, want [tayib]", res.AlsoMatched)
	}
	if res := ix.Search("lines", Options{}); res.Articles != 1 {
		t.Errorf("Search(lines) found %d articles, want 1: lanes is another word, not another spelling", res.Articles)
	}
	if res := ix.Search("convoys", Options{}); res.Articles != 1 || res.Hits[0].Passage != "b"+TitleSuffix {
		t.Errorf("Search(convoys) = %+v, want the headline of b", res.Hits)
	}
}

// TestPluralInIes: a noun finds its plural in -ies and the plural the
// noun, as other plurals are found by the word they begin with.
func TestPluralInIes(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Ferry strike strands travellers\n\nThe ferry did not sail on Wednesday and the port stayed shut all day.\n",
		"Ferries idle in the port\n\nThe ferries sat idle as crews walked out, and two cities ran short of fuel.\n",
		"Market report for the week\n\nPrices of grain fell again as the city waited for news of the harvest.\n",
	))
	for q, want := range map[string]int{"ferry": 2, "ferries": 2, "city": 2, "cities": 2, "day": 1} {
		if res := ix.Search(q, Options{}); res.Articles != want {
			t.Errorf("Search(%s) found %d articles, want %d", q, res.Articles, want)
		}
	}
}

// TestSerbianDj: the đ of a Serbian name, which folding makes d and
// English writes dj, finds the other spelling both ways.
func TestSerbianDj(t *testing.T) {
	texts := []string{
		"Students march on the capital\n\nThe law student Milica Đorđević walked for three days to join the march on Saturday.\n",
		"March fills the streets\n\nMilica Djordjevic, a law student, said on Saturday that the students would not go home.\n",
	}
	ix := NewIndex(corpusOfTexts(t, texts...))
	for _, q := range []string{"Djordjevic", "Đorđević", "Dordevic"} {
		if res := ix.Search(q, Options{}); res.Articles != 2 {
			t.Errorf("Search(%s) found %d articles, want both spellings", q, res.Articles)
		}
	}
}

// TestTypoTakesTheClosestWord: a mistyped word one edit from a word of the
// vocabulary does not also pull in words two edits away from other
// stories ("Coutino" is Coutinho, not caution, counting or routine).
func TestTypoTakesTheClosestWord(t *testing.T) {
	texts := map[string]string{
		"a.txt": "President signs decree\n\nPresident Helena Coutinho signed the decree in the capital on Friday.\n",
		"b.txt": "Bank urges caution\n\nThe central bank urged caution on Tuesday as counting of the routine survey went on.\n",
	}
	c := &corpus.Corpus{}
	for _, name := range []string{"a.txt", "b.txt"} {
		a, err := corpus.Parse(name, []byte(texts[name]), corpus.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		c.Articles = append(c.Articles, a)
	}
	res := NewIndex(c).Search("Coutino", Options{})
	if res.Articles != 1 || res.Hits[0].Article != "a" || len(res.AlsoMatched) != 1 || res.AlsoMatched[0] != "coutinho" {
		t.Errorf("Search(Coutino) = %d articles, hits %+v, also %q; want a alone, through coutinho", res.Articles, res.Hits, res.AlsoMatched)
	}
}

// corpusOfTexts parses made-up article texts as the files a.txt, b.txt, …
func corpusOfTexts(t *testing.T, texts ...string) *corpus.Corpus {
	t.Helper()
	c := &corpus.Corpus{}
	for i, text := range texts {
		a, err := corpus.Parse(string(rune('a'+i))+".txt", []byte(text), corpus.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		c.Articles = append(c.Articles, a)
	}
	return c
}

// TestGivenNameForms: the Ukrainian and the Russian form of a given name
// find each other ("Oleksiy" and "Alexei"), as place names do ("Kharkiv",
// "Kharkov").
func TestGivenNameForms(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Governor reports damage\n\nGovernor Oleksiy Hnatyuk said the strike in Kharkiv cut power overnight.\n",
		"Strike on energy site\n\nThe governor of the Kharkov region, Alexei Hnatyuk, said power was cut.\n",
	))
	for _, q := range []string{"Oleksiy", "Alexei", "Kharkov"} {
		if res := ix.Search(q, Options{}); res.Articles != 2 {
			t.Errorf("Search(%s) found %d articles, want both spellings", q, res.Articles)
		}
	}
}

// TestHyphenatedName: a name typed with its hyphen is one name: it finds
// the articles that write its words together, with the hyphen or
// without, and not one that names a Mahmoud and an al-Ahli apart; its
// last word may still be being typed, and a typo is forgiven.
func TestHyphenatedName(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Talks resume\n\nSheikh Khalid Al-Mahmoud said the talks would resume.\n",
		"Swap agreed\n\nMinister Khaled Al Mahmoud chaired the session.\n",
		"Hospital hit\n\nMedics at al-Ahli hospital said a man named Mahmoud was hurt.\n",
	))
	for q, want := range map[string]int{"Al-Mahmoud": 2, "Al-Mahm": 2, "al Mahmoud": 3, "Al-Mahmuod": 2} {
		if res := ix.Search(q, Options{}); res.Articles != want {
			t.Errorf("Search(%s) found %d articles, want %d", q, res.Articles, want)
		}
	}
}

// TestParseHyphenated: only words joined by hyphens make a name's phrase.
func TestParseHyphenated(t *testing.T) {
	for q, joined := range map[string]bool{"Al-Mahmoud": true, "Min-jae": true, "U.S.-led": false, "2-1": false, "\"Al-Mahmoud\"": false} {
		c := Parse(q).Clauses
		got := len(c) == 1 && c[0].Terms[0].Joined
		if got != joined {
			t.Errorf("Parse(%s): joined %v, want %v (%+v)", q, got, joined, c)
		}
	}
}

// TestWholeNameIsNoPrefix: a name typed whole is that name, not the
// start of the common words it begins ("Quarrie" is not "quarries") nor
// of the name with one more letter ("INDEC" is not "INDECI", "Kim" not
// "Kimi"), while a part of it still is ("Quarr" finds both), and the
// longer names it begins are found too ("Kim" finds "Kimball",
// "Ukrainian" "Ukrainians").
func TestWholeNameIsNoPrefix(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Sprinter retires\n\nThe sprinter Donald Quarrie said he would coach in Kingston, where Tom Kimball trains.\n",
		"Quarries shut\n\nThe state shut 14 quarries after a landslide, and Kim Sun-ok welcomed it.\n",
		"Agencies count\n\nThe agency INDECI counted the homes, as INDEC counts prices, and Ukrainians and one Ukrainian helped.\n",
		"Prices rise\n\nThe statistics agency INDECI said its count would follow; Kimi Ito agreed.\n",
	))
	for q, want := range map[string]int{"Quarrie": 1, "Quarr": 2, "Kim": 2, "INDEC": 1, "INDECI": 2, "Ukrainian": 1} {
		if res := ix.Search(q, Options{}); res.Articles != want {
			t.Errorf("Search(%s) found %d articles, want %d", q, res.Articles, want)
		}
	}
}

// TestTransliterationSaid: a transliteration matched ("Kyiv" for "Kiev",
// "Ulaanbaatar" for "Ulan Bator", typed as two words) is named among the
// other spellings; a British or American form is not.
func TestTransliterationSaid(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Drones over the capital\n\nAir defences over Kyiv shot down drones overnight, the city's military administration said.\n",
		"Smog in the capital\n\nUlaanbaatar's city government ordered coal stoves replaced, and the organization of the plan fell to the districts.\n",
	))
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"Kiev", []string{"kyiv"}},
		{"Ulan Bator", []string{"ulaanbaatar"}},
		{"organisation", nil},
	} {
		res := ix.Search(c.query, Options{})
		if res.Total == 0 || !slices.Equal(res.AlsoMatched, c.want) {
			t.Errorf("Search(%q) = %d passages, also matched %q; want some, and %q", c.query, res.Total, res.AlsoMatched, c.want)
		}
	}
}

// TestArabicDh: the dh of an Arabic name, which some outlets write d,
// finds the other spelling both ways, even at four letters ("Qadi").
func TestArabicDh(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Aid worker freed\n\nThe engineer Salim al-Qadhi was flown home on Sunday after months in detention in the capital, where the rebels had held him and three colleagues since June.\n",
		"Detained engineer released\n\nSalim al-Qadi, an engineer, arrived home on Sunday, his family said.\n",
		"Market report for the week\n\nPrices of grain fell again as the city waited for news of the harvest.\n",
	))
	for _, q := range []string{"al-Qadhi", "Qadhi", "Qadi"} {
		if res := ix.Search(q, Options{}); res.Articles != 2 {
			t.Errorf("Search(%s) found %d articles, want both spellings", q, res.Articles)
		}
	}
	// The hyphenated name typed whole: the spelling typed first, though
	// its passage is the longer, and the other spelling said.
	res := ix.Search("al-Qadhi", Options{})
	if len(res.Hits) == 0 || res.Hits[0].Article != "a" || !slices.Equal(res.AlsoMatched, []string{"qadi"}) {
		t.Errorf("Search(al-Qadhi) = %+v, also matched %q; want a's passage first and [qadi]", res.Hits, res.AlsoMatched)
	}
}

// TestMalayNew: the Malay word for "new" in a place's name, which outlets
// spell as the place does or not (Johor Bahru, Johor Baru; Kota Bharu,
// Kota Baru), finds the other spellings.
func TestMalayNew(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Water cut announced\n\nAbout 300,000 users in Johor Bahru will lose supply for three days from Tuesday.\n",
		"Taps run again\n\nSupply to Johor Baru was restored on Wednesday, a day later than planned.\n",
		"Floods ease\n\nRelief centres in Kota Bharu closed on Friday as the water fell.\n",
	))
	for q, want := range map[string]int{"Bahru": 3, "Baru": 3, "Bharu": 3, "Johor": 2} {
		if res := ix.Search(q, Options{}); res.Articles != want {
			t.Errorf("Search(%s) found %d articles, want %d", q, res.Articles, want)
		}
	}
}

// TestRenamedAndRetransliterated: a port renamed in English
// (Chattogram, Chittagong), Turkey's own name and Mohamed's spellings
// find one another.
func TestRenamedAndRetransliterated(t *testing.T) {
	ix := NewIndex(corpusOfTexts(t,
		"Ships wait\n\nSeventeen ships waited off Chattogram on Monday, Mohamed Rahim said.\n",
		"Strike ends\n\nDockers at Chittagong went back to work, Muhammad Karim said.\n",
		"Talks held\n\nTürkiye hosted the talks on Friday.\n",
		"Talks end\n\nTurkey said the talks would resume in January.\n",
	))
	for q, want := range map[string]int{"Chattogram": 2, "Chittagong": 2, "Turkey": 2, "Turkiye": 2, "Mohamed": 2, "Muhammad": 2} {
		if res := ix.Search(q, Options{}); res.Articles != want {
			t.Errorf("Search(%s) found %d articles, want %d", q, res.Articles, want)
		}
	}
}
