package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"

	"github.com/kioskreader/kiosk/store/state"
	"github.com/kioskreader/kiosk/ui"
)

// dirList is --dir, which the UI takes more than once: every folder goes in
// the switcher (F), the first is shown.
type dirList []string

func (d *dirList) String() string { return strings.Join(*d, ", ") }

func (d *dirList) Set(s string) error {
	*d = append(*d, s)
	return nil
}

func (d dirList) first() string {
	if len(d) == 0 {
		return ""
	}
	return d[0]
}

// switchable lists the folders F offers: the --dir flags, else the config
// file's folders (or $KIOSK_DIR), with the folder shown among them, each
// once.
func switchable(env *Env, dirs dirList, shown string) []string {
	list := []string(dirs)
	if len(list) == 0 && env.Config != nil {
		list = env.Config.Folders.Value
	}
	seen := map[string]bool{}
	var out []string
	for _, d := range append([]string{shown}, list...) {
		key := d
		if abs, err := filepath.Abs(d); err == nil {
			key = abs
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, d)
		}
	}
	return out
}

// tuiStateDB opens the state database once for every folder the UI shows.
// When it cannot be kept on disk the UI still runs, keeping marks in
// memory, and says so in its status line.
func tuiStateDB(env *Env) (*state.State, string) {
	sdir, err := state.Dir(env.Getenv)
	if err != nil {
		return nil, fmt.Sprintf("read marks and bookmarks kept in memory only: %v", err)
	}
	st, warning, err := state.Open(sdir)
	if err != nil {
		return nil, fmt.Sprintf("read marks and bookmarks kept in memory only: %v", err)
	}
	return st, warning
}

// viewKeeper adapts a folder's state to the UI's views.
type viewKeeper struct{ m *state.Marks }

func (k viewKeeper) SaveView(v ui.View) error {
	return k.m.SaveView(state.View{Selected: v.Selected, Sort: v.Sort, Filter: v.Filter})
}

// openFolder opens one folder for the UI: its index, its marks and how it
// was left, on top of base (the settings every folder shares). close
// closes its index, once.
func openFolder(env *Env, st *state.State, dir string, base ui.Options) (ui.Options, func(), error) {
	lib, notice, err := tuiLibrary(env, dir)
	if err != nil {
		return base, nil, err
	}
	var once sync.Once
	closeLib := func() { once.Do(func() { lib.Close() }) }
	opts := base
	opts.Library, opts.State, opts.Folder, opts.Notice = lib, nil, dir, notice
	opts.Select, opts.View, opts.Views = "", ui.View{}, nil
	if st == nil {
		return opts, closeLib, nil
	}
	marks, err := st.Folder(dir)
	if err != nil {
		if opts.Notice == "" {
			opts.Notice = fmt.Sprintf("read marks and bookmarks kept in memory only: %v", err)
		}
		return opts, closeLib, nil
	}
	opts.State = lib.Marks(marks)
	opts.Views = viewKeeper{marks}
	if v, err := marks.View(); err == nil {
		opts.View = ui.View{Selected: v.Selected, Sort: v.Sort, Filter: v.Filter}
	}
	return opts, closeLib, nil
}
