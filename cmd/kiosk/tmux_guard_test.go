//go:build unix

package main

// A tmux server is a daemon: it outlives the test that started it. When
// `go test` hit its -timeout, the test binary panicked without running a
// single Cleanup, and the servers of the TUI tests kept their kiosks (and a
// `sleep 60` after them) for 40 minutes. So each server gets a watchdog
// process started by the test binary, reading a pipe that only the test
// binary holds open: when the binary ends, however it ends (a test over, a
// timeout's panic, SIGKILL), the kernel closes the pipe and the watchdog
// kills the server, with the kiosks in its panes.

import (
	"os"
	"os/exec"
	"sync"
	"syscall"
	"testing"
)

// guarded holds the sockets that have a watchdog already.
var guarded sync.Map

// guardTmux starts the watchdog of the tmux server on socket, once; the
// test's Cleanup closes the pipe too, so the server ends with the test.
func guardTmux(t *testing.T, socket string) {
	if _, dup := guarded.LoadOrStore(socket, true); dup {
		return
	}
	r, w, err := os.Pipe() // close-on-exec: no other child keeps w open
	if err != nil {
		t.Fatalf("watchdog of tmux %s: %v", socket, err)
	}
	// The panes' processes may ignore tmux's SIGHUP: kill them first.
	script := `read _; for p in $(tmux -L "$1" list-panes -a -F '#{pane_pid}' 2>/dev/null); do pkill -KILL -P "$p"; kill -KILL "$p"; done 2>/dev/null; tmux -L "$1" kill-server 2>/dev/null; exit 0`
	cmd := exec.Command("sh", "-c", script, "tmux-guard", socket)
	cmd.Stdin = r
	// A group of its own: a ^C to the test's group must not kill the
	// watchdog before it has done its work.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		r.Close()
		w.Close()
		t.Fatalf("watchdog of tmux %s: %v", socket, err)
	}
	r.Close()
	t.Cleanup(func() {
		w.Close()
		cmd.Wait()
		guarded.Delete(socket)
	})
}
