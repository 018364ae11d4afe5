package dates

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/corpus"
)

var update = flag.Bool("update", false, "rewrite testdata/default.golden")

// day parses a test date.
func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestFind places each phrase of made-up sentences, none taken from the
// default corpus, against a publication date. Wednesday 19 June 2024 is the
// publication date unless a case says otherwise.
func TestFind(t *testing.T) {
	const wed = "2024-06-19"
	tests := []struct {
		name, text, published string
		// want is "phrase=label" per mention, in order; "" for none.
		want string
	}{
		{"weekday before publication", "The ministers met on Monday in Geneva.", wed, "on Monday=17 June 2024"},
		{"weekday of publication", "The treaty was signed on Wednesday.", wed, "on Wednesday=19 June 2024"},
		{"weekday without preposition", "The ministry said Thursday that talks failed.", wed, "Thursday=13 June 2024"},
		{"last weekday", "She resigned last Wednesday.", wed, "last Wednesday=12 June 2024"},
		{"next weekday", "They meet again next Monday.", wed, "next Monday=24 June 2024"},
		{"weekday in the future", "The envoy will travel to Seoul on Friday.", wed, "on Friday=21 June 2024"},
		{"weekday in a plan", "Talks are due to resume on Monday.", wed, "on Monday=24 June 2024"},
		{"weekday after would is skipped", "He said he would sign on Friday.", wed, ""},
		{"future does not cross a sentence", "Officials will meet soon. The army fired on Tuesday.", wed, "on Tuesday=18 June 2024"},
		{"weekday followed by its date", "Tuesday, June 18, 2024 was hot.", wed, "June 18, 2024=18 June 2024"},
		{"today", "The summit opens today.", wed, "today=19 June 2024"},
		{"yesterday and tomorrow", "Rain fell yesterday and more is forecast tomorrow.", wed, "yesterday=18 June 2024; tomorrow=20 June 2024"},
		{"today's is generic", "In today's world, alliances shift.", wed, ""},
		{"last week", "The report came out last week.", wed, "last week=week of 10 June 2024"},
		{"earlier this week", "Troops moved earlier this week.", wed, "earlier this week=week of 17 June 2024"},
		{"next month", "Elections are held next month.", wed, "next month=July 2024"},
		{"last month over a new year", "Prices rose last month.", "2024-01-10", "last month=December 2023"},
		{"last year", "Exports doubled last year.", wed, "last year=2023"},
		{"over the weekend", "Protests grew over the weekend.", "2022-08-15", "over the weekend=weekend of 13 August 2022"},
		{"this weekend ahead", "Crowds are expected this weekend.", wed, "this weekend=weekend of 22 June 2024"},
		{"lone month before publication", "The vote failed in March.", wed, "in March=March 2024"},
		{"lone month after publication month is last year", "Fighting resumed in September.", wed, "in September=September 2023"},
		{"lone month in the future", "The panel will report in September.", wed, "in September=September 2024"},
		{"last month name", "Trade fell last June.", wed, "last June=June 2023"},
		{"early month", "Shelling eased in early May.", wed, "in early May=May 2024"},
		{"mid month", "Talks stalled by mid-April.", wed, "by mid-April=April 2024"},
		{"month and year", "They first met in April 2019 in Vladivostok.", wed, "in April 2019=April 2019"},
		{"month day", "The pact was signed on June 19.", wed, "on June 19=19 June 2024"},
		{"month day after publication is last year", "The war began on December 24.", wed, "on December 24=24 December 2023"},
		{"month day in the future", "The court will rule on July 2.", wed, "on July 2=2 July 2024"},
		{"day month year", "Elections were held on 9 March 2022.", wed, "on 9 March 2022=9 March 2022"},
		{"month day comma year", "It opened on Oct. 3, 2019, in Oslo.", wed, "on Oct. 3, 2019=3 October 2019"},
		{"ordinal day", "On the 5th of May the border closed.", wed, "5th of May=5 May 2024"},
		{"iso date", "Filed 2023-11-02 in court.", wed, "2023-11-02=2 November 2023"},
		{"impossible date", "It happened on 31 June 2020.", wed, ""},
		{"year after preposition", "Relations soured after 1991 and again in 2014.", wed, "after 1991=1991; in 2014=2014"},
		{"bare number is not a year", "The army sent 2000 troops and 1950 tanks.", wed, ""},
		{"year span", "Output fell in 2022-23.", wed, ""},
		{"days ago", "The ship sank three days ago.", wed, "three days ago=16 June 2024"},
		{"a year ago", "A year ago the border was open.", wed, "A year ago=2023"},
		{"range ago", "That was 10 to 20 years ago.", wed, ""},
		{"vague ago", "It closed a few days ago.", wed, ""},
		{"relative to another event", "The talks ended a year earlier and resumed two months after that summit.", wed, ""},
		{"lower-case month words", "Crowds march in may and say so.", wed, ""},
		{"May alone", "May saw heavy rain.", wed, ""},
		{"abbreviation needs a full stop or a number", "Aug 15 and Aug. 16, then Aug was over.", wed, "Aug 15=15 August 2023; Aug. 16=16 August 2023"},
		{"undated article keeps full dates only", "On Monday, as in March and on 9 March 2022, nothing else.", "", "on 9 March 2022=9 March 2022"},
		{"non-ASCII text around", "Über 100 Menschen — on Tuesday — «today».", wed, "on Tuesday=18 June 2024; today=19 June 2024"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pub time.Time
			if tt.published != "" {
				pub = day(tt.published)
			}
			var got []string
			for _, m := range Find(tt.text, pub) {
				if tt.text[m.Start:m.End] != m.Phrase {
					t.Errorf("offsets %d:%d give %q, not the phrase %q", m.Start, m.End, tt.text[m.Start:m.End], m.Phrase)
				}
				got = append(got, m.Phrase+"="+m.Label())
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("Find(%q, %s)\n got %s\nwant %s", tt.text, tt.published, g, tt.want)
			}
		})
	}
}

// TestSpans checks From, To and Relative of one mention of each precision.
func TestSpans(t *testing.T) {
	pub := day("2024-06-19")
	tests := []struct {
		text, from, to string
		p              Precision
		relative       bool
	}{
		{"on Monday", "2024-06-17", "2024-06-18", Day, true},
		{"over the weekend", "2024-06-15", "2024-06-17", Weekend, true},
		{"last week", "2024-06-10", "2024-06-17", Week, true},
		{"last month", "2024-05-01", "2024-06-01", Month, true},
		{"in 2019", "2019-01-01", "2020-01-01", Year, false},
		{"in April 2019", "2019-04-01", "2019-05-01", Month, false},
	}
	for _, tt := range tests {
		ms := Find(tt.text, pub)
		if len(ms) != 1 {
			t.Errorf("Find(%q) = %d mentions, want 1", tt.text, len(ms))
			continue
		}
		m := ms[0]
		if !m.From.Equal(day(tt.from)) || !m.To.Equal(day(tt.to)) || m.Precision != tt.p || m.Relative != tt.relative {
			t.Errorf("Find(%q) = %s to %s, %s, relative %v; want %s to %s, %s, relative %v", tt.text,
				m.From.Format(time.DateOnly), m.To.Format(time.DateOnly), m.Precision, m.Relative, tt.from, tt.to, tt.p, tt.relative)
		}
	}
}

// TestFindBadInput: odd text yields no panic and only offsets inside it.
func TestFindBadInput(t *testing.T) {
	pub := day("2024-06-19")
	for _, text := range []string{"", "\xff\xfe on Monday \xff", strings.Repeat("on Monday ", 10000), "in", "June", "19", "ago", "the weekend"} {
		for _, m := range Find(text, pub) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Errorf("mention %q at %d:%d outside a text of %d bytes", m.Phrase, m.Start, m.End, len(text))
			}
		}
	}
}

// TestDefaultCorpus compares the events of the default corpus with
// testdata/default.golden, which was checked phrase by phrase against each
// article's date evidence. Run `go test ./dates -update` after a deliberate
// change, and review the diff.
func TestDefaultCorpus(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range Events(c) {
		fmt.Fprintf(&b, "%-26s %-7s %-24s p%-3d %q\n", e.Label(), e.Precision, e.Article.ID, e.Passage.N, e.Phrase)
	}
	path := filepath.Join("testdata", "default.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file: %v (run go test ./dates -update)", err)
	}
	if b.String() != string(want) {
		t.Errorf("events differ from %s (run go test ./dates -update and review the diff):\n%s", path, b.String())
	}
}

// BenchmarkEvents measures finding every event of the default corpus.
func BenchmarkEvents(b *testing.B) {
	c, err := corpus.Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Events(c)
	}
}
