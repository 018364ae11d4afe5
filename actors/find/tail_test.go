package find

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// evalTexts returns the paragraphs of the evaluation set's articles
// (testdata/eval), failing the test where there are none. Where
// patterns run slowly (slowPatterns) it reads every fortieth article.
func evalTexts(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../testdata/eval/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in testdata/eval (%v): run the test from actors/find in the repository", err)
	}
	var texts []string
	for i, f := range files {
		if slowPatterns && i%40 != 0 {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n\n")...)
	}
	return texts
}

// evalStep is how many paragraphs a scan over evalTexts skips between two
// it reads: every fourth natively, each of the sample elsewhere.
func evalStep() int {
	if slowPatterns {
		return 1
	}
	return 4
}

// tailPatterns are the patterns with guards on their last words, each
// with a text it matches.
var tailPatterns = []struct {
	name    string
	pattern tailPattern
	match   string
}{
	{"thingNamedBefore", thingNamedBefore, "a drone code-named "},
	{"bodyNamedBefore", bodyNamedBefore, "a coalition of rebel groups known as "},
	{"chargeBefore", chargeBefore, "was convicted of "},
	{"characterCue", characterCue, "took on the role of "},
	{"workCue", workCue, "her films, including "},
	{"quotedWorkCue", quotedWorkCue, "the studio's animated "},
	{"headOfBodyBefore", headOfBodyBefore, " head of the Office of Port Works (OPW) "},
	{"portfolioBefore", portfolioBefore, "Minister for Trade, Tourism and "},
	{"facilityAt", facilityAt, "the old hospital at "},
	{"gatheringAt", gatheringAt, "a vigil held at "},
	{"staffAt", staffAt, "analysts at "},
	{"madeBy", madeBy, "figures from "},
	{"realNameBefore", realNameBefore, "whose real name, "},
	{"personNamedBefore", personNamedBefore, "a young woman called "},
	{"packSizeBefore", packSizeBefore, "a 500 gram "},
	{"businessNounBefore", businessNounBefore, "the online retailer "},
	{"agedLocalBefore", agedLocalBefore, "a 34-year-old "},
	{"companyOpener", companyOpener, "The contractor based in Leeds, "},
	{"portrayed", portrayed, "who portrayed "},
	{"firstNameOnly", firstNameOnly, "who gave only her first name, "},
	{"whichRuns", whichRuns, "a group that operates "},
}

// TestTailPatternsGuards: a tail pattern's guard never refuses a text
// its pattern matches, on a text of each and before every capitalised
// word of the evaluation set's articles (the windows the reading tests).
func TestTailPatternsGuards(t *testing.T) {
	texts := evalTexts(t)
	for _, tp := range tailPatterns {
		if !tp.pattern.re.MatchString(tp.match) || !tp.pattern.MatchString(tp.match) {
			t.Errorf("%s: %q: pattern %v, guarded %v; want both true", tp.name, tp.match, tp.pattern.re.MatchString(tp.match), tp.pattern.MatchString(tp.match))
		}
	}
	// (A sample of the paragraphs, evalStep: each pattern tried before
	// every capital is what the guards save the reading.)
	matched := make(map[string]int)
	for _, text := range []string{`the rapper, who goes by "`, "whose fans call themselves “", `a man KNOWN AS "`, "nicknamed  “"} {
		if !nicknameCueBefore(text) || !nicknameCue.MatchString(text) {
			t.Errorf("nicknameCueBefore(%q) = %v, pattern %v; want both true", text, nicknameCueBefore(text), nicknameCue.MatchString(text))
		}
	}
	for k, text := range texts {
		if k%evalStep() != 0 {
			continue
		}
		for i, r := range text {
			if r == '"' || r == '“' {
				start := max(0, i-120)
				for start < i && !utf8.RuneStart(text[start]) {
					start++
				}
				open := text[start : i+utf8.RuneLen(r)]
				if nicknameCueBefore(open) != nicknameCue.MatchString(open) {
					t.Errorf("nicknameCueBefore(%q) = %v, unlike its pattern", open, nicknameCueBefore(open))
				}
			}
			if i == 0 || !unicode.IsUpper(r) {
				continue
			}
			start := max(0, i-120)
			for start < i && !utf8.RuneStart(text[start]) {
				start++
			}
			before := text[start:i]
			for _, tp := range tailPatterns {
				if !endsInWord(before, tp.pattern.comma, tp.pattern.ends...) && tp.pattern.re.MatchString(before) {
					t.Errorf("%s: the guard refuses %q, which the pattern matches", tp.name, before)
				}
				if tp.pattern.re.MatchString(before) {
					matched[tp.name]++
				}
			}
		}
	}
	t.Logf("matches in the evaluation set: %v", matched)
}

// TestRaceWordsMaybe: the words tested before raceWords are in every
// text it matches, in a text of each word and in the evaluation set.
func TestRaceWordsMaybe(t *testing.T) {
	texts := append(evalTexts(t), "won by two furlongs", "the jockey", "Epsom racecourse", "trained by X", "ridden by Y", "a colt", "the filly", "a gelding", "a handicap", "the hurdles", "a steeplechase", "the Derby", "the Grand National", "the Gold Cup", "a Grade 1 race", "a Group 2 win", "a novice chase")
	for _, text := range texts {
		if raceWords.MatchString(text) && !raceWordsMaybe(text) {
			t.Errorf("raceWordsMaybe(%q) = false, but raceWords matches it", text)
		}
	}
}
