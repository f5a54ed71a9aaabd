package ui

import (
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/article"
)

// keeperRecorder is a ViewKeeper that keeps what it was given.
type keeperRecorder struct {
	saved []View
	fail  bool
}

func (k *keeperRecorder) SaveView(v View) error {
	if k.fail {
		return errors.New("disk full")
	}
	k.saved = append(k.saved, v)
	return nil
}

func (k *keeperRecorder) last() View {
	if len(k.saved) == 0 {
		return View{}
	}
	return k.saved[len(k.saved)-1]
}

// TestViewRestoredAndKept: the folder opens as it was left, and where the
// user leaves it is written once the cursor rests.
func TestViewRestoredAndKept(t *testing.T) {
	k := &keeperRecorder{}
	m := newTestModel(t, 140, 40, Options{Views: k, View: View{Selected: "003_nosource", Sort: "comments", Filter: "unread"}})
	if s, _ := m.list.selected(); s.ID != "003_nosource" || m.list.order != byComments || !m.list.onlyUnread || m.reader.sum.ID != "003_nosource" {
		t.Fatalf("restored: selected %s, order %v, unread only %v, reader %s", s.ID, m.list.order, m.list.onlyUnread, m.reader.sum.ID)
	}
	if len(k.saved) != 0 {
		t.Errorf("restoring wrote %v", k.saved)
	}
	press(t, m, "k")
	s, _ := m.list.selected()
	if want := (View{Selected: s.ID, Sort: "comments", Filter: "unread"}); s.ID == "003_nosource" || k.last() != want {
		t.Errorf("after k: saved %+v, want %+v", k.last(), want)
	}
	n := len(k.saved)
	press(t, m, "?", "?") // no change of view: nothing written
	if len(k.saved) != n {
		t.Errorf("an unchanged view was written again: %v", k.saved[n:])
	}
	// A view that names an order or article this folder lacks is ignored.
	m = newTestModel(t, 140, 40, Options{View: View{Selected: "gone", Sort: "stars"}})
	if s, _ := m.list.selected(); s.ID != "001_rubio" || m.list.order != byName {
		t.Errorf("a stale view: selected %s, order %v", s.ID, m.list.order)
	}
	// A failing keeper is said once.
	k = &keeperRecorder{fail: true}
	m = newTestModel(t, 140, 40, Options{Views: k})
	press(t, m, "j")
	if !m.statusErr || !strings.Contains(m.status.String(), "not kept: disk full") {
		t.Errorf("a failed save: status %q", m.status.String())
	}
}

// TestRestoreNeverMovesUnderTheUser: a key pressed before the restored
// article's row arrived wins.
func TestRestoreNeverMovesUnderTheUser(t *testing.T) {
	m := New(Options{Library: fixture(), Style: "dark", View: View{Selected: "004_longword"}})
	m.cancel()
	instant := func(d time.Duration, msg tea.Msg) tea.Cmd { return nil }
	m.after, m.reader.after = instant, instant
	rows := m.lib.(*fakeLibrary).rows()
	drive(t, m, tea.WindowSizeMsg{Width: 140, Height: 40}, batchMsg(rows[:2]))
	press(t, m, "j")
	drive(t, m, batchMsg(rows[2:]), loadedMsg{})
	if s, _ := m.list.selected(); s.ID != "002_tokyo" {
		t.Errorf("the restored view moved the cursor the user had moved: %s", s.ID)
	}
}

// folderWalk is the session under a random walk: keys, switches, and the
// answers of every model delivered late, reordered and repeated.
type folderWalk struct {
	s      *session
	libs   map[string]*fakeLibrary
	kept   map[string]*keeperRecorder
	pool   []tea.Msg
	seen   []tea.Msg // every answer ever queued: any may come back late
	closed map[string]int
	opened map[string]int
	tries  int
}

func newFolderWalk(t *testing.T) *folderWalk {
	w := &folderWalk{libs: map[string]*fakeLibrary{}, kept: map[string]*keeperRecorder{}, closed: map[string]int{}, opened: map[string]int{}}
	rng := rand.New(rand.NewSource(3))
	for fi, dir := range []string{"/a", "/b", "/c"} {
		var arts []article.Article
		for i := 0; i < 4+fi; i++ {
			a := walkArticle(i, 0, rng)
			// the same ids in every folder, told apart by their text
			a.Paragraphs[0] = "zq" + dir + "zq " + a.Paragraphs[0]
			a.Blocks[0].Text = a.Paragraphs[0]
			a.Title += " in " + dir
			arts = append(arts, a)
		}
		w.libs[dir] = newFakeLibrary(arts...)
		w.kept[dir] = &keeperRecorder{}
	}
	late := func(d time.Duration, msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
	var base Options
	base = Options{Style: "dark", Folders: []string{"/a", "/b", "/c"}, OpenFolder: func(dir string) (Options, func(), error) {
		if w.tries++; dir == "/c" && w.tries%3 == 2 {
			return Options{}, nil, errors.New("cannot read it")
		}
		w.opened[dir]++
		o := base
		o.Library, o.Folder, o.Views, o.View = w.libs[dir], dir, w.kept[dir], w.kept[dir].last()
		return o, func() { w.closed[dir]++ }, nil
	}}
	first := base
	first.Library, first.Folder, first.Views = w.libs["/a"], "/a", w.kept["/a"]
	m := New(first)
	m.cancel()
	m.after, m.reader.after = late, late
	w.s = newSession(m)
	w.s.prepare = func(m *Model) {
		m.cancel() // no library goroutines: the walk delivers the rows
		m.after, m.reader.after = late, late
	}
	w.update(tea.WindowSizeMsg{Width: 120, Height: 30})
	w.update(tag(0, batchMsg(w.libs["/a"].rows())))
	w.update(tag(0, loadedMsg{}))
	return w
}

func (w *folderWalk) update(msg tea.Msg) {
	_, cmd := w.s.Update(msg)
	w.collect(cmd)
}

func (w *folderWalk) collect(cmd tea.Cmd) {
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
		w.pool = append(w.pool, msg)
		if _, ok := msg.(folderOpenedMsg); !ok { // an opening's answer is Bubble Tea's to deliver once
			w.seen = append(w.seen, msg)
		}
	}
}

// loadRows queues the rows of the folder just shown, as its library's
// goroutine would send them.
func (w *folderWalk) loadRows() {
	m := w.s.cur
	rows, loaded := tag(w.s.gen, batchMsg(w.libs[m.opts.Folder].rows())), tag(w.s.gen, loadedMsg{})
	w.pool = append(w.pool, rows, loaded)
	w.seen = append(w.seen, rows, loaded)
}

// check: the screen names the folder shown, and the reader's text is that
// folder's.
func (w *folderWalk) check() error {
	m := w.s.cur
	dir := m.opts.Folder
	if m.lib != w.libs[dir] {
		return fmt.Errorf("the model of %s reads another folder's library", dir)
	}
	for _, row := range allRows(&m.list) {
		if !strings.HasSuffix(row.Title, " in "+dir) {
			return fmt.Errorf("%s is shown but its list holds %q", dir, row.Title)
		}
	}
	if m.reader.lines != nil && m.reader.err == nil {
		text := ansi.Strip(strings.Join(m.reader.lines, "\n"))
		if !strings.Contains(text, "zq"+dir+"zq") {
			return fmt.Errorf("%s is shown but the reader's text is another folder's:\n%.200s", dir, text)
		}
	}
	if m.status.IsEmpty() && !m.loading && !m.search.active && !m.search.busy && !m.folders.open && !m.showHelp {
		if v := ansi.Strip(m.View().Content); !strings.Contains(v, " "+dir+" ") {
			return fmt.Errorf("the status line does not name %s:\n%s", dir, v)
		}
	}
	return nil
}

func TestFolderSwitchWalk(t *testing.T) {
	steps := envInt("KIOSK_FOLDER_WALK_STEPS", 3000)
	if testing.Short() {
		steps = 500
	}
	rng := rand.New(rand.NewSource(int64(envInt("KIOSK_WALK_SEED", 1))))
	w := newFolderWalk(t)
	keys := []string{"F", "F", "j", "k", "enter", "enter", "esc", "s", "u", "G", "?"}
	switches := 0
	for i := 0; i < steps; i++ {
		before := w.s.gen
		switch p := rng.Intn(10); {
		case p < 1 && len(w.seen) > 0:
			w.update(w.seen[rng.Intn(len(w.seen))]) // a late answer, maybe of a folder left
		case p < 5 || len(w.pool) == 0:
			w.update(keyMsg(keys[rng.Intn(len(keys))]))
		default:
			j := rng.Intn(len(w.pool))
			msg := w.pool[j]
			if rng.Intn(5) > 0 {
				w.pool[j] = w.pool[len(w.pool)-1]
				w.pool = w.pool[:len(w.pool)-1]
			}
			w.update(msg)
		}
		if w.s.gen != before {
			switches++
			w.loadRows()
		}
		if err := w.check(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	if switches == 0 {
		t.Fatal("the walk never switched folders")
	}
	// Once every answer is in, every folder opened was closed once, but
	// the one shown.
	for i := 0; len(w.pool) > 0 && i < 100000; i++ {
		msg := w.pool[0]
		w.pool = w.pool[1:]
		w.update(msg)
	}
	for _, dir := range []string{"/a", "/b", "/c"} {
		want := w.opened[dir]
		if dir == w.s.cur.opts.Folder && w.s.closeCur != nil {
			want--
		}
		if w.closed[dir] != want {
			t.Errorf("%s closed %d times, opened %d (shown: %s)", dir, w.closed[dir], w.opened[dir], w.s.cur.opts.Folder)
		}
	}
	if testing.Verbose() {
		fmt.Printf("folder walk: %d steps, %d switches, opened %v, closed %v\n", steps, switches, w.opened, w.closed)
	}
}
