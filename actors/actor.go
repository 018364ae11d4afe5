package actors

import "strings"

// Kind is what an actor is.
type Kind string

// The kinds of actor.
const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Place        Kind = "place"
)

// Mention is one place an actor is named.
type Mention struct {
	Article string
	Passage string
	// Start and End are byte offsets into the passage text.
	Start int
	End   int
	Text  string
	// Seq orders mentions through the corpus.
	Seq int
}

// Actor is a person, organisation or place, with every name it goes by.
// Its public JSON form (parallax actors --json) is export.Actor, the one
// definition of that shape.
type Actor struct {
	ID      string
	Name    string
	Kind    Kind
	Aliases []string
	Roles   []string
	// Mentions counts mentions by article id.
	Mentions map[string]int
	Quotes   []Quote
	// Where lists every mention, in corpus order.
	Where []Mention
}

// Total is the number of mentions of a in the corpus.
func (a *Actor) Total() int { return len(a.Where) }

// Set is every actor of a corpus.
type Set struct {
	Actors []*Actor
	// Unattributed are the quotes without a stated speaker.
	Unattributed []Quote
	byID         map[string]*Actor
	byPassage    map[string][]string
}

// Actor returns the actor with the given id, or nil.
func (s *Set) Actor(id string) *Actor { return s.byID[id] }

// InPassage returns the ids of the actors named in a passage.
func (s *Set) InPassage(passage string) []string { return s.byPassage[passage] }

// Names reports whether a passage names the actor with the given id.
func (s *Set) Names(passage, id string) bool {
	for _, n := range s.byPassage[passage] {
		if n == id {
			return true
		}
	}
	return false
}

// NewSet makes the Set of actors found in a corpus, in list, with the
// passages that name them (passage id → actor ids, each actor in list):
// the extractor (package actors/find) makes its Set with it.
func NewSet(list []*Actor, byPassage map[string][]string) *Set {
	set := &Set{Actors: list, byID: make(map[string]*Actor, len(list)), byPassage: byPassage}
	for _, a := range list {
		set.byID[a.ID] = a
	}
	return set
}

// Assemble makes a Set of actors found elsewhere, such as by a build that
// finds them chunk by chunk: each actor, with the passages that name it
// (passage id → actor ids, each actor in list). Mentions of each actor
// are counted a passage once; Where and Quotes stay as given.
func Assemble(list []*Actor, byPassage map[string][]string) *Set {
	set := NewSet(list, byPassage)
	for p, ids := range byPassage {
		art := p
		if i := strings.LastIndexByte(p, '/'); i >= 0 {
			art = p[:i]
		}
		for _, id := range ids {
			if a := set.byID[id]; a != nil {
				if a.Mentions == nil {
					a.Mentions = map[string]int{}
				}
				a.Mentions[art]++
			}
		}
	}
	return set
}
