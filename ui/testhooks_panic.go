//go:build kiosk_panic

package ui

// Built only with -tags kiosk_panic, for cmd/kiosk's end-to-end test that a
// panic in the UI restores the terminal: no kiosk binary has this.

import tea "charm.land/bubbletea/v2"

// withTestHooks wraps the model so that two keys kiosk leaves unbound make
// it panic: '!' in Update, on the program's goroutine, and '@' in a command,
// on a goroutine of Bubble Tea's.
func withTestHooks(m tea.Model) tea.Model { return panicking{m} }

type panicking struct{ tea.Model }

func (p panicking) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "!":
			panic("kiosk_panic: a panic in Update, on request")
		case "@":
			return p, func() tea.Msg { panic("kiosk_panic: a panic in a command, on request") }
		}
	}
	m, cmd := p.Model.Update(msg)
	return panicking{m}, cmd
}
