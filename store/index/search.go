package index

import (
	"context"
	"database/sql"
	"fmt"
	"sort"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
)

// Summary is what a list or a panel shows of one article, straight from the
// index without reading its file.
type Summary struct {
	ID       string        `json:"id"`
	File     string        `json:"file"`
	Path     string        `json:"path"` // the folder as given to Open, joined with the file's place in it
	Title    string        `json:"title"`
	Lang     string        `json:"lang"`
	URL      string        `json:"url"`
	Domain   string        `json:"domain"`
	Comments *int          `json:"comments"`
	Words    int           `json:"words"`
	Date     *article.Date `json:"date"`
}

// Hit is one search result.
type Hit struct {
	Summary
	Score float64 // higher is better; 0 in Quick mode
}

// Mode says how results are ordered.
type Mode int

const (
	// Quick returns the first matches in folder order without scoring them:
	// a few milliseconds even for a word in every article, for
	// search-as-you-type.
	Quick Mode = iota
	// Ranked orders by BM25, the title weighing most, then actors, then the
	// body: every match is scored, so a common word costs a hundred
	// milliseconds or more at 100,000 articles.
	Ranked
)

const summaryCols = "d.path, d.title, d.lang, d.url, d.domain, d.comments, d.words, d.date, d.date_from"

// Search answers q; limit 0 means all matches. The articles in which every
// word matched in the form typed come first, then those found only
// through another form of a word ("négociation" for "négociations").
func (ix *Index) Search(ctx context.Context, q Query, mode Mode, limit int) ([]Hit, error) {
	q, err := ix.expand(ctx, ix.db, q, mode)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if q.dates.set {
		return ix.searchDated(ctx, q, mode, limit)
	}
	if mode == Ranked {
		// A word in most articles: from its top lists, which answer
		// only with as many hits as asked for.
		if hits, ok, err := ix.topSearch(ctx, q, limit); ok || err != nil {
			return hits, err
		}
	}
	if !q.hasForms() {
		return ix.search(ctx, q.Match(), mode, limit)
	}
	exact, err := ix.search(ctx, q.expr(false, false), mode, limit)
	if err != nil || (limit > 0 && len(exact) >= limit) {
		return exact, err
	}
	rest := 0
	if limit > 0 {
		rest = limit - len(exact)
	}
	forms, err := ix.search(ctx, q.expr(true, true), mode, rest)
	return append(exact, forms...), err
}

// search answers one MATCH expression.
func (ix *Index) search(ctx context.Context, match string, mode Mode, limit int) ([]Hit, error) {
	if mode == Ranked && limit > 0 && limit <= 5000 { // (the TUI asks for 2000)
		if hits, ok, err := ix.rankedSplit(ctx, match, limit); ok || err != nil {
			return hits, err
		}
	}
	lim := -1
	if limit > 0 {
		lim = limit
	}
	inner := "SELECT rowid AS id, 0.0 AS score FROM fts WHERE fts MATCH ? ORDER BY rowid LIMIT ?"
	if mode == Ranked {
		inner = "SELECT rowid AS id, -bm25(fts, " + weights + ") AS score FROM fts WHERE fts MATCH ? ORDER BY score DESC LIMIT ?"
	}
	return ix.queryHits(ctx, "SELECT m.score, "+summaryCols+" FROM ("+inner+") m JOIN docs d ON d.id = m.id ORDER BY m.score DESC, m.id", match, lim)
}

// queryHits runs a query whose columns are a score and summaryCols.
func (ix *Index) queryHits(ctx context.Context, query string, args ...any) ([]Hit, error) {
	rows, err := ix.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		if err := ix.scanSummary(rows, &h.Summary, &h.Score); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// Count is how many articles match q.
func (ix *Index) Count(ctx context.Context, q Query) (int, error) {
	q, err := ix.expand(ctx, ix.db, q, Quick)
	if err != nil {
		return 0, err
	}
	if q.dates.set {
		return ix.countDated(ctx, q)
	}
	var n int
	err = ix.db.QueryRowContext(ctx, "SELECT count(*) FROM fts WHERE fts MATCH ?", q.Match()).Scan(&n)
	return n, err
}

// List is every article in the index, in path order.
func (ix *Index) List(ctx context.Context) ([]Summary, error) {
	// Read in table order, which is nearly path order (files are added
	// sorted), and sort here: cheaper than walking the path index.
	rows, err := ix.db.QueryContext(ctx, "SELECT d.path, "+summaryCols+" FROM docs d")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []Summary
	var rels []string
	sorted := true
	for rows.Next() {
		var s Summary
		var rel string
		if err := ix.scanSummary(rows, &s, &rel); err != nil {
			return nil, err
		}
		sorted = sorted && (len(rels) == 0 || rels[len(rels)-1] <= rel)
		list = append(list, s)
		rels = append(rels, rel)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if !sorted {
		sort.Sort(byRel{list, rels})
	}
	return list, nil
}

// byRel sorts summaries by their stored relative paths.
type byRel struct {
	list []Summary
	rels []string
}

func (b byRel) Len() int           { return len(b.list) }
func (b byRel) Less(i, j int) bool { return b.rels[i] < b.rels[j] }
func (b byRel) Swap(i, j int) {
	b.list[i], b.list[j] = b.list[j], b.list[i]
	b.rels[i], b.rels[j] = b.rels[j], b.rels[i]
}

// WithActor lists the articles naming an actor (by its name or an alias,
// or a country by any of its names), in path order.
func (ix *Index) WithActor(ctx context.Context, name string) ([]Summary, error) {
	ws := words(name)
	if len(ws) == 0 {
		return nil, nil
	}
	q := Query{groups: [][]clause{{{column: "actors", words: ws, code: countryOf(name)}}}}
	hits, err := ix.Search(ctx, q, Quick, 0)
	if err != nil {
		return nil, err
	}
	out := make([]Summary, len(hits))
	for i, h := range hits {
		out[i] = h.Summary
	}
	return out, nil
}

func (ix *Index) scanSummary(rows *sql.Rows, s *Summary, extra ...any) error {
	var rel string
	var comments sql.NullInt64
	var date, from string
	dest := append(extra, &rel, &s.Title, &s.Lang, &s.URL, &s.Domain, &comments, &s.Words, &date, &from)
	if err := rows.Scan(dest...); err != nil {
		return err
	}
	s.Date = dateOf(date, from)
	s.File = baseName(rel)
	s.ID = article.IDOf(rel)
	s.Path = ix.joinPath(rel)
	if comments.Valid {
		c := int(comments.Int64)
		s.Comments = &c
	}
	return nil
}

// ActorsOf is the actors of the article at path (as in Summary.Path), as
// the index read them; nil if the index does not hold it.
func (ix *Index) ActorsOf(ctx context.Context, path string) ([]actors.Actor, error) {
	rel, ok := ix.relPath(path)
	if !ok {
		return nil, nil
	}
	var blob []byte
	err := ix.db.QueryRowContext(ctx, "SELECT t.tail FROM docs d JOIN tails t ON t.id = d.id WHERE d.path=?", rel).Scan(&blob)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return unpackActors(blob)
}

// Len is how many articles the index holds.
func (ix *Index) Len(ctx context.Context) (int, error) {
	var n int
	err := ix.db.QueryRowContext(ctx, "SELECT count(*) FROM docs").Scan(&n)
	return n, err
}

// Get is the summary of the article at path (as a watch reports it), if the
// index holds it.
func (ix *Index) Get(ctx context.Context, path string) (Summary, bool, error) {
	rel, ok := ix.relPath(path)
	if !ok {
		return Summary{}, false, nil
	}
	rows, err := ix.db.QueryContext(ctx, "SELECT "+summaryCols+" FROM docs d WHERE d.path=?", rel)
	if err != nil {
		return Summary{}, false, err
	}
	defer rows.Close()
	if !rows.Next() {
		return Summary{}, false, rows.Err()
	}
	var s Summary
	err = ix.scanSummary(rows, &s)
	return s, err == nil, err
}
