package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Where a date stands in its line tells whether it is the day of
// publication or the day of an event the article tells of. A dateline
// ("Madrid, 16 de marzo de 2025. …", "KATHMANDU, April 25 (Reuters) -") or a
// date that opens the lead ("Le 16 novembre, M. … a informé") dates the
// article; a date inside a sentence ("… gathered in Hà Nội on May 19 to …",
// "… el próximo miércoles 18 de mayo") dates an event, past or coming.

const (
	openingWords = 4  // words a date may follow and still open its line
	prefixRunes  = 60 // runes of a "PLACE (AGENCY) -" prefix at most
	prefixWords  = 6
	cueBytes     = 30 // how far before a date a cue is looked for
)

// opensLine tells whether a date after before opens its line: before it at
// most a place and agency ended by a dash ("HÀ NỘI —", "Hanoi (VNA) -") and
// a few words of the same phrase ("Le", "On the morning of", "Утром",
// "À partir de 15h00 lundi"), with no end of a sentence.
func opensLine(before, after string) bool {
	before = afterDatelinePrefix(before)
	return !sentenceEndIn(before) && wordCount(before) <= openingWords && !namesBefore(before) &&
		(wordCount(before) <= 1 || setOff(after))
}

// setOff tells a date that a comma or a bracket sets off from the rest of
// its sentence, perhaps after its time ("Dans la matinée du 12 mars, la
// province …", "On the morning of March 8 at 10am, police …"). A phrase
// of several words before a date opens the lead only so: "Il est arrivé le
// 1er mars à Paris" is a sentence that tells of a past event, its subject
// and verb before the date; a lone article or time word before it ("Le",
// "Am", "Sáng", "Утром") opens a lead with or without a comma.
func setOff(after string) bool {
	head, _, found := strings.Cut(after, ",")
	if i := strings.IndexAny(head, "()–—:"); i >= 0 {
		head, found = head[:i], true
	}
	if i := strings.Index(head, " - "); i >= 0 {
		head, found = head[:i], true
	}
	if !found {
		return false
	}
	for _, w := range strings.FieldsFunc(head, func(r rune) bool { return !isWordRune(r) }) {
		if !timeWords[strings.ToLower(w)] && !hasDigit(w) {
			return false
		}
	}
	return true
}

func hasDigit(w string) bool { return strings.ContainsAny(w, "0123456789") }

// namesBefore tells a capitalised word after the first: a sentence that
// names a place or someone before its date ("У фінському місті Тампере
// 12 січня …") is about them, the date is its event's.
func namesBefore(s string) bool {
	for i, w := range strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) {
			if _, ok := weekdays[strings.ToLower(w)]; !ok {
				return true
			}
		}
	}
	return false
}

// afterDatelinePrefix drops a "PLACE (AGENCY) -" prefix from the start of a
// line, if there is one.
func afterDatelinePrefix(s string) string {
	for _, dash := range []string{" - ", " – ", " — ", ") -", ") –", ") —"} {
		i := strings.Index(s, dash)
		if i < 0 {
			continue
		}
		prefix := s[:i+1]
		if utf8.RuneCountInString(prefix) <= prefixRunes && !sentenceEndIn(prefix) && wordCount(prefix) <= prefixWords {
			return s[i+len(dash):]
		}
	}
	return s
}

// sentenceEndIn tells whether s holds the end of a sentence.
func sentenceEndIn(s string) bool {
	for _, end := range []string{". ", "! ", "? ", "; ", "… "} {
		if strings.Contains(s, end) {
			return true
		}
	}
	return false
}

// wordCount counts the words of s, but for weekday names, which belong to
// the date ("Samedi 8 septembre").
func wordCount(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) }) {
		if _, ok := weekdays[strings.ToLower(w)]; !ok {
			n++
		}
	}
	return n
}

// placeComma tells a dateline's "PLACE, " before a date that opens its line
// ("Berlin, 16. März 2025 – …"), and after the date what ends a dateline: a
// dash, a full stop, an agency's bracket, or the end of the line.
func placeComma(before, after string) bool {
	if !placeBefore(before) {
		return false
	}
	after = dropYearWord(strings.TrimSpace(after))
	if after == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune("-–—.(:", r)
}

// dropYearWord drops the word for year that Russian and Ukrainian write
// after one ("16 декабря 2024 г. - …", "2024 года. …", "2024 р."): it hid
// the dash of a dateline (attack round 8).
func dropYearWord(after string) string {
	w, rest, _ := strings.Cut(after, " ")
	switch strings.TrimRight(strings.ToLower(w), ".") {
	case "г", "года", "год", "р", "року", "рік":
		if strings.HasSuffix(w, ".") {
			return strings.TrimSpace("." + rest)
		}
		return strings.TrimSpace(rest)
	}
	return after
}

// placeBefore tells a dateline's place before a date: a few capitalised
// words and a comma, and perhaps the article of a date: "Moskau, ",
// "Paris, le ", "Hà Nội, ngày ".
func placeBefore(before string) bool {
	before = strings.TrimSpace(before)
	if i := strings.LastIndexByte(before, ' '); i >= 0 && dateArticles[strings.ToLower(before[i+1:])] {
		before = before[:i]
	}
	if !strings.HasSuffix(before, ",") || wordCount(before) > 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(before)
	return unicode.IsUpper(r)
}

// dateArticles are the words a date may take before it in a dateline.
var dateArticles = map[string]bool{"le": true, "am": true, "den": true, "el": true, "il": true, "the": true, "ngày": true, "on": true}

// datelineAlone tells a short line that is a dateline: the date, perhaps
// after a place and a comma, a weekday or one word ("Posted"), and after it
// at most a time and its zone or the word for year: "Jeudi, 25/01/2024
// 11:45 (GMT+7)", "Москва, 14 марта 2025 года". "Prices fall on March 6"
// is a short line too, but a sentence.
func datelineAlone(line, before, after string) bool {
	return atMostRunes(line, datelineLine) && (wordCount(before) <= 1 || placeBefore(before)) && onlyTime(after)
}

// onlyTime tells that what follows a date in a dateline is a time, its zone
// or the word for year, not the event of a timeline ("2 March 2020 –
// lockdown").
func onlyTime(after string) bool {
	for _, w := range strings.FieldsFunc(after, func(r rune) bool { return !isWordRune(r) }) {
		if !timeWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

var timeWords = map[string]bool{"h": true, "à": true, "at": true, "um": true, "uhr": true, "a": true, "las": true, "alle": true, "às": true,
	"lúc": true, "pukul": true, "wib": true, "gmt": true, "utc": true, "cet": true, "cest": true, "et": true, "am": true, "pm": true,
	"года": true, "г": true, "року": true, "р": true, "в": true, "о": true, "ч": true, "год": true, "de": true}

// publishedCue tells whether the words just before a date say the article
// was published or updated then: "Publié le", "Published:", "Update vom",
// the cue at most two words before the date.
func publishedCue(before string) bool {
	before = strings.ToLower(before)
	for _, w := range []string{"publié", "published", "posted", "veröffentlicht", "publicado", "publicada", "pubblicato",
		"опубликовано", "опубліковано", "đăng ngày", "ngày đăng", "đăng lúc", "diterbitkan", "dipublikasikan",
		"update", "aktualisiert", "mis à jour", "actualizado", "aggiornato", "atualizado", "обновлено", "оновлено",
		"cập nhật", "diperbarui"} {
		// "Publié le", not "published its report on"
		if i := strings.LastIndex(before, w); i >= 0 && wordCount(before[i+len(w):]) <= 2 {
			return true
		}
	}
	return false
}

// relativeCue tells whether the words just before a date, or the one
// after it, set it apart from the day of writing: still to come ("el
// próximo 29 de enero", "ngày 5/9 tới") or some time ago ("le 15 avril
// dernier", "el pasado 3 de mayo"). Such a date is an event's.
func relativeCue(before, after string) bool {
	before = strings.ToLower(before)
	for _, w := range []string{"próximo", "próxima", "prochain", "prochaine", "next", "nächste", "kommende", "prossimo",
		"prossima", "следующ", "ближайш", "наступн", "mendatang", "upcoming", "pasado", "pasada", "vergangene", "letzte",
		"scorso", "scorsa", "último", "última"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	f := strings.Fields(strings.ToLower(after))
	if len(f) == 0 {
		return false
	}
	switch strings.Trim(f[0], ",.;:)") {
	case "tới", "qua", "lalu", "dernier", "dernière", "pasado", "pasada", "scorso", "scorsa", "passado", "passada":
		return true
	}
	return false
}

// placed is the date t read at line[start:stop], with what its place and
// the words around it tell.
func placed(t ymd, line string, start, stop int) candidate {
	near := line[max(0, start-cueBytes):start]
	opens := opensLine(line[:start], line[stop:])
	mostly := datelineAlone(line, line[:start], line[stop:])
	return candidate{
		ymd:      t,
		weekday:  weekdayIn(near),
		dateline: mostly || publishedCue(near) || placeComma(line[:start], line[stop:]) || t.y != 0 && clockBeside(line[:start], line[stop:]),
		today:    todayIn(near),
		opens:    opens,
		closes:   closesSentence(line[:start], line[stop:]),
		next:     relativeCue(near, line[stop:]),
	}
}

// clockBeside tells a full date stamped with a clock time right before or
// after it: "(06:20 07/04/2022)" closing a title, "16/03/2025 - 10:45" under
// it. A page stamps its publication so; an event's date in a sentence takes
// words between it and its hour ("lúc 9:30 ngày 6/4", "at 10:30 on").
func clockBeside(before, after string) bool {
	before = strings.TrimRight(before, " (|-–,")
	after = strings.TrimLeft(after, " )|-–,")
	if i := strings.LastIndexByte(before, ' '); i >= 0 {
		before = before[i+1:]
	}
	if i := strings.IndexAny(after, " )"); i >= 0 {
		after = after[:i]
	}
	return isClock(strings.TrimLeft(before, "(")) || isClock(after)
}

// isClock is a time of day: 6:20, 06:20, 06:20:15.
func isClock(s string) bool {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for i, p := range parts {
		if len(p) != 2 && !(i == 0 && len(p) == 1) || strings.IndexFunc(p, func(r rune) bool { return !isDigit(r) }) >= 0 {
			return false
		}
	}
	return true
}

// closesSentence tells a date set off at the end of a sentence after a
// comma and its weekday: "…, alors que les cuves sont à sec, mardi 26 avril
// 2022.", "…, kata dia, Selasa, 26 Maret 2019.", "…, Rabu (8/3/2017)." —
// the day the report stands on, as some papers close their lead and
// Indonesian ones every statement they quote.
func closesSentence(before, after string) bool {
	after = strings.TrimLeft(after, " )")
	if after != "" && after[0] != '.' {
		return false
	}
	before = strings.TrimRight(before, " ,(")
	i := strings.LastIndexAny(before, ", ")
	if i < 0 {
		return false
	}
	if _, ok := weekdays[strings.ToLower(before[i+1:])]; !ok {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(before[:i], " "), ",")
}
