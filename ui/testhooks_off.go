//go:build !kiosk_panic

package ui

import tea "charm.land/bubbletea/v2"

// withTestHooks is the model itself: kiosk has no test hook. See
// testhooks_panic.go for the build that has one.
func withTestHooks(m tea.Model) tea.Model { return m }
