package people

import (
	"time"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/trend"
)

// A timeline counts the articles naming an actor per day, week or month.
// trend.Counter does it from date strings, for kiosk timeline; Series does
// it from day numbers kept per article, fast enough to draw a sparkline
// beside every actor on screen at each key, and the tests hold the two
// equal.

// dayOf is the day and the month of a date as numbers, noDay for what the
// date does not say.
func dayOf(d *article.Date) (day, month int32) {
	day, month = noDay, noDay
	if d == nil {
		return
	}
	if _, ok := trend.Key(d.Value, trend.Month); ok {
		if t, err := time.Parse("2006-01", d.Value[:7]); err == nil {
			month = int32(t.Year()*12 + int(t.Month()) - 1)
		}
	}
	if _, ok := trend.Key(d.Value, trend.Day); ok {
		if t, err := time.Parse(time.DateOnly, d.Value); err == nil {
			day = int32(t.Unix() / 86400)
		}
	}
	return
}

// span widens the folder's axes to an item's date.
func (f *Folder) span(e item) {
	if e.day != noDay {
		if !f.days {
			f.firstDay, f.lastDay, f.days = e.day, e.day, true
		}
		f.firstDay, f.lastDay = min(f.firstDay, e.day), max(f.lastDay, e.day)
	}
	if e.month != noDay {
		if !f.months {
			f.firstMon, f.lastMon, f.months = e.month, e.month, true
		}
		f.firstMon, f.lastMon = min(f.firstMon, e.month), max(f.lastMon, e.month)
	}
}

// Axis is the periods of a folder from its first dated article to its
// last: bucket i is the period First+i (a day, a week or a month number).
type Axis struct {
	By    trend.Period
	First int
	N     int
}

// week is the number of the Monday-to-Sunday week of a day: 1970-01-01 was
// a Thursday, so day -3 was a Monday.
func week(day int32) int { return floorDiv(int(day)+3, 7) }

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Axis is the folder's periods of length by; N is 0 when no article is
// dated that precisely.
func (f *Folder) Axis(by trend.Period) Axis {
	switch {
	case by == trend.Month && f.months:
		return Axis{by, int(f.firstMon), int(f.lastMon-f.firstMon) + 1}
	case by == trend.Week && f.days:
		return Axis{by, week(f.firstDay), week(f.lastDay) - week(f.firstDay) + 1}
	case by == trend.Day && f.days:
		return Axis{by, int(f.firstDay), int(f.lastDay-f.firstDay) + 1}
	}
	return Axis{By: by}
}

// bucket is the period number of an item on axis a; ok false when its date
// is not that precise.
func (a Axis) bucket(e item) (int, bool) {
	switch a.By {
	case trend.Month:
		return int(e.month), e.month != noDay
	case trend.Week:
		return week(e.day), e.day != noDay
	}
	return int(e.day), e.day != noDay
}

// Label names bucket i as trend.Key does: 2025-03-16, the week's Monday, or
// 2025-03.
func (a Axis) Label(i int) string {
	n := a.First + i
	switch a.By {
	case trend.Month:
		return time.Date(n/12, time.Month(n%12+1), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	case trend.Week:
		n = n*7 - 3
	}
	return time.Unix(int64(n)*86400, 0).UTC().Format(time.DateOnly)
}

// Series counts the articles naming the actor of rank r in each period of
// the axis.
func (f *Folder) Series(r int, a Axis) []int {
	out := make([]int, a.N)
	for _, i := range f.byRank[r] {
		if b, ok := a.bucket(f.items[i]); ok && b-a.First >= 0 && b-a.First < a.N {
			out[b-a.First]++
		}
	}
	return out
}

// Counter counts the articles naming any of ranks per period by, as kiosk
// timeline prints them (every period from the actor's first to its last,
// articles dated only by their file marked).
func (f *Folder) Counter(by trend.Period, ranks ...int) *trend.Counter {
	c := trend.NewCounter(by)
	for _, i := range f.union(ranks) {
		c.Add(f.items[i].date)
	}
	return c
}

// Dates is how many articles the folder has dated to the day, and in all.
func (f *Folder) Dates() (days, all int) {
	for _, e := range f.items {
		if e.dead {
			continue
		}
		if e.day != noDay {
			days++
		}
		if e.date != nil {
			all++
		}
	}
	return
}
