// Package search finds passages of a corpus for a typed query, ranks them
// and says exactly which bytes of each passage matched.
//
// # Queries
//
// Words must all match (AND) in one passage. "Double-quoted phrases" match
// as consecutive words, and so do a name's words held together by a small
// word ("Bank of England", "Ba To"; see bindNames). A leading '-' excludes
// a word or phrase. OR
// between two terms accepts either. Case, accents, quotes and punctuation
// do not matter. When no passage holds every word, an article that holds
// them all across its passages still answers: its passages holding some
// of them are the hits, and Result.Spread says so ("kwacha devaluation"
// where one paragraph says "devalued the kwacha" and another "the
// devaluation").
//
// # Matching a word
//
// Each query word is matched against the corpus vocabulary in tiers, each
// with a quality weight (see the tier constants):
//
//  1. exact: the folded word itself;
//  2. variant: a British/American spelling or a known transliteration
//     (variants.go);
//  3. prefix: vocabulary words that start with it (search as you type),
//     unless it has two letters or fewer and is itself a vocabulary word:
//     "UN" and the "Un" of "Kim Jong Un" are written whole, and "united"
//     or "under" are not what was meant;
//  4. edit: words within 1 edit (from 4 letters) or 2 edits (from 7);
//  5. subsequence: words containing its letters in order, found with
//     github.com/sahilm/fuzzy, kept only when they start with the same
//     letter and are not much longer ("pyng" → Pyongyang).
//
// Tiers 4 and 5 apply only to words that match nothing in tiers 1 to 3: a
// real word, or one being typed, is taken at its word, and a typo is
// forgiven.
//
// # Ranking
//
// A passage's score is the sum over the query's words of the best
// BM25 weight among the word's matches, times the tier's quality. Ties keep
// corpus order, so results are deterministic.
package search
