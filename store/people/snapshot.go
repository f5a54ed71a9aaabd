package people

import (
	"slices"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
)

// Folder is the tally of the articles keep keeps (every article when keep
// is nil), ranked as Builder ranks them. Of the whole folder it costs
// copies of what the tally holds: the actors whose counts changed since
// the last Folder are put back in rank order, their names folded again
// only when their commonest form changed. With keep, the counts are made
// again from the articles kept (no name is read again), then ranked.
func (t *Tally) Folder(keep func(*article.Date) bool) *Folder {
	if keep == nil {
		t.reorder()
		return t.snapshot(t.order, nil, func(id int32) actors.Ranked {
			a := &t.actors[id]
			return actors.Ranked{Name: a.name, Kind: a.kind, Country: a.country, Articles: a.articles, Mentions: a.mentions}
		}, func(id int32) string { return t.actors[id].folded })
	}
	return t.kept(keep)
}

// ranksBefore is Builder's order: most articles, most mentions, first seen.
func (t *Tally) ranksBefore(x, y int32) bool {
	a, b := &t.actors[x], &t.actors[y]
	if a.articles != b.articles {
		return a.articles > b.articles
	}
	if a.mentions != b.mentions {
		return a.mentions > b.mentions
	}
	return t.before(a.first, a.firstPos, b.first, b.firstPos)
}

// reorder puts the actors whose counts changed back in the ranking: out
// of it, sorted among themselves, merged in. Those that did not change
// keep their order, as nothing they are ranked by changed.
func (t *Tally) reorder() {
	if len(t.dirty) == 0 {
		return
	}
	var moved []int32
	for _, id := range t.dirty {
		a := &t.actors[id]
		if a.articles > 0 {
			moved = append(moved, id)
			if name := commonestForm(a.forms); name != a.name {
				a.name, a.folded = name, Fold(name)
			}
		}
	}
	stay := make([]int32, 0, len(t.order)+len(moved))
	for _, id := range t.order {
		if !t.isDirty[id] {
			stay = append(stay, id)
		}
	}
	for _, id := range t.dirty {
		t.isDirty[id] = false
	}
	t.dirty = t.dirty[:0]
	slices.SortFunc(moved, func(x, y int32) int {
		if t.ranksBefore(x, y) {
			return -1
		}
		return 1
	})
	order := make([]int32, 0, len(stay)+len(moved))
	i, j := 0, 0
	for i < len(stay) && j < len(moved) {
		if t.ranksBefore(moved[j], stay[i]) {
			order = append(order, moved[j])
			j++
		} else {
			order = append(order, stay[i])
			i++
		}
	}
	order = append(append(order, stay[i:]...), moved[j:]...)
	t.order = order
}

// commonestForm is commonest over forms: the one most articles use, ties
// to the smaller string.
func commonestForm(forms []form) string {
	best, n := "", -1
	for _, f := range forms {
		if f.articles > 0 && (f.articles > n || f.articles == n && f.name < best) {
			best, n = f.name, f.articles
		}
	}
	return best
}

// kept is the tally of the articles keep keeps, counted again from the
// slots.
func (t *Tally) kept(keep func(*article.Date) bool) *Folder {
	type stat struct {
		articles, mentions int
		first, firstPos    int32
		forms              []int
	}
	stats := make([]stat, len(t.actors))
	var ids []int32
	for s := range t.slots {
		e := &t.slots[s]
		if !e.live || !keep(e.date) {
			continue
		}
		for pos, r := range e.refs {
			st := &stats[r.actor]
			if st.articles == 0 {
				ids = append(ids, r.actor)
				st.forms = make([]int, len(t.actors[r.actor].forms))
				st.first, st.firstPos = int32(s), int32(pos)
			} else if t.before(int32(s), int32(pos), st.first, st.firstPos) {
				st.first, st.firstPos = int32(s), int32(pos)
			}
			st.articles++
			st.mentions += int(r.mentions)
			st.forms[r.form]++
		}
	}
	slices.SortFunc(ids, func(x, y int32) int {
		a, b := &stats[x], &stats[y]
		switch {
		case a.articles != b.articles:
			return b.articles - a.articles
		case a.mentions != b.mentions:
			return b.mentions - a.mentions
		case t.before(a.first, a.firstPos, b.first, b.firstPos):
			return -1
		}
		return 1
	})
	names := make([]string, len(t.actors))
	for _, id := range ids {
		forms := slices.Clone(t.actors[id].forms)
		for k := range forms {
			forms[k].articles = stats[id].forms[k]
		}
		names[id] = commonestForm(forms)
	}
	return t.snapshot(ids, keep, func(id int32) actors.Ranked {
		a := &t.actors[id]
		return actors.Ranked{Name: names[id], Kind: a.kind, Country: a.country, Articles: stats[id].articles, Mentions: stats[id].mentions}
	}, func(id int32) string {
		if a := &t.actors[id]; a.name == names[id] && a.folded != "" {
			return a.folded
		}
		return Fold(names[id])
	})
}

// snapshot makes the Folder of the actors in order, over the live articles
// keep keeps. Its items are the tally's slots, those it does not count
// dead, naming actors by the tally's ids; it reads the tally's lists of
// each actor's articles (when it counts every article) and its map of
// ids, which the tally copies before it changes them: a copy per actor
// changed, not per Folder.
func (t *Tally) snapshot(order []int32, keep func(*article.Date) bool, ranked func(int32) actors.Ranked, folded func(int32) string) *Folder {
	f := &Folder{Ranked: make([]actors.Ranked, len(order)), domains: slices.Clone(t.domains)}
	f.keys = make([]string, len(order))
	f.folded = make([]string, len(order))
	f.rankOf = make([]int32, len(t.actors))
	for r, id := range order {
		f.Ranked[r] = ranked(id)
		f.keys[r], f.folded[r] = t.actors[id].key, folded(id)
		f.rankOf[id] = int32(r)
	}
	f.items = make([]item, len(t.slots))
	for s := range t.slots {
		e := &t.slots[s]
		if !e.live || keep != nil && !keep(e.date) {
			f.items[s].dead = true
			continue
		}
		f.items[s] = item{id: e.id, date: e.date, day: e.day, month: e.month, domain: e.domain, actors: e.ids}
		f.span(f.items[s])
		f.n++
	}
	f.byRank = make([][]int32, len(order))
	if keep == nil {
		for r, id := range order {
			f.byRank[r] = t.actors[id].slots
		}
		t.snaps++
	} else {
		for s := range f.items {
			for _, id := range f.items[s].actors {
				r := f.rankOf[id]
				f.byRank[r] = append(f.byRank[r], int32(s))
			}
		}
	}
	f.byID, t.idShared = t.byID, true
	return f
}
