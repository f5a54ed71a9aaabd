package actors

import "strings"

// germanBodySuffixes end the compounds that name German bodies:
// "Bundesministerium", "Landratsamt", "Bundesagentur", "Verfassungsgericht".
var germanBodySuffixes = []string{"ministerium", "amt", "agentur", "institut", "verband", "gericht", "partei",
	"kommission", "behörde", "zentrum", "stiftung", "gesellschaft", "akademie", "universität", "hochschule",
	"verein", "dienst", "bank", "rat", "anstalt", "kammer", "bund", "direktion"}

// germanBodyWord reports a German word that names a kind of body: a head
// or last word of the lexicon, or a compound with a body's last part.
func germanBodyWord(t *token) bool {
	if t.has(isOrgHeads|isOrgAfter) || t.lastHas(isOrgHeads|isOrgAfter) {
		return true
	}
	for _, suf := range germanBodySuffixes {
		if strings.HasSuffix(t.lower, suf) {
			return true
		}
	}
	return false
}

// germanFor returns the end of a German body's name that goes on after its
// head at j-1 over "für" and the field it serves: "Bundesagentur für
// Arbeit", "Bundesministerium für Bildung und Forschung", "Bundesamt für
// gesundheitlichen Verbraucherschutz". It returns j when there is none.
func (s *scanner) germanFor(j int) int {
	toks := s.toks
	if s.lang != "de" || j >= len(toks) || toks[j].lower != "für" || !germanBodyWord(&toks[j-1]) {
		return j
	}
	end := j
	for k := j; k < len(toks) && toks[k].word && !toks[k].upper; {
		if toks[k].lower != "für" && toks[k].lower != "und" || k > j && toks[k].lower == "für" {
			break
		}
		n := k + 1
		if n < len(toks) && toks[n].word && !toks[n].upper && germanAdjective(toks[n].lower) {
			n++ // "für gesundheitlichen Verbraucherschutz"
		}
		if n >= len(toks) || !toks[n].word || !toks[n].upper || toks[n].caps || s.firstName(n) {
			break
		}
		end = s.runEnd(n)
		k = end
	}
	return end
}

// germanAdjective reports a lowercase word with the ending of an inflected
// German adjective: "gesundheitlichen", "digitale", "öffentliches".
func germanAdjective(w string) bool {
	for _, e := range []string{"en", "e", "er", "es", "em"} {
		if len(w) > len(e)+3 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// joinGenitives merges a German name in the genitive into the name the
// article also writes without its -s: "Kim Jong Uns" is Kim Jong Un's,
// "Nordkoreas" North Korea's.
func joinGenitives(order []*candidate, byKey map[string]*candidate) {
	for _, c := range order {
		if c.into != nil || len(c.key) < 4 || !strings.HasSuffix(c.key, "s") {
			continue
		}
		if p := byKey[c.key[:len(c.key)-1]]; p != nil && p != c && p.into == nil && p.kind >= 0 {
			p.absorb(c)
		}
	}
}
