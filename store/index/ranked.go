package index

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// Ranking a word found in most articles means scoring every one of them:
// FTS5 reads the whole doclist. The scores do not depend on which rows are
// scored (BM25 takes its statistics from the whole table), so the rows are
// cut into one range per core, each ranked on its own connection, and the
// best of each merged.

// A ranked search over more than splitAt articles is split into splitInto
// ranges.
var (
	splitAt   int64 = 20000
	splitInto       = int64(runtime.GOMAXPROCS(0))
)

type scored struct {
	id    int64
	score float64
}

// rankedSplit answers a Ranked search of one MATCH expression with limit > 0 in parallel; ok is
// false when the index is too small for that to pay.
func (ix *Index) rankedSplit(ctx context.Context, match string, limit int) (hits []Hit, ok bool, err error) {
	var maxID int64
	if err := ix.db.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM docs").Scan(&maxID); err != nil {
		return nil, false, err
	}
	parts := splitInto
	if maxID < splitAt || parts < 2 {
		return nil, false, nil
	}
	// A rarer word is ranked at once: splitting would only open more
	// connections. Skipping to the splitAt/10-th match reads no further.
	var probe int64
	err = ix.db.QueryRowContext(ctx, "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid LIMIT 1 OFFSET ?", match, splitAt/10).Scan(&probe)
	if err == sql.ErrNoRows {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("search: %w", err)
	}
	best := make([][]scored, parts)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for i := range parts {
		lo, hi := maxID*i/parts+1, maxID*(i+1)/parts
		wg.Go(func() { best[i], errs[i] = ix.rankRange(ctx, match, lo, hi, limit) })
	}
	wg.Wait()
	var all []scored
	for i := range parts {
		if errs[i] != nil {
			return nil, true, errs[i]
		}
		all = append(all, best[i]...)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].score != all[j].score {
			return all[i].score > all[j].score
		}
		return all[i].id < all[j].id
	})
	hits, err = summariesIn(ctx, ix.db, ix, all[:min(limit, len(all))])
	return hits, true, err
}

// rankRange is the best limit matches with row ids in [lo, hi].
func (ix *Index) rankRange(ctx context.Context, match string, lo, hi int64, limit int) ([]scored, error) {
	rows, err := ix.db.QueryContext(ctx, "SELECT rowid, -bm25(fts, "+weights+") AS score FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY score DESC LIMIT ?",
		match, lo, hi, limit)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var out []scored
	for rows.Next() {
		var s scored
		if err := rows.Scan(&s.id, &s.score); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// summariesIn reads the articles of list from q, in its order, as hits.
func summariesIn(ctx context.Context, q querier, ix *Index, list []scored) ([]Hit, error) {
	if len(list) == 0 {
		return nil, nil
	}
	args := make([]any, len(list))
	for i, s := range list {
		args[i] = s.id
	}
	marks := strings.TrimSuffix(strings.Repeat("?,", len(list)), ",")
	rows, err := q.QueryContext(ctx, "SELECT d.id, "+summaryCols+" FROM docs d WHERE d.id IN ("+marks+")", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	byID := map[int64]Summary{}
	for rows.Next() {
		var id int64
		var s Summary
		if err := ix.scanSummary(rows, &s, &id); err != nil {
			return nil, err
		}
		byID[id] = s
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	hits := make([]Hit, 0, len(list))
	for _, s := range list {
		if sum, ok := byID[s.id]; ok { // removed meanwhile by another process
			hits = append(hits, Hit{Summary: sum, Score: s.score})
		}
	}
	return hits, nil
}
