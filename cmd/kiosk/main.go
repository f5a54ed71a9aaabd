// Command kiosk reads a folder of news articles: a TUI, and subcommands that
// answer the same questions for scripts. This package only wires flags to the
// store and ui packages; it holds no logic of its own.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

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
		if unknownCommand(env, args[0]) {
			return 2
		}
	}
	return commands["tui"].run(env, args)
}

// unknownCommand says so, with the nearest command, when word is neither a
// command nor a file and there is no folder to look for an article in:
// "kiosk lsit" outside a folder said "no article folder articles", as if
// the word had been a folder's article (attack round 8). Where there is a
// folder, the UI's checkSelect says it, with the nearest article too.
func unknownCommand(env *Env, word string) bool {
	if strings.HasPrefix(word, "-") || strings.ContainsRune(word, os.PathSeparator) || strings.HasSuffix(word, ".txt") {
		return false // a flag or a path: the UI's own checks word it
	}
	if _, err := os.Lstat(word); err == nil {
		return false
	}
	quiet := &Env{Stdout: io.Discard, Stderr: io.Discard, Getenv: env.Getenv, Config: env.Config}
	if _, ok := folder(quiet, ""); ok {
		return false
	}
	msg := sanitize.Sprintf("kiosk: %s is not a command (see 'kiosk help'), nor an article: there is no article folder %s",
		quote(word), quote(folderName(env, "")))
	if near := nearest(word, commandNames()); near != "" {
		msg = sanitize.Sprintf("kiosk: %s is not a command; did you mean 'kiosk %s'?", quote(word), near)
	}
	warn(env, msg)
	return true
}
