package main

import (
	"flag"
	"io"
	"sort"
	"strings"
)

// commandInfo describes one subcommand for completion and the man page. It
// is read from the commands themselves, so the table cannot drift from what
// the commands accept: each is run with --help into nowhere, and the flag set
// it made is taken from helpFor.
type commandInfo struct {
	name, summary, usage string
	flags                []flagInfo
}

type flagInfo struct {
	name, usage string
	value       string // the value's name ("N", "DIR"), "" for a switch
}

// commandTable lists the TUI (name "") and every subcommand, in name order.
func commandTable() []commandInfo {
	names := append([]string{"tui"}, commandNames()...)
	var table []commandInfo
	for _, n := range names {
		c := commands[n]
		discard := &Env{Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }}
		c.run(discard, []string{"--help"})
		info := commandInfo{name: helpName(n), summary: c.summary}
		flagsMu.Lock()
		fs := flagSets[n]
		flagsMu.Unlock()
		if fs != nil {
			info.flags = flagsOf(fs)
		}
		table = append(table, info)
	}
	return table
}

func flagsOf(fs *flag.FlagSet) []flagInfo {
	var out []flagInfo
	fs.VisitAll(func(f *flag.Flag) {
		kind, usage := flag.UnquoteUsage(f)
		out = append(out, flagInfo{name: f.Name, usage: strings.ReplaceAll(usage, "\n", " "), value: strings.ToUpper(kind)})
	})
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}
