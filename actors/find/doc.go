// Package find finds the actors of a corpus (package actors holds what
// it finds): the people, organisations and places named, the names each
// goes by, their roles read from the text, and the speakers of direct
// quotations. The native program (build, command line, server) runs it;
// the browser runs it in the actor finder's own wasm (wasm/finder), only
// for articles a reader adds in the page, so that app.wasm does not carry
// it.
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
//  7. A name followed by its initials in brackets ("the African Union
//     Support and Stabilization Mission in Somalia (AUSSOM)") is one body's
//     name, found by Schwartz and Hearst's rule, and the initials are that
//     body wherever the corpus uses them. A list of names is a list of
//     places when one item is a known place, or a place preposition or
//     plural place noun frames it ("the Belgorod, Kursk and Bryansk
//     regions"). A city of the gazetteer (cities.go, GeoNames) is a place;
//     one of a single word only when no person has the name.
//  8. Paragraphs that credit the article's makers ("… contributed to this
//     report", corpus.ContributorLine) are not read for actors, and a
//     photo credit only for the agencies it names.
//  9. The headline is read last, as a passage of its own
//     (corpus.TitleSuffix): for the names its article's text gives (a
//     surname for a full name), the lexicon's places and bodies, and, in
//     a headline written as a sentence, a name ending in a place's or a
//     body's word. In title case every word looks like a name, so nothing
//     else is read there.
//
// Quotes (actors.FindQuotes) are in double marks, or in single marks where no
// double mark encloses them (British tabloids' 'There was nobody there.').
// They get a speaker only when the sentence states one: a speech verb
// next to a named actor ("X said", "said X", "X told", "X wrote", "X
// added", "he insists"), "according to X", "he said" right after a named
// person, "the company said", "the statement said" or "it said" for the
// body named last, a participle after the clause of the actor a sentence
// opens with ("…, accusing him of “bias”"), or an answer after a name and
// a colon ("Mwangi: “…”"); a quote that continues
// a speaker's previous one in the same paragraph keeps that speaker.
// Anything else stays unattributed.
//
// # Files
//
// lexicon.go and countries.go hold the lexicon and the word lists,
// cities.go and subdivisions.go the gazetteer (generated); tokens.go cuts
// passages into words; extract.go finds mentions; context.go reads what
// the words around a name say it is, and datelines; roles.go reads roles;
// merge.go turns mentions into actors; quotes.go attributes quotations.
package find
