package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/trend"
	"github.com/kioskreader/kiosk/ui/chart"
)

// planted is named on known days only, so that its sparkline and bars can
// be counted by hand.
var planted = actors.Actor{Name: "Zora Quill", Kind: actors.Person}

var plantedDays = []string{"2025-01-21", "2025-02-03", "2025-02-04", "2025-02-04", "2025-03-10", "2025-03-14"}

// peopleFixture is a folder of 60 dated articles over eight weeks naming a
// recurring cast, the planted actor on plantedDays, names with accents and
// wide runes, and a hostile name.
func peopleFixture() *fakeLibrary {
	cast := []actors.Actor{
		{Name: "Hélène Dufresne", Kind: actors.Person}, {Name: "Marco Rubio", Kind: actors.Person},
		{Name: "Nguyễn Văn An", Kind: actors.Person}, {Name: "Commission du Mékong", Kind: actors.Organization},
		{Name: "ACME", Kind: actors.Organization}, {Name: "Đà Nẵng", Kind: actors.Place}, {Name: "Lyon", Kind: actors.Place},
		{Name: "東京", Kind: actors.Place}, {Name: "Evil\x1b]0;pwned\x07 Corp", Kind: actors.Organization},
	}
	start := time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)
	var arts []article.Article
	add := func(i int, day string, acts []actors.Actor) {
		id := fmt.Sprintf("p%03d", i)
		a := article.Article{ID: id, File: id + ".txt", Path: "/people/" + id + ".txt", Title: "Article " + id, HasTitle: true,
			Paragraphs: []string{"Text of " + id + "."}, Actors: acts,
			Date: &article.Date{Value: day, Precision: "day", From: article.FromURL}}
		a.Blocks = []article.Block{{Kind: article.Paragraph, Text: a.Paragraphs[0]}}
		if i%4 != 3 {
			d := []string{"vnexpress.net", "lemonde.fr", "thanhnien.vn"}[i%3]
			a.Source = &article.Source{URL: "https://" + d + "/" + id, Domain: d}
		}
		arts = append(arts, a)
	}
	for i := 0; i < 60; i++ {
		var acts []actors.Actor
		for k, c := range cast {
			if (i*7+k*3)%(k+2) == 0 {
				c.Mentions = 1 + i%3
				acts = append(acts, c)
			}
		}
		add(i, start.AddDate(0, 0, (i*13)%56).Format(time.DateOnly), acts)
	}
	for k, day := range plantedDays {
		add(60+k, day, []actors.Actor{{Name: planted.Name, Kind: planted.Kind, Mentions: 2}, {Name: "Lyon", Kind: actors.Place, Mentions: 1}})
	}
	return newFakeLibrary(arts...)
}

// peopleModelAt is a model over the fixture with the view open, drawing in
// blocks or ASCII whatever the terminal running the test is.
func peopleModelAt(t *testing.T, w, h int, ascii bool) *Model {
	m := newTestModel(t, w, h, Options{Library: peopleFixture(), NoColor: ascii})
	m.people.style = chart.Style{ASCII: ascii}
	press(t, m, "w")
	if !m.people.open || m.people.tally == nil {
		t.Fatalf("w: open %v, tally %v", m.people.open, m.people.tally != nil)
	}
	return m
}

func TestPeopleGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, ascii := range []bool{false, true} {
			name := fmt.Sprintf("people_%dx%d", size[0], size[1])
			if ascii {
				name = fmt.Sprintf("people_ascii_%dx%d", size[0], size[1])
			}
			m := peopleModelAt(t, size[0], size[1], ascii)
			golden(t, name, screenOf(t, m))
			press(t, m, "tab", "tab", "l", "y")
			golden(t, name+"_places", screenOf(t, m))
		}
	}
}

// The view's ranking is actors.Tally's over the folder (what kiosk actors
// prints), per kind, and the planted actor's sparkline counts the days it
// was named, as trend counts them for kiosk timeline.
func TestPeopleRankingAndSparkline(t *testing.T) {
	lib := peopleFixture()
	m := peopleModelAt(t, 200, 50, false)
	var tally actors.Tally
	for _, id := range lib.ids {
		tally.Add(lib.arts[id].Actors)
	}
	for tab, kind := range []actors.Kind{actors.Person, actors.Organization, actors.Place} {
		var want, got []string
		for _, r := range tally.Ranked() {
			if r.Kind == kind {
				want = append(want, fmt.Sprintf("%s %d", r.Name, r.Articles))
			}
		}
		m.people.tab = tab
		m.people.shownQ = "\x00"
		m.people.refilter()
		for _, r := range m.people.shown {
			e := m.people.tally.Ranked[r]
			got = append(got, fmt.Sprintf("%s %d", e.Name, e.Articles))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: view ranks %q, the tally %q", kind, got, want)
		}
	}
	// The planted actor, by hand: its days on the folder's axis.
	press(t, m, "tab", "z", "o", "r", "a") // places → people
	if len(m.people.rows) != 1 || m.people.rows[0].name.String() != planted.Name {
		t.Fatalf("typing zora: rows %+v", m.people.rows)
	}
	ax := m.people.axis
	counter := trend.NewCounter(ax.By)
	for _, d := range plantedDays {
		counter.Add(&article.Date{Value: d, Precision: "day"})
	}
	counts := trend.Counts(counter.Between(ax.Label(0), ax.Label(ax.N-1)))
	want := chart.Spark(counts, m.people.sparkWidth(), chart.Style{})
	if got := m.people.rows[0].spark.String(); got != want {
		t.Errorf("planted sparkline %q, by hand %q (%v)", got, want, counts)
	}
	if !strings.Contains(ansi.Strip(m.View().Content), want) {
		t.Errorf("the planted sparkline is not on screen:\n%s", ansi.Strip(m.View().Content))
	}
	// and its weeks, in the detail's bars
	weeks := trend.NewCounter(trend.Week)
	for _, d := range plantedDays {
		weeks.Add(&article.Date{Value: d, Precision: "day"})
	}
	w := m.people.detail.weeks
	if got, want := m.people.detail.perWeek, trend.Counts(weeks.Between(w.Label(0), w.Label(w.N-1))); !slices.Equal(got, want) {
		t.Errorf("planted weeks %v, by hand %v", got, want)
	}
}

// enter lists the articles naming the selected actor, newest first, and
// esc goes back to every article.
func TestPeopleEnterListsArticles(t *testing.T) {
	m := peopleModelAt(t, 120, 40, false)
	typeText(t, m, "quill")
	press(t, m, "enter")
	if m.people.open || m.list.results == nil {
		t.Fatalf("enter: view open %v, results %v", m.people.open, m.list.results)
	}
	var days []string
	for _, v := range m.list.view {
		days = append(days, m.list.row(v).File)
	}
	want := []string{"p065.txt", "p064.txt", "p062.txt", "p063.txt", "p061.txt", "p060.txt"} // newest first, equal days kept in order
	if !slices.Equal(days, want) {
		t.Errorf("zora quill's articles %v, want %v", days, want)
	}
	press(t, m, "esc")
	if m.list.results != nil {
		t.Errorf("esc kept the actor's articles")
	}
}

// The tally follows the folder: an article added while the view is open
// brings its actor in; a tally asked before is dropped when a newer one
// was asked, and the library is never called on the UI goroutine.
func TestPeopleFollowsFolder(t *testing.T) {
	lib := peopleFixture()
	m := newTestModel(t, 120, 40, Options{Library: lib})
	press(t, m, "w")
	n := len(m.people.tally.Ranked)
	a := lib.arts["p000"]
	a.ID, a.File, a.Actors = "p999", "p999.txt", []actors.Actor{{Name: "Newcomer Person", Kind: actors.Person, Mentions: 1}}
	lib.arts[a.ID] = a
	lib.ids = append(lib.ids, a.ID)
	_, cmd := m.Update(changeMsg(Change{Added: []Summary{summarize(a)}}))
	if cmd == nil || len(m.people.tally.Ranked) != n {
		t.Fatalf("a change: the tally changed in Update, or none was asked")
	}
	drive(t, m, collectMsgs(cmd)...)
	if len(m.people.tally.Ranked) != n+1 || len(m.people.tally.Lookup("newcomer person", "")) != 1 {
		t.Fatalf("the new actor is not in the tally: %d actors", len(m.people.tally.Ranked))
	}

	// Two asks: the first answer, late, is dropped.
	old := m.askTally()
	m.people.busy = false // as if its answer had been lost: a second ask
	newer := m.askTally()
	oldMsg, newMsg := old().(tallyMsg), newer().(tallyMsg)
	stamp := m.people.stamp
	m.Update(oldMsg)
	if !m.people.busy || m.people.stamp != stamp {
		t.Fatal("an older tally was taken")
	}
	m.Update(newMsg)
	if m.people.busy {
		t.Fatal("the newer tally was not taken")
	}
}

// collectMsgs runs a command and its batches.
func collectMsgs(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, collectMsgs(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// blockingTally is a library whose tally waits to be released.
type blockingTally struct {
	*fakeLibrary
	release chan struct{}
	calls   int
}

func (b *blockingTally) People(ctx context.Context, stamp string) (Tally, error) {
	b.calls++
	<-b.release
	return b.fakeLibrary.People(ctx, stamp)
}

func TestPeopleTallyOffTheUIGoroutine(t *testing.T) {
	b := &blockingTally{fakeLibrary: peopleFixture(), release: make(chan struct{})}
	m := New(Options{Library: b, Style: "dark"})
	m.cancel()
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.Update(batchMsg(b.rows()))
	m.Update(loadedMsg{})
	var cmds []tea.Cmd // the keys' commands, not run: the tally is asked when the view opens
	for _, k := range []string{"w", "a", "down", "tab", "esc", "esc"} {
		_, c := m.Update(keyMsg(k))
		cmds = append(cmds, c)
	}
	cmd := tea.Batch(cmds...)
	if b.calls != 0 || cmd == nil {
		t.Fatalf("Update called the tally %d times", b.calls)
	}
	close(b.release)
	_, c := m.Update(keyMsg("w")) // asked already: not again
	if c != nil {
		drive(t, m, c())
	}
	if screen := ansi.Strip(m.View().Content); !strings.Contains(screen, "counting the folder's actors") {
		t.Errorf("the view does not say it is counting:\n%s", screen)
	}
	drive(t, m, collectMsgs(cmd)...)
	if m.people.tally == nil || b.calls != 1 {
		t.Errorf("the tally's answer was not taken (%d calls)", b.calls)
	}
}
