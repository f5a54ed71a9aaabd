package actors

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
	"github.com/kioskreader/kiosk/store/sanitize"
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
	lowered := w.lowered
	for _, t := range texts {
		from := len(all)
		all = tokenizeInto(all, t)
		toks := all[from:len(all):len(all)]
		tokenized = append(tokenized, toks)
		for _, tok := range toks {
			if tok.word && !tok.upper && !tok.digit && !tok.elision {
				lowered[tok.lower] = true
			}
		}
	}
	w.tokens, w.tokenized = all, tokenized
	g := loadGazetteer()
	found := w.found[:0]
	for n, toks := range tokenized {
		if len(toks) == 0 || isByline(toks) || isTitleCase(toks) {
			continue
		}
		s := scanner{toks: toks, lang: in.Lang, english: in.Lang == "en", lowered: lowered, para: n, g: g, out: found, buf: w.buf}
		base := len(found)
		for _, t := range toks {
			if t.word {
				s.words++
			}
		}
		s.scan()
		propagateLists(s.out[base:], toks)
		found, w.buf = s.out, s.buf
	}
	w.found = found
	return resolve(found)
}

// workspace holds the buffers of one extraction, reused by the next so that
// a folder of articles does not churn the garbage collector.
type workspace struct {
	texts     []string
	tokens    []token
	tokenized [][]token
	lowered   map[string]bool // words the article writes in lowercase
	found     []mention
	buf       []byte
}

var workspaces = sync.Pool{New: func() any { return &workspace{lowered: map[string]bool{}} }}

// release forgets the article's text and returns w to the pool; buffers
// grown by a very long article are dropped rather than kept.
func (w *workspace) release() {
	if cap(w.tokens) > 1<<16 {
		return
	}
	clear(w.texts)
	clear(w.tokens)
	clear(w.tokenized)
	clear(w.lowered)
	clear(w.found)
	workspaces.Put(w)
}

// isByline reports a paragraph that is only a short run of capitalized words:
// a byline ("Kim Lieu"), a masthead ("SGGPO"), a credit ("VNA/CVN").
func isByline(toks []token) bool {
	words := 0
	depth := 0
	for _, t := range toks {
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

// isTitleCase reports a line written In Title Case or in capitals, as some
// sites write headlines: capitals there say nothing about names, and the
// names come again in the body.
func isTitleCase(toks []token) bool {
	words, caps, small := 0, 0, 0
	for _, t := range toks {
		if !t.word || t.digit {
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
	return words >= 5 && caps*10 >= words*8 && small >= 1
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
		t := toks[k]
		if t.text != "," && !t.has(isListJoins) && !(k > from && (t.has(isListArticles) || isConnector(t.lower) || t.elision)) {
			return false
		}
	}
	return true
}

// candidate is every mention of one name (one folded key).
type candidate struct {
	key      string
	forms    []string // surface forms, first seen first
	keys     []string // folded words of forms[0], once needed
	inits    string   // initials of forms[0], once needed
	code     string   // ISO code when the name is a country's
	count    []int    // mentions per form
	aliases  []string
	votes    [nVotes]int
	words    int
	mentions int
	first    int
	initial  bool // every mention is a sentence's first word
	inner    bool // every mention lacks a default kind
	kind     int
	into     *candidate // merged into another candidate
}

func resolve(ms []mention) []Actor {
	g := loadGazetteer()
	byKey := map[string]*candidate{}
	var order []*candidate
	for n, m := range ms {
		c := byKey[m.key]
		if c == nil {
			c = &candidate{key: m.key, first: n, words: m.words, initial: true, inner: true, kind: -1}
			byKey[m.key] = c
			order = append(order, c)
		}
		c.addForm(m.text)
		if m.alias != "" && m.alias != m.text {
			c.aliases = appendNew(c.aliases, m.alias)
		}
		for k := range m.votes {
			c.votes[k] += m.votes[k]
		}
		c.mentions++
		c.initial = c.initial && m.initial
		c.inner = c.inner && m.noDefault
	}
	for _, c := range order {
		c.lookup(g)
		c.kind = c.decide()
	}
	joinCountries(order, g)
	joinOrgPrefixes(order)
	joinExpansions(order, byKey, ms)
	joinSurnames(order)
	joinAcronyms(order)
	var out []Actor
	for _, c := range order {
		if c.into != nil || c.kind < 0 {
			continue
		}
		out = append(out, c.actor())
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Mentions > out[b].Mentions })
	return out
}

func (c *candidate) addForm(f string) {
	for k, x := range c.forms {
		if x == f {
			c.count[k]++
			return
		}
	}
	c.forms = append(c.forms, f)
	c.count = append(c.count, 1)
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
	form := c.forms[0]
	lower := ""
	if c.words == 1 {
		lower = strings.ToLower(form)
	}
	acronym := c.words == 1 && isAcronym(form)
	e := g.get(c.key)
	if r, _ := utf8.DecodeRuneInString(c.key); e.kind == 0 && isCyrillicRune(r) {
		if st := nameStem(form); utf8.RuneCountInString(st) >= 4 {
			e = g.stems[st] // "России", "Южном Судане"
		}
	}
	c.code = e.code
	switch {
	case e.kind&gOrg != 0 && !(c.words == 1 && functionWords[lower] && !isAcronym(form)):
		c.votes[vOrg] += strong
	case e.kind&gRegion != 0:
		c.votes[vPlace] += strong
	case e.code != "" && (len([]rune(c.key)) > 3 || acronym):
		c.votes[vPlace] += strong
	case e.kind&gPlace != 0 && !functionWords[lower] && (!acronym || len(c.key) >= 5): // "HANOI"
		c.votes[vPlace] += medium
	case acronym:
		c.votes[vOrg] += medium // outweighs a verb after it: "BIDV said"
	case c.words == 1 && orgSuffix(c.key):
		c.votes[vOrg] += weak // "Vietcombank", "Vingroup"
	case c.words >= 2 && g.get(firstWordKey(form)).kind == gOrg:
		c.votes[vOrg] += medium // "Samsung Electronics", "LG Display"
	}
}

func firstWordKey(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return fold.Key(w)
}

// orgSuffix reports a company name glued to its generic word.
func orgSuffix(key string) bool {
	for _, suf := range []string{"bank", "group", "corp", "land", "soft", "airlines"} {
		if len(key) > len(suf)+2 && strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r > 0x7f && strings.ToUpper(string(r)) != string(r) {
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
	if c.words >= 2 && !c.inner {
		return vPerson
	}
	return -1
}

// joinSurnames merges a name that ends a person's fuller name into it:
// "Trump" and "M. Trump" into "Donald Trump".
func joinSurnames(order []*candidate) {
	for _, c := range order {
		if c.kind == vOrg || c.kind == vOther || c.votes[vPlace] >= strong {
			continue
		}
		var target *candidate
		for _, p := range order {
			if p == c || p.kind != vPerson || p.words <= c.words || p.into != nil {
				continue
			}
			if endsWithWords(p.wordKeys(), c.wordKeys()) {
				if target != nil && target != p {
					target = nil // ambiguous: two people share the surname
					break
				}
				target = p
			}
		}
		if target == nil && c.words == 1 {
			target = firstNameOf(order, c) // "Ito" for "Ito Naoki", "Xi" for "Xi Jinping"
		}
		if target != nil {
			target.absorb(c)
		}
	}
}

// firstNameOf finds the one person whose name begins with c's single word.
func firstNameOf(order []*candidate, c *candidate) *candidate {
	var target *candidate
	for _, p := range order {
		if p == c || p.kind != vPerson || p.words < 2 || p.into != nil {
			continue
		}
		if fw := p.wordKeys(); fw[0] == c.key {
			if target != nil {
				return nil
			}
			target = p
		}
	}
	return target
}

// wordKeys returns the folded words of the candidate's first form.
func (c *candidate) wordKeys() []string {
	if c.keys == nil {
		for _, w := range strings.Fields(c.forms[0]) {
			c.keys = append(c.keys, fold.Key(w))
		}
	}
	return c.keys
}

// endsWithWords reports whether the words full ends with the words short.
func endsWithWords(full, short []string) bool {
	if len(short) >= len(full) || len(short) == 0 {
		return false
	}
	tail := full[len(full)-len(short):]
	same := true
	for k := range short {
		same = same && tail[k] == short[k]
	}
	if same || len(short) != 1 {
		return same
	}
	// Russian and Ukrainian decline surnames: "Путина" is Путин's
	st, ss := wordStem(tail[0]), wordStem(short[0])
	return st != "" && st == ss
}

// joinCountries merges the forms of one country: "Україна" and "України",
// "USA" and "États-Unis".
func joinCountries(order []*candidate, g *gazetteer) {
	seen := map[string]*candidate{}
	for _, c := range order {
		if c.kind != vPlace {
			continue
		}
		code := c.code
		if code == "" {
			continue
		}
		if p := seen[code]; p != nil {
			p.absorb(c)
			continue
		}
		seen[code] = c
	}
}

// joinOrgPrefixes merges an organization named by the start of a longer
// one into it: "Comité populaire de la ville" into "Comité populaire de la
// ville de Hue".
func joinOrgPrefixes(order []*candidate) {
	for _, c := range order {
		if c.kind != vOrg || c.words < 2 || c.into != nil {
			continue
		}
		for _, p := range order {
			if p != c && p.kind == vOrg && p.into == nil && p.words > c.words && strings.HasPrefix(p.forms[0], c.forms[0]+" ") {
				p.absorb(c)
				break
			}
		}
	}
}

// joinExpansions merges an acronym into the name it follows in parentheses:
// "Agence japonaise de coopération internationale (JICA)".
func joinExpansions(order []*candidate, byKey map[string]*candidate, ms []mention) {
	for _, m := range ms {
		if m.expands == "" {
			continue
		}
		c, p := byKey[m.key], byKey[m.expands]
		if c == nil || p == nil || c == p || c.into != nil || p.into != nil || p.kind != vOrg {
			continue
		}
		p.absorb(c)
	}
}

// joinAcronyms merges an acronym into the name whose initials it spells.
func joinAcronyms(order []*candidate) {
	for _, c := range order {
		if c.words != 1 || c.into != nil || !isAcronym(c.forms[0]) {
			continue
		}
		for _, p := range order {
			if p != c && p.into == nil && p.words >= 2 && p.kind >= 0 && p.initials() == c.key {
				p.absorb(c)
				break
			}
		}
	}
}

func (c *candidate) initials() string {
	if c.inits == "" {
		c.inits = initials(c.forms[0])
	}
	return c.inits
}

func initials(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if isConnector(strings.ToLower(w)) || functionWords[strings.ToLower(w)] {
			continue
		}
		b.WriteString(fold.Key(string([]rune(w)[:1])))
	}
	return b.String()
}

func (p *candidate) absorb(c *candidate) {
	c.into = p
	for _, f := range c.forms {
		p.aliases = appendNew(p.aliases, f)
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
	name, most := c.forms[0], c.count[0]
	for k, f := range c.forms {
		if c.count[k] > most {
			name, most = f, c.count[k]
		}
	}
	a := Actor{Name: sanitize.Line(name), Kind: kinds[c.kind], Aliases: []string{}, Mentions: c.mentions}
	for _, f := range c.forms {
		if f != name {
			a.Aliases = append(a.Aliases, sanitize.Line(f))
		}
	}
	for _, f := range c.aliases {
		if f != name {
			a.Aliases = appendNew(a.Aliases, sanitize.Line(f))
		}
	}
	return a
}
