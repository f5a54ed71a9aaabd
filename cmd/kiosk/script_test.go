package main

import (
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestScripts runs the CLI contract in testdata/script/*.txtar: each script
// makes a folder, runs kiosk in process and checks stdout, stderr and the exit
// status, so the contract reads as a user would type it.
//
//	kiosk ARGS...   runs kiosk; "! kiosk" expects a non-zero status
//	status N        the last kiosk's exit status was N
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(e *testscript.Env) error {
			e.Setenv("XDG_CACHE_HOME", e.WorkDir+"/.cache")
			e.Setenv("XDG_STATE_HOME", e.WorkDir+"/.state")
			e.Setenv("XDG_CONFIG_HOME", e.WorkDir+"/.config")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"kiosk":  scriptKiosk,
			"status": scriptStatus,
		},
	})
}

func scriptKiosk(ts *testscript.TestScript, neg bool, args []string) {
	env := &Env{Stdout: ts.Stdout(), Stderr: ts.Stderr(), Getenv: ts.Getenv}
	code := run(env, args)
	ts.Setenv("KIOSK_STATUS", strconv.Itoa(code))
	if code != 0 && !neg {
		ts.Fatalf("kiosk exited %d", code)
	}
	if code == 0 && neg {
		ts.Fatalf("kiosk succeeded unexpectedly")
	}
}

func scriptStatus(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: status N")
	}
	if got := ts.Getenv("KIOSK_STATUS"); (got == args[0]) == neg {
		ts.Fatalf("exit status %s, want %s%s", got, map[bool]string{true: "not "}[neg], args[0])
	}
}
