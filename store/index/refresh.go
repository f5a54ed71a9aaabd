package index

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/kioskreader/kiosk/store/scan"
)

// settle is how long after its last write a file may still be growing (a
// scraper writing it): such files are stat-ed again at every refresh until
// they have been still for this long.
const settle = time.Minute

// Stats counts what a refresh did.
type Stats struct {
	Added, Changed, Removed, Skipped int
}

// Progress hears how many of the files to (re)read are done; total is fixed
// once the folder has been compared with the index.
type Progress func(done, total int)

// job is one file to read: new (id 0) or changed (its row id).
type job struct {
	e  entry
	id int64
}

// plan is what a refresh has to do.
type plan struct {
	jobs     []job
	removed  []int64
	dirs     map[string]int64 // directories listed, and the mtime they had
	goneDirs []string
	unsettle []int64 // settling files that are now still
}

// Refresh brings the index up to date with the folder. The cheap way
// (full=false) stats only the folder's directories: the names of a
// directory whose mtime changed are compared with the index, so added,
// removed and renamed files are seen at once, as are files that were still
// being written at the last refresh; a file rewritten in place long after
// its creation is only seen by a full refresh, which stats every file.
//
// An index found damaged on the way is deleted and rebuilt.
func (ix *Index) Refresh(ctx context.Context, full bool, progress Progress) (Stats, error) {
	ix.refresh.Lock()
	defer ix.refresh.Unlock()
	st, err := ix.refreshLocked(ctx, full, progress)
	if corrupt(err) {
		if err := ix.reset(); err != nil {
			return st, err
		}
		return ix.refreshLocked(ctx, full, progress)
	}
	return st, err
}

func (ix *Index) refreshLocked(ctx context.Context, full bool, progress Progress) (Stats, error) {
	ix.takeNoted() // forget what an interrupted refresh noted
	p, err := ix.plan(ctx, ix.db, full)
	if err != nil {
		return Stats{}, err
	}
	return ix.apply(ctx, p, progress, nil)
}

// Rebuild forgets everything and reads the whole folder again. Until it
// ends, every reader, in this process or another, sees the old index
// whole; then the new one whole. A database that cannot even be emptied
// (a table gone) is replaced by a new one.
func (ix *Index) Rebuild(ctx context.Context, progress Progress) (Stats, error) {
	ix.refresh.Lock()
	defer ix.refresh.Unlock()
	st, err := ix.rebuildLocked(ctx, progress)
	if err != nil && ctx.Err() == nil && !transient(err) {
		if err := ix.reset(); err != nil {
			return st, err
		}
		st, err = ix.rebuildLocked(ctx, progress)
	}
	return st, err
}

// clearAll empties the index.
const clearAll = `DELETE FROM dirs; DELETE FROM docs; DELETE FROM tails; DELETE FROM skipped;
	INSERT INTO fts(fts) VALUES('delete-all');` + clearTop + bumpGen

// rebuildLocked builds the new index beside the old one: in one
// transaction, which SQLite writes apart from the pages readers read (the
// WAL) and makes theirs at once when it commits. An interrupted rebuild
// leaves the old index as it was.
func (ix *Index) rebuildLocked(ctx context.Context, progress Progress) (Stats, error) {
	ix.takeNoted()
	tx, err := ix.db.BeginTx(ctx, nil)
	if err != nil {
		return Stats{}, err
	}
	defer tx.Rollback()
	ix.top = nil // the lists as this transaction sees them are read again
	if _, err := tx.ExecContext(ctx, clearAll); err != nil {
		return Stats{}, err
	}
	p, err := ix.plan(ctx, tx, true)
	if err != nil {
		return Stats{}, err
	}
	ix.phase("walked")
	st, list, err := ix.rebuildApply(ctx, p, progress, tx) // build.go
	if err != nil {
		return st, err
	}
	if err := tx.Commit(); err != nil {
		list.abandon()
		return st, err
	}
	ix.phase("committed")
	list.install()
	err = ix.reclaim(ctx)
	ix.phase("reclaimed")
	return st, err
}

// querier reads the index: the database, or the transaction of a rebuild,
// which sees what it changed.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Update re-reads the given article files (paths inside the folder, as a
// watch reports them): changed ones are read again, vanished ones removed.
func (ix *Index) Update(ctx context.Context, paths []string) (Stats, error) {
	ix.refresh.Lock()
	defer ix.refresh.Unlock()
	ix.takeNoted()
	p := plan{}
	for _, path := range paths {
		rel, ok := ix.relPath(path)
		if !ok {
			continue
		}
		var id, size, mtime, ino int64
		err := ix.db.QueryRowContext(ctx, "SELECT id, size, mtime, ino FROM docs WHERE path=?", rel).Scan(&id, &size, &mtime, &ino)
		if err != nil && err != sql.ErrNoRows {
			return Stats{}, err
		}
		e, ok := ix.stat(rel)
		switch {
		case !ok && id != 0:
			p.removed = append(p.removed, id)
		case ok && (id == 0 || e.size != size || e.mtime != mtime || e.ino != uint64(ino)):
			p.jobs = append(p.jobs, job{e, id})
		}
	}
	return ix.apply(ctx, p, nil, nil)
}

// relPath turns a path under the folder into the stored relative form.
func (ix *Index) relPath(path string) (string, bool) {
	// A relative path is relative to the working directory, as
	// Summary.Path and the watch's paths are.
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	rel, err := relTo(ix.abs, abs)
	if err != nil || rel == "." || strings.HasPrefix(rel, "../") || rel == ".." {
		return "", false
	}
	return rel, isArticleName(baseName(rel))
}

func (ix *Index) plan(ctx context.Context, q querier, full bool) (plan, error) {
	p := plan{dirs: map[string]int64{}}
	ix.startWalk()
	known, err := knownDirs(ctx, q)
	if err != nil {
		return p, err
	}
	var pending []string
	if len(known) == 0 {
		pending = []string{"."}
	}
	stamps := openDirStamps(ix.abs)
	for d, m := range known {
		mtime, isDir, err := stamps.stamp(d) // a link to a folder is not followed
		switch {
		case err != nil || !isDir:
			p.goneDirs = append(p.goneDirs, d)
		case full || mtime != m:
			pending = append(pending, d)
		}
	}
	stamps.close()
	sort.Strings(pending)
	seen := map[int64]bool{}
	for len(pending) > 0 {
		if err := ctx.Err(); err != nil {
			return p, err
		}
		d := pending[0]
		pending = pending[1:]
		if _, done := p.dirs[d]; done {
			continue
		}
		l, err := ix.list(d)
		if err != nil {
			if _, ok := known[d]; ok {
				p.goneDirs = append(p.goneDirs, d)
			}
			if !os.IsNotExist(err) {
				ix.skip(d, scan.Reason(err, 0))
			}
			continue
		}
		p.dirs[d] = l.mtime
		for _, sub := range l.subdirs {
			if _, ok := known[sub]; !ok {
				pending = append(pending, sub)
			}
		}
		if err := ix.compareDir(ctx, q, d, l, full, &p, seen); err != nil {
			return p, err
		}
	}
	if err := ix.checkSettling(ctx, q, &p, seen); err != nil {
		return p, err
	}
	return p, nil
}

func knownDirs(ctx context.Context, q querier) (map[string]int64, error) {
	rows, err := q.QueryContext(ctx, "SELECT path, mtime FROM dirs")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	known := map[string]int64{}
	for rows.Next() {
		var d string
		var m int64
		if err := rows.Scan(&d, &m); err != nil {
			return nil, err
		}
		known[d] = m
	}
	return known, rows.Err()
}

type stored struct {
	id, size, mtime int64
	ino             uint64
}

// compareDir compares the listing of directory d with the index: new names
// are read, vanished ones removed, and (full only) every file is stat-ed.
func (ix *Index) compareDir(ctx context.Context, q querier, d string, l listing, full bool, p *plan, seen map[int64]bool) error {
	rows, err := q.QueryContext(ctx, "SELECT id, path, size, mtime, ino FROM docs WHERE dir=?", d)
	if err != nil {
		return err
	}
	have := map[string]stored{}
	for rows.Next() {
		var s stored
		var rel string
		var ino int64
		if err := rows.Scan(&s.id, &rel, &s.size, &s.mtime, &ino); err != nil {
			rows.Close()
			return err
		}
		s.ino = uint64(ino)
		have[baseName(rel)] = s
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	stats := ix.statNames(d, l.names, func(de dirent) bool { // walk.go
		s, ok := have[de.name]
		return !ok || full || de.ino != s.ino && de.ino != 0 // else same name, same inode: not replaced
	})
	for i, de := range l.names {
		s, ok := have[de.name]
		delete(have, de.name)
		if !stats[i].asked {
			continue
		}
		e, readable := stats[i].e, stats[i].ok
		switch {
		case !readable && ok:
			p.removed = append(p.removed, s.id)
		case !readable:
		case !ok:
			p.jobs = append(p.jobs, job{e: e})
		case e.size != s.size || e.mtime != s.mtime || e.ino != s.ino:
			p.jobs = append(p.jobs, job{e: e, id: s.id})
			seen[s.id] = true
		default:
			seen[s.id] = true
		}
	}
	for _, s := range have {
		p.removed = append(p.removed, s.id)
		seen[s.id] = true
	}
	return nil
}

// checkSettling stats the files that were still being written when last
// read, so that a file the scraper finished later is read whole.
func (ix *Index) checkSettling(ctx context.Context, q querier, p *plan, seen map[int64]bool) error {
	rows, err := q.QueryContext(ctx, "SELECT id, path, size, mtime FROM docs WHERE settling")
	if err != nil {
		return err
	}
	type settlingRow struct {
		stored
		rel string
	}
	var list []settlingRow
	for rows.Next() {
		var r settlingRow
		if err := rows.Scan(&r.id, &r.rel, &r.size, &r.mtime); err != nil {
			rows.Close()
			return err
		}
		list = append(list, r)
	}
	rows.Close()
	now := time.Now().UnixNano()
	for _, r := range list {
		if seen[r.id] {
			continue
		}
		e, ok := ix.stat(r.rel)
		switch {
		case !ok:
			p.removed = append(p.removed, r.id)
		case e.size != r.size || e.mtime != r.mtime:
			p.jobs = append(p.jobs, job{e: e, id: r.id})
		case now-e.mtime > int64(settle):
			p.unsettle = append(p.unsettle, r.id)
		}
	}
	return rows.Err()
}
