package article

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Page furniture: lines a scraped page carries that are neither the
// article's text nor a photo caption, and would pollute the title and the
// reader: image file names (kept in Images), an outlet's name with a date
// (a byline, kept in Bylines, where the date finder still reads it) and the
// site's masthead above the headline (kept in Masthead). Each is told by its
// shape, in any language; FORMAT.md lists the shapes.

// takeFurniture takes image names and bylines out of lines wherever they
// stand, then the masthead from the top, and returns the other lines.
func (a *Article) takeFurniture(lines []string) []string {
	kept := lines[:0] // filtered in place: a line is read before its slot is reused
	for _, line := range lines {
		if names, rest := imageNames(line); len(names) > 0 {
			a.Images = append(a.Images, names...)
			if line = rest; line == "" {
				continue
			}
		}
		if isByline(line) {
			a.Bylines = append(a.Bylines, line)
			continue
		}
		kept = append(kept, line)
	}
	return a.takeMasthead(kept)
}

// imageExts are the extensions of the image files that pages name.
var imageExts = []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".bmp", ".tif", ".tiff", ".heic", ".svg"}

// imageNames takes the image file names and image URLs from either end of
// line ("IMG_1234.JPG", "something-photo35.jpg Caption", "… https://x/a.png")
// and returns them and what is left. Only the ends are looked at: a name in
// the middle of a sentence is the sentence's.
func imageNames(line string) (names []string, rest string) {
	rest = line
	for rest != "" { // from the start
		word, after, _ := strings.Cut(rest, " ")
		if !isImageName(word) {
			break
		}
		names = append(names, word)
		rest = strings.TrimLeft(after, " ")
	}
	for rest != "" { // from the end
		i := strings.LastIndexByte(rest, ' ')
		if !isImageName(rest[i+1:]) {
			break
		}
		names = append(names, rest[i+1:])
		rest = strings.TrimRight(rest[:max(i, 0)], " ")
	}
	if len(names) > 0 {
		rest = strings.TrimSpace(strings.Trim(rest, "|"))
	}
	return names, rest
}

// isImageName: one word that ends (before a query or a fragment) in an
// image extension after a name: "a.jpg", "https://x.vn/a.png?w=300".
func isImageName(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false // most words: no need to trim them
	}
	w = strings.Trim(w, "|()[]<>")
	if len(w) < 5 || len(w) > 512 || w[len(w)-1] == '.' {
		return false
	}
	if i := strings.IndexAny(w, "?#"); i > 0 && strings.Contains(w[:i], "/") {
		w = w[:i] // a query only after a path: "a.jpg?w=300"
	}
	dot := strings.LastIndexByte(w, '.')
	if dot < 1 || len(w)-dot > 5 || w[dot-1] == '/' {
		return false
	}
	for _, ext := range imageExts {
		if strings.EqualFold(w[dot:], ext) {
			return true
		}
	}
	return false
}

// maxByline is the longest line read as a byline, in characters.
const maxByline = 80

// isByline matches an outlet's or a place's name with a date and maybe a
// time, and nothing else: "Báo X 07/10/2025 10:45", "Báo XBáo X07/10/2025"
// (the name glued to the date, even doubled), "Hà Nội, 07/10/2025". The
// name is at most six words, starts with a capital and holds no lowercase
// stopword of any language: "Le match aura lieu le 07/10/2025" is a sentence.
// A line of a date alone is a dateline and stays where it is.
func isByline(line string) bool {
	if len(line) < 8 || !atMostRunes(line, maxByline) || digits(line) < 6 || endsSentence(line) {
		return false // a date with its year has six digits at least
	}
	toks := tokenize(line)
	dated, name := false, 0
	for i := 0; i < len(toks); i++ {
		switch k := toks[i]; {
		case k.kind == number:
			if _, end, ok := numericDate("", toks, i); ok {
				dated, i = true, end-1
				continue
			}
			end, ok := timeAt(toks, i)
			if !ok {
				return false // another number: a score, a count
			}
			i = end - 1
		case k.kind == word && !dateWord(k.text):
			if name == 0 && !startsUpper(k.text) || isStopword(k.text) {
				return false
			}
			if name++; name > 6 {
				return false
			}
		case k.kind == punct && !strings.Contains(",|-–—·:()+/", k.text):
			return false
		}
	}
	return dated && name > 0
}

func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n += int(asciiDigit[s[i]])
	}
	return n
}

// timeAt reads a time of day at token i: 10:45, 10h45, or the offset of a
// zone (GMT+7), and returns the token after it.
func timeAt(toks tokens, i int) (int, bool) {
	if toks.num(i, 1, 2) && (toks.at(i+1).text == ":" || strings.EqualFold(toks.at(i+1).text, "h")) && toks.num(i+2, 2, 2) && toks.adjacent(i, i+2) {
		return i + 3, true
	}
	if p := toks.at(i - 1).text; toks.num(i, 1, 2) && (p == "+" || p == "-") && toks.adjacent(i-1, i) {
		return i + 1, true
	}
	return 0, false
}

// dateWords go with a date in a byline rather than with the name: weekdays,
// zones, "updated", "ngày" (day).
func dateWord(w string) bool {
	l := strings.ToLower(w)
	if _, ok := weekdays[l]; ok {
		return true
	}
	switch l {
	case "gmt", "utc", "ict", "cet", "am", "pm", "h", "ngày", "lúc", "cập", "nhật", "updated", "publié", "mis", "à", "jour", "at":
		return true
	}
	return false
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isStopword reports a lowercase word that is one of the commonest of some
// language: names rarely hold one, sentences always do.
func isStopword(w string) bool {
	return !startsUpper(w) && len(w) <= longestStopword && stopIndex.find([]byte(w)) != 0
}

// maxMasthead is how many lines above the headline may be the site's.
const maxMasthead = 3

// takeMasthead takes the site's masthead from the top of lines: up to
// maxMasthead short lines without final punctuation, the last of which names the site
// (the source's domain, an outlet's name, a bare domain), followed by more
// text. The lines above it are its slogan. Without such a name, nothing is
// taken: a headline and its deck look the same.
func (a *Article) takeMasthead(lines []string) []string {
	site, end := "", 0
	for i := 0; i < min(maxMasthead, len(lines)-1); i++ {
		if !atMostRunes(lines[i], maxTitleLine) || endsSentence(lines[i]) {
			break // a lead, not a name: most articles open on one
		}
		if i == 0 && a.Source != nil {
			site = siteName(a.Source.Domain)
		}
		if namesSite(lines[i], site) || isOutletLine(lines[i]) && readsAsTitle(lines[i+1:]) {
			end = i + 1
		}
	}
	if end == 0 {
		return lines
	}
	a.Masthead = append(a.Masthead, lines[:end]...)
	return lines[end:]
}

// siteName is the distinctive label of a domain, folded: the longest of
// its labels, "thanhnien" for thanhnien.vn, "sggp" for sggp.org.vn.
func siteName(domain string) string {
	best := ""
	for _, l := range strings.Split(domain, ".") {
		if len(l) > len(best) {
			best = l
		}
	}
	return fold(best)
}

// siteAffixes may stand beside a site's name in its masthead, folded:
// "Báo Thanh Niên", "VnExpress.net", "Tuổi Trẻ Online", "SGGPO".
var siteAffixes = append([]string{"", "o", "online", "news", "net", "com", "vn", "fr", "org", "info", "tv", "dientu", "enligne", "daily", "the", "le", "la"},
	func() (folded []string) { // the outlet words: "bao", "journal"
		for _, w := range outletWords {
			folded = append(folded, fold(w))
		}
		return folded
	}()...)

// namesSite reports a line that is the site's name, maybe with an affix
// (an outlet word, a TLD), or its slogan beside its name ("VnExpress -
// Báo tiếng Việt …"), or a bare domain ("VietnamPlus.vn"). site is the
// source's folded name, "" when the article has no source.
func namesSite(line, site string) bool {
	if isDomain(line) && strings.Contains(line, ".") && !strings.ContainsAny(line, "/:") && !strings.HasSuffix(line, ".") {
		return true
	}
	for _, part := range splitSlogan(undouble(line)) {
		if len(site) < 4 {
			continue
		}
		var buf [128]byte
		f := appendFold(buf[:0], part)
		if i := bytes.Index(f, []byte(site)); i >= 0 && isAffix(f[:i]) && isAffix(f[i+len(site):]) {
			return true
		}
		if len(f) >= 4 && strings.HasPrefix(site, string(f)) {
			return true
		}
	}
	return false
}

// isAffix: one of siteAffixes, or an outlet word ("journal", "bao").
func isAffix(s []byte) bool {
	for _, a := range siteAffixes {
		if string(s) == a {
			return true
		}
	}
	return false
}

// splitSlogan cuts "Name - slogan" and "Name | slogan" into the name and
// the slogan; a line without them is one part.
func splitSlogan(line string) []string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · "} {
		if a, b, ok := strings.Cut(line, sep); ok {
			return []string{a, b}
		}
	}
	return []string{line}
}

// outletWords start the name of a newspaper, a magazine or a station, in
// the languages of the aggregator; a capitalized word must follow ("Báo
// Thanh Niên", not "Báo cáo", a report).
var outletWords = []string{"Báo", "Tạp chí", "Đài", "Cổng thông tin", "Journal", "Le Journal", "Le Courrier", "Radio", "Газета", "Журнал", "Diario", "Jornal", "Revista", "Zeitung", "Gazeta", "Harian"}

// isOutletLine is an outlet's name, alone or beside its slogan. Unlike the
// site's own name it may start a headline ("Radio France annonce …"), so
// it is a masthead only above another title-shaped line.
func isOutletLine(line string) bool {
	for _, part := range splitSlogan(line) {
		if isOutletName(part) {
			return true
		}
	}
	return false
}

// isOutletName: an outlet word, then a capitalized name, at most six words
// in all, doubled or not ("Báo XBáo X").
func isOutletName(line string) bool {
	line = undouble(line)
	if strings.Count(line, " ") > 5 {
		return false
	}
	for _, w := range outletWords {
		if rest, ok := strings.CutPrefix(line, w+" "); ok && startsUpper(rest) {
			return true
		}
	}
	return false
}

// undouble is s without its repetition when s is a text written twice,
// glued or spaced ("Báo XBáo X", "Caption Caption"); else s.
func undouble(s string) string {
	n := len(s)
	if n >= 8 && n%2 == 0 && s[:n/2] == s[n/2:] {
		return s[:n/2]
	}
	if n >= 9 && n%2 == 1 && s[n/2] == ' ' && s[:n/2] == s[n/2+1:] {
		return s[:n/2]
	}
	return s
}

// fold lowercases s and keeps only its letters and digits, without
// diacritics ("Thanh Niên" → "thanhnien"), to compare a line with a domain.
func fold(s string) string {
	var buf [128]byte
	return string(appendFold(buf[:0], s))
}

// appendFold appends fold(s) to dst: on a buffer of the stack, no allocation.
func appendFold(dst []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if c := byte(r) | 0x20; c >= 'a' && c <= 'z' {
				dst = append(dst, c)
			} else if r >= '0' && r <= '9' {
				dst = append(dst, byte(r))
			}
		case unicode.IsLetter(r):
			dst = utf8.AppendRune(dst, baseLetter(unicode.ToLower(r)))
		}
	}
	return dst
}

// baseLetter is r without its diacritics: ê → e, ộ → o, đ → d. Only the
// Latin letters are looked up (a domain is written in them); a letter of
// another script is itself.
func baseLetter(r rune) rune {
	switch {
	case r >= 0xC0 && r < 0x250:
		return latinBase[r-0xC0]
	case r >= 0x1E00 && r < 0x1F00:
		return vietBase[r-0x1E00]
	}
	return r
}

// latinBase and vietBase hold baseLetter for the Latin letters with
// diacritics, Vietnamese's among them, computed once from their canonical
// decomposition.
var latinBase, vietBase = bases(0xC0, 0x250), bases(0x1E00, 0x1F00)

func bases(from, to rune) []rune {
	out := make([]rune, to-from)
	for r := from; r < to; r++ {
		out[r-from], _ = utf8.DecodeRuneInString(norm.NFD.String(string(r)))
	}
	if from <= 'đ' && 'đ' < to {
		out['đ'-from], out['Đ'-from] = 'd', 'D' // a stroke, not a diacritic: no decomposition
	}
	return out
}
