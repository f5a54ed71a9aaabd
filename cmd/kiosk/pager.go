package main

import (
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"

	"github.com/charmbracelet/x/term"

	"github.com/kioskreader/kiosk/ui"
)

// page shows text through the pager, as git does: only when stdout is a
// terminal and the text is taller than it, with LESS=FRX unless the user
// set LESS. The pager is the config file's, else $PAGER, else less; "cat"
// means no pager. It reports whether the pager showed
// the text; when it could not start, the caller prints the text itself.
func page(env *Env, text string) bool {
	f, ok := env.Stdout.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return false
	}
	_, h, err := term.GetSize(f.Fd())
	if err != nil || strings.Count(text, "\n") < h {
		return false
	}
	argv := pagerWords(env)
	if len(argv) == 0 || argv[0] == "cat" {
		return false
	}
	c := exec.Command(argv[0], argv[1:]...)
	c.Stdin, c.Stdout, c.Stderr = strings.NewReader(text), f, env.Stderr
	c.Env = ui.PagerEnv(os.Environ(), "FRX")
	// ctrl+c is the pager's to handle (less stops a search with it): kiosk
	// waits for it rather than die and leave it reading the terminal.
	// Caught, not ignored, so the pager does not inherit the ignoring.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGQUIT)
	defer signal.Stop(sigs)
	if err := c.Start(); err != nil {
		return false
	}
	_ = c.Wait() // q in less is exit 0; anything else is the pager's to say
	return true
}

// pagerWords is the pager to run: the config file's pager setting (which
// holds $PAGER when the file names none), else less.
func pagerWords(env *Env) []string {
	if env.Config != nil && env.Config.Pager.Value != "" {
		return strings.Fields(env.Config.Pager.Value)
	}
	return []string{"less"}
}
