// Package actors finds the people, organisations and places named in a
// corpus, merges the names each goes by, reads their roles from the text
// and attributes direct quotations to their speakers.
//
// # How
//
// Extraction works on any corpus, by the shape of the text and a small
// general lexicon (lexicon.go), not a list of one corpus's names:
//
//  1. Each passage is cut into words that keep their case (tokens.go), and
//     runs of capitalised words (with "of", "for", "the" inside) become
//     spans. A sentence's first word is dropped when it is a common word.
//  2. A span that is, or contains, a lexicon entry gives a country (also
//     through its capital, demonym or other names: "U.S.", "North Korean"),
//     a region or an international organisation. A capital counts for its
//     government ("Moscow said", "Pyongyang and Moscow", "Pyongyang's")
//     and otherwise for the city.
//  3. A span with an organisation word ("Agency", "Council", "College") is
//     an organisation; one with a place word ("Square", "Province") a place.
//  4. Titles and honorifics ("Russian Defense Minister", "Mr.") split a role
//     from a name; what is left, two words or more, is a person.
//  5. A single name ("Putin", "Kim", "Mr. Kim") is the person of the corpus
//     whose full name has that word and whom the article names most (the
//     earliest on a tie): "Kim" is Kim Jong Un where the article is about
//     him, never Kim Il Sung or Lami Kim, whose full names are their own.
//     "the Russian president" is the one person with that role.
//  6. Roles come from titles before a name, from "spokesman"-like words
//     after an organisation ("U.S. National Security Council spokesman John
//     Kirby"), and from appositions (", a Korea expert at King's College
//     London").
//
// Quotes (quotes.go) get a speaker only when the sentence states one: a
// speech verb next to a named actor ("X said", "said X", "X told", "X
// wrote", "X added"), "according to X", or "he said" right after a named
// person; a quote that continues a speaker's previous one in the same
// paragraph keeps that speaker. Anything else stays unattributed.
//
// # Files
//
// actor.go holds the model (Actor, Set); lexicon.go and countries.go the
// lexicon and the word lists; tokens.go cuts passages into words;
// extract.go finds mentions; context.go reads what the words around a name
// say it is, and datelines; roles.go reads roles; merge.go turns mentions
// into actors; quotes.go attributes quotations; stored.go writes and reads
// the actors a build stored.
package actors
