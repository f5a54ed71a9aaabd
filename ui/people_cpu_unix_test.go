//go:build unix

package ui

import (
	"syscall"
	"time"
)

// cpuTime is the process's user and system time so far: on a machine
// shared with other work, the wall time of a benchmark says more of the
// load than of kiosk.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
