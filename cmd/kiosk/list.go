package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/scan"
)

func init() {
	commands["list"] = command{"list the articles of the folder", runList}
}

func runList(env *Env, args []string) int {
	fs := newFlags(env, "list", "kiosk list [--dir DIR] [--json] [--max-size BYTES]",
		"Lists every article of the folder in file-name order: one JSON object a line with --json.\n"+
			"Files that cannot be read are reported on stderr as 'kiosk: skipped PATH: REASON'.")
	dirArg := dirFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON Lines")
	maxSize := fs.Int64("max-size", scan.DefaultMaxSize, "skip files larger than this many bytes")
	rest, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(env.Stderr, "kiosk list: unexpected argument %s\n", quote(rest[0]))
		return 2
	}
	dir, ok := folder(env, *dirArg)
	if !ok {
		return 2
	}
	out := bufio.NewWriterSize(env.Stdout, 64<<10)
	defer out.Flush()
	enc := json.NewEncoder(out)
	emit := func(a article.Article) {
		if *asJSON {
			_ = enc.Encode(summary(a))
		} else {
			fmt.Fprintln(out, listLine(a))
		}
	}
	report := func(s scan.Skip) {
		out.Flush() // keep stdout and stderr in order on a terminal
		fmt.Fprintln(env.Stderr, s.String())
	}
	if err := scan.Scan(context.Background(), dir, scan.Options{MaxSize: *maxSize}, emit, report); err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: cannot list %s: %v\n", quote(dir), err)
		return 1
	}
	return 0
}

// summary is an article without its text, for listing.
func summary(a article.Article) article.Article {
	a.Paragraphs, a.Captions, a.Blocks = nil, nil, nil
	return a
}

// listLine is one article in the plain listing: id, comments, domain, title.
func listLine(a article.Article) string {
	comments, domain := "-", "-"
	if a.Comments != nil {
		comments = fmt.Sprint(*a.Comments)
	}
	if a.Source != nil {
		domain = a.Source.Domain
	}
	return fmt.Sprintf("%s\t%s\t%s\t%s", a.ID, comments, domain, a.Title)
}
