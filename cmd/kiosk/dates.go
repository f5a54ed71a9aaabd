package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"sort"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/index"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// dateFlagValues are --since, --until and --sort as typed.
type dateFlagValues struct{ since, until, sort *string }

// dateFlags adds --since, --until and --sort to fs.
func dateFlags(fs *flag.FlagSet) dateFlagValues {
	return dateFlagValues{
		fs.String("since", "", "only articles dated on or after `DATE` (2025, 2025-03 or 2025-03-16)"),
		fs.String("until", "", "only articles dated on or before `DATE`"),
		fs.String("sort", "name", "order: name (file name) or date (newest first; undated last)"),
	}
}

// dateOrder is which articles a listing keeps by date, and in what order.
type dateOrder struct {
	r      index.DateRange
	ranged bool
	byDate bool
}

// parse reads the flags; ok is false after a message (exit 2).
func (v dateFlagValues) parse(env *Env) (dateOrder, bool) {
	o, ok := parseRange(env, *v.since, *v.until)
	if !ok {
		return o, false
	}
	switch *v.sort {
	case "name":
	case "date":
		o.byDate = true
	default:
		warn(env, sanitize.Sprintf("kiosk: --sort is name or date, not %s", quote(*v.sort)))
		return o, false
	}
	return o, true
}

// parseRange reads --since and --until ("" when not given), for commands
// that filter by date without sorting by it.
func parseRange(env *Env, since, until string) (dateOrder, bool) {
	var o dateOrder
	for _, f := range []struct {
		val  string
		name string
		read func(string) (index.DateRange, error)
	}{{since, "--since", index.Since}, {until, "--until", index.Until}} {
		if f.val == "" {
			continue
		}
		r, err := f.read(f.val)
		if err != nil {
			warn(env, sanitize.Sprintf("kiosk: %s: %v", f.name, err))
			return o, false
		}
		o.r, o.ranged = o.r.And(r), true
	}
	return o, true
}

// plain is true when the order changes nothing: every article, by name.
func (o dateOrder) plain() bool { return !o.ranged && !o.byDate }

// keeps tells whether an article with date d is listed.
func (o dateOrder) keeps(d *article.Date) bool {
	return !o.ranged || d != nil && o.r.Contains(d.Value)
}

// newer orders two dates newest first, undated last; a month-only date
// counts as its first day, so it comes after the days of its month.
func newer(a, b *article.Date) bool {
	switch {
	case a == nil || b == nil:
		return a != nil && b == nil
	}
	return a.Value > b.Value && !(len(a.Value) < len(b.Value) && a.Value == b.Value[:len(a.Value)])
}

// summaries filters and orders the index's list.
func (o dateOrder) summaries(list []index.Summary) []index.Summary {
	if o.plain() {
		return list
	}
	kept := list[:0:0]
	for _, s := range list {
		if o.keeps(s.Date) {
			kept = append(kept, s)
		}
	}
	if o.byDate {
		sort.SliceStable(kept, func(i, j int) bool { return newer(kept[i].Date, kept[j].Date) })
	}
	return kept
}

// buffer holds a scan's articles back when they are to be sorted, and
// hands them to emit, sorted, on flush.
func (o dateOrder) buffer(emit func(article.Article)) (add func(article.Article), flush func()) {
	if !o.byDate {
		return emit, func() {}
	}
	var all []article.Article
	return func(a article.Article) { all = append(all, summary(a)) }, func() {
		sort.SliceStable(all, func(i, j int) bool { return newer(all[i].Date, all[j].Date) })
		for _, a := range all {
			emit(a)
		}
	}
}

// writeListByDate is WriteList filtered and ordered by date: the lines
// come in path order, one per kept file, and are reordered by the dates the
// index's list gives those files.
func writeListByDate(ctx context.Context, ix *index.Index, out io.Writer, keep func(string) bool, o dateOrder) error {
	list, err := ix.List(ctx)
	if err != nil {
		return err
	}
	dates := make(map[string]*article.Date, len(list))
	for _, s := range list {
		dates[s.File] = s.Date
	}
	var files []string
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	err = ix.WriteList(ctx, w, func(file string) bool {
		ok := keep(file) && o.keeps(dates[file])
		if ok {
			files = append(files, file)
		}
		return ok
	})
	if err != nil {
		return err
	}
	w.Flush()
	lines := bytes.SplitAfter(buf.Bytes(), []byte("\n"))
	if len(lines) > 0 && len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	if len(lines) != len(files) {
		return fmt.Errorf("the list changed while it was read (%d lines, %d files)", len(lines), len(files))
	}
	idx := make([]int, len(lines))
	for i := range idx {
		idx[i] = i
	}
	if o.byDate {
		sort.SliceStable(idx, func(i, j int) bool { return newer(dates[files[idx[i]]], dates[files[idx[j]]]) })
	}
	for _, i := range idx {
		if _, err := out.Write(lines[i]); err != nil {
			return err
		}
	}
	return nil
}

// dateColumn is the date in the plain listing: "-" when none, "~" before a
// date read from the file's time.
func dateColumn(d *article.Date) sanitize.Safe {
	switch {
	case d == nil:
		return sanitize.Lit("-")
	case d.From == article.FromFile:
		return sanitize.SafeLine("~" + d.Value)
	}
	return sanitize.SafeLine(d.Value)
}
