package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/library"
)

// pagingLibrary answers first pages of size page, ranked or not, as
// library.Indexed does, and counts what it was asked.
type pagingLibrary struct {
	*fakeLibrary
	page          int
	ranked        bool
	pages, wholes int
	// gate, when set, holds every whole search until it is closed, once
	// started says so: an ask cancelled meanwhile answers as a slow
	// library does, with the context's error.
	gate    chan struct{}
	started chan struct{}
}

func (p *pagingLibrary) SearchPage(ctx context.Context, q string, mode QueryMode, n int) (library.Page, error) {
	p.pages++
	r, err := p.fakeLibrary.Search(ctx, q, mode)
	more := len(r.IDs) > p.page
	r.IDs = r.IDs[:min(p.page, len(r.IDs))]
	r.Total = len(r.IDs)
	return library.Page{Results: r, Ranked: p.ranked || !more, More: more}, err
}

func (p *pagingLibrary) Search(ctx context.Context, q string, mode QueryMode) (Results, error) {
	p.wholes++
	if gate := p.gate; gate != nil {
		p.started <- struct{}{}
		<-gate
		if err := ctx.Err(); err != nil {
			return Results{}, err
		}
	}
	return p.fakeLibrary.Search(ctx, q, mode)
}

// pagedModel is a model over 30 articles that all name the Nile, whose
// library answers first pages of 10.
func pagedModel(t *testing.T, h int, ranked bool) (*Model, *pagingLibrary) {
	var arts []article.Article
	for i := range 30 {
		id := fmt.Sprintf("%03d_nile", i)
		arts = append(arts, article.Article{ID: id, File: id + ".txt", Path: "/tmp/" + id + ".txt", Title: "On the Nile " + id,
			HasTitle: true, Paragraphs: []string{"The Nile floods."}, Blocks: []article.Block{{Kind: article.Paragraph, Text: "The Nile floods."}}})
	}
	f := newFakeLibrary(arts...)
	m := newTestModel(t, 100, h, Options{Library: f})
	p := &pagingLibrary{fakeLibrary: f, page: 10, ranked: ranked}
	m.lib = p
	return m, p
}

// While typing, a first page is shown and said to be one; the rest comes
// only when the list reaches the page's end, the cursor kept on its article.
func TestTypingShowsFirstPageThenRestAtItsEnd(t *testing.T) {
	m, lib := pagedModel(t, 16, false)
	press(t, m, "/")
	typeText(t, m, "nile")
	if len(m.list.view) != 10 || lib.wholes != 0 {
		t.Fatalf("typing: %d rows, %d whole searches; want the first page of 10 and none", len(m.list.view), lib.wholes)
	}
	if h := m.list.header().String(); !strings.Contains(h, "first 10 of more · by folder order") {
		t.Errorf("header %q does not say it is a first page in folder order", h)
	}
	if s := screenOf(t, m); !strings.Contains(s, "10+ matches") {
		t.Errorf("the prompt does not say more match:\n%s", s)
	}
	for range 9 {
		drive(t, m, promptKey("ctrl+n"))
	}
	if lib.wholes != 1 || len(m.list.view) != 30 || m.list.results.more {
		t.Fatalf("at the page's end: %d whole searches, %d rows, more %v; want 1, 30, false", lib.wholes, len(m.list.view), m.list.results.more)
	}
	if got := selectedID(m); got != "009_nile" {
		t.Errorf("cursor on %s after the rest came, want 009_nile", got)
	}
	if s := screenOf(t, m); !strings.Contains(s, "30 matches") {
		t.Errorf("the count is not the whole one:\n%s", s)
	}
}

// After enter, a ranked first page is shown and the rest fetched at once;
// a page in folder order is not shown, the ranked answer is.
func TestEnterFetchesTheRest(t *testing.T) {
	for _, ranked := range []bool{true, false} {
		m, lib := pagedModel(t, 40, ranked)
		press(t, m, "/")
		typeText(t, m, "floods")
		press(t, m, "enter")
		if lib.wholes == 0 || len(m.list.view) != 30 || m.list.results.more || m.search.busy {
			t.Errorf("ranked %v: after enter %d whole searches, %d rows, more %v, busy %v", ranked, lib.wholes, len(m.list.view), m.list.results.more, m.search.busy)
		}
	}
}

// A search typed after a first page cancels the fetch of its rest, and an
// answer for results no longer shown changes nothing.
func TestLateRestIsIgnored(t *testing.T) {
	m, _ := pagedModel(t, 16, true)
	press(t, m, "/")
	typeText(t, m, "nile")
	old := m.list.results
	typeText(t, m, " floods")
	if m.list.results == old {
		t.Fatal("typing did not replace the results")
	}
	drive(t, m, searchResultMsg{seq: old.seq, query: old.query, mode: old.mode, res: Results{IDs: []string{"000_nile"}, Total: 1}, rest: true})
	if len(m.list.view) != 10 {
		t.Errorf("a late rest changed the list: %d rows", len(m.list.view))
	}
}
