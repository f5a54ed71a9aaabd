package index

import (
	"context"
	"fmt"
)

// A screen that searches as a person types needs an answer within a few
// tens of milliseconds whatever the folder's size, but a ranked answer
// scores every match: a second for a common word at a million articles.
// Preview answers with what it can rank at a bounded cost, and says when
// it could not.

// previewRank is how many matches Preview scores at most: a few tens of
// milliseconds of bm25() on this machine (about 5 µs a match, loaded).
var previewRank = 4000

// Page is the first hits of a search.
type Page struct {
	Hits []Hit
	// Ranked says the hits are the best, in BM25 order, as Search
	// ranks them; else they are the first matches in folder order.
	Ranked bool
	// More says other articles may match too (Search with a larger
	// limit, or Count, tells).
	More bool
}

// Preview is the first limit hits of q at a cost that does not grow with
// the folder: ranked from the top lists when they can answer (one word in
// many articles), ranked by scoring every match when each of its words is
// in at most previewRank articles, else the first matches in folder order.
// A prefix that starts more than maxExpand words is looked up as some of
// them (narrow.go): the page is then in folder order, with More set. limit
// must be at most what a top list keeps for the first way to apply (64).
func (ix *Index) Preview(ctx context.Context, q Query, limit int) (Page, error) {
	if limit <= 0 {
		return Page{}, fmt.Errorf("preview: limit %d", limit)
	}
	if len(q.groups) == 0 { // dates alone: listed newest first in every mode, a page at a time
		hits, err := ix.Search(ctx, q, Ranked, limit+1)
		return Page{Hits: hits[:min(limit, len(hits))], Ranked: true, More: len(hits) > limit}, err
	}
	q, narrowed, err := ix.narrow(ctx, q)
	if err != nil {
		return Page{}, err
	}
	if narrowed { // part of the answer: see narrow.go
		hits, err := ix.Search(ctx, q, Quick, limit)
		return Page{Hits: hits, More: true}, err
	}
	one, err := ix.expand(ctx, ix.db, q, Ranked)
	if err != nil {
		return Page{}, err
	}
	if hits, ok, err := ix.topSearch(ctx, one, limit); err != nil || ok {
		return Page{Hits: hits, Ranked: true, More: true}, err
	}
	// bm25() counts the rows of every phrase of the query, for its idf, by
	// reading the phrase's whole doclist: few matches with a common word
	// ("mekong ulvaborg") still cost the common word. So the rows that
	// hold any phrase (the union, which holds every match) are counted
	// first: that count stops at previewRank+1 at once when a word is
	// common, where counting the matches themselves would read every one
	// of them (the AND of a rare word and a common one: up to 250 ms at
	// 1M, for an answer then given in folder order anyway).
	m, err := ix.countUpTo(ctx, q.union(), previewRank+1)
	if err != nil {
		return Page{}, err
	}
	if m <= previewRank {
		n, err := ix.countUpTo(ctx, q, m+1) // no more than the union's rows: cheap
		if err != nil {
			return Page{}, err
		}
		hits, err := ix.Search(ctx, q, Ranked, limit)
		return Page{Hits: hits, Ranked: true, More: n > len(hits)}, err
	}
	hits, err := ix.Search(ctx, q, Quick, limit)
	return Page{Hits: hits, More: true}, err
}

// union is every clause of q, exclusions too, as one OR: the rows that
// hold any phrase bm25() would count, dates aside.
func (q Query) union() Query {
	var g []clause
	for _, gr := range q.groups {
		g = append(g, gr...)
	}
	for _, c := range q.neg {
		c.neg = false
		g = append(g, c)
	}
	return Query{groups: [][]clause{g}}
}

// countUpTo is how many articles match q, counting no further than max:
// FTS5 reads an AND, OR or NOT of words lazily, in row order, so this
// costs what it counts.
func (ix *Index) countUpTo(ctx context.Context, q Query, max int) (int, error) {
	q, err := ix.expand(ctx, ix.db, q, Quick)
	if err != nil {
		return 0, err
	}
	var inner string
	var args []any
	switch {
	case !q.dates.set:
		inner, args = "SELECT rowid FROM fts WHERE fts MATCH ?", []any{q.Match()}
	case len(q.groups) == 0:
		cond, dargs := q.dates.sql()
		inner, args = "SELECT 1 FROM docs d WHERE "+cond, dargs
	default:
		cond, dargs := q.dates.sql()
		inner = "SELECT 1 FROM fts JOIN docs d ON d.id = fts.rowid WHERE fts MATCH ? AND " + cond
		args = append([]any{q.Match()}, dargs...)
	}
	var n int
	err = ix.db.QueryRowContext(ctx, "SELECT count(*) FROM ("+inner+" LIMIT ?)", append(args, max)...).Scan(&n)
	return n, err
}
