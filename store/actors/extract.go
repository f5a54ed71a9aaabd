package actors

import (
	"sync"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// Extract finds the actors an article names. It is pure and deterministic:
// the same input gives the same actors in the same order, sorted by mentions
// then first appearance. Aliases are never nil.
func Extract(in Input) []Actor {
	w := workspaces.Get().(*workspace)
	defer w.release()
	texts := append(w.texts[:0], in.Title)
	texts = append(texts, in.Paragraphs...)
	texts = append(texts, in.Captions...)
	w.texts = texts

	size := 0
	for _, t := range texts {
		size += len(t)
	}
	all := w.tokens[:0]
	tokenized := w.tokenized[:0]
	for _, t := range texts {
		from := len(all)
		all = tokenizeInto(all, t)
		tokenized = append(tokenized, all[from:len(all):len(all)])
	}
	w.tokens, w.tokenized = all, tokenized
	lowered := &w.lowered
	lowered.texts = tokenized
	g := loadGazetteer()
	found := w.found[:0]
	for n, toks := range tokenized {
		if len(toks) == 0 || isByline(toks) {
			continue
		}
		words, titleCase := countWords(toks)
		if titleCase || in.Lang == "id" && indonesianHeadline(toks) {
			continue
		}
		s := scanner{toks: toks, lang: in.Lang, english: in.Lang == "en", lowered: lowered, para: n, g: g, out: found, buf: w.buf, runKey: w.runKey, stemBuf: w.stemBuf}
		s.words = words
		base := len(found)
		m := loadModel()
		if m != nil {
			s.tags, s.sure = w.tagParagraph(m, toks, g)
		}
		if !tagOnly {
			s.scan()
		}
		if m != nil {
			tags, sure := s.tags, s.sure
			voteTags(s.out[base:], tags, sure)
			if tagAdd {
				s.addTagged(base, tags, sure)
			}
		}
		propagateLists(s.out[base:], toks)
		found, w.buf, w.runKey, w.stemBuf = s.out, s.buf, s.runKey, s.stemBuf
	}
	w.found = found
	if explain != nil {
		explain(found)
	}
	w.resolver.texts = tokenized
	w.resolver.lang = in.Lang
	return w.resolve(found)
}

// explain, set by TestExplain only, sees an article's mentions before they
// are resolved.
var explain func([]mention)

// workspace holds the buffers of one extraction, reused by the next so that
// a folder of articles does not churn the garbage collector.
type workspace struct {
	texts     []string
	tokens    []token
	tokenized [][]token
	lowered   lowercaseWords
	found     []mention
	buf       []byte
	runKey    []byte
	stemBuf   []byte
	// the tagger's buffers
	taggerToks []tagger.Token
	seq        tagger.Sequence
	tags       []tagger.Tag
	sure       []int32
	resolver
}

var workspaces = sync.Pool{New: func() any { return &workspace{lowered: lowercaseWords{set: map[string]bool{}}} }}

// release forgets the article's text and returns w to the pool; buffers
// grown by a very long article are dropped rather than kept.
func (w *workspace) release() {
	if cap(w.tokens) > 1<<16 {
		return
	}
	clear(w.texts)
	clear(w.tokens)
	clear(w.tokenized)
	w.lowered.reset()
	clear(w.found)
	clear(w.taggerToks)
	w.resolver.reset()
	workspaces.Put(w)
}

// lowercaseWords answers whether an article writes a word in lowercase
// somewhere. An article asks a handful of times, so the first questions
// are answered by reading its words; only an article that keeps asking
// pays for a set of them.
type lowercaseWords struct {
	texts [][]token // the article's tokens
	asked int
	built bool
	set   map[string]bool
}

// lowercaseScans is how many questions are answered by reading the words.
const lowercaseScans = 16

func (l *lowercaseWords) has(w string) bool {
	if l.asked < lowercaseScans {
		l.asked++
		for _, toks := range l.texts {
			for k := range toks {
				if t := &toks[k]; t.lower == w && lowercaseWord(t) {
					return true
				}
			}
		}
		return false
	}
	if !l.built {
		for _, toks := range l.texts {
			for k := range toks {
				if t := &toks[k]; lowercaseWord(t) {
					l.set[t.lower] = true
				}
			}
		}
		l.built = true
	}
	return l.set[w]
}

func lowercaseWord(t *token) bool { return t.word && !t.upper && !t.digit && !t.elision }

func (l *lowercaseWords) reset() {
	l.texts = nil
	l.asked = 0
	l.built = false
	clear(l.set)
}

// isByline reports a paragraph that is only a short run of capitalized words:
// a byline ("Kim Lieu"), a masthead ("SGGPO"), a credit ("VNA/CVN").
func isByline(toks []token) bool {
	words := 0
	depth := 0
	for k := range toks {
		t := &toks[k]
		switch {
		case t.text == "(":
			depth++
		case t.text == ")":
			depth--
		case t.word && depth == 0:
			if !t.upper && !t.digit {
				return false
			}
			words++
		case !t.word && (t.text == "." || t.text == "," || t.text == ":"):
			return false
		}
	}
	return words > 0 && words <= 4
}

// countWords counts the words of a paragraph, and reports whether it is
// written In Title Case or in capitals, as some sites write headlines:
// capitals there say nothing about names, and the names come again in the
// body.
func countWords(toks []token) (all int, titleCase bool) {
	words, caps, small := 0, 0, 0 // words here leave out numbers
	for k := range toks {
		t := &toks[k]
		if !t.word {
			continue
		}
		all++
		if t.digit {
			continue
		}
		words++
		if t.upper {
			caps++
			if t.has(isFunctionWords) && len(t.text) <= 4 {
				small++ // "For", "Of", "The", "Aux"
			}
		}
	}
	return all, words >= 5 && caps*10 >= words*8 && small >= 1
}

// propagateLists gives every name of a list the kind that a plural generic
// word before or after the list gives: "communes de Phu Lam, Tan Phu, Phu Hoa
// et Dinh Quan", "Nguyen Cong Tru, ..., Yersin streets".
func propagateLists(ms []mention, toks []token) {
	for a := 0; a < len(ms); {
		b := a + 1
		for b < len(ms) && ms[b].para == ms[b-1].para && onlyJoins(toks, ms[b-1].to, ms[b].from) {
			b++
		}
		if b-a >= 2 {
			shareKind(ms[a:b])
			kind := ms[a].listHead
			if ms[b-1].listTail >= 0 {
				kind = ms[b-1].listTail
			}
			if kind >= 0 {
				for k := a; k < b; k++ {
					ms[k].votes[kind] += strong
				}
			}
		}
		a = b
	}
}

// shareKind gives a single word with no evidence of its own the kind of the
// names it is listed with: "Siemens und die Deutsche Bank".
func shareKind(list []mention) {
	var sum [nVotes]int
	for _, m := range list {
		for k, v := range m.votes {
			if v >= strong {
				sum[k]++
			}
		}
	}
	best, n := -1, 0
	for k, v := range sum {
		if v > n {
			best, n = k, v
		} else if v == n {
			best = -1 // mixed lists say nothing
		}
	}
	if best < 0 || best == vOther {
		return
	}
	for k := range list {
		if list[k].words == 1 && !list[k].initial && list[k].votes == [nVotes]int{} {
			list[k].votes[best] += weak
		}
	}
}

// onlyJoins reports whether toks[from:to] holds only commas and conjunctions.
func onlyJoins(toks []token, from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		t := &toks[k]
		if t.text != "," && !t.has(isListJoins) && !(k > from && (t.has(isListArticles) || isConnector(t.lower) || t.elision)) {
			return false
		}
	}
	return true
}
