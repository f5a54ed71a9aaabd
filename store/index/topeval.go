package index

import (
	"context"
	"database/sql"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Which words have top lists: those in at least one row in topShare (and
// topMinRows rows); a rarer word costs little to score match by match (a
// word in 10% of a million rows, about 130 ms). The words are chosen once
// the index holds topMinRows rows, and again each time it has doubled
// since, among those the write saw most (wordCounter): each is then
// counted by FTS5, and a list started for each frequent one from what
// FTS5 holds. A word that became frequent in between is ranked by scoring
// every match, as a word without a list is.
var (
	topMinRows int64 = 1000
	topShare   int64 = 10
)

// ftsTotals reads FTS5's own statistics: its number of rows and their
// total length in words, from which BM25 takes the average length.
func ftsTotals(ctx context.Context, q querier) (rows, words int64, err error) {
	rs, err := q.QueryContext(ctx, "SELECT block FROM fts_data WHERE id=1")
	if err != nil {
		return 0, 0, err
	}
	defer rs.Close()
	var blob []byte
	if rs.Next() {
		if err := rs.Scan(&blob); err != nil {
			return 0, 0, err
		}
	}
	if err := rs.Err(); err != nil {
		return 0, 0, err
	}
	vals := varints(blob)
	if len(vals) == 0 {
		return 0, 0, nil
	}
	for _, v := range vals[1:] {
		words += v
	}
	return vals[0], words, nil
}

// varints decodes a run of SQLite varints (as FTS5 writes its records).
func varints(b []byte) []int64 {
	var out []int64
	for len(b) > 0 {
		var v uint64
		i := 0
		for ; i < 9 && i < len(b); i++ {
			if i == 8 {
				v = v<<8 | uint64(b[i])
				break
			}
			v = v<<7 | uint64(b[i]&0x7f)
			if b[i]&0x80 == 0 {
				break
			}
		}
		out = append(out, int64(v))
		b = b[min(i+1, len(b)):]
	}
	return out
}

// topCount is what a write needs to tell when to choose words again: the
// rows at its start (FTS5 writes its statistics only when it flushes),
// those it added, and the rows at the last choice.
type topCount struct{ start, added, last int64 }

func readTopCount(ctx context.Context, tx *sql.Tx) (topCount, error) {
	var c topCount
	var err error
	if c.start, _, err = ftsTotals(ctx, tx); err != nil {
		return c, err
	}
	var s string
	switch err := tx.QueryRowContext(ctx, "SELECT value FROM meta WHERE key='topn'").Scan(&s); err {
	case nil:
		c.last, _ = strconv.ParseInt(s, 10, 64)
	case sql.ErrNoRows:
	default:
		return c, err
	}
	return c, nil
}

// due tells whether the index may have grown enough for a new choice.
func (c topCount) due() bool {
	n := c.start + c.added
	return n >= topMinRows && n >= 2*c.last
}

// topEval chooses words again if it is due.
func (w *writer) topEval() error {
	if !w.top.due() {
		return nil
	}
	// FTS5 keeps what it was given in memory until it flushes: flushing
	// makes its counts and its vocabulary whole.
	if _, err := w.tx.ExecContext(w.ctx, "INSERT INTO fts(fts) VALUES('flush')"); err != nil {
		return err
	}
	c, err := readTopCount(w.ctx, w.tx)
	if err != nil || c.start < topMinRows || c.start < 2*c.last {
		w.top = c
		return err
	}
	if err := w.ix.topChoose(w.ctx, w.tx, c.start); err != nil {
		return err
	}
	w.top = topCount{start: c.start, last: c.start}
	return nil
}

// topChoose lists the words in at least one of topShare of n rows.
func (ix *Index) topChoose(ctx context.Context, tx *sql.Tx, n int64) error {
	st, err := ix.topFor(ctx, tx)
	if err != nil {
		return err
	}
	fresh, err := frequentWords(ctx, tx, n, max(topMinRows, n/topShare), st, &ix.topSeen)
	if err != nil {
		return err
	}
	for _, w := range fresh {
		if err := st.list(ctx, tx, w); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, "INSERT OR REPLACE INTO meta VALUES('topn', ?)", strconv.FormatInt(n, 10))
	return err
}

// frequentWords is the words seen often by this write that have no list
// yet and are in at least minRows rows, as FTS5 counts them. Stems and
// words that this package would cut or fold otherwise than FTS5 did are
// left out: a list is kept from the words as cut here.
func frequentWords(ctx context.Context, tx *sql.Tx, rows, minRows int64, st *topState, seen *wordCounter) ([]string, error) {
	var out []string
	for _, w := range seen.frequent(topShare * 2) {
		if _, listed := st.terms[w]; listed || strings.Contains(w, stemMark) || !slices.Equal(words(w), []string{w}) {
			continue
		}
		if seen.docs >= rows && seen.most(w) < minRows {
			continue // the write saw every row (a cold build): too rare to be worth FTS5's count
		}
		var n int64
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT rowid FROM fts WHERE fts MATCH ?)", `"`+w+`"`).Scan(&n); err != nil {
			return nil, err
		}
		if n >= minRows {
			out = append(out, w)
		}
	}
	sort.Strings(out) // the same lists whatever the map's order
	return out, nil
}

// wordCounter finds the words a write sees most (Misra and Gries's
// frequent items): at most topCounters words are counted, and when a new
// one finds no room every count drops by one. A word counted c times was
// seen between c and c + seen/topCounters times, so every word in a
// tenth of the articles stays counted, in little memory whatever the
// vocabulary.
type wordCounter struct {
	// n holds each count behind a pointer: a word already counted, most
	// words of a cold build, costs one look-up, not one and a store.
	n     map[string]*int64
	docs  int64 // articles seen
	words int64 // words seen
}

// most is the most times w can have been seen.
func (c *wordCounter) most(w string) int64 {
	var n int64
	if p := c.n[w]; p != nil {
		n = *p
	}
	return n + c.words/int64(topCounters)
}

var topCounters = 1 << 16

func (c *wordCounter) word(w string) {
	if c.n == nil {
		c.n = map[string]*int64{}
	}
	c.words++
	if p := c.n[w]; p != nil {
		*p++
		return
	}
	if len(c.n) < topCounters {
		// A copy: w is cut from the article's whole text, which the
		// map would otherwise keep alive (at 100k articles, 200 MiB).
		one := int64(1)
		c.n[strings.Clone(w)] = &one
		return
	}
	for k, p := range c.n {
		if *p <= 1 {
			delete(c.n, k)
		} else {
			*p--
		}
	}
}

// frequent is the words counted in at least one article in share (words
// are counted where they occur, so a word in that many articles has at
// least that count).
func (c *wordCounter) frequent(share int64) []string {
	var out []string
	for w, n := range c.n {
		if *n*share >= c.docs {
			out = append(out, w)
		}
	}
	return out
}

// list starts the list of word w from what FTS5 holds: each row's weighted
// count of it and its length.
func (st *topState) list(ctx context.Context, tx *sql.Tx, w string) error {
	res, err := tx.ExecContext(ctx, "INSERT INTO topterms(term) VALUES(?)", w)
	if err != nil {
		return err
	}
	tid, err := res.LastInsertId()
	if err != nil {
		return err
	}
	st.terms[w] = tid
	rows, err := tx.QueryContext(ctx, `SELECT i.doc, i.col, count(*), s.sz FROM fts_inst i JOIN fts_docsize s ON s.id = i.doc
		WHERE i.term = ? GROUP BY i.doc, i.col`, w)
	if err != nil {
		return err
	}
	counts := map[int64]float64{}
	lens := map[int64]int64{}
	for rows.Next() {
		var id, n int64
		var col string
		var sz []byte
		if err := rows.Scan(&id, &col, &n, &sz); err != nil {
			rows.Close()
			return err
		}
		counts[id] += colWeights[slices.Index(ftsColumns, col)] * float64(n)
		if _, ok := lens[id]; !ok {
			for _, v := range varints(sz) {
				lens[id] += v
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	byLevel := map[float64][]lenID{}
	for id, f := range counts {
		if f > 0 {
			byLevel[f] = append(byLevel[f], lenID{lens[id], id})
		}
	}
	for f, docs := range byLevel {
		slices.SortFunc(docs, func(a, b lenID) int {
			if a.less(b) {
				return -1
			}
			return 1
		})
		// Past the first topKeep, put leaves the next one out, which is
		// the smallest of all left out: the rest need not be seen.
		for _, d := range docs[:min(topKeep+1, len(docs))] {
			if err := st.put(ctx, tx, levelKey{tid, f}, d); err != nil {
				return err
			}
		}
	}
	return st.prune(ctx, tx)
}
