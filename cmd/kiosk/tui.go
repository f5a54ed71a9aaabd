package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/charmbracelet/x/term"

	"github.com/kioskreader/kiosk/store/link"
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
		fmt.Fprintln(env.Stderr, "kiosk: name at most one article to select")
		return 2
	}
	if *style != "" && *style != "dark" && *style != "light" {
		fmt.Fprintf(env.Stderr, "kiosk: --style is dark or light, not %s\n", quote(*style))
		return 2
	}
	if !isTerminal() {
		fmt.Fprintln(env.Stderr, "kiosk: not a terminal; use 'kiosk list' and 'kiosk show ID' in scripts")
		return 2
	}
	dir, ok := folder(env, *dirArg)
	if !ok {
		return 2
	}
	opts := ui.Options{
		Library: ui.NewFolder(dir),
		Style:   *style,
		NoColor: env.Getenv("NO_COLOR") != "",
		Check: func(raw string) error {
			_, err := link.Check(raw)
			return err
		},
		Open: func(raw string) error { return opener(env).Open(raw) },
	}
	if len(rest) == 1 {
		opts.Select = rest[0]
	}
	err := ui.Run(context.Background(), opts)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, ui.ErrSignal):
		return 1
	}
	fmt.Fprintf(env.Stderr, "kiosk: %v\n", err)
	return 1
}
