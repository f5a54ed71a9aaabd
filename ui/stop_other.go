//go:build !unix

package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"
)

// followStops: no job control here; ctrl+z does what Bubble Tea does.
func followStops(context.Context, *tea.Program) func() { return nil }
