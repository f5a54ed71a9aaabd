package index

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Errors a query can be answered with. Every other input is a valid query.
var (
	ErrEmptyQuery   = errors.New("nothing to search for: type a word")
	ErrOnlyExcluded = errors.New("nothing to search for: every word is excluded with '-'; add one to look for")
	ErrLongQuery    = errors.New("the query has too many words (at most 32)")
)

const maxClauses = 32

// fields maps what a person types before ':' to the FTS column it searches.
var fields = map[string]string{
	"title":  "title",
	"source": "source",
	"site":   "source",
	"lang":   "lang",
	"actor":  "actors",
	"actors": "actors",
}

// clause is one word, phrase or prefix of a query, already folded into the
// words the index holds.
type clause struct {
	column string // "" for any column
	words  []string
	prefix bool // the last word is a prefix
	neg    bool
	quoted bool   // "in quotes": the exact form only
	code   string // for actor: a country, its ISO code (lower case)
	// ends, when set, is every word of the index that the prefix starts
	// (prefix.go): the clause is written with those words instead.
	ends []string
}

// Query is a parsed search. Its MATCH expression quotes every word, so no
// input can reach FTS5 as syntax.
type Query struct {
	groups [][]clause // all groups required; the clauses of a group are OR-ed
	neg    []clause
	dates  DateRange // date: clauses, see date_query.go
}

// ParseQuery reads what a person typed: words (all required), "quoted
// phrases", prefixes (négoc*), -excluded words, A OR B, and the fields
// title:, source:, lang: and actor:. Anything it cannot read as syntax it
// reads as words; a dangling OR is ignored.
func ParseQuery(s string) (Query, error) {
	var q Query
	or := false
	n := 0
	for rest := s; ; {
		if r, next, ok, err := takeDate(rest); ok {
			if err != nil {
				return Query{}, err
			}
			q.dates, rest = q.dates.and(r), next
			continue
		}
		c, isOr, next, ok := nextClause(rest)
		if !ok {
			break
		}
		rest = next
		switch {
		case isOr:
			or = true
			continue
		case c.words == nil:
			continue
		}
		if n += len(c.words); n > maxClauses { // a phrase counts each of its words
			return Query{}, ErrLongQuery
		}
		if c.neg {
			q.neg = append(q.neg, c)
		} else if or && len(q.groups) > 0 {
			last := len(q.groups) - 1
			q.groups[last] = append(q.groups[last], c)
		} else {
			q.groups = append(q.groups, []clause{c})
		}
		or = false
	}
	switch {
	case len(q.groups) == 0 && len(q.neg) > 0:
		return Query{}, ErrOnlyExcluded
	case len(q.groups) == 0 && !q.dates.set:
		return Query{}, ErrEmptyQuery
	}
	return q, nil
}

// nextClause reads one clause from s. It returns ok=false at the end of s,
// isOr for a bare uppercase OR, and a clause with nil words for input that
// holds no word at all (a lone "-" or "*").
func nextClause(s string) (c clause, isOr bool, rest string, ok bool) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if s == "" {
		return c, false, "", false
	}
	if s[0] == '-' {
		c.neg = true
		s = s[1:]
	}
	if col, after, found := fieldPrefix(s); found {
		c.column, s = col, after
	}
	var raw string
	if strings.HasPrefix(s, `"`) {
		c.quoted = true
		end := strings.IndexByte(s[1:], '"')
		if end < 0 { // unbalanced: the phrase runs to the end
			raw, s = s[1:], ""
		} else {
			raw, s = s[1:1+end], s[2+end:]
		}
		if strings.HasPrefix(s, "*") {
			c.prefix = true
			s = strings.TrimLeft(s, "*")
		}
	} else {
		end := strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '"' })
		if end < 0 {
			end = len(s)
		}
		raw, s = s[:end], s[end:]
		if raw == "OR" && !c.neg && c.column == "" {
			return c, true, s, true
		}
		trimmed := strings.TrimRight(raw, "*")
		c.prefix = trimmed != raw
		raw = trimmed
	}
	c.words = words(raw)
	if len(c.words) == 0 {
		c.words = nil
	}
	if len(c.words) == 1 && isDenseUnit(c.words[0]) {
		c.prefix = true // one character of Chinese, say: the pairs it begins
	}
	if c.column == "actors" {
		c.code = countryOf(raw)
	}
	return c, false, s, true
}

// isDenseUnit tells a word that is one character of a dense script (with
// its marks): the index holds it only inside pairs.
func isDenseUnit(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !dense(r) {
		return false
	}
	for _, m := range w[size:] {
		if !unicode.Is(unicode.M, m) {
			return false
		}
	}
	return true
}

// fieldPrefix recognises "title:" and the like directly followed by what it
// applies to; "title:" alone, or followed by a space, is the word "title".
func fieldPrefix(s string) (column, rest string, ok bool) {
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 8 {
		return "", s, false
	}
	col, known := fields[strings.ToLower(s[:i])]
	if !known {
		return "", s, false
	}
	after := s[i+1:]
	r, _ := utf8.DecodeRuneInString(after)
	if after == "" || unicode.IsSpace(r) {
		return "", s, false
	}
	return col, after, true
}

// Match is the FTS5 MATCH expression: every phrase is quoted and holds only
// word characters, so it is always valid syntax. Each plain word also finds
// its other forms (see stem.go) and an actor: country its other names.
func (q Query) Match() string { return q.expr(true, false) }

// String shows the query as understood, for messages: its exact words.
func (q Query) String() string { return q.expr(false, false) }

// expr writes the query with or without word forms; onlyForms asks for the
// articles that match only through a form (none with every word exact).
func (q Query) expr(forms, onlyForms bool) string {
	var b strings.Builder
	if onlyForms || len(q.neg) > 0 {
		b.WriteString("(")
	}
	if onlyForms {
		b.WriteString("(")
	}
	q.writeGroups(&b, forms)
	if onlyForms {
		b.WriteString(") NOT (")
		q.writeGroups(&b, false)
		b.WriteString(")")
	}
	if onlyForms || len(q.neg) > 0 {
		b.WriteString(")")
	}
	if len(q.neg) > 0 {
		b.WriteString(" NOT ")
		writeGroup(&b, q.neg, true)
	}
	return b.String()
}

func (q Query) writeGroups(b *strings.Builder, forms bool) {
	for i, g := range q.groups {
		if i > 0 {
			b.WriteString(" AND ")
		}
		writeGroup(b, g, forms)
	}
}

// hasForms tells whether some word of the query has other forms to look for.
func (q Query) hasForms() bool {
	for _, g := range q.groups {
		for _, c := range g {
			if c.stemmed() {
				return true
			}
		}
	}
	return false
}

func writeGroup(b *strings.Builder, g []clause, forms bool) {
	b.WriteByte('(')
	for i, c := range g {
		if i > 0 {
			b.WriteString(" OR ")
		}
		c.write(b, forms)
	}
	b.WriteByte(')')
}

// write writes one clause: its phrase, and what else finds it.
func (c clause) write(b *strings.Builder, forms bool) {
	alts := []string{c.phrase()}
	if c.code != "" {
		alts = append(alts, `actors : "`+countryToken(c.code)+`"`)
	}
	if forms && c.stemmed() {
		alts = append(alts, formAlts(c.words[0])...)
	}
	if len(alts) == 1 {
		b.WriteString(alts[0])
		return
	}
	b.WriteString("(" + strings.Join(alts, " OR ") + ")")
}

func (c clause) phrase() string {
	if len(c.ends) > 0 {
		return c.expanded()
	}
	s := `"` + strings.Join(c.words, " ") + `"`
	if c.column != "" {
		s = c.column + " : " + s
	}
	if c.prefix {
		s += " *"
	}
	return s
}

// expanded is a prefix clause written as the words its prefix starts:
// one phrase per word, OR-ed.
func (c clause) expanded() string {
	head := strings.Join(c.words[:len(c.words)-1], " ")
	alts := make([]string, len(c.ends))
	for i, e := range c.ends {
		s := `"` + strings.TrimPrefix(head+" "+strings.ReplaceAll(e, `"`, `""`), " ") + `"`
		if c.column != "" {
			s = c.column + " : " + s
		}
		alts[i] = s
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return "(" + strings.Join(alts, " OR ") + ")"
}

// stemmed tells a clause that finds other forms of its word: one plain word,
// not quoted, not a prefix, in any column.
func (c clause) stemmed() bool {
	return c.column == "" && !c.quoted && !c.prefix && len(c.words) == 1 && stemmable(c.words[0])
}

// formAlts finds the articles holding another form of w: those whose
// stems column holds w's stem in their language. The query's language is
// not known, so w is stemmed in each; the stem's mark holds the language,
// so a stem only meets the words of its own.
func formAlts(w string) []string {
	toks := make([]string, len(stemmers))
	for i, st := range stemmers {
		toks[i] = `"` + stemToken(st.lang, stem(st.lang, w)) + `"`
	}
	return []string{"stems : (" + strings.Join(toks, " OR ") + ")"}
}

// ParseTyping reads a query still being typed, for search-as-you-type: as
// ParseQuery, but a last word of three letters or more that no space ends
// yet is taken as a prefix ("negoc" finds "négociations"). Shorter ones are
// not, as a one- or two-letter prefix matches too many words to be quick.
func ParseTyping(s string) (Query, error) {
	r, _ := utf8.DecodeLastRuneInString(s)
	if isTokenRune(r) {
		fields := strings.Fields(s)
		ws := words(fields[len(fields)-1])
		if len(ws) > 0 && utf8.RuneCountInString(ws[len(ws)-1]) >= 3 {
			if strings.Count(s, `"`)%2 == 1 {
				s += `"*` // inside a phrase being typed
			} else {
				s += "*"
			}
		}
	}
	return ParseQuery(s)
}
