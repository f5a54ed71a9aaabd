package index

import (
	"sync"
	"time"
)

// The row log is how a tally (peoplesync.go) learns which rows this
// process wrote since it last looked, so that a change of one article
// costs that article, not a comparison of every row. writeRow and
// deleteDoc note their rows. The log speaks only of this process: a
// change the generation shows but the log does not (another kiosk wrote,
// or a refresh changed only directories) makes the tally compare every
// row, as does a tally the log has not followed (a start, the file's), a
// row count that disagrees after the log's rows are read again (a
// rebuild empties the table at once), and, at most once a minute, any
// change, should another process have written between two of this one's.

// fullEvery is how long the log is trusted before every row is compared
// again.
const fullEvery = time.Minute

type rowLog struct {
	mu   sync.Mutex
	rows map[int64]struct{}
	from string    // the stamp the log has been kept since ("" none)
	full time.Time // when every row was last compared
}

// noteRow records that row was written (added, rewritten or removed).
func (ix *Index) noteRow(row int64) {
	l := &ix.rowLog
	l.mu.Lock()
	if l.rows == nil {
		l.rows = map[int64]struct{}{}
	}
	l.rows[row] = struct{}{}
	l.mu.Unlock()
}

// takeLog empties the log, which from then on is kept since stamp now. It
// returns the rows written since stamp since, ok false when the log cannot
// vouch that they are all the rows changed since: then the caller
// compares every row, and calls compared.
func (ix *Index) takeLog(since, now string) (rows []int64, ok bool) {
	l := &ix.rowLog
	l.mu.Lock()
	defer l.mu.Unlock()
	ok = since != "" && since == l.from && len(l.rows) > 0 && time.Since(l.full) < fullEvery
	for r := range l.rows {
		rows = append(rows, r)
	}
	l.rows, l.from = nil, now
	return rows, ok
}

// compared notes that every row was compared at stamp.
func (ix *Index) compared() {
	l := &ix.rowLog
	l.mu.Lock()
	l.full = time.Now()
	l.mu.Unlock()
}
