package index

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// A rebuild writes the list file beside its writer, from the rows as they
// are written, instead of reading every row back once it has committed:
// at 1M that read was 22 s on one core at the end of the build, after the
// optimize, while the other core stood idle. The rows come in path order
// (apply sorts the jobs), as the list file wants them, and a rebuild
// writes each new row once and removes none, so the records are those
// eachTail would read back. The file is begun at the build's start for
// the generation it will end at (guessed: see listBuild.finish), finished
// in the rebuild's transaction and renamed into place only once it has
// committed; anything else (an error, a removal, a count that differs, a
// guess of the wrong length) abandons it, and kiosk index's CheckList
// writes it from the database as before.

// listRec is one written row for the list file.
type listRec struct {
	rel  string
	tail []byte // as packTail gave it before deflating it
}

type listBuild struct {
	lw      *listWriter
	in      chan []listRec
	done    chan error
	n       int  // records sent
	wrote   int  // records written, once stopped
	stopped bool // in closed, run ended
	ready   bool // finished, to be installed
	err     error
}

// newListBuild begins the list file of a rebuild in tx; nil if it cannot
// (the list is then written after, from the database).
func (ix *Index) newListBuild(ctx context.Context, tx *sql.Tx) *listBuild {
	ix.clearStaleLists()
	var gen string
	if err := tx.QueryRowContext(ctx, stampSQL).Scan(&gen); err != nil {
		return nil
	}
	lw, err := ix.newListWriter(gen)
	if err != nil {
		return nil
	}
	lb := &listBuild{lw: lw, in: make(chan []listRec, aheadChunks), done: make(chan error, 1)}
	go lb.run()
	return lb
}

// run adds the records.
func (lb *listBuild) run() {
	var err error
	for recs := range lb.in {
		for _, r := range recs {
			if err != nil {
				break
			}
			if err = lb.lw.record([]byte(r.rel), r.tail); err == nil {
				lb.wrote++
			}
		}
	}
	lb.done <- err
}

// add sends a chunk's written rows.
func (lb *listBuild) add(recs []listRec) {
	if lb == nil || len(recs) == 0 {
		return
	}
	lb.n += len(recs)
	lb.in <- recs
}

// stop ends run once every record sent is written.
func (lb *listBuild) stop() error {
	if !lb.stopped {
		close(lb.in)
		lb.err = <-lb.done
		lb.stopped = true
	}
	return lb.err
}

// finish ends the file in tx, the rebuild's, once every row is written:
// false (and the file abandoned) unless it holds every row the rebuild
// added, none was changed or removed, and its header can be tx's
// generation.
func (lb *listBuild) finish(ctx context.Context, tx *sql.Tx, st Stats) bool {
	if lb == nil {
		return false
	}
	err := lb.stop()
	var gen string
	if err == nil {
		err = tx.QueryRowContext(ctx, stampSQL).Scan(&gen)
	}
	if err == nil && (st.Added != lb.n || lb.wrote != lb.n || st.Removed > 0 || st.Changed > 0) {
		err = errListRows
	}
	if err == nil {
		err = lb.lw.finish(gen)
	}
	if err != nil {
		lb.lw.abandon()
		return false
	}
	lb.ready = true
	return true
}

var errListRows = errors.New("the rows written are not the rows listed")

// install puts the finished file in place, after the rebuild committed.
func (lb *listBuild) install() {
	if lb != nil && lb.ready && lb.lw.install() != nil {
		lb.lw.abandon()
	}
}

// abandon removes the file (the rebuild failed, or finish did).
func (lb *listBuild) abandon() {
	if lb != nil {
		lb.stop()
		lb.lw.abandon()
	}
}

// staleList is how long a temporary list file may go unwritten before a
// rebuild takes it for the leftover of a killed kiosk: one being written
// is written every few seconds, and one a rebuild leaves is as large as
// the list (0.4 GB at 1M).
const staleList = 10 * time.Minute

// clearStaleLists removes the temporary list files of this index that
// nothing has written to for staleList.
func (ix *Index) clearStaleLists() {
	tmps, _ := filepath.Glob(filepath.Join(filepath.Dir(ix.file), globEscape(filepath.Base(ix.file))+".list-*"))
	for _, t := range tmps {
		if fi, err := os.Lstat(t); err == nil && fi.Mode().IsRegular() && time.Since(fi.ModTime()) > staleList {
			os.Remove(t)
		}
	}
}

// globEscape makes name match itself in a filepath.Glob pattern.
func globEscape(name string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(name)
}
