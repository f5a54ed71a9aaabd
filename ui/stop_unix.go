//go:build unix

package ui

import (
	"context"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
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
	var gen atomic.Int64 // the resume a watch belongs to
	suspend := func() {
		g := gen.Add(1)
		if err := prog.ReleaseTerminal(); err != nil {
			return
		}
		_ = syscall.Kill(0, syscall.SIGSTOP)
		_ = prog.RestoreTerminal()
		go keepRaw(ctx, os.Stdin.Fd(), func() bool { return gen.Load() == g })
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

// rawWatch is how long after a resume keepRaw watches the terminal's modes.
const rawWatch = 1500 * time.Millisecond

// keepRaw puts the terminal back in raw mode if something sets it back
// after kiosk resumed. bash 5.2 does, now and then, after fg: in about one
// resume in three under tmux on a loaded machine the modes were cooked a
// moment after Bubble Tea had made them raw, so that keys were echoed and
// held until enter. The watch ends after rawWatch, with the program, or
// when current says a newer suspension began (which gives the terminal
// back cooked on purpose).
func keepRaw(ctx context.Context, fd uintptr, current func() bool) {
	if _, err := term.MakeRaw(fd); err != nil {
		return // not a terminal
	}
	raw, err := term.GetState(fd)
	if err != nil {
		return
	}
	tick := time.NewTicker(25 * time.Millisecond)
	defer tick.Stop()
	end := time.After(rawWatch)
	for {
		select {
		case <-ctx.Done():
			return
		case <-end:
			return
		case <-tick.C:
		}
		if !current() {
			return
		}
		if st, err := term.GetState(fd); err == nil && *st != *raw {
			_ = term.SetState(fd, raw)
		}
	}
}
