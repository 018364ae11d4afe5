package corpus

// Fingerprint identifies passages by their ids and texts, in order, with
// the FNV-1a hash. What a build derives from a corpus's passages and
// stores with them (the search index, the actors) carries their
// fingerprint, and fits only the passages it was made from.
type Fingerprint struct{ h uint64 }

// NewFingerprint returns the fingerprint of no passages, to Add to.
func NewFingerprint() Fingerprint { return Fingerprint{h: 14695981039346656037} }

// Add adds the next passage.
func (f *Fingerprint) Add(p *Paragraph) {
	f.add(p.ID)
	f.add(p.Text)
}

func (f *Fingerprint) add(s string) {
	const prime = 1099511628211
	for i := 0; i < len(s); i++ {
		f.h = (f.h ^ uint64(s[i])) * prime
	}
	f.h = (f.h ^ 0xff) * prime // 0xff is never in UTF-8: ends the field
}

// Sum returns the fingerprint of the passages added so far.
func (f Fingerprint) Sum() uint64 { return f.h }

// Fingerprint returns the fingerprint of every passage of c, in order.
func (c *Corpus) Fingerprint() uint64 {
	f := NewFingerprint()
	for _, a := range c.Articles {
		for _, p := range a.Paragraphs {
			f.Add(p)
		}
	}
	return f.Sum()
}
