package index

import (
	"context"
	"database/sql"
	"path/filepath"

	"github.com/kioskreader/kiosk/store/scan"
)

// A refresh reads only the folders that changed, so the files it passed
// over in the others are remembered in the skipped table: a list reports
// them every time, as a scan would.

// skip reports a file passed over, and notes it for recordSkips.
func (ix *Index) skip(rel, reason string) {
	ix.skipMu.Lock()
	ix.noted = append(ix.noted, scan.Skip{Path: rel, Reason: reason})
	ix.skipMu.Unlock()
	if ix.Skipped != nil {
		ix.Skipped(ix.joinPath(rel), reason)
	}
}

// takeNoted returns the skips noted since the last call.
func (ix *Index) takeNoted() []scan.Skip {
	ix.skipMu.Lock()
	defer ix.skipMu.Unlock()
	noted := ix.noted
	ix.noted = nil
	return noted
}

// recordSkips replaces what the skipped table says of the folders listed
// and the files read by p with what this refresh found.
func (ix *Index) recordSkips(ctx context.Context, tx *sql.Tx, p plan) error {
	for d := range p.dirs {
		if _, err := tx.ExecContext(ctx, "DELETE FROM skipped WHERE dir=?", d); err != nil {
			return err
		}
	}
	for _, j := range p.jobs {
		if _, listed := p.dirs[dirOf(j.e.rel)]; listed {
			continue
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM skipped WHERE path=?", j.e.rel); err != nil {
			return err
		}
	}
	for _, s := range ix.takeNoted() {
		if _, err := tx.ExecContext(ctx, "INSERT OR REPLACE INTO skipped VALUES(?,?,?)", s.Path, dirOf(s.Path), s.Reason); err != nil {
			return err
		}
	}
	return nil
}

// Skips is every file the index passed over, in path order, with its
// reason, as of the last refresh.
func (ix *Index) Skips(ctx context.Context) ([]scan.Skip, error) {
	rows, err := ix.db.QueryContext(ctx, "SELECT path, reason FROM skipped ORDER BY path")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []scan.Skip
	for rows.Next() {
		var s scan.Skip
		if err := rows.Scan(&s.Path, &s.Reason); err != nil {
			return nil, err
		}
		s.Path = ix.joinPath(s.Path)
		list = append(list, s)
	}
	return list, rows.Err()
}

// joinPath is the path of rel as the caller named the folder.
func (ix *Index) joinPath(rel string) string {
	return filepath.Join(ix.dir, filepath.FromSlash(rel))
}

// hasNoted tells whether skips were noted since the last takeNoted.
func (ix *Index) hasNoted() bool {
	ix.skipMu.Lock()
	defer ix.skipMu.Unlock()
	return len(ix.noted) > 0
}
