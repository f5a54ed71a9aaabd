package main

import (
	"fmt"

	"github.com/kioskreader/kiosk/store/link"
)

func init() {
	commands["open"] = command{"open an article's source link in a browser", runOpen}
}

// opener is how open starts a browser; tests replace it with a recorder.
var opener = func(env *Env) link.Opener { return link.Opener{Getenv: env.Getenv} }

func runOpen(env *Env, args []string) int {
	fs := newFlags(env, "open", "kiosk open [--dir DIR] ID|FILE",
		"Opens the article's source link in $KIOSK_BROWSER, else $BROWSER, else the system's opener.\n"+
			"Only http and https links with a host are opened; anything else is refused (exit 1).")
	dirArg := dirFlag(fs)
	rest, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) != 1 {
		fmt.Fprintln(env.Stderr, "kiosk open: name one article: an id, a file name or a path")
		return 2
	}
	a, ok := findArticle(env, *dirArg, rest[0])
	if !ok {
		return 2
	}
	if a.Source == nil {
		fmt.Fprintf(env.Stderr, "kiosk: %s has no usable source link (only http and https links are kept)\n", quote(a.File))
		return 1
	}
	u, err := link.Check(a.Source.URL)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: %v\n", err)
		return 1
	}
	if err := opener(env).Open(u.String()); err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: %v\n", err)
		return 1
	}
	fmt.Fprintf(env.Stderr, "kiosk: opening %s\n", link.Display(u))
	return 0
}
