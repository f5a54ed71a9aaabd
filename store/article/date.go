package article

import (
	"fmt"
	"strings"
	"time"
)

// Date is when an article was published, as far as its file tells: from its
// source URL, from a date its text states, or, marked as such, from the time
// the file was written (the scrape).
type Date struct {
	Value     string `json:"value"`     // 2025-03-16, 2025-03 or 2025
	Precision string `json:"precision"` // day, month or year
	From      string `json:"from"`      // url, text or file
}

// Where a date was read.
const (
	FromURL  = "url"
	FromText = "text"
	FromFile = "file"
)

// DateInput is what FindDate reads: the parsed article and the time its
// file was written, zero when unknown.
type DateInput struct {
	URL     string
	Lang    string
	Title   string   // a real title line only
	Bylines []string // an outlet's name with a date, read before the body
	Lines   []string // the body in reading order, paragraphs and captions
	Scraped time.Time
	Now     time.Time // the clock Scraped is checked against; zero: time.Now()
}

// ymd is a calendar date; d is 0 for a month, m too for a year.
type ymd struct{ y, m, d int }

func (t ymd) date(from string) *Date {
	switch {
	case t.m == 0:
		return &Date{fmt.Sprintf("%04d", t.y), "year", from}
	case t.d == 0:
		return &Date{fmt.Sprintf("%04d-%02d", t.y, t.m), "month", from}
	}
	return &Date{fmt.Sprintf("%04d-%02d-%02d", t.y, t.m, t.d), "day", from}
}

// valid is a real calendar date in the years news is written about.
func (t ymd) valid() bool {
	if t.y < 1990 || t.y > 2099 || t.m < 1 || t.m > 12 {
		return false
	}
	return t.d == 0 || t.d >= 1 && t.d <= daysIn(t.y, t.m)
}

// validDay is a valid day that states its day: a 00 where a pattern
// wants a day is no month.
func (t ymd) validDay() bool { return t.d != 0 && t.valid() }

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

func (t ymd) time() time.Time {
	return time.Date(t.y, time.Month(t.m), max(t.d, 1), 0, 0, 0, 0, time.UTC)
}

// FindDate is the article's date, or nil when neither its URL nor its text
// states one and the scrape time is unknown. In order: a day in the source
// URL; a date the text states as the article's (a dateline, a date said to
// be today, a year-less date opening the lead: see choose), a year-less
// one taking its year from the URL, a
// dated link in the text, the weekday beside it or the scrape time, and
// never later than the scrape; a month in the URL (made a day when the text
// names a day of that month); last the scrape day, marked "file".
func FindDate(in DateInput) *Date {
	fromURL, urlOK := urlDate(in.URL)
	r := resolver{scraped: day(plausible(in.Scraped, in.Now))}
	if urlOK && r.future(fromURL, in.Now) {
		urlOK = false
	}
	if urlOK && fromURL.d != 0 {
		return fromURL.date(FromURL)
	}
	if urlOK {
		r.hint = fromURL
	} else {
		r.hint = linkHint(in.Lines)
	}
	cands := textCandidates(in.Lang, in.Title, in.Bylines, in.Lines)
	r.stated = fullDates(cands)
	if t, ok := r.choose(cands, fromURL, urlOK); ok {
		return t.date(FromText)
	}
	if urlOK {
		return fromURL.date(FromURL)
	}
	if !in.Scraped.IsZero() {
		return day(in.Scraped).date(FromFile)
	}
	return nil
}

// plausible is the scrape time when a clock could have written it, else
// zero: a file copied out of an archive with a modification time of 0
// (1970) made every date its text states "after the scrape", and one
// stamped 2099 gave "Le 16 mars" the year 2099 (attack round 7). The
// article is still dated by the file, marked so, when nothing else does.
func plausible(scraped, now time.Time) time.Time {
	if now.IsZero() {
		now = time.Now()
	}
	if scraped.Year() < 1990 || scraped.After(now.Add(48*time.Hour)) {
		return time.Time{}
	}
	return scraped
}

// day is t's calendar day where it was taken (its own zone), zero for zero.
func day(t time.Time) ymd {
	if t.IsZero() {
		return ymd{}
	}
	return ymd{t.Year(), int(t.Month()), t.Day()}
}

// linkHint is the date of the first dated link in the text ("Original
// link: …"), which dates a republished article; used only to give a
// year-less date its year.
func linkHint(paragraphs []string) ymd {
	for _, p := range paragraphs {
		i := strings.Index(p, "http")
		if i < 0 || len(p) > 300 {
			continue
		}
		end := strings.IndexAny(p[i:], " \t")
		if end < 0 {
			end = len(p) - i
		}
		if t, ok := urlDate(p[i : i+end]); ok && t.d != 0 {
			return t
		}
	}
	return ymd{}
}

// resolver picks the article's date among the text's candidates.
type resolver struct {
	scraped ymd   // zero: unknown
	hint    ymd   // a date known from a URL, zero when none
	stated  []ymd // the dates with a year the text states
}

// fullDates are the candidates that state their year.
func fullDates(cands []candidate) []ymd {
	var out []ymd
	for _, c := range cands {
		if c.y != 0 && c.m != 0 {
			out = append(out, c.ymd)
		}
	}
	return out
}

// statedYear is the year of t (a day and month) that a date the text
// states in full gives, when one falls in t's month or the month beside
// it: "sáng 6/4" under a title stamped "07/04/2022" is in 2022, however
// long after it the file was scraped. A full date months away (a date
// looked back on) says nothing of t's year.
func (r resolver) statedYear(t ymd) (int, bool) {
	for _, s := range r.stated {
		switch {
		case s.m == t.m, s.m == t.m+1, s.m == t.m-1:
			return s.y, true
		case s.m == 1 && t.m == 12:
			return s.y - 1, true
		case s.m == 12 && t.m == 1:
			return s.y + 1, true
		}
	}
	return 0, false
}

// choose takes a dateline with its year first, then a date said to be
// today, then a year-less dateline or a year-less date opening the lead
// ("Le 16 novembre, M. …": the news of the day leaves its year out, while a
// full date opening a paragraph is mostly looked back on); with a month from
// the URL, only a day in that month, which may then stand anywhere in the
// lead since the URL confirms it. A date said to be still to come, or past
// ("le 15 avril dernier"), is none.
func (r resolver) choose(cands []candidate, month ymd, inMonth bool) (ymd, bool) {
	for _, want := range []func(candidate) bool{
		func(c candidate) bool { return c.dateline && c.y != 0 },
		func(c candidate) bool { return c.today },
		func(c candidate) bool { return c.dateline || c.lead && (c.opens && c.y == 0 || c.closes) },
		func(c candidate) bool { return inMonth && c.lead },
	} {
		for _, c := range cands {
			if !want(c) || c.next {
				continue
			}
			t, ok := r.resolve(c)
			if ok && (!inMonth || t.y == month.y && t.m == month.m) {
				return t, true
			}
		}
	}
	return ymd{}, false
}

// future tells a date after the scrape, or after tomorrow when the scrape
// time is unknown: a URL's /2038/01/19/ dated an article scraped in 2026
// twelve years ahead (attack round 8), where a text's date after the scrape
// was already none. A day of slack: the scrape's zone is not the URL's.
func (r resolver) future(t ymd, now time.Time) bool {
	limit := r.scraped
	if limit.y == 0 {
		if now.IsZero() {
			now = time.Now()
		}
		limit = day(now)
	}
	return t.time().After(limit.time().AddDate(0, 0, 1))
}

// resolve gives a candidate its year when it has none and checks that it
// is not after the scrape.
func (r resolver) resolve(c candidate) (ymd, bool) {
	t := c.ymd
	if t.y == 0 {
		var ok bool
		if t, ok = r.year(c); !ok {
			return t, false
		}
	}
	if !t.valid() || r.scraped.y != 0 && t.time().After(r.scraped.time()) {
		return t, false
	}
	return t, true
}

// year finds the year of a year-less date: the hint's (or the one before,
// if that would put the date after the hint), else that of a full date the
// text states beside it (statedYear), else the latest year not after the
// scrape whose calendar has the stated weekday, else the latest year that
// keeps the date before the scrape.
func (r resolver) year(c candidate) (ymd, bool) {
	t := c.ymd
	if r.hint.y != 0 {
		t.y = r.hint.y
		if r.hint.m != 0 && (t.m > r.hint.m || t.m == r.hint.m && r.hint.d != 0 && t.d > r.hint.d+1) {
			t.y--
		}
		return t, true
	}
	if y, ok := r.statedYear(t); ok {
		t.y = y
		return t, true
	}
	if r.scraped.y == 0 {
		return t, false
	}
	for y := r.scraped.y; y > r.scraped.y-12; y-- {
		t.y = y
		if !t.valid() || t.time().After(r.scraped.time()) {
			continue
		}
		if c.weekday < 0 || int(t.time().Weekday()) == c.weekday {
			return t, true
		}
	}
	return t, false
}
