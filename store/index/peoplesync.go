package index

import (
	"context"
	"database/sql"
	"strings"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/people"
)

// The tally of who is in the news (store/people) follows the index row by
// row: each row's path, size, mtime and inode tell whether the article the
// tally counted is still the one the row holds. Bringing a tally up to
// date compares those (one pass over small columns of docs, no article
// read: 85 to 130 ms of CPU at 100,000 rows) and reads again only the tails
// of rows added or changed; rows gone are taken out. A rebuild numbers rows
// anew, which the paths tell; another parser comes with another
// schemaVersion, so another database. The tally is kept between runs in a
// file beside the index (tallyfile.go), so that a start reads it instead
// of every tail.

// docsSQL is what a tally compares, for every row.
const docsSQL = "SELECT id, path, size, mtime, ino FROM docs"

// tailsSQL is every row with its tail, in path order: the first tally.
const tailsSQL = "SELECT d.id, d.path, d.size, d.mtime, d.ino, t.tail FROM docs d JOIN tails t ON t.id = d.id ORDER BY d.path"

// manyChanged is the number of changed rows past which their tails are
// read in one pass over every row rather than one query each.
const manyChanged = 2000

// SyncTally brings t, a tally of the index at stamp, up to the index as it
// is now, and returns it and the stamp it is at. A nil t is read from the
// tally file, or started empty; the tally is written to the file again
// when it changed. An error may leave t half brought up: a later call
// mends it, as it compares rows, not changes.
func (ix *Index) SyncTally(ctx context.Context, t *people.Tally, stamp string) (*people.Tally, string, error) {
	// The snapshot is taken while no refresh of this process writes, so
	// that the row log holds what it committed and nothing it has not.
	locked := ix.refresh.TryLock()
	unlock := func() {
		if locked {
			ix.refresh.Unlock()
			locked = false
		}
	}
	defer unlock()
	tx, err := ix.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return t, stamp, err
	}
	defer tx.Rollback()
	var now string
	if err := tx.QueryRowContext(ctx, stampSQL).Scan(&now); err != nil {
		return t, stamp, err
	}
	var rows []int64
	logged := false
	if locked {
		since := stamp
		if t == nil {
			since = "" // a tally the log did not follow
		}
		rows, logged = ix.takeLog(since, now)
	}
	unlock()
	if t == nil {
		t, stamp = ix.readTally(now)
	}
	if stamp == now {
		return t, now, nil
	}
	filled := t.Len() == 0
	switch {
	case filled:
		err = ix.fillTally(ctx, tx, t)
	case logged:
		err = ix.logTally(ctx, tx, t, rows)
	default:
		err = ix.updateTally(ctx, tx, t)
	}
	if err != nil {
		return t, stamp, err
	}
	if filled || t.Unsaved() > max(saveEvery, t.Len()/100) {
		ix.writeTally(t, now) // a cache: a start without it only reads more
	}
	return t, now, nil
}

// logTally reads again the rows the row log names, then compares every
// row should the tally not count as many rows as the index holds.
func (ix *Index) logTally(ctx context.Context, tx *sql.Tx, t *people.Tally, rows []int64) error {
	q := tailsSQL[:strings.Index(tailsSQL, " ORDER BY")] + " WHERE d.id = ?"
	for _, row := range rows {
		found := false
		err := eachTally(ctx, tx, q, nil, func(d people.Doc, it people.Item) {
			t.Put(d, it)
			found = true
		}, row)
		if err != nil {
			return err
		}
		if !found {
			t.Remove(row)
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM docs").Scan(&n); err != nil {
		return err
	}
	if n != t.Len() {
		return ix.updateTally(ctx, tx, t)
	}
	return nil
}

// fillTally counts every row.
func (ix *Index) fillTally(ctx context.Context, tx *sql.Tx, t *people.Tally) error {
	defer ix.compared()
	return eachTally(ctx, tx, tailsSQL, nil, func(d people.Doc, it people.Item) { t.Put(d, it) })
}

// updateTally compares every row with what t counted, and counts again the
// rows that differ.
func (ix *Index) updateTally(ctx context.Context, tx *sql.Tx, t *people.Tally) error {
	rows, err := tx.QueryContext(ctx, docsSQL)
	if err != nil {
		return err
	}
	defer rows.Close()
	defer ix.compared()
	t.BeginCheck()
	changed := map[int64]bool{}
	var path sql.RawBytes
	for rows.Next() {
		var row, size, mtime, ino int64
		if err := rows.Scan(&row, &path, &size, &mtime, &ino); err != nil {
			return err
		}
		if !t.Check(row, path, size, mtime, ino) {
			changed[row] = true
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, row := range t.Unseen() {
		t.Remove(row)
	}
	if len(changed) == 0 {
		return nil
	}
	put := func(d people.Doc, it people.Item) { t.Put(d, it) }
	if len(changed) > manyChanged {
		return eachTally(ctx, tx, tailsSQL, changed, put)
	}
	q := tailsSQL[:strings.Index(tailsSQL, " ORDER BY")] + " WHERE d.id = ?"
	for row := range changed {
		if err := eachTally(ctx, tx, q, nil, put, row); err != nil {
			return err
		}
	}
	return nil
}

// eachTally calls f with the Doc and Item of each row query returns (in
// tailsSQL's columns), of the rows in only when it is not nil.
func eachTally(ctx context.Context, tx *sql.Tx, query string, only map[int64]bool, f func(people.Doc, people.Item), args ...any) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var buf []byte
	var it people.Item // its slice of actors used again: Put keeps none of it
	for rows.Next() {
		var d people.Doc
		var blob sql.RawBytes
		if err := rows.Scan(&d.Row, &d.Path, &d.Size, &d.Mtime, &d.Ino, &blob); err != nil {
			return err
		}
		if only != nil && !only[d.Row] {
			continue
		}
		if buf, err = unpackTail(buf[:0], blob); err != nil {
			return err
		}
		if err := tailItem(buf, &it); err != nil {
			if err := slowTailItem(buf, &it); err != nil {
				return err
			}
		}
		it.ID = article.IDOf(d.Path)
		f(d, it)
	}
	return rows.Err()
}

// saveEvery is how many articles must have changed since the tally file
// was written, at least, for it to be written again: the file is of use
// at any generation of its database (a start reads again only the rows
// that changed since), and writing it at every change of a live folder
// would cost the folder's size each time (18 MB at 100,000 articles).
const saveEvery = 200
