package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/fold"
)

// MaxQueryWords bounds the words a query is read with; the rest are ignored.
// It keeps a pasted paragraph from turning one keystroke into seconds of work.
const MaxQueryWords = 32

// Query is a parsed query: every clause must hold.
type Query struct {
	Clauses []Clause
}

// Clause is satisfied when any of its terms matches, or, when Negated,
// when none does.
type Clause struct {
	Terms   []Term
	Negated bool
}

// Term is a single word or a phrase of consecutive words, folded.
type Term struct {
	Words  []string
	Phrase bool
	// Joined marks a phrase typed as one hyphenated word ("Al-Mahmoud",
	// "Kamau-Odhiambo"): its last word may be a prefix still being
	// typed.
	Joined bool
	// Raw is the term as typed, for messages.
	Raw string
	// Closed marks a word typed past (a space or another word after it):
	// it is written whole, so it matches as a prefix only its
	// inflections ("sanctions" for "sanction"), not the longer words it
	// begins ("Kimberley" for "Kim" in "Kim Jong Un"; see wholeWord).
	// The word still being typed, last, is not closed.
	Closed bool
	// Spelling marks another spelling of a word typed ("dimarco" for
	// "Di Marco"): it matches as written, with its variants and the words
	// it begins, never by a typo, which would stretch a typo's distance
	// over two words ("ditella" is two letters from "stella").
	Spelling bool
}

// Parse reads a query string. It never fails: what it cannot read as
// syntax it reads as words.
func Parse(s string) Query {
	var q Query
	orNext := false
	words := 0
	pieces := bindNames(splitPieces(s))
	for k, piece := range pieces {
		if piece.text == "OR" && !piece.quoted {
			orNext = len(q.Clauses) > 0
			continue
		}
		neg := false
		text := piece.text
		if !piece.quoted && strings.HasPrefix(text, "-") && len(text) > 1 {
			neg, text = true, text[1:]
		} else if piece.negQuoted {
			neg = true
		}
		var toks []string
		for _, t := range fold.Tokens(text) {
			toks = append(toks, t.Term)
		}
		if len(toks) == 0 || words >= MaxQueryWords {
			continue
		}
		words += len(toks)
		var terms []Term
		var sameClause []Term // other spellings of terms[0], matched as well
		if piece.quoted && len(toks) > 1 {
			terms = []Term{{Words: toks, Phrase: true, Raw: text}}
		} else if piece.name && len(toks) > 1 {
			// "Bank of England", "Ba To": a name's words together, the
			// last perhaps still being typed, each forgiven a typo.
			terms = []Term{{Words: toks, Phrase: true, Joined: true, Raw: text}}
		} else if neg {
			// "-Jong-un" excludes the words together.
			terms = []Term{{Words: toks, Phrase: len(toks) > 1, Raw: text}}
		} else if len(toks) > 1 && !piece.quoted && hyphenated(text) {
			// "Al-Mahmoud" is one name: its words together, whether an
			// article writes them with the hyphen or without.
			terms = []Term{{Words: toks, Phrase: true, Joined: true, Raw: text}}
			// "Quaid-e-Azam" finds "Quaid-i-Azam" too, and "Lyabi-Hauz"
			// "Lyab-i Hauz" (and "Lyab-i" "Lyabi").
			for _, alt := range [][]string{otherIzafe(toks), izafeApart(toks), izafeRunIn(toks)} {
				if alt != nil {
					sameClause = append(sameClause, Term{Words: alt, Phrase: len(alt) > 1, Joined: len(alt) > 1, Raw: text})
				}
			}
		} else {
			for _, w := range toks {
				terms = append(terms, Term{Words: []string{w}, Raw: w, Closed: piece.typedPast})
			}
			if len(toks) == 1 && !piece.quoted {
				sameClause = particleSpellings(pieces, k, toks[0])
			}
		}
		if orNext && !neg && !q.Clauses[len(q.Clauses)-1].Negated {
			last := &q.Clauses[len(q.Clauses)-1]
			last.Terms = append(last.Terms, terms[0])
			last.Terms = append(last.Terms, sameClause...)
			terms, sameClause = terms[1:], nil
		}
		orNext = false
		for _, t := range terms {
			q.Clauses = append(q.Clauses, Clause{Terms: append([]Term{t}, sameClause...), Negated: neg})
			sameClause = nil
		}
	}
	return dropInnerAnd(q)
}

// joinedParticles are the particles of surnames that outlets write
// apart or run into the name: "Di Marco" and "DiMarco", "De Santis" and
// "DeSantis", "Mc Gee" and "McGee", "Van Dyke" and "VanDyke".
var joinedParticles = map[string]bool{"di": true, "de": true, "da": true, "du": true, "del": true, "della": true, "des": true, "van": true, "von": true, "le": true, "mc": true, "mac": true}

// particleSpellings returns the other spelling of the word w of
// pieces[k] when it is half of a surname with a particle (joinedParticles)
// an outlet may write the other way: for "Di" or "Marco" in "Di Marco",
// "dimarco" (each word then matches where it stands or run together);
// for "DiMarco", "di marco" as a phrase.
func particleSpellings(pieces []piece, k int, w string) []Term {
	plain := func(k int) (string, bool) {
		if k < 0 || k >= len(pieces) || pieces[k].quoted || pieces[k].negQuoted || strings.HasPrefix(pieces[k].text, "-") || pieces[k].text == "OR" {
			return "", false
		}
		toks := fold.Tokens(pieces[k].text)
		if len(toks) != 1 {
			return "", false
		}
		return toks[0].Term, true
	}
	if next, ok := plain(k + 1); ok && joinedParticles[w] && utf8.RuneCountInString(next) >= 2 {
		return []Term{{Words: []string{w + next}, Raw: pieces[k].text + pieces[k+1].text, Closed: pieces[k+1].typedPast, Spelling: true}}
	}
	if prev, ok := plain(k - 1); ok && joinedParticles[prev] && utf8.RuneCountInString(w) >= 2 {
		return []Term{{Words: []string{prev + w}, Raw: pieces[k-1].text + pieces[k].text, Closed: pieces[k].typedPast, Spelling: true}}
	}
	// "DiMarco", "McGee": a particle, then a capital inside the word.
	rs := []rune(pieces[k].text)
	for i := 2; i <= 4 && i+2 < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) && joinedParticles[fold.String(string(rs[:i]))] {
			return []Term{{Words: []string{fold.String(string(rs[:i])), fold.String(string(rs[i:]))}, Phrase: true, Joined: true, Raw: pieces[k].text}}
		}
	}
	return nil
}

// otherIzafe returns a hyphenated name's words with its izafe spelled
// the other way, "e" for "i" and "i" for "e" ("quaid e azam" for "quaid i
// azam"), as Pakistani and Iranian names are written both ways; nil when
// no inner word is one.
func otherIzafe(words []string) []string {
	var alt []string
	for i, w := range words {
		if i == 0 || i == len(words)-1 || w != "e" && w != "i" {
			continue
		}
		if alt == nil {
			alt = append([]string(nil), words...)
		}
		alt[i] = map[string]string{"e": "i", "i": "e"}[w]
	}
	return alt
}

// izafeApart returns a hyphenated name's words with an izafe run into
// the word before it set apart ("lyab i hauz" for "lyabi hauz"), as one
// outlet writes "Lyabi-Hauz" and another "Lyab-i Hauz"; nil when no word
// but the last ends in one.
func izafeApart(words []string) []string {
	var alt []string
	for i, w := range words {
		if i == len(words)-1 || utf8.RuneCountInString(w) < 4 || !strings.HasSuffix(w, "i") && !strings.HasSuffix(w, "e") {
			continue
		}
		if alt == nil {
			alt = append([]string(nil), words[:i]...)
		}
		alt = append(alt, w[:len(w)-1], w[len(w)-1:])
		alt = append(alt, words[i+1:]...)
		return alt
	}
	return nil
}

// izafeRunIn returns a hyphenated name's words with an izafe set apart
// run into the word before it ("lyabi" for "lyab i"), izafeApart's
// converse; nil when no word after the first is one.
func izafeRunIn(words []string) []string {
	for i := 1; i < len(words); i++ {
		if words[i] == "i" || words[i] == "e" {
			alt := append([]string(nil), words[:i-1]...)
			alt = append(alt, words[i-1]+words[i])
			return append(alt, words[i+1:]...)
		}
	}
	return nil
}

// dropInnerAnd drops "and" typed between two words ("Crispin and Vale",
// "Crispin AND Vale"): every word must match already, and a name written
// with "&" ("Crispin & Vale") holds no "and" to match. An "and" typed
// last may be a word's beginning ("andes") and stays.
func dropInnerAnd(q Query) Query {
	out := q.Clauses[:0:0]
	for i, c := range q.Clauses {
		if i > 0 && i < len(q.Clauses)-1 && !c.Negated && len(c.Terms) == 1 && !c.Terms[0].Phrase && len(c.Terms[0].Words) == 1 && c.Terms[0].Words[0] == "and" && len(q.Clauses[i-1].Terms) == 1 {
			continue
		}
		out = append(out, c)
	}
	q.Clauses = out
	return q
}

// terms returns the terms of every clause, in order.
func (q Query) terms() []Term {
	var out []Term
	for _, c := range q.Clauses {
		out = append(out, c.Terms...)
	}
	return out
}

// Empty reports whether the query has nothing to look for.
func (q Query) Empty() bool {
	for _, c := range q.Clauses {
		if !c.Negated {
			return false
		}
	}
	return true
}

type piece struct {
	text              string
	quoted, negQuoted bool
	// typedPast is set when white space or a closing quote follows the
	// piece: the reader has finished typing it.
	typedPast bool
	// name marks words bound into one name by bindNames.
	name bool
}

// bindNames joins the words of a name that a small word holds together:
// "of" or "the" between capitalised words ("Bank of England", "Great Hall
// of the People"), or a capitalised small word after a capitalised one
// ("Ba To", a Vietnamese district): they match as consecutive words, so
// "Ba Dinh district, extended to" is no hit. Small words in lower case
// otherwise ("Putin in Beijing", "price of oil") and "and" (often an
// ampersand: "Crispin and Vale") stay words of their own.
func bindNames(pieces []piece) []piece {
	plain := func(k int) bool {
		return k >= 0 && k < len(pieces) && !pieces[k].quoted && !pieces[k].negQuoted && pieces[k].text != "OR" && !strings.HasPrefix(pieces[k].text, "-")
	}
	capital := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(pieces[k].text)
		return unicode.IsUpper(r) && !bindingWords[pieces[k].text] && !capitalSmallWords[pieces[k].text]
	}
	bound := make([]bool, len(pieces)) // bound[k]: piece k joins piece k+1
	for k := range pieces {
		if !plain(k) {
			continue
		}
		switch {
		case bindingWords[pieces[k].text] && plain(k-1) && capital(k-1):
			// Look past "of the" to a capitalised word.
			e := k
			for plain(e+1) && bindingWords[pieces[e+1].text] {
				e++
			}
			if plain(e+1) && capital(e+1) {
				for b := k - 1; b <= e; b++ {
					bound[b] = true
				}
			}
		case capitalSmallWords[pieces[k].text] && k > 0 && plain(k-1) && capital(k-1):
			bound[k-1] = true
		}
	}
	var out []piece
	for k := 0; k < len(pieces); k++ {
		if !bound[k] {
			out = append(out, pieces[k])
			continue
		}
		e := k
		for bound[e] {
			e++
		}
		texts := make([]string, 0, e-k+1)
		for b := k; b <= e; b++ {
			texts = append(texts, pieces[b].text)
		}
		out = append(out, piece{text: strings.Join(texts, " "), typedPast: pieces[e].typedPast, name: true})
		k = e
	}
	return out
}

// bindingWords hold a name's capitalised words together when typed
// between them in lower case (bindNames).
var bindingWords = map[string]bool{"of": true, "the": true}

// capitalSmallWords are small English words that, typed capitalised
// after a capitalised word, are part of a name ("Ba To"), not a
// preposition.
var capitalSmallWords = map[string]bool{"To": true, "In": true, "On": true, "At": true, "An": true}

// splitPieces cuts a query at white space, keeping "quoted phrases" (straight
// or curly quotes) whole. An unclosed quote runs to the end.
func splitPieces(s string) []piece {
	var out []piece
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		neg := false
		j := i
		if rs[j] == '-' && j+1 < len(rs) && isQuote(rs[j+1]) {
			neg = true
			j++
		}
		if isQuote(rs[j]) {
			k := j + 1
			for k < len(rs) && !isQuote(rs[k]) {
				k++
			}
			out = append(out, piece{text: string(rs[j+1 : min(k, len(rs))]), quoted: true, negQuoted: neg, typedPast: k < len(rs)})
			i = k + 1
			continue
		}
		k := i
		for k < len(rs) && !unicode.IsSpace(rs[k]) {
			k++
		}
		out = append(out, piece{text: string(rs[i:k]), typedPast: k < len(rs)})
		i = k
	}
	return out
}

func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' || r == '„' }

// hyphenated reports whether a piece of a query is words joined by
// hyphens and nothing else between them: "Al-Mahmoud", "Son Min-jae"'s
// "Min-jae", but not "U.S." or "2-1".
func hyphenated(text string) bool {
	if !strings.Contains(text, "-") {
		return false
	}
	for _, part := range strings.Split(text, "-") {
		if part == "" {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// shortPrefixRunes is the length under which a word being typed is a
// short prefix (ShortPrefix).
const shortPrefixRunes = 4

// ShortPrefix reports whether query ends in a word of fewer than four
// letters with no space after it: a word being typed ("Ki", "Kim Jon"),
// whose search matches every word it begins and fetches their postings
// over shards. A page searches such a keystroke only once the typing
// pauses; a longer word ("Shoi") fetches at once, and what it fetches
// serves the keys after it.
func ShortPrefix(query string) bool {
	if query == "" || strings.HasSuffix(query, " ") {
		return false
	}
	last := query[strings.LastIndex(query, " ")+1:]
	return utf8.RuneCountInString(last) < shortPrefixRunes
}
