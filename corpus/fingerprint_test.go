package corpus

import "testing"

func TestFingerprint(t *testing.T) {
	corpusOf := func(passages ...[2]string) *Corpus {
		a := &Article{}
		for _, p := range passages {
			a.Paragraphs = append(a.Paragraphs, &Paragraph{ID: p[0], Text: p[1]})
		}
		return &Corpus{Articles: []*Article{a}}
	}
	base := corpusOf([2]string{"a-1", "Moscow and Pyongyang."}, [2]string{"a-2", "Talks went on."})
	same := corpusOf([2]string{"a-1", "Moscow and Pyongyang."}, [2]string{"a-2", "Talks went on."})
	if base.Fingerprint() != same.Fingerprint() {
		t.Error("the same passages have different fingerprints")
	}
	for name, other := range map[string]*Corpus{
		"a text changed":         corpusOf([2]string{"a-1", "Moscow and Pyongyang!"}, [2]string{"a-2", "Talks went on."}),
		"an id changed":          corpusOf([2]string{"a-1", "Moscow and Pyongyang."}, [2]string{"a-3", "Talks went on."}),
		"the order changed":      corpusOf([2]string{"a-2", "Talks went on."}, [2]string{"a-1", "Moscow and Pyongyang."}),
		"a passage fewer":        corpusOf([2]string{"a-1", "Moscow and Pyongyang."}),
		"a boundary moved":       corpusOf([2]string{"a-1", "Moscow and Pyongyang.T"}, [2]string{"a-2", "alks went on."}),
		"id and text run across": corpusOf([2]string{"a-1M", "oscow and Pyongyang."}, [2]string{"a-2", "Talks went on."}),
	} {
		if other.Fingerprint() == base.Fingerprint() {
			t.Errorf("%s: the fingerprint did not change", name)
		}
	}
	if (&Corpus{}).Fingerprint() != NewFingerprint().Sum() {
		t.Error("an empty corpus's fingerprint is not that of no passages")
	}
}
