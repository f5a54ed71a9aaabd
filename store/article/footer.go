package article

import (
	"strconv"
	"strings"
	"unicode"
)

// sourceLabels are the words that start a source line, lowercased, in the
// languages scraped news comes in. A label alone on its line (no URL) is a
// source line too: the link was lost, and the line is not text.
var sourceLabels = []string{
	"source", "sources", "lien source", "original link", "original source",
	"fuente", "fonte", "quelle", "zdroj", "źródło", "zrodlo", "forrás", "sursa", "sursă",
	"bron", "kilde", "källa", "lähde", "kaynak", "sumber", "nguồn", "nguon",
	"джерело", "источник", "извор", "źródła", "πηγή", "المصدر", "מקור", "来源", "出典", "출처",
}

// commentLabels start the comment-count footer ("Comment (0)").
var commentLabels = []string{
	"comment", "comments", "commentaire", "commentaires", "kommentar", "kommentare",
	"komentář", "komentáře", "komentar", "komentarze", "komentarz", "komen", "komentari",
	"коментар", "коментарі", "комментарий", "комментарии", "коментари",
	"comentario", "comentarios", "comentário", "comentários", "commento", "commenti",
	"reacties", "bình luận", "yorum", "yorumlar", "hozzászólás", "kommentit", "σχόλια",
}

// parseSourceLine recognises "Source : URL", "Fuente: URL", "Lien source",
// "    Source : URL" (already trimmed), "Source: [Site](URL)" and the like.
// ok reports a source line; src is nil unless it holds an http(s) URL with a
// host. After the label comes a colon, a URL, or nothing: "Source of the
// flood was…" is a sentence, not a source line. Text that follows the URL on
// the same line ("Quelle: URL Des gens se déplacent…", a page that lost its
// line breaks) is returned as text: it is part of the article, and is kept
// as a paragraph rather than lost with the label.
func parseSourceLine(line string) (src *Source, text string, ok bool) {
	rest, ok := cutLabel(line, sourceIndex)
	if !ok {
		return nil, "", false
	}
	rest = strings.TrimSpace(rest)
	switch {
	case rest == "":
		return nil, "", true
	case rest[0] == ':':
	case looksLikeURL(rest):
	default:
		return nil, "", false
	}
	raw, after := findURL(rest)
	if raw == "" {
		return nil, "", true
	}
	return checkSource(raw), trailingText(after), true
}

// trailingText is what follows a source URL when it reads as text: three
// words or more, not a note in brackets ("(Vietnamese)") or a closing mark.
func trailingText(s string) string {
	s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), ")]>.,;"))
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		return ""
	}
	words := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			words++
		}
	}
	if words < 3 {
		return ""
	}
	return s
}

// findURL returns the first http(s) URL in s that starts a word, without the
// brackets or the sentence punctuation that may close around it, and the
// text after it.
func findURL(s string) (url, after string) {
	i := strings.Index(strings.ToLower(s), "http")
	if i < 0 || (i > 0 && !strings.ContainsRune(" :(<[\u00a0", rune(s[i-1]))) {
		return "", "" // "-https://…" or "xhttps://…" is not a link a page would print
	}
	u := s[i:]
	end := len(s)
	if j := strings.IndexAny(u, " \u00a0<>\""); j >= 0 {
		u, end = u[:j], i+j
	}
	if i > 0 && s[i-1] == '(' {
		u = strings.TrimSuffix(u, ")")
	}
	return strings.TrimRight(u, ".,;"), s[end:]
}

func looksLikeURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// parseFooter recognises the comment footer: a label, then "(N)" or ": N".
// n is nil when the count is not a non-negative integer that fits in an int:
// the count is then unknown, which is not the same as zero.
func parseFooter(line string) (n *int, ok bool) {
	rest, ok := cutLabel(line, commentIndex)
	if !ok {
		return nil, false
	}
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
	switch {
	case strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")"):
		return parseCount(rest[1 : len(rest)-1]), true
	case rest != "" && strings.Trim(rest, "0123456789") == "":
		return parseCount(rest), true
	}
	return nil, false
}

// parseCount reads a count, allowing thousands separators between groups of
// three digits ("1,234", "1.234", "1 234"); anything else is unknown.
func parseCount(s string) *int {
	s = strings.TrimSpace(s)
	groups := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '.' || r == ' ' || r == '\u00a0' })
	if len(groups) == 0 {
		return nil
	}
	for i, g := range groups {
		if strings.Trim(g, "0123456789") != "" || (i > 0 && len(g) != 3) || (len(groups) > 1 && len(groups[0]) > 3) {
			return nil
		}
	}
	v, err := strconv.Atoi(strings.Join(groups, ""))
	if err != nil {
		return nil // too large to count
	}
	return &v
}
