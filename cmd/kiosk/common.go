package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// defaultDir is opened when neither --dir nor $KIOSK_DIR says otherwise.
const defaultDir = "articles"

// newFlags makes a flag set for one subcommand whose errors and --help go to
// stderr, with the usage line the README shows.
func newFlags(env *Env, name, usageLine, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(safeWriter{env.Stderr}) // the flag package echoes unknown flags as typed
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: %s\n\n%s\n\n", usageLine, about)
		fs.PrintDefaults()
	}
	return fs
}

// dirFlag adds --dir to fs; resolve it with folder.
func dirFlag(fs *flag.FlagSet) *string {
	return fs.String("dir", "", "article folder (default $KIOSK_DIR, else ./articles)")
}

// parseFlags parses args, allowing flags after positional arguments
// ("kiosk show ID --json"). It returns the positional arguments and an exit
// status: -1 to go on, 0 after --help, 2 after a usage error.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, int) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, 0
			}
			return nil, 2
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, -1
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), -1
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// folder resolves the article folder from --dir, $KIOSK_DIR or the default,
// and checks that it is a readable directory. On failure it prints one line
// and returns ok=false (exit 2).
func folder(env *Env, dir string) (string, bool) {
	if dir == "" {
		dir = env.Getenv("KIOSK_DIR")
	}
	if dir == "" {
		dir = defaultDir
	}
	fi, err := os.Stat(dir)
	switch {
	case err != nil:
		fmt.Fprintf(env.Stderr, "kiosk: no article folder %s: %v\n", quote(dir), errors.Unwrap(err))
		return "", false
	case !fi.IsDir():
		fmt.Fprintf(env.Stderr, "kiosk: %s is not a folder\n", quote(dir))
		return "", false
	}
	return dir, true
}

// quote prints a path or argument so that no byte of it can act on the terminal.
func quote(s string) string {
	q := fmt.Sprintf("%q", s)
	if q[1:len(q)-1] == s && !strings.ContainsAny(s, " ") {
		return s
	}
	return q
}

// usage lists the subcommands.
func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: kiosk [--dir DIR] [--style dark|light] [FILE]   browse the folder in a terminal UI")
	fmt.Fprintln(w, "       kiosk COMMAND [flags] [args]                   see 'kiosk COMMAND --help'")
	fmt.Fprintln(w, "\nThe folder is --dir, else $KIOSK_DIR, else ./articles.")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		if n != "tui" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
}

// safeWriter makes whatever passes through it terminal-safe, keeping line
// breaks and tabs: for text that may echo a user's or a file's bytes.
type safeWriter struct{ w io.Writer }

func (s safeWriter) Write(p []byte) (int, error) {
	lines := strings.Split(string(p), "\n")
	for i, l := range lines {
		parts := strings.Split(l, "\t")
		for j, part := range parts {
			parts[j] = sanitize.Line(part)
		}
		lines[i] = strings.Join(parts, "\t")
	}
	if _, err := io.WriteString(s.w, strings.Join(lines, "\n")); err != nil {
		return 0, err
	}
	return len(p), nil
}
