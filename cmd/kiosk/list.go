package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/index"
	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/store/scan"
	"github.com/kioskreader/kiosk/store/state"
)

func init() {
	commands["list"] = command{"list the articles of the folder", runList}
}

func runList(env *Env, args []string) int {
	fs := newFlags(env, "list", "kiosk list [--dir DIR] [--json] [--unread] [--bookmarked] [--since DATE] [--until DATE] [--sort name|date] [--max-size BYTES]",
		"Lists the articles by file name (--sort date: newest first): id, date (~DATE: from the file's time),\n"+
			"comments, domain, title; --json: one object a line. Unreadable files: 'kiosk: skipped PATH: REASON' on stderr.")
	dirArg := dirFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON Lines")
	maxSize := fs.Int64("max-size", scan.DefaultMaxSize, "skip files larger than this many bytes")
	unread := fs.Bool("unread", false, "only articles not yet read")
	bookmarked := fs.Bool("bookmarked", false, "only bookmarked articles")
	when := dateFlags(fs)
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
	keep, ok := stateFilter(env, *unread, *bookmarked)
	if !ok {
		return 1
	}
	by, ok := when.parse(env)
	if !ok {
		return 2
	}
	out := bufio.NewWriterSize(env.Stdout, 64<<10)
	defer out.Flush()
	if *maxSize == scan.DefaultMaxSize {
		if code, ok := listIndexed(env, dir, *asJSON, out, keep, by); ok {
			return code
		}
	}
	return listScanned(env, dir, *maxSize, *asJSON, out, keep, by)
}

// listIndexed lists the folder from its index, brought up to date as a
// search does (README: what a refresh sees), which gives what a scan gives
// without reading every file, and returns the exit status. ok is false,
// nothing having been written to stdout, when the index cannot be used (say,
// a read-only cache).
func listIndexed(env *Env, dir string, asJSON bool, out *bufio.Writer, keep func(string) bool, by dateOrder) (code int, ok bool) {
	ix, err := openIndex(env, dir)
	if err != nil {
		return 0, false
	}
	defer ix.Close()
	if _, err := refreshIndex(env, ix, quickRefresh, barBigOnTerminal); err != nil {
		return 0, false
	}
	ctx := context.Background()
	switch {
	case asJSON && by.plain():
		err = ix.WriteList(ctx, out, keep)
	case asJSON:
		err = writeListByDate(ctx, ix, out, keep, by)
	default:
		err = listPlain(ctx, ix, out, keep, by)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: cannot list %s: %v\n", quote(dir), err)
		return 1, true
	}
	return 0, true
}

// listPlain prints a line an article: id, date, comments, domain, title.
func listPlain(ctx context.Context, ix *index.Index, out *bufio.Writer, keep func(string) bool, by dateOrder) error {
	list, err := ix.List(ctx)
	if err != nil {
		return err
	}
	for _, s := range by.summaries(list) {
		if keep(sanitize.Line(s.File)) {
			fmt.Fprintln(out, listLine(sanitize.Line(s.ID), s.Date, s.Comments, s.Domain, s.Title))
		}
	}
	return nil
}

// listScanned lists the folder by reading every file.
func listScanned(env *Env, dir string, maxSize int64, asJSON bool, out *bufio.Writer, keep func(string) bool, by dateOrder) int {
	enc := json.NewEncoder(out)
	emit := func(a article.Article) {
		if !keep(a.File) || !by.keeps(a.Date) {
			return
		}
		if asJSON {
			_ = enc.Encode(summary(a))
			return
		}
		domain := ""
		if a.Source != nil {
			domain = a.Source.Domain
		}
		fmt.Fprintln(out, listLine(a.ID, a.Date, a.Comments, domain, a.Title))
	}
	emit, flush := by.buffer(emit)
	report := func(s scan.Skip) {
		out.Flush() // keep stdout and stderr in order on a terminal
		fmt.Fprintln(env.Stderr, s.String())
	}
	if err := scan.Scan(context.Background(), dir, scan.Options{MaxSize: maxSize}, emit, report); err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: cannot list %s: %v\n", quote(dir), err)
		return 1
	}
	flush()
	return 0
}

// stateFilter returns which articles --unread and --bookmarked keep, by
// file name. The reader's state is only opened when one of them is given.
func stateFilter(env *Env, unread, bookmarked bool) (func(file string) bool, bool) {
	if !unread && !bookmarked {
		return func(string) bool { return true }, true
	}
	dir, err := state.Dir(env.Getenv)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: no state directory: %v\n", err)
		return nil, false
	}
	st, warning, err := state.Open(dir)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: cannot open the reader's state: %v\n", err)
		return nil, false
	}
	if warning != "" {
		fmt.Fprintln(env.Stderr, warning)
	}
	read, marks := st.ReadSet(), st.Bookmarks()
	st.Close()
	return func(file string) bool {
		key := state.Key(file)
		return (!unread || !read[key]) && (!bookmarked || marks[key])
	}, true
}

// summary is an article without its text, for listing.
func summary(a article.Article) article.Article {
	a.Paragraphs, a.Captions, a.Blocks = nil, nil, nil
	return a
}

// listLine is one article in the plain listing: id, date, comments, domain, title.
func listLine(id string, date *article.Date, comments *int, domain, title string) string {
	c := "-"
	if comments != nil {
		c = fmt.Sprint(*comments)
	}
	if domain == "" {
		domain = "-"
	}
	return fmt.Sprintf("%s\t%s\t%s\t%s\t%s", id, dateColumn(date), c, domain, title)
}
