package index

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// A rebuild, and a first build, write the list file beside their writer,
// from the rows as they are written, instead of reading every row back
// once they have committed: at 1M that read was 22 s on one core at the
// end of the build, after the optimize, while the other core stood idle.
// The rows come in path order (apply sorts the jobs), as the list file
// wants them, and such a build writes each new row once and removes none,
// so the records are those eachTail would read back. The file is begun at
// the build's start, its header written once the build has ended and its
// generation is known (a header's length does not depend on it), and
// renamed into place only once the build has committed; anything else (an
// error, a removal, a count that differs, another writer between a first
// build's transactions) abandons it, and kiosk index's CheckList writes
// it from the database as before.

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

// newListBuild begins the list file of a build; nil if it cannot (the list
// is then written after, from the database).
func (ix *Index) newListBuild() *listBuild {
	ix.clearStaleLists()
	lw, err := ix.newListWriter("")
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

// finish ends the file once every row is written, for the generation q
// reads (a rebuild's transaction, or the index after a first build's last
// commit): false (and the file abandoned) unless it holds every row the
// build added, none was changed or removed, and the generation is want
// ("" for any: a rebuild's, which no other writer can come between).
func (lb *listBuild) finish(ctx context.Context, q rowQuerier, st Stats, want string) bool {
	if lb == nil {
		return false
	}
	err := lb.stop()
	var gen string
	if err == nil {
		err = q.QueryRowContext(ctx, stampSQL).Scan(&gen)
	}
	if err == nil && (st.Added != lb.n || lb.wrote != lb.n || st.Removed > 0 || st.Changed > 0 || want != "" && gen != want) {
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

// rowQuerier reads one row: a transaction, or the index's database.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

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

// firstList is the list file of a first build (cold.go), written in
// transactions of its own: the index's stamp when it began, which its
// last commit must have moved by those transactions only, else another
// writer came between them and the file lacks its rows.
type firstList struct {
	lb  *listBuild
	id  string
	gen int64
}

// beginFirstList begins a first build's list file; its lb is nil if it
// cannot.
func (ix *Index) beginFirstList(ctx context.Context) firstList {
	var f firstList
	err := ix.db.QueryRowContext(ctx, "SELECT (SELECT value FROM meta WHERE key='id'), CAST((SELECT value FROM meta WHERE key='gen') AS INTEGER)").Scan(&f.id, &f.gen)
	if err == nil {
		f.lb = ix.newListBuild()
	}
	return f
}

// end finishes and installs the file of a first build that committed txs
// transactions and ended with st.
func (f firstList) end(ctx context.Context, ix *Index, st Stats, txs int) {
	want := f.id + "-" + strconv.FormatInt(f.gen+int64(txs), 10)
	if f.lb.finish(ctx, ix.db, st, want) {
		f.lb.install()
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
