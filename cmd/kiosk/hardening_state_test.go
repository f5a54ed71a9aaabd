//go:build unix

package main

// Issue 6, part 4: a process killed (SIGKILL) at any moment while it marks
// and bookmarks leaves a state that opens, without a warning, and holds
// every change it acknowledged.

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/state"
)

// markOp is change number i of run r of the marking process: mark an
// article read or bookmarked, or take back an earlier mark of the run.
type markOp struct {
	key      string
	bookmark bool
	on       bool
}

func markOpOf(run, i int) markOp {
	k := func(j int) string { return fmt.Sprintf("r%d-a%d", run, j) }
	switch {
	case i%7 == 6: // unmark one read earlier in the run
		return markOp{key: k(i - 3), on: false}
	case i%5 == 4:
		return markOp{key: k(i - 2), bookmark: true, on: false}
	case i%2 == 1:
		return markOp{key: k(i), bookmark: true, on: true}
	}
	return markOp{key: k(i), on: true}
}

// markerMain is the marking process: it opens the state in dir and applies
// the changes of run $KIOSK_HARDENING_RUN one after another, printing
// "ack i" once change i has returned, until it is killed.
func markerMain(dir string) int {
	run, _ := strconv.Atoi(os.Getenv("KIOSK_HARDENING_RUN"))
	st, warning, err := state.Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "open:", err)
		return 1
	}
	if warning != "" || st.InMemory() {
		fmt.Fprintln(os.Stderr, "warning:", warning)
		return 1
	}
	m, err := st.Folder(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "folder:", err)
		return 1
	}
	out := bufio.NewWriterSize(os.Stdout, 64)
	for i := 0; i < 100000; i++ {
		op := markOpOf(run, i)
		if op.bookmark {
			err = m.SetBookmarked(op.key, op.on)
		} else {
			err = m.SetRead(op.key, op.on)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "mark:", err)
			return 1
		}
		fmt.Fprintf(out, "ack %d\n", i)
		out.Flush()
	}
	return 0
}

func TestHardeningStateSurvivesSIGKILL(t *testing.T) {
	runs := 200
	if testing.Short() {
		runs = 20
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	read, marks := map[string]bool{}, map[string]bool{}
	unsure := map[string]bool{} // keys the change in flight at the kill touched
	rng := rand.New(rand.NewPCG(6, uint64(time.Now().UnixNano())))
	deadline := time.Now().Add(150 * time.Second)
	totalAcks := 0
	for run := 0; run < runs; run++ {
		if time.Now().After(deadline) {
			t.Fatalf("hung: only %d runs in 150 s", run)
		}
		cmd := exec.Command(self, "-test.run=^$")
		cmd.Env = append(os.Environ(), markerEnv+"="+dir, fmt.Sprintf("KIOSK_HARDENING_RUN=%d", run))
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill it at a random moment: in even runs a random time after
		// its start (while it opens the state, or marks), in odd runs a
		// random time after a random number of acknowledged changes.
		delay := time.Duration(rng.IntN(60)) * time.Millisecond
		killAfter := -1
		if run%2 == 1 {
			delay = time.Duration(rng.IntN(3000)) * time.Microsecond
			killAfter = rng.IntN(6)
		}
		kill := func() { cmd.Process.Signal(os.Kill) }
		timer := time.AfterFunc(time.Hour, kill)
		if killAfter < 0 {
			timer.Reset(delay)
		}
		acked := -1
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if n, ok := strings.CutPrefix(sc.Text(), "ack "); ok {
				acked, _ = strconv.Atoi(n)
				if acked == killAfter {
					timer.Reset(delay)
				}
			}
		}
		err = cmd.Wait()
		timer.Stop()
		if stderr.Len() > 0 {
			t.Fatalf("run %d: the marking process failed after %d changes (%v): %s", run, acked+1, err, stderr.String())
		}
		for i := 0; i <= acked; i++ {
			op := markOpOf(run, i)
			if op.bookmark {
				marks[op.key] = op.on
			} else {
				read[op.key] = op.on
			}
		}
		totalAcks += acked + 1
		unsure[markOpOf(run, acked+1).key] = true

		st, warning, err := state.Open(dir)
		if err != nil || warning != "" || st.InMemory() {
			t.Fatalf("run %d, killed after %v and %d acknowledged changes: the state does not open cleanly: %v %q", run, delay, acked+1, err, warning)
		}
		m, err := st.Folder(dir)
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		checkMarks(t, run, "read", m.ReadSet(), read, unsure)
		checkMarks(t, run, "bookmark", m.Bookmarks(), marks, unsure)
		st.Close()
		if t.Failed() {
			return
		}
	}
	t.Logf("%d kills, %d acknowledged changes, all kept", runs, totalAcks)
}

func checkMarks(t *testing.T, run int, what string, got, want, unsure map[string]bool) {
	t.Helper()
	for k, on := range want {
		if !unsure[k] && got[k] != on {
			t.Errorf("run %d: acknowledged %s mark of %s = %v is lost (state has %v)", run, what, k, on, got[k])
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok && !unsure[k] {
			t.Errorf("run %d: %s mark of %s was never acknowledged", run, what, k)
		}
	}
}
