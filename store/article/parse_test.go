package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func intp(n int) *int { return &n }

func parseText(t *testing.T, text string) Article {
	t.Helper()
	return Parse("dir/x_1.txt", []byte(text))
}

const lead = "Le ministre a annoncé lundi une nouvelle série de mesures pour la région. Les habitants attendaient ces annonces depuis des semaines."

func TestSeedArticle(t *testing.T) {
	data, err := os.ReadFile("../../articles/000_86d2cffda97f025f.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := Parse("articles/000_86d2cffda97f025f.txt", data)
	if !strings.HasPrefix(a.Title, "Le secrétaire d'État américain Marco Rubio") || !strings.HasSuffix(a.Title, "…") {
		t.Errorf("title = %q", a.Title)
	}
	if a.Source == nil || a.Source.Domain != "thanhnien.vn" || !strings.HasPrefix(a.Source.URL, "https://thanhnien.vn/ngoai-truong") {
		t.Errorf("source = %+v", a.Source)
	}
	if a.Comments == nil || *a.Comments != 0 {
		t.Errorf("comments = %v, want 0", a.Comments)
	}
	if a.Lang != "fr" || a.ID != "000_86d2cffda97f025f" || a.File != "000_86d2cffda97f025f.txt" {
		t.Errorf("lang, id, file = %q %q %q", a.Lang, a.ID, a.File)
	}
	want := "Le secrétaire d'État américain Marco Rubio (à gauche) et son homologue russe Sergueï Lavrov"
	if len(a.Captions) != 1 || a.Captions[0] != want {
		t.Errorf("captions = %q", a.Captions)
	}
	for _, p := range a.Paragraphs {
		if strings.Contains(p, "Comment (") || strings.Contains(p, "Source :") || p == want {
			t.Errorf("paragraph holds footer, source or caption: %q", p)
		}
	}
	if len(a.Paragraphs) != 12 {
		t.Errorf("%d paragraphs, want 12", len(a.Paragraphs))
	}
	// The caption stays where it stood: after the sixth paragraph.
	if len(a.Blocks) < 7 || a.Blocks[6].Kind != Caption {
		t.Errorf("caption not in place: %+v", a.Blocks[:min(7, len(a.Blocks))])
	}
}

// A source label whose line goes on with the article's text (a page that
// lost its line breaks) keeps the text as a paragraph: nothing of the body is
// lost with the label.
func TestSourceLineFollowedByText(t *testing.T) {
	a := parseText(t, lead+"\nQuelle: https://www.spiegel.de/a Des gens se déplacent vers le nord. Référence kw0077.\nComment (0)")
	if a.Source == nil || a.Source.Domain != "spiegel.de" {
		t.Fatalf("source %+v", a.Source)
	}
	found := false
	for _, p := range a.Paragraphs {
		found = found || p == "Des gens se déplacent vers le nord. Référence kw0077."
		if strings.Contains(p, "http") {
			t.Errorf("the link stayed in the body: %q", p)
		}
	}
	if !found {
		t.Errorf("the text after the link was lost: %q", a.Paragraphs)
	}
}

func TestSourceLines(t *testing.T) {
	cases := []struct {
		line   string
		domain string // "" means no usable source
	}{
		{"Source : https://thanhnien.vn/a-1.htm", "thanhnien.vn"},
		{"Source: https://www.sggp.org.vn/x.html", "sggp.org.vn"},
		{"Fuente: https://elpais.com/a", "elpais.com"},
		{"Quelle: https://www.spiegel.de/a", "spiegel.de"},
		{"Zdroj : https://www.idnes.cz/a", "idnes.cz"},
		{"Джерело: https://quangngaitv.vn/a.html", "quangngaitv.vn"},
		{"Nguồn: https://vnexpress.net/a", "vnexpress.net"},
		{"Źródło: https://onet.pl/a", "onet.pl"},
		{"    Source : https://www.qdnd.vn/a", "qdnd.vn"},
		{"SOURCE: HTTPS://Example.COM:8080/a", "example.com"},
		{"Source", ""},
		{"Lien source", ""},
		{"Sumber", ""},
		{"source", ""},
		{"Source : javascript:alert(1)", ""},
		{"Source : file:///etc/passwd", ""},
		{"Source : ftp://example.com/a", ""},
		{"Source : https://", ""},
		{"Source : not a link", ""},
		{"Source: VNA", ""},
		{"Nguồn: Báo Thanh Niên", ""},
		{"Source: https://vnexpress.net/a.html (Vietnamese)", "vnexpress.net"},
		{"Source: [Thanh Nien](https://thanhnien.vn/a.htm)", "thanhnien.vn"},
		{"Source: <https://tuoitre.vn/a>.", "tuoitre.vn"},
		{"Source https://laodong.vn/a", "laodong.vn"},
	}
	for _, c := range cases {
		a := parseText(t, lead+"\n"+c.line+"\nComment (0)")
		got := ""
		if a.Source != nil {
			got = a.Source.Domain
		}
		if got != c.domain {
			t.Errorf("%q: domain %q, want %q", c.line, got, c.domain)
		}
		for _, p := range a.Paragraphs {
			if strings.Contains(p, strings.TrimSpace(c.line)) {
				t.Errorf("%q: source line left in the body", c.line)
			}
		}
	}
}

func TestLastSourceLineWins(t *testing.T) {
	a := parseText(t, lead+"\nOriginal link: https://www.baogiaothong.vn/a\nAccording to Traffic\nSource: https://tienphong.vn/b\n")
	if a.Source == nil || a.Source.Domain != "tienphong.vn" {
		t.Fatalf("source = %+v, want tienphong.vn", a.Source)
	}
}

func TestSentencesStartingWithALabelAreText(t *testing.T) {
	a := parseText(t, lead+"\nSource of the flooding was a broken dam upstream, officials said.\nComment: les habitants ont vite réagi.\n")
	if a.Source != nil || a.Comments != nil || len(a.Paragraphs) != 3 {
		t.Fatalf("a sentence was taken for a source line or footer: %+v %v %q", a.Source, a.Comments, a.Paragraphs)
	}
}

func TestCommentFooter(t *testing.T) {
	cases := []struct {
		footer string
		want   *int
		isMeta bool // the line is a footer and must leave the body
	}{
		{"Comment (0)", intp(0), true},
		{"Kommentar (3)", intp(3), true},
		{"Komentář (12)", intp(12), true},
		{"Коментар (0)", intp(0), true},
		{"Комментарий (7)", intp(7), true},
		{"Komen (0)", intp(0), true},
		{"Comments (1234)", intp(1234), true},
		{"Comment (-1)", nil, true},
		{"Comment (abc)", nil, true},
		{"Comment ()", nil, true},
		{"Comment (99999999999999999999999999)", nil, true},
		{"Comment (1.5)", nil, true},
		{"Comment(4)", intp(4), true},
		{"Comments: 5", intp(5), true},
		{"Bình luận (2)", intp(2), true},
		{"Comment (1,234)", intp(1234), true},
		{"Comment (1 234)", intp(1234), true},
		{"Comment (12,34)", nil, true},
		{"", nil, false},
	}
	for _, c := range cases {
		a := parseText(t, lead+"\nSource : https://a.vn/x\n\n\n"+c.footer)
		if (a.Comments == nil) != (c.want == nil) || (a.Comments != nil && *a.Comments != *c.want) {
			t.Errorf("%q: comments = %v, want %v", c.footer, deref(a.Comments), deref(c.want))
		}
		if c.isMeta {
			for _, b := range a.Blocks {
				if b.Text == c.footer {
					t.Errorf("%q: footer left in the body", c.footer)
				}
			}
		}
	}
}

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestCaptions(t *testing.T) {
	cases := []struct {
		name, text string
		caption    string
	}{
		{"photo credit", lead + "\nDes gens sous la pluie à Dau Giay. Photo : Kim Lieu |\n" + lead, "Des gens sous la pluie à Dau Giay. Photo : Kim Lieu"},
		{"image then piped", lead + "\n![]() |\n| Le niveau d'eau de la rivière Dong Nai. Photo : Dang Tung |\n" + lead, "Le niveau d'eau de la rivière Dong Nai. Photo : Dang Tung"},
		{"video", lead + "\n>>> Vidéo : les inondations à Hue\n" + lead, ">>> Vidéo : les inondations à Hue"},
		{"short without final punctuation", lead + "\nLe secrétaire d'État Marco Rubio (à gauche)\n" + lead, "Le secrétaire d'État Marco Rubio (à gauche)"},
		{"image marker", lead + "\nLes États-Unis battent le Vietnam - ảnh 1La sélection féminine. Photo: VFF\n" + lead, "Les États-Unis battent le Vietnam - ảnh 1La sélection féminine. Photo: VFF"},
		{"illustration", lead + "\nPhoto d'illustration: baotainguyenmoitruong.vn\n" + lead, "Photo d'illustration: baotainguyenmoitruong.vn"},
	}
	for _, c := range cases {
		a := parseText(t, c.text)
		if len(a.Captions) != 1 || a.Captions[0] != c.caption {
			t.Errorf("%s: captions = %q, want [%q]", c.name, a.Captions, c.caption)
		}
		if len(a.Paragraphs) != 2 {
			t.Errorf("%s: paragraphs = %q", c.name, a.Paragraphs)
		}
	}
}

func TestSentencesAreNotCaptions(t *testing.T) {
	a := parseText(t, lead+"\nIl a plu.\nLe fleuve a débordé, dit-il.»\nDepuis le début de l'année, les prix ont été ajustés 9 fois. -VNA\n")
	if len(a.Captions) != 0 {
		t.Errorf("captions = %q", a.Captions)
	}
}

func TestLeftoversDropped(t *testing.T) {
	a := parseText(t, lead+"\nVoir plus\nChia sẻ\n|\nSur le même sujet\n"+lead)
	if len(a.Paragraphs) != 2 || len(a.Captions) != 0 {
		t.Errorf("blocks = %+v", a.Blocks)
	}
}

func TestTitle(t *testing.T) {
	cases := []struct {
		name, text, want string
		hasTitle         bool
	}{
		{"title line", "Le Vietnam bat le Laos 2-0 en qualifications\n\n" + lead, "Le Vietnam bat le Laos 2-0 en qualifications", true},
		{"kicker before title", "Weather\n\nDa Nang City braces for heavy rains, inundation\n\n" + lead, "Da Nang City braces for heavy rains, inundation", true},
		{"lead sentence", lead, "Le ministre a annoncé lundi une nouvelle série de mesures pour la région", false},
		{"abbreviation is no sentence end", "Le 16 novembre, M. Vo Nhu Son Tra a parlé. Puis il est parti.", "Le 16 novembre, M. Vo Nhu Son Tra a parlé", false},
		{"dateline is no title", "Jeudi, 25/01/2024 11:45 (GMT+7)\nLors de son dernier match, l'équipe a perdu.\n", "Lors de son dernier match, l'équipe a perdu", false},
		{"caption is no title", "Des gens sous la pluie. Photo : Kim Lieu |\n" + lead, "Le ministre a annoncé lundi une nouvelle série de mesures pour la région", false},
		{"alone is no title", "Un titre sans texte", "Un titre sans texte", false},
		{"empty", "", "", false},
	}
	for _, c := range cases {
		a := parseText(t, c.text)
		if a.Title != c.want || a.HasTitle != c.hasTitle {
			t.Errorf("%s: title %q (line %v), want %q (line %v)", c.name, a.Title, a.HasTitle, c.want, c.hasTitle)
		}
		if c.hasTitle && len(a.Paragraphs) > 0 && a.Paragraphs[0] == c.want {
			t.Errorf("%s: the title line is also the first paragraph", c.name)
		}
	}
}

func TestLongLeadIsCutAtAWord(t *testing.T) {
	long := strings.Repeat("mot ", 60) + "fin."
	a := parseText(t, long)
	if n := runes(a.Title); n > maxTitle || !strings.HasSuffix(a.Title, "mot…") {
		t.Errorf("title %q (%d characters)", a.Title, n)
	}
}

func TestLeadOfDashesKeepsATitle(t *testing.T) {
	a := parseText(t, strings.Repeat("- ", 100))
	if strings.Trim(a.Title, "…") == "" {
		t.Errorf("title %q", a.Title)
	}
}

func TestBytesAreMadeSafe(t *testing.T) {
	text := "\ufeffTitre\x1b]52;c;ZXZpbA==\x07 ici\r\n\r\n" + "Un\tparagraphe\u202e inversé \x9b31m et \xff\xfe fin.\rSecond paragraphe, bien séparé.\n"
	a := parseText(t, text)
	for _, s := range append(append([]string{a.Title}, a.Paragraphs...), a.Captions...) {
		for _, r := range s {
			if r < 0x20 || (r >= 0x7f && r < 0xa0) || r == '\u202e' || r == '\ufeff' {
				t.Errorf("unsafe rune %U in %q", r, s)
			}
		}
	}
	if !strings.HasPrefix(a.Title, "Titre") {
		t.Errorf("BOM not dropped: title %q", a.Title)
	}
	if len(a.Paragraphs) != 2 || !strings.Contains(a.Paragraphs[0], "Un    paragraphe") || !strings.Contains(a.Paragraphs[0], "\ufffd") {
		t.Errorf("paragraphs = %q", a.Paragraphs)
	}
}

func TestWordsAndLang(t *testing.T) {
	a := parseText(t, "The minister said on Monday that the floods were over and that the roads in the region would open.\nSource: https://a.com/x\nComment (2)")
	if a.Lang != "en" || a.Words != 19 {
		t.Errorf("lang %q words %d", a.Lang, a.Words)
	}
}

// TestCorpus checks source, comments and lang of every real article in the
// shared corpus against what a reader sees in each file.
func TestCorpus(t *testing.T) {
	dir := "../../../shared/corpus/articles"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/corpus is absent: skipping the real-article check")
	}
	want := map[string]struct {
		lang, domain string
		comments     *int
	}{
		"000": {"fr", "thanhnien.vn", intp(0)}, "001": {"fr", "nhandan.vn", intp(0)},
		"003": {"fr", "baodongnai.com.vn", intp(0)}, "005": {"fr", "baodongnai.com.vn", intp(0)},
		"007": {"en", "tienphong.vn", intp(0)}, "009": {"fr", "sggp.org.vn", intp(0)},
		"011": {"fr", "", intp(0)}, "013": {"fr", "qdnd.vn", nil}, "015": {"fr", "", intp(0)},
		"017": {"en", "sggp.org.vn", intp(0)}, "019": {"ru", "", intp(0)},
		"021": {"uk", "quangngaitv.vn", intp(0)}, "023": {"fr", "", nil}, "025": {"fr", "", nil},
		"027": {"fr", "", nil}, "029": {"fr", "", nil}, "031": {"fr", "", nil},
		"033": {"fr", "", nil}, "035": {"en", "", nil}, "037": {"fr", "", nil},
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) != len(want) {
		t.Fatalf("%d corpus files, the table knows %d", len(files), len(want))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := Parse(f, data)
		w := want[a.ID[:3]]
		domain := ""
		if a.Source != nil {
			domain = a.Source.Domain
		}
		if a.Lang != w.lang || domain != w.domain || deref(a.Comments) != deref(w.comments) {
			t.Errorf("%s: lang %q source %q comments %v; want %q %q %v", a.File, a.Lang, domain, deref(a.Comments), w.lang, w.domain, deref(w.comments))
		}
	}
}
