package index

import (
	"strings"

	"github.com/kioskreader/kiosk/store/actors"
)

// An actor is one actor across languages as the tally counts it: a
// country by its ISO code ("Ukraine", "Україна", "l'Ukraine" → UA). The
// actors column holds, beside each country's names, a word for its code,
// so that actor:Ukraine finds every article naming Ukraine in any script.

// countryMark sets the code's word apart from any word of a real text.
const countryMark = "\ue001"

// countryToken is the actors column's word for the country of ISO code.
func countryToken(code string) string { return countryMark + strings.ToLower(code) }

// actorCountry is the ISO code of an actor that is a country, the same
// test the tally makes; "" for any other.
func actorCountry(a actors.Actor) string {
	if a.Kind != actors.Place {
		return ""
	}
	return strings.ToLower(actors.CountryCode(a.Name))
}

// countryOf is the ISO code of the country a person typed after actor:, by
// its name in any language the tally knows or by the code itself ("UA").
func countryOf(raw string) string {
	raw = strings.Trim(strings.TrimSpace(raw), `"*`)
	if code := actors.CountryCode(raw); code != "" {
		return strings.ToLower(code)
	}
	if len(raw) == 2 && isASCIILetters(raw) {
		return strings.ToLower(raw)
	}
	return ""
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// actorWords is the text of the actors column: every name and alias, so
// that actor:"Marco Rubio" and actor:Rubio both match, and each country's
// code.
func actorWords(list []actors.Actor) string {
	var b strings.Builder
	add := func(s string) {
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	for _, a := range list {
		add(indexText(a.Name))
		for _, al := range a.Aliases {
			add(indexText(al))
		}
		if code := actorCountry(a); code != "" {
			add(countryToken(code))
		}
	}
	return b.String()
}
