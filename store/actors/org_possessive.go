package actors

import "strings"

// collectivePossessive reports a plural noun of people in the possessive
// ("People's", "Workers'", "Women's"), which stands inside a body's name
// ("Hanoi People's Committee", "Vietnam Women's Union", "Children's
// Hospital") rather than ending an owner's name before another
// ("Mexico's National Statistics Institute").
func collectivePossessive(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if stem, ok := strings.CutSuffix(w, suf); ok {
			return collectiveNouns[stem]
		}
	}
	return false
}

var collectiveNouns = map[string]bool{
	"people": true, "peoples": true, "women": true, "men": true, "children": true,
	"workers": true, "farmers": true, "veterans": true, "citizens": true, "youth": true,
	"nations": true, "states": true, "teachers": true, "journalists": true, "writers": true,
	"artists": true, "lawyers": true, "traders": true, "consumers": true, "employers": true,
}
