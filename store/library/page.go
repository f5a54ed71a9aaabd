package library

import (
	"context"
)

// Page is the first results of a search, for a screen that shows them at
// once (index.Preview): Search gives them all.
type Page struct {
	Results // Total is len(IDs): how many more match is not counted
	// Ranked says the IDs are the best, in Search's order; else they are
	// the first matches in folder order (too many match to rank at once).
	Ranked bool
	More   bool // other articles may match
}

// SearchPage answers the first n results of query, read as mode says, at
// a cost that does not grow with the folder (index.Preview): from the top
// lists, or by ranking when few match, else in folder order. n above 64
// is past what the top lists keep.
func (x *Indexed) SearchPage(ctx context.Context, query string, mode QueryMode, n int) (Page, error) {
	q, err := ParseQuery(query, mode)
	if err != nil || q == nil {
		return Page{}, err
	}
	p, err := x.ix.Preview(ctx, *q, n)
	if err != nil {
		return Page{}, err
	}
	out := Page{Results: Results{IDs: make([]string, len(p.Hits)), Total: len(p.Hits)}, Ranked: p.Ranked, More: p.More}
	for i, h := range p.Hits {
		out.IDs[i] = h.ID
	}
	return out, nil
}
