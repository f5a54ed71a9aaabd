// Command kiosk reads a folder of news articles: a TUI, and subcommands that
// answer the same questions for scripts. This package only wires flags to the
// store and ui packages; it holds no logic of its own.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/kioskreader/kiosk/store/config"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// command is one subcommand: run gets the arguments after its name and
// returns the exit status (0 ok, 1 failure, 2 usage or unknown input).
type command struct {
	summary string
	run     func(env *Env, args []string) int
}

// commands is filled by each subcommand's file in its init function, so a
// subcommand lives in one file.
var commands = map[string]command{}

// Env is what a command may touch of the outside world; tests replace it.
type Env struct {
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Config *config.Config // nil until run loads it
	// Exits is set when the process ends as the command returns (main, not
	// a test): what the exit frees need not be freed one piece at a time.
	Exits bool
}

func main() {
	env := &Env{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Exits: true}
	os.Exit(run(env, os.Args[1:]))
}

func run(env *Env, args []string) int {
	if env.Config == nil {
		// A broken config file is said in one line per problem, and kiosk
		// goes on with what it could read.
		env.Config = config.Load(env.Getenv)
		for _, p := range env.Config.Problems {
			warn(env, sanitize.Sprintf("kiosk: %s", p))
		}
	}
	if len(args) > 0 {
		if c, ok := commands[args[0]]; ok {
			return c.run(env, args[1:])
		}
		switch args[0] {
		case "help", "-h", "-help", "--help":
			usage(env.Stdout)
			return 0
		case "version", "-version", "--version":
			fmt.Fprintln(env.Stdout, version())
			return 0
		}
	}
	return commands["tui"].run(env, args)
}
