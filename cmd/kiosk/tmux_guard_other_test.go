//go:build !unix

package main

import "testing"

// guardTmux: the TUI tests need tmux, so a Unix; elsewhere they skip.
func guardTmux(t *testing.T, socket string) {}
