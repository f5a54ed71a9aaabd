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

// Filter is the ranks, in rank order, among within (every rank when nil) of
// kind ("" for any) whose folded name holds the folded query: a pass over
// names kept in memory, no index read, so that it can answer every key.
func (f *Folder) Filter(within []int, kind actors.Kind, query string) []int {
	q := Fold(query)
	keep := func(r int) bool {
		return (kind == "" || f.Ranked[r].Kind == kind) && strings.Contains(f.folded[r], q)
	}
	var out []int
	if within != nil {
		for _, r := range within {
			if keep(r) {
				out = append(out, r)
			}
		}
		return out
	}
	for r := range f.Ranked {
		if keep(r) {
			out = append(out, r)
		}
	}
	return out
}
