package render

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/article"
)

func writeStyle(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "style.json")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

var styleArticle = article.Article{Title: "Un titre", Blocks: []article.Block{{Kind: article.Paragraph, Text: "Un paragraphe de texte."}}}

// TestLoadStyleRendersWithIt: a JSON style of the user's is used by name
// (its path); the output keeps to SGR and the width.
func TestLoadStyleRendersWithIt(t *testing.T) {
	p := writeStyle(t, `{
  "document": {"margin": 1, "color": "#ff00ff"},
  "heading": {"prefix": "» ", "bold": true},
  "h1": {"prefix": "» ", "color": "#00ff00"}
}`)
	if err := LoadStyle(p); err != nil {
		t.Fatal(err)
	}
	if !IsStyle(p) {
		t.Fatal("a loaded style is not known by its path")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, err := Glamour(ctx, styleArticle, 40, p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ansi.Strip(out), "» Un titre") {
		t.Errorf("the style's heading prefix is not used:\n%s", ansi.Strip(out))
	}
	assertOnlySGR(t, out)
	assertWidth(t, out, 40)
	for _, name := range []string{"dracula", "tokyo-night", "pink", "ascii"} {
		if _, err := Glamour(ctx, styleArticle, 40, name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestGlamoursOwnStylesLoad: every field glamour writes in a style is one
// LoadStyle accepts (it refuses unknown fields).
func TestGlamoursOwnStylesLoad(t *testing.T) {
	for name, cfg := range styles.DefaultStyles {
		b, err := json.Marshal(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := LoadStyle(writeStyle(t, string(b))); err != nil {
			t.Errorf("glamour's %s style as JSON: %v", name, err)
		}
	}
}

// TestBrokenStyleIsOneLine: what is wrong, with the file and the line.
func TestBrokenStyleIsOneLine(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"{\n  \"document\": {\"margin\": 1,}\n}", ":2: invalid character '}'"},
		{"{\n  \"document\": {\n    \"colour\": \"#fff\"}\n}", `:3: unknown field "colour"`},
		{"{\n  \"document\": {\n    \"margin\": \"wide\"}\n}", ":3: document.margin must be a number, not a JSON string"},
		{"{\n  \"h1\": {\"prefix\": \"\\u001b]52;c;aGk=\\u0007\"}\n}", "control character"},
		{"{\"document\": {}", "ends too early"},
		{"", "ends too early"},
	} {
		p := writeStyle(t, c.text)
		err := LoadStyle(p)
		if err == nil {
			t.Errorf("%q: accepted", c.text)
			continue
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, p) || !strings.Contains(msg, c.want) || strings.Contains(msg, "\n") || strings.ContainsRune(msg, 0x1b) {
			t.Errorf("%q: %q, want one line naming the file and %q", c.text, msg, c.want)
		}
		if IsStyle(p) {
			t.Errorf("%q: a broken style is known", c.text)
		}
	}
	if err := LoadStyle(filepath.Join(t.TempDir(), "none.json")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("a missing file: %v", err)
	}
}
