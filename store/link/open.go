package link

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Opener starts a browser on a checked URL. Its zero value uses the real
// environment; tests and the TUI set the fields to see or change what runs.
type Opener struct {
	Getenv  func(string) string                     // nil: os.Getenv
	Browser string                                  // the browser's words, when set; else $KIOSK_BROWSER, $BROWSER
	GOOS    string                                  // "": runtime.GOOS
	Start   func(name string, args ...string) error // nil: start the process, watch it for Grace
	Grace   time.Duration                           // how long a browser that fails is waited for; 0: DefaultGrace
}

// DefaultGrace is how long Open watches a browser: one that fails (a wrong
// $KIOSK_BROWSER, xdg-open finding no handler) does so at once, while one that
// works may run for hours, so Open reports the first and lets the second be.
const DefaultGrace = 1500 * time.Millisecond

// Open checks raw and starts the browser on it. Nothing starts when Check
// refuses raw. The browser is not waited on.
func (o Opener) Open(raw string) error {
	name, args, err := o.Command(raw)
	if err != nil {
		return err
	}
	start := o.Start
	if start == nil {
		grace := o.Grace
		if grace == 0 {
			grace = DefaultGrace
		}
		start = func(name string, args ...string) error { return startWatched(grace, name, args...) }
	}
	if err := start(name, args...); err != nil {
		if errors.Is(err, exec.ErrNotFound) || errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("cannot open the link: browser %s not found (set KIOSK_BROWSER)", quote(name))
		}
		return fmt.Errorf("cannot open the link with %s: %s", quote(name), quote(err.Error()))
	}
	return nil
}

// Command returns the program and arguments Open would run for raw. The
// browser is $KIOSK_BROWSER, else $BROWSER, split into words (never by a
// shell): a word holding %s gets the URL in its place, else the URL comes
// last. Without either, it is the platform's opener. The URL is always the
// canonical string from Check, whole in one argument.
func (o Opener) Command(raw string) (name string, args []string, err error) {
	u, err := Check(raw)
	if err != nil {
		return "", nil, err
	}
	link := u.String()
	getenv := o.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	if words := strings.Fields(o.Browser); len(words) > 0 {
		return fromWords("the browser setting", words, link)
	}
	for _, env := range []string{"KIOSK_BROWSER", "BROWSER"} {
		if words := strings.Fields(getenv(env)); len(words) > 0 {
			return fromWords("$"+env, words, link)
		}
	}
	goos := o.GOOS
	if goos == "" {
		goos = runtime.GOOS
	}
	return platform(goos, link)
}

// fromWords builds the command from a browser variable's words.
func fromWords(env string, words []string, link string) (string, []string, error) {
	if strings.Contains(words[0], "%s") {
		// the URL must never become the program to run
		return "", nil, fmt.Errorf("%s must start with a program, not %%s", env)
	}
	args := make([]string, 0, len(words))
	placed := false
	for _, w := range words[1:] {
		if strings.Contains(w, "%s") {
			w = strings.ReplaceAll(w, "%s", link)
			placed = true
		}
		args = append(args, w)
	}
	if !placed {
		args = append(args, link)
	}
	return words[0], args, nil
}

// platform returns the system's own opener, which hands the URL to the
// user's default browser. Windows gets rundll32, never "cmd /c start",
// whose command line treats & and | as commands.
func platform(goos, link string) (string, []string, error) {
	switch goos {
	case "darwin":
		return "open", []string{link}, nil
	case "windows":
		return "rundll32", []string{"url.dll,FileProtocolHandler", link}, nil
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly", "solaris", "illumos":
		return "xdg-open", []string{link}, nil
	}
	return "", nil, fmt.Errorf("no known way to open a browser on %s: set KIOSK_BROWSER", quote(goos))
}

// startWatched starts the browser with no terminal attached (its output
// would tear through the TUI) and waits up to grace for it: a browser that
// exits non-zero by then failed, and says so; one still running is left to
// run and reaped in the background.
func startWatched(grace time.Duration, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return fmt.Errorf("exited with status %d", ee.ExitCode())
		}
		return err
	case <-time.After(grace):
		return nil
	}
}

// terminalBrowsers are browsers that draw in the terminal they are started
// from: kiosk must hand them the screen (and wait), not start them detached.
var terminalBrowsers = map[string]bool{
	"w3m": true, "lynx": true, "links": true, "links2": true, "elinks": true,
	"browsh": true, "carbonyl": true, "chawan": true, "cha": true, "amfora": true,
}

// IsTerminalBrowser reports whether the program needs the terminal: one of
// the text browsers people use over ssh, known by the program's name.
func IsTerminalBrowser(name string) bool {
	return terminalBrowsers[filepath.Base(name)]
}
