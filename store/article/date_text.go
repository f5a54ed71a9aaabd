package article

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// candidate is one date the text states.
type candidate struct {
	ymd           // y is 0 when the text gives no year
	weekday  int  // time.Weekday named beside it, -1 when none
	dateline bool // it fills most of a short line: a dateline or byline
	today    bool // the text says it is today ("aujourd'hui, 16 mars")
	lead     bool // in the title or the first paragraphs
}

// Where dates are looked for: the title and the lead (the first
// leadParagraphs), which say when; and short lines anywhere (datelines,
// bylines), up to maxLines of them.
const (
	leadParagraphs = 2
	shortLine      = 80 // runes
	datelineLine   = 60 // runes: a line this short that is mostly a date is a dateline
	maxLines       = 40
)

// textCandidates lists the dates stated in the title, the lead and the short
// lines of an article, in reading order.
func textCandidates(lang, title string, paragraphs []string) []candidate {
	var out []candidate
	look := func(line string, lead bool) {
		for _, c := range lineDates(lang, line) {
			c.lead = lead
			out = append(out, c)
		}
	}
	if title != "" {
		look(title, true)
	}
	for i, p := range paragraphs {
		if i >= maxLines {
			break
		}
		if i < leadParagraphs || atMostRunes(p, shortLine) {
			look(p, i < leadParagraphs)
		}
	}
	return out
}

// match is one date found in a line, with where it is.
type match struct {
	start, end int
	ymd
}

// lineDates finds the dates of one line, in order.
func lineDates(lang, line string) []candidate {
	var ms []match
	for _, f := range finders {
		for _, idx := range f.re.FindAllStringSubmatchIndex(line, -1) {
			if t, ok := f.read(lang, line, idx); ok {
				ms = append(ms, match{idx[0], idx[1], t})
			}
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	var out []candidate
	last := -1
	for _, m := range ms {
		if m.start < last || lunar(line[m.end:]) {
			continue // overlaps an earlier match, or a lunar calendar date
		}
		last = m.end
		before := line[max(0, m.start-30):m.start]
		out = append(out, candidate{
			ymd:      m.ymd,
			weekday:  weekdayIn(before),
			dateline: atMostRunes(line, datelineLine) && utf8.RuneCountInString(line) < 3*utf8.RuneCountInString(line[m.start:m.end])+8,
			today:    todayIn(before),
		})
	}
	return out
}

// A finder is one way of writing a date, read from a regexp's groups.
type finder struct {
	re   *regexp.Regexp
	read func(lang, line string, idx []int) (ymd, bool)
}

// group is submatch n of idx in line as a number, 0 when absent.
func group(line string, idx []int, n int) int {
	if idx[2*n] < 0 {
		return 0
	}
	v, _ := strconv.Atoi(line[idx[2*n]:idx[2*n+1]])
	return v
}

func groupText(line string, idx []int, n int) string {
	if idx[2*n] < 0 {
		return ""
	}
	return line[idx[2*n]:idx[2*n+1]]
}

// Edges keep a number from being read out of a longer one, or a month out
// of a longer word (\b is ASCII only in Go).
const (
	pre  = `(?:^|[^\pL\pN.,/-])`
	post = `(?:$|[^\pL\pN])`
	// a day range: "du 5 au 7 décembre" is the 5th
	rangeWords = `(?:au|à|a|to|and|et|bis|al|до|по|і|и|hingga|sampai|-|–)`
)

var monthAlt = alternation(monthNames)

var finders = []finder{
	// 16 mars 2025, 1er septembre, 16. März, 16 de marzo de 2025, 14 марта,
	// du 5 au 7 décembre
	{regexp.MustCompile(`(?i)` + pre + `(?:(\d{1,2})(?:er|ᵉʳ|\.)?\s*` + rangeWords + `\s*)?(\d{1,2})(?:er|ᵉʳ|\.|º|°)?\s+(?:de\s+|di\s+)?(` + monthAlt + `)\.?(?:,?\s+(?:de\s+|del\s+|року\s+)?(\d{4}))?` + post),
		func(lang, line string, idx []int) (ymd, bool) {
			d, first := group(line, idx, 2), group(line, idx, 1)
			m := monthNames[strings.ToLower(groupText(line, idx, 3))]
			t := ymd{group(line, idx, 4), m, d}
			if first != 0 && first < d {
				t.d = first
			}
			return t, m != 0
		}},
	// March 16, 2025; May 8
	{regexp.MustCompile(`(?i)` + pre + `(` + monthAlt + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?:$|[^\pL\pN:])`),
		func(lang, line string, idx []int) (ymd, bool) {
			m := monthNames[strings.ToLower(groupText(line, idx, 1))]
			return ymd{group(line, idx, 3), m, group(line, idx, 2)}, m != 0
		}},
	// ngày 16 tháng 3 năm 2025
	{regexp.MustCompile(`(?i)` + pre + `(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?` + post),
		func(lang, line string, idx []int) (ymd, bool) {
			return ymd{group(line, idx, 3), group(line, idx, 2), group(line, idx, 1)}, true
		}},
	// 25/01/2024, 16.03.2025, 2025-03-16
	{regexp.MustCompile(pre + `(\d{1,2})([./-])(\d{1,2})([./-])(\d{4})` + `(?:$|[^\pN/.-]|[.-][^\pN])`),
		func(lang, line string, idx []int) (ymd, bool) {
			if groupText(line, idx, 2) != groupText(line, idx, 4) {
				return ymd{}, false
			}
			return dayMonth(lang, group(line, idx, 1), group(line, idx, 3), group(line, idx, 5)), true
		}},
	{regexp.MustCompile(pre + `(\d{4})-(\d{2})-(\d{2})` + `(?:$|[^\pN])`),
		func(lang, line string, idx []int) (ymd, bool) {
			return ymd{group(line, idx, 1), group(line, idx, 2), group(line, idx, 3)}, true
		}},
	// Vietnamese writes the day and month alone after a time of day: sáng 5/9
	{regexp.MustCompile(`(?i)(?:^|\s)(?:ngày|sáng|trưa|chiều|tối|đêm|rạng sáng|hôm nay|hôm qua)\s+(\d{1,2})/(\d{1,2})(?:/(\d{4}))?` + `(?:$|[^\pN/])`),
		func(lang, line string, idx []int) (ymd, bool) {
			return ymd{group(line, idx, 3), group(line, idx, 2), group(line, idx, 1)}, true
		}},
}

// dayMonth reads a numeric a/b/year: day first, as every language of the
// aggregator writes it, but for English when only month first makes sense.
func dayMonth(lang string, a, b, y int) ymd {
	if lang == "en" && a <= 12 && b > 12 {
		return ymd{y, a, b}
	}
	return ymd{y, b, a}
}

// lunar tells a date of the lunar calendar from what follows it.
func lunar(after string) bool {
	after = strings.ToLower(after[:min(len(after), 40)])
	for _, w := range []string{"lunaire", "lunar", "âm lịch", "лунн", "місячн"} {
		if strings.Contains(after, w) {
			return true
		}
	}
	return false
}

// todayIn tells whether the words before a date say it is today.
func todayIn(before string) bool {
	before = strings.ToLower(before)
	for _, w := range []string{"aujourd'hui", "aujourd’hui", "today", "heute", "hoy", "oggi", "hoje", "сегодня", "сьогодні", "hôm nay", "hari ini"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// weekdayIn is the weekday named last in the words before a date, -1 if none.
func weekdayIn(before string) int {
	before = strings.ToLower(before)
	best, at := -1, -1
	for name, wd := range weekdays {
		if i := strings.LastIndex(before, name); i > at {
			best, at = wd, i
		}
	}
	return best
}

// alternation is a regexp alternative of the keys, longest first so that a
// name is not cut short by one it begins with.
func alternation(names map[string]int) string {
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, regexp.QuoteMeta(k))
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	return strings.Join(keys, "|")
}
