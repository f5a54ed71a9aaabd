package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"reflect"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/people"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// The walk is a model-based test: a seeded random sequence of user actions
// and late, reordered and repeated answers, with the screen's invariants
// checked after each step against the library as the oracle. A failure is
// shrunk to the shortest sequence of steps that still fails.
//
// KIOSK_WALK_STEPS sets the length (CI runs the default); KIOSK_WALK_SEED
// the seed; KIOSK_WALK_SHRINK the seconds the shrinker may take (120).
// A shrunk sequence, as printed, replays in a unit test through
// parseSteps (late_test.go).

const defaultWalkSteps = 10000 // a few seconds: words typed make a step dearer than it was at 20,000

// stepKind is what one step of the walk does.
type stepKind int

const (
	stepKey     stepKind = iota
	stepClick            // left click at x, y
	stepWheel            // wheel at x, y; n < 0 up
	stepResize           // to w, h
	stepDeliver          // deliver a pending answer, picked by n
	stepTwice            // deliver a pending answer and keep it for a second time
	stepWatch            // a file is added, rewritten or deleted (n picks)
	stepReorder          // of a kind with two answers pending, the newest, then the oldest (n picks the kind)
)

type step struct {
	kind stepKind
	key  string
	x, y int
	n    int
}

func (s step) String() string {
	switch s.kind {
	case stepKey:
		return s.key
	case stepClick:
		return fmt.Sprintf("click(%d,%d)", s.x, s.y)
	case stepWheel:
		dir := "↓"
		if s.n < 0 {
			dir = "↑"
		}
		return fmt.Sprintf("wheel%s(%d,%d)", dir, s.x, s.y)
	case stepResize:
		return fmt.Sprintf("resize(%dx%d)", s.x, s.y)
	case stepDeliver:
		return fmt.Sprintf("deliver#%d", s.n)
	case stepTwice:
		return fmt.Sprintf("deliver-keep#%d", s.n)
	case stepWatch:
		return fmt.Sprintf("watch[%s]#%d", watchOps[s.n%len(watchOps)], s.n)
	case stepReorder:
		return fmt.Sprintf("reorder#%d", s.n)
	}
	return "?"
}

var (
	walkKeys = []string{"j", "j", "k", "k", "[", "]", "h", "l", "g", "G", "n", "N", "enter", "enter",
		"esc", "esc", "tab", "tab", "/", "/", "s", "m", "b", "B", "u", "o", "y", "space", "pgdown",
		"backspace", "a", "e", "t", "?",
		"z", "p", ".", ",", "A", "A", "r", // zoom, panels, next/previous unread, mark all read (twice: it asks), reverse
		// the prompt's (search.go, history.go, results.go)
		"ctrl+n", "ctrl+p", "up", "down", "home", "end", "left", "ctrl+w", "alt+backspace", "paste", "history",
		"v", "c", "M", // exec: e, v pager, c copy text, M mouse
		"F", "F", // the folder switcher (its switch is the session's: folders_test.go)
		"w", "w", "shift+tab", // the actors view (people.go): open, kinds; it takes the letters and arrows above too
		// words of the articles typed a key at a time in the prompt: searches that match, first
		// pages with more to come, rests (the letters alone rarely match anything)
		// ("!": then enter)
		"type:alpha", "type:tea", "type:late!", "type:pa", "type:gamma!"}
	walkSizes = [][2]int{{80, 24}, {140, 40}, {60, 20}, {120, 40}, {100, 30}, {50, 20}, {200, 50}, {1, 1}, {2, 10}, {10, 2}}
	watchOps  = []string{"add", "rewrite", "delete", "gone", "back"}
	walkWords = []string{"alpha", "beta", "gamma", "delta", "tea", "pale", "late"}
	walkNames = []actors.Actor{
		{Name: "Ada Lovelace", Kind: actors.Person}, {Name: "Alan Turing", Kind: actors.Person},
		{Name: "ACME", Kind: actors.Organization}, {Name: "Paris", Kind: actors.Place}, {Name: "Tallinn", Kind: actors.Place},
	}
)

// marker is a word found only in the article id's text: what the reader
// shows must hold the marker of the article it says it shows.
func marker(id string) string { return "zq" + id + "zq" }

func walkArticle(i, version int, rng *rand.Rand) article.Article {
	id := fmt.Sprintf("w%02d", i)
	var paras []string
	for p := 0; p < 2+rng.Intn(6); p++ {
		var words []string
		for w := 0; w < 8+rng.Intn(30); w++ {
			words = append(words, walkWords[rng.Intn(len(walkWords))])
		}
		paras = append(paras, strings.Join(words, " ")+".")
	}
	paras[0] = marker(id) + " v" + strconv.Itoa(version) + " " + paras[0]
	a := article.Article{ID: id, File: id + ".txt", Path: "/walk/" + id + ".txt", Title: "Title " + id, HasTitle: true, Paragraphs: paras}
	if i%5 != 3 {
		a.Source = &article.Source{URL: "https://site" + strconv.Itoa(i%3) + ".example/" + id, Domain: "site" + strconv.Itoa(i%3) + ".example"}
	}
	if i%4 != 1 {
		a.Comments = intp(i * 7)
	}
	if i%3 != 0 { // most are dated: newest first is the default order
		a.Date = &article.Date{Value: fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i*7%28), Precision: "day", From: "url"}
		if i%7 == 0 {
			a.Date.From = article.FromFile // counts for the column, not for the default order
		}
	}
	for k, n := range walkNames {
		if (i+k)%3 == 0 {
			n.Mentions = 1 + (i+k)%4
			a.Actors = append(a.Actors, n)
		}
	}
	for _, p := range paras {
		a.Blocks = append(a.Blocks, article.Block{Kind: article.Paragraph, Text: p})
	}
	return a
}

// walker replays steps on a model over a library it changes as it goes.
type walker struct {
	m       *Model
	lib     *fakeLibrary
	rng     *rand.Rand // for the library's texts only: steps carry every choice
	next    int        // the next new article's number
	pool    []pending  // answers not delivered yet
	issued  map[string]int
	lastN   bool // the last key was n or N and found a match
	opened  []string
	version map[string]int
	execs   int   // programs run in the foreground (pager, editor)
	clips   int   // texts and links copied
	handErr error // what a program or the clipboard was handed, when wrong

	paras map[string]map[string]bool // every paragraph of every version of each article, by ID

	goneArts []article.Article // the articles of the folder while it is gone
	gone     bool              // the last Gone or Back delivered was Gone
}

// pending is an answer of a command, waiting to be delivered.
type pending struct {
	msg       tea.Msg
	kind      string
	serial    int
	delivered bool
}

func newWalker(t testing.TB) *walker {
	rng := rand.New(rand.NewSource(7))
	var arts []article.Article
	for i := 0; i < 10; i++ {
		arts = append(arts, walkArticle(i, 0, rng))
	}
	w := &walker{lib: newFakeLibrary(arts...), rng: rng, next: 10, issued: map[string]int{}, version: map[string]int{}, paras: map[string]map[string]bool{}}
	for _, a := range arts {
		w.written(a)
	}
	// The library answers first pages of 3, as library.Indexed does
	// (results_page.go), in folder order unless the page is the whole answer.
	lib := &pagingLibrary{fakeLibrary: w.lib, page: 3}
	m := New(Options{Library: lib, Style: "dark", Open: func(u string) error { w.opened = append(w.opened, u); return nil },
		Folder: "/walk", Folders: []string{"/walk", "/elsewhere"}, Views: &keeperRecorder{}})
	m.cancel()
	late := func(d time.Duration, msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
	m.after, m.reader.after = late, late
	m.exec = w.fakeExec
	w.m = m
	w.update(tea.WindowSizeMsg{Width: 80, Height: 24})
	rows := w.lib.rows() // as a library.Lister sends them: a window, then all
	w.update(rowsMsg{Window: rows[:3], Stated: 0, Of: len(rows)})
	w.update(rowsMsg{Rows: library.RowsOf("/walk", rows)})
	w.update(loadedMsg{})
	return w
}

// kindOf names the request a message answers; "" for events (the folder
// changed, a browser was opened), which may change the screen at any time.
func kindOf(msg tea.Msg) string {
	switch msg := msg.(type) {
	case renderedMsg:
		return "render"
	case loadMsg:
		return "load"
	case searchTickMsg:
		return "tick"
	case searchResultMsg:
		if msg.rest { // the rest of a first page: older only than a later rest
			return "rest"
		}
		return "results"
	case actorResultMsg:
		return "results"
	case snippetMsg: // each asks for other rows: only a second delivery is old
		return fmt.Sprintf("snippets %d", msg.ask)
	case historyMsg:
		return "history"
	case clearStatusMsg:
		return "status"
	case markSavedMsg:
		return fmt.Sprintf("mark %d %s", msg.key.kind, msg.key.id)
	case tallyMsg:
		return "tally"
	}
	return ""
}

// update runs Update and collects the answers of its command, run at once
// (so they see the library as it is now) but delivered later.
func (w *walker) update(msg tea.Msg) {
	_, cmd := w.m.Update(msg)
	w.collect(cmd)
}

func (w *walker) collect(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			w.collect(c)
		}
	default:
		if v := reflect.ValueOf(msg); v.Type().Name() == "setClipboardMsg" {
			w.checkClipboard(v.String())
			w.clips++
		}
		k := kindOf(msg)
		w.issued[k]++
		w.pool = append(w.pool, pending{msg: msg, kind: k, serial: w.issued[k]})
	}
}

// do runs one step; it returns an error when the step broke an invariant.
func (w *walker) do(s step) error {
	m := w.m
	w.lastN = false
	switch s.kind {
	case stepKey:
		if s.key == "n" || s.key == "N" {
			before := m.reader.match
			w.update(keyMsg(s.key))
			// (n may go nowhere: taken by an overlay, or the actors view)
			w.lastN = !m.search.active && m.reader.match >= 0 && (m.reader.match != before || len(m.reader.matches) == 1)
			return nil
		}
		armed := s.key == "A" && m.confirmAll != 0 && m.confirmAll == m.statusToken && !m.status.IsEmpty() && !m.search.active && !m.showHelp
		if err := w.key(s.key); err != nil || !armed {
			return err
		}
		for _, id := range m.list.shownIDs() {
			if !m.marks.Read(id) {
				return fmt.Errorf("A marked all shown read, but %s is unread", id)
			}
		}
		return nil
	case stepClick:
		w.update(tea.MouseClickMsg{X: s.x, Y: s.y, Button: tea.MouseLeft})
	case stepWheel:
		b := tea.MouseWheelDown
		if s.n < 0 {
			b = tea.MouseWheelUp
		}
		w.update(tea.MouseWheelMsg{X: s.x, Y: s.y, Button: b})
	case stepResize:
		w.update(tea.WindowSizeMsg{Width: s.x, Height: s.y})
	case stepDeliver, stepTwice:
		if len(w.pool) == 0 {
			return nil
		}
		return w.deliver(s.n%len(w.pool), s.kind == stepTwice)
	case stepReorder:
		newest, oldest, ok := w.pair(s.n)
		if !ok {
			return nil
		}
		p := w.pool[oldest]
		if err := w.deliver(newest, false); err != nil {
			return err
		}
		return w.deliver(slices.IndexFunc(w.pool, func(q pending) bool { return q.kind == p.kind && q.serial == p.serial }), false)
	case stepWatch:
		w.watch(s.n)
	}
	return nil
}

// pair picks, among the kinds with two answers or more pending (n picks
// which), the newest and the oldest answer of the kind.
func (w *walker) pair(n int) (newest, oldest int, ok bool) {
	count := map[string]int{}
	var kinds []string
	for _, p := range w.pool {
		if p.kind == "" {
			continue // events: no order between them
		}
		if count[p.kind]++; count[p.kind] == 2 {
			kinds = append(kinds, p.kind)
		}
	}
	if len(kinds) == 0 {
		return 0, 0, false
	}
	slices.Sort(kinds)
	kind := kinds[n%len(kinds)]
	newest, oldest = -1, -1
	for i, p := range w.pool {
		if p.kind != kind {
			continue
		}
		if newest < 0 || p.serial > w.pool[newest].serial {
			newest = i
		}
		if oldest < 0 || p.serial < w.pool[oldest].serial {
			oldest = i
		}
	}
	return newest, oldest, newest != oldest
}

// deliver hands the pool's answer i to the model, keeping it for a second
// time when keep; an answer to an older request must not change the screen.
func (w *walker) deliver(i int, keep bool) error {
	p := w.pool[i]
	if !keep || p.delivered {
		last := len(w.pool) - 1 // the order in the pool means nothing
		w.pool[i], w.pool = w.pool[last], w.pool[:last]
	} else {
		w.pool[i].delivered = true
	}
	old := p.kind != "" && (p.delivered || w.issued[p.kind] > p.serial)
	var before string
	if old {
		before = w.fingerprint()
	}
	if c, ok := p.msg.(changeMsg); ok && (c.Gone || c.Back) {
		w.gone = c.Gone && !c.Back
	}
	w.update(p.msg)
	if old {
		if after := w.fingerprint(); after != before {
			return fmt.Errorf("an answer to an older request (%T, delivered before: %v) changed the screen:\nbefore:\n%s\nafter:\n%s", p.msg, p.delivered, before, after)
		}
	}
	return nil
}

// walkPaste is what the walk pastes: words, and bytes that must not reach
// the prompt, the screen or the history.
const walkPaste = "alpha \x1b]52;c;eA==\x07be\x1b[2Jta\n\u202egamma\x9b"

// key sends one key of the alphabet: "paste" is a bracketed paste,
// "history" the history read at start, arriving late, perhaps again, with
// bytes a State should not have kept.
func (w *walker) key(k string) error {
	m := w.m
	switch k {
	case "paste":
		w.update(tea.PasteMsg{Content: walkPaste})
		return nil
	case "type:alpha", "type:tea", "type:late!", "type:pa", "type:gamma!":
		if !m.search.active { // a word is typed in the prompt: / first (an overlay may take it)
			w.update(promptKey("/"))
		}
		word, enter := strings.CutSuffix(strings.TrimPrefix(k, "type:"), "!")
		for _, r := range " " + word { // a word of its own: the fake library matches any
			w.update(promptKey(string(r)))
		}
		if enter {
			w.update(promptKey("enter"))
		}
		return nil
	case "history":
		w.pool = append(w.pool, pending{msg: historyMsg{list: []string{"alpha", "beta\x1b[31m", "\u202egamma delta", "  "}}, kind: "history", serial: w.issued["history"] + 1})
		w.issued["history"]++
		return nil
	case "esc":
		if m.search.active {
			before := m.search.before
			w.update(keyMsg(k))
			if m.list.results != before.results || m.search.query != before.query {
				return fmt.Errorf("esc while editing did not keep the results: %q shown, %q before", m.search.query, before.query)
			}
			return nil
		}
	}
	w.update(promptKey(k))
	return nil
}

// checkSearch: the results shown are the query's shown, the count never
// claims a number for a query still running, and the history holds no
// control byte.
func (w *walker) checkSearch() error {
	m := w.m
	r := m.list.results
	if r != nil && r.snippets != nil {
		if r.query != m.search.query || r.mode != m.search.mode {
			return fmt.Errorf("the list shows the results of %q (mode %d), the search says %q (mode %d)", r.query, r.mode, m.search.query, m.search.mode)
		}
		if !strings.Contains(m.list.header().String(), quoteQuery(r.query).String()) {
			return fmt.Errorf("the header %q does not name the query %q", m.list.header().String(), r.query)
		}
		want, err := w.lib.Search(context.Background(), r.query, r.mode)
		if err != nil {
			return fmt.Errorf("results shown for %q, which the library refuses: %v", r.query, err)
		}
		for _, v := range m.list.view {
			id := m.list.row(v).ID
			_, there := w.lib.arts[id] // a deletion not yet told is still shown
			if there && w.version[id] == 0 && !slices.Contains(want.IDs, id) {
				return fmt.Errorf("%s is shown for %q (mode %d) but does not match it", id, r.query, r.mode)
			}
		}
	}
	// (" searching… " is dropped on a screen too narrow for it)
	if m.search.active && (m.search.busy || m.search.tick) && m.width > len(" searching… ") && !strings.Contains(ansi.Strip(string(m.promptLine())), "searching…") {
		return fmt.Errorf("a search is under way but the prompt says %q", ansi.Strip(string(m.promptLine())))
	}
	h := m.search.history
	for _, q := range append(slices.Clone(h.list), h.draft) {
		if !sanitize.IsSafe(q, false) || strings.TrimSpace(q) != q && q != h.draft {
			return fmt.Errorf("the history holds %q", q)
		}
	}
	return nil
}

// watch changes the library as a file change would, and queues the event.
func (w *walker) watch(n int) {
	op := watchOps[n%len(watchOps)]
	var c Change
	switch {
	case op == "gone": // the folder deleted: its articles go with it
		c.Removed, c.Gone = append([]string(nil), w.lib.ids...), true
		for _, id := range w.lib.ids {
			w.goneArts = append(w.goneArts, w.lib.arts[id])
			delete(w.lib.arts, id)
		}
		w.lib.ids = nil
	case op == "back": // made again, with what it held
		for _, a := range w.goneArts {
			w.lib.arts[a.ID] = a
			w.lib.ids = append(w.lib.ids, a.ID)
			c.Added = append(c.Added, summarize(a))
		}
		w.goneArts, c.Back = nil, true
	case op == "add" || len(w.lib.ids) == 0:
		a := walkArticle(w.next, 0, w.rng)
		w.written(a)
		w.next++
		w.lib.arts[a.ID] = a
		w.lib.ids = append(w.lib.ids, a.ID)
		c.Added = []Summary{summarize(a)}
	case op == "rewrite":
		id := w.lib.ids[(n/3)%len(w.lib.ids)]
		w.version[id]++
		var i int
		fmt.Sscanf(id, "w%d", &i)
		a := walkArticle(i, w.version[id], w.rng)
		w.written(a)
		w.lib.arts[id] = a
		c.Added = []Summary{summarize(a)}
	default:
		i := (n / 3) % len(w.lib.ids)
		id := w.lib.ids[i]
		delete(w.lib.arts, id)
		w.lib.ids = append(w.lib.ids[:i], w.lib.ids[i+1:]...)
		c.Removed = []string{id}
	}
	if op == "rewrite" && n%4 == 0 { // the whole list anew, as a watch's refresh sends it
		c = Change{Rows: library.RowsOf("/walk", w.lib.rows())}
	}
	w.pool = append(w.pool, pending{msg: changeMsg(c)})
}

// written notes the paragraphs of a version of an article.
func (w *walker) written(a article.Article) {
	if w.paras[a.ID] == nil {
		w.paras[a.ID] = map[string]bool{}
	}
	for _, p := range a.Paragraphs {
		w.paras[a.ID][p] = true
	}
}

// checkPassages: the passage drawn under a result is a paragraph of that
// result's own article (of some version of it: a rewrite is told late).
func (w *walker) checkPassages() error {
	l := &w.m.list
	if !l.twoLine() {
		return nil
	}
	for v := l.top; v < min(len(l.view), l.top+max(l.height, 1)); v++ {
		id := l.row(l.view[v]).ID
		if sn, ok := l.results.snippets[id]; ok && sn.Text != "" && !w.paras[id][sn.Text] {
			return fmt.Errorf("the passage under %s is not of its article: %.80q", id, sn.Text)
		}
	}
	return nil
}

// fingerprint is what the user sees, and the state that decides what the
// next key does.
func (w *walker) fingerprint() string {
	m := w.m
	s, _ := m.list.selected()
	return fmt.Sprintf("%s\nselected %s cursor %d top %d reader %s offset %d match %d",
		ansi.Strip(m.View().Content), s.ID, m.list.cursor, m.list.top, m.reader.sum.ID, m.reader.offset, m.reader.match)
}

// check tests the invariants of the screen after a step; full adds the
// costly one, that View changes nothing.
func (w *walker) check(full bool) error {
	m := w.m
	r := &m.reader
	id := r.sum.ID
	// The reader's article is the one selected in the visible list, or
	// the list is empty and so is the reader.
	sel, ok := m.list.selected()
	switch {
	case !ok && id != "":
		return fmt.Errorf("the list is empty but the reader shows %s", id)
	case ok && sel.ID != id:
		return fmt.Errorf("the list selects %s but the reader shows %s", sel.ID, id)
	}
	if err := w.checkPanels(); err != nil {
		return err
	}
	if err := w.checkShownRows(); err != nil {
		return err
	}
	if err := w.checkHighlight(); err != nil {
		return err
	}
	if err := w.checkPassages(); err != nil {
		return err
	}
	if a, ok := w.lib.arts[id]; ok && id != "" && !strings.HasPrefix(r.header(500).String(), a.Title) {
		return fmt.Errorf("reader header %q does not name %s's title %q", r.header(500), id, a.Title)
	}
	if err := w.checkLink(); err != nil {
		return err
	}
	if err := w.checkFolderGone(); err != nil {
		return err
	}
	if err := w.checkSearch(); err != nil {
		return err
	}
	if w.handErr != nil {
		return w.handErr
	}
	if want := tea.MouseModeCellMotion; m.noMouse {
		if m.View().MouseMode != tea.MouseModeNone {
			return errors.New("M turned the mouse off, the view still captures it")
		}
	} else if m.View().MouseMode != want {
		return errors.New("the mouse is on, the view does not capture it")
	}
	if err := w.checkPeople(); err != nil {
		return err
	}
	// The text on screen is the article's.
	if r.lines != nil && r.err == nil {
		text := ansi.Strip(strings.Join(r.lines, "\n"))
		if id == "" {
			return errors.New("text on screen with no article")
		}
		if !strings.Contains(text, marker(id)) {
			return fmt.Errorf("the reader shows %s but its text is not that article's:\n%.300s", id, text)
		}
	}
	// Cursors on screen.
	l := &m.list
	if err := checkViewIsOrder(l); err != nil {
		return err
	}
	if len(l.view) > 0 && l.height > 0 && (l.cursor < l.top || l.cursor >= l.top+l.height) {
		return fmt.Errorf("list cursor %d off screen (top %d, height %d)", l.cursor, l.top, l.height)
	}
	if r.offset < 0 || (r.offset > 0 && r.offset > len(r.lines)-r.height) {
		return fmt.Errorf("reader offset %d out of its %d lines (height %d)", r.offset, len(r.lines), r.height)
	}
	if err := w.checkReading(); err != nil {
		return err
	}
	if w.lastN && r.height > 0 { // (a window of one or two lines shows no reader)
		line := r.matches[r.match]
		if line < r.offset || line >= r.offset+r.height {
			return fmt.Errorf("n/N went to line %d, off screen (offset %d height %d)", line, r.offset, r.height)
		}
		if len(r.hl.spans[line]) == 0 {
			return fmt.Errorf("n/N went to line %d, which has no highlight: %q (terms %q)", line, ansi.Strip(r.lines[line]), r.terms)
		}
	}
	if !full {
		return nil
	}
	if err := fitsWindow(m); err != nil {
		return err
	}
	// View changes nothing.
	before := fmt.Sprintf("%+v %+v %+v", m.list.top, m.panels.cursor, m.panels.offset)
	v1 := m.View().Content
	v2 := m.View().Content
	if after := fmt.Sprintf("%+v %+v %+v", m.list.top, m.panels.cursor, m.panels.offset); v1 != v2 || before != after {
		return fmt.Errorf("View changed the model: %s -> %s", before, after)
	}
	return nil
}

// checkFolderGone: while the last word of the watch is that the folder is
// gone, the status line says so whenever no other message is shown.
func (w *walker) checkFolderGone() error {
	m := w.m
	if m.folderGone != w.gone {
		return fmt.Errorf("the watch said gone=%v, the model has %v", w.gone, m.folderGone)
	}
	if w.gone && m.status.IsEmpty() && !m.search.active && !m.layout().small {
		if s := ansi.Strip(string(m.statusLine())); !strings.Contains(s, "live updates stopped") {
			return fmt.Errorf("the folder is gone but the status line says %q", s)
		}
	}
	return nil
}

// walk runs steps and returns the index of the first failing step and why;
// a panic is a failure like any other, shrunk as they are.
func walk(t testing.TB, steps []step) (failed int, err error) {
	w := newWalker(t)
	i := 0
	defer func() {
		if p := recover(); p != nil {
			failed, err = i, fmt.Errorf("panic: %v\n%s", p, debug.Stack())
		}
	}()
	for ; i < len(steps); i++ {
		if err := w.do(steps[i]); err != nil {
			return i, err
		}
		if err := w.check(i%8 == 0 || i == len(steps)-1); err != nil {
			return i, err
		}
		if testing.Verbose() && !shrinking && (i+1)%100000 == 0 {
			fmt.Printf("walk: %d steps, %s\n", i+1, time.Now().Format(time.TimeOnly))
		}
	}
	if testing.Verbose() && !shrinking {
		fmt.Printf("walk: %d steps, %d answers pending at the end, %d programs run, %d copies\n", len(steps), len(w.pool), w.execs, w.clips)
		if lib, ok := w.m.lib.(*pagingLibrary); ok {
			fmt.Printf("walk: %d first pages, %d whole searches\n", lib.pages, lib.wholes)
		}
	}
	return -1, nil
}

func randomSteps(rng *rand.Rand, n int) []step {
	steps := make([]step, n)
	size := walkSizes[0]
	for i := range steps {
		var s step
		switch p := rng.Intn(100); {
		case p < 45:
			s = step{kind: stepKey, key: walkKeys[rng.Intn(len(walkKeys))]}
		case p < 50:
			s = step{kind: stepClick, x: rng.Intn(size[0]), y: rng.Intn(size[1])}
		case p < 53:
			s = step{kind: stepWheel, x: rng.Intn(size[0]), y: rng.Intn(size[1]), n: rng.Intn(2)*2 - 1}
		case p < 56:
			size = walkSizes[rng.Intn(len(walkSizes))]
			s = step{kind: stepResize, x: size[0], y: size[1]}
		case p < 85:
			s = step{kind: stepDeliver, n: rng.Intn(1 << 20)}
		case p < 88:
			s = step{kind: stepReorder, n: rng.Intn(1 << 20)}
		case p < 97:
			s = step{kind: stepTwice, n: rng.Intn(1 << 20)}
		default:
			s = step{kind: stepWatch, n: rng.Intn(1 << 20)}
		}
		steps[i] = s
	}
	return steps
}

// shrinking quiets the walks the shrinker makes.
var shrinking bool

// shrink is delta debugging: it removes chunks of steps, halving the chunk
// size, for as long as the rest still fails. It first tries the last 16,
// 32, … steps alone, from a fresh start: a late answer's failure most
// often needs only the few steps before it, and replaying a long prefix
// for each try would spend the budget on a handful of tries.
func shrink(t testing.TB, steps []step, budget time.Duration) []step {
	shrinking = true
	defer func() { shrinking = false }()
	deadline := time.Now().Add(budget)
	for k := 16; k < len(steps)/2; k *= 2 {
		if i, err := walk(t, steps[len(steps)-k:]); err != nil {
			steps = steps[len(steps)-k:][:i+1]
			break
		}
	}
	for n := len(steps) / 2; n >= 1 && time.Now().Before(deadline); {
		removed := false
		for at := 0; at+n <= len(steps) && time.Now().Before(deadline); {
			try := append(append([]step(nil), steps[:at]...), steps[at+n:]...)
			if i, err := walk(t, try); err != nil {
				steps, removed = try[:i+1], true
				continue
			}
			at += n
		}
		if !removed {
			n /= 2
		}
		n = min(n, len(steps)/2+1)
		if len(steps) == 1 {
			break
		}
	}
	return steps
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func TestWalk(t *testing.T) {
	n := envInt("KIOSK_WALK_STEPS", defaultWalkSteps)
	seed := int64(envInt("KIOSK_WALK_SEED", 1))
	if testing.Short() {
		n = min(n, 2000)
	}
	steps := randomSteps(rand.New(rand.NewSource(seed)), n)
	i, err := walk(t, steps)
	if err == nil {
		return
	}
	short := shrink(t, steps[:i+1], time.Duration(envInt("KIOSK_WALK_SHRINK", 120))*time.Second)
	_, serr := walk(t, short)
	names := make([]string, len(short))
	for k, s := range short {
		names[k] = s.String()
	}
	t.Fatalf("seed %d: step %d of %d failed: %v\nshrunk to %d steps: %s\nwhich fail with: %v",
		seed, i, n, err, len(short), strings.Join(names, " "), serr)
}

// checkPanels: the panels show the reader's article, with the library's
// actors for it.
func (w *walker) checkPanels() error {
	m := w.m
	id := m.reader.sum.ID
	got := panelsID(m)
	if got != id {
		return fmt.Errorf("the reader shows %q but the panels %q", id, got)
	}
	a, ok := w.lib.arts[id]
	if !ok || m.panels.art == nil {
		return nil
	}
	want := append([]actors.Actor(nil), a.Actors...)
	have := append([]actors.Actor(nil), m.panels.art.Actors...)
	if !reflect.DeepEqual(want, have) {
		return fmt.Errorf("the panels of %s list actors %v, the article names %v", id, have, want)
	}
	return nil
}

// checkLink: o and y would use the reader's article's link.
func (w *walker) checkLink() error {
	id := w.m.reader.sum.ID
	a, ok := w.lib.arts[id]
	if !ok {
		return nil
	}
	want := ""
	if a.Source != nil {
		want = a.Source.URL
	}
	if got, known := wouldOpen(w); known && got != want {
		return fmt.Errorf("o would open %q, the reader's article %s links %q", got, id, want)
	}
	return nil
}

// panelsID is the article the panels show.
func panelsID(m *Model) string {
	if m.panels.art != nil && m.panels.art.ID != m.panels.sum.ID {
		return "parsed " + m.panels.art.ID + " under " + m.panels.sum.ID
	}
	return m.panels.sum.ID
}

// wouldOpen is the link o would open, once the reader has its article.
func wouldOpen(w *walker) (string, bool) {
	a := w.m.reader.art
	if a == nil {
		return "", false
	}
	if a.ID != w.m.reader.sum.ID {
		return "the link of " + a.ID, true
	}
	url, _ := w.m.link(a)
	return url, true
}

// fakeExec stands for tea.ExecProcess: it checks that the program is handed
// the reader's article (the pager its text on stdin, the editor its path
// last) and answers at once, every third run with a failure.
func (w *walker) fakeExec(c *exec.Cmd, done tea.ExecCallback) tea.Cmd {
	w.execs++
	r := &w.m.reader
	switch {
	case c.Stdin != nil: // the pager
		b, _ := io.ReadAll(c.Stdin)
		if !strings.Contains(ansi.Strip(string(b)), marker(r.sum.ID)) {
			w.handErr = fmt.Errorf("the pager got another text than the reader's %s:\n%.200s", r.sum.ID, b)
		}
	default: // the editor
		if last := c.Args[len(c.Args)-1]; last != r.sum.Path {
			w.handErr = fmt.Errorf("the editor got %q, the reader shows %s", last, r.sum.Path)
		}
	}
	var err error
	if w.execs%3 == 0 {
		err = errors.New("exit status 1")
	}
	return func() tea.Msg { return done(err) }
}

// checkClipboard: c copies the reader's article's text, y its link, and
// neither holds an escape sequence.
func (w *walker) checkClipboard(s string) {
	r := &w.m.reader
	a, ok := w.lib.arts[r.sum.ID]
	switch {
	case hasEscape(s):
		w.handErr = fmt.Errorf("the clipboard got an escape: %q", s)
	case !ok:
	case strings.Contains(s, marker(r.sum.ID)):
	case a.Source != nil && s == a.Source.URL:
	default:
		w.handErr = fmt.Errorf("the clipboard got %.80q, neither the text nor the link of the reader's %s", s, r.sum.ID)
	}
}

// checkReading: the unread count is a recount of the list; a zoomed reader
// or hidden panels leave no pane (or summary) of panels on screen and never
// the focus on a pane not shown; wide, the titles get their share.
func (w *walker) checkReading() error {
	m := w.m
	n := 0
	for _, id := range m.list.shownIDs() {
		if !m.marks.Read(id) {
			n++
		}
	}
	if n != m.list.unread {
		return fmt.Errorf("the status line counts %d unread, the list holds %d", m.list.unread, n)
	}
	if err := checkOrder(m.list); err != nil {
		return err
	}
	l := m.layout()
	if l.small {
		return nil
	}
	if m.reader.width != min(l.text.w, maxTextWidth) {
		return fmt.Errorf("the reader renders at %d cells, its text has %d", m.reader.width, l.text.w)
	}
	if m.zoom && (m.focus != readerPane || l.list.w > 0 || l.panels.w > 0 || l.inline || l.reader.w != m.width) {
		return fmt.Errorf("zoomed, but focus %v, list %v, panels %v, inline %v, reader %v", m.focus, l.list, l.panels, l.inline, l.reader)
	}
	if m.hidePanels && (m.focus == panelsPane || l.panels.w > 0 || l.inline) {
		return fmt.Errorf("panels hidden, but focus %v, panels %v, inline %v", m.focus, l.panels, l.inline)
	}
	if !m.zoom && m.width >= wideWidth && m.listCols(l).titleWidth(l.list.w)*100 < titleShare*m.width {
		return fmt.Errorf("at %d columns the titles get %d cells", m.width, m.listCols(l).titleWidth(l.list.w))
	}
	return nil
}

// checkOrder: by date, the list is newest first (oldest first reversed),
// the undated below the dated; and the default order is by date while the
// user chose none and most rows are dated.
func checkOrder(l listModel) error {
	if !l.orderChosen && l.results == nil && l.order != l.defaultOrder() {
		return fmt.Errorf("order %v, default %v, not chosen", l.order, l.defaultOrder())
	}
	if l.order != byDate {
		return nil
	}
	key := func(v int) string {
		if d := l.row(l.view[v]).Date; d.Value != "" {
			return "1" + d.Value
		}
		return "0"
	}
	for v := 1; v < len(l.view); v++ {
		a, b := key(v-1), key(v)
		if l.reversed {
			a, b = b, a
		}
		if a < b {
			return fmt.Errorf("by date, row %d (%s) above row %d (%s)", v-1, key(v-1), v, key(v))
		}
	}
	return nil
}

// checkPeople: the actors view shows its tally's actors of the tab's kind
// whose names hold what is typed, its cursor on screen; the articles its
// enter listed each name the actor.
func (w *walker) checkPeople() error {
	p := &w.m.people
	if p.tally != nil {
		kind := peopleTabs[p.tab].kind
		q := people.Fold(string(p.query))
		for _, r := range p.shown {
			if e := p.tally.Ranked[r]; e.Kind != kind || !strings.Contains(people.Fold(e.Name), q) {
				return fmt.Errorf("the %s tab filtered by %q shows %s (%s)", kind, q, e.Name, e.Kind)
			}
		}
		if len(p.shown) > 0 && (p.cursor < p.top || p.cursor >= p.top+max(p.listHeight(), 1)) {
			return fmt.Errorf("actors cursor %d off screen (top %d, height %d)", p.cursor, p.top, p.listHeight())
		}
		for i, row := range p.rows {
			if p.top+i >= len(p.shown) || p.shown[p.top+i] != row.rank {
				return fmt.Errorf("actors row %d draws rank %d, the list holds %v from %d", i, row.rank, p.shown, p.top)
			}
		}
	}
	m := w.m
	if m.list.results == nil || p.asked == 0 || p.asked != m.search.seq || m.search.busy {
		return nil
	}
	for _, v := range m.list.view {
		id := m.list.row(v).ID
		if a, ok := w.lib.arts[id]; ok && !namesActor(a, p.askedFor) { // a file deleted: its event is on the way
			return fmt.Errorf("the articles of %s list %s, which does not name it", p.askedFor.Name, id)
		}
	}
	return nil
}

func namesActor(a article.Article, want actors.Actor) bool {
	for _, n := range a.Actors {
		if actors.Key(n) == actors.Key(want) {
			return true
		}
	}
	return false
}

// checkShownRows: every row drawn in the list, and the article the reader
// and panels name, carry their own file's title, source and comment count
// (the list's rows and the reader's summary come from the compact rows,
// not the parsed file): another row's fields under an ID is the bug class
// "the panels show another article's source".
func (w *walker) checkShownRows() error {
	m := w.m
	l := &m.list
	for v := l.top; v < min(len(l.view), l.top+max(l.height, 1)); v++ {
		if err := w.sameAsFile("list row", l.row(l.view[v])); err != nil {
			return err
		}
	}
	for _, s := range []struct {
		what string
		sum  Summary
	}{{"reader", m.reader.sum}, {"panels", m.panels.sum}} {
		if err := w.sameAsFile(s.what, s.sum); err != nil {
			return err
		}
	}
	return w.checkPanelText()
}

// sameAsFile compares a row with the library's article of its ID; an ID
// the library no longer holds is a deletion not told yet.
func (w *walker) sameAsFile(what string, s Summary) error {
	a, ok := w.lib.arts[s.ID]
	if !ok || s.ID == "" {
		return nil
	}
	want := summarize(a)
	if s.Title != want.Title || s.Domain != want.Domain || s.Comments != want.Comments || s.Path != want.Path {
		return fmt.Errorf("the %s of %s has title %q, source %q, %d comments, path %q; its file: %q, %q, %d, %q",
			what, s.ID, s.Title, s.Domain, s.Comments, s.Path, want.Title, want.Domain, want.Comments, want.Path)
	}
	return nil
}

// checkPanelText: the panels as drawn name the reader's article's source
// (the row's domain while loading, the file's link once parsed) and its
// comment count, and no other article's link.
func (w *walker) checkPanelText() error {
	m := w.m
	a, ok := w.lib.arts[m.panels.sum.ID]
	if !ok || m.panels.sum.ID == "" {
		return nil
	}
	lines, _, _ := m.panels.draw(500, styles{}, false)
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(ansi.Strip(string(l)) + "\n")
	}
	text := b.String()
	count := "—"
	if a.Comments != nil {
		count = thousands(*a.Comments).String()
	}
	if !strings.Contains(text, " Comments\n  "+count+"\n") {
		return fmt.Errorf("the panels of %s draw another comment count than its %s:\n%s", a.ID, count, text)
	}
	if a.Source != nil && !strings.Contains(text, "  "+a.Source.Domain+"\n") {
		return fmt.Errorf("the panels of %s do not name its source %s:\n%s", a.ID, a.Source.Domain, text)
	}
	// The one-line summary of the medium layout says the same.
	sum := ""
	for _, l := range m.panels.summary(500, styles{}) {
		sum += ansi.Strip(string(l)) + "\n"
	}
	src, cnt := "no source", "no comment count"
	if a.Source != nil {
		src = a.Source.Domain
	}
	if a.Comments != nil {
		cnt = plural(*a.Comments, "comment", "comments").String()
	}
	if !strings.HasPrefix(sum, " "+src+" · "+cnt+" · ") {
		return fmt.Errorf("the panels' summary of %s is %q, its file has %s and %s", a.ID, sum, src, cnt)
	}
	for id, o := range w.lib.arts {
		if o.Source != nil && id != a.ID && (a.Source == nil || o.Source.URL != a.Source.URL) && strings.Contains(text, o.Source.URL+"\n") {
			return fmt.Errorf("the panels of %s draw the link of %s (%s):\n%s", a.ID, id, o.Source.URL, text)
		}
	}
	return nil
}

// checkHighlight: the reader marks what the shown search asks for (nothing
// with no search, or an actor's articles), where the lines it shows hold it
// now (an empty reader draws no mark, whatever it kept).
func (w *walker) checkHighlight() error {
	m := w.m
	r := &m.reader
	if got := findHighlights(r.lines, r.terms, r.art); len(r.lines) > 0 && (!reflect.DeepEqual(got.spans, r.hl.spans) || !slices.Equal(got.lines, r.hl.lines)) {
		return fmt.Errorf("the reader's marks of %s are not where its terms %q are in its lines", r.sum.ID, r.terms)
	}
	if m.search.active || m.search.busy {
		return nil
	}
	var want []string
	if res := m.list.results; res != nil && res.snippets != nil {
		want = queryTerms(res.query, res.mode)
	}
	if !slices.Equal(r.terms, want) {
		return fmt.Errorf("the reader marks %q, the list shows the search for %q", r.terms, want)
	}
	return nil
}

// parseSteps reads steps as the walk prints them ("j deliver#3
// resize(2x10)"), so that a shrunk failure replays in a unit test.
func parseSteps(t testing.TB, text string) []step {
	t.Helper()
	var out []step
	for _, f := range strings.Fields(text) {
		var s step
		switch {
		case scan(f, "click(%d,%d)", &s.x, &s.y):
			s.kind = stepClick
		case scan(f, "wheel↓(%d,%d)", &s.x, &s.y):
			s.kind, s.n = stepWheel, 1
		case scan(f, "wheel↑(%d,%d)", &s.x, &s.y):
			s.kind, s.n = stepWheel, -1
		case scan(f, "resize(%dx%d)", &s.x, &s.y):
			s.kind = stepResize
		case scan(f, "deliver#%d", &s.n):
			s.kind = stepDeliver
		case scan(f, "deliver-keep#%d", &s.n):
			s.kind = stepTwice
		case scan(f, "reorder#%d", &s.n):
			s.kind = stepReorder
		case strings.HasPrefix(f, "watch["):
			op, num, _ := strings.Cut(strings.TrimPrefix(f, "watch["), "]#")
			n, err := strconv.Atoi(num)
			if err != nil || n < 0 || watchOps[n%len(watchOps)] != op {
				t.Fatalf("parseSteps: %q is no watch step", f)
			}
			s.kind, s.n = stepWatch, n
		default:
			s = step{kind: stepKey, key: f}
		}
		if s.String() != f {
			t.Fatalf("parseSteps: %q reads back as %q", f, s)
		}
		out = append(out, s)
	}
	return out
}

// scan reads f whole by format.
func scan(f, format string, args ...any) bool {
	n, err := fmt.Sscanf(f, format, args...)
	return err == nil && n == len(args) && fmt.Sprintf(format, deref(args)...) == f
}

func deref(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = *a.(*int)
	}
	return out
}

// replay walks steps and fails the test with the walk's error.
func replay(t *testing.T, text string) {
	t.Helper()
	if i, err := walk(t, parseSteps(t, text)); err != nil {
		t.Fatalf("step %d: %v", i, err)
	}
}

func TestParseSteps(t *testing.T) {
	text := "j click(3,8) wheel↓(1,2) wheel↑(0,0) resize(2x10) deliver#12 deliver-keep#5 reorder#7 watch[delete]#2 , ctrl+n"
	var names []string
	for _, s := range parseSteps(t, text) {
		names = append(names, s.String())
	}
	if got := strings.Join(names, " "); got != text {
		t.Errorf("read back as %q", got)
	}
}

// fitsWindow: the screen drawn fits the window, whatever its size: a line
// wider than the terminal wraps, and one line too many scrolls it.
func fitsWindow(m *Model) error {
	if m.width <= 0 || m.height <= 0 {
		return nil
	}
	lines := strings.Split(m.View().Content, "\n")
	if len(lines) > m.height {
		return fmt.Errorf("%d lines drawn in a window of %dx%d", len(lines), m.width, m.height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > m.width {
			return fmt.Errorf("line %d is %d cells wide in a window of %dx%d: %q", i, w, m.width, m.height, ansi.Strip(l))
		}
	}
	return nil
}

// checkViewIsOrder: a list that no search, filter or turn changes shows
// its rows in their order as they are now: the view is the rows' own order
// (not a copy, issue 16), which a live change moves in place.
func checkViewIsOrder(l *listModel) error {
	if l.results != nil || l.onlyBookmarks || l.onlyUnread {
		return nil
	}
	want := slices.Clone(l.tab.Order(rowsOrder(l.order)))
	if l.reversed {
		slices.Reverse(want)
	}
	if !slices.Equal(l.view, want) {
		return fmt.Errorf("the list shows %d rows not in their order of now (%d rows)", len(l.view), len(want))
	}
	return nil
}
