package render

import (
	"context"
	"errors"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"github.com/kioskreader/kiosk/store/article"
)

// hostile are paragraphs that would build Markdown structure (or, through
// glamour, escape sequences and minutes of CPU) if they were not escaped.
var hostile = []string{
	strings.Repeat("> ", 200) + "deep",
	strings.Repeat("- ", 100) + "list",
	strings.Repeat("  ", 50) + "* nested",
	"1. first",
	"2) second",
	"# heading",
	"## second heading",
	"&#27;[31mred &#x1b; &amp; &lt;b&gt;",
	"<script>alert(1)</script>",
	"<https://evil.example/autolink>",
	"[click](javascript:alert(1)) and ![img](http://x/y.png)",
	"`code` and ```fence``` and ~~strike~~",
	"*emph* _under_ **strong** __bold__",
	"===",
	"---",
	"| a | b |",
	": definition",
	"www.example.com and https://example.com/a_b and mail@example.com",
	"trailing backslash \\",
	"[ref]: http://example.com",
	"<!-- comment -->",
	"\\*escaped\\* a\\b \\\\ end\\",
}

func articleWith(paragraphs ...string) article.Article {
	a := article.Article{Title: "Title", Paragraphs: paragraphs}
	for _, p := range paragraphs {
		a.Blocks = append(a.Blocks, article.Block{Kind: article.Paragraph, Text: p})
	}
	return a
}

// TestMarkdownHasNoStructureFromContent parses Markdown's output with the
// same goldmark extensions glamour uses: each hostile paragraph must come
// back as one paragraph of plain text equal to the input.
func TestMarkdownHasNoStructureFromContent(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList))
	for _, in := range hostile {
		src := []byte(Markdown(articleWith(in)))
		doc := md.Parser().Parse(text.NewReader(src))
		var paras []string
		for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
			switch n.Kind() {
			case ast.KindHeading:
				if n.(*ast.Heading).Level != 1 {
					t.Errorf("%q: heading level %d", in, n.(*ast.Heading).Level)
				}
			case ast.KindParagraph:
				paras = append(paras, inlineText(t, in, n, src))
			default:
				t.Errorf("%q: block %s in %q", in, n.Kind(), src)
			}
		}
		// glamour decodes references, then reads "\\\\" as one backslash.
		want := strings.ReplaceAll(strings.Join(strings.Fields(in), " "), "\\", "\\\\")
		if len(paras) != 1 || paras[0] != want {
			t.Errorf("%q: paragraphs %q, want [%q]", in, paras, want)
		}
	}
}

// inlineText returns the text of a paragraph, failing on any inline node but
// text (a link, HTML, code or emphasis would be structure from content).
func inlineText(t *testing.T, in string, p ast.Node, src []byte) string {
	var b strings.Builder
	for n := p.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Text:
			b.Write(n.Segment.Value(src))
			if n.SoftLineBreak() || n.HardLineBreak() {
				t.Errorf("%q: line break inside a paragraph", in)
			}
		case *ast.String:
			b.Write(n.Value)
		default:
			t.Errorf("%q: inline %s", in, n.Kind())
		}
	}
	return html.UnescapeString(b.String())
}

func TestMarkdownLayout(t *testing.T) {
	a := article.Article{
		Title: "A title",
		Blocks: []article.Block{
			{Kind: article.Paragraph, Text: "First paragraph."},
			{Kind: article.Caption, Text: "A photo caption"},
			{Kind: article.Paragraph, Text: "Second paragraph."},
		},
		Source: &article.Source{URL: "https://news.example/a?b=1", Domain: "news.example"},
	}
	md := Markdown(a)
	order := []string{"# A title", "First paragraph", "*A photo caption*", "Second paragraph", "Source", "news&#46;example", "https&#58;"}
	at := 0
	for _, w := range order {
		i := strings.Index(md[at:], w)
		if i < 0 {
			t.Fatalf("%q missing or out of order in\n%s", w, md)
		}
		at += i
	}
	a.Source = nil
	if strings.Contains(Markdown(a), "Source") {
		t.Errorf("a source line without a source")
	}
}

// TestGlamourShowsHostileTextLiterally renders each hostile paragraph: it
// must come out as the same words, within a budget the escaping keeps it far
// under (unescaped, "> " nested 200 deep takes minutes).
func TestGlamourShowsHostileTextLiterally(t *testing.T) {
	for _, style := range []string{Dark, Light, NoTTY} {
		for _, in := range hostile {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			out, err := Glamour(ctx, articleWith(in), 300, style)
			cancel()
			if err != nil {
				t.Fatalf("%s %q: %v", style, in, err)
			}
			got := strings.Join(strings.Fields(ansi.Strip(out)), " ")
			if want := strings.Join(strings.Fields(in), " "); !strings.Contains(got, want) {
				t.Errorf("%s: %q not literal in %q", style, want, got)
			}
			assertOnlySGR(t, out)
		}
	}
}

// TestGlamourNeverEmitsContentSequences feeds raw escape sequences through
// the parser: what reaches the terminal is only glamour's own colors.
func TestGlamourNeverEmitsContentSequences(t *testing.T) {
	raw := "Title \x1b[2J\x1b]0;pwned\x07\n\n" +
		"clipboard \x1b]52;c;aGk=\x07 link \x1b]8;;http://x\x1b\\x\x1b]8;;\x1b\\ csi \x9b31m \xc2\x9b31m\n\n" +
		"bidi \u202eevil\u202c cr \r over \x1b[" + strings.Repeat("1;", 40) + "m end &#27;[31m\n\n" +
		"Source: https://example.com/a\x1b[31m\n"
	a := article.Parse("x.txt", []byte(raw))
	for _, style := range []string{Dark, Light, NoTTY} {
		for _, w := range []int{1, 7, 40, 80, 200} {
			out, err := Glamour(context.Background(), a, w, style)
			if err != nil {
				t.Fatal(err)
			}
			assertOnlySGR(t, out)
			assertWidth(t, out, w)
		}
	}
}

var sgr = regexp.MustCompile(`^\x1b\[[0-9;:]*m$`)

// assertOnlySGR tokenizes s with x/ansi and fails on any control or escape
// sequence but SGR and the line feed.
func assertOnlySGR(t *testing.T, s string) {
	t.Helper()
	var state byte
	p := ansi.NewParser()
	for len(s) > 0 {
		seq, _, n, next := ansi.DecodeSequence(s, state, p)
		state, s = next, s[n:]
		if seq == "\n" || (seq[0] >= 0x20 && seq[0] != 0x7f) {
			continue
		}
		if !sgr.MatchString(seq) {
			t.Fatalf("sequence %q in output", seq)
		}
	}
}

func assertWidth(t *testing.T, s string, width int) {
	t.Helper()
	for _, l := range strings.Split(s, "\n") {
		if w := ansi.StringWidth(l); w > width {
			t.Fatalf("line %q is %d cells wide, want at most %d", ansi.Strip(l), w, width)
		}
	}
}

func TestGlamourStyles(t *testing.T) {
	a := articleWith("Hello world.")
	if _, err := Glamour(context.Background(), a, 80, "auto"); err == nil {
		t.Error("unknown style accepted")
	}
	notty, _ := Glamour(context.Background(), a, 80, NoTTY)
	dark, _ := Glamour(context.Background(), a, 80, Dark)
	if !strings.Contains(dark, "\x1b[") {
		t.Error("dark style has no color")
	}
	if strings.Contains(notty, "\x1b[") {
		t.Errorf("notty style has sequences: %q", notty)
	}
}

func TestGlamourTimeout(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Glamour(ctx, articleWith("text"), 80, Dark); !errors.Is(err, ErrTimeout) {
		t.Errorf("err = %v, want ErrTimeout", err)
	}
}

func TestPlain(t *testing.T) {
	a := article.Article{
		Title: "東京で会議 🇻🇳 a title that is long enough to wrap",
		Blocks: []article.Block{
			{Kind: article.Paragraph, Text: "Một đoạn văn dài bằng tiếng Việt, với 漢字 và emoji 👨‍👩‍👧 ở giữa, đủ dài để xuống dòng nhiều lần."},
			{Kind: article.Caption, Text: "Ảnh minh họa Photo : Kim Lieu"},
			{Kind: article.Paragraph, Text: strings.Repeat("x", 300)},
		},
		Source: &article.Source{URL: "https://example.com/" + strings.Repeat("long/", 30), Domain: "example.com"},
	}
	for w := 0; w <= 120; w++ {
		out := Plain(a, w)
		if strings.ContainsAny(out, "\x1b\u009b\r") {
			t.Fatalf("width %d: escape or control in %q", w, out)
		}
		if w > 0 {
			assertWidth(t, out, w)
		}
	}
	out := Plain(a, 60)
	for _, want := range []string{"東京で会議", "Ảnh minh họa", captionMark + "Ảnh", "Source: example.com", "https://example.com/long/"} {
		if !strings.Contains(out, want) {
			t.Errorf("%q missing from\n%s", want, out)
		}
	}
	if !strings.HasPrefix(out, "東京で会議") || !strings.Contains(out, "wrap\n\nMột") {
		t.Errorf("title then blank line expected:\n%s", out)
	}
	if strings.Index(out, "Source") < strings.Index(out, "xxxx") {
		t.Error("source is not last")
	}
}

func corpus(t testing.TB) []article.Article {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "articles")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no corpus at", dir)
	}
	var out []article.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, article.Parse(f, data))
	}
	return out
}

func TestCorpusRenders(t *testing.T) {
	for _, a := range corpus(t) {
		for _, w := range []int{20, 57, 80, 133} {
			out, err := Glamour(context.Background(), a, w, Dark)
			if err != nil {
				t.Fatalf("%s: %v", a.File, err)
			}
			assertOnlySGR(t, out)
			assertWidth(t, out, w)
			assertWidth(t, Plain(a, w), w)
		}
	}
}

func BenchmarkGlamourHostile(b *testing.B) {
	a := articleWith(hostile...)
	for b.Loop() {
		if _, err := Glamour(context.Background(), a, 80, Dark); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGlamourCorpus(b *testing.B) {
	arts := corpus(b)
	for b.Loop() {
		for _, a := range arts {
			if _, err := Glamour(context.Background(), a, 80, Dark); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkPlainCorpus(b *testing.B) {
	arts := corpus(b)
	for b.Loop() {
		for _, a := range arts {
			Plain(a, 80)
		}
	}
}
