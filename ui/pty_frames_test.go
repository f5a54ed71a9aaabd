package ui

import (
	"errors"
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/sanitize/hostile"
	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
)

// hostileLibrary holds one article per family of issue 11 A, with the
// family raw, unsanitized (as if the parser had let it through), in its
// file name, title, text, source, actor names and comment line.
func hostileLibrary() *fakeLibrary {
	var arts []article.Article
	for i, f := range hostile.Families {
		raw := f.Raw
		paras := []string{"President Emmanuel Macron" + raw + " met Olaf Scholz in Hanoi.", "Commentaires " + hostile.Mark(i, 'c') + raw + " (12)"}
		a := article.Article{
			ID: hostile.Mark(i, 'i'), File: hostile.Mark(i, 'f') + "-" + raw + ".txt", Path: "/news/" + hostile.Mark(i, 'd') + raw + "/x.txt",
			Title: hostile.Mark(i, 't') + " " + raw + " Hanoi", HasTitle: i%2 == 0, Paragraphs: paras, Comments: intp(i),
			Source: &article.Source{URL: "https://news.example.com/" + hostile.Mark(i, 's') + raw, Domain: "news" + raw + ".example.com"},
			Actors: []actors.Actor{{Name: "Olaf" + raw + " Scholz", Kind: actors.Person, Mentions: 2}, {Name: "Hanoi" + raw, Kind: actors.Place, Mentions: 1}},
		}
		if i%3 == 1 {
			a.Title = "" // untitled: the row shows the file name
		}
		for _, p := range paras {
			a.Blocks = append(a.Blocks, article.Block{Kind: article.Paragraph, Text: p})
		}
		arts = append(arts, a)
	}
	return newFakeLibrary(arts...)
}

// TestHostileFramesEveryScreen checks every frame View returns, on every
// screen, over names and texts left raw: kiosk's own frame may hold text,
// line breaks, SGR and OSC 8 to a checked link, nothing else, whatever
// Bubble Tea's renderer would filter after it. The pty test in cmd/kiosk
// reads the bytes the renderer writes; this one does not depend on it.
func TestHostileFramesEveryScreen(t *testing.T) {
	lib := hostileLibrary()
	raw := hostile.Families[0].Raw
	m := newTestModel(t, 120, 40, Options{Library: lib, Folder: "/news" + raw, Notice: "index: " + raw})
	frames, shown := 0, map[string]bool{}
	check := func(what string) {
		t.Helper()
		frames++
		shown[m.reader.sum.ID] = m.reader.lines != nil
		for _, p := range hostile.Check([]byte(m.View().Content), hostile.Frame) {
			t.Errorf("%s: %s", what, p)
		}
	}
	check("the list with a notice")
	press(t, m, "enter")
	for range lib.ids {
		check("reader " + m.reader.sum.ID)
		press(t, m, "tab")
		check("panels " + m.reader.sum.ID)
		press(t, m, "j", "j")
		check("panels, an actor " + m.reader.sum.ID)
		press(t, m, "tab", "tab") // through the list, back to the reader
		press(t, m, "]")
	}
	press(t, m, "esc", "g", "tab", "tab", "j", "enter")
	check("an actor's articles")
	press(t, m, "esc", "/")
	typeText(t, m, "Hanoi")
	check("the prompt")
	press(t, m, "enter")
	check("search results")
	press(t, m, "/")
	typeText(t, m, "zzqq")
	press(t, m, "enter")
	check("no match")
	press(t, m, "esc", "?")
	check("help")
	press(t, m, "?", "u")
	check("unread only")
	press(t, m, "B")
	check("bookmarks only")
	press(t, m, "esc")
	for _, msg := range []tea.Msg{
		watchFailedMsg{errors.New("watch " + raw)}, loadedMsg{errors.New("list " + raw)},
		openedMsg{url: "https://x.example/" + raw}, openedMsg{url: "u", err: errors.New("open " + raw)},
		changeMsg{Gone: true}, tea.WindowSizeMsg{Width: 70, Height: 20}, tea.WindowSizeMsg{Width: 200, Height: 50},
	} {
		drive(t, m, msg)
		check(fmt.Sprintf("after %T", msg))
	}
	press(t, m, "y")
	check("copy link")
	for _, id := range lib.ids {
		if !shown[id] {
			t.Errorf("%s was never shown in the reader", id)
		}
	}
	t.Logf("%d frames checked", frames)
}
