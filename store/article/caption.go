package article

import (
	"strings"
	"unicode"
)

// maxCaption is the longest line (in characters) that is taken for a caption
// on its shape alone (short, no final punctuation).
const maxCaption = 160

// leftovers are whole lines that scraped pages leave behind and that carry
// nothing for a reader: share buttons, "more" links, empty table cells.
var leftovers = map[string]bool{
	"|": true, "||": true, "voir plus": true, "lire plus": true, "lire la suite": true,
	"read more": true, "see more": true, "related": true, "related news": true, "share": true,
	"partager": true, "sur le même sujet": true, "autres": true, "commentaires": true,
	"comments": true, "chia sẻ": true, "xem thêm": true, "tin liên quan": true,
	"bình luận": true, "ver más": true, "mehr dazu": true, "leia mais": true,
	"читать далее": true, "детальніше": true,
}

func isLeftover(line string) bool {
	return len(line) < 64 && leftovers[strings.ToLower(line)]
}

// isImageLine matches the empty image markup that precedes a "| caption |"
// line: "![]() |", "![](url)".
func isImageLine(line string) bool {
	return strings.HasPrefix(line, "![") && strings.Contains(line, "](") &&
		strings.HasSuffix(strings.TrimRight(line, " |"), ")")
}

// captionText decides whether line is a photo caption and returns its text
// without the table pipes around it. afterImage says the line follows an
// image. A dateline is short and unpunctuated too, but it is not a caption.
func captionText(line string, afterImage bool) (string, bool) {
	piped := strings.HasPrefix(line, "| ") || strings.HasSuffix(line, " |")
	text := strings.TrimSpace(strings.Trim(line, "|"))
	switch {
	case text == "":
		return "", false
	case afterImage || piped:
		return text, true
	case hasPhotoCredit(text), hasImageMarker(text), isVideoLine(text):
		return text, true
	case !endsSentence(text) && atMostRunes(text, maxCaption) && !isDateline(text): // the cheapest first: most paragraphs end a sentence
		return text, true
	}
	return "", false
}

func isCaption(line string) bool {
	_, ok := captionText(line, false)
	return ok
}

// photoWords introduce a credit at the end of a caption: "… Photo : Kim Lieu".
var photoWords = []string{"Photo", "Photos", "Ảnh", "Фото", "Foto", "Fotos", "Image", "Crédit photo"}

// hasPhotoCredit reports a line that ends with a photo credit: "Photo : Name"
// or "Photo: site.vn", with a short credit after the colon, or that starts
// with "Photo d'illustration:". Only the ends of the line are searched:
// a credit is never in the middle, and paragraphs are long.
func hasPhotoCredit(text string) bool {
	if len(text) > creditWindow*2 {
		return creditIn(text[:creditWindow], 0) || creditIn(text, len(text)-creditWindow)
	}
	return creditIn(text, 0)
}

// creditWindow is how far from either end of a line a credit may start, in bytes.
const creditWindow = 96

// creditIn looks for a credit starting at or after from in text.
func creditIn(text string, from int) bool {
	if strings.IndexByte(text[from:], ':') < 0 {
		return false // a colon follows every credit word, and most lines have none
	}
	for _, w := range photoWords {
		i := strings.LastIndex(text[from:], w)
		if i < 0 {
			continue
		}
		i += from
		if i > 0 && isLetter(text[:i]) {
			continue
		}
		rest := strings.TrimLeft(text[i+len(w):], " ")
		if p := strings.Index(rest, ":"); p >= 0 && p <= 24 {
			credit := strings.TrimSpace(rest[p+1:])
			if credit != "" && runes(credit) <= 48 && !strings.ContainsAny(credit, ".!?") || isDomain(credit) {
				return true
			}
		}
	}
	return false
}

// isLetter reports whether s ends with a letter, i.e. a match inside a word.
func isLetter(s string) bool {
	r := []rune(s[max(0, len(s)-4):])
	return len(r) > 0 && unicode.IsLetter(r[len(r)-1])
}

func isDomain(s string) bool {
	return !strings.ContainsAny(s, " ") && strings.Count(s, ".") >= 1 && len(s) < 64
}

// hasImageMarker matches the "- ảnh 1" and "hinh anh 1" marks that
// Vietnamese sites put between a headline and the caption under it. Every
// marker ends with markerEnd, "nh ", so the line is searched once, for its
// 'h' (far rarer than 'n' in French, the commonest language here), and the
// markers are compared only where "nh " stands.
func hasImageMarker(text string) bool {
	for from := 0; ; {
		j := strings.IndexByte(text[from:], markerEnd[1])
		if j < 0 {
			return false
		}
		at := from + j - 1 // where markerEnd would start
		from += j + 1
		if at < 0 || !strings.HasPrefix(text[at:], markerEnd) {
			continue
		}
		for _, m := range imageMarkers {
			if strings.HasSuffix(text[:at+len(markerEnd)], m) {
				return true
			}
		}
	}
}

var imageMarkers = []string{" - ảnh ", " - Ảnh ", "hinh anh ", "Hinh anh ", "hình ảnh ", "Hình ảnh "}

// markerEnd ends every one of imageMarkers.
const markerEnd = "nh "

func isVideoLine(text string) bool {
	t := strings.TrimLeft(text, "> ")
	return len(t) < len(text) && (strings.HasPrefix(t, "Vidéo") || strings.HasPrefix(t, "Video"))
}

// endsSentence reports final punctuation, looking through closing quotes and
// brackets: `dit-il.»` and `(AFP).` end sentences, `(compilé)` does not.
func endsSentence(text string) bool {
	if strings.HasSuffix(text, ".") {
		return true // most paragraphs; no sign-off has a period, so none is dropped
	}
	t := strings.TrimRight(dropSignOff(text), " \u00a0\"'»”’)]")
	if t == "" {
		return false
	}
	switch r := []rune(t[max(0, len(t)-4):]); r[len(r)-1] {
	case '.', '!', '?', '…', ';', ':', ',', '。', '！', '？':
		return true
	}
	return false
}

// dropSignOff removes an agency sign-off after the last sentence:
// "… réductions. -VNA", "… conservé. - VNA/VI".
func dropSignOff(text string) string {
	i := strings.LastIndex(text, "-")
	if i < 1 {
		return text
	}
	tag := strings.TrimSpace(text[i+1:])
	if tag == "" || len(tag) > 12 || strings.ToUpper(tag) != tag || strings.ContainsAny(tag, " .") {
		return text
	}
	return strings.TrimRight(text[:i], " ")
}
