package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"syscall"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/term"

	"github.com/kioskreader/kiosk/store/index"
	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/link"
	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/store/state"
	"github.com/kioskreader/kiosk/ui"
)

func init() {
	commands["tui"] = command{"browse the folder in a terminal UI", runTUI}
}

// isTerminal reports whether both ends of the UI are a terminal; tests
// replace it.
var isTerminal = func() bool {
	return term.IsTerminal(os.Stdin.Fd()) && term.IsTerminal(os.Stdout.Fd())
}

func runTUI(env *Env, args []string) int {
	fs := newFlags(env, "tui", "kiosk [--dir DIR] [--style dark|light] [FILE]",
		"Browses the article folder: list, reader, source, actors and comments, search (/), open (o).\n"+
			"The style follows the terminal's background unless --style says; NO_COLOR turns colors off.")
	dirArg := dirFlag(fs)
	style := fs.String("style", "", "dark or light (default: from the terminal's background)")
	rest, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) > 1 {
		warn(env, sanitize.Lit("kiosk: name at most one article to select"))
		return 2
	}
	if *style != "" && *style != "dark" && *style != "light" {
		warn(env, sanitize.Sprintf("kiosk: --style is dark or light, not %s", quote(*style)))
		return 2
	}
	if len(rest) == 1 { // before the terminal check: a typo is a typo anywhere
		if d, ok := articleFolder(env, *dirArg, rest[0]); !ok || !checkSelect(env, d, rest[0]) {
			return 2
		}
	}
	if !isTerminal() {
		warn(env, sanitize.Lit("kiosk: not a terminal; use 'kiosk list' and 'kiosk show ID' in scripts"))
		return 2
	}
	dir, ok := "", false
	if len(rest) == 1 { // kiosk path/to/file.txt opens the file's folder
		dir, ok = articleFolder(env, *dirArg, rest[0])
	} else {
		dir, ok = folder(env, *dirArg)
	}
	if !ok {
		return 2
	}
	lib, libNotice, err := tuiLibrary(env, dir)
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk: %v", err))
		return 1
	}
	defer lib.Close()
	marks, notice, closeMarks := tuiState(env, lib, dir)
	defer closeMarks()
	if libNotice != "" {
		notice = libNotice
	}
	opts := ui.Options{
		Library: lib,
		State:   marks,
		Folder:  dir,
		Notice:  notice,
		Style:   *style,
		// A dumb terminal gets no colors, like NO_COLOR, but keeps the
		// reverse video that shows where the cursor is.
		NoColor: env.Getenv("NO_COLOR") != "" || env.Getenv("TERM") == "dumb",
		Check: func(raw string) (string, error) {
			u, err := link.Check(raw)
			if err != nil {
				return "", err
			}
			return u.String(), nil
		},
		Open: func(raw string) error { return opener(env).Open(raw) },
	}
	if c := env.Config; c != nil { // the UI's part of the config file
		opts.ListWidth, opts.DateFormat = c.ListWidth.Value, c.DateFormat.Value
		opts.Keys, opts.KeysWhere = c.Keys.Value, c.Keys.Where
	}
	if len(rest) == 1 {
		opts.Select = rest[0]
	}
	closeLog := debugLog(env, dir, notice)
	defer closeLog()
	err = ui.Run(context.Background(), opts)
	log.Printf("ui ended: %v", err)
	if err == nil {
		return 0
	}
	// Said on stderr once the terminal is restored, so that it stays on
	// the screen: a UI that vanishes without a word looks like a crash.
	warn(env, sanitize.Sprintf("kiosk: %v", err))
	var sig *ui.SignalError
	if errors.As(err, &sig) {
		if s, ok := sig.Signal.(syscall.Signal); ok {
			return 128 + int(s) // as a shell reports a process a signal ended
		}
	}
	return 1
}

// tuiLibrary is the folder's index, in the user's cache, or built afresh
// in a temporary folder when the cache cannot be used (read-only, say):
// slower to start, but the answers are the same, and the notice says so in
// the status line. Nothing may print while the UI runs, so skipped files go
// unreported.
func tuiLibrary(env *Env, dir string) (*library.Indexed, string, error) {
	cache, err := index.CacheDir(env.Getenv)
	if err != nil {
		cache = ""
	}
	return library.Open(dir, cache)
}

// tuiState opens the reader's marks of the folder. When they cannot be
// kept on disk the UI still runs, keeping them in memory, and says so in
// its status line.
func tuiState(env *Env, lib *library.Indexed, dir string) (ui.State, string, func()) {
	sdir, err := state.Dir(env.Getenv)
	if err != nil {
		return nil, fmt.Sprintf("read marks and bookmarks kept in memory only: %v", err), func() {}
	}
	st, warning, err := state.Open(sdir)
	if err != nil {
		return nil, fmt.Sprintf("read marks and bookmarks kept in memory only: %v", err), func() {}
	}
	marks, err := st.Folder(dir)
	if err != nil {
		st.Close()
		return nil, fmt.Sprintf("read marks and bookmarks kept in memory only: %v", err), func() {}
	}
	return lib.Marks(marks), warning, func() { st.Close() }
}

// debugLog starts the debug log that $KIOSK_LOG names (tea.LogToFile): what
// kiosk did, never an article's bytes, since a log is read in a terminal too.
// Without $KIOSK_LOG the log goes nowhere.
func debugLog(env *Env, dir, notice string) func() {
	path := env.Getenv("KIOSK_LOG")
	if path == "" {
		log.SetOutput(io.Discard)
		return func() {}
	}
	f, err := tea.LogToFile(path, "kiosk")
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk: cannot write the log %s: %v", quote(path), unwrapPath(err)))
		log.SetOutput(io.Discard)
		return func() {}
	}
	log.Printf("%s, folder %s", version(), sanitize.Line(dir))
	if notice != "" {
		log.Printf("notice: %s", sanitize.Line(notice))
	}
	return func() { f.Close() }
}
