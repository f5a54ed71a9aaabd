package ui

import (
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// showDate writes an article's date ("" for none) with the layout (config date_format,
// a Go time layout) when it names a day; a month or a year alone is shown
// as it is (2025-03, 2025), since a layout would invent its day.
//
// A date kiosk only has from the file's time (when it was scraped, not
// what the article states) is marked with ~ before it.
func showDate(d article.Date, layout string) Safe {
	out := sanitize.SafeLine(d.Value)
	if t, err := time.Parse(time.DateOnly, d.Value); err == nil && len(d.Value) == len(time.DateOnly) {
		out = sanitize.SafeLine(t.Format(layout)) // the layout is the user's: any text
	}
	if d.From == article.FromFile && !out.IsEmpty() {
		return sanitize.Concat(sanitize.Lit("~"), out)
	}
	return out
}

// dateColumnWidth is the widest a day takes in the layout (a long month
// and weekday) with its ~ mark, within 8 and 16 cells: ~2025-03 must fit.
func dateColumnWidth(layout string) int {
	w := 0
	for _, m := range []time.Month{time.September, time.May} {
		t := time.Date(2025, m, 24, 0, 0, 0, 0, time.UTC)
		w = max(w, 1+ansi.StringWidth(sanitize.Line(t.Format(layout))))
	}
	return clamp(w, 8, 16)
}
