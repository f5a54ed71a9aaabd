package actors

// Joining: the candidates that name one actor become one, within an article.

import (
	"strings"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
)

// joinSurnames merges a name that ends a person's fuller name into it:
// "Trump" and "M. Trump" into "Donald Trump".
func joinSurnames(order []*candidate) {
	for _, c := range order {
		if c.kind == vOrg || c.kind == vOther || c.kind == vPlace && !c.weakPlace() {
			continue // "Hanoi" is not the first name of "Hanoi Fire Prevention"
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
		if target != nil && c.kind == vPlace && target.guessed && target.personish == 0 {
			continue // a town's name and a run that only may be a person: "Interessate Marche"
		}
		if target != nil {
			target.absorb(c)
		}
	}
}

// weakPlace reports a single word that is a place only because a
// gazetteer holds a town of that name: "Bush", "Mamani", "Alberto" may be
// a person's surname or first name, which joinSurnames then prefers.
func (c *candidate) weakPlace() bool {
	return c.words == 1 && c.code == "" && c.votes[vPlace] <= medium && c.votes[vPerson] == 0 && c.votes[vOrg] == 0
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
	if !c.keyed {
		c.keys = appendWordKeys(c.keys, c.forms[0].text, c.key)
		c.keyed = true
	}
	return c.keys
}

// appendWordKeys appends fold.Key of each word of form to keys. The key of
// the whole form is its words' keys joined (spaces fold to nothing): each
// word's key is taken from key, the candidate's, rather than allocated.
func appendWordKeys(keys []string, form, key string) []string {
	var buf [64]byte
	at := 0
	for w := range strings.FieldsSeq(form) {
		k := fold.AppendBytes(buf[:0], w)
		if end := at + len(k); end <= len(key) && key[at:end] == string(k) {
			keys = append(keys, key[at:end])
			at = end
			continue
		}
		keys = append(keys, string(k)) // key is not form's: fold each word
		at = len(key) + 1
	}
	return keys
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
	return sameStem(tail[0], short[0])
}

// sameStem reports whether a and b are Cyrillic words with the same stem,
// without a string for either.
func sameStem(a, b string) bool {
	var abuf, bbuf [64]byte
	sa, ok := appendStem(abuf[:0], a)
	sb, _ := appendStem(bbuf[:0], b)
	return ok && string(sa) == string(sb)
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
			if p != c && p.kind == vOrg && p.into == nil && p.words > c.words && hasWordPrefix(p.forms[0].text, c.forms[0].text) {
				p.absorb(c)
				break
			}
		}
	}
}

// hasWordPrefix reports whether s begins with the words of prefix and a space.
func hasWordPrefix(s, prefix string) bool {
	return len(s) > len(prefix) && s[len(prefix)] == ' ' && strings.HasPrefix(s, prefix)
}

// joinExpansions merges an acronym into the name it follows in parentheses:
// "Agence japonaise de coopération internationale (JICA)".
func joinExpansions(order []*candidate, byKey map[string]*candidate, ms []mention) {
	for _, m := range ms {
		if m.expands == "" {
			continue
		}
		c, p := byKey[m.key], byKey[m.expands]
		if c == nil || p == nil || c == p || c.into != nil || p.into != nil {
			continue
		}
		if p.kind != vOrg && p.guessed && p.words >= 2 && spells(c.key, p.forms[0].text) {
			p.kind, p.guessed = vOrg, false // "Education Reporting Collaborative (ERC)": a person has no acronym
		}
		if p.kind != vOrg {
			continue
		}
		p.absorb(c)
	}
}

// joinAcronyms merges an acronym into the name whose initials it spells.
func joinAcronyms(order []*candidate) {
	for _, c := range order {
		if c.words != 1 || c.into != nil || !isAcronym(c.forms[0].text) {
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
		c.inits = initials(c.forms[0].text)
	}
	return c.inits
}

// appendLower appends strings.ToLower(w) to dst, without a string for an
// ASCII word.
func appendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(dst, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func initials(s string) string {
	var out, buf [32]byte
	b := out[:0]
	for w := range strings.FieldsSeq(s) {
		if lw := string(appendLower(buf[:0], w)); isConnector(lw) || lookupLexicon(lw)&isFunctionWords != 0 {
			continue
		}
		_, size := utf8.DecodeRuneInString(w) // an invalid byte folds to "" as U+FFFD does
		b = fold.AppendBytes(b, w[:size])
	}
	return string(b)
}

// spells reports whether the acronym whose key is acr gives the initials
// of name, its connectors left out or kept: "ERC", "ANDE" for "Asociación
// Nacional de Empresarios".
func spells(acr, name string) bool {
	if initials(name) == acr {
		return true
	}
	var b []byte
	for w := range strings.FieldsSeq(name) {
		_, size := utf8.DecodeRuneInString(w)
		b = fold.AppendBytes(b, w[:size])
	}
	return string(b) == acr
}
