package article

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLineDates is how many dates of one line are weighed. Placing a date
// reads its line around it, so a lead paragraph of nothing but dates cost
// its length squared: 250 KB of "Le 1 mars 2025, " took five minutes
// (attack round 7). No lead states more than a few; a table of dates is
// none of the article's own.
const maxLineDates = 16

// lineDates finds the dates of one line, in order, the first maxLineDates
// of them. It reads tokens rather than running regexps: one regexp of
// every month name in ten languages took milliseconds an article.
func lineDates(lang, line string) []candidate {
	if strings.IndexFunc(line, isDigit) < 0 {
		return nil
	}
	toks := tokenize(line)
	var out []candidate
	for i := 0; i < len(toks) && len(out) < maxLineDates; i++ {
		t, end, ok := dateAt(lang, toks, i)
		if !ok {
			continue
		}
		start, stop := toks[i].start, toks[end-1].end
		if t.d > 0 && !lunar(line[stop:]) { // "le 0 mars" states no day
			out = append(out, placed(t, line, start, stop))
		}
		i = end - 1
	}
	return out
}

// dateAt reads a date starting at token i: the date and the token after it.
func dateAt(lang string, toks tokens, i int) (ymd, int, bool) {
	for _, read := range []func(string, tokens, int) (ymd, int, bool){numericDate, dayMonthName, monthNameDay, vietnameseDate} {
		if t, end, ok := read(lang, toks, i); ok {
			return t, end, true
		}
	}
	return ymd{}, 0, false
}

// numericDate reads 25/01/2024, 16.03.2025, 16-03-2025 and 2025-03-16, and
// after a Vietnamese time of day a day and month alone: sáng 5/9.
func numericDate(lang string, toks tokens, i int) (ymd, int, bool) {
	if toks.gluedBefore(i) {
		return ymd{}, 0, false
	}
	sep := toks.at(i + 1).text
	if toks.num(i, 1, 2) && sep == "/" && toks.num(i+2, 1, 2) && toks.adjacent(i, i+2) && !toks.gluedAfter(i+2) &&
		viTimeOfDay(toks.at(i-1)) {
		return ymd{0, toks.val(i + 2), toks.val(i)}, i + 3, true
	}
	if t, end, ok := bracketDayMonth(toks, i); ok {
		return t, end, true
	}
	if t, end, ok := dayRange(lang, toks, i); ok {
		return t, end, true
	}
	if sep == "" || !strings.Contains("/.-", sep) || toks.at(i+3).text != sep || !toks.adjacent(i, i+4) || toks.gluedAfter(i+4) {
		return ymd{}, 0, false
	}
	if toks.num(i, 4, 4) && sep == "-" && toks.num(i+2, 2, 2) && toks.num(i+4, 2, 2) {
		return ymd{toks.yearVal(i), toks.val(i + 2), toks.val(i + 4)}, i + 5, true
	}
	if toks.num(i, 1, 2) && toks.num(i+2, 1, 2) && toks.num(i+4, 4, 4) {
		return dayMonth(lang, toks.val(i), toks.val(i+2), toks.yearVal(i+4)), i + 5, true
	}
	return ymd{}, 0, false
}

// dayRange reads the first day of a numeric range of days: 20-21/3/2022,
// 20-21.3.2022 ("from the 20th to the 21st", as the dayMonthName's "du 5 au
// 7 décembre"). Before, its "21/3/2022" was glued to the dash and read as
// no date, and the year-less "21/3" of the next line took the scrape's year.
func dayRange(lang string, toks tokens, i int) (ymd, int, bool) {
	sep := toks.at(i + 3).text
	if !toks.num(i, 1, 2) || toks.at(i+1).text != "-" || !toks.num(i+2, 1, 2) || sep != "/" && sep != "." ||
		!toks.num(i+4, 1, 2) || toks.at(i+5).text != sep || !toks.num(i+6, 4, 4) || !toks.adjacent(i, i+6) || toks.gluedAfter(i+6) {
		return ymd{}, 0, false
	}
	if toks.val(i) >= toks.val(i+2) {
		return ymd{}, 0, false // no range: a score, an id
	}
	return dayMonth(lang, toks.val(i), toks.val(i+4), toks.yearVal(i+6)), i + 7, true
}

// bracketDayMonth reads the Indonesian day and month, and perhaps year, in
// brackets after the weekday: "Jakarta, Kamis (8/1)", "Rabu (8/3/2017)".
func bracketDayMonth(toks tokens, i int) (ymd, int, bool) {
	if !idWeekdays[strings.ToLower(toks.at(i-2).text)] || toks.at(i-1).text != "(" || toks.at(i+1).text != "/" ||
		!toks.num(i, 1, 2) || !toks.num(i+2, 1, 2) {
		return ymd{}, 0, false
	}
	t, end := ymd{0, toks.val(i + 2), toks.val(i)}, i+3
	if toks.at(end).text == "/" && toks.num(end+1, 4, 4) {
		t.y, end = toks.yearVal(end+1), end+2
	}
	if toks.at(end).text != ")" || !toks.adjacent(i-1, end) {
		return ymd{}, 0, false
	}
	return t, end, true
}

var idWeekdays = map[string]bool{"senin": true, "selasa": true, "rabu": true, "kamis": true, "jumat": true, "sabtu": true, "minggu": true}

// dayMonthName reads 16 mars 2025, 1er septembre, 16. März, 16 de marzo de
// 2025, 14 марта, and the first day of a range: du 5 au 7 décembre.
func dayMonthName(lang string, toks tokens, i int) (ymd, int, bool) {
	if !toks.num(i, 1, 2) || toks.gluedBefore(i) {
		return ymd{}, 0, false
	}
	day := toks.val(i)
	j := toks.skipOrdinal(i + 1)
	if isRangeWord(toks.at(j)) && toks.num(j+1, 1, 2) && toks.val(j+1) > day {
		if m, end := toks.month(toks.skipOrdinal(j + 2)); m != 0 {
			return toks.year(ymd{0, m, day}, end)
		}
	}
	if w := toks.at(j).text; w == "de" || w == "di" {
		j++
	}
	m, end := toks.month(j)
	if m == 0 {
		return ymd{}, 0, false
	}
	return toks.year(ymd{0, m, day}, end)
}

// monthNameDay reads March 16, 2025 and May 8 (not May 8:30).
func monthNameDay(lang string, toks tokens, i int) (ymd, int, bool) {
	m, j := toks.month(i)
	if m == 0 || !toks.num(j, 1, 2) || toks.gluedAfter(j) {
		return ymd{}, 0, false
	}
	return toks.year(ymd{0, m, toks.val(j)}, toks.skipOrdinal(j+1))
}

// vietnameseDate reads 16 tháng 3 năm 2025, 16 tháng 3, and the month
// named: 16 tháng Ba năm 2025, 1 tháng Mười Một.
func vietnameseDate(lang string, toks tokens, i int) (ymd, int, bool) {
	if !toks.num(i, 1, 2) || toks.gluedBefore(i) || strings.ToLower(toks.at(i+1).text) != "tháng" {
		return ymd{}, 0, false
	}
	m, end := vietMonth(toks, i+2)
	if m == 0 {
		return ymd{}, 0, false
	}
	t := ymd{0, m, toks.val(i)}
	j := end
	if w := toks.at(j).text; strings.ToLower(w) == "năm" || w == "," {
		j++
	}
	if toks.num(j, 4, 4) && !toks.gluedAfter(j) {
		t.y, end = toks.yearVal(j), j+1
	}
	return t, end, true
}

// vietMonth reads the month after "tháng" at token i, a number or a name,
// and where the date goes on; 0 when there is none. "Năm" is May here and
// "year" after it (tháng Năm năm 2025).
func vietMonth(toks tokens, i int) (m, next int) {
	if toks.num(i, 1, 2) {
		return toks.val(i), i + 1
	}
	if toks.at(i).kind != word {
		return 0, i
	}
	w := strings.ToLower(toks.at(i).text)
	if w == "mười" {
		switch strings.ToLower(toks.at(i + 1).text) {
		case "một":
			return 11, i + 2
		case "hai":
			return 12, i + 2
		}
	}
	return vietMonths[w], i + 1
}

// vietMonths are the Vietnamese month names, lower case. Giêng and Chạp,
// the first and last months, name those of the lunar calendar (Tết falls
// on 1 tháng Giêng): they are no date of the calendar an article keeps.
var vietMonths = map[string]int{"hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
	"tám": 8, "chín": 9, "mười": 10}

// token is a word, a number or one other character of a line.
type token struct {
	kind       tokenKind
	text       string
	start, end int // bytes in the line
}

type tokenKind int

const (
	none tokenKind = iota
	word
	number
	punct
)

type tokens []token

func tokenize(line string) tokens {
	var out tokens
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		start := i
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case isDigit(r):
			for i < len(line) && isDigit(rune(line[i])) {
				i++
			}
			out = append(out, token{number, line[start:i], start, i})
		case isWordRune(r):
			for i < len(line) {
				r, n := utf8.DecodeRuneInString(line[i:])
				if !isWordRune(r) {
					break
				}
				i += n
			}
			out = append(out, token{word, line[start:i], start, i})
		default:
			i += n
			out = append(out, token{punct, line[start:i], start, i})
		}
	}
	return out
}

func isDigit(r rune) bool    { return r >= '0' && r <= '9' }
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// at is token i, or a token of kind none out of range.
func (t tokens) at(i int) token {
	if i < 0 || i >= len(t) {
		return token{}
	}
	return t[i]
}

// num tells whether token i is a number of lo to hi digits.
func (t tokens) num(i, lo, hi int) bool {
	k := t.at(i)
	return k.kind == number && len(k.text) >= lo && len(k.text) <= hi
}

func (t tokens) val(i int) int {
	v, _ := strconv.Atoi(t.at(i).text)
	return v
}

// yearVal is the year a number token states: 0 in a date means "no year
// stated", so a stated 0000 (or a number of five digits or more, 16 mars
// 99999) becomes -1, which no calendar check passes, instead of a year-less
// date that would take the scrape's year.
func (t tokens) yearVal(i int) int {
	if v := t.val(i); v > 0 && len(t.at(i).text) == 4 {
		return v
	}
	return -1
}

// adjacent tells whether tokens i to j touch, with no space between.
func (t tokens) adjacent(i, j int) bool {
	if i < 0 || j >= len(t) {
		return false
	}
	for k := i; k < j; k++ {
		if t[k].end != t[k+1].start {
			return false
		}
	}
	return true
}

// gluedBefore tells whether the number at i continues one before it
// (2.16, 10-12, 19/5/16): then no date starts there.
func (t tokens) gluedBefore(i int) bool {
	p := t.at(i - 1)
	return p.kind == number && t.adjacent(i-1, i) ||
		p.kind == punct && strings.Contains("/.,-:", p.text) && t.adjacent(i-1, i) && t.at(i-2).kind == number && t.adjacent(i-2, i-1)
}

// gluedAfter tells whether the number at i goes on after it (5/9/7, 8:30,
// 16.5): then no date ends there.
func (t tokens) gluedAfter(i int) bool {
	n := t.at(i + 1)
	return n.kind == punct && strings.Contains("/.,-:", n.text) && t.adjacent(i, i+2) && t.at(i+2).kind == number
}

// skipOrdinal passes over what may follow a day: er, st, nd, rd, th, º, a dot.
func (t tokens) skipOrdinal(i int) int {
	if k := t.at(i); k.kind == word && t.adjacent(i-1, i) {
		switch strings.ToLower(k.text) {
		case "er", "ᵉʳ", "st", "nd", "rd", "th", "º":
			i++
		}
	}
	if k := t.at(i); k.text == "." || k.text == "°" {
		i++
	}
	return i
}

// month reads a month name at token i: its number and the token after it
// (and after an abbreviation's dot); 0 when it is none.
func (t tokens) month(i int) (int, int) {
	k := t.at(i)
	if k.kind != word || len(k.text) < 3 || len(k.text) > 24 {
		return 0, 0
	}
	m := monthNames[strings.ToLower(k.text)]
	if m == 0 {
		return 0, 0
	}
	if t.at(i+1).text == "." {
		return m, i + 2
	}
	return m, i + 1
}

// year reads an optional year after a date ending before token i:
// ", 2025", " 2025", " de 2025", " del 2025".
func (t tokens) year(d ymd, i int) (ymd, int, bool) {
	j := i
	if t.at(j).text == "," {
		j++
	}
	if w := t.at(j).text; w == "de" || w == "del" {
		j++
	}
	if t.num(j, 4, 4) && !t.gluedAfter(j) || t.num(j, 5, 64) {
		d.y = t.yearVal(j)
		return d, j + 1, true
	}
	if t.negativeYear(j) {
		d.y = -1 // a year no calendar holds: no year is given to the date
		return d, j + 2, true
	}
	return d, i, true
}

// negativeYear tells a minus glued to the number after it, with a space
// before: "16 mars -2025" states a year below zero. Read as a year-less
// date, it took the scrape's year (attack round 8); "16 mars - 2025" and a
// range "16-17 mars" are not it.
func (t tokens) negativeYear(j int) bool {
	k := t.at(j)
	return (k.text == "-" || k.text == "\u2212") && t.num(j+1, 1, 64) && t.adjacent(j, j+1) && !t.adjacent(j-1, j)
}

var rangeWords = map[string]bool{"au": true, "à": true, "a": true, "to": true, "and": true, "et": true, "bis": true,
	"al": true, "до": true, "по": true, "і": true, "и": true, "hingga": true, "sampai": true, "-": true, "–": true}

func isRangeWord(k token) bool { return k.kind != none && rangeWords[strings.ToLower(k.text)] }

// viTimeOfDay tells the Vietnamese words before a bare day/month:
// ngày, sáng, chiều… and hôm nay, hôm qua.
func viTimeOfDay(k token) bool {
	switch strings.ToLower(k.text) {
	case "ngày", "sáng", "trưa", "chiều", "tối", "đêm", "nay", "qua":
		return true
	}
	return false
}
