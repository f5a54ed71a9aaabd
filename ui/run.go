package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
)

// ErrSignal is returned (wrapped in a *SignalError) by Run when SIGHUP,
// SIGTERM or SIGINT ended the program; the terminal is restored all the same.
var ErrSignal = errors.New("ended by a signal")

// SignalError says which signal ended the UI. It is ErrSignal to errors.Is.
type SignalError struct{ Signal os.Signal }

func (e *SignalError) Error() string {
	if s, ok := e.Signal.(syscall.Signal); ok {
		return fmt.Sprintf("ended by signal %d (%v)", int(s), s)
	}
	return fmt.Sprintf("ended by a signal (%v)", e.Signal)
}

func (e *SignalError) Is(target error) bool { return target == ErrSignal }

// ErrPanic is returned by Run when a panic in the UI ended it. Bubble Tea
// has restored the terminal and printed the panic on stderr (but for one in
// a command, whose report may lose the race with the program's exit).
var ErrPanic = errors.New("the terminal UI crashed: a bug in kiosk; please report it, with the panic above if there is one")

// Run shows the UI on the terminal until the user quits. The terminal is
// restored after q, ctrl+c, SIGTERM, SIGHUP, SIGINT and a panic in the UI.
//
// The signals are handled here alone: Bubble Tea's own handler would turn
// SIGTERM into a quit that races with this one, so that kiosk ended by a
// signal could exit 0 or 1 depending on which came first.
func Run(ctx context.Context, opts Options) error {
	s := newSession(New(opts))
	defer s.close()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT)
	defer signal.Stop(sigs)
	go func() {
		select {
		case s := <-sigs:
			cancel(&SignalError{s})
		case <-ctx.Done():
		}
	}()
	popts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithoutSignalHandler()}
	if opts.NoColor {
		// No colors, but bold and reverse video, which carry meaning (the
		// list cursor, the focused pane, search matches). Bubble Tea would
		// pick the same under NO_COLOR; under TERM=dumb it would drop every
		// attribute and so hide the cursor, while still moving it about.
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	} else {
		// The profile lipgloss found at init for the same output and
		// environment as Bubble Tea's: detecting it again would run a
		// second `tmux info` inside tmux (10-40 ms before the first frame).
		popts = append(popts, tea.WithColorProfile(lipgloss.Writer.Profile))
	}
	prog := tea.NewProgram(withTestHooks(s), popts...)
	s.cur.suspend = followStops(ctx, prog)
	_, err := prog.Run()
	var sigErr *SignalError
	switch {
	case errors.Is(err, tea.ErrProgramPanic):
		return ErrPanic
	case errors.As(context.Cause(ctx), &sigErr):
		return sigErr
	case err == nil:
		return nil
	}
	return fmt.Errorf("terminal UI: %w", err)
}
