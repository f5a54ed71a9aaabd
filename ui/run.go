package ui

import (
	"context"
	"errors"
	"fmt"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// ErrSignal is returned by Run when SIGHUP or SIGTERM ended the program; the
// terminal is restored all the same.
var ErrSignal = errors.New("ended by a signal")

// Run shows the UI on the terminal until the user quits. The terminal is
// restored after q, ctrl+c, SIGTERM, SIGHUP and a panic in the UI.
func Run(ctx context.Context, opts Options) error {
	m := New(opts)
	defer m.Close()
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGHUP, syscall.SIGTERM)
	defer stop()
	_, err := tea.NewProgram(m, tea.WithContext(ctx)).Run()
	switch {
	case err == nil:
		return nil
	case ctx.Err() != nil && errors.Is(err, tea.ErrProgramKilled):
		return ErrSignal
	}
	return fmt.Errorf("terminal UI: %w", err)
}
