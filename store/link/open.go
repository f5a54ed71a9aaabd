package link

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

// Opener starts a browser on a checked URL. Its zero value uses the real
// environment; tests and the TUI set the fields to see or change what runs.
type Opener struct {
	Getenv func(string) string                     // nil: os.Getenv
	GOOS   string                                  // "": runtime.GOOS
	Start  func(name string, args ...string) error // nil: start the process, do not wait for it
}

// Open checks raw and starts the browser on it. Nothing starts when Check
// refuses raw. The browser is not waited on.
func (o Opener) Open(raw string) error {
	name, args, err := o.Command(raw)
	if err != nil {
		return err
	}
	start := o.Start
	if start == nil {
		start = startDetached
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
	for _, env := range []string{"KIOSK_BROWSER", "BROWSER"} {
		if words := strings.Fields(getenv(env)); len(words) > 0 {
			return fromWords(env, words, link)
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
		return "", nil, fmt.Errorf("$%s must start with a program, not %%s", env)
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

// startDetached starts the browser with no terminal attached (its output
// would tear through the TUI) and reaps it in the background.
func startDetached(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait() //nolint:errcheck // the browser's exit status tells nothing
	return nil
}
