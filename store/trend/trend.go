// Package trend counts articles per day, week or month: the numbers behind
// kiosk timeline and the sparklines of the actors view.
package trend

import (
	"fmt"
	"sort"
	"time"

	"github.com/kioskreader/kiosk/store/article"
)

// Period is the length of one count.
type Period string

const (
	Day   Period = "day"
	Week  Period = "week" // Monday to Sunday, named by its Monday
	Month Period = "month"
)

// ParsePeriod reads --by.
func ParsePeriod(s string) (Period, error) {
	switch p := Period(s); p {
	case Day, Week, Month:
		return p, nil
	}
	return "", fmt.Errorf("a period is day, week or month, not %q", s)
}

// Point is the count of one period. From is how many of them are dated
// only by their file's time (see article.Date).
type Point struct {
	Period   string `json:"period"` // 2025-03-16, the Monday 2025-03-10, or 2025-03
	Articles int    `json:"articles"`
	FromFile int    `json:"from_file"`
}

// Counter counts dated articles per period.
type Counter struct {
	by      Period
	counts  map[string]*Point
	Coarser int // articles whose date is coarser than the period (a month for days), not counted
	Undated int
}

// NewCounter counts per period by.
func NewCounter(by Period) *Counter {
	return &Counter{by: by, counts: map[string]*Point{}}
}

// Add counts one article dated d.
func (c *Counter) Add(d *article.Date) {
	if d == nil {
		c.Undated++
		return
	}
	key, ok := Key(d.Value, c.by)
	if !ok {
		c.Coarser++
		return
	}
	p := c.counts[key]
	if p == nil {
		p = &Point{Period: key}
		c.counts[key] = p
	}
	p.Articles++
	if d.From == article.FromFile {
		p.FromFile++
	}
}

// Key is the period of a date value (2025-03-16, 2025-03 or 2025); ok is
// false when the date does not say which period it is in.
func Key(value string, by Period) (string, bool) {
	switch {
	case by == Month && len(value) >= 7:
		return value[:7], true
	case len(value) != 10:
		return "", false
	case by == Day:
		return value, true
	}
	t, err := time.Parse(time.DateOnly, value)
	if err != nil {
		return "", false
	}
	back := (int(t.Weekday()) + 6) % 7 // days since Monday
	return t.AddDate(0, 0, -back).Format(time.DateOnly), true
}

// Points is every period from the first counted to the last, empty ones
// included, so that a script can plot them as they come.
func (c *Counter) Points() []Point {
	return c.Between("", "")
}

// Between is Points from the period of from to the period of to (values
// as Key reads them; "" for the first and last counted), so that several
// series can share one axis.
func (c *Counter) Between(from, to string) []Point {
	keys := make([]string, 0, len(c.counts))
	for k := range c.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if from == "" && len(keys) > 0 {
		from = keys[0]
	}
	if to == "" && len(keys) > 0 {
		to = keys[len(keys)-1]
	}
	first, ok1 := Key(from, c.by)
	last, ok2 := Key(to, c.by)
	if !ok1 || !ok2 || first > last {
		return nil
	}
	var out []Point
	for k := first; k <= last; k = next(k, c.by) {
		if p := c.counts[k]; p != nil {
			out = append(out, *p)
		} else {
			out = append(out, Point{Period: k})
		}
	}
	return out
}

// next is the period after k.
func next(k string, by Period) string {
	if by == Month {
		t, _ := time.Parse("2006-01", k)
		return t.AddDate(0, 1, 0).Format("2006-01")
	}
	t, _ := time.Parse(time.DateOnly, k)
	if by == Week {
		return t.AddDate(0, 0, 7).Format(time.DateOnly)
	}
	return t.AddDate(0, 0, 1).Format(time.DateOnly)
}

// Counts is the articles of each point, for a chart.
func Counts(points []Point) []int {
	out := make([]int, len(points))
	for i, p := range points {
		out[i] = p.Articles
	}
	return out
}
