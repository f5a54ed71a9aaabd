package main

import (
	"fmt"
	"io"

	"github.com/kioskreader/kiosk/store/config"
	"github.com/kioskreader/kiosk/store/sanitize"
)

func init() {
	commands["config"] = command{"print the effective settings and where each came from", runConfig}
}

func runConfig(env *Env, args []string) int {
	fs := newFlags(env, "config", "kiosk config [--default] [--path]",
		"Prints the effective settings as TOML, each with where it came from: a flag, the environment,\n"+
			"the config file (with its line) or the default. --default prints a commented config file to\n"+
			"start from: kiosk config --default > ~/.config/kiosk/config.toml")
	def := fs.Bool("default", false, "print a commented default config file")
	path := fs.Bool("path", false, "print where the config file is read from")
	rest, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) != 0 {
		warn(env, sanitize.Lit("kiosk config: takes no argument"))
		return 2
	}
	switch {
	case *def:
		io.WriteString(env.Stdout, config.Default)
	case *path:
		p, err := config.Path(env.Getenv)
		if err != nil {
			warn(env, sanitize.Sprintf("kiosk config: %v", err))
			return 1
		}
		fmt.Fprintln(env.Stdout, quote(p))
	default:
		env.Config.Print(safeWriter{env.Stdout})
		if len(env.Config.Problems) > 0 {
			return 1
		}
	}
	return 0
}
