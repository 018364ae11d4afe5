// Package corpus turns article files into the model every other part of
// Parallax reads: a Corpus of Articles, each split into Paragraphs (the
// passages that are searched and compared) and Sentences.
//
// # Input
//
// A corpus is a folder of UTF-8 text files, one article each. Metadata comes
// from either of two places, the file's own front matter winning:
//
//   - front matter at the top of the file, between two lines of "---":
//
//     ---
//     title: North Korea and Russia plan closer cooperation
//     outlet: Example News
//     original_source: Example Wire
//     url: https://example.com/story
//     date: 2023-07-27
//     ---
//
//   - a manifest.json beside the files, which keeps the files verbatim:
//     {"name": "...", "articles": [{"file": "a.txt", "id": "...", "title": "...",
//     "outlet": "...", "original_source": "...", "url": "...", "date": "YYYY-MM-DD",
//     "date_evidence": "...", "source_evidence": "..."}]}
//
// Every field is optional. A missing id is taken from the file name, a
// missing title from the page's headline line.
//
// # Cleaning
//
// Pages copied from the web still carry site chrome (subscribe blocks,
// comment widgets, share buttons, contact details, related-story lists).
// Clean classifies every raw line by general rules (see clean.go); only body
// paragraphs and captions become passages. Every line's verdict stays in
// Article.Lines, and the raw text in Article.Raw (except in snapshots,
// which keep the lines alone).
//
// # Offsets
//
// Article.Text is the cleaned text: the kept blocks joined by blank lines.
// Every Paragraph and Sentence holds [Start, End) byte offsets into
// Article.Text, and a stable id: "<article>/p<N>" and "<article>/p<N>/s<M>",
// numbered from 1 in reading order.
package corpus
