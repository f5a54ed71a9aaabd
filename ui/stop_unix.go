//go:build unix

package ui

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// followStops makes SIGTSTP (kill -TSTP; ctrl+z comes as a key, the
// terminal being raw) suspend kiosk the way ctrl+z does, and returns that
// suspension: the terminal is given back, the process group stopped (as a
// shell's ctrl+z stops a job), and on SIGCONT (fg) the terminal is taken
// back and redrawn.
//
// It stops with SIGSTOP, not SIGTSTP: once a Go program has asked for
// SIGTSTP, the runtime keeps its own handler, and SIGTSTP no longer stops it.
func followStops(ctx context.Context, prog *tea.Program) func() {
	suspend := func() {
		if err := prog.ReleaseTerminal(); err != nil {
			return
		}
		_ = syscall.Kill(0, syscall.SIGSTOP)
		_ = prog.RestoreTerminal()
		prog.Send(tea.ClearScreen())
	}
	tstp := make(chan os.Signal, 1)
	signal.Notify(tstp, syscall.SIGTSTP)
	go func() {
		defer signal.Stop(tstp)
		for {
			select {
			case <-tstp:
				suspend()
			case <-ctx.Done():
				return
			}
		}
	}()
	return suspend
}
