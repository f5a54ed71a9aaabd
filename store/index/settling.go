package index

import (
	"context"
	"database/sql"
	"os"
)

// A file still being written (changed since the refresh stat-ed it) that cannot be read as
// an article yet (too large for now, a NUL in a block the writer has not
// filled) is reported as such, and its skip is not kept as final: its
// folder is marked to be listed again at the next refresh, which reads the
// file again, so that it is listed once it is complete (issue 11, E),
// rather than hidden until a full refresh.

// changedSince tells whether the file of e changed since e was taken: a
// writer is at work on it.
func (ix *Index) changedSince(e entry) bool {
	fi, err := os.Stat(ix.abspath(e.rel))
	return err == nil && (fi.Size() != e.size || fi.ModTime().UnixNano() != e.mtime)
}

// skipSettling reports a settling file passed over, for this refresh only.
func (ix *Index) skipSettling(rel, reason string) {
	ix.skipMu.Lock()
	ix.unsure = append(ix.unsure, rel)
	ix.skipMu.Unlock()
	ix.skip(rel, reason+" (still being written: read again at the next refresh)")
}

// recordUnsure forgets the mtime of the folders of the settling files
// passed over, so that the next refresh lists them and reads them again.
func (ix *Index) recordUnsure(ctx context.Context, tx *sql.Tx) error {
	ix.skipMu.Lock()
	unsure := ix.unsure
	ix.unsure = nil
	ix.skipMu.Unlock()
	for _, rel := range unsure {
		if _, err := tx.ExecContext(ctx, "UPDATE dirs SET mtime=0 WHERE path=?", dirOf(rel)); err != nil {
			return err
		}
	}
	return nil
}
