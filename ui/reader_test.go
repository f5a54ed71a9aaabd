package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/ui/render"
)

// TestReaderHeaderSaysWhatThisIs: title, source, language, length and
// position; the title gives way when the line is narrow.
func TestReaderHeaderSaysWhatThisIs(t *testing.T) {
	m := newTestModel(t, 120, 20, Options{NoColor: true})
	press(t, m, "enter")
	h := m.reader.header(200).String()
	for _, want := range []string{"Marco Rubio et Sergueï Lavrov discutent de l'Ukraine", "thanhnien.vn", "fr", "1 min", "top"} {
		if !strings.Contains(h, want) {
			t.Errorf("header %q lacks %q", h, want)
		}
	}
	press(t, m, "space")
	if h := m.reader.header(200).String(); !strings.HasSuffix(h, "%") && !strings.HasSuffix(h, "end") {
		t.Errorf("header %q does not say where the reader is", h)
	}
	for w := 1; w < 80; w++ {
		h := m.reader.header(w).String()
		if ansi.StringWidth(h) > w {
			t.Fatalf("header at %d cells is %d wide: %q", w, ansi.StringWidth(h), h)
		}
		if w >= 40 && !strings.Contains(h, "thanhnien.vn") {
			t.Errorf("at %d cells the facts went before the title: %q", w, h)
		}
	}
}

// A title cut from the lead is not shown as a heading above the lead.
func TestLeadTitleIsNoHeading(t *testing.T) {
	lead := "Les fortes pluies ont inondé la vallée pendant trois jours et les habitants ont quitté leurs maisons."
	a := article.Article{ID: "x", Title: "Les fortes pluies ont inondé la vallée…", Lang: "fr",
		Paragraphs: []string{lead, "Deuxième paragraphe."}}
	for _, style := range []string{render.NoTTY, "plain"} {
		var lines []string
		if style == "plain" {
			lines = plainLines(onScreen(a), 60)
		} else {
			lines, _ = renderLines(context.Background(), onScreen(a), 60, style, 5*time.Second)
		}
		text := ansi.Strip(strings.Join(lines, "\n"))
		if n := strings.Count(text, "Les fortes pluies"); n != 1 {
			t.Errorf("%s: the lead's first words are shown %d times:\n%s", style, n, text)
		}
	}
	a.HasTitle, a.Title = true, "Inondations dans la vallée"
	lines, _ := renderLines(context.Background(), onScreen(a), 60, render.NoTTY, 5*time.Second)
	if !strings.Contains(ansi.Strip(strings.Join(lines, "\n")), "Inondations dans la vallée") {
		t.Errorf("a title line of the file is still the heading")
	}
}

// TestFrenchPunctuationStaysOnItsLine: at every width, no line of a French
// article starts with : ; ? ! or », in glamour's rendering and the plain
// one; an English article is left as it is.
func TestFrenchPunctuationStaysOnItsLine(t *testing.T) {
	p := strings.Repeat("Le ministre a déclaré : « nous verrons » ; est-ce vrai ? Oui ! Il part. ", 6)
	a := article.Article{ID: "fr", Title: "Déclaration : le ministre parle", HasTitle: true, Lang: "fr",
		Paragraphs: []string{p}, Blocks: []article.Block{{Kind: article.Paragraph, Text: p}}}
	for w := 20; w <= 90; w++ { // narrower, a word with its sign may not fit a line
		glam, _ := renderLines(context.Background(), onScreen(a), w, render.NoTTY, 5*time.Second)
		for name, lines := range map[string][]string{"glamour": glam, "plain": plainLines(onScreen(a), w)} {
			for _, l := range lines {
				l = strings.TrimLeft(ansi.Strip(l), " ")
				if l != "" && strings.ContainsAny(l[:1], ":;?!") || strings.HasPrefix(l, "»") {
					t.Fatalf("%s at %d cells: a line starts with its punctuation: %q", name, w, l)
				}
			}
		}
	}
	en := onScreen(article.Article{Lang: "en", Paragraphs: []string{"a : b"}})
	if en.Paragraphs[0] != "a : b" {
		t.Errorf("an English text changed: %q", en.Paragraphs[0])
	}
}
