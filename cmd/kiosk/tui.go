package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"runtime/debug"
	"syscall"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/term"

	"github.com/kioskreader/kiosk/store/index"
	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/link"
	"github.com/kioskreader/kiosk/store/sanitize"
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
	fs := newFlags(env, "tui", "kiosk [--dir DIR]... [--style STYLE] [--no-mouse] [FILE]",
		"Browses the article folder: list, reader, source, actors and comments, search (/), open (o).\n"+
			"The style follows the terminal's background unless --style, the config file or $GLAMOUR_STYLE\n"+
			"says; NO_COLOR turns colors off.")
	var dirs dirList
	fs.Var(&dirs, "dir", "article folder (default $KIOSK_DIR, else the config file's first, else ./articles);\n"+
		"repeat it for several: F switches between them")
	dirArg := new(string)
	style := fs.String("style", "", styleUsage+"\n(default: the config file's, else $GLAMOUR_STYLE, else from the terminal's background)")
	noMouse := fs.Bool("no-mouse", false, "leave the mouse to the terminal, for selecting text (M switches it in the UI)")
	rest, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if *noMouse {
		env.Config.SetMouse(false)
	}
	*dirArg = dirs.first()
	if len(rest) > 1 {
		warn(env, sanitize.Lit("kiosk: name at most one article to select"))
		return 2
	}
	if *style != "" && !validStyle(*style) {
		warn(env, sanitize.Sprintf("kiosk: --style must be "+styleUsage+", not %s", quote(*style)))
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
	st, stateNotice := tuiStateDB(env)
	if st != nil {
		defer st.Close()
	}
	look, styleProblem := lookOf(env, styleSetting(env, *style))
	base := ui.Options{
		Style:   look.base,
		Glamour: uiGlamour(look),
		// A dumb terminal gets no colors, like NO_COLOR, but keeps the
		// reverse video that shows where the cursor is.
		NoColor: env.Getenv("NO_COLOR") != "" || env.Getenv("TERM") == "dumb" || look.noColor,
		Check: func(raw string) (string, error) {
			u, err := link.Check(raw)
			if err != nil {
				return "", err
			}
			return u.String(), nil
		},
		Open:       func(raw string) error { o, _ := browserFor(env, raw); return o.Open(raw) },
		Foreground: func(raw string) (*exec.Cmd, error) { return terminalBrowser(env, raw) },
		Pager:      env.Config.Pager.Value,
		Editor:     env.Config.Editor.Value,
		NoMouse:    !env.Config.Mouse.Value,
		Folders:    switchable(env, dirs, dir),
	}
	if c := env.Config; c != nil { // the UI's part of the config file
		base.ListWidth, base.DateFormat = c.ListWidth.Value, c.DateFormat.Value
		base.Keys, base.KeysWhere = c.Keys.Value, c.Keys.Where
	}
	base.OpenFolder = func(d string) (ui.Options, func(), error) {
		if _, ok := folder(&Env{Stdout: io.Discard, Stderr: io.Discard, Getenv: env.Getenv, Config: env.Config}, d); !ok {
			return base, nil, fmt.Errorf("not a readable folder")
		}
		return openFolder(env, st, d, base)
	}
	opts, closeLib, err := openFolder(env, st, dir, base)
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk: %v", err))
		return 1
	}
	defer closeLib()
	notice := opts.Notice
	for _, n := range []string{stateNotice, "style " + styleProblem} {
		if notice == "" && n != "style " {
			notice = n
		}
	}
	opts.Notice = notice
	if len(rest) == 1 {
		opts.Select = rest[0]
	}
	closeLog := debugLog(env, dir, notice)
	defer closeLog()
	defer profileTUI(env)()
	defer memTrace(env)()
	limitMemory(env)
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

// terminalBrowser is the command that opens url in a browser that draws in
// the terminal (see browserFor), for the UI to hand it the screen; nil when
// the browser is not one.
func terminalBrowser(env *Env, url string) (*exec.Cmd, error) {
	o, terminal := browserFor(env, url)
	if !terminal {
		return nil, nil
	}
	name, args, err := o.Command(url)
	if err != nil {
		return nil, err
	}
	return exec.Command(name, args...), nil
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

// profileTUI takes a heap profile of the UI when $KIOSK_MEMPROFILE names a
// file, as kiosk index does (indexprofile.go): the profile of the Go
// heap at its peak, which for the UI is the whole list held. For
// measuring the UI's memory (store/index/SCALING.md); a user never needs
// it.
func profileTUI(env *Env) func() {
	if file := env.Getenv("KIOSK_MEMPROFILE"); file != "" {
		return peakHeapProfile(env, file)
	}
	return func() {}
}

// tuiMemory is the Go heap the UI aims to stay within (a soft limit, the
// runtime's, which $GOMEMLIMIT overrides), and tuiGCPercent how far the
// heap may grow past what is live before a collection ($GOGC overrides
// it). By default a heap grows to twice what is live, and a list of a
// million rows is about 170 MiB live with the watch's set of files (issue
// 16: the UI within 300 MiB at 1M): twice that is past the budget, so the
// limit bounded the heap, at 224 MiB whatever the folder's size. The
// list's memory holds no pointers (an arena of bytes, records, orders as
// int32s), so a collection costs little however large the list, and a
// collection each time the heap grows by a quarter keeps it near what is
// live: at 1M its peak RSS went from 249 to 239 MiB, and a smaller
// folder's heap stays small. Past the limit the collector runs more
// often, never stops the program.
const (
	tuiMemory    = 224 << 20
	tuiGCPercent = 25
)

func limitMemory(env *Env) {
	if env.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(tuiMemory)
	}
	if env.Getenv("GOGC") == "" {
		debug.SetGCPercent(tuiGCPercent)
	}
}
