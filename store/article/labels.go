package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// labelIndex holds labels by their first rune, so that every line is
// compared only with the few labels that start like it. Comparing all of
// them costs more than the rest of the footer search.
type labelIndex map[rune][]label

type label struct {
	text  string
	runes int // length in runes, to cut as many off the line
}

var (
	sourceIndex  = newLabelIndex(sourceLabels)
	commentIndex = newLabelIndex(commentLabels)
)

// newLabelIndex keeps the order of labels within each first rune: the first
// label that fits a line is the one taken.
func newLabelIndex(labels []string) labelIndex {
	idx := labelIndex{}
	for _, l := range labels {
		r, _ := utf8.DecodeRuneInString(l)
		idx[r] = append(idx[r], label{l, utf8.RuneCountInString(l)})
	}
	return idx
}

// cutLabel reports whether line starts with one of the labels of idx
// (case-insensitive) followed by the end of the line, a colon or a space,
// and returns the rest. The line's first rune, lowered, picks the labels:
// no label starts with another form of a rune that lowers to a label's
// first rune (TestLabelsStartWithTheirLowerCase).
func cutLabel(line string, idx labelIndex) (string, bool) {
	if len(line) > 4096 {
		return "", false // footers are short; a long paragraph is not worth comparing
	}
	r, _ := utf8.DecodeRuneInString(line)
	for _, label := range idx[unicode.ToLower(r)] {
		head, rest, ok := cutRunes(line, label.runes)
		if !ok || !strings.EqualFold(head, label.text) {
			continue
		}
		if rest == "" || rest[0] == ':' || rest[0] == ' ' || rest[0] == '(' || strings.HasPrefix(rest, "\u00a0") {
			return rest, true
		}
	}
	return "", false
}

// cutRunes splits s after its first n runes.
func cutRunes(s string, n int) (head, rest string, ok bool) {
	i := 0
	for ; n > 0; n-- {
		if i >= len(s) {
			return "", "", false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i], s[i:], true
}
