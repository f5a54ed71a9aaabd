package actors

import (
	"strings"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
)

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

// germanCompoundPlace reads a German compound whose first part is a known
// place: "Russland-Wahl", "Nahost-Konflikt" name Russia and the Middle
// East, and return true (the compound is no other name). A town before a
// body's word ("Potsdam-Institut") is a place inside the body's name: the
// place is emitted and false returned, so that the body is read too. An
// abbreviation ("US-Präsident": the labels name the country as the
// article does elsewhere, "USA"), a town before a common noun
// ("Corona-Pandemie") and a compound the gazetteers know whole
// ("Baden-Württemberg") are left alone.
func (s *scanner) germanCompoundPlace(i int) bool {
	t := &s.toks[i]
	h := strings.IndexByte(t.text, '-')
	if s.lang != "de" || h <= 0 || h+2 >= len(t.text) || t.caps || s.known(i, i+1) {
		return false
	}
	head, rest := t.text[:h], t.text[h+1:]
	if !hasUpper(rest[:1]) || strings.IndexByte(rest, '-') >= 0 || strings.ToLower(rest[1:]) != rest[1:] ||
		strings.ToUpper(head) == head {
		return false
	}
	e := s.g.get(fold.Key(head))
	if e.kind&gOrg != 0 {
		return false
	}
	country := e.code != "" || e.kind&(gCountry|gRegion) != 0
	var last token
	last.lower = strings.ToLower(rest)
	last.flags, last.last = lexiconFlags(last.lower)
	body := germanBodyWord(&last)
	switch {
	case body && (country || e.kind&gPlace != 0):
		s.emit(s.newMention(head, 1, i, i+1, vPlace, strong))
		return false
	case country && !body:
		s.emit(s.newMention(head, 1, i, i+1, vPlace, strong))
		return true
	}
	return false
}
