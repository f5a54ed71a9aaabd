package index

import (
	"context"
	"database/sql"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/kioskreader/kiosk/store/article"
)

// What the article list reads of the index (store/library's Rows): every
// row once, without a Go string per field, and the first rows of the
// list's default orders before that, from the docs_date index or a scan
// of paths alone, so that the first screen does not wait for the rest.

// RowFunc takes one article's list fields. The byte slices are valid only
// until it returns; comments is -1 when the article has no comment count.
type RowFunc func(rel, title, domain []byte, comments int, date, from []byte) error

// EachRow calls f with every article's list fields, in table order
// (about path order: files are added sorted).
func (ix *Index) EachRow(ctx context.Context, f RowFunc) error {
	rows, err := ix.db.scanner().QueryContext(ctx, "SELECT path, title, domain, comments, date, date_from FROM docs")
	if err != nil {
		return err
	}
	defer rows.Close()
	var rel, title, domain, date, from sql.RawBytes
	var comments sql.NullInt64
	for rows.Next() {
		if err := rows.Scan(&rel, &title, &domain, &comments, &date, &from); err != nil {
			return err
		}
		c := -1
		if comments.Valid && comments.Int64 >= 0 && comments.Int64 < 1<<31 {
			c = int(comments.Int64)
		}
		if err := f(rel, title, domain, c, date, from); err != nil {
			return err
		}
	}
	return rows.Err()
}

// StatedShare estimates how many articles state their date (in their URL
// or text, not the file's time), out of how many looked at: the list opens
// newest first when most do. A folder of up to sampleAll articles is
// counted whole; a larger one in sampleRuns runs of sampleRun consecutive
// rows spread over it (2,048 rows: within a few points of the share),
// since counting reads every row, a second at 100k.
func (ix *Index) StatedShare(ctx context.Context) (stated, of int, err error) {
	var lo, hi sql.NullInt64
	db := ix.db.scanner()
	// Two subqueries: SQLite finds a min() or a max() alone in the b-tree,
	// but both in one SELECT by reading every row (a second at 1M).
	if err := db.QueryRowContext(ctx, "SELECT (SELECT min(id) FROM docs), (SELECT max(id) FROM docs)").Scan(&lo, &hi); err != nil || !lo.Valid {
		return 0, 0, err
	}
	const count = "SELECT count(*), coalesce(sum(date != '' AND date_from != '" + article.FromFile + "'), 0) FROM "
	span := hi.Int64 - lo.Int64 + 1
	if span <= sampleAll {
		err = db.QueryRowContext(ctx, count+"docs").Scan(&of, &stated)
		return stated, of, err
	}
	for k := range int64(sampleRuns) {
		from := lo.Int64 + span*k/sampleRuns
		var n, s int
		err := db.QueryRowContext(ctx, count+"(SELECT date, date_from FROM docs WHERE id >= ? ORDER BY id LIMIT ?)", from, sampleRun).Scan(&n, &s)
		if err != nil {
			return 0, 0, err
		}
		stated, of = stated+s, of+n
	}
	return stated, of, nil
}

const (
	sampleAll  = 4096
	sampleRuns = 64
	sampleRun  = 32
)

// Newest is n of the newest articles, read from the date index newest
// first, ordered as the list orders by date: the later date above (a month
// alone below its days), then by file name and id. Among the articles of
// the last day read, which may be many (every file dated by its time only
// shares the day it was written), they are those the index gives first,
// not the first by name: finding those would read them all.
func (ix *Index) Newest(ctx context.Context, n int) ([]Summary, error) {
	list, err := ix.summaries(ctx, "SELECT d.path, "+summaryCols+" FROM docs d WHERE d.date_lo != '' ORDER BY d.date_lo DESC LIMIT ?", n)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(list, func(a, b Summary) int {
		if c := strings.Compare(b.Date.Value, a.Date.Value); c != 0 {
			return c
		}
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return list, nil
}

// FirstByName is the first n articles by file name (then id), found by
// reading the paths alone: a folder of subfolders has no index in that
// order.
func (ix *Index) FirstByName(ctx context.Context, n int) ([]Summary, error) {
	rows, err := ix.db.scanner().QueryContext(ctx, "SELECT path FROM docs")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type named struct{ file, id, rel string }
	var best []named // sorted, at most n
	less := func(a, b named) int {
		if c := strings.Compare(a.file, b.file); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	}
	var raw sql.RawBytes
	for rows.Next() {
		if err := rows.Scan(&raw); err != nil {
			return nil, err
		}
		file := path.Base(string(raw))
		if len(best) == n && file > best[n-1].file {
			continue // the common case, without making an id
		}
		rel := string(raw)
		c := named{file, article.IDOf(rel), rel}
		i, _ := slices.BinarySearchFunc(best, c, less)
		if i >= n {
			continue
		}
		if len(best) == n {
			best = best[:n-1]
		}
		best = slices.Insert(best, i, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	out := make([]Summary, 0, len(best))
	for _, b := range best {
		s, ok, err := ix.getRel(ctx, b.rel)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, s)
		}
	}
	return out, nil
}

// getRel is Get by the path inside the folder.
func (ix *Index) getRel(ctx context.Context, rel string) (Summary, bool, error) {
	list, err := ix.summaries(ctx, "SELECT d.path, "+summaryCols+" FROM docs d WHERE d.path = ?", rel)
	if err != nil || len(list) == 0 {
		return Summary{}, false, err
	}
	return list[0], true, nil
}

// summaries runs a query whose columns are the path and summaryCols.
func (ix *Index) summaries(ctx context.Context, query string, args ...any) ([]Summary, error) {
	rows, err := ix.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []Summary
	for rows.Next() {
		var s Summary
		var rel string
		if err := ix.scanSummary(rows, &s, &rel); err != nil {
			return nil, err
		}
		list = append(list, s)
	}
	return list, rows.Err()
}

// Empty tells an index that holds no article, without counting them
// (count(*) reads every row: a second at 1M).
func (ix *Index) Empty(ctx context.Context) (bool, error) {
	var any bool
	err := ix.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM docs)").Scan(&any)
	return !any, err
}

// OneFolder tells an index whose articles are all in one folder (none in
// a subfolder, or all in the same one): their paths then sort as their
// file names do. Two lookups in the docs_dir index.
func (ix *Index) OneFolder(ctx context.Context) (bool, error) {
	var lo, hi sql.NullString
	err := ix.db.QueryRowContext(ctx, "SELECT (SELECT min(dir) FROM docs), (SELECT max(dir) FROM docs)").Scan(&lo, &hi)
	return lo == hi, err
}

// FirstByPath is the first n articles in path order, from the path's
// index: within one folder, the first by file name (OneFolder).
func (ix *Index) FirstByPath(ctx context.Context, n int) ([]Summary, error) {
	return ix.summaries(ctx, "SELECT d.path, "+summaryCols+" FROM docs d ORDER BY d.path LIMIT ?", n)
}

// CloseIdle has the database close a connection left idle for d: each
// keeps its own cache of pages (cache_size, 32 MiB), which a program that
// stays open, the UI, need not hold while nobody asks anything. (The
// database a rebuild swaps in keeps them open: a rebuild is rare.)
func (ix *Index) CloseIdle(d time.Duration) { ix.db.setIdle(d) }

// ReleaseIdle closes the connections to the index that no query is using
// now, in both pools, rather than when they have been idle for CloseIdle's
// time: a refresh leaves its connection with a full page cache (32 MiB),
// which the UI held through the whole read of its list at 1M, at the peak
// of its memory (issue 16). The next query opens a connection afresh, a
// millisecond.
func (ix *Index) ReleaseIdle() { ix.db.closeIdle() }

// RowCount is how many articles the index holds (Len), counted on the scan
// pool: count(*) reads the whole of an index of docs once, which on the
// main pool left 30 MiB of pages cached in its connection through the
// whole read of the list at 1M, the UI's peak (issue 16).
func (ix *Index) RowCount(ctx context.Context) (int, error) {
	var n int
	err := ix.db.scanner().QueryRowContext(ctx, "SELECT count(*) FROM docs").Scan(&n)
	return n, err
}
