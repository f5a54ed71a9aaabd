package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	maxTitle     = 120 // longest title cut from the lead, in characters, with its "…"
	maxTitleLine = 200 // longest first line still read as a title
)

// takeTitleLine takes the first line as the title when it reads as one
// (short, no final punctuation, text after it) and returns the other lines.
// A one-word kicker before a title line ("Weather") is a section label and
// goes with it.
func (a *Article) takeTitleLine(lines []string) []string {
	if len(lines) > 2 && isKicker(lines[0]) && readsAsTitle(lines[1:]) {
		lines = lines[1:]
	}
	if readsAsTitle(lines) {
		a.Title, a.HasTitle = lines[0], true
		return lines[1:]
	}
	return lines
}

// readsAsTitle: the first line is short, has no final punctuation, is
// neither a caption nor a dateline, and text follows it.
func readsAsTitle(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	t := lines[0]
	if _, caption := captionText(t, false); caption && (hasPhotoCredit(t) || strings.Contains(t, "|")) {
		return false
	}
	return atMostRunes(t, maxTitleLine) && strings.Contains(t, " ") && !endsSentence(t) &&
		!isDateline(t) && !hasImageMarker(t) && !isImageLine(t) && !isLeftover(t)
}

func isKicker(line string) bool {
	return !strings.Contains(line, " ") && runes(line) <= 24
}

// isDateline matches a line that is mostly a date or time:
// "Jeudi, 25/01/2024 11:45 (GMT+7)".
// It reads ASCII, most of any line, by table rather than by decoding.
func isDateline(t string) bool {
	digits, letters := 0, 0
	for i := 0; i < len(t); {
		if b := t[i]; b < utf8.RuneSelf {
			digits += int(asciiDigit[b])
			letters += int(asciiLetter[b])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		i += size
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return digits >= 6 && digits >= letters/2
}

// asciiDigit is 1 for the ASCII digits, 0 for every other byte.
var asciiDigit = func() (t [256]uint8) {
	for b := '0'; b <= '9'; b++ {
		t[b] = 1
	}
	return t
}()

// leadTitle is the first sentence of the lead: the first paragraph that is
// not a dateline, else the first block of any kind.
func (a *Article) leadTitle() string {
	for _, p := range a.Paragraphs {
		if !isDateline(p) {
			return cutTitle(p)
		}
	}
	if len(a.Blocks) > 0 {
		return cutTitle(a.Blocks[0].Text)
	}
	return ""
}

// cutTitle is the first sentence of text, cut at a word boundary to at most
// maxTitle characters with "…", without its final period.
func cutTitle(text string) string {
	s := firstSentence(text)
	if atMostRunes(s, maxTitle) {
		return strings.TrimRight(s, ". ")
	}
	whole, _, _ := cutRunes(s, maxTitle-1) // s is sanitized: valid UTF-8, so this is string([]rune(s)[:maxTitle-1])
	cut := whole
	if i := strings.LastIndexAny(cut, " \u00a0"); i > len(cut)/2 {
		cut = cut[:i]
	}
	if cut = strings.TrimRight(cut, " ,;:-–—"); cut == "" {
		cut = whole // a line of dashes: better shown than reduced to "…"
	}
	return cut + "…"
}

// abbreviations end with a period without ending a sentence.
var abbreviations = map[string]bool{
	"M": true, "Mme": true, "Mlle": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
	"St": true, "Sr": true, "Jr": true, "Prof": true, "Gen": true, "Col": true, "No": true,
	"etc": true, "vs": true, "av": true, "p": true, "Me": true, "Mgr": true, "Gov": true,
}

// firstSentence cuts text after the first ". ", "! " or "? " that ends a
// sentence: not after an abbreviation or an initial, and before a capital.
func firstSentence(text string) string {
	for i := 0; i+2 < len(text); i++ {
		c := text[i]
		if (c != '.' && c != '!' && c != '?') || text[i+1] != ' ' {
			continue
		}
		next := []rune(text[i+2 : min(len(text), i+6)])
		if len(next) == 0 || !(unicode.IsUpper(next[0]) || next[0] == '«' || next[0] == '"') {
			continue
		}
		word := text[strings.LastIndexAny(text[:i], " (")+1 : i]
		if c == '.' && (abbreviations[word] || runes(word) == 1) {
			continue
		}
		return text[:i+1]
	}
	return text
}
