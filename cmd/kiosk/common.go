package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// defaultDir is opened when neither --dir nor $KIOSK_DIR says otherwise.
const defaultDir = "articles"

// newFlags makes a flag set for one subcommand. --help prints the usage on
// stdout and exits 0, as the tools people script with do; a usage error goes
// to stderr with a pointer to --help. Flags are shown as --flag.
func newFlags(env *Env, name, usageLine, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(flagErrors{helpName(name), safeWriter{env.Stderr}}) // the flag package echoes unknown flags as typed
	fs.Usage = func() {}                                             // parseFlags says what is needed, where it belongs
	flagsMu.Lock()
	defer flagsMu.Unlock()
	flagSets[name] = fs
	helpFor[fs] = func(usageErr bool) {
		// usageLine and about are constants of each command's file.
		if usageErr {
			warn(env, sanitize.Concat(sanitize.Lit("usage: "), sanitize.SafeLine(usageLine),
				sanitize.Sprintf("\nrun '%s --help' for more", strings.TrimSpace("kiosk "+helpName(name)))))
			return
		}
		out := newOutput(env)
		out.line(sanitize.Concat(sanitize.Lit("usage: "), sanitize.SafeLine(usageLine), sanitize.Lit("\n\n"), sanitize.SafeText(about), sanitize.Lit("\n")))
		printFlags(out, fs)
		out.flush()
	}
	return fs
}

// flagsMu guards helpFor and flagSets: tests run commands side by side.
var flagsMu sync.Mutex

// helpFor holds each flag set's help printer until its flags are parsed.
var helpFor = map[*flag.FlagSet]func(usageErr bool){}

// flagSets holds the last flag set each command made, for the command table.
var flagSets = map[string]*flag.FlagSet{}

// helpName is how a user asks for a command's help: the TUI has no name.
func helpName(name string) string {
	if name == "tui" {
		return ""
	}
	return name
}

// printFlags lists the flags as --name VALUE, with their defaults; the
// names and usages are constants of each command's file.
func printFlags(out *output, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		kind, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if kind != "" {
			line += " " + strings.ToUpper(kind)
		}
		text := line + "\n    \t" + strings.ReplaceAll(usage, "\n", "\n    \t")
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			text += " (default " + quote(f.DefValue).String() + ")"
		}
		out.line(sanitize.SafeText(text))
	})
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
	flagsMu.Lock()
	help := helpFor[fs]
	delete(helpFor, fs)
	flagsMu.Unlock()
	for {
		in := args
		if err := fs.Parse(args); err != nil {
			usageErr := !errors.Is(err, flag.ErrHelp)
			if h := help; h != nil {
				h(usageErr)
			}
			if usageErr {
				return nil, 2
			}
			return nil, 0
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, -1
		}
		if k := len(in) - len(args); k > 0 && in[k-1] == "--" {
			// Parse stopped at a "--" and dropped it: all that follows
			// is names, a "--" among them ("kiosk show -- --").
			return append(rest, args...), -1
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
	dir = folderName(env, dir)
	fi, err := os.Stat(dir)
	switch {
	case err != nil:
		warn(env, sanitize.Sprintf("kiosk: no article folder %s: %s", quote(dir), why(err)))
		return "", false
	case !fi.IsDir():
		warn(env, sanitize.Sprintf("kiosk: %s is not a folder", quote(dir)))
		return "", false
	}
	return dir, true
}

// folderName is the folder --dir names, else $KIOSK_DIR, else the config
// file's first, else the default.
func folderName(env *Env, dir string) string {
	if dir == "" {
		dir = env.Getenv("KIOSK_DIR")
	}
	if dir == "" && env.Config != nil && len(env.Config.Folders.Value) > 0 {
		dir = env.Config.Folders.Value[0] // the config file's first folder
	}
	if dir == "" {
		dir = defaultDir
	}
	return dir
}

// quote prints a path or argument so that no byte of it can act on the
// terminal: as it is when it is plain, else Go-quoted with every rune that
// is not printable escaped. Printable letters stay as they are: "kiosk
// timeline" suggested "F\u00e9d\u00e9ration des villes fluviales" (attack
// round 8), which nobody can type back.
func quote(s string) sanitize.Safe {
	q := strconv.Quote(s)
	if q[1:len(q)-1] == s && !strings.ContainsAny(s, " ") {
		return sanitize.SafeLine(s)
	}
	return sanitize.SafeLine(q)
}

// why says in fixed words why a path given by the user could not be used:
// an OS error's own text would repeat the path, raw.
func why(err error) string {
	var errno syscall.Errno
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.As(err, &errno):
		return errno.Error()
	}
	return "unusable"
}

// warn writes one line on stderr: only terminal-safe text can be warned.
func warn(env *Env, s sanitize.Safe) {
	io.WriteString(env.Stderr, s.String()+"\n")
}

// usage lists the subcommands.
func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: kiosk [--dir DIR] [--style dark|light] [FILE]   browse the folder in a terminal UI")
	fmt.Fprintln(w, "       kiosk COMMAND [flags] [args]                   see 'kiosk COMMAND --help'")
	fmt.Fprintln(w, "\nThe folder is --dir, else $KIOSK_DIR, else ./articles.")
	fmt.Fprintln(w, "\ncommands:")
	for _, n := range commandNames() {
		fmt.Fprintf(w, "  %-11s %s\n", n, commands[n].summary)
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

// flagErrors words the flag package's errors as kiosk's other messages are
// worded (attack round 8): named by the command ("kiosk list: …"), and a
// flag written --name as the help and the README write it, where the flag
// package wrote "invalid value "x" for flag -max-size" on a line of its own.
type flagErrors struct {
	command string
	w       io.Writer
}

// singleDash is a flag named with one dash in the flag package's errors.
var singleDash = regexp.MustCompile(`(^|[ :] ?)-([A-Za-z][A-Za-z0-9-]*)`)

func (f flagErrors) Write(p []byte) (int, error) {
	msg := singleDash.ReplaceAllString(string(p), "$1--$2")
	prefix := "kiosk: "
	if f.command != "" {
		prefix = "kiosk " + f.command + ": "
	}
	if _, err := io.WriteString(f.w, prefix+msg); err != nil {
		return 0, err
	}
	return len(p), nil
}

// maxSizeCap is the largest --max-size: parsing a file allocates up to 8
// times its size (README, Security), and no article is a gigabyte; a
// sparse 2 GiB file under --max-size 3000000000 was read whole, in a minute
// and 2 GiB of memory, to find it was NULs (attack round 8).
const maxSizeCap = 1 << 30

// byteSize is --max-size: a number of bytes from 1 to maxSizeCap. An int64
// flag took -1 and 0, which the scan read as "the default", silently.
type byteSize int64

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteSize) Set(s string) error {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 1 || n > maxSizeCap {
		return fmt.Errorf("a size is a number of bytes from 1 to %d (1 GiB)", maxSizeCap)
	}
	*b = byteSize(n)
	return nil
}

// maxSizeFlag adds --max-size to fs, default def.
func maxSizeFlag(fs *flag.FlagSet, def int64) *byteSize {
	b := byteSize(def)
	fs.Var(&b, "max-size", "skip files larger than `BYTES` bytes")
	return &b
}
