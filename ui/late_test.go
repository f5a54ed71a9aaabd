package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/article"
)

// Late answers, step by step: each test is a walk's failure shrunk by hand
// to the few messages that make it, the answers held and delivered in the
// order that broke the screen.

// held runs Update and every command it returns at once (the library
// answers from what it holds now) and returns their answers undelivered.
func held(t testing.TB, m *Model, msg tea.Msg) []tea.Msg {
	t.Helper()
	_, cmd := m.Update(msg)
	var out []tea.Msg
	var run func(tea.Cmd)
	run = func(c tea.Cmd) {
		if c == nil {
			return
		}
		switch msg := c().(type) {
		case nil:
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		default:
			out = append(out, msg)
		}
	}
	run(cmd)
	return out
}

// answers keeps the search answers among msgs, in order; rest picks the
// whole answers to a first page (true) or the first pages (false).
func answers(msgs []tea.Msg, rest bool) []searchResultMsg {
	var out []searchResultMsg
	for _, msg := range msgs {
		if r, ok := msg.(searchResultMsg); ok && r.rest == rest {
			out = append(out, r)
		}
	}
	return out
}

// Walk seed 8, step 44129 of 100,000: a list scrolled to the end of its
// first page asked for the rest of that page while the answer to enter
// (the whole answer, as the page was in folder order) was awaited, and
// the ask cancelled the fetch enter was waiting on: the search ended in
// "context canceled", the list kept the typed query's page.
func TestScrolledPageDoesNotCancelTheAwaitedSearch(t *testing.T) {
	m, lib := pagedModel(t, 16, false)
	live(t, m)
	press(t, m, "/")
	typeText(t, m, "nile") // a first page of 10 in folder order, 30 match
	if r := m.list.results; r == nil || !r.more || r.mode != Typing {
		t.Fatalf("typing did not show a first page: %+v", r)
	}
	pages := answers(held(t, m, keyMsg("enter")), false)
	if len(pages) != 1 {
		t.Fatalf("enter asked %d first pages, want 1", len(pages))
	}
	// The page is in folder order: the whole answer is awaited, and the
	// library is slow to give it.
	gate := make(chan struct{})
	lib.gate, lib.started = gate, make(chan struct{})
	came := make(chan []tea.Msg)
	go func() { came <- held(t, m, pages[0]) }()
	<-lib.started
	lib.gate = nil          // the rest asked below is answered at once
	held(t, m, keyMsg("G")) // the typed page's end on screen
	close(gate)
	wholes := answers(<-came, true)
	if len(wholes) != 1 {
		t.Fatalf("%d whole answers, want the one awaited", len(wholes))
	}
	drive(t, m, wholes[0])
	if m.search.busy || m.search.mode != Whole || len(m.list.view) != 30 {
		t.Errorf("after the awaited answer: busy %v, mode %v, %d rows; want the whole 30", m.search.busy, m.search.mode, len(m.list.view))
	}
	if s := m.status.String(); strings.Contains(s, "search") {
		t.Errorf("the status line says %q", s)
	}
}

// live gives m a context of its own, not cancelled as newTestModel's is,
// so that an ask cancelled is told from one that is not.
func live(t testing.TB, m *Model) {
	m.ctx, m.cancel = context.WithCancel(context.Background())
	t.Cleanup(m.cancel)
}

// Walk seed 6, step 26240 of 100,000: the list at the end of a typed first
// page asked for its rest; the folder changed and the search ran again;
// the rest, read before the change, came while the new search was awaited
// and filled the list with the results from before the change.
func TestRestFromBeforeTheChangeIsDropped(t *testing.T) {
	m, lib := pagedModel(t, 16, false)
	press(t, m, "/")
	typeText(t, m, "nile")
	var rests []searchResultMsg
	for range 9 { // down to the page's end, where its rest is asked
		rests = append(rests, answers(held(t, m, promptKey("ctrl+n")), true)...)
	}
	if len(rests) != 1 {
		t.Fatalf("the page's end asked %d rests, want 1", len(rests))
	}
	a := article.Article{ID: "100_nile", File: "100_nile.txt", Path: "/tmp/100_nile.txt", Title: "On the Nile again", HasTitle: true,
		Paragraphs: []string{"The Nile floods."}, Blocks: []article.Block{{Kind: article.Paragraph, Text: "The Nile floods."}}}
	lib.arts[a.ID], lib.ids = a, append(lib.ids, a.ID)
	drive(t, m, changeMsg{Added: []Summary{summarize(a)}})
	pages := answers(held(t, m, loadedMsg{}), false) // the search again, over the folder as it is now
	if len(pages) != 1 || !m.search.busy {
		t.Fatalf("the folder loaded: %d first pages asked, busy %v; want one awaited", len(pages), m.search.busy)
	}
	before := m.list.header().String()
	drive(t, m, rests[0])
	if got := m.list.header().String(); got != before || len(m.list.view) != 10 {
		t.Errorf("the rest read before the change filled the list: %q, %d rows (was %q)", got, len(m.list.view), before)
	}
	drive(t, m, pages[0], rests[0]) // the new page, and the old rest again
	for range 9 {
		drive(t, m, promptKey("ctrl+n")) // down to the new page's end: its rest
	}
	if n := len(m.list.view); n != 31 || !slices.Contains(m.list.shownIDs(), a.ID) {
		t.Errorf("after the new search: %d rows, want the 31 of the folder as it is", n)
	}
}

// A passage asked before its file was rewritten, answered after the
// rewrite was told, is not shown: it is the old file's. The passage is
// asked again of the file as it is.
func TestPassageOfARewrittenFileIsAskedAgain(t *testing.T) {
	m, lib := pagedModel(t, 16, true)
	press(t, m, "/")
	typeText(t, m, "nil")
	var pages []searchResultMsg
	for _, msg := range held(t, m, keyMsg("e")) { // the debounce tick
		pages = append(pages, answers(held(t, m, msg), false)...)
	}
	if len(pages) != 1 {
		t.Fatalf("%d first pages for \"nile\", want 1", len(pages))
	}
	var passages []tea.Msg
	for _, msg := range held(t, m, pages[0]) {
		if _, ok := msg.(snippetMsg); ok {
			passages = append(passages, msg)
		}
	}
	if len(passages) == 0 {
		t.Fatal("the page asked no passage")
	}
	a := lib.arts["000_nile"]
	a.Paragraphs = []string{"The Nile rises."}
	a.Blocks = []article.Block{{Kind: article.Paragraph, Text: "The Nile rises."}}
	lib.arts[a.ID] = a
	drive(t, m, changeMsg{Added: []Summary{summarize(a)}})
	drive(t, m, passages...) // late, and again
	drive(t, m, passages...)
	if sn := m.list.results.snippets["000_nile"]; sn.Text != "The Nile rises." {
		t.Errorf("the passage of the rewritten file is %q, want the new file's", sn.Text)
	}
}

// Walk seed 1 at 20,000 steps, with tiny windows: in a window of 10x2 the
// reader has no line, and n's match is on none of them. The walk checks n
// only where the reader is drawn; this replays the shrunk walk.
func TestWalkTinyWindowJump(t *testing.T) {
	replay(t, "r watch[gone]#821653 g type:tea paste click(90,19) deliver#912669 reorder#710131 h k k B deliver#210871 k F esc deliver#441396 watch[delete]#665877 c u s deliver#94092 type:late! s y w deliver#775201 deliver#258678 deliver#463059 deliver-keep#970005 deliver#832689 deliver#630561 watch[add]#337600 reorder#565576 deliver#5847 . esc deliver#254378 esc resize(10x2) n")
}
