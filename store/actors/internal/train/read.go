package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// source is one line of the manifest.
type source struct {
	file, lang, format, sha256 string
}

// sentence is one annotated sentence of a corpus.
type sentence struct {
	lang  string
	words []string
	tags  []tagger.Tag
	doc   map[string]bool // the words its document writes in lowercase
}

// docSize is how many sentences in a row stand for one article, for the
// words an article writes in lowercase.
const docSize = 30

// markDocs gives each run of docSize sentences the set of their lowercase
// words.
func markDocs(sents []sentence) {
	for at := 0; at < len(sents); at += docSize {
		doc := map[string]bool{}
		chunk := sents[at:min(len(sents), at+docSize)]
		for _, st := range chunk {
			for _, w := range st.words {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
					doc[w] = true
				}
			}
		}
		for k := range chunk {
			chunk[k].doc = doc
		}
	}
}

func readManifest(path string) ([]source, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []source
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			return nil, fmt.Errorf("%s:%d: want file, lang, format, sha256", path, n+1)
		}
		out = append(out, source{file: f[0], lang: f[1], format: f[2], sha256: f[3]})
	}
	return out, nil
}

// readSource reads one corpus file after checking that it is the one the
// manifest names.
func readSource(dir string, s source) ([]sentence, error) {
	data, err := os.ReadFile(filepath.Join(dir, s.file))
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	if got := hex.EncodeToString(sum[:]); got != s.sha256 {
		return nil, fmt.Errorf("%s: sha256 %s, the manifest says %s", s.file, got, s.sha256)
	}
	var word, label func(f []string) string
	switch s.format {
	case "bio": // "word TAG", no sentence breaks
		word, label = func(f []string) string { return f[0] }, func(f []string) string { return f[len(f)-1] }
	case "conll4": // "word X B-X TAG", blank lines between sentences
		word, label = func(f []string) string { return f[0] }, func(f []string) string { return f[len(f)-1] }
	case "uner": // "n<TAB>word<TAB>TAG<TAB>-<TAB>-", comments, blank lines
		word, label = func(f []string) string { return f[1] }, func(f []string) string { return f[2] }
	default:
		return nil, fmt.Errorf("%s: unknown format %q", s.file, s.format)
	}
	var out []sentence
	cur := sentence{lang: s.lang}
	flush := func() {
		if len(cur.words) > 0 {
			cur.tags = toIOB2(cur.tags)
			out = append(out, cur)
		}
		cur = sentence{lang: s.lang}
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if s.format == "uner" && strings.HasPrefix(line, "#") {
			continue
		}
		var f []string
		if s.format == "uner" {
			f = strings.Split(line, "\t")
			if len(f) < 3 {
				continue
			}
		} else {
			f = strings.Fields(line)
			if len(f) < 2 {
				continue
			}
		}
		w := word(f)
		if w == "-DOCSTART-" { // a CoNLL document break, no word
			flush()
			continue
		}
		cur.words = append(cur.words, w)
		cur.tags = append(cur.tags, parseTag(label(f)))
		// a corpus without sentence breaks is cut after each full stop
		if s.format == "bio" && (w == "." || w == "!" || w == "?") || len(cur.words) >= 200 {
			flush()
		}
	}
	flush()
	markDocs(out)
	return out, sc.Err()
}

// parseTag reads "B-PER", "I-LOC", "B-OTH"… Kinds other than person,
// organization and place are MISC.
func parseTag(s string) tagger.Tag {
	prefix, kind, ok := strings.Cut(s, "-")
	if !ok || (prefix != "B" && prefix != "I") {
		return tagger.O
	}
	k, named := kindNames[kind]
	if !named {
		k = tagger.Misc
	}
	return tagger.TagOf(k, prefix == "B")
}

// kindNames are the corpora's names of the three kinds kiosk reports:
// CoNLL's, and NERGrit's longer ones.
var kindNames = map[string]tagger.Kind{
	"PER": tagger.Person, "PERSON": tagger.Person,
	"ORG": tagger.Organization, "ORGANISATION": tagger.Organization, "ORGANIZATION": tagger.Organization,
	"LOC": tagger.Place, "PLACE": tagger.Place, "LOCATION": tagger.Place,
}

// toIOB2 makes every name begin with a B- tag: some corpora write I- for
// every word and B- only between two names that touch (IOB1).
func toIOB2(tags []tagger.Tag) []tagger.Tag {
	prev := tagger.O
	for k, t := range tags {
		if t != tagger.O && !t.Begins() && prev.Kind() != t.Kind() {
			tags[k] = tagger.TagOf(t.Kind(), true)
		}
		prev = tags[k]
	}
	return tags
}
