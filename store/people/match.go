package people

import (
	"strings"

	"github.com/kioskreader/kiosk/store/actors"
)

// Fold is a name as the tally compares names: case, accents, spaces and
// hyphens aside, so that "thua thien" typed finds "Thừa Thiên-Huế".
func Fold(s string) string {
	// actors.Key of a person is its kind and the folded name.
	return strings.TrimPrefix(actors.Key(actors.Actor{Name: s, Kind: actors.Person}), string(actors.Person)+":")
}

// OfKind is the ranks of the actors of kind ("" for every kind), in rank
// order.
func (f *Folder) OfKind(kind actors.Kind) []int {
	var out []int
	for r, e := range f.Ranked {
		if kind == "" || e.Kind == kind {
			out = append(out, r)
		}
	}
	return out
}

// Filter is the ranks among within, in their order, whose folded name holds
// the folded query: a pass over names kept in memory, no index read, so
// that it can answer every key.
func (f *Folder) Filter(within []int, query string) []int {
	q := Fold(query)
	var out []int
	for _, r := range within {
		if strings.Contains(f.folded[r], q) {
			out = append(out, r)
		}
	}
	return out
}
