package index

import (
	"context"
	"strings"
)

// FTS5 answers a prefix ("mek*") by merging the doclists of every word
// that starts with it into one list in memory before it returns a row:
// for a prefix of a word in 90% of the articles that is the whole doclist
// (300 ms at a million articles), even when only the first hundred matches
// are asked for. A prefix that starts few words is cheaper as those words,
// OR-ed: FTS5 reads an OR of words lazily, so the first matches cost what
// they read, and one word that a prefix stands for is a word the top lists
// can rank. The words are exactly those the index holds with that prefix,
// so the matches are the same; only their cost changes. Scores are not:
// bm25() weighs each word of an OR by its own rarity, a prefix as one
// word. So a ranked search replaces a prefix it scores only by a single
// word (the same score); one it does not score (an exclusion), or a
// search in folder order, by any number.

// maxExpand is how many words a prefix is replaced by at most; a prefix
// starting more is left to FTS5 (finding them costs one seek each).
var maxExpand = 64

// expand replaces every prefix clause of qu whose prefix starts at most
// maxExpand words of the index by those words (clause.ends); in a ranked
// search, a clause it scores only by one word.
func (ix *Index) expand(ctx context.Context, q querier, qu Query, mode Mode) (Query, error) {
	out := qu
	out.groups = make([][]clause, len(qu.groups))
	for i, g := range qu.groups {
		ng := make([]clause, len(g))
		for k, c := range g {
			nc, err := ix.expandClause(ctx, q, c)
			if err != nil {
				return qu, err
			}
			if mode == Ranked && len(nc.ends) > 1 {
				nc = c
				nc.ends = nil // the words narrow found, when it did: scored as the prefix
			}
			ng[k] = nc
		}
		out.groups[i] = ng
	}
	out.neg = make([]clause, len(qu.neg))
	for k, c := range qu.neg {
		nc, err := ix.expandClause(ctx, q, c)
		if err != nil {
			return qu, err
		}
		out.neg[k] = nc
	}
	return out, nil
}

func (ix *Index) expandClause(ctx context.Context, q querier, c clause) (clause, error) {
	if !c.prefix || c.ends != nil || len(c.words) == 0 {
		return c, nil
	}
	ends, ok, err := wordsStarting(ctx, q, c.words[len(c.words)-1], maxExpand)
	if err != nil || !ok || len(ends) == 0 {
		return c, err // too many, or none: FTS5's own prefix costs nothing then
	}
	c.ends = ends
	return c, nil
}

// wordsStarting lists the index's words that start with p, in order; ok
// is false if there are more than max. Each word costs one seek in the
// vocabulary (fts_inst): "term >= w" from just past the last one found,
// so no word's instances are read beyond its first.
func wordsStarting(ctx context.Context, q querier, p string, max int) ([]string, bool, error) {
	out, all, err := firstWordsStarting(ctx, q, p, max)
	if !all {
		out = nil
	}
	return out, all, err
}

// firstWordsStarting is the first max words of the index that start with
// p, in order; all says they are all of them.
func firstWordsStarting(ctx context.Context, q querier, p string, max int) ([]string, bool, error) {
	var out []string
	from := p
	for {
		rows, err := q.QueryContext(ctx, "SELECT term FROM fts_inst WHERE term >= ? LIMIT 1", from)
		if err != nil {
			return nil, false, err
		}
		var term string
		found := rows.Next()
		if found {
			err = rows.Scan(&term)
		}
		rows.Close()
		if err == nil {
			err = rows.Err()
		}
		if err != nil {
			return nil, false, err
		}
		if !found || !strings.HasPrefix(term, p) {
			return out, true, nil
		}
		if len(out) == max {
			return out, false, nil
		}
		out = append(out, term)
		from = term + "\x00" // the first string after term
	}
}
