package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
)

func shownIDs(m *Model) []string {
	var ids []string
	for _, v := range m.list.view {
		ids = append(ids, m.list.row(v).ID)
	}
	return ids
}

// esc while editing puts back the results the prompt opened on; a second
// esc shows every article again, in the order they had.
func TestEscKeepsResultsThenShowsAll(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	press(t, m, "s") // by comments
	press(t, m, "/")
	typeText(t, m, "trump")
	press(t, m, "enter")
	want := shownIDs(m)
	press(t, m, "/")
	drive(t, m, promptKey("ctrl+u"))
	typeText(t, m, "supercal")
	if slices.Equal(shownIDs(m), want) {
		t.Fatal("typing did not change the results")
	}
	press(t, m, "esc")
	if m.search.active || m.search.query != "trump" || !slices.Equal(shownIDs(m), want) {
		t.Errorf("esc while editing: query %q, rows %v; want %q, %v", m.search.query, shownIDs(m), "trump", want)
	}
	if h := m.list.header().String(); !strings.Contains(h, "“trump”") || !strings.HasSuffix(h, "by rank") {
		t.Errorf("header %q", h)
	}
	press(t, m, "esc")
	if m.list.results != nil || len(m.list.view) != 4 || !strings.HasSuffix(m.list.header().String(), "by comments") {
		t.Errorf("second esc: %d rows, header %q; want all 4, by comments", len(m.list.view), m.list.header().String())
	}
}

// Emptying the prompt shows every article in the order they had, not
// "by rank".
func TestClearingTheQueryRestoresTheSort(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	press(t, m, "s", "s") // by source
	press(t, m, "/")
	typeText(t, m, "trump")
	if !strings.HasSuffix(m.list.header().String(), "by rank") {
		t.Fatalf("header %q", m.list.header().String())
	}
	for range "trump" {
		press(t, m, "backspace")
	}
	if m.list.results != nil || !strings.HasSuffix(m.list.header().String(), "by source") {
		t.Errorf("header %q after clearing the query", m.list.header().String())
	}
}

func TestCtrlNPMoveThroughResultsWhileTyping(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	press(t, m, "/")
	typeText(t, m, "trump")
	ids := shownIDs(m)
	drive(t, m, promptKey("ctrl+n"))
	if !m.search.active || selectedID(m) != ids[1] || m.reader.sum.ID != ids[1] {
		t.Errorf("ctrl+n: prompt open %v, selected %s, reader %s; want %s", m.search.active, selectedID(m), m.reader.sum.ID, ids[1])
	}
	drive(t, m, promptKey("ctrl+p"))
	if selectedID(m) != ids[0] || m.search.input.String() != "trump" {
		t.Errorf("ctrl+p: selected %s, prompt %q", selectedID(m), m.search.input.String())
	}
}

// ↑ walks back through the queries searched, ↓ forward to what was being
// typed; the history outlives the run through the State.
func TestHistoryUpDown(t *testing.T) {
	st := NewMemoryState()
	m := newTestModel(t, 120, 40, Options{State: st})
	for _, q := range []string{"trump", "rubio", "trump"} {
		press(t, m, "/")
		drive(t, m, promptKey("ctrl+u"))
		typeText(t, m, q)
		press(t, m, "enter")
	}
	if got, _ := st.Queries(); !slices.Equal(got, []string{"rubio", "trump"}) {
		t.Fatalf("kept %q", got)
	}
	press(t, m, "/")
	drive(t, m, promptKey("ctrl+u"))
	typeText(t, m, "draft")
	var seen []string
	for range 3 {
		drive(t, m, promptKey("up"))
		seen = append(seen, m.search.input.String())
	}
	drive(t, m, promptKey("down"))
	drive(t, m, promptKey("down"))
	seen = append(seen, m.search.input.String())
	if want := []string{"trump", "rubio", "rubio", "draft"}; !slices.Equal(seen, want) {
		t.Errorf("↑↑↑↓↓ showed %q, want %q", seen, want)
	}
	// A new run reads it back (in a command), cleaned.
	st.AddQuery("bad\x1b[2J")
	m2 := newTestModel(t, 120, 40, Options{State: st})
	drive(t, m2, m2.loadHistory()())
	press(t, m2, "/")
	drive(t, m2, promptKey("up"))
	if got := m2.search.input.String(); got != "bad␛[2J" {
		t.Errorf("the next run's ↑ shows %q", got)
	}
}

// While an answer is awaited the prompt says so, never "0 matches".
func TestCountSaysSearchingWhileRunning(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	press(t, m, "/")
	m.Update(keyMsg("z")) // the debounce tick and the search are not run
	line := ansi.Strip(string(m.promptLine()))
	if !strings.Contains(line, "searching…") || strings.Contains(line, "match") {
		t.Errorf("prompt %q while searching", line)
	}
	drive(t, m, searchTickMsg{m.search.seq})
	if line := ansi.Strip(string(m.promptLine())); !strings.Contains(line, "0 matches") {
		t.Errorf("prompt %q once answered", line)
	}
}

// Each result shows its passage, the matches marked by the index's
// matcher, on a second line.
func TestResultsShowMarkedPassages(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	press(t, m, "/")
	typeText(t, m, "soldats")
	press(t, m, "enter")
	screen := m.View().Content
	if !strings.Contains(screen, m.styles.match.Render("soldats")) {
		t.Errorf("no marked match on screen:\n%s", ansi.Strip(screen))
	}
	lines := strings.Split(ansi.Strip(screen), "\n")
	if !strings.Contains(lines[1], "Marco Rubio") || !strings.Contains(lines[2], "soldats") {
		t.Errorf("not two lines a row:\n%s\n%s", lines[1], lines[2])
	}
	press(t, m, "esc")
	if strings.Contains(ansi.Strip(m.View().Content), "Trump demande à la Russie d'épargner") && m.list.twoLine() {
		t.Error("two-line rows outside a search")
	}
}

// While typing, the last word is a prefix; after enter the query means
// what kiosk search means: kw007 is not kw0077.
func TestEnterReadsTheQueryWhole(t *testing.T) {
	mk := func(id, text string) article.Article {
		return article.Article{ID: id, File: id + ".txt", Title: id, HasTitle: true, Paragraphs: []string{text},
			Blocks: []article.Block{{Kind: article.Paragraph, Text: text}}}
	}
	lib := newFakeLibrary(mk("a", "Référence kw0077 ici."), mk("b", "Référence kw007 là."), mk("c", "Rien."))
	m := newTestModel(t, 120, 40, Options{Library: lib})
	press(t, m, "/")
	typeText(t, m, "kw007")
	if got := shownIDs(m); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("typing kw007 shows %v; want a and b (a prefix)", got)
	}
	press(t, m, "enter")
	if got := shownIDs(m); !slices.Equal(got, []string{"b"}) || m.search.mode != Whole {
		t.Errorf("kw007 ⏎ shows %v; want b alone", got)
	}
	press(t, m, "enter") // the reader marks kw007 alone too
	if len(m.reader.matches) != 1 {
		t.Errorf("the reader marks %d lines", len(m.reader.matches))
	}
	// A query read whole that cannot mean anything is said, not shown as
	// no match.
	press(t, m, "/")
	drive(t, m, promptKey("ctrl+u"))
	typeText(t, m, `"kw007`)
	press(t, m, "enter")
	if !m.statusErr || !strings.Contains(m.status.String(), "quote") {
		t.Errorf("status %q", m.status)
	}
}

func TestFocusSnippetShowsTheFirstMatch(t *testing.T) {
	text := "…one two three four five six seven eight nine ten Trump eleven"
	at := strings.Index(text, "Trump")
	sn := focusSnippet(Snippet{Text: text, Marks: [][2]int{{at, at + 5}}}, 12)
	m := sn.Marks[0]
	if sn.Text[m[0]:m[1]] != "Trump" || ansi.StringWidth(sn.Text[:m[0]]) > 13 || !strings.HasPrefix(sn.Text, "…") {
		t.Errorf("%q marks %v", sn.Text, sn.Marks)
	}
	if got := focusSnippet(Snippet{Text: "Trump a", Marks: [][2]int{{0, 5}}}, 12); got.Text != "Trump a" {
		t.Errorf("a match at the start moved: %q", got.Text)
	}
}

// BenchmarkResultsKey100k is one ctrl+n in the prompt and the frame after
// it, with 100,000 rows and 2,000 results drawn two lines each, their
// passages known: compare with BenchmarkKeyDown100k in the same run.
func BenchmarkResultsKey100k(b *testing.B) {
	m := bigModel(b, 100000)
	ids := make([]string, 2000)
	snips := map[string]Snippet{}
	for i := range ids {
		ids[i] = fmt.Sprintf("%06d", i*50)
		text := "…the province's weather and the government said on Monday that the rain would go on…"
		at := strings.Index(text, "weather")
		snips[ids[i]] = Snippet{Text: text, Marks: [][2]int{{at, at + len("weather")}}}
	}
	m.setResults(&resultSet{label: sanitize.Lit("search “weather”"), ids: ids, total: len(ids),
		searchResults: searchResults{query: "weather", seq: m.search.seq, snippets: snips}})
	press(b, m, "/")
	n, p := promptKey("ctrl+n"), promptKey("ctrl+p")
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			m.Update(n)
		} else {
			m.Update(p)
		}
		_ = m.View()
	}
}
