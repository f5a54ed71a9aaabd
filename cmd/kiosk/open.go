package main

import (
	"github.com/kioskreader/kiosk/store/link"
	"github.com/kioskreader/kiosk/store/sanitize"
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
		warn(env, sanitize.Lit("kiosk open: name one article: an id, a file name or a path"))
		return 2
	}
	a, ok := findArticle(env, *dirArg, rest[0])
	if !ok {
		return 2
	}
	if a.Source == nil {
		warn(env, sanitize.Sprintf("kiosk: %s has no usable source link (only http and https links are kept)", quote(a.File)))
		return 1
	}
	u, err := link.Check(a.Source.URL)
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk: %v", err))
		return 1
	}
	if err := opener(env).Open(u.String()); err != nil {
		warn(env, sanitize.Sprintf("kiosk: %v", err))
		return 1
	}
	warn(env, sanitize.Sprintf("kiosk: opening %s", sanitize.SafeLine(link.Display(u))))
	return 0
}
