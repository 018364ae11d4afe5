// Package eval measures how well Parallax reads an annotated corpus: the
// headlines it lists, the people, organisations and places it finds, the
// speakers it gives quotations, the articles its searches return and the
// relation it gives each pair of articles.
//
// # The annotations
//
// The format is the one of shared/EVAL-FORMAT.md: tab-separated files with
// one header row beside the articles (MANIFEST.tsv, ALIASES.tsv,
// QUOTES.tsv, PAIRS.tsv, QUERIES.tsv). Only MANIFEST.tsv is required;
// a measure whose file is missing is reported as not annotated. Columns
// are found by their header's name, so their order does not matter.
//
// # Matching
//
// Names are compared after folding (Key): case, accents, hyphens,
// spaces and punctuation ignored, a final possessive 's dropped.
// "Kim Jong-un", "Kim Jong Un" and "kim jongun" are one name.
//
// # The measures
//
//   - Headlines: the title Parallax lists equals MANIFEST's title.
//   - Persons: a gold person of a file is found when an actor Parallax
//     says is mentioned in that file has a name or alias equal to one of
//     the person's surface forms or canonical name (kind not checked).
//     Precision is over the actors of kind person in a file: those that
//     match a gold person of that file. A split is a gold person matched
//     by two actors in one file.
//   - All kinds: recall of every ALIASES row, kind not checked. Key
//     actors: recall of MANIFEST's actors column.
//   - Quotes: a gold quotation is attributed when a quotation Parallax
//     found in that file, from an actor matching the speaker, contains
//     the gold quote_start.
//   - Queries: the set of articles with hits equals the gold set.
//   - Relations: the relation the comparison gives a pair equals the
//     gold one, with a confusion matrix.
//   - Lost: MANIFEST articles Parallax did not list.
package eval
