package index

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"time"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/scan"
)

// batch is how many files are parsed at once; txRows how many go into one
// transaction (variables only for tests that need many of each).
var (
	batch  = 512
	txRows = 4096
)

// aheadChunks is how many parsed chunks may wait for the writer. The
// writer now and then works alone for seconds: choosing the listed words
// (at 1,000 rows, then each time the rows double), flushing FTS5's terms;
// with two chunks waiting, the parse stopped there, and one core stood
// idle (KIOSK_SCHEDTRACE). Six chunks, 3,072 rows, let the parse go on
// meanwhile; the parse budget (scan.ParseBudget) still bounds the bytes
// they hold, whatever their number.
const aheadChunks = 6

// row is one parsed file, ready to write: only what is stored, so that a
// transaction's worth of rows stays small.
type row struct {
	job
	ok                             bool // false: unreadable, remove it
	title, lang, url, domain, body string
	names                          string // actor names and aliases, for the actors column
	ftsTitle, stems                string // the title's words; the stems of its and the body's words
	comments                       any    // int or nil
	words                          int
	date                           dateCols
	tail, rawTail                  []byte // see packTail
	settling                       bool
	held                           int64 // bytes of scan.ParseBudget, until written (budget.go)
}

// apply carries out a plan: removals first, then the files read in
// parallel, in path order, written as they come, and last the directory
// mtimes, so an interrupted refresh lists those directories again. With
// outer, all of it is written in that transaction, which the caller
// commits; else in transactions of txRows rows, which readers see as they
// commit.
func (ix *Index) apply(ctx context.Context, p plan, progress Progress, outer *sql.Tx) (Stats, error) {
	return ix.applyListing(ctx, p, progress, outer, nil)
}

// rebuildApply is apply for a rebuild in tx, writing the list file
// beside it (listbuild.go): the caller installs it once tx has committed,
// or abandons it.
func (ix *Index) rebuildApply(ctx context.Context, p plan, progress Progress, tx *sql.Tx) (Stats, *listBuild, error) {
	lb := ix.newListBuild()
	st, err := ix.applyListing(ctx, p, progress, tx, lb)
	if err != nil {
		lb.abandon()
		return st, nil, err
	}
	return st, lb, nil
}

// applyListing is apply, handing what it writes to lb (when not nil).
func (ix *Index) applyListing(ctx context.Context, p plan, progress Progress, outer *sql.Tx, lb *listBuild) (Stats, error) {
	ix.topSeen = wordCounter{}
	defer func() { ix.top, ix.topSeen = nil, wordCounter{} }()
	var st Stats
	if outer != nil {
		if err := ix.coldStart(ctx, outer); err != nil { // cold.go
			return st, err
		}
	}
	if err := ix.remove(ctx, p.removed, outer); err != nil {
		return st, err
	}
	st.Removed = len(p.removed)
	sort.Slice(p.jobs, func(i, j int) bool { return p.jobs[i].e.rel < p.jobs[j].e.rel })
	// Chunks wait to be written, so parsing never stops while a chunk is
	// written (each chunk is written at once, not held for its commit).
	chunks := make(chan []row, aheadChunks)
	go ix.parseChunks(ctx, p.jobs, chunks)
	if progress != nil {
		progress(0, len(p.jobs))
	}
	w := writer{ix: ix, ctx: ctx, st: &st, outer: outer, list: lb}
	var firstList firstList
	if outer == nil {
		var err error
		if w.first, err = ix.isFirst(ctx, p); err != nil { // cold.go
			return st, err
		}
		if w.first {
			firstList = ix.beginFirstList(ctx) // listbuild.go
			defer firstList.lb.abandon()       // (once installed, nothing)
			w.list = firstList.lb
		}
	}
	if (outer != nil || w.first) && !plainBuild {
		w.pipe = newTopPipe(ix, ctx) // toppipe.go
	}
	done := 0
	var err error
	for rows := range chunks {
		if err != nil {
			release(rows) // budget.go
			continue      // let the parser finish
		}
		err = w.add(rows) // gives the rows' budget back
		done += len(rows)
		if progress != nil {
			progress(done, len(p.jobs))
		}
	}
	if err == nil {
		err = w.commit()
	}
	if perr := w.pipe.close(); err == nil {
		err = perr
	}
	w.rollback()
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return st, err
	}
	if outer != nil {
		if err := ix.finishTx(ctx, outer, p, &st); err != nil {
			return st, err
		}
		if err := ix.topFlush(ctx, outer); err != nil {
			return st, err
		}
		lb.finish(ctx, outer, st, "") // before the optimize, which it need not wait for
		ix.phase("written")
		return st, ix.coldEnd(ctx, outer)
	}
	if p.empty() && !ix.hasNoted() {
		return st, nil // nothing to write: no need to wait for a writer
	}
	err = ix.inTx(ctx, func(tx *sql.Tx) error {
		if err := ix.finishTx(ctx, tx, p, &st); err != nil {
			return err
		}
		return ix.firstEnd(ctx, tx) // cold.go
	})
	if err != nil {
		return st, err
	}
	firstList.end(ctx, ix, st, w.txs)
	return st, ix.reclaim(ctx)
}

// reclaim gives the file's free pages back to the file system once they
// are a twentieth of it: below that, the next writes reuse them.
func (ix *Index) reclaim(ctx context.Context) error {
	var free, pages int64
	if err := ix.db.QueryRowContext(ctx, "PRAGMA freelist_count").Scan(&free); err != nil {
		return err
	}
	if err := ix.db.QueryRowContext(ctx, "PRAGMA page_count").Scan(&pages); err != nil {
		return err
	}
	if free*20 < pages {
		return nil
	}
	_, err := ix.db.ExecContext(ctx, "PRAGMA incremental_vacuum")
	return err
}

func (ix *Index) parse(j job) row {
	r := row{job: j}
	data, err := scan.ReadFile(ix.abspath(j.e.rel), ix.MaxSize)
	switch {
	case err != nil && ix.changedSince(j.e):
		ix.skipSettling(j.e.rel, scan.Reason(err, ix.MaxSize)) // settling.go
		return r
	case err != nil:
		ix.skip(j.e.rel, scan.Reason(err, ix.MaxSize))
		return r
	}
	r.ok = true // the parse budget is held by parseChunks, until the row is written
	fillRow(&r, data)
	return r
}

// fillRow parses a file's bytes into r: all of a row's work that needs no
// file and no database (benchmarked alone by BenchmarkParse).
func fillRow(r *row, data []byte) {
	j := r.job
	a := article.ParseAt(j.e.rel, data, time.Unix(0, j.e.mtime)) // a file's mtime is when it was scraped
	r.title, r.lang, r.words = a.Title, a.Lang, a.Words
	if a.Source != nil {
		r.url, r.domain = a.Source.URL, a.Source.Domain
	}
	if a.Comments != nil {
		r.comments = *a.Comments
	}
	var stems strings.Builder
	text := searchText(a)                // furniture.go
	stems.Grow(len(a.Title) + len(text)) // about the stems' size: grown once, not doubled up to it
	r.ftsTitle = indexWords(a.Title, a.Lang, &stems)
	r.body = indexWords(text, a.Lang, &stems)
	r.stems = stems.String()
	r.names = actorWords(a.Actors)
	r.date = datesOf(a.Date)
	r.rawTail, r.tail = packTail(a)
	r.settling = time.Now().UnixNano()-j.e.mtime < int64(settle)
}

func (ix *Index) remove(ctx context.Context, ids []int64, outer *sql.Tx) error {
	for start := 0; start < len(ids); start += batch {
		err := ix.inOrTx(ctx, outer, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, bumpGen); err != nil {
				return err
			}
			for _, id := range ids[start:min(start+batch, len(ids))] {
				if err := ix.deleteDoc(ctx, tx, id); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func (ix *Index) deleteDoc(ctx context.Context, tx *sql.Tx, id int64) error {
	ix.noteRow(id) // for the tally (rowlog.go)
	if _, err := tx.ExecContext(ctx, "DELETE FROM fts WHERE rowid=?", id); err != nil {
		return err
	}
	if err := ix.topRemove(ctx, tx, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM tails WHERE id=?", id); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, "DELETE FROM docs WHERE id=?", id)
	return err
}

// inOrTx runs f in outer if there is one, else in a transaction of its own.
func (ix *Index) inOrTx(ctx context.Context, outer *sql.Tx, f func(*sql.Tx) error) error {
	if outer != nil {
		return f(outer)
	}
	return ix.inTx(ctx, f)
}

func (ix *Index) inTx(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := ix.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	ix.top = nil // the lists as this transaction sees them are read again
	err = f(tx)
	if err == nil {
		err = ix.topFlush(ctx, tx)
	}
	if err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

const (
	insertDoc = `INSERT INTO docs(path, dir, size, mtime, ino, settling, title, lang, url, domain, comments, words, date, date_from, date_lo, date_hi)
		VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(path) DO NOTHING`
	updateDoc = `UPDATE docs SET size=?, mtime=?, ino=?, settling=?, title=?, lang=?, url=?, domain=?, comments=?, words=?,
		date=?, date_from=?, date_lo=?, date_hi=? WHERE id=?`
	insertFTS = `INSERT INTO fts(rowid, title, body, actors, source, lang, stems) VALUES(?,?,?,?,?,?,?)`
	putTail   = `INSERT OR REPLACE INTO tails(id, tail) VALUES(?,?)`
	// bumpGen marks the index changed, in the transaction that changes it,
	// for the list file (see WriteList).
	bumpGen = `UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'gen';`
)

// writer writes parsed rows as they come, in transactions of txRows rows
// (or all in outer): FTS5 writes a segment per commit, and fewer, larger
// segments need less merging. Readers are not blocked meanwhile (WAL).
type writer struct {
	ix            *Index
	ctx           context.Context
	st            *Stats
	outer         *sql.Tx // the caller's, never committed here
	tx            *sql.Tx
	ins, upd, fts *sql.Stmt
	tail          *sql.Stmt
	n             int // rows in the open transaction
	txs           int // transactions begun, each moving the generation by one
	top           topCount
	pipe          *topPipe   // the lists' work beside the writer (toppipe.go); nil: writeRow does it
	first         bool       // a first build (cold.go), until its first transaction is begun
	items         []topItem  // for the pipe, from the chunk being written
	list          *listBuild // a rebuild's list file (listbuild.go), or nil
	listed        []listRec  // for it, from the chunk being written
}

// add writes a chunk of rows and gives their parse budget back: at once,
// or, with a pipe, once the lists are done with them.
func (w *writer) add(rows []row) error {
	if err := w.write(rows); err != nil {
		release(rows)
		return err
	}
	w.list.add(w.listed)
	w.listed = nil // the list's now
	if err := w.handOff(rows); err != nil {
		return err
	}
	if err := w.topEval(); err != nil {
		return err
	}
	w.n += len(rows)
	if w.n >= txRows {
		return w.commit()
	}
	return nil
}

func (w *writer) write(rows []row) error {
	if w.tx == nil {
		if err := w.begin(); err != nil {
			return err
		}
	}
	w.items = w.items[:0]
	for i := range rows {
		if err := w.writeRow(&rows[i]); err != nil {
			return err
		}
	}
	return nil
}

// handOff gives the pipe the chunk's articles (and rows, to release), and
// waits for it when words are to be chosen, which reads the lists and the
// counts; without a pipe, it releases the rows.
func (w *writer) handOff(rows []row) error {
	if w.pipe == nil {
		release(rows)
		return nil
	}
	st, err := w.ix.topFor(w.ctx, w.tx)
	if err != nil {
		release(rows)
		return err
	}
	w.pipe.in <- topBatch{st: st, items: w.items, rows: rows}
	w.items = nil // the pipe's now
	if w.top.due() {
		return w.pipe.drain()
	}
	return nil
}

func (w *writer) begin() error {
	tx, err := w.outer, error(nil)
	if tx == nil {
		if tx, err = w.ix.db.BeginTx(w.ctx, nil); err != nil {
			return err
		}
	}
	w.tx = tx
	if w.outer == nil {
		if err := w.ix.topCarry(w.ctx, tx); err != nil {
			return err
		}
	}
	if w.first {
		if err := w.ix.firstStart(w.ctx, tx); err != nil {
			return err
		}
		w.first = false
	}
	if w.top, err = readTopCount(w.ctx, tx); err != nil {
		return err
	}
	if _, err := tx.ExecContext(w.ctx, bumpGen); err != nil {
		return err
	}
	w.txs++
	for _, s := range []struct {
		stmt **sql.Stmt
		sql  string
	}{{&w.ins, insertDoc}, {&w.upd, updateDoc}, {&w.fts, insertFTS}, {&w.tail, putTail}} {
		if *s.stmt, err = tx.PrepareContext(w.ctx, s.sql); err != nil {
			return err
		}
	}
	return nil
}

// commit ends the open transaction, if any and its own; in the caller's,
// it only prunes the top lists, which keeps them small: they are written
// once, when the caller's transaction ends (apply), not every txRows rows
// (most articles enter a level only to leave it soon after; writing each
// change cost 4% of a cold build's CPU at 100k).
func (w *writer) commit() error {
	if w.tx == nil {
		return nil
	}
	if w.outer != nil {
		w.n = 0
		if w.pipe != nil {
			st, err := w.ix.topFor(w.ctx, w.tx)
			if err != nil {
				return err
			}
			w.pipe.in <- topBatch{st: st, prune: true}
			return nil
		}
		return w.ix.topPrune(w.ctx, w.tx)
	}
	if err := w.pipe.drain(); err != nil {
		return err
	}
	if err := w.ix.topFlush(w.ctx, w.tx); err != nil {
		return err
	}
	if err := w.ix.topCommitting(w.ctx, w.tx); err != nil {
		return err
	}
	err := w.tx.Commit()
	w.tx, w.n = nil, 0
	return err
}

// rollback abandons the open transaction, if any and its own (after a
// failure).
func (w *writer) rollback() {
	if w.tx != nil && w.outer == nil {
		w.tx.Rollback()
		w.tx, w.n = nil, 0
	}
}

func (w *writer) writeRow(r *row) error {
	ctx, tx, ins, upd, st := w.ctx, w.tx, w.ins, w.upd, w.st
	if r.id != 0 { // removes it from the lists: the pipe must be done with them
		if err := w.pipe.drain(); err != nil {
			return err
		}
	}
	if !r.ok {
		st.Skipped++
		if r.id != 0 {
			st.Removed++
			return w.ix.deleteDoc(ctx, tx, r.id)
		}
		return nil
	}
	id := r.id
	if id == 0 {
		res, err := ins.ExecContext(ctx, r.e.rel, dirOf(r.e.rel), r.e.size, r.e.mtime, int64(r.e.ino), r.settling,
			r.title, r.lang, r.url, r.domain, r.comments, r.words, r.date.value, r.date.from, r.date.lo, r.date.hi)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil // another kiosk indexed it meanwhile
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		st.Added++
		w.top.added++
	} else {
		if _, err := tx.ExecContext(ctx, "DELETE FROM fts WHERE rowid=?", id); err != nil {
			return err
		}
		if err := w.ix.topRemove(ctx, tx, id); err != nil {
			return err
		}
		if _, err := upd.ExecContext(ctx, r.e.size, r.e.mtime, int64(r.e.ino), r.settling,
			r.title, r.lang, r.url, r.domain, r.comments, r.words, r.date.value, r.date.from, r.date.lo, r.date.hi, id); err != nil {
			return err
		}
		st.Changed++
	}
	w.ix.noteRow(id) // for the tally (rowlog.go)
	if _, err := w.tail.ExecContext(ctx, id, r.tail); err != nil {
		return err
	}
	cols := []string{r.ftsTitle, r.body, r.names, indexText(r.domain), indexText(r.lang), r.stems}
	if _, err := w.fts.ExecContext(ctx, id, cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]); err != nil {
		return err
	}
	if w.list != nil {
		w.listed = append(w.listed, listRec{r.e.rel, r.rawTail})
	}
	if w.pipe != nil {
		w.items = append(w.items, topItem{id, cols})
		return nil
	}
	return w.ix.topAdd(ctx, tx, id, []any{cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]})
}

// finishTx records the directories listed and forgets the vanished ones.
func (ix *Index) finishTx(ctx context.Context, tx *sql.Tx, p plan, st *Stats) error {
	for _, d := range p.goneDirs {
		// With the folder go the files below it, even in subfolders
		// that a refresh cut short never recorded.
		rows, err := tx.QueryContext(ctx, "SELECT id FROM docs WHERE ?='.' OR dir=? OR substr(dir, 1, ?)=?", d, d, len(d)+1, d+"/")
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var id int64
			rows.Scan(&id)
			ids = append(ids, id)
		}
		rows.Close()
		for _, id := range ids {
			if err := ix.deleteDoc(ctx, tx, id); err != nil {
				return err
			}
		}
		st.Removed += len(ids)
		if _, err := tx.ExecContext(ctx, "DELETE FROM skipped WHERE dir=? OR substr(dir, 1, ?)=?", d, len(d)+1, d+"/"); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM dirs WHERE path=?", d); err != nil {
			return err
		}
	}
	if len(p.goneDirs) > 0 {
		if _, err := tx.ExecContext(ctx, bumpGen); err != nil {
			return err
		}
	}
	for d, m := range p.dirs {
		if _, err := tx.ExecContext(ctx, "INSERT OR REPLACE INTO dirs VALUES(?,?)", d, m); err != nil {
			return err
		}
	}
	if err := ix.recordSkips(ctx, tx, p); err != nil {
		return err
	}
	if err := ix.recordUnsure(ctx, tx); err != nil {
		return err
	}
	for _, id := range p.unsettle {
		if _, err := tx.ExecContext(ctx, "UPDATE docs SET settling=0 WHERE id=?", id); err != nil {
			return err
		}
	}
	return nil
}

// empty tells a plan with nothing to write.
func (p plan) empty() bool {
	return len(p.jobs) == 0 && len(p.removed) == 0 && len(p.dirs) == 0 && len(p.goneDirs) == 0 && len(p.unsettle) == 0
}
