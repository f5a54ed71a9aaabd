package index

import (
	"context"
	"database/sql"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Top lists: ranking a word found in most articles without scoring every
// one of them.
//
// For one word, FTS5's BM25 is idf × g(f, D): f the word's count in the
// row weighted by column, D the row's length in words. idf is the same for
// every row, and g grows with f and shrinks with D whatever the average
// length, so an article beats every other of the same f that is longer
// (or as long, with a larger row id, which is how ties are broken). For
// each frequent word and each value of f (a level), the index keeps the
// topKeep shortest articles, and the smallest (D, id) it ever left out (the
// level's bound): no article of the level outside the list can score more
// than g(f, bound). A search scores the lists alone, and answers from them
// only if the k-th best score beats every level's bound (topq.go); else it
// scores every match, as before.
//
// Which words have lists is decided from FTS5's own counts (topeval.go);
// the lists are kept by every write, in the write's transaction, so a
// reader sees the lists of the index it reads.

// topKeep is how many articles a level keeps: more than the 50 that
// kiosk search shows, so that a level whose first articles were deleted
// can still answer.
var topKeep = 64

// colWeights are the BM25 weights of the fts columns: the title weighs
// most, then the actors, then the body.
var colWeights = []float64{10, 1, 3, 1, 0, 1}

// ftsColumns names the fts columns in order, as fts5vocab reports them.
var ftsColumns = []string{"title", "body", "actors", "source", "lang", "stems"}

// weights is colWeights as bm25() takes them.
var weights = func() string {
	s := make([]string, len(colWeights))
	for i, w := range colWeights {
		s[i] = strconv.FormatFloat(w, 'f', 1, 64)
	}
	return strings.Join(s, ", ")
}()

const topSchema = `
-- Top lists (see topk.go): the words that have them, each level's bound,
-- and the articles each level keeps.
CREATE TABLE topterms(tid INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE);
CREATE TABLE toplevels(tid INTEGER NOT NULL, f REAL NOT NULL, blen INTEGER NOT NULL, bid INTEGER NOT NULL,
	PRIMARY KEY(tid, f)) WITHOUT ROWID;
CREATE TABLE topk(tid INTEGER NOT NULL, f REAL NOT NULL, len INTEGER NOT NULL, id INTEGER NOT NULL,
	PRIMARY KEY(tid, f, len, id)) WITHOUT ROWID;
-- Where FTS5 holds each word: what a new list starts from.
CREATE VIRTUAL TABLE fts_inst USING fts5vocab(fts, instance);
`

const clearTop = `DELETE FROM topterms; DELETE FROM toplevels; DELETE FROM topk; DELETE FROM meta WHERE key='topn';`

// lenID orders the articles of a level: shorter first, then lower id.
type lenID struct{ len, id int64 }

func (a lenID) less(b lenID) bool { return a.len < b.len || a.len == b.len && a.id < b.id }

type levelKey struct {
	tid int64
	f   float64
}

// level is one word's articles of one weighted count, shortest first.
type level struct {
	docs  []lenID
	bound *lenID // the smallest left out, if any was
	// In a cold build (noRemovals), from the last prune on: an article
	// this long or longer is beaten by topKeep kept ones, and stays so
	// (nothing is removed), so put leaves it out at once instead of
	// holding it until the next prune cuts it; 0: none known.
	floor int64
	// what the database holds, as of the last flush
	saved      []lenID
	savedBound *lenID
}

// topState is the lists as a write changes them, loaded at its first
// change and dropped when the write ends. Changes are made in memory and
// written when the write's transaction is about to commit (flush): most
// articles of a cold build enter a level only to be left out soon after.
type topState struct {
	terms   map[string]int64
	levels  map[levelKey]*level
	touched map[levelKey]bool    // levels changed since the last flush
	dirty   map[int64]bool       // words whose levels grew since the last prune
	byID    map[int64][]levelKey // the levels each article is in; nil in a cold build (noRemovals)
	counts  map[int64]float64    // countDoc's, reused from article to article
	gen     string               // the index's generation the lists are of, once committed
}

// loadTop reads the lists.
func loadTop(ctx context.Context, tx *sql.Tx) (*topState, error) {
	st := &topState{terms: map[string]int64{}, levels: map[levelKey]*level{}, touched: map[levelKey]bool{},
		dirty: map[int64]bool{}, byID: map[int64][]levelKey{}}
	rows, err := tx.QueryContext(ctx, "SELECT tid, term FROM topterms")
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var tid int64
		var term string
		if err := rows.Scan(&tid, &term); err != nil {
			rows.Close()
			return nil, err
		}
		st.terms[term] = tid
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if rows, err = tx.QueryContext(ctx, "SELECT tid, f, len, id FROM topk ORDER BY tid, f, len, id"); err != nil {
		return nil, err
	}
	for rows.Next() {
		var k levelKey
		var d lenID
		if err := rows.Scan(&k.tid, &k.f, &d.len, &d.id); err != nil {
			rows.Close()
			return nil, err
		}
		st.level(k).docs = append(st.level(k).docs, d)
		st.byID[d.id] = append(st.byID[d.id], k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if rows, err = tx.QueryContext(ctx, "SELECT tid, f, blen, bid FROM toplevels"); err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var k levelKey
		var b lenID
		if err := rows.Scan(&k.tid, &k.f, &b.len, &b.id); err != nil {
			return nil, err
		}
		st.level(k).bound = &b
	}
	for _, l := range st.levels {
		l.saved, l.savedBound = slices.Clone(l.docs), l.bound
	}
	return st, rows.Err()
}

func (st *topState) level(k levelKey) *level {
	l := st.levels[k]
	if l == nil {
		l = &level{}
		st.levels[k] = l
	}
	return l
}

// topDoc is what the lists need of one article: its weighted count of each
// listed word it holds, and its length.
type topDoc struct {
	id     int64
	length int64
	counts map[int64]float64
}

// countDoc reads the columns of an article as given to FTS5 (words a space
// apart) for the listed words.
func (st *topState) countDoc(id int64, cols []string, seen *wordCounter) topDoc {
	if st.counts == nil {
		st.counts = map[int64]float64{}
	}
	clear(st.counts) // add reads them before the next article: one map, not one an article
	d := topDoc{id: id, counts: st.counts}
	seen.docs++
	for c, text := range cols {
		if ftsColumns[c] == "stems" { // never listed (frequentWords), so only counted
			for range strings.FieldsSeq(text) {
				d.length++
			}
			continue
		}
		for w := range strings.FieldsSeq(text) {
			d.length++
			if tid, ok := st.terms[w]; ok {
				d.counts[tid] += colWeights[c]
			} else {
				seen.word(w)
			}
		}
	}
	return d
}

// add puts an article in the levels of the listed words it holds.
func (st *topState) add(ctx context.Context, tx *sql.Tx, d topDoc) error {
	for tid, f := range d.counts {
		if f == 0 {
			continue // only in a column of weight 0: scored 0, never ranked by a list
		}
		if err := st.put(ctx, tx, levelKey{tid, f}, lenID{d.length, d.id}); err != nil {
			return err
		}
	}
	return nil
}

// put adds one article to a level, leaving out the longest when it is full.
func (st *topState) put(ctx context.Context, tx *sql.Tx, k levelKey, d lenID) error {
	l := st.level(k)
	if l.floor > 0 && d.len >= l.floor {
		return st.leaveOut(ctx, tx, k, l, d)
	}
	if len(l.docs) >= topKeep && !d.less(l.docs[len(l.docs)-1]) {
		return st.leaveOut(ctx, tx, k, l, d)
	}
	i := sort.Search(len(l.docs), func(i int) bool { return d.less(l.docs[i]) })
	l.docs = append(l.docs, lenID{})
	copy(l.docs[i+1:], l.docs[i:])
	l.docs[i] = d
	st.dirty[k.tid] = true
	st.touched[k] = true
	if st.byID != nil {
		st.byID[d.id] = append(st.byID[d.id], k)
	}
	if len(l.docs) <= topKeep {
		return nil
	}
	last := l.docs[len(l.docs)-1]
	l.docs = l.docs[:len(l.docs)-1]
	if err := st.drop(ctx, tx, k, last); err != nil {
		return err
	}
	return st.leaveOut(ctx, tx, k, l, last)
}

// drop forgets that an article is in a level (already out of l.docs).
func (st *topState) drop(ctx context.Context, tx *sql.Tx, k levelKey, d lenID) error {
	st.touched[k] = true
	if st.byID == nil {
		return nil
	}
	keys := st.byID[d.id]
	if i := slices.Index(keys, k); i >= 0 {
		keys = slices.Delete(keys, i, i+1)
	}
	if len(keys) == 0 {
		delete(st.byID, d.id)
	} else {
		st.byID[d.id] = keys
	}
	return nil
}

// leaveOut records that d is not in its level's list.
func (st *topState) leaveOut(ctx context.Context, tx *sql.Tx, k levelKey, l *level, d lenID) error {
	if l.bound != nil && !d.less(*l.bound) {
		return nil
	}
	l.bound = &d
	st.touched[k] = true
	return nil
}

// flush writes what changed in the levels since the last flush.
func (st *topState) flush(ctx context.Context, tx *sql.Tx) error {
	w := flushStmts{ctx: ctx, tx: tx}
	defer w.close()
	for k := range st.touched {
		l := st.levels[k]
		gone, added := diff(l.saved, l.docs)
		for _, d := range gone {
			if err := w.exec(&w.del, "DELETE FROM topk WHERE tid=? AND f=? AND len=? AND id=?", k.tid, k.f, d.len, d.id); err != nil {
				return err
			}
		}
		for _, d := range added {
			if err := w.exec(&w.ins, "INSERT INTO topk VALUES(?,?,?,?)", k.tid, k.f, d.len, d.id); err != nil {
				return err
			}
		}
		if l.bound != nil && (l.savedBound == nil || *l.bound != *l.savedBound) {
			if err := w.exec(&w.bound, "INSERT OR REPLACE INTO toplevels VALUES(?,?,?,?)", k.tid, k.f, l.bound.len, l.bound.id); err != nil {
				return err
			}
		}
		l.saved, l.savedBound = slices.Clone(l.docs), l.bound
	}
	clear(st.touched)
	return nil
}

// flushStmts are flush's statements, each prepared at its first use in a
// flush. Run as plain Execs, every row of a list was an SQL text parsed
// again: 3% of the CPU of a cold build, on the writer's goroutine.
type flushStmts struct {
	ctx             context.Context
	tx              *sql.Tx
	del, ins, bound *sql.Stmt
}

func (w *flushStmts) exec(st **sql.Stmt, query string, args ...any) error {
	if *st == nil {
		p, err := w.tx.PrepareContext(w.ctx, query)
		if err != nil {
			return err
		}
		*st = p
	}
	_, err := (*st).ExecContext(w.ctx, args...)
	return err
}

func (w *flushStmts) close() {
	for _, st := range []*sql.Stmt{w.del, w.ins, w.bound} {
		if st != nil {
			st.Close()
		}
	}
}

// diff is what is in a and not in b, and in b and not in a; both sorted.
func diff(a, b []lenID) (onlyA, onlyB []lenID) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].less(b[j]):
			onlyA = append(onlyA, a[i])
			i++
		case i == len(a) || b[j].less(a[i]):
			onlyB = append(onlyB, b[j])
			j++
		default:
			i, j = i+1, j+1
		}
	}
	return onlyA, onlyB
}

// remove takes an article out of every list. The bounds stay: an article
// left out of a level is no better for another's leaving.
func (st *topState) remove(ctx context.Context, tx *sql.Tx, id int64) error {
	keys := slices.Clone(st.byID[id])
	if st.byID == nil { // not kept: every level is looked at
		for k, l := range st.levels {
			keys = append(keys, k)
			l.floor = 0 // a removal can unbeat an article
		}
	}
	for _, k := range keys {
		l := st.levels[k]
		i := slices.IndexFunc(l.docs, func(d lenID) bool { return d.id == id })
		if i < 0 {
			continue
		}
		d := l.docs[i]
		l.docs = slices.Delete(l.docs, i, i+1)
		if err := st.drop(ctx, tx, k, d); err != nil {
			return err
		}
	}
	return nil
}

// topFor is the lists as tx sees them, read at the first call in tx.
func (ix *Index) topFor(ctx context.Context, tx *sql.Tx) (*topState, error) {
	if ix.top != nil && ix.topTx == tx {
		return ix.top, nil
	}
	st, err := loadTop(ctx, tx)
	if err != nil {
		return nil, err
	}
	ix.top, ix.topTx = st, tx
	return st, nil
}

// topAdd puts a newly written article (its fts columns) in the lists,
// and counts its words for the next choice of words (topeval.go).
func (ix *Index) topAdd(ctx context.Context, tx *sql.Tx, id int64, cols []any) error {
	st, err := ix.topFor(ctx, tx)
	if err != nil {
		return err
	}
	texts := make([]string, len(cols))
	for i, c := range cols {
		texts[i] = c.(string)
	}
	return st.add(ctx, tx, st.countDoc(id, texts, &ix.topSeen))
}

// noRemovals stops keeping which levels each article is in, for a write
// that removes no article from the lists (a cold build): at 100k articles
// that index was half of the build's live heap (58 of 129 MiB). A removal
// after it still works, by looking at every level.
func (st *topState) noRemovals() { st.byID = nil }

// topRemove takes a deleted article out of the lists.
func (ix *Index) topRemove(ctx context.Context, tx *sql.Tx, id int64) error {
	st, err := ix.topFor(ctx, tx)
	if err != nil || len(st.terms) == 0 {
		return err
	}
	return st.remove(ctx, tx, id)
}

// prune leaves out of each grown word's lists the articles that topKeep
// others beat whatever the average length: as long or longer than
// articles of higher levels, or of their own level, that number topKeep.
// Most levels of a word are so beaten but for their few shortest
// articles, so a word keeps about topKeep articles in all, not topKeep a
// level.
func (st *topState) prune(ctx context.Context, tx *sql.Tx) error {
	byWord := map[int64][]float64{}
	for k := range st.levels {
		if st.dirty[k.tid] {
			byWord[k.tid] = append(byWord[k.tid], k.f)
		}
	}
	for tid, fs := range byWord {
		sort.Sort(sort.Reverse(sort.Float64Slice(fs)))
		var higher []int64 // lengths kept in the levels above, sorted
		for _, f := range fs {
			k := levelKey{tid, f}
			l := st.levels[k]
			keep := len(l.docs)
			for i, d := range l.docs {
				beaten := i + sort.Search(len(higher), func(j int) bool { return higher[j] > d.len })
				if beaten >= topKeep {
					keep = i
					break
				}
			}
			if err := st.cut(ctx, tx, k, l, keep); err != nil {
				return err
			}
			if st.byID == nil {
				l.floor = floorOf(l.docs, higher)
			}
			for _, d := range l.docs {
				j := sort.Search(len(higher), func(j int) bool { return higher[j] > d.len })
				higher = append(higher, 0)
				copy(higher[j+1:], higher[j:])
				higher[j] = d.len
			}
		}
	}
	clear(st.dirty)
	return nil
}

// floorOf is the shortest length from which a new article of a level is
// beaten by topKeep kept ones: those of the level (own, sorted) shorter
// than it, and those of higher levels (their lengths, sorted) as long or
// shorter; 0 if no length is.
func floorOf(own []lenID, higher []int64) int64 {
	beaten := func(n int64) int {
		return sort.Search(len(own), func(i int) bool { return own[i].len >= n }) +
			sort.Search(len(higher), func(j int) bool { return higher[j] > n })
	}
	var most int64
	if len(own) > 0 {
		most = own[len(own)-1].len + 1
	}
	if len(higher) > 0 {
		most = max(most, higher[len(higher)-1])
	}
	if beaten(most) < topKeep {
		return 0
	}
	return int64(sort.Search(int(most)+1, func(n int) bool { return beaten(int64(n)) >= topKeep }))
}

// cut keeps the first keep articles of a level and leaves the rest out.
func (st *topState) cut(ctx context.Context, tx *sql.Tx, k levelKey, l *level, keep int) error {
	if keep == len(l.docs) {
		return nil
	}
	first := l.docs[keep]
	gone := l.docs[keep:]
	l.docs = l.docs[:keep]
	for _, d := range gone {
		if err := st.drop(ctx, tx, k, d); err != nil {
			return err
		}
	}
	return st.leaveOut(ctx, tx, k, l, first)
}

// topFlush prunes the lists a write grew and writes them, before tx
// commits.
func (ix *Index) topFlush(ctx context.Context, tx *sql.Tx) error {
	if ix.top == nil || ix.topTx != tx {
		return nil
	}
	if err := ix.top.prune(ctx, tx); err != nil {
		return err
	}
	return ix.top.flush(ctx, tx)
}

// topCarry keeps the lists of the write's previous transaction for tx, if
// no other process wrote in between (the generation is the one it
// committed); else they will be read again.
func (ix *Index) topCarry(ctx context.Context, tx *sql.Tx) error {
	if ix.top == nil || ix.top.gen == "" {
		ix.top = nil
		return nil
	}
	var gen string
	if err := tx.QueryRowContext(ctx, "SELECT value FROM meta WHERE key='gen'").Scan(&gen); err != nil {
		return err
	}
	if gen != ix.top.gen {
		ix.top = nil
		return nil
	}
	ix.topTx = tx
	return nil
}

// topCommitting notes the generation tx commits the lists at.
func (ix *Index) topCommitting(ctx context.Context, tx *sql.Tx) error {
	if ix.top == nil || ix.topTx != tx {
		return nil
	}
	return tx.QueryRowContext(ctx, "SELECT value FROM meta WHERE key='gen'").Scan(&ix.top.gen)
}
