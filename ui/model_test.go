package ui

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/article"
)

func selectedID(m *Model) string {
	s, _ := m.list.selected()
	return s.ID
}

func TestSearchNarrowsAndEscRestores(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	press(t, m, "j", "j") // on 003_nosource, which names Trump
	press(t, m, "/")
	typeText(t, m, "trump")
	if got := len(m.list.view); got != 2 {
		t.Fatalf("search shows %d rows, want 2", got)
	}
	if !strings.Contains(screenOf(t, m), "2 matches") {
		t.Errorf("match count not shown:\n%s", screenOf(t, m))
	}
	press(t, m, "enter")
	if m.search.active || m.focus != listPane {
		t.Error("enter should close the prompt and focus the list")
	}
	press(t, m, "j")
	if got := selectedID(m); got != "003_nosource" {
		t.Fatalf("selected %s", got)
	}
	press(t, m, "esc")
	if len(m.list.view) != 4 || selectedID(m) != "003_nosource" {
		t.Errorf("esc: %d rows, selected %s; want all 4 and the same article", len(m.list.view), selectedID(m))
	}
}

func TestSearchHighlightsAndJumps(t *testing.T) {
	m := newTestModel(t, 80, 12, Options{})
	press(t, m, "/")
	typeText(t, m, "soldats")
	press(t, m, "enter", "enter")
	if len(m.reader.matches) == 0 {
		t.Fatal("no match found in the reader")
	}
	press(t, m, "n")
	line := m.reader.matches[m.reader.match]
	if line < m.reader.offset || line >= m.reader.offset+m.reader.height {
		t.Errorf("n left the match (line %d) off screen (offset %d, height %d)", line, m.reader.offset, m.reader.height)
	}
	if !strings.Contains(m.View().Content, m.styles.match.Render("soldats")) {
		t.Error("the match is not highlighted")
	}
}

func TestSelectFileAtStart(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{Select: "/some/where/003_nosource.txt"})
	if got := selectedID(m); got != "003_nosource" {
		t.Fatalf("selected %q", got)
	}
	if !m.state.Read("003_nosource") {
		t.Error("the article given at start is not marked read")
	}
}

func TestOpenAndCopy(t *testing.T) {
	var opened []string
	open := func(u string) error { opened = append(opened, u); return nil }
	m := newTestModel(t, 120, 40, Options{Open: open})
	press(t, m, "o")
	if len(opened) != 1 || opened[0] != "https://thanhnien.vn/the-gioi/rubio-lavrov-185250316.htm" {
		t.Fatalf("opened %q", opened)
	}
	press(t, m, "j", "j", "o") // no source
	if len(opened) != 1 || !strings.Contains(m.status.String(), "no source") {
		t.Errorf("opened %q, status %q", opened, m.status)
	}
	press(t, m, "y")
	if !m.statusErr {
		t.Error("copying a missing link should say so")
	}
	press(t, m, "k", "y")
	if !strings.HasPrefix(m.status.String(), "copied https://www3.nhk.or.jp/") {
		t.Errorf("status %q", m.status)
	}
}

func TestOpenRefused(t *testing.T) {
	var opened []string
	m := newTestModel(t, 120, 40, Options{
		Open:  func(u string) error { opened = append(opened, u); return nil },
		Check: func(string) (string, error) { return "", errors.New("not an http link") },
	})
	press(t, m, "o")
	if len(opened) != 0 || !strings.Contains(m.status.String(), "refused") || !m.statusErr {
		t.Errorf("opened %q, status %q", opened, m.status)
	}
}

func TestMarksAndFilters(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	press(t, m, "enter") // opening marks read
	if !m.state.Read("001_rubio") {
		t.Fatal("opening did not mark read")
	}
	press(t, m, "m")
	if m.state.Read("001_rubio") {
		t.Fatal("m did not toggle read")
	}
	press(t, m, "m", "tab", "tab", "j", "b") // focus back on the list, bookmark 002
	if !m.state.Bookmarked("002_tokyo") {
		t.Fatalf("b did not bookmark %s", selectedID(m))
	}
	press(t, m, "B")
	if len(m.list.view) != 1 || selectedID(m) != "002_tokyo" {
		t.Errorf("B shows %d rows", len(m.list.view))
	}
	press(t, m, "B", "u")
	for _, i := range m.list.view {
		if m.state.Read(m.list.row(i).ID) {
			t.Errorf("u shows read article %s", m.list.row(i).ID)
		}
	}
	if len(m.list.view) != 3 {
		t.Errorf("u shows %d rows, want 3", len(m.list.view))
	}
}

func TestSortCycles(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	press(t, m, "s")
	if m.list.order != byComments || selectedID(m) != "001_rubio" {
		t.Fatalf("order %v, selected %s", m.list.order, selectedID(m))
	}
	if first := m.list.row(m.list.view[0]).ID; first != "002_tokyo" {
		t.Errorf("most commented first: got %s", first)
	}
	press(t, m, "s")
	if last := m.list.row(m.list.view[3]).ID; last != "003_nosource" {
		t.Errorf("by source, no source last: got %s", last)
	}
	press(t, m, "s")
	if m.list.order != byDate || m.list.row(m.list.view[0]).ID != "001_rubio" || m.list.row(m.list.view[1]).ID != "002_tokyo" {
		t.Errorf("order %v after three presses: newest first, the month-only date after its days", m.list.order)
	}
	press(t, m, "s")
	if m.list.order != byName {
		t.Errorf("order %v after four presses", m.list.order)
	}
}

func TestNextPrevArticle(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	press(t, m, "enter", "]")
	if selectedID(m) != "002_tokyo" || m.reader.sum.ID != "002_tokyo" || !m.state.Read("002_tokyo") {
		t.Fatalf("] went to %s, reader %s", selectedID(m), m.reader.sum.ID)
	}
	press(t, m, "h")
	if selectedID(m) != "001_rubio" {
		t.Errorf("h went to %s", selectedID(m))
	}
}

func TestActorShowsItsArticles(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	press(t, m, "tab", "tab") // panels of 001_rubio
	press(t, m, "j", "j", "enter")
	if m.list.results == nil || !strings.Contains(m.list.results.label.String(), "Donald Trump") {
		t.Fatalf("results %+v", m.list.results)
	}
	if len(m.list.view) != 1 || m.focus != listPane {
		t.Errorf("%d rows, focus %v", len(m.list.view), m.focus)
	}
}

func TestLiveChangesKeepSelection(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	press(t, m, "j", "j")
	added := summarize(article.Article{ID: "000_new", File: "000_new.txt", Title: "Fresh"})
	drive(t, m, changeMsg{Added: []Summary{added}, Removed: []string{"002_tokyo"}})
	if selectedID(m) != "003_nosource" {
		t.Errorf("selection moved to %s", selectedID(m))
	}
	if len(m.list.view) != 4 || m.list.row(m.list.view[0]).ID != "000_new" {
		t.Errorf("view after change: %d rows", len(m.list.view))
	}
	drive(t, m, changeMsg{Removed: []string{"003_nosource"}})
	if _, ok := m.list.selected(); !ok {
		t.Error("nothing selected after the selected article went")
	}
}

func TestStaleRenderIgnored(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	before := m.reader.lines
	drive(t, m, renderedMsg{token: m.reader.token - 1, key: renderKey{"001_rubio", 1, "dark"}, lines: []string{"stale"}})
	if len(m.reader.lines) != len(before) || m.reader.lines[0] == "stale" {
		t.Error("a stale rendering replaced the current one")
	}
}

func TestQuit(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := newTestModel(t, 80, 24, Options{})
		_, cmd := m.Update(keyMsg(k))
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s does not quit", k)
		}
	}
	m := newTestModel(t, 80, 24, Options{})
	press(t, m, "/", "q")
	if m.search.input.String() != "q" {
		t.Error("q in the prompt should type")
	}
}

func TestMouse(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	drive(t, m, tea.MouseClickMsg{X: 3, Y: 3, Button: tea.MouseLeft})
	if selectedID(m) != "003_nosource" {
		t.Errorf("click on the third row selected %s", selectedID(m))
	}
	m = newTestModel(t, 80, 12, Options{})
	drive(t, m, tea.MouseWheelMsg{X: 50, Y: 5, Button: tea.MouseWheelDown})
	if m.reader.offset != 3 {
		t.Errorf("wheel over the reader: offset %d", m.reader.offset)
	}
}

var allowedSeq = regexp.MustCompile(`^(\x1b\[[0-9;:]*m|\x1b\]8;[^\x1b\x07]*(\x1b\\|\x07))$`)

// TestHostileArticleDrawsSafely parses a file full of escape sequences and
// checks that the screen holds only styles and hyperlinks.
func TestHostileArticleDrawsSafely(t *testing.T) {
	raw := "Title \x1b]0;pwned\x07 \x1b[2J \u202eevil\n\nBody \x1b]52;c;aGk=\x07 \x9b31m &#27;[31m " +
		strings.Repeat("> ", 100) + "\n\nSource: https://example.com/a\x1b[31m\n"
	a := article.Parse("/x/000_hostile.txt", []byte(raw))
	m := newTestModel(t, 140, 30, Options{Library: newFakeLibrary(a)})
	press(t, m, "enter")
	s := m.View().Content
	var state byte
	for len(s) > 0 {
		seq, _, n, next := ansi.DecodeSequence(s, state, nil)
		state, s = next, s[n:]
		if seq == "\n" || (seq[0] >= 0x20 && seq[0] != 0x7f) {
			continue
		}
		if !allowedSeq.MatchString(seq) {
			t.Fatalf("sequence %q on screen", seq)
		}
	}
}

func TestSourceHyperlinkOnlyWhenChecked(t *testing.T) {
	ok := func(string) (string, error) { return "https://thanhnien.vn/canonical", nil }
	m := newTestModel(t, 200, 40, Options{Check: ok}) // wide enough for the panels beside the reader
	if v := m.View().Content; !strings.Contains(v, "\x1b]8;") || !strings.Contains(v, "https://thanhnien.vn/canonical") {
		t.Error("no OSC 8 link to the checked URL in the Source panel")
	}
	refuse := func(string) (string, error) { return "", errors.New("no") }
	m = newTestModel(t, 200, 40, Options{Check: refuse})
	if v := m.View().Content; strings.Contains(v, "\x1b]8;") {
		t.Error("a refused URL is linked")
	}
}

func TestRewrittenArticleRendersAnew(t *testing.T) {
	lib := fixture()
	m := newTestModel(t, 120, 40, Options{Library: lib})
	a := lib.arts["001_rubio"]
	a.Blocks = []article.Block{{Kind: article.Paragraph, Text: "Le texte a changé depuis."}}
	lib.arts["001_rubio"] = a
	drive(t, m, changeMsg{Added: []Summary{summarize(a)}})
	if got := screenOf(t, m); !strings.Contains(got, "Le texte a changé depuis.") {
		t.Errorf("the reader still shows the old text:\n%s", got)
	}
}

func TestActorFromPanelsAt80Columns(t *testing.T) {
	m := newTestModel(t, 80, 24, Options{})
	press(t, m, "tab", "tab") // the panels take the reader's place
	if !strings.Contains(screenOf(t, m), "Details") {
		t.Fatal("no panels after two tabs")
	}
	press(t, m, "enter")
	scr := screenOf(t, m)
	if strings.Contains(scr, "Details") || !strings.Contains(scr, "Marco Rubio · 1 article") {
		t.Errorf("after enter on an actor, want its articles and the reader back:\n%s", scr)
	}
}

// TestLateGlamourFallsBackToPlain: past the budget the reader shows plain
// text at once, and asks glamour again with a longer budget.
func TestLateGlamourFallsBackToPlain(t *testing.T) {
	a := fixture().arts["001_rubio"]
	lines, plain := renderLines(context.Background(), a, 60, "dark", 0)
	if !plain || strings.Contains(strings.Join(lines, "\n"), "\x1b") {
		t.Fatalf("plain=%v lines %q", plain, lines)
	}
	m := newTestModel(t, 120, 40, Options{})
	k := renderKey{"001_rubio", m.reader.width, "dark"}
	m.cache = newCache() // as if glamour had never rendered it
	m.reader.token++
	ok, retry := m.reader.receive(renderedMsg{token: m.reader.token, key: k, art: a, lines: lines, plain: true, budget: renderBudget}, m.lib, m.cache)
	if !ok || retry == nil || !m.reader.plain {
		t.Fatalf("ok=%v retry=%v plain=%v", ok, retry != nil, m.reader.plain)
	}
	drive(t, m, retry())
	if m.reader.plain || !strings.Contains(strings.Join(m.reader.lines, "\n"), "\x1b[") {
		t.Error("the retry did not bring glamour's rendering")
	}
}

func TestClickSelectsActor(t *testing.T) {
	// wide enough for the panels beside the reader
	m := newTestModel(t, 200, 40, Options{})
	_ = m.View() // the panels know where they drew each actor after a frame
	l := m.layout()
	for y := 0; y < l.panels.h; y++ {
		if i, ok := m.panels.itemAt(y); ok && m.panels.items[i].Name == "Sergueï Lavrov" {
			drive(t, m, tea.MouseClickMsg{X: l.panels.x + 3, Y: l.panels.y + 1 + y, Button: tea.MouseLeft})
			if a, _ := m.panels.selected(); a.Name != "Sergueï Lavrov" || m.focus != panelsPane {
				t.Errorf("click selected %q, focus %v", a.Name, m.focus)
			}
			return
		}
	}
	t.Fatal("Sergueï Lavrov not drawn in the panels")
}

// buildingLibrary finds nothing until its index is built, as an Indexed
// library does while kiosk indexes a new folder.
type buildingLibrary struct {
	*fakeLibrary
	built bool
}

func (b *buildingLibrary) Search(ctx context.Context, q string, mode QueryMode) (Results, error) {
	if !b.built {
		return Results{}, nil
	}
	return b.fakeLibrary.Search(ctx, q, mode)
}

func TestSearchTypedWhileIndexingIsRepeatedWhenLoaded(t *testing.T) {
	lib := &buildingLibrary{fakeLibrary: fixture()}
	m := newTestModel(t, 120, 40, Options{Library: lib.fakeLibrary})
	m.lib = lib
	press(t, m, "/")
	typeText(t, m, "trump")
	if got := len(m.list.view); got != 0 {
		t.Fatalf("before the index is built the search shows %d rows", got)
	}
	lib.built = true
	drive(t, m, loadedMsg{})
	if got := len(m.list.view); got != 2 {
		t.Errorf("after loading the search shows %d rows, want 2:\n%s", got, screenOf(t, m))
	}
}

// TestPanelsFollowCacheHits is the bug of issue 10: back on an article
// already rendered (k after j), the panels kept the other article's.
func TestPanelsFollowCacheHits(t *testing.T) {
	m := newTestModel(t, 140, 40, Options{})
	press(t, m, "j", "k")
	scr := screenOf(t, m)
	if m.panels.sum.ID != "001_rubio" || m.panels.art == nil || m.panels.art.ID != "001_rubio" || !strings.Contains(scr, "thanhnien.vn") {
		t.Errorf("after j k the panels show %q:\n%s", m.panels.sum.ID, scr)
	}
	drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 24}, tea.WindowSizeMsg{Width: 140, Height: 40})
	press(t, m, "j", "k")
	if m.panels.art == nil || m.panels.art.ID != "001_rubio" {
		t.Error("after a resize back to a width seen, the panels are not the reader's")
	}
}

// TestPanelsShowLoadingArticleAtOnce: before the text is read, the panels
// already name the reader's article and the body says it is loading.
func TestPanelsShowLoadingArticleAtOnce(t *testing.T) {
	m := newTestModel(t, 140, 40, Options{})
	m.Update(keyMsg("j")) // the delayed load is not delivered
	scr := screenOf(t, m)
	if m.panels.sum.ID != "002_tokyo" || m.panels.art != nil || !strings.Contains(scr, "loading…") || !strings.Contains(scr, "www3.nhk.or.jp") {
		t.Errorf("panels %q while loading:\n%s", m.panels.sum.ID, scr)
	}
}

func TestEmptyFilterShowsNoArticle(t *testing.T) {
	m := newTestModel(t, 140, 40, Options{})
	press(t, m, "B")
	scr := screenOf(t, m)
	if m.reader.sum.ID != "" || m.panels.sum.ID != "" || strings.Contains(scr, "thanhnien") ||
		!strings.Contains(scr, "no bookmark yet") || !strings.Contains(scr, "b bookmarks an article, esc shows all") {
		t.Errorf("B with no bookmark:\n%s", scr)
	}
	press(t, m, "o")
	if !strings.Contains(m.status.String(), "no article") {
		t.Errorf("o with no article: %q", m.status)
	}
	press(t, m, "esc")
	if m.reader.sum.ID != "001_rubio" {
		t.Errorf("esc: the reader shows %q", m.reader.sum.ID)
	}
}

// TestLoadingNeverSaysEmpty: while the library is still reading, an empty
// list says so, and the status line counts.
func TestLoadingNeverSaysEmpty(t *testing.T) {
	m := New(Options{Library: fixture(), Style: "dark"})
	m.cancel()
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m.Update(progressMsg{done: 3, total: 20000})
	scr := ansi.Strip(m.View().Content)
	if strings.Contains(scr, "no article in this folder") || !strings.Contains(scr, "reading the folder") ||
		!strings.Contains(scr, "reading 3 of 20,000") {
		t.Errorf("while loading:\n%s", scr)
	}
}

// TestLateActorAnswerDoesNotReplaceSearch: enter on an actor, then a
// search; the actor's late answer must not replace the results.
func TestLateActorAnswerDoesNotReplaceSearch(t *testing.T) {
	m := newTestModel(t, 140, 40, Options{})
	press(t, m, "tab", "tab")
	_, actorCmd := m.Update(keyMsg("enter"))
	press(t, m, "/")
	typeText(t, m, "tokyo")
	press(t, m, "enter")
	label := m.list.header()
	drive(t, m, actorCmd())
	if got := m.list.header(); got != label {
		t.Errorf("the late actor answer replaced %q with %q", label, got)
	}
}

func TestCtrlZSuspends(t *testing.T) {
	m := newTestModel(t, 80, 24, Options{})
	for _, prompt := range []bool{false, true} {
		if prompt {
			press(t, m, "/")
		}
		_, cmd := m.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
		if cmd == nil {
			t.Fatal("ctrl+z: no command")
		}
		if _, ok := cmd().(tea.SuspendMsg); !ok {
			t.Errorf("ctrl+z (prompt open: %v) does not suspend", prompt)
		}
	}
}

// TestOpenWhileLoadingOpensTheReadersArticle: o pressed before the text
// is read opens that article's link once it is, and nothing if the
// reader moved on first.
func TestOpenWhileLoadingOpensTheReadersArticle(t *testing.T) {
	var opened []string
	m := newTestModel(t, 140, 40, Options{Open: func(u string) error { opened = append(opened, u); return nil }})
	m.Update(keyMsg("j")) // 002_tokyo, its load not delivered
	_, cmd := m.Update(keyMsg("o"))
	drive(t, m, cmd())
	if len(opened) != 1 || !strings.Contains(opened[0], "nhk.or.jp") {
		t.Fatalf("o while loading opened %q", opened)
	}
	m.Update(keyMsg("j")) // 003_nosource
	_, cmd = m.Update(keyMsg("o"))
	m.Update(keyMsg("k")) // moved on before the answer
	if cmd != nil {
		drive(t, m, cmd())
	}
	if len(opened) != 1 {
		t.Errorf("o opened %q for an article no longer shown", opened[1:])
	}
}
