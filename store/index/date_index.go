package index

import (
	"fmt"
	"time"

	"github.com/kioskreader/kiosk/store/article"
)

// dateCols is an article's date as the docs table holds it: the value and
// where it was read, and the first and last day it may be, which date:
// and sorting compare ("" for all four when the article has none).
type dateCols struct{ value, from, lo, hi string }

func datesOf(d *article.Date) dateCols {
	if d == nil {
		return dateCols{}
	}
	lo, hi, ok := span(d.Value)
	if !ok {
		return dateCols{}
	}
	return dateCols{d.Value, d.From, lo, hi}
}

// dateOf is the article date back from its columns.
func dateOf(value, from string) *article.Date {
	if value == "" {
		return nil
	}
	p := "day"
	switch len(value) {
	case 4:
		p = "year"
	case 7:
		p = "month"
	}
	return &article.Date{Value: value, Precision: p, From: from}
}

// span is the first and last day of 2025, 2025-03 or 2025-03-16, as
// YYYY-MM-DD, which sort as they read.
func span(v string) (lo, hi string, ok bool) {
	var layout string
	switch len(v) {
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	case 10:
		layout = "2006-01-02"
	default:
		return "", "", false
	}
	t, err := time.Parse(layout, v)
	if err != nil || t.Format(layout) != v {
		return "", "", false
	}
	end := t
	switch len(v) {
	case 4:
		end = t.AddDate(1, 0, -1)
	case 7:
		end = t.AddDate(0, 1, -1)
	}
	return t.Format(time.DateOnly), end.Format(time.DateOnly), true
}

// dayBefore and dayAfter step a YYYY-MM-DD by one day.
func dayBefore(d string) string { return addDays(d, -1) }
func dayAfter(d string) string  { return addDays(d, 1) }

func addDays(d string, n int) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		panic(fmt.Sprintf("index: not a day: %q", d)) // only ever called on span's output
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}
