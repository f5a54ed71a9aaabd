package actors

// Resolving: the mentions of one name become a candidate, whose kind is
// the one with the most evidence; candidates become actors.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// candidate is every mention of one name (one folded key).
type candidate struct {
	key       string
	forms     []form   // surface forms, first seen first
	keys      []string // folded words of forms[0], once keyed
	keyed     bool
	inits     string // initials of forms[0], once needed
	code      string // ISO code when the name is a country's
	aliases   []string
	votes     [nVotes]int
	words     int
	mentions  int
	first     int
	initial   bool // every mention is a sentence's first word
	inner     bool // every mention lacks a default kind
	kind      int
	noNames   int        // mentions the tagger is sure are no name
	personish int        // mentions shaped like a person's name
	firstName bool       // a mention begins with a first name from the lists
	guessed   bool       // a person for want of any evidence
	absorbed  int        // candidates joined into this one
	term      bool       // an acronym of lowercase words: no name
	into      *candidate // merged into another candidate
}

// form is one surface form of a candidate and how often it is written.
type form struct {
	text  string
	count int
}

// resolver holds the candidates of one article. Its buffers are kept for
// the next article: most articles have a few dozen candidates, and
// allocating each anew was a fifth of the extraction's time.
type resolver struct {
	texts  [][]token // the article's tokens, for club
	lang   string    // the article's language
	sporty int8      // 0 not asked yet, 1 an article about football, 2 not
	byKey  map[string]*candidate
	cands  []candidate
	order  []*candidate
}

// newCandidate returns a fresh candidate, reusing the slices of the one that
// sat in its place for the previous article.
func (r *resolver) newCandidate(m mention, n int) *candidate {
	c := &r.cands[len(r.order)]
	*c = candidate{forms: c.forms[:0], keys: c.keys[:0], aliases: c.aliases[:0],
		key: m.key, first: n, words: m.words, initial: true, inner: true, kind: -1}
	r.byKey[m.key] = c
	r.order = append(r.order, c)
	return c
}

// reset forgets the article's strings, keeping the buffers.
func (r *resolver) reset() {
	for k := range r.order {
		c := &r.cands[k]
		clear(c.forms)
		clear(c.keys)
		clear(c.aliases)
		*c = candidate{forms: c.forms[:0], keys: c.keys[:0], aliases: c.aliases[:0]}
	}
	clear(r.order)
	r.order = r.order[:0]
	clear(r.byKey)
	r.texts, r.sporty = nil, 0
}

func (r *resolver) resolve(ms []mention) []Actor {
	g := loadGazetteer()
	if r.byKey == nil {
		r.byKey = map[string]*candidate{}
	}
	if len(r.cands) < len(ms) { // at most one candidate per mention: never moved once taken
		r.cands = make([]candidate, len(ms))
	}
	r.order = r.order[:0]
	byKey := r.byKey
	for n, m := range ms {
		c := byKey[m.key]
		if c == nil {
			c = r.newCandidate(m, n)
		}
		c.addForm(m.text)
		if m.alias != "" && m.alias != m.text {
			c.aliases = appendNew(c.aliases, m.alias)
		}
		for k := range m.votes {
			c.votes[k] += m.votes[k]
		}
		if m.noName {
			c.noNames++
		}
		if m.personish {
			c.personish++
		}
		c.firstName = c.firstName || m.firstName
		c.term = c.term || m.term
		c.mentions++
		c.initial = c.initial && m.initial
		c.inner = c.inner && m.noDefault
	}
	order := r.order
	for _, c := range order {
		c.lookup(g)
		r.club(c)
		c.kind = c.decide()
		if c.term && c.votes[vOrg] <= medium && c.votes[vPlace] == 0 && c.votes[vPerson] == 0 {
			c.kind = -1 // only the acronym's own default vote said it was a body
		}
	}
	vnBarePlaces(order)
	joinCountries(order, g)
	if r.lang == "de" {
		joinGenitives(order, byKey)
	}
	joinOrgPrefixes(order)
	joinExpansions(order, byKey, ms)
	joinInflected(order)
	joinCases(order)
	joinSurnames(order)
	joinAcronyms(order)
	dropGuesses(order)
	kept := order[:0]
	for _, c := range order {
		if c.into == nil && c.kind >= 0 {
			kept = append(kept, c)
		}
	}
	// most mentioned first; then in order of first appearance, any form
	// counting (no two candidates share a first mention: the order is total)
	slices.SortFunc(kept, func(a, b *candidate) int {
		if a.mentions != b.mentions {
			return b.mentions - a.mentions
		}
		return a.first - b.first
	})
	out := make([]Actor, 0, len(kept))
	for _, c := range kept {
		out = append(out, c.actor())
	}
	return out
}

func (c *candidate) addForm(f string) {
	for k := range c.forms {
		if c.forms[k].text == f {
			c.forms[k].count++
			return
		}
	}
	c.forms = append(c.forms, form{f, 1})
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// lookup adds the gazetteers' evidence.
func (c *candidate) lookup(g *gazetteer) {
	form := c.forms[0].text
	// a function word alone: "" for names of several words, which none is
	functionWord := func() bool {
		var buf [32]byte
		return c.words == 1 && lookupLexicon(string(appendLower(buf[:0], form)))&isFunctionWords != 0
	}
	acronym := c.words == 1 && isAcronym(form)
	e := g.get(c.key)
	if r, _ := utf8.DecodeRuneInString(c.key); e.kind == 0 && isCyrillicRune(r) {
		if c.words == 1 {
			e = g.wordEntry(form)
		} else if st := nameStem(form); utf8.RuneCountInString(st) >= 4 {
			e = g.stems[st] // "России", "Южном Судане"
		}
	}
	c.code = e.code
	switch {
	case e.kind&gOrg != 0 && !(functionWord() && !isAcronym(form)):
		c.votes[vOrg] += strong
	case e.kind&gRegion != 0:
		c.votes[vPlace] += strong
	case e.code != "" && (len([]rune(c.key)) > 3 || acronym):
		c.votes[vPlace] += strong
	case e.kind&gPlace != 0 && !functionWord() && (!acronym || len(c.key) >= 5): // "HANOI"
		c.votes[vPlace] += medium
	case acronym && acronymKind(form) == vPlace:
		c.votes[vPlace] += strong // "HCMC"
	case acronym && acronymKind(form) < 0:
		c.votes[vOrg] += medium // outweighs a verb after it: "BIDV said"
	case c.words == 1 && orgSuffix(c.key):
		c.votes[vOrg] += weak // "Vietcombank", "Vingroup"
	case c.words >= 2 && g.firstWord(form).kind == gOrg:
		c.votes[vOrg] += medium // "Samsung Electronics", "LG Display"
	}
}

// firstWord returns what the first word of name is, without allocating.
func (g *gazetteer) firstWord(name string) entry {
	w, _, _ := strings.Cut(name, " ")
	var buf [64]byte
	e, _ := lookupName(g, fold.AppendBytes(buf[:0], w))
	return e
}

// orgSuffix reports a company name glued to its generic word.
func orgSuffix(key string) bool {
	for _, suf := range []string{"bank", "group", "corp", "land", "soft", "airlines",
		"ministerium", "partei", "gesellschaft", "behorde", "verband", "agentur", "konzern"} {
		if len(key) > len(suf)+2 && strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r > 0x7f && unicode.ToUpper(r) != r {
			return false
		}
		letters++
	}
	return letters >= 2 && letters <= 8
}

// decide picks the kind with the most evidence; without any, a name of
// several words is a person and a single word is dropped (-1).
func (c *candidate) decide() int {
	best, score := -1, 0
	for k, v := range c.votes {
		if v > score {
			best, score = k, v
		}
	}
	if best >= 0 {
		return best
	}
	// the rules' guess, unless the tagger is sure most mentions are no
	// name: a job title, a headline, a capitalized noun; a first name at
	// its head outweighs the tagger ("Laurent Fabius")
	if c.words >= 2 && !c.inner && (c.noNames*2 <= c.mentions || c.firstName) {
		c.guessed = true
		return vPerson
	}
	return -1
}

// personNeedsSign drops a name guessed to be a person (no cue around it,
// no gazetteer) unless something says it is one: a given name first, a
// Vietnamese name's shape, the tagger's person tag at any margin, or a
// surname of it written alone elsewhere. Runs of capitalized words are
// as often a headline's words, a German adjective and noun, or a body
// named without its generic word.
var personNeedsSign = true

func dropGuesses(order []*candidate) {
	if !personNeedsSign {
		return
	}
	for _, c := range order {
		if c.guessed && c.into == nil && c.kind == vPerson && c.personish == 0 && c.absorbed == 0 {
			c.kind = -1
		}
	}
}

func (p *candidate) absorb(c *candidate) {
	p.absorbed++
	c.into = p
	for _, f := range c.forms {
		p.aliases = appendNew(p.aliases, f.text)
	}
	for _, a := range c.aliases {
		p.aliases = appendNew(p.aliases, a)
	}
	p.mentions += c.mentions
	if c.first < p.first {
		p.first = c.first
	}
	if p.kind < 0 {
		p.kind = c.kind
	}
}

var kinds = [nVotes]Kind{Person, Organization, Place, Other}

func (c *candidate) actor() Actor {
	name, most := c.forms[0].text, c.forms[0].count
	for _, f := range c.forms {
		if f.count > most {
			name, most = f.text, f.count
		}
	}
	a := Actor{Name: sanitize.Line(name), Kind: kinds[c.kind], Aliases: []string{}, Mentions: c.mentions}
	for _, f := range c.forms {
		if f.text != name {
			a.Aliases = append(a.Aliases, sanitize.Line(f.text))
		}
	}
	for _, f := range c.aliases {
		if f != name {
			a.Aliases = appendNew(a.Aliases, sanitize.Line(f))
		}
	}
	return a
}
