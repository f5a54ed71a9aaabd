package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/ui/render"
)

// The reader marks what the index's matcher finds in the rendered article,
// wrapped at any width, in any style: folds, forms, phrases over a line
// break, fields, actors. Every line n/N goes to holds a mark.
func TestHighlightsFollowTheIndex(t *testing.T) {
	a := article.Article{
		Title: "Marco Rubio à Riyad",
		Lang:  "fr",
		Paragraphs: []string{
			"Le secrétaire d'État Marco Rubio et Sergueï Lavrov ont parlé des négociations sur l'Ukraine à Riyad.",
			"Les États-Unis et la Russie discutent. Une négociation difficile.",
			"北京市今天发生严重洪水。",
		},
		Source: &article.Source{URL: "https://thanhnien.vn/a.htm", Domain: "thanhnien.vn"},
		Actors: []actors.Actor{
			{Name: "Marco Rubio", Kind: actors.Person, Aliases: []string{"Rubio"}},
			{Name: "Ukraine", Kind: actors.Place, Aliases: []string{}},
		},
	}
	cases := []struct {
		query string
		want  string // the marked words, in order, the title's first
		where string
	}{
		{"serguei", "Sergue\u0308i", ""}, // NFD in the text
		{"etats-unis", "États-Unis", ""},
		{"negoc", "négociations négociation", ""}, // typed: a prefix
		{"négociation ", "négociations négociation", ""},
		{`"négociation" `, "négociation", ""},
		{`"marco rubio" `, "Marco Rubio Marco Rubio", ""},
		{"riyad ", "Riyad Riyad", ""},
		{"title:riyad ", "Riyad", "title"},
		{"actor:rubio ", "Marco Rubio Marco Rubio", "actor"},
		{"source:thanhnien ", "", "source"},
		{"洪水", "洪水", ""},
		{"ukraine -russie", "Ukraine", ""},
	}
	a.Paragraphs[0] = "Le secrétaire d'État Marco Rubio et Sergue\u0308i Lavrov ont parlé des négociations sur l'Ukraine à Riyad."
	for _, width := range []int{16, 30, 80} { // (narrower, glamour cuts words)
		lines, _ := renderLines(context.Background(), a, width, render.NoTTY, 5*time.Second)
		for _, c := range cases {
			h := findHighlights(lines, queryTerms(c.query, Typing), &a)
			var got []string
			for i, l := range lines {
				for _, s := range h.spans[i] {
					got = append(got, ansi.Cut(ansi.Strip(l), s.from, s.to))
				}
			}
			// (a mark over a line break is two: compared without spaces)
			if noSpace(strings.Join(got, "")) != noSpace(c.want) || strings.Join(h.where, " ") != c.where {
				t.Errorf("width %d, %q: marks %q where %v; want %q where %q", width, c.query, got, h.where, c.want, c.where)
			}
			for _, l := range h.lines {
				if marked := highlight(lines[l], h.spans[l], lipgloss.NewStyle().Reverse(true)); marked == lines[l] && len(h.spans[l]) > 0 {
					t.Errorf("width %d, %q: line %d goes to n/N but shows no mark", width, c.query, l)
				}
			}
		}
	}
}

func noSpace(s string) string { return strings.ReplaceAll(s, " ", "") }
