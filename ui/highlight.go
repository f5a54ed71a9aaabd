package ui

import (
	"sort"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// queryTerms returns the lower-cased words of a query, for highlighting and
// for the folder search: quotes, operators and field prefixes dropped.
func queryTerms(q string) []string {
	var terms []string
	for _, f := range strings.Fields(q) {
		switch f {
		case "OR", "AND", "NOT":
			continue
		}
		if i := strings.IndexByte(f, ':'); i >= 0 {
			continue // actor:Name and the like select, they do not match text
		}
		f = strings.Trim(strings.ToLower(f), "\"*()^-+")
		if f != "" {
			terms = append(terms, f)
		}
	}
	return terms
}

// highlight marks the terms in one rendered line, keeping its styles
// around the match. It works on display cells: the match is found in the
// stripped text and cut out of the styled line by cell position.
func highlight(line string, terms []string, st lipgloss.Style) (string, bool) {
	plain := ansi.Strip(line)
	lower := strings.ToLower(plain)
	if len(lower) != len(plain) { // case folding moved bytes: no safe mapping
		return line, false
	}
	var spans []span
	for _, t := range terms {
		for at := 0; ; {
			i := strings.Index(lower[at:], t)
			if i < 0 {
				break
			}
			from := ansi.StringWidth(plain[:at+i])
			spans = append(spans, span{from, from + ansi.StringWidth(plain[at+i:at+i+len(t)])})
			at += i + len(t)
		}
	}
	if len(spans) == 0 {
		return line, false
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].from < spans[j].from })
	kept := spans[:1]
	for _, s := range spans[1:] {
		if s.from >= kept[len(kept)-1].to {
			kept = append(kept, s)
		}
	}
	// From the right, so that the cell positions to the left stay valid.
	w := ansi.StringWidth(line)
	for i := len(kept) - 1; i >= 0; i-- {
		s := kept[i]
		line = ansi.Cut(line, 0, s.from) + st.Render(ansi.Strip(ansi.Cut(line, s.from, s.to))) + ansi.Cut(line, s.to, w)
	}
	return line, true
}

// span is a run of cells in a line.
type span struct{ from, to int }
