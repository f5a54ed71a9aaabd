package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"

	"github.com/kioskreader/kiosk/store/link"
	"github.com/kioskreader/kiosk/store/sanitize"
)

func init() {
	commands["open"] = command{"open an article's source link in a browser", runOpen}
}

// opener is how open starts a browser; tests replace it with a recorder.
var opener = func(env *Env) link.Opener { return link.Opener{Getenv: env.Getenv} }

// browserFor is the opener for one URL: the config file's [[opener]] whose
// pattern fits it, else the browser setting ($KIOSK_BROWSER, the file's
// browser, $BROWSER, in that order), else the platform's.
func browserFor(env *Env, url string) (link.Opener, bool) {
	o := opener(env)
	terminal := false
	if env.Config != nil {
		if op := env.Config.OpenerFor(url); op != nil {
			o.Browser, terminal = op.Command, op.Terminal
		} else if env.Config.Browser.Value != "" && o.Browser == "" {
			o.Browser = env.Config.Browser.Value
		}
	}
	if name, _, err := o.Command(url); err == nil && link.IsTerminalBrowser(name) {
		terminal = true
	}
	return o, terminal
}

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
	u.User = nil // what Display shows is what the browser gets: no login part
	o, terminal := browserFor(env, u.String())
	if terminal {
		// A text browser draws in this terminal: run it in the foreground.
		o.Start = runAttached
	}
	warn(env, sanitize.Sprintf("kiosk: opening %s", sanitize.SafeLine(link.Display(u))))
	if err := o.Open(u.String()); err != nil {
		warn(env, sanitize.Sprintf("kiosk: %v", err))
		return 1
	}
	return 0
}

// runAttached runs a terminal browser on kiosk's own terminal and waits for it.
func runAttached(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return fmt.Errorf("exited with status %d", ee.ExitCode())
	}
	return err
}
