package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/lazyregexp"
)

// LineClass is the cleaner's verdict on one raw line.
type LineClass string

// Kept lines become blocks of Article.Text; dropped lines stay only in Raw.
const (
	KeptBody    LineClass = "body"
	KeptCaption LineClass = "caption"
	KeptHeading LineClass = "heading"

	DroppedTitle     LineClass = "title"     // the headline, kept in Meta.Title
	DroppedHeader    LineClass = "header"    // site name, section, date widget before the article
	DroppedFooter    LineClass = "footer"    // anything after the article's last paragraph
	DroppedChrome    LineClass = "chrome"    // subscribe, share, comments, read-more links
	DroppedContact   LineClass = "contact"   // e-mail addresses, phone numbers, street addresses
	DroppedDuplicate LineClass = "duplicate" // a line the page already showed
	DroppedByline    LineClass = "byline"    // "By Jane Doe", the writer's credit
)

// Kept reports whether lines of this class are article text.
func (c LineClass) Kept() bool {
	return c == KeptBody || c == KeptCaption || c == KeptHeading
}

// Line is one raw line of an article with the cleaner's verdict.
type Line struct {
	// N is the line's number in the raw file, from 1.
	N     int
	Text  string
	Class LineClass
}

// anchorWords is how long a sentence-like line must be to count as article
// prose for finding where the article starts and ends. Site chrome is almost
// always shorter; real paragraphs almost always longer.
const anchorWords = 12

// altTextMaxWords is the longest line read as a photo's description when
// a caption follows it in the same block.
const altTextMaxWords = 30

// captionAnchorWords is the shortest caption that marks article text: a
// sentence with a parenthesised credit is furniture only on a page's edges
// when it is tiny.
const captionAnchorWords = 4

// chromeMaxWords bounds the lines that the chrome vocabulary may drop: a
// longer line is prose that happens to use a word like "share".
const chromeMaxWords = 12

// strongChromeMaxWords bounds the lines dropped by phrases that are chrome
// even inside a full sentence ("Subscribe to our mailing list and ...").
const strongChromeMaxWords = 25

// longChromeMaxWords bounds a cookie banner or a prompt to follow the
// site elsewhere, which say more than other furniture: what cookies are
// for and how to consent, where to follow and why.
const longChromeMaxWords = 60

// longChrome is what only a cookie banner or a prompt to follow the site
// says: "We use cookies …", "Follow The Punch Newspaper on WhatsApp for
// real-time updates … Don't miss a headline"; so is an aggregator's note
// that it reprints a feed ("(This story has not been edited by X staff
// and is auto-generated from a syndicated feed.)"), or a wire's note
// on its briefs ("Market Pulse Stories are rapid-fire, short news
// bursts … Visit X.com for more information"), whose names are the
// aggregator's, no actors of the story.
var longChrome = &lazyregexp.Regexp{Expr: `\b(we use cookies|use of cookies|accept (all )?cookies|this site uses cookies|you agree to our use of cookies|on whatsapp for|don't miss a headline|stay informed and ahead of the curve|information in this story was sourced from|don.t miss out on the headlines from|followed categories will be added to|(?:auto-generated|published|sourced|generated) from a (?:third[- ]party )?syndicated (?:news )?feed|has not been edited by [^.]{0,60}\bstaff|are rapid-fire, short news bursts|visit [\w.-]+\.[a-z]{2,} for more (?:information|news|stories))\b`}

// supportNote is an agency's note on who funds a desk: "The Associated
// Press Health and Science Department receives support from … The AP is
// solely responsible for all content." Its names fund the desk; they
// are not the story's.
var supportNote = &lazyregexp.Regexp{Expr: `\bsolely responsible for all content\b`}

// republishNote is a republished article's notice of where it first
// appeared: "This article is republished from The Conversation under a
// Creative Commons license.", "This article was originally published on
// …. Author: …". Its names are the source's and the byline's.
var republishNote = &lazyregexp.Regexp{Expr: `\bthis (?:article|story|piece|post|column|essay) (?:is|was|has been|first) (?:republished|reprinted|originally published|first published|appeared|published)\b|\b(?:republished|reproduced|reprinted) [^.]{0,80}\bunder a creative commons licen[cs]e\b`}

// embedChromeMaxWords bounds the notices embedChrome, supportNote and
// republishNote drop.
const embedChromeMaxWords = 45

// The patterns compile on first use (lazyregexp): the browser reads the
// default corpus from its snapshot and cleans only articles the user adds.

// adSlot is the label of an advert's slot inside an article, folded.
var adSlot = &lazyregexp.Regexp{Expr: `^(advertisement|advertising|sponsored|ad|story continues (below|after)( this)?( advertisement| ad)?)$`}

// strongChrome are phrases that only web-page furniture uses.
var strongChrome = &lazyregexp.Regexp{Expr: `\b(subscribe to|subscribing|mailing list|newsletter|in your inbox|bloggers like this|cookies? (policy|settings)|we use cookies|all rights reserved|privacy policy|terms of (use|service)|your email address will not be published|required fields are marked|min read|minute read|skip to (main )?content|something went wrong|leave a (reply|comment)|view all comments|notify of|receive new posts|reader-supported publication|paid subscriber|upgrade to paid|our standards|click here)\b`}

// weakChrome are words of page furniture that prose uses too: they drop only
// short lines that are not sentences.
var weakChrome = &lazyregexp.Regexp{Expr: `^(subscribe|sign (up|in)|log ?in|register|comments?|\d+ comments?|inline feedbacks?|guest|reply|share( this( article| story)?)?|tweet|email|print|follow us|connect with us|contact us|read more|show more|load more|see also|also see|also read|read also|read next|more stories|related( articles| posts| stories| news| content| topics)?|image source|save|back to top|scroll to top|advertisement|sponsored|spread the love|quick links|breaking news|trending|now reading|what'?s your reaction|view comments|most read|popular|tags?|categories|previous( post| article)?|next( post| article)?|for immediate release|media (contacts?|inquiries|enquiries)|press contacts?|listen to (this |the )?(article|story)|listen now|play audio|audio (version|article)|text size|font size)\b`}

var (
	emailPattern   = &lazyregexp.Regexp{Expr: `[\w.+-]+@[\w-]+\.[\w.-]+`}
	phonePattern   = &lazyregexp.Regexp{Expr: `(\+\d[\d\s().-]{7,}\d)|(\(\d{3}\)\s*\d{3}[\s.-]\d{4})`}
	contactLabel   = &lazyregexp.Regexp{Expr: `^(address|tel|telephone|phone|mobile|fax|e-?mail|whatsapp|p\.?o\.? box)\s*:`}
	readingTime    = &lazyregexp.Regexp{Expr: `^\d+\s*-?\s*min(ute)?s?\.?\s+read$`}
	captionPattern = &lazyregexp.Regexp{Expr: `[.!?]["”’]?\s*\([^()]{2,120}\)$`}
	// creditPattern is a photo credit closing a caption without brackets:
	// "… on Sunday. REUTERS/Jane Doe", "… Photograph: Jane Doe/Agency".
	// So is a photographer's handle and an agency's: "…. pablohart/E+/Getty Images".
	creditPattern = &lazyregexp.Regexp{Expr: `[.!?]["”’]?\s+(?:((?:Photo(?:graph)?|Image|Picture|Credit|Foto)s?:?\s*)?\p{Lu}[\p{L}.&' -]{1,40}/\s?\p{Lu}[\p{L}.&' -]{1,60}|\p{Ll}[\p{L}\p{N}_.-]{2,30}/\p{Lu}[\p{L}\p{N}+.&' -]{0,20}/\s?\p{Lu}[\p{L}.&' -]{1,60}|(?:Photo(?:graph)?|Image|Picture|Credit|Foto)s?:\s*\p{Lu}[\p{L}.&' -]{1,60})$`}
	// bylinePattern is a writer's credit: "By Jane Doe", "By Jane Doe and
	// John Roe", "By Jane Doe, Reuters".
	bylinePattern = &lazyregexp.Regexp{Expr: `^(?i:by)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}((\s*,\s*|\s+(?i:and)\s+|\s+(?i:in)\s+)\p{Lu}[\p{L}.'’ -]*)*$`}
)

// ContributorLine reports whether a paragraph credits the article's
// makers rather than telling its story: "Associated Press writers Jane Roe
// in Atlanta contributed to this report.", "Contributing: Jane Roe",
// "Follow Jane Roe on X", "Follow Beds, Herts and Bucks news on BBC
// Sounds, Facebook and X", "Write to Jane Roe at …", "Jane Roe is a
// reporter for …", a column's note on its writer ("Jane Roe is a nurse
// … She lives in …"). The names in it are no actors of the story.
func ContributorLine(text string) bool {
	if containsFoldASCII(text, "contributed") && contributedPattern.MatchString(text) {
		return true
	}
	return contributorStart.MatchString(text)
}

// contributedPattern is a credit anywhere in a line; ContributorLine
// tries it only on lines that say "contributed", as a regular expression
// that could start anywhere is tried at every position.
var contributedPattern = &lazyregexp.Regexp{Expr: `(?i:\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b)`}

// contributorStart are the credits that open a line. The one "^" before
// the alternatives anchors the whole expression, so it is tried at the
// line's start only (a "^" in each would not).
var contributorStart = &lazyregexp.Regexp{Expr: `^(?:(?:Contributing|Additional reporting|Reporting|Writing|Editing|Compiled)(?: by)?\s*:?\s+\p{Lu}|` +
	// A live page's makers: "Edited by Jane Roe", "Today's updates came
	// from Jane Roe, …", "This live page was edited by …".
	`(?:Edited|Produced|Curated) by \p{Lu}|` +
	// A syndicated story's source: "This article was provided by
	// Bloomberg News."
	`This (?:article|story|report|content) (?:was|is|has been) (?:provided|supplied|distributed) by\s+(?:the\s+)?\p{Lu}|` +
	`(?:Today['’]s|This|Our|The) (?:live )?(?:reporting|updates|coverage|page|blog|live page)(?: today)? (?:was|were|came|has been|have been|is)(?: brought to you| written| edited| compiled| put together)? (?:by|from)\s+\p{Lu}|` +
	`Follow \p{Lu}[^.!?]{0,80}? on (?:X|Twitter|Instagram|Facebook|Bluesky|Threads|Mastodon|BBC Sounds|TikTok|YouTube|WhatsApp)\b|` +
	`Write to \p{Lu}|` +
	`\(?(?:With|Includes) (?:files|reporting|inputs) from\b|` +
	`(?:--|—|–)?\s*With assistance (?:from|by)\s+\p{Lu}|` +
	`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+ (?:is|covers [\p{L} ]+ as) (?:a |an |the )?[\p{L} ,-]*?(?:reporter|correspondent|writer|editor|journalist|columnist|producer)\b|` +
	// A column's closing note on its writer: "Jane Roe is a nurse and a
	// member of … She lives in …", "… is the author of …".
	`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+ (?:is|are) (?:the authors? of\b|(?:a|an|the) [^.]{3,160}\. (?:She|He|They) (?:lives?|writes?|teach(?:es)?|works?)\b))`}

// containsFoldASCII reports whether s contains the lower-case ASCII word
// w in any case, without building a lower-cased copy of s.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// CreditStart returns where the photo credit that closes a caption
// begins in text ("(Staff photo by …)", "REUTERS/…"), or len(text) when
// it has none: a credit names a photographer, not an actor of the story.
func CreditStart(text string) int {
	if loc := captionPattern.FindStringIndex(text); loc != nil {
		return loc[0] + strings.IndexByte(text[loc[0]:], '(')
	}
	if loc := creditPattern.FindStringSubmatchIndex(text); loc != nil {
		i := loc[0]
		for i < len(text) && (strings.ContainsRune(".!?\"”’", rune(text[i])) || text[i] == ' ' || text[i] >= 0x80 && !unicode.IsLetter(firstRuneOf(text[i:]))) {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		return i
	}
	return len(text)
}

func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// sentenceEnd reports whether a line ends like a sentence: terminal
// punctuation, optionally inside closing quotes or brackets.
func sentenceEnd(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune(`"'”’)]»`, r) || unicode.IsSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", r)
}

// chromeKey is the line as the chrome patterns see it: lower case, leading
// bullets and punctuation gone, spaces folded.
func chromeKey(s string) string {
	s = strings.ToLower(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘':
			return '\''
		}
		return r
	}, s)
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.Join(strings.Fields(s), " ")
}

// countWords counts what strings.Fields would return, without building it:
// the header counts the corpus's words on every render.
func countWords(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

// lineFacts are the per-line observations the zone rules work from.
type lineFacts struct {
	words    int
	sentence bool
	caption  bool
	chrome   bool
	contact  bool
	byline   bool
	quote    bool // holds a quotation mark
	post     bool // signs an embedded post (postSignature)
	point    bool // a key point under its label, copied without its bullet (liveEntries)
	entry    bool // a live entry's title (liveEntries)
	result   bool // a line of a vote's or a race's results, or their title (resultRuns)
	// signature signs a reader's letter: its writer and their town
	// (signatures).
	signature bool
	// signed signs the statement above it with a dash and a name
	// (signedStatements).
	signed bool
	// note is an editor's note on the article itself ("Editor's note:
	// This article was updated …", "Correction: An earlier version …"):
	// shown with it, but neither its first paragraph nor its headline.
	note bool
}

// listLeadWords is the shortest line ending with a colon that counts as
// a sentence: a paragraph introducing a list, not a label ("Related:",
// "Key points:").
const listLeadWords = 12

func observe(text string) lineFacts {
	key := chromeKey(text)
	f := lineFacts{
		words:    countWords(text),
		sentence: sentenceEnd(text),
		caption:  captioned(text) || captionLabel.MatchString(text),
	}
	// "“Something is wrong with these machines.” — Dr. Els Maes, crane
	// engineer": a quotation and the dash that names its speaker are a
	// paragraph, though no stop closes the line.
	if !f.sentence && dashAttributed.MatchString(text) {
		f.sentence = true
	}
	// "… adding that agencies would be informed. — Bernama": a
	// paragraph of prose that closes with its agency's credit.
	if !f.sentence && f.words >= 6 && closingCredit.MatchString(text) {
		f.sentence, f.caption = true, false // "(END)" credits no photo
	}
	// A post embedded in the page ("… spare no effort in the search.
	// pic.twitter.com/x") and the line that signs it ("— Ministry of
	// Transport (@UchukuziTZ) November 29, 2026") are the article's: the
	// words it quotes, and whose they are.
	f.post = postSignature.MatchString(text)
	if !f.sentence && (f.post || postLink.MatchString(text) && sentenceEnd(postLink.ReplaceAllString(text, ""))) {
		f.sentence = true
	}
	// "… will choose a new leader in February. Here are the main
	// contenders:": prose that introduces a list ends with a colon.
	if !f.sentence && f.words >= listLeadWords && strings.HasSuffix(strings.TrimSpace(text), ":") {
		f.sentence = true
	}
	// "Speaking in the Senedd on Tuesday, she said:": a short line
	// whose speech verb opens the quotation of the next paragraph.
	if !f.sentence && f.words >= 3 && saidColon.MatchString(text) {
		f.sentence = true
	}
	f.quote = strings.ContainsAny(text, "“”\"")
	f.note = editorNote.MatchString(text)
	f.byline = f.words <= 12 && !f.sentence && bylinePattern.MatchString(text)
	f.contact = contactDetails(text) || contactLabel.MatchString(key)
	switch {
	case navigationLine(text):
		f.chrome = true
	case readingTime.MatchString(key):
		f.chrome = true
	case f.words <= strongChromeMaxWords && strongChrome.MatchString(key):
		f.chrome = true
	case f.words <= longChromeMaxWords && longChrome.MatchString(key):
		// "Welcome, Kapamilya! We use cookies to improve your browsing
		// experience. Continuing to use this site means …": a site's
		// cookie banner, longer than its other furniture; so is "Stay
		// informed …! Follow X on WhatsApp for real-time updates".
		f.chrome = true
	case f.words <= embedChromeMaxWords && (embedChrome.MatchString(key) || supportNote.MatchString(key) || republishNote.MatchString(key)):
		f.chrome = true
	case f.words <= chromeMaxWords && !f.sentence && weakChrome.MatchString(key):
		f.chrome = true
	}
	return f
}

// captioned reports whether text ends as a photo caption does, with a
// credit in brackets or after a slash. The bytes each pattern needs are
// looked for first: most lines have none, and a pattern not anchored at
// the start is tried at every position.
func captioned(text string) bool {
	return strings.HasSuffix(text, ")") && captionPattern.MatchString(text) ||
		strings.IndexByte(text, '/') >= 0 && creditPattern.MatchString(text)
}

// saidColon is a line ending on a speech verb and a colon, introducing
// the quotation that follows: "she said:", "he told reporters:".
var saidColon = &lazyregexp.Regexp{Expr: `\b(?:said|says|added|adds|told [\p{L} ]{1,30}|wrote|writes|explained|declared|stated|warned|insisted|continued)\s*:\s*$`}

// captionLabel opens a photo's caption copied with its label: "Photo:
// (L-R) Band president X …", "Pictured: the harbour at dawn".
// A broadcaster's pages copied as text write "Image caption, …".
var captionLabel = &lazyregexp.Regexp{Expr: `^(?:(?:Photo(?:graph)?|Picture|Pictured|Image|Caption|Foto)s?\s*:|Image caption,)\s+\S+(?:\s+\S+){3}`}

// embedChrome is the notice a page shows in place of an embedded post
// until the reader allows it, and the links that skip it: "Skip twitter
// post by X", "Allow Twitter content?", "This article contains content
// provided by Twitter. …", "End of twitter post by X". Its words are the
// platform's, never the article's, however long the notice.
var embedChrome = &lazyregexp.Regexp{Expr: `^(?:skip|end of) (?:twitter|x|facebook|instagram|youtube|tiktok|bluesky|threads|spotify) (?:post|content|video|posts)\b|^allow (?:twitter|x|facebook|instagram|youtube|tiktok|bluesky|threads|spotify|google) content\b|\bcontent provided by (?:twitter|x|facebook|instagram|youtube|tiktok|bluesky|threads|spotify|google)\b`}

// postLink is the link an embedded social post ends with.
var postLink = &lazyregexp.Regexp{Expr: `\s+(?:pic\.twitter\.com|https?://t\.co)/\S+\s*$`}

// postSignature is the line that signs an embedded post: a dash, the
// author's name, the account and the date.
var postSignature = &lazyregexp.Regexp{Expr: `^[—–-]\s*\p{Lu}[^()]{0,80}\(@\w{1,30}\)\s+\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}$`}

// closingCredit is a sentence's stop, then a dash and a news agency's
// name of one to three words, ending a paragraph: "… would be informed.
// — Bernama", "… on Friday. -- IANS"; or a wire's end-of-copy mark:
// "… could be the reason. Endit", "… most recent years. (END)", or
// in lower case with the editors' initials, as KUNA closes: "… and
// prosperity. (end) tam.rk". Or an Indian agency's name with its
// editors' codes and no dash, as PTI's copy ends: "… actions of a few.
// PTI ABC XYZ", "… on Sunday. IANS".
var closingCredit = &lazyregexp.Regexp{Expr: `[.!?…]["”’]?\s+(?:(?:--|[—–-])\s*\p{Lu}[\p{L}&.]*(?:\s\p{Lu}[\p{L}&.]*){0,2}|Endit|ENDIT|ENDS?|\(ENDS?\)|\(ends?\)(?:\s+\p{Ll}{1,4}(?:\.\p{Ll}{1,4}){0,3})?|###|(?:PTI|IANS|ANI|UNI)(?:\s+\p{Lu}{2,4}){0,4})\s*$`}

// dashAttributed is a line of a quotation closed with a stop, then a dash
// and its speaker's name.
var dashAttributed = &lazyregexp.Regexp{Expr: `^\s*["“][^"“”]{8,}[.!?…]["”]\s*[—–-]\s*\p{Lu}`}

// navigationLine reports whether text is a site's menu: three short
// items or more set apart by bars or dots, "World | Asia | Business", or
// its breadcrumb trail, "Home / World / Asia", "News > Local > Courts".
func navigationLine(text string) bool {
	// (Not "»", which closes a quotation in French copy.)
	for _, sep := range []string{"|", "·", "•", " / ", " > ", "›"} {
		parts := strings.Split(text, sep)
		if len(parts) < 3 {
			continue
		}
		short := true
		for _, p := range parts {
			if n := len(strings.Fields(p)); n == 0 || n > 3 {
				short = false
				break
			}
		}
		if short {
			return true
		}
	}
	return false
}

// contactDetails reports whether text holds an e-mail address or a phone
// number, looking for the "@", "+" or "(" each needs first.
func contactDetails(text string) bool {
	return strings.IndexByte(text, '@') >= 0 && emailPattern.MatchString(text) ||
		strings.ContainsAny(text, "+(") && phonePattern.MatchString(text)
}

// isAnchor reports whether a line is unmistakably article prose.
// editorNote opens an editor's note on the article: "Editor's note:",
// "Correction:", "Clarification:".
var editorNote = &lazyregexp.Regexp{Expr: `^(?:Editor(?:'s|’s|s'|s’)? [Nn]ote|EDITOR(?:'S|’S)? NOTE|Correction|CORRECTION|Clarification|CLARIFICATION)\s*[:—–-]\s+\S`}

func (f lineFacts) isAnchor() bool {
	if f.chrome || f.contact || f.byline || f.note {
		return false
	}
	return f.sentence && (f.words >= anchorWords || f.quote && f.words >= quoteAnchorWords) || f.caption && f.words >= captionAnchorWords
}

// factLine reports whether text is a labelled fact, a label of at most
// three words, a colon and a value: "Referee: Andrew Kettlewell",
// "Harrowgate: Featherstone; Greaves, …".
func factLine(text string) bool {
	label, value, ok := strings.Cut(text, ": ")
	if !ok || label == "" || strings.TrimSpace(value) == "" || strings.Count(label, " ") > 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(label)
	return unicode.IsUpper(r) && !strings.ContainsAny(label, ".,;!?\"“”")
}

// declaredEntry is a line of a returning officer's declaration: the
// candidate's surname in capitals, the given names, the party or
// description, and the votes ("ABARA, Rosalind Jane, Green Party –
// 233").
var declaredEntry = &lazyregexp.Regexp{Expr: `^\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,})*,\s+\p{Lu}[\p{L}.'’ -]{1,60},\s+\p{Lu}[\p{L}.'’&() -]{1,60}?\s+[—–-]\s+\d{1,3}(?:,\d{3})*(?:\s+votes?)?(?:\s+\(?(?:elected|Elected)\)?)?$`}

// entryMeasure is what a line of results gives after a name: a time, a
// count, a share or points, or the gap to the winner ("+8.4", "+1:02.3",
// "+1 lap", "s.t.") or a non-finish ("DNF").
const entryMeasure = `(?:\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?|\d{1,3}(?:,\d{3})*(?:\.\d+)?%?|\d+\s*pts?|\+\s?(?:\d{1,2}:)?\d{1,2}(?:\.\d{1,3})?s?|\+\d{1,2}\s+laps?|s\.t\.|same time|DNF|DNS|DSQ)`

// resultEntry is a line of results: a place, a name, and a time, a score
// or a count, with a country's or a party's code perhaps ("1. Brian Roe
// (KEN) 2:03:41", "2) Jane Doe (Labour) 12,408").
var resultEntry = &lazyregexp.Regexp{Expr: `^\d{1,3}[.)]\s+\p{Lu}[\p{L}.'’ -]{1,60}(?:\s+\([\p{L} .-]{2,30}\))?[,:]?\s+` + entryMeasure + `\.?$`}

// closingMinWords is the shortest sentence kept after the article's last
// long one.
const closingMinWords = 5

// quoteAnchorWords is the shortest sentence with a quotation that marks
// article text: a closing paragraph is often one short quotation
// (“We will rebuild,” she said.), and page furniture never quotes.
const quoteAnchorWords = 4

// classify gives every line its verdict. title is the known headline, or ""
// to have classify pick one; the headline it used is returned.
//
// The rules, in order:
//  1. contact details (e-mail, phone, "Address:") and chrome vocabulary are
//     dropped wherever they stand;
//  2. the article runs from the first to the last anchor (a sentence of
//     anchorWords or more); short lines before it are the page header, all
//     lines after it the footer;
//  3. the headline, and any line repeating a kept one, is dropped;
//  4. inside the article, sentences are body paragraphs, sentences ending
//     with a parenthesised credit are captions, other lines are headings.
func classify(lines []Line, title string) string {
	facts := make([]lineFacts, len(lines))
	first, last := -1, -1
	for i, l := range lines {
		facts[i] = observe(l.Text)
		// The text of an embedded post, whatever it ends with, is the
		// line its signature follows.
		if i > 0 && facts[i].post && !facts[i-1].chrome && !facts[i-1].contact && facts[i-1].words >= closingMinWords {
			facts[i-1].sentence = true
		}
	}
	liveEntries(lines, facts)
	signatures(lines, facts)
	signedStatements(lines, facts)
	resultRuns(lines, facts)
	speakerLabels(lines, facts)
	linkLists(lines, facts)
	for i := range lines {
		if i == 0 && title == "" && questionHeadline(lines) {
			// "Who is the man Washington says banked for the cartel?":
			// a file's first line, standing alone, that asks or
			// exclaims is its headline, not its first paragraph.
			facts[i].sentence = false
		}
		if facts[i].isAnchor() {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	// A short article of short sentences ("The curfew is over. Shops
	// reopened on Monday.") has no long one: its sentences of five words
	// or more are its text.
	if first < 0 {
		for i, f := range facts {
			if f.sentence && f.words >= closingMinWords && !f.chrome && !f.contact && !f.byline && !f.caption {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
	}
	// A pull quote set above the headline ("Keeping the border secure
	// comes before everything else." over an aggregator's copy) opens
	// no article: the article starts at the next paragraph of prose,
	// and the headline is looked for before that.
	early := pullQuotes(lines, facts, first, last)
	for first >= 0 && first < last && early[first] {
		next := first + 1
		for next < last && !facts[next].isAnchor() {
			next++
		}
		first = next
	}
	// A short closing sentence right after the last long one is still the
	// article's ("The board must still approve the bonds."); furniture
	// after the article is not a run of sentences straight after it.
	for last >= 0 && last+1 < len(lines) {
		f := facts[last+1]
		// "With files from The Canadian Press": the closing credit of
		// the article's makers is the article's, sentence or not.
		credit := ContributorLine(lines[last+1].Text) && !f.contact
		// "Referee: Andrew Kettlewell (Lancashire).": after a match's
		// line-ups, its closing facts in the same "Label: value" form.
		closingFacts := factLine(lines[last].Text) && factLine(lines[last+1].Text) && !f.chrome && !f.contact && !f.byline
		if !credit && !closingFacts && !f.signed && (!f.sentence || f.words < closingMinWords || f.chrome || f.contact || f.byline) {
			// "Advertisement" between the last paragraphs: the closing
			// sentence after the advert's slot is the article's still.
			if last+2 < len(lines) && adSlot.MatchString(foldLine(lines[last+1].Text)) {
				if g := facts[last+2]; g.sentence && g.words >= closingMinWords && !g.chrome && !g.contact && !g.byline && !g.caption {
					last += 2
					continue
				}
			}
			break
		}
		last++
	}
	// "Colin X" then "Tytherington": the signature of the last letter of
	// a letters page.
	for last >= 0 && last+1 < len(lines) && facts[last+1].entry && facts[last+1].signature {
		last++
	}
	// "Men's results: 1. Brian Roe (KEN) 2:03:41 …": a race's or a
	// vote's results closing the article, entries of a place, a name and
	// a time or a count, under short headings, are the article's.
	for k := last + 1; last >= 0 && k < len(lines); k++ {
		f := facts[k]
		if f.chrome || f.contact || f.byline {
			break
		}
		// So are a tournament's match results ("Klára X (CZE) bt Ines Y
		// (ESP, 1) 6-4 3-6 7-5"), under a heading with or without its
		// colon ("Results (quarter-finals)").
		entry := func(k int) bool {
			return resultEntry.MatchString(lines[k].Text) || matchEntry.MatchString(strings.TrimSpace(lines[k].Text)) || facts[k].result
		}
		if entry(k) {
			last = k
			facts[k].sentence = true
			continue
		}
		// "Megan Louise X was duly elected as councillor for Y." right
		// after the results: a short closing sentence is the article's.
		if last == k-1 && facts[k-1].result && f.sentence && f.words >= closingMinWords && !f.caption {
			last = k
			continue
		}
		if f.words <= 4 && (strings.HasSuffix(strings.TrimSpace(lines[k].Text), ":") || matchEntry.MatchString(strings.TrimSpace(lines[min(k+1, len(lines)-1)].Text))) && k+1 < len(lines) && entry(k+1) {
			continue // "Women's results:", kept as the heading it is
		}
		// "Results", then "Women (8km)", then the entries: a heading
		// over a subheading, neither with a colon.
		if f.words <= 4 && k+2 < len(lines) && (entry(k+1) || facts[k+1].words <= 4 && !facts[k+1].chrome && entry(k+2)) && !strings.HasSuffix(strings.TrimSpace(lines[k].Text), ".") {
			continue
		}
		break
	}
	// "UP NEXT", then "Jets: At Vancouver on Thursday night.": a game
	// story's next games close it, and are the article's.
	if last >= 0 && last+2 < len(lines) && upNextHeading.MatchString(strings.TrimSpace(lines[last+1].Text)) && nextGameEntry.MatchString(strings.TrimSpace(lines[last+2].Text)) {
		last++
		for last+1 < len(lines) && nextGameEntry.MatchString(strings.TrimSpace(lines[last+1].Text)) {
			last++
			facts[last].sentence = true
		}
	}
	// "Case Title: X v. State of Y", "Coram: Justice Z": a court report's
	// closing lines name the case's parties and its bench, the
	// article's.
	for last >= 0 && last+1 < len(lines) && courtCaseLine.MatchString(strings.TrimSpace(lines[last+1].Text)) {
		last++
		facts[last].sentence = true
	}
	// "Key points" of a live page or an explainer: bullets of whole
	// statements right before the first paragraph are the article's.
	// A short label ("08:15 GMT", "Latest") may stand between them, and
	// a live page's first entry's time and title ("9:45am", "Premier
	// urges people to stay indoors").
	// The headline itself may stand between them and the first
	// paragraph, under a box's label ("Key points", bullets, then
	// "Floods: Hundreds evacuated …"): it is the title when no line
	// before the bullets is (keyTitle).
	keyTitle := -1
	if first > 0 {
		k := first
		point := func(i int) bool { return bulletStatement(lines[i].Text, facts[i]) || facts[i].point }
		for k > 0 && first-k < 2 && facts[k-1].words <= entryTitleWords && !facts[k-1].sentence && !point(k-1) {
			k--
		}
		if k > 0 && point(k-1) {
			first = k
			for first > 0 && point(first-1) {
				first--
				facts[first].sentence = true
			}
			for t := first; t < k; t++ {
				if keyTitle < 0 && !bulletMarked(lines[t].Text) && t > first && bulletMarked(lines[t-1].Text) && headlineShaped(lines[t].Text, facts[t].words) {
					keyTitle = t
				}
			}
		}
	}
	// A live page's first entry: its title right before its first
	// paragraph is the article's.
	// So are a vote's results before it ("Jane Roe (Labour) — 12,408
	// votes, elected"), and the line that titles them.
	for first > 1 && (facts[first-1].entry || facts[first-1].result) {
		first--
	}
	if title == "" {
		// The headline comes before the first paragraph of prose; a photo
		// and its caption may come before it.
		prose := first
		for prose >= 0 && prose < len(lines) && !(facts[prose].isAnchor() && !facts[prose].caption) {
			prose++
		}
		title = guessTitle(lines, facts, prose, early)
		title = withoutSiteName(title)
		if title == "" && keyTitle >= 0 {
			title = lines[keyTitle].Text
		}
	}
	titleKey := foldLine(title)
	// A short opening sentence between the headline and the first long
	// one is the article's lead ("Gunfire rang out in the capital
	// overnight."), not the page's header.
	titleAt := -1
	for i := range lines {
		if i < first && foldLine(lines[i].Text) == titleKey && titleKey != "" {
			titleAt = i
			break
		}
		// A headline broken over two lines ends on the second.
		if i+1 < first && titleKey != "" && lines[i+1].N == lines[i].N+1 && foldLine(lines[i].Text+" "+lines[i+1].Text) == titleKey {
			titleAt = i + 1
			break
		}
	}
	for first > 0 && titleAt >= 0 && first-1 > titleAt {
		f := facts[first-1]
		if !f.sentence || f.words < closingMinWords || f.chrome || f.contact || f.byline || f.caption {
			break
		}
		first--
	}
	// "Thiruvananthapuram, November 16", "KYIV —": a dateline on a line
	// of its own right before the first paragraph is the story's, as
	// one that opens the paragraph is: it says where it was filed.
	datelineAt := -1
	k := first - 1
	// "BAKU, Azerbaijan, Oct. 13", then "Trend:": the agency's label
	// between the dateline and the story.
	if k >= 1 && k-1 > titleAt && sourceLabel(lines[k].Text) {
		k--
	}
	if k >= 0 && k > titleAt && !facts[k].chrome && !facts[k].contact && !facts[k].byline && !facts[k].caption && standaloneDateline(lines[k].Text) {
		datelineAt = k
	}
	deckAt := standfirst(lines, facts, titleAt, first, datelineAt)
	seen := map[string]bool{}
	pulled := pullQuotes(lines, facts, first, last)
	for i := range early {
		pulled[i] = true
	}
	for i := range lines {
		l := &lines[i]
		f := facts[i]
		key := foldLine(l.Text)
		switch {
		case pulled[i]:
			l.Class = DroppedDuplicate
		case f.contact:
			l.Class = DroppedContact
		case f.chrome:
			l.Class = DroppedChrome
		case f.byline:
			l.Class = DroppedByline
		case key == titleKey && titleKey != "":
			l.Class = DroppedTitle
		case f.note:
			l.Class = KeptHeading
		case first < 0 || i > last:
			l.Class = DroppedFooter
		case seen[key]:
			l.Class = DroppedDuplicate
		case f.caption:
			l.Class = KeptCaption
		case i == deckAt:
			l.Class = KeptBody
		case i < first && !(i == datelineAt && datelineAt >= 0):
			l.Class = DroppedHeader
		case dateOnlyLine(l.Text) && i != datelineAt:
			// "December 4, 2026" under the headline: the page's date,
			// which headerDate reads, no subhead.
			l.Class = DroppedHeader
		// (Key points inside the article, after a photo's caption that
		// opens it, are its paragraphs too.)
		// So are bullets of whole statements in its body ("- Two people
		// were injured by falling trees in Quimper").
		case f.sentence || f.entry || f.result || f.point || bulletStatement(l.Text, f) || ContributorLine(l.Text) || factLine(l.Text) && !f.byline || bulletEntry(l.Text) || i == datelineAt:
			// "With files from The Canadian Press" is the article's
			// closing credit, a paragraph of it, not a subhead; "Foreign
			// Minister: Jane Roe (Liberal Party)", a fact of a list,
			// is a paragraph too.
			l.Class = KeptBody
		default:
			l.Class = KeptHeading
		}
		if l.Class.Kept() {
			seen[key] = true
		}
	}
	// "A laptop computer with a legal pad on it." right above "Opinions
	// … pablohart/E+/Getty Images", in one block: an image's description
	// and its caption, both the photo's.
	for i := len(lines) - 2; i >= 0; i-- {
		if lines[i].Class == KeptBody && lines[i+1].Class == KeptCaption && lines[i+1].N == lines[i].N+1 && len(strings.Fields(lines[i].Text)) <= altTextMaxWords {
			lines[i].Class = KeptCaption
		}
	}
	return title
}

// Standfirst bounds: a deck under the headline is a phrase of some
// words, not a label, and shorter than a paragraph.
const (
	deckMinWords = 6
	deckMaxWords = 40
)

// standfirst returns the line right under the headline (titleAt) that
// sums the story up without a stop ("Emergency warnings remain in place
// for parts of East Gippsland"), when only a byline, a time or a date,
// a caption or chrome stand between it and the first paragraph; or -1.
// It is the article's text, a passage searched and read as the
// paragraphs are, where the other lines before the first paragraph are
// the page's.
func standfirst(lines []Line, facts []lineFacts, titleAt, first, datelineAt int) int {
	d := titleAt + 1
	if titleAt < 0 || d >= first || d == datelineAt {
		return -1
	}
	f := facts[d]
	text := strings.TrimSpace(lines[d].Text)
	if f.sentence || f.chrome || f.contact || f.byline || f.caption || f.entry || f.result || f.words < deckMinWords || f.words > deckMaxWords ||
		standaloneDateline(text) || datelineOnly(text) || startsUpdate(text) || sourceLabel(text) || strings.HasSuffix(text, ":") ||
		strings.ContainsAny(text, "|/") || strings.HasPrefix(text, "(") || !proseCased(text) {
		return -1
	}
	for k := d + 1; k < first; k++ {
		g := facts[k]
		if !(g.byline || g.chrome || g.contact || g.caption || g.words <= 4 || k == datelineAt || startsUpdate(strings.TrimSpace(lines[k].Text))) {
			return -1
		}
	}
	return d
}

// proseCased reports whether most of text's words start in lower case,
// as a phrase of prose does: a deck ("Emergency warnings remain in place
// for parts of …"), not a writer's credit in title case ("Ruth Roe,
// Senior Lecturer in Plant Science, University of X") or a byline
// ("Written by Jane Roe, Gulf Coast Herald").
func proseCased(text string) bool {
	lower, words := 0, 0
	for _, w := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsLower(r) {
			lower++
		}
	}
	return words > 0 && 2*lower >= words && !bylineWord.MatchString(text)
}

// bylineWord is the word that names a writer: "By Jane Roe", "Written
// by", "Words by".
var bylineWord = &lazyregexp.Regexp{Expr: `(?i)\b(?:by|written|reporting)\b`}

// pullQuoteWords is the shortest pull quote dropped: a shorter quoted
// line repeated inside a paragraph is as likely a short paragraph.
const pullQuoteWords = 8

// pullQuotes returns the lines of the article (first to last) that are a
// quotation alone, repeated inside another line of it: a pull quote set
// off in large type beside the paragraph that carries it ("We load the
// ships that pay for this country." beside "“We load the ships …,”
// union secretary X told reporters."). The paragraph says who spoke.
func pullQuotes(lines []Line, facts []lineFacts, first, last int) map[int]bool {
	pulled := map[int]bool{}
	if first < 0 {
		return pulled
	}
	var folded []string // the lines folded, once a quotation alone is met
	for i := first; i <= last; i++ {
		text := strings.TrimSpace(lines[i].Text)
		open, _ := utf8.DecodeRuneInString(text)
		end, _ := utf8.DecodeLastRuneInString(text)
		if facts[i].words < pullQuoteWords || !strings.ContainsRune("\"“‘'", open) || !strings.ContainsRune("\"”’'", end) {
			continue
		}
		if folded == nil {
			folded = make([]string, len(lines))
			for k := first; k <= last; k++ {
				folded[k] = foldLine(lines[k].Text)
			}
		}
		for j := first; j <= last; j++ {
			if j != i && !pulled[j] && len(lines[j].Text) > len(text) && strings.Contains(folded[j], folded[i]) {
				pulled[i] = true
				break
			}
		}
	}
	return pulled
}

// bulletStatement reports whether a line is a bullet point that states
// a fact ("- At least 23 people have been killed, the agency says"): a
// bullet's mark, then bulletWords words or more, and no furniture.
func bulletStatement(text string, f lineFacts) bool {
	return !f.chrome && !f.contact && !f.byline && f.words >= bulletWords && bulleted(text)
}

// linkLists marks as chrome the bullets right under a label of links to
// other stories ("Trending", "Related stories", "Most read", "Also
// read"): each is another story's headline, however like a key point
// of this one it reads ("- Court fixes date for ex-minister's trial").
func linkLists(lines []Line, facts []lineFacts) {
	for i := 0; i < len(lines); i++ {
		if !facts[i].chrome || !linkListLabel.MatchString(chromeKey(lines[i].Text)) {
			continue
		}
		for i+1 < len(lines) && bulleted(lines[i+1].Text) {
			i++
			facts[i].chrome = true
		}
	}
}

// linkListLabel is the label of a list of links to other stories.
var linkListLabel = &lazyregexp.Regexp{Expr: `^(?:trending(?: now| stories| news)?|related(?: articles| posts| stories| news| content| coverage)?|most (?:read|popular|viewed)|popular(?: now| stories)?|read more|also read|read also|see also|also see|more stories|more from [\w ]+|latest(?: news| stories)?|top stories|recommended(?: stories| for you)?|you may also like|must read)\s*:?$`}

// bulleted reports whether a line opens with a list's bullet.
func bulleted(text string) bool {
	for _, mark := range []string{"- ", "• ", "* ", "– ", "· "} {
		if strings.HasPrefix(text, mark) {
			return true
		}
	}
	return false
}

// bulletEntry reports whether a line is an entry of a fact box's list:
// a bullet's mark, then a name in capitals, a name and an age or a name
// and a party ("* LAURA CHINCHILLA-VARGAS, 52, PUEBLO SOBERANO PARTY",
// "- Jane Roe, 61, Labour", "- Jane Roe (Labour) 1,107"). Its names are the story's; a related story's link is
// written in lower case and gives no age.
func bulletEntry(text string) bool {
	rest := ""
	for _, mark := range []string{"- ", "• ", "* ", "– ", "· "} {
		if r, ok := strings.CutPrefix(text, mark); ok {
			rest = r
			break
		}
	}
	if len(strings.Fields(rest)) < 2 {
		return false
	}
	return strings.ToUpper(rest) == rest && strings.ToLower(rest) != rest || entryAge.MatchString(rest) || entryResult.MatchString(rest)
}

// entryAge is a list entry's name and age: "Jane Roe, 61,".
var entryAge = &lazyregexp.Regexp{Expr: `^\p{Lu}[\p{L}.'’ -]{2,60}, \d{1,3}(?:,|$)`}

// entryResult is an election result's entry: a name, the party in
// brackets and the votes, "Jane Roe (Labour) 1,107" or "Jane Roe
// (Green) 41.2%".
var entryResult = &lazyregexp.Regexp{Expr: `^\p{Lu}[\p{L}.'’ -]{2,60} \([^()]{1,40}\)(?:,? \d[\d,.]*%?)?$`}

// entryTitleWords is the longest line between key points and the text:
// a label, a time, a live entry's title.
const entryTitleWords = 12

// bulletWords is the shortest bullet read as a statement: a link's or a
// menu's bullet is shorter.
const bulletWords = 8

// questionHeadline reports whether the first of lines, a paragraph of
// its own followed by more text, ends with "?" or "!" and is short enough
// to be a headline.
func questionHeadline(lines []Line) bool {
	if len(lines) < 2 || lines[1].N <= lines[0].N+1 {
		return false
	}
	t := strings.TrimRightFunc(lines[0].Text, func(r rune) bool {
		return strings.ContainsRune(`"'”’)]»`, r) || unicode.IsSpace(r)
	})
	return (strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")) && countWords(lines[0].Text) <= maxQuestionHeadlineWords
}

// maxQuestionHeadlineWords is the longest question read as a headline.
const maxQuestionHeadlineWords = 25

// guessTitle picks the headline from the lines before the article: a line
// the page repeats; else the first line that stands as a paragraph of its
// own (a blank line before and after it, as a plain-text file writes its
// headline on line 1) and is not furniture (chrome, contact, caption,
// credit, byline, dateline, a pull quote of the article: pulled); else the
// longest line that is not furniture.
func guessTitle(lines []Line, facts []lineFacts, first int, pulled map[int]bool) string {
	if first < 0 {
		first = len(lines)
	}
	count := map[string]int{}
	best, alone, promo := "", "", ""
	for i := 0; i < first; i++ {
		f := facts[i]
		if f.chrome || f.contact || f.caption || f.byline || f.note || f.words < 2 || pulled[i] || datelineOnly(lines[i].Text) || dateStamp(lines[i].Text) || sectionLabel(lines[i].Text) {
			continue
		}
		// "Rescuers search for survivors" over "after ferry sinks off
		// Sulawesi": a headline broken over two lines, the second going
		// on in lower case, is one headline.
		if i+1 < first && lines[i+1].N == lines[i].N+1 && headlineGoesOn(lines[i].Text, lines[i+1].Text) && !facts[i+1].chrome && !facts[i+1].byline && !facts[i+1].caption && !pulled[i+1] {
			text := lines[i].Text + " " + lines[i+1].Text
			blankBefore := i == 0 || lines[i-1].N < lines[i].N-1
			blankAfter := i+2 >= len(lines) || lines[i+2].N > lines[i+1].N+1
			if alone == "" && blankBefore && blankAfter && headlineShaped(text, f.words+facts[i+1].words) {
				alone = text
			}
			if len(text) > len(best) {
				best = text
			}
			i++
			continue
		}
		// "Watch: Drone footage shows …" above the headline is a link to
		// a video, the headline only when nothing else is.
		if mediaPromo.MatchString(lines[i].Text) {
			if promo == "" {
				promo = lines[i].Text
			}
			continue
		}
		key := foldLine(lines[i].Text)
		count[key]++
		if count[key] == 2 {
			return lines[i].Text
		}
		blankBefore := i == 0 || lines[i-1].N < lines[i].N-1
		blankAfter := i+1 >= len(lines) || lines[i+1].N > lines[i].N+1
		if alone == "" && blankBefore && blankAfter && headlineShaped(lines[i].Text, f.words) {
			alone = lines[i].Text
		}
		if f.words >= 3 && len(lines[i].Text) > len(best) {
			best = lines[i].Text
		}
	}
	if alone != "" {
		return alone
	}
	if best == "" {
		return promo
	}
	return best
}

// headlineGoesOn reports whether line next goes on with the headline
// line began: no stop ends line, and next opens in lower case ("Rescuers
// search for survivors" / "after ferry sinks off Sulawesi").
func headlineGoesOn(line, next string) bool {
	line = strings.TrimSpace(line)
	if r, _ := utf8.DecodeLastRuneInString(line); line == "" || strings.ContainsRune(".!?:;,\"”’", r) {
		return false
	}
	r := firstRuneOf(strings.TrimSpace(next))
	return unicode.IsLower(r)
}

// mediaPromo opens a line that links to a video, a gallery or a podcast:
// "Watch: …", "VIDEO: …", "Photos: …".
var mediaPromo = &lazyregexp.Regexp{Expr: `^(?i:watch|video|videos|photos|gallery|in pictures|listen|podcast)\s*:\s`}

// withoutSiteName drops the site's name a page's title ends with:
// "Floods cut off three villages | Rwenzori Daily", "Shares slide after
// revenue miss - Canadian Markets News". After " | " any short name
// goes; after a dash only one a news site's word ends or a domain, as a
// headline may hold a dash of its own ("Tsipras - the last word").
func withoutSiteName(title string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		k := strings.LastIndex(title, sep)
		if k < 0 {
			continue
		}
		head, site := strings.TrimSpace(title[:k]), strings.TrimSpace(title[k+len(sep):])
		words := strings.Fields(site)
		domain := len(words) == 1 && strings.Contains(site, ".")
		if len(words) == 0 || len(words) > 4 || countWords(head) < 3 || !unicode.IsUpper(firstRuneOf(site)) && !unicode.IsDigit(firstRuneOf(site)) && !domain {
			continue
		}
		if sep == " | " || siteNameEnd.MatchString(site) {
			return head
		}
	}
	return title
}

// siteNameEnd is how a news site's name ends: "Times", "News", "Daily",
// ".com".
var siteNameEnd = &lazyregexp.Regexp{Expr: `(?i)(?:\b(?:news|times|post|daily|herald|tribune|journal|gazette|online|tv|radio|express|mail|telegraph|guardian|independent|standard|observer|star|chronicle|reuters|ap|afp|bbc|cnn|wire|today|insider|review|press|dispatch|courier|examiner|monitor|nation)|\.(?:com|net|org|co\.[a-z]{2}|[a-z]{2}))$`}

// dateStamp reports whether a line is a date and its time alone, as a
// page stamps its story: "Tuesday 2 December 2026 14:05 GMT",
// "Updated: Dec. 2, 2026, 9:41 a.m. ET".
func dateStamp(s string) bool {
	if dateIn(s) == "" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ",.:|()")
		digits := strings.Trim(w, "0123456789:/-")
		if digits == "" || digits == "st" || digits == "nd" || digits == "rd" || digits == "th" || dateWord(w) {
			continue
		}
		return false
	}
	return true
}

// dateWord reports whether w, in small letters, is a month's or a
// weekday's name or its first letters ("Dec", "Tues"), a time zone, or a word that stamps a
// date ("updated", "at").
func dateWord(w string) bool {
	if len(w) >= 3 {
		for _, name := range strings.Fields("january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday") {
			if strings.HasPrefix(name, w) {
				return true
			}
		}
	}
	switch w {
	case "gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "pt", "pst", "pdt", "ist", "am", "pm", "a.m", "p.m", "updated", "published", "posted", "last", "on", "at":
		return true
	}
	return false
}

// sectionLabel reports whether a short line names the site's section
// above the headline: "Africa news", "Business live".
func sectionLabel(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "news", "updates", "live", "latest":
		return true
	}
	return false
}

// headlineShaped tells a headline from a site's name or a section label
// ("The Daily Example", "World News"): four words or more, or a word in
// lower case that is not a connector.
func headlineShaped(s string, words int) bool {
	if words >= 4 {
		return true
	}
	for _, w := range strings.Fields(s) {
		r := firstRuneOf(w)
		if unicode.IsLower(r) && !titleConnector(w) {
			return true
		}
	}
	return false
}

// titleConnector reports whether w is a small word a title-case name
// keeps in lower case ("of", "the").
func titleConnector(w string) bool {
	switch w {
	case "the", "of", "and", "a", "an", "in", "for", "on", "at", "to", "de", "la":
		return true
	}
	return false
}

// datelineOnly reports whether a line is a dateline alone: "WASHINGTON",
// "KYIV, Ukraine (AP) —", "Published: 3 March 2026".
func datelineOnly(s string) bool {
	if !datelinePattern.MatchString(s) {
		return false
	}
	// A headline in capitals ("PRESIDENT SIGNS BUDGET INTO LAW") is no
	// dateline: a dateline's place takes four words at most ("RIO DE
	// JANEIRO"), unless a state, an agency or a dash follows it.
	return strings.ContainsAny(s, ",(—–") || strings.Contains(s, " -") || len(strings.Fields(s)) <= 4 || startsUpdate(s)
}

// standaloneDateline reports whether a line is a dateline alone that
// names a place: in capitals ("KYIV —", "LAGOS, Nigeria"), or a place and
// a date ("Thiruvananthapuram, November 16"); not "Published 3 March".
func standaloneDateline(s string) bool {
	if updateCue.MatchString(s) || len(strings.Fields(s)) > 8 {
		return false
	}
	return datelinePattern.MatchString(s) || placeDateLine.MatchString(s)
}

// sourceLabel reports whether a line is an agency's name and a colon
// alone: "Trend:", "Steppe Wire:".
func sourceLabel(s string) bool {
	name, ok := strings.CutSuffix(strings.TrimSpace(s), ":")
	return ok && name != "" && len(strings.Fields(name)) <= 3 && unicode.IsUpper(firstRuneOf(name))
}

// updateCue opens a page's "Published: …" or "Updated …" line.
var updateCue = &lazyregexp.Regexp{Expr: `^(?i:published|updated|posted|first published)\b`}

// placeDateLine is a place, then a month and a day (or a day and a
// month), and the year or not.
var placeDateLine = &lazyregexp.Regexp{Expr: `^\p{Lu}[\p{L}.'’ -]{1,40}(?:, \p{Lu}[\p{L}.'’ -]{1,30})?, (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,? \d{4})?\s*[—–-]?$`}

// startsUpdate reports whether s is a "Published …" or "Updated …" line.
func startsUpdate(s string) bool {
	f := strings.ToLower(strings.SplitN(s, " ", 2)[0])
	return f == "published" || f == "updated" || f == "posted"
}

// The place after a dateline's comma is a state or country of three words
// at most: a headline such as "NLC, TUC suspend strike as FG agrees" is
// none.
var datelinePattern = &lazyregexp.Regexp{Expr: `^(\p{Lu}[\p{Lu} .'-]+(,\s*[\p{L}.]+(?:\s+[\p{L}.]+){0,2})?(\s*\([\p{L} .]+\))?\s*[—–-]?|(?i:(published|updated|posted)\b.*))$`}

// foldLine is the key under which two lines count as the same: case,
// punctuation and spacing ignored.
func foldLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// splitLines cuts the body of a file into trimmed, non-blank lines with their
// raw line numbers. offset is the number of lines before the body.
func splitLines(body string, offset int) []Line {
	var out []Line
	for i, raw := range strings.Split(body, "\n") {
		text := markdownHeading(tidy(raw))
		if text == "" {
			continue
		}
		out = append(out, Line{N: offset + i + 1, Text: text})
	}
	return unwrap(out)
}

// unwrap joins the lines of a hard-wrapped file back into its
// paragraphs: text copied from an e-mail, a wire terminal or a PDF breaks
// every line at a width, so that one sentence runs over several lines
// ("Raheem Sterling became the most expensive English footballer" / "in
// history when he signed …"). A file is read as wrapped when at least
// minWrappedJoins lines end mid-sentence before a line that goes on in
// lower case; then a line that ends mid-sentence and is nearly as long as
// the file's longest (it reached the width) runs on into the next line
// of the file. Files with a blank line between paragraphs, or none
// broken so, are left as they are.
func unwrap(lines []Line) []Line {
	width, joins := 0, 0
	for k, l := range lines {
		width = max(width, utf8.RuneCountInString(l.Text))
		if k+1 < len(lines) && lines[k+1].N == l.N+1 && midSentence(l.Text) && unicode.IsLower(firstRuneOf(lines[k+1].Text)) {
			joins++
		}
	}
	if joins < minWrappedJoins {
		return lines
	}
	var out []Line
	for k := 0; k < len(lines); k++ {
		l := lines[k]
		for k+1 < len(lines) && lines[k+1].N == lines[k].N+1 && midSentence(lines[k].Text) && 10*utf8.RuneCountInString(lines[k].Text) >= wrapTenths*width && continues(lines[k+1].Text) {
			k++
			l.Text += " " + lines[k].Text
		}
		out = append(out, l)
	}
	return out
}

// minWrappedJoins is how many sentences broken across lines make a file
// read as hard-wrapped.
const minWrappedJoins = 2

// wrapTenths is how long, in tenths of the file's longest line, a line
// must be to have reached the width it was wrapped at.
const wrapTenths = 6

// midSentence reports whether a line ends inside a sentence: on a letter,
// a digit, a comma or a hyphen rather than a full stop, a colon or a
// closing quotation mark.
func midSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',' || r == '-' || r == '–'
}

// continues reports whether a line can go on from the one before: it
// starts with a letter, a digit or an opening quotation mark.
func continues(s string) bool {
	r := firstRuneOf(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘'
}

// markdownHeading drops the marks of a Markdown heading ("# Headline",
// "## Subhead"); a hashtag ("#MeToo") has no space after its mark and
// stays.
func markdownHeading(s string) string {
	t := strings.TrimLeft(s, "#")
	if n := len(s) - len(t); n >= 1 && n <= 6 && strings.HasPrefix(t, " ") {
		return strings.TrimSpace(t)
	}
	return s
}

// tidy trims a line and folds runs of white space (no-break spaces included)
// into one space.
func tidy(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
	}), " ")
}

// liveEntries marks as statements what a live page's lines state in a
// line each: an entry's title after its time ("16:42 - Trains between
// Glasgow and Oban suspended", or the line after a time alone), and the
// key points under their label ("Key points" then "Ferries cancelled on
// all CalMac routes"), which a copied page gives without their bullets.
// They name the story's people and places, and a reader searches them.
func liveEntries(lines []Line, facts []lineFacts) {
	plain := func(i int) bool {
		f := facts[i]
		return !f.sentence && !f.chrome && !f.contact && !f.byline && !f.caption
	}
	for i, l := range lines {
		switch {
		case !plain(i):
		case liveEntryTitle.MatchString(l.Text) && facts[i].words >= liveEntryWords+1:
			facts[i].entry = true
		case i > 0 && liveTime.MatchString(strings.TrimSpace(lines[i-1].Text)) && facts[i].words >= liveEntryWords:
			facts[i].entry = true
		case keyPointsLabel.MatchString(strings.TrimSpace(l.Text)):
			for k := i + 1; k < len(lines) && plain(k) && facts[k].words >= liveEntryWords && facts[k].words <= keyPointWords && !liveTime.MatchString(strings.TrimSpace(lines[k].Text)) && !liveEntryTitle.MatchString(lines[k].Text); k++ {
				facts[k].point = true
			}
		}
	}
}

// signedStatements marks as statements the lines that sign the paragraph
// above them with a dash and a name, as a live page sets a statement
// without quotation marks: "We are working closely with our airlines …"
// then "– Heathrow spokesperson". They say whose words the paragraph is.
func signedStatements(lines []Line, facts []lineFacts) {
	for i := 1; i < len(lines); i++ {
		f := facts[i]
		if !f.sentence && !f.chrome && !f.contact && !f.caption && f.words <= signatureWords && facts[i-1].sentence && facts[i-1].words >= closingMinWords && SignatureLine(lines[i].Text) {
			facts[i].sentence, facts[i].signed = true, true
		}
	}
}

// SignatureLine reports whether a line is a dash and a name that says
// what the signer is, after a comma or in lower case ("– Heathrow
// spokesperson", "— Jane Roe, union secretary"): the signature of the
// statement above it. An agency's closing credit ("— The Canadian
// Press", "— AFP") and a credit of makers ("— With files from Jane
// Roe") are none.
func SignatureLine(text string) bool {
	text = strings.TrimSpace(text)
	if !dashSignature.MatchString(text) || ContributorLine(strings.TrimLeft(text, "—–- ")) {
		return false
	}
	last := text[strings.LastIndexByte(text, ' ')+1:]
	return strings.Contains(text, ", ") || unicode.IsLower(firstRuneOf(last))
}

// dashSignature is a dash, then a name and perhaps a role, with no stop:
// "– Heathrow spokesperson", "— Jane Roe, union secretary".
var dashSignature = &lazyregexp.Regexp{Expr: `^[—–-]\s*\p{Lu}[^.!?"“”:]{0,79}[^.!?"“”:—–\s-]$`}

// signatureWords is the most words a line signing a statement has.
const signatureWords = 8

// signatures marks as statements the lines that sign a reader's letter
// after its last sentence: the writer's name and their town, on two
// lines ("Maureen X" then "Thornbury") or one ("Dev Y, Alveston"). They
// name the letter's writer, whom a reader of a letters page searches.
func signatures(lines []Line, facts []lineFacts) {
	plain := func(i int) bool {
		f := facts[i]
		return !f.sentence && !f.chrome && !f.contact && !f.byline && !f.caption
	}
	endsLetter := func(i int) bool { return i == len(lines) || facts[i].sentence }
	for i := 1; i < len(lines); i++ {
		if !facts[i-1].sentence || !plain(i) {
			continue
		}
		text := strings.TrimSpace(lines[i].Text)
		switch {
		case signedName.MatchString(text) && i+1 < len(lines) && plain(i+1) && signedTown.MatchString(strings.TrimSpace(lines[i+1].Text)) && endsLetter(i+2):
			facts[i].entry, facts[i].signature = true, true
			facts[i+1].entry, facts[i+1].signature = true, true
			i++
		case signedNameTown.MatchString(text) && endsLetter(i+1):
			facts[i].entry, facts[i].signature = true, true
		}
	}
}

// LetterSigner reports whether line is a reader's letter's signature, its
// writer's name alone: two to four capitalised words ("Harriet Roe").
func LetterSigner(line string) bool { return signedName.MatchString(line) }

// LetterTown reports whether line is the town under a letter's signature:
// one to three capitalised words ("Alveston", "St Mabyn, Cornwall").
func LetterTown(line string) bool { return signedTown.MatchString(line) }

var (
	// signedName is a letter's writer: two to four capitalised words.
	signedName = &lazyregexp.Regexp{Expr: `^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$`}
	// signedTown is the writer's town: one to three capitalised words.
	signedTown = &lazyregexp.Regexp{Expr: `^\p{Lu}[\p{L}'’.-]+(?:,?\s+\p{Lu}[\p{L}'’.-]+){0,2}$`}
	// signedNameTown is both on one line: "Dev Raithatha, Alveston".
	signedNameTown = &lazyregexp.Regexp{Expr: `^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}$`}
)

// liveEntryWords is the fewest words of a live entry's title or key
// point: "Ferries cancelled on all CalMac routes".
const liveEntryWords = 4

// keyPointWords is the most words of a key point without its bullet.
const keyPointWords = 30

// liveTime is a live entry's time alone: "16:42", "9.45am", "08:15 GMT",
// numbered as a page copied as a list numbers it ("2. 16:05").
var liveTime = &lazyregexp.Regexp{Expr: `^(?:\d{1,3}\.\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\p{Lu}{2,5}|local time)?$`}

// liveEntryTitle is a live entry's time and title on one line: "16:42 -
// Trains suspended", "9.45am: Premier urges people to stay indoors".
var liveEntryTitle = &lazyregexp.Regexp{Expr: `^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\p{Lu}{2,5}|local time)?\s*(?:[-–—:|]\s+)\p{Lu}`}

// keyPointsLabel labels a live page's or an explainer's key points.
var keyPointsLabel = &lazyregexp.Regexp{Expr: `^(?i:key (?:points|events|facts|developments|moments|takeaways)|at a glance|what we know(?: so far)?|in brief|summary)[:.]?$`}

// resultRuns marks the lines of a vote's or a race's results given
// anywhere in the article, two or more in a row ("Jane Roe (Labour) —
// 12,408 votes, elected", "Turnout: 64.1%"), and the short line that
// titles them ("City mayoral election, December 27"): the candidates,
// parties and contest they name are the story's.
func resultRuns(lines []Line, facts []lineFacts) {
	for i := 0; i < len(lines); {
		k := i
		for k < len(lines) && !facts[k].chrome && !facts[k].contact && !facts[k].byline && (voteEntry.MatchString(strings.TrimSpace(lines[k].Text)) || matchEntry.MatchString(strings.TrimSpace(lines[k].Text)) || declaredEntry.MatchString(strings.TrimSpace(lines[k].Text))) {
			k++
		}
		if k-i < 2 {
			i++
			continue
		}
		for j := i; j < k; j++ {
			facts[j].result = true
		}
		if t := i - 1; t > 0 && !facts[t].sentence && !facts[t].chrome && !facts[t].contact && !facts[t].byline && facts[t].words <= entryTitleWords {
			facts[t].result = true
		}
		i = k
	}
}

// speakerLabels marks the lines that name who speaks the quotation of the
// next line, as "what they said" pages set them: "Max Verstappen, 1st,
// 1:14.572" above "“It has been a great day …”". They are the article's
// text, so that the name is read and the quotation given to it.
func speakerLabels(lines []Line, facts []lineFacts) {
	for i := 0; i+1 < len(lines); i++ {
		next := strings.TrimSpace(lines[i+1].Text)
		if (speakerLabel.MatchString(strings.TrimSpace(lines[i].Text)) || soundBite.MatchString(strings.TrimSpace(lines[i].Text))) && (strings.HasPrefix(next, "“") || strings.HasPrefix(next, "\"")) && !facts[i].chrome && !facts[i].byline {
			facts[i].result = true
		}
	}
}

// speakerLabel is a name of two to four words with a place and a time, or
// a place alone, after commas: "Max Verstappen, 1st, 1:14.572",
// "Lewis Hamilton (P1)".
var speakerLabel = &lazyregexp.Regexp{Expr: `^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?:,\s+(?:\d{1,2}(?:st|nd|rd|th)|P\d{1,2}|DNF|\d{1,2}:\d{2}(?:\.\d{1,3})?)){1,2}$|^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+\(P\d{1,2}\):?$`}

// soundBite is a video script's label over a speaker's words: "SOUNDBITE
// (Arabic) NAME, ROLE:", "SOUNDBITE(ENGLISH): NAME, ROLE", "SOT: NAME".
var soundBite = &lazyregexp.Regexp{Expr: `^(?:SOUNDBITE|SOUND BITE|SOT|UPSOUND|SOUNDBITES)\s*\d*\s*(?:\([\p{L} ,/-]{1,40}\))?\s*:?\s*\p{Lu}[^“”"]{2,160}$`}

// matchEntry is a line of a match's result: two players, pairs or
// teams, their countries and seeds perhaps, and the score ("Klára X
// (CZE) bt Ines Y (ESP, 1) 6-4 3-6 7-5", "A/B (POR) def. C/D (CAN) 7-5,
// 6-4", "X (POR) lost to Y (CAN) 3-6, 6-7 (4-7)"; "Leinster 24 Munster
// 17" is voteEntry's kin and not matched here).
var matchEntry = &lazyregexp.Regexp{Expr: `^\p{Lu}[\p{L}.'’/ -]{1,60}(?:\s+\([\p{L}\d, ]{2,20}\))?\s+(?:bt|beat|def\.?|d\.|defeated|lost to)\s+\p{Lu}[\p{L}.'’/ -]{1,60}(?:\s+\([\p{L}\d, ]{2,20}\))?(?:,?\s+\d{1,2}-\d{1,2}(?:\s?\(\d{1,2}(?:-\d{1,2})?\))?){1,5}(?:\s+\(?(?:ret|retired|w/o|walkover)\.?\)?)?$`}

// upNextHeading heads a game story's next games: "UP NEXT", "Up next:".
var upNextHeading = &lazyregexp.Regexp{Expr: `^(?i:up next):?$`}

// nextGameEntry is where a team plays next: "Jets: At Vancouver on
// Thursday night.", "Bucks: Host the Chicago Bulls on Thursday."
var nextGameEntry = &lazyregexp.Regexp{Expr: `^\p{Lu}[\p{L}.'’ ]{1,30}: (?:At|Host|Hosts|Visit|Visits|Vs\.?|Play|Plays) \S.{0,70}$`}

// voteEntry is a line of results, numbered or not: a name, its party or
// country perhaps, and a count, a share or a time ("Jane Roe (Labour) —
// 12,408 votes, elected", "2. Brian Roe (KEN) 2:03:41", "Turnout:
// 64.1%").
var voteEntry = &lazyregexp.Regexp{Expr: `^(?:\d{1,3}[.)]\s+)?\p{Lu}[\p{L}.'’ -]{1,60}(?:\s+\([\p{L} .-]{2,40}\))?\s*(?:[,:]|\s[—–-])?\s+` + entryMeasure + `(?:\s+votes?)?(?:,\s*\p{Ll}+)?\.?$`}

// bulletMarked reports whether a line opens with a list's mark: "- ",
// "• ", "* ".
func bulletMarked(line string) bool {
	line = strings.TrimSpace(line)
	return strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "• ") || strings.HasPrefix(line, "* ")
}

// courtCaseLine is a court report's closing line of the case's parties
// or bench: "Case Title: X v. State of Y", "Coram: Justice Z".
var courtCaseLine = &lazyregexp.Regexp{Expr: `^(?i:case title|case name|cause title|coram|bench|petitioner|respondent)s?\s*:\s*\S`}
