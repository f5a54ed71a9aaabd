package actors

import (
	"sort"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
)

// Ranked is one actor across a folder: how many articles name it and how
// often. Name is the form most articles use.
type Ranked struct {
	Name     string `json:"name"`
	Kind     Kind   `json:"kind"`
	Country  string `json:"country,omitempty"` // ISO 3166 code when the actor is a country
	Articles int    `json:"articles"`
	Mentions int    `json:"mentions"`
}

// Tally counts actors over many articles. A country is one actor whatever
// the language of the article ("Russie", "Russia", "Россия" → RU); other
// actors are one when their names agree but for case and accents.
type Tally struct {
	byKey map[string]*tallied
}

type tallied struct {
	Ranked
	first int            // order of first sight, to break ties stably
	forms map[string]int // name → articles using it
}

// Add counts the actors of one article; names of kind other are ignored.
func (t *Tally) Add(actors []Actor) {
	if t.byKey == nil {
		t.byKey = map[string]*tallied{}
	}
	seen := map[string]bool{}
	for _, a := range actors {
		if a.Kind == Other || a.Name == "" {
			continue
		}
		key, country := tallyKey(a)
		e := t.byKey[key]
		if e == nil {
			e = &tallied{Ranked: Ranked{Kind: a.Kind, Country: country}, first: len(t.byKey), forms: map[string]int{}}
			t.byKey[key] = e
		}
		e.Mentions += a.Mentions
		if !seen[key] {
			seen[key] = true
			e.Articles++
			e.forms[a.Name]++
		}
	}
}

// Ranked returns the actors by number of articles, then mentions, then first
// sight, each under its most used name.
func (t *Tally) Ranked() []Ranked {
	all := make([]*tallied, 0, len(t.byKey))
	for _, e := range t.byKey {
		e.Name = commonest(e.forms)
		all = append(all, e)
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.Articles != b.Articles {
			return a.Articles > b.Articles
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.first < b.first
	})
	out := make([]Ranked, len(all))
	for i, e := range all {
		out[i] = e.Ranked
	}
	return out
}

func tallyKey(a Actor) (key, country string) {
	if a.Kind == Place {
		if code := CountryCode(a.Name); code != "" {
			return "country:" + code, code
		}
	}
	return string(a.Kind) + ":" + fold.Key(a.Name), ""
}

// commonest picks the form most articles use; ties go to the smaller string
// so the choice does not depend on map order.
func commonest(forms map[string]int) string {
	best, n := "", -1
	for f, c := range forms {
		if c > n || (c == n && f < best) {
			best, n = f, c
		}
	}
	return best
}
