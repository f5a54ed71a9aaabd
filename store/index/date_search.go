package index

import (
	"context"
)

// searchDated answers a query with date: clauses. Words, if any, are
// matched by FTS and the matches filtered by date before the limit is cut;
// a query of dates alone lists the articles of the range, newest first.
func (ix *Index) searchDated(ctx context.Context, q Query, mode Mode, limit int) ([]Hit, error) {
	cond, args := q.dates.sql()
	lim := -1
	if limit > 0 {
		lim = limit
	}
	var query string
	if len(q.groups) == 0 {
		query = "SELECT 0.0, " + summaryCols + " FROM docs d WHERE " + cond + " ORDER BY d.date_lo DESC, d.path LIMIT ?"
	} else {
		score, order := "0.0", "d.id"
		if mode == Ranked {
			score, order = "-bm25(fts, "+weights+")", "1 DESC, d.id"
		}
		query = "SELECT " + score + ", " + summaryCols + " FROM fts JOIN docs d ON d.id = fts.rowid WHERE fts MATCH ? AND " + cond + " ORDER BY " + order + " LIMIT ?"
		args = append([]any{q.Match()}, args...)
	}
	return ix.queryHits(ctx, query, append(args, lim)...)
}

// countDated is Count for a query with date: clauses.
func (ix *Index) countDated(ctx context.Context, q Query) (int, error) {
	cond, args := q.dates.sql()
	query := "SELECT count(*) FROM docs d WHERE " + cond
	if len(q.groups) > 0 {
		query = "SELECT count(*) FROM fts JOIN docs d ON d.id = fts.rowid WHERE fts MATCH ? AND " + cond
		args = append([]any{q.Match()}, args...)
	}
	var n int
	err := ix.db.QueryRowContext(ctx, query, args...).Scan(&n)
	return n, err
}
