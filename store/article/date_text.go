package article

import (
	"strings"
	"unicode/utf8"
)

// candidate is one date the text states.
type candidate struct {
	ymd           // y is 0 when the text gives no year
	weekday  int  // time.Weekday named beside it, -1 when none
	dateline bool // a byline, a short line mostly a date, "Publié le …", "PLACE, DATE –"
	today    bool // the text says it is today ("aujourd'hui, 16 mars")
	opens    bool // it opens its line (date_place.go)
	closes   bool // it closes the line's first sentence, after its weekday
	next     bool // the text says it is still to come ("el próximo 18 de mayo")
	lead     bool // in the first paragraphs
}

// Where dates are looked for: the lead (the first leadParagraphs), which
// says when; and the title and short lines anywhere (datelines, bylines),
// up to maxDateLines of them.
const (
	leadParagraphs = 2
	shortLine      = 80 // runes
	datelineLine   = 60 // runes: a line this short that is mostly a date is a dateline
	maxDateLines   = 40
)

// textCandidates lists the dates stated in the title, the lead and the short
// lines of an article, in reading order.
func textCandidates(lang, title string, bylines, paragraphs []string) []candidate {
	var out []candidate
	look := func(line string, lead bool) {
		for _, c := range lineDates(lang, line) {
			c.lead = lead
			out = append(out, c)
		}
	}
	for _, b := range bylines[:min(len(bylines), maxDateLines)] {
		for _, c := range lineDates(lang, b) {
			c.dateline = true // a byline is a dateline, however long its name
			out = append(out, c)
		}
	}
	if title != "" {
		look(title, false) // a title's date is an event's, but for a dateline
	}
	for i, p := range paragraphs {
		if i >= maxDateLines {
			break
		}
		if i < leadParagraphs || atMostRunes(p, shortLine) {
			look(p, i < leadParagraphs)
		}
	}
	return out
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
		if containsWord(before, w) {
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

// containsWord tells whether w stands in s as a word of its own: "oggi",
// not the "oggi" of "soggiorno".
func containsWord(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		from = i + len(w)
	}
}
