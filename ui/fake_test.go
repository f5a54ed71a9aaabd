package ui

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/index"
	"github.com/kioskreader/kiosk/store/library"
)

// fakeLibrary is an in-memory Library: the articles are built in the test,
// so the golden files depend on the UI only, not on the parser.
type fakeLibrary struct {
	arts map[string]article.Article
	ids  []string
}

func newFakeLibrary(arts ...article.Article) *fakeLibrary {
	f := &fakeLibrary{arts: map[string]article.Article{}}
	for _, a := range arts {
		f.arts[a.ID] = a
		f.ids = append(f.ids, a.ID)
	}
	sort.Strings(f.ids)
	return f
}

func (f *fakeLibrary) rows() []Summary {
	var out []Summary
	for _, id := range f.ids {
		out = append(out, summarize(f.arts[id]))
	}
	return out
}

func (f *fakeLibrary) List(ctx context.Context, emit func([]Summary), progress func(int, int)) error {
	emit(f.rows())
	return nil
}

func (f *fakeLibrary) Article(ctx context.Context, s Summary) (article.Article, error) {
	a, ok := f.arts[s.ID]
	if !ok {
		return a, errors.New("gone")
	}
	return a, nil
}

func (f *fakeLibrary) Search(ctx context.Context, q string, mode QueryMode) (Results, error) {
	// The index's own matcher stands in for the index (every clause
	// required is not checked: a mark anywhere is a hit).
	var r Results
	pq, err := library.ParseQuery(q, mode)
	if err != nil || pq == nil {
		return r, err
	}
	m := pq.Matcher()
	for _, id := range f.ids {
		if found := m.Match(fakeDoc(f.arts[id])); len(found.Title)+len(found.Body) > 0 {
			r.IDs = append(r.IDs, id)
		}
	}
	r.Total = len(r.IDs)
	return r, nil
}

func fakeDoc(a article.Article) index.Doc {
	return index.Doc{Title: a.Title, Body: strings.Join(a.Paragraphs, "\n"), Lang: a.Lang, Actors: a.Actors}
}

// Snippets is the first paragraph holding a match, marked by the matcher.
func (f *fakeLibrary) Snippets(ctx context.Context, q string, mode QueryMode, ids []string) (map[string]Snippet, error) {
	pq, err := library.ParseQuery(q, mode)
	if err != nil || pq == nil {
		return nil, err
	}
	m := pq.Matcher()
	out := map[string]Snippet{}
	for _, id := range ids {
		a, ok := f.arts[id]
		if !ok {
			continue
		}
		for _, p := range a.Paragraphs {
			if spans := m.Find(p, a.Lang); len(spans) > 0 {
				sn := Snippet{Text: p}
				for _, s := range spans {
					sn.Marks = append(sn.Marks, [2]int{s.Start, s.End})
				}
				out[id] = sn
				break
			}
		}
	}
	return out, nil
}

func (f *fakeLibrary) Actor(ctx context.Context, name string, kind actors.Kind) (Results, error) {
	var r Results
	for _, id := range f.ids {
		for _, a := range f.arts[id].Actors {
			if a.Name == name && a.Kind == kind {
				r.IDs = append(r.IDs, id)
			}
		}
	}
	r.Total = len(r.IDs)
	return r, nil
}

func intp(n int) *int { return &n }

// fixture is a small folder with what makes layouts hard: wide runes,
// emoji, long words, no source, no comment footer, many actors.
func fixture() *fakeLibrary {
	mk := func(id, title string, src string, comments *int, paras []string, caption string, acts []actors.Actor) article.Article {
		a := article.Article{ID: id, File: id + ".txt", Path: "/tmp/" + id + ".txt", Title: title, HasTitle: true,
			Comments: comments, Paragraphs: paras, Actors: acts}
		if src != "" {
			domain := strings.Split(strings.TrimPrefix(src, "https://"), "/")[0]
			a.Source = &article.Source{URL: src, Domain: domain}
		}
		a.Lang = map[string]string{"001_rubio": "fr", "002_tokyo": "ja"}[id]
		if d := map[string]string{"001_rubio": "2025-03-16", "002_tokyo": "2025-03"}[id]; d != "" {
			a.Date = &article.Date{Value: d, Precision: map[bool]string{true: "day", false: "month"}[len(d) == 10], From: "url"}
		}
		for i, p := range paras {
			a.Words += len(strings.Fields(p))
			a.Blocks = append(a.Blocks, article.Block{Kind: article.Paragraph, Text: p})
			if i == 0 && caption != "" {
				a.Blocks = append(a.Blocks, article.Block{Kind: article.Caption, Text: caption})
				a.Captions = []string{caption}
			}
		}
		return a
	}
	long := strings.Repeat("Le gouvernement a annoncé de nouvelles mesures pour la région. ", 6)
	return newFakeLibrary(
		mk("001_rubio", "Marco Rubio et Sergueï Lavrov discutent de l'Ukraine", "https://thanhnien.vn/the-gioi/rubio-lavrov-185250316.htm", intp(0),
			[]string{"Le secrétaire d'État américain Marco Rubio et son homologue russe Sergueï Lavrov se sont entretenus par téléphone.", long, "Trump demande à la Russie d'épargner la vie des soldats ukrainiens."},
			"Marco Rubio (à gauche) et Sergueï Lavrov",
			[]actors.Actor{{Name: "Marco Rubio", Kind: actors.Person, Mentions: 3}, {Name: "Sergueï Lavrov", Kind: actors.Person, Mentions: 2},
				{Name: "Donald Trump", Kind: actors.Person, Mentions: 1}, {Name: "AFP", Kind: actors.Organization, Mentions: 1},
				{Name: "Ukraine", Kind: actors.Place, Mentions: 4}, {Name: "Russie", Kind: actors.Place, Mentions: 2}}),
		mk("002_tokyo", "東京で国際会議 🇯🇵 アジアの未来について議論 👨‍👩‍👧", "https://www3.nhk.or.jp/news/html/20250316/k10014750000000.html", intp(1337),
			[]string{"東京で開かれた国際会議には、アジア各国から多くの代表が参加した。会議では経済協力と気候変動への対応が話し合われた。", long},
			"", []actors.Actor{{Name: "東京", Kind: actors.Place, Mentions: 2}}),
		mk("003_nosource", "An article with no source and no comment footer", "", nil,
			[]string{"Nothing links this article to the web, and the file ends without a comment count.", "Trump is named here too."},
			"", nil),
		mk("004_longword", strings.Repeat("Supercalifragilistic", 8), "https://example.com/"+strings.Repeat("very-long-path-", 12), intp(42),
			[]string{strings.Repeat("x", 250), "> > > not a quote, # not a heading, &#27; not an escape"}, "", nil),
	)
}

// newTestModel is a model over the fixture, loaded, at the given size, with
// timers that fire at once (status messages stay until replaced).
func newTestModel(t testing.TB, w, h int, opts Options) *Model {
	t.Helper()
	if opts.Library == nil {
		opts.Library = fixture()
	}
	if opts.Style == "" {
		opts.Style = "dark"
	}
	m := New(opts)
	m.cancel() // no library goroutines: the test feeds the messages
	instant := func(d time.Duration, msg tea.Msg) tea.Cmd {
		if d >= time.Second {
			return nil
		}
		return func() tea.Msg { return msg }
	}
	m.after, m.reader.after = instant, instant
	drive(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	drive(t, m, batchMsg(opts.Library.(*fakeLibrary).rows()))
	drive(t, m, loadedMsg{})
	return m
}

// drive feeds msg to the model and runs every command that follows,
// synchronously, feeding their messages back, until none is left.
func drive(t testing.TB, m *Model, msgs ...tea.Msg) {
	t.Helper()
	queue := append([]tea.Msg(nil), msgs...)
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 10000 {
			t.Fatal("commands do not settle")
		}
		msg := queue[0]
		queue = queue[1:]
		switch msg := msg.(type) {
		case nil:
			continue
		case tea.BatchMsg:
			for _, c := range msg {
				if c != nil {
					queue = append(queue, c())
				}
			}
			continue
		}
		_, cmd := m.Update(msg)
		if cmd != nil {
			queue = append(queue, cmd())
		}
	}
}

// press sends keys, one message each; names as bubbletea prints them.
func press(t testing.TB, m *Model, keys ...string) {
	t.Helper()
	for _, k := range keys {
		drive(t, m, keyMsg(k))
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	}
	r := []rune(k)
	if len(r) != 1 {
		panic(fmt.Sprintf("keyMsg: unknown key %q", k))
	}
	return tea.KeyPressMsg{Code: r[0], Text: k}
}

func typeText(t testing.TB, m *Model, s string) {
	for _, r := range s {
		press(t, m, string(r))
	}
}
