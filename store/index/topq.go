package index

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"sync"
)

// BM25's constants, as FTS5's bm25() has them.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// topWord is the word of a query that top lists can answer: one word, in
// any column, not a prefix, with or without excluded words; no dates.
func (q Query) topWord() (string, bool) {
	if q.dates.set || len(q.groups) != 1 || len(q.groups[0]) != 1 {
		return "", false
	}
	c := q.groups[0][0]
	if c.column != "" || c.code != "" || len(c.words) != 1 {
		return "", false
	}
	if c.prefix { // a prefix that starts one word of the index is that word
		if len(c.ends) != 1 {
			return "", false
		}
		return c.ends[0], true
	}
	return c.words[0], true
}

// topCand is one listed article with its score.
type topCand struct {
	scored
	f      float64
	length int64
}

// bm25 is FTS5's score of one phrase in one row, in its order of
// operations so that both give the same float.
func bm25(idf, f float64, length int64, avgdl float64) float64 {
	return idf * ((f * (bm25K1 + 1.0)) / (f + bm25K1*(1-bm25B+bm25B*float64(length)/avgdl)))
}

// idfOf is FTS5's inverse document frequency. The logarithm is SQLite's
// own ln(), the C library's log() that bm25() calls: Go's math.Log differs
// from it in the last bit for some ratios, and a score that differs in
// its last bit is a different score (and can break a tie the other way).
func idfOf(ctx context.Context, tx *sql.Tx, rows, hits int64) (float64, error) {
	var idf float64
	ratio := (float64(rows-hits) + 0.5) / (float64(hits) + 0.5)
	if err := tx.QueryRowContext(ctx, "SELECT ln(?)", ratio).Scan(&idf); err != nil {
		return 0, err
	}
	if idf <= 0 {
		idf = 1e-6
	}
	return idf, nil
}

// topSearch answers a Ranked search for the exact form of one word (see
// topWord) from its top lists, with the scores, order and ties of FTS5's
// bm25(). ok is false when the lists cannot be sure of the answer: no list
// for the word, a limit past what a list keeps, or an article left out of
// a list that could have made the cut.
func (ix *Index) topSearch(ctx context.Context, q Query, limit int) (hits []Hit, ok bool, err error) {
	w, ok := q.topWord()
	if !ok || limit <= 0 || limit > topKeep || ix.NoTopLists {
		return nil, false, nil
	}
	// One snapshot: the lists, the counts and the rows agree.
	tx, err := ix.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, false, err
	}
	defer tx.Rollback()
	var tid int64
	switch err := tx.QueryRowContext(ctx, "SELECT tid FROM topterms WHERE term=?", w).Scan(&tid); err {
	case nil:
	case sql.ErrNoRows:
		return nil, false, nil
	default:
		return nil, false, err
	}
	idf, avgdl, err := ix.topStats(ctx, tx, w)
	if err != nil {
		return nil, false, err
	}
	cands, err := topCands(ctx, tx, tid, idf, avgdl)
	if err != nil {
		return nil, false, err
	}
	best, err := survivors(ctx, tx, q, cands, limit)
	if err != nil || len(best) < limit {
		return nil, false, err
	}
	if safe, err := beatsLeftOut(ctx, tx, tid, best[limit-1], idf, avgdl); err != nil || !safe {
		return nil, false, err
	}
	list := make([]scored, len(best))
	for i, c := range best {
		list[i] = c.scored
	}
	hits, err = summariesIn(ctx, tx, ix, list)
	return hits, err == nil, err
}

// topStats is the word's idf and the rows' average length, as bm25()
// computes them.
func (ix *Index) topStats(ctx context.Context, tx *sql.Tx, w string) (idf, avgdl float64, err error) {
	rows, words, err := ftsTotals(ctx, tx)
	if err != nil {
		return 0, 0, err
	}
	hits, err := ix.dfs.rowsWith(ctx, tx, w)
	if err != nil {
		return 0, 0, err
	}
	idf, err = idfOf(ctx, tx, rows, hits)
	return idf, float64(words) / float64(rows), err
}

// topCands is every article in the word's lists, best first.
func topCands(ctx context.Context, tx *sql.Tx, tid int64, idf, avgdl float64) ([]topCand, error) {
	rows, err := tx.QueryContext(ctx, "SELECT f, len, id FROM topk WHERE tid=?", tid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []topCand
	for rows.Next() {
		var c topCand
		if err := rows.Scan(&c.f, &c.length, &c.id); err != nil {
			return nil, err
		}
		c.score = bm25(idf, c.f, c.length, avgdl)
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].before(out[j].scored) })
	return out, rows.Err()
}

// before is the order of ranked results: higher score, then lower id.
func (s scored) before(o scored) bool {
	return s.score > o.score || s.score == o.score && s.id < o.id
}

// survivors is the first limit candidates that the query's excluded
// words, if any, leave: the rows holding one are asked of FTS5 once (per
// candidate, FTS5 would set up the whole expression again).
func survivors(ctx context.Context, tx *sql.Tx, q Query, cands []topCand, limit int) ([]topCand, error) {
	out := cands[:0:0]
	if len(q.neg) == 0 {
		return append(out, cands[:min(limit, len(cands))]...), nil
	}
	var b strings.Builder
	writeGroup(&b, q.neg, true)
	rows, err := tx.QueryContext(ctx, "SELECT rowid FROM fts WHERE fts MATCH ?", b.String())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	excluded := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		excluded[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, c := range cands {
		if len(out) == limit {
			break
		}
		if !excluded[c.id] {
			out = append(out, c)
		}
	}
	return out, nil
}

// beatsLeftOut tells whether last, the last result, ranks before every
// article left out of a list: those of a level are no shorter than its
// bound, and one as long has a larger id.
func beatsLeftOut(ctx context.Context, tx *sql.Tx, tid int64, last topCand, idf, avgdl float64) (bool, error) {
	rows, err := tx.QueryContext(ctx, "SELECT f, blen, bid FROM toplevels WHERE tid=?", tid)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	for rows.Next() {
		var f float64
		var b lenID
		if err := rows.Scan(&f, &b.len, &b.id); err != nil {
			return false, err
		}
		// As long as the bound: at most its score, and a larger id.
		at := scored{b.id, bm25(idf, f, b.len, avgdl)}
		// Longer: at most the score one word longer gives, any id.
		past := bm25(idf, f, b.len+1, avgdl)
		if !last.before(at) || past >= last.score {
			return false, rows.Err()
		}
	}
	return true, rows.Err()
}

// dfCache holds how many rows hold a listed word, per generation of the
// index: counting them reads the word's whole doclist.
type dfCache struct {
	mu  sync.Mutex
	gen string
	n   map[string]int64
}

// rowsWith is how many rows hold word w, as bm25() counts them.
func (c *dfCache) rowsWith(ctx context.Context, tx *sql.Tx, w string) (int64, error) {
	var gen string
	if err := tx.QueryRowContext(ctx, stampSQL).Scan(&gen); err != nil {
		return 0, err
	}
	c.mu.Lock()
	n, ok := c.n[w]
	ok = ok && c.gen == gen
	c.mu.Unlock()
	if ok {
		return n, nil
	}
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT rowid FROM fts WHERE fts MATCH ?)", `"`+w+`"`).Scan(&n); err != nil {
		return 0, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen || len(c.n) > 1000 {
		c.gen, c.n = gen, map[string]int64{}
	}
	c.n[w] = n
	return n, nil
}
