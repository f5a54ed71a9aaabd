package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/kioskreader/kiosk/store/sanitize"
)

func init() {
	commands["man"] = command{"print the manual page (roff): kiosk man | man -l -", runMan}
}

func runMan(env *Env, args []string) int {
	fs := newFlags(env, "man", "kiosk man", "Prints kiosk's manual page in roff, made from the same table as --help\n"+
		"and the completions: read it with 'kiosk man | man -l -', install it as kiosk.1.")
	rest, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) != 0 {
		warn(env, sanitize.Lit("kiosk man: takes no argument"))
		return 2
	}
	writeMan(env.Stdout, commandTable())
	return 0
}

// roff escapes text for a roff line: a backslash is \e, and a line that
// starts with a dot or a quote would be read as a request.
func roff(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}

func writeMan(w io.Writer, table []commandInfo) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }
	p(".TH KIOSK 1 \"\" \"kiosk\" \"User Commands\"")
	p(".SH NAME")
	p("kiosk \\- a terminal reader for folders of news articles")
	p(".SH SYNOPSIS")
	p(".B kiosk\n[\\-\\-dir \\fIDIR\\fR] [\\fIFILE\\fR]")
	p(".br\n.B kiosk\n\\fICOMMAND\\fR [\\fIflags\\fR] [\\fIargs\\fR]")
	p(".SH DESCRIPTION")
	p("%s", roff("kiosk reads a folder of article files (one UTF-8 .txt file per article, one paragraph per line). "+
		"Without a command it opens a terminal UI: the list of articles, the selected one rendered, "+
		"its source link, its actors (people, organizations, places) and its comment count, and search over the folder. "+
		"Every command answers the same questions for scripts. The folder is --dir, else $KIOSK_DIR, else ./articles. "+
		"Every byte of an article is treated as hostile: nothing from a file reaches the terminal as a control sequence."))
	p(".SH OPTIONS")
	writeManFlags(w, table[0])
	p(".SH COMMANDS")
	for _, c := range userCommands(table) {
		p(".TP\n.B kiosk %s", roff(c.name))
		p("%s", roff(c.summary))
		writeManFlags(w, c)
	}
	p(".SH QUERIES")
	p("%s", roff("Every word is required; case, accents and elisions do not matter. "+
		`"quoted phrases", prefixes (négoc*), -word to exclude, a OR b, and the fields title:, source:, lang: and actor:. `+
		"Results are ranked with BM25."))
	p(".SH ENVIRONMENT")
	for _, e := range [][2]string{
		{"KIOSK_DIR", "the folder when --dir is not given"},
		{"KIOSK_BROWSER, BROWSER", "the browser that opens links (split into words without a shell; %s is the URL)"},
		{"NO_COLOR", "no colours at all"},
		{"XDG_CACHE_HOME", "where the search index lives (default ~/.cache/kiosk)"},
		{"XDG_STATE_HOME", "where read marks and bookmarks live (default ~/.local/state/kiosk)"},
	} {
		p(".TP\n.B %s\n%s", roff(e[0]), roff(e[1]))
	}
	p(".SH EXIT STATUS")
	p("%s", roff("0 on success; 1 when something failed, or search found nothing; 2 for a usage error, an unknown command, folder or article."))
	p(".SH FILES")
	p("%s", roff("kiosk never writes into the article folder. The index is under $XDG_CACHE_HOME/kiosk, the marks in $XDG_STATE_HOME/kiosk/state.db."))
}

func writeManFlags(w io.Writer, c commandInfo) {
	if len(c.flags) == 0 {
		return
	}
	fmt.Fprintln(w, ".RS")
	for _, f := range c.flags {
		arg := ""
		if f.value != "" {
			arg = " \\fI" + roff(f.value) + "\\fR"
		}
		fmt.Fprintf(w, ".TP\n.B \\-\\-%s%s\n%s\n", roff(f.name), arg, roff(f.usage))
	}
	fmt.Fprintln(w, ".RE")
}
