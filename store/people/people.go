// Package people tallies who is in the news across a folder: the actors
// (people, organizations and places) ranked by the number of articles
// naming them, as actors.Tally ranks them, with each actor's articles, so
// that its timeline, the actors named beside it and its sources are
// answered from memory. kiosk actors, kiosk timeline and the UI's actors
// view all read a Folder, so they cannot disagree.
package people

import (
	"slices"
	"sort"
	"strings"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
)

// Item is what the tally reads of one article.
type Item struct {
	ID     string // the article's, as the list knows it
	Date   *article.Date
	Domain string // "" when the article has no checked source
	Actors []actors.Actor
}

// Builder reads a folder's articles one at a time; Folder makes the tally.
type Builder struct {
	byName  map[string]int32 // kind, NUL, name as written → id: most names recur, folded once
	ids     map[string]int32 // tally key → id in order of first sight
	tallied []tallied        // id → counts
	domains map[string]int32
	names   []string // domain id → domain
	items   []item
}

// tallied is one actor as actors.Tally counts it: articles, mentions, and
// the articles using each form of its name.
type tallied struct {
	key, country string
	kind         actors.Kind
	articles     int
	mentions     int
	forms        map[string]int
}

// item is one article, its actors as ids of the Builder or Tally that
// made it (Folder.rankOf ranks them), each once.
type item struct {
	id     string
	date   *article.Date
	day    int32 // days since 1970-01-01, noDay unless the date is a day
	month  int32 // year*12 + month-1, noDay unless the date names a month
	domain int32 // -1 for none
	actors []int32
	dead   bool // a slot of a Tally that holds no article
}

const noDay = -1 << 31

// NewBuilder starts an empty tally.
func NewBuilder() *Builder {
	return &Builder{byName: map[string]int32{}, ids: map[string]int32{}, domains: map[string]int32{}}
}

// Add counts one article, as actors.Tally.Add does.
func (b *Builder) Add(it Item) {
	e := item{id: it.ID, date: it.Date, domain: -1}
	e.day, e.month = dayOf(it.Date)
	if it.Domain != "" {
		d, ok := b.domains[it.Domain]
		if !ok {
			d = int32(len(b.names))
			b.domains[it.Domain] = d
			b.names = append(b.names, it.Domain)
		}
		e.domain = d
	}
	for _, a := range it.Actors {
		if a.Kind == actors.Other || a.Name == "" {
			continue
		}
		id := b.idOf(a)
		t := &b.tallied[id]
		t.mentions += a.Mentions
		if !has(e.actors, id) {
			e.actors = append(e.actors, id)
			t.articles++
			t.forms[a.Name]++
		}
	}
	b.items = append(b.items, e)
}

// idOf is the id of an actor's tally key, folding its name only the first
// time the name is seen as written.
func (b *Builder) idOf(a actors.Actor) int32 {
	raw := string(a.Kind) + "\x00" + a.Name
	if id, ok := b.byName[raw]; ok {
		return id
	}
	key := actors.Key(a)
	id, ok := b.ids[key]
	if !ok {
		id = int32(len(b.tallied))
		b.ids[key] = id
		t := tallied{key: key, kind: a.Kind, forms: map[string]int{}}
		if strings.HasPrefix(key, "country:") { // as actors.Tally names a country
			t.country = strings.TrimPrefix(key, "country:")
		}
		b.tallied = append(b.tallied, t)
	}
	b.byName[raw] = id
	return id
}

func has(list []int32, id int32) bool {
	for _, x := range list {
		if x == id {
			return true
		}
	}
	return false
}

// Folder ranks what was added, as actors.Tally.Ranked does: by articles,
// then mentions, then first sight, each under its most used name. The
// builder is not used after.
func (b *Builder) Folder() *Folder {
	order := make([]int32, len(b.tallied))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool {
		x, y := &b.tallied[order[i]], &b.tallied[order[j]]
		if x.articles != y.articles {
			return x.articles > y.articles
		}
		if x.mentions != y.mentions {
			return x.mentions > y.mentions
		}
		return order[i] < order[j]
	})
	f := &Folder{Ranked: make([]actors.Ranked, len(order)), domains: b.names, items: b.items}
	f.keys = make([]string, len(order))
	rank := make([]int32, len(order)) // id → rank
	for r, id := range order {
		t := &b.tallied[id]
		f.Ranked[r] = actors.Ranked{Name: commonest(t.forms), Kind: t.kind, Country: t.country, Articles: t.articles, Mentions: t.mentions}
		f.keys[r], rank[id] = t.key, int32(r)
	}
	f.byRank, f.rankOf = make([][]int32, len(order)), rank
	for i := range f.items {
		for _, id := range f.items[i].actors {
			r := rank[id]
			f.byRank[r] = append(f.byRank[r], int32(i))
		}
		f.span(f.items[i])
	}
	f.n = len(f.items)
	f.byID = make(map[string]int32, len(f.items))
	for i, e := range f.items {
		f.byID[e.id] = int32(i)
	}
	f.folded = make([]string, len(f.Ranked))
	for r, e := range f.Ranked {
		f.folded[r] = Fold(e.Name)
	}
	return f
}

// commonest picks the form most articles use; ties go to the smaller string
// so the choice does not depend on map order (as actors.Tally).
func commonest(forms map[string]int) string {
	best, n := "", -1
	for f, c := range forms {
		if c > n || (c == n && f < best) {
			best, n = f, c
		}
	}
	return best
}

// Folder is the tally of a folder: the ranking and, per actor, the
// articles naming it, in the order they were added.
type Folder struct {
	Ranked []actors.Ranked // most articles first, as kiosk actors prints them

	keys    []string         // rank → tally key
	folded  []string         // rank → name folded for matching what is typed
	byRank  [][]int32        // rank → items naming it, in no order
	rankOf  []int32          // the rank of an actor as items name it (an id of their maker's)
	byID    map[string]int32 // article id → item, dead or not
	items   []item
	n       int // items not dead
	domains []string

	days, months      bool // any article dated to the day, to the month
	firstDay, lastDay int32
	firstMon, lastMon int32
}

// Len is how many articles were counted.
func (f *Folder) Len() int { return f.n }

// Articles is how many articles name the actor of rank r.
func (f *Folder) Articles(r int) int { return len(f.byRank[r]) }

// Lookup is the ranks of the actors a name stands for: one per kind asked
// ("" for every kind) that some article names, a country by any of its
// names, case and accents aside.
func (f *Folder) Lookup(name string, kind actors.Kind) []int {
	var want []string
	for _, k := range []actors.Kind{actors.Person, actors.Organization, actors.Place} {
		if kind == "" || kind == k {
			want = append(want, actors.Key(actors.Actor{Name: name, Kind: k}))
		}
	}
	// A pass over the keys, not a map: asked once per tally (kiosk
	// timeline, the view keeping its actor), it spares every tally a map
	// of every actor.
	var out []int
	for _, w := range want {
		if r := slices.Index(f.keys, w); r >= 0 {
			out = append(out, r)
		}
	}
	return out
}

// union is the items naming any of ranks, in order, each once.
func (f *Folder) union(ranks []int) []int32 {
	if len(ranks) == 1 {
		return f.byRank[ranks[0]]
	}
	seen := map[int32]bool{}
	var out []int32
	for _, r := range ranks {
		for _, i := range f.byRank[r] {
			if !seen[i] {
				seen[i] = true
				out = append(out, i)
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a] < out[b] })
	return out
}

// Count is one neighbour of an actor (a rank, or a source) and the number
// of articles they share.
type Count struct {
	Rank     int    // of the actor named beside, -1 for a source
	Domain   string // of a source
	Articles int
}

// Together is the n actors most often named in the same article as the
// actor of rank r, most articles first, then by rank.
func (f *Folder) Together(r, n int) []Count {
	counts := make([]int32, len(f.Ranked)) // a slice, not a map: an actor in most of 100k articles
	var seen []int32
	for _, i := range f.byRank[r] {
		for _, id := range f.items[i].actors {
			if o := f.rankOf[id]; int(o) != r {
				if counts[o] == 0 {
					seen = append(seen, o)
				}
				counts[o]++
			}
		}
	}
	out := make([]Count, len(seen))
	for k, o := range seen {
		out[k] = Count{Rank: int(o), Articles: int(counts[o])}
	}
	return top(out, n, func(c Count) int { return c.Rank })
}

// Sources is the n sources that name the actor of rank r most often.
func (f *Folder) Sources(r, n int) []Count {
	counts := make([]int, len(f.domains))
	for _, i := range f.byRank[r] {
		if d := f.items[i].domain; d >= 0 {
			counts[d]++
		}
	}
	var out []Count
	for d, c := range counts {
		if c > 0 {
			out = append(out, Count{Rank: -1, Domain: f.domains[d], Articles: c})
		}
	}
	return top(out, n, func(Count) int { return -1 })
}

// top keeps the n counts with the most articles, then the smallest tie
// (a rank), then domain, in that order: a pass that keeps n, not a sort of
// every actor named beside one named in most of the folder.
func top(list []Count, n int, tie func(Count) int) []Count {
	before := func(x, y Count) bool {
		if x.Articles != y.Articles {
			return x.Articles > y.Articles
		}
		if tie(x) != tie(y) {
			return tie(x) < tie(y)
		}
		return x.Domain < y.Domain
	}
	if n > 64 || n >= len(list) {
		sort.Slice(list, func(a, b int) bool { return before(list[a], list[b]) })
		return list[:min(n, len(list))]
	}
	out := make([]Count, 0, n+1)
	for _, c := range list {
		if len(out) == n && !before(c, out[n-1]) {
			continue
		}
		at := sort.Search(len(out), func(i int) bool { return before(c, out[i]) })
		out = append(out, Count{})
		copy(out[at+1:], out[at:])
		out[at] = c
		if len(out) > n {
			out = out[:n]
		}
	}
	return out
}

// Newest orders article ids newest first by the dates the tally read
// (a month before its days, undated last), ids it does not know after
// them, keeping the given order among equals.
func (f *Folder) Newest(ids []string) []string {
	out := append([]string(nil), ids...)
	date := func(id string) (string, bool) {
		i, ok := f.byID[id]
		if !ok || f.items[i].dead {
			return "", false
		}
		if d := f.items[i].date; d != nil {
			return d.Value, true
		}
		return "", true
	}
	sort.SliceStable(out, func(a, b int) bool {
		da, ka := date(out[a])
		db, kb := date(out[b])
		if ka != kb {
			return ka
		}
		return da > db
	})
	return out
}
