package library

import (
	"cmp"
	"slices"
	"strings"
)

// The orders of Rows. Every order ends with the file name and then the id,
// which no two rows share, so that an order is total: a row has one place
// in it, which binary search finds, and every sort gives the same list.

// cmpName orders rows a and b by file name, then id.
func (r *Rows) cmpName(a, b int32) int {
	if c := strings.Compare(r.get(r.file(a)), r.get(r.file(b))); c != 0 {
		return c
	}
	return strings.Compare(r.get(r.id(a)), r.get(r.id(b)))
}

func (r *Rows) cmpID(a, b int32) int {
	return strings.Compare(r.get(r.id(a)), r.get(r.id(b)))
}

// key is what order o sorts by before the name, as an int where rows of
// one key sort together: the comments (most first), the domain's or the
// date's place among the list's distinct ones. ranks are those places.
func (r *Rows) key(o Order, i int32, ranks []int32) int64 {
	rc := &r.recs[i]
	switch o {
	case ByComments:
		return -int64(rc.comments)
	case BySource:
		return int64(ranks[rc.domain])
	case ByDate:
		return int64(ranks[rc.date])
	}
	return 0
}

// ranks places the distinct domains (none last) or dates (newest first,
// none last) in their order.
func (r *Rows) ranks(o Order) []int32 {
	var n int
	var less func(a, b int) int
	switch o {
	case BySource:
		n = len(r.domains)
		less = func(a, b int) int {
			x, y := r.domains[a], r.domains[b]
			if (x == "") != (y == "") {
				return cmpBool(x == "", y == "")
			}
			return strings.Compare(x, y)
		}
	case ByDate:
		n = len(r.dates)
		less = func(a, b int) int {
			x, y := r.dates[a].Value, r.dates[b].Value
			if (x == "") != (y == "") {
				return cmpBool(x == "", y == "")
			}
			return strings.Compare(y, x) // a month alone sorts below its days
		}
	default:
		return nil
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, less)
	ranks := make([]int32, n)
	for k, i := range idx {
		if k > 0 && less(idx[k-1], i) == 0 {
			ranks[i] = ranks[idx[k-1]] // equal values, other From: one place
		} else {
			ranks[i] = int32(k)
		}
	}
	return ranks
}

func cmpBool(a, b bool) int {
	if a == b {
		return 0
	}
	if a {
		return 1
	}
	return -1
}

// cmp is order o's comparison of two rows.
func (r *Rows) cmp(o Order) func(a, b int32) int {
	if o == ByName {
		return r.cmpName
	}
	ranks := r.ranks(o)
	return func(a, b int32) int {
		if c := cmp.Compare(r.key(o, a, ranks), r.key(o, b, ranks)); c != 0 {
			return c
		}
		return r.cmpName(a, b)
	}
}

// sortAll sorts every order of the rows not gone: the name order first,
// and the others by their key and the place in it, integers only.
func (r *Rows) sortAll() {
	all := make([]int32, 0, r.live)
	for i := range r.recs {
		if r.recs[i].flags&gone == 0 {
			all = append(all, int32(i))
		}
	}
	r.byID = slices.Clone(all)
	slices.SortFunc(r.byID, r.cmpID)
	names := slices.Clone(all)
	slices.SortFunc(names, r.cmpName)
	r.orders[ByName] = names
	place := make([]int32, len(r.recs))
	for k, i := range names {
		place[i] = int32(k)
	}
	for o := ByComments; o < numOrders; o++ {
		ranks := r.ranks(o)
		perm := slices.Clone(names)
		slices.SortFunc(perm, func(a, b int32) int {
			if c := cmp.Compare(r.key(o, a, ranks), r.key(o, b, ranks)); c != 0 {
				return c
			}
			return cmp.Compare(place[a], place[b])
		})
		r.orders[o] = perm
	}
}

// Compare is order o's comparison of rows a and b, for sorting a few of
// them (a search's answers) as the list sorts all.
func (r *Rows) Compare(o Order) func(a, b int) int {
	c := r.cmp(o)
	return func(a, b int) int { return c(int32(a), int32(b)) }
}
