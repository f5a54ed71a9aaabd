package main

import (
	"context"
	"fmt"
	"path"

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
	size := maxSizeFlag(fs, scan.DefaultMaxSize)
	unread := fs.Bool("unread", false, "only articles not yet read")
	bookmarked := fs.Bool("bookmarked", false, "only bookmarked articles")
	when := dateFlags(fs)
	rest, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) > 0 {
		warn(env, sanitize.Sprintf("kiosk list: unexpected argument %s", quote(rest[0])))
		return 2
	}
	dir, ok := folder(env, *dirArg)
	if !ok {
		return 2
	}
	keep, ok := stateFilter(env, dir, *unread, *bookmarked)
	if !ok {
		return 1
	}
	by, ok := when.parse(env)
	if !ok {
		return 2
	}
	out := newOutput(env)
	maxSize := int64(*size)
	if maxSize == scan.DefaultMaxSize {
		if code, ok := listIndexed(env, dir, *asJSON, out, keep, by); ok {
			return out.done(code)
		}
	}
	return out.done(listScanned(env, dir, maxSize, *asJSON, out, keep, by))
}

// listIndexed lists the folder from its index, brought up to date as a
// search does (README: what a refresh sees), which gives what a scan gives
// without reading every file, and returns the exit status. ok is false,
// nothing having been written to stdout, when the index cannot be used (say,
// a read-only cache).
func listIndexed(env *Env, dir string, asJSON bool, out *output, keep func(string) bool, by dateOrder) (code int, ok bool) {
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
		w := &stream{o: out}
		err = ix.WriteList(ctx, w, keep)
		w.end()
	case asJSON:
		w := &stream{o: out}
		err = writeListByDate(ctx, ix, w, keep, by)
		w.end()
	default:
		err = listPlain(ctx, ix, out, keep, by)
	}
	if err != nil && out.err == nil {
		out.flush()
		warn(env, sanitize.Sprintf("kiosk: cannot list %s: %v", quote(dir), err))
		return 1, true
	}
	return 0, true
}

// listPlain prints a line an article: id, date, comments, domain, title.
func listPlain(ctx context.Context, ix *index.Index, out *output, keep func(string) bool, by dateOrder) error {
	list, err := ix.List(ctx)
	if err != nil {
		return err
	}
	for _, s := range by.summaries(list) {
		if out.err != nil {
			return nil // done reports it
		}
		if keep(sanitize.Line(s.File)) { // the reader's state keys sanitized names
			out.fields(listLine(s.SafeID(), s.Date, s.Comments, s.Domain, s.SafeTitle())...)
		}
	}
	return nil
}

// listScanned lists the folder by reading every file.
func listScanned(env *Env, dir string, maxSize int64, asJSON bool, out *output, keep func(string) bool, by dateOrder) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	emit := func(a article.Article) {
		switch {
		case out.err != nil:
			cancel() // stdout is gone: no use reading on
		case !keep(a.File), !by.keeps(a.Date):
		case asJSON:
			out.json(summary(a))
		default:
			domain := ""
			if a.Source != nil {
				domain = a.Source.Domain
			}
			out.fields(listLine(sanitize.SafeLine(a.ID), a.Date, a.Comments, domain, sanitize.SafeLine(a.Title))...)
		}
	}
	emit, flush := by.buffer(emit)
	report := func(s scan.Skip) {
		out.flush() // keep stdout and stderr in order on a terminal
		warn(env, s.String())
	}
	if err := scan.Scan(ctx, dir, scan.Options{MaxSize: maxSize}, emit, report); err != nil && out.err == nil {
		out.flush()
		warn(env, sanitize.Sprintf("kiosk: cannot list %s: %v", quote(dir), err))
		return 1
	}
	flush()
	return 0
}

// stateFilter returns which articles of folder dir --unread and
// --bookmarked keep, by file name (what the list has at hand; the marks are
// kept by path in the folder). The reader's state is only opened when one
// of them is given.
func stateFilter(env *Env, dir string, unread, bookmarked bool) (func(file string) bool, bool) {
	if !unread && !bookmarked {
		return func(string) bool { return true }, true
	}
	sdir, err := state.Dir(env.Getenv)
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk: no state directory: %v", err))
		return nil, false
	}
	st, warning, err := state.Open(sdir)
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk: cannot open the reader's state: %v", err))
		return nil, false
	}
	if warning != "" {
		warn(env, sanitize.SafeLine(warning))
	}
	defer st.Close()
	m, err := st.Folder(dir)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: %v\n", err)
		return nil, false
	}
	read, marks := fileNames(m.ReadSet()), fileNames(m.Bookmarks())
	return func(file string) bool {
		return (!unread || !read[file]) && (!bookmarked || marks[file])
	}, true
}

// fileNames is the file names of marked paths, raw and as the list prints
// them.
func fileNames(rels map[string]bool) map[string]bool {
	out := make(map[string]bool, 2*len(rels))
	for rel := range rels {
		out[path.Base(rel)] = true
		out[sanitize.Line(path.Base(rel))] = true
	}
	return out
}

// summary is an article without its text, for listing.
func summary(a article.Article) article.Article {
	a.Paragraphs, a.Captions, a.Blocks = nil, nil, nil
	return a
}

// listLine is one article in the plain listing: id, date, comments, domain, title.
func listLine(id sanitize.Safe, date *article.Date, comments *int, domain string, title sanitize.Safe) []sanitize.Safe {
	c := sanitize.Lit("-")
	if comments != nil {
		c = sanitize.Int(*comments)
	}
	d := sanitize.Lit("-")
	if domain != "" {
		d = sanitize.SafeLine(domain)
	}
	return []sanitize.Safe{id, dateColumn(date), c, d, title}
}
