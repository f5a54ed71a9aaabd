package article

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// A language's pieces for generated articles: made-up words in its script
// and its own small words, a headline, an outlet word and a slogan, so that
// every rule is tried in the shapes each language gives it. No real article
// text is copied here.
type genLang struct {
	code     string
	words    []string // content words
	glue     []string // the language's small words, which make text a sentence
	outlet   string   // starts an outlet's name
	slogan   string
	headline string
}

var genLangs = []genLang{
	{"fr", []string{"ministre", "rivière", "crue", "habitants", "route", "province", "équipe", "marché", "récolte", "pluie"}, []string{"le", "la", "des", "et", "dans", "pour"}, "Journal", "L'information au quotidien", "La crue de la rivière coupe la route nationale"},
	{"en", []string{"minister", "river", "flood", "residents", "road", "province", "team", "market", "harvest", "rain"}, []string{"the", "and", "of", "in", "for", "with"}, "Radio", "News you can trust every day", "Flood cuts the national road near the river"},
	{"vi", []string{"mưa", "lũ", "đường", "tỉnh", "người dân", "sông", "chợ", "mùa", "đội", "bộ trưởng"}, []string{"và", "của", "là", "có", "trong", "được"}, "Báo", "Tin nhanh mỗi ngày cho mọi nhà", "Lũ trên sông làm ngập đường quốc lộ"},
	{"ru", []string{"министр", "река", "паводок", "жители", "дорога", "провинция", "команда", "рынок", "урожай", "дождь"}, []string{"и", "в", "на", "что", "по", "для"}, "Газета", "Новости каждый день для всех", "Паводок на реке перекрыл дорогу"},
	{"es", []string{"ministro", "río", "crecida", "vecinos", "carretera", "provincia", "equipo", "mercado", "cosecha", "lluvia"}, []string{"el", "los", "del", "y", "en", "por"}, "Diario", "Noticias de cada día para todos", "La crecida del río corta la carretera"},
	{"de", []string{"Minister", "Fluss", "Hochwasser", "Anwohner", "Straße", "Provinz", "Mannschaft", "Markt", "Ernte", "Regen"}, []string{"der", "die", "und", "mit", "von", "auf"}, "Radio", "Nachrichten für jeden Tag", "Hochwasser am Fluss sperrt die Straße"},
}

// The made-up outlet every generated article comes from, whose domain is
// the folded name.
var siteNames = []string{"Tin Sáng", "Le Veilleur", "Morning Star", "Vesti Dnya", "El Faro", "Abendpost"}

// sentence is n words of l with its small words, capitalized, ending with a
// period, and a serial word that is in no other sentence (for the no-loss
// check).
func (l genLang) sentence(r *rand.Rand, serial int) string {
	var w []string
	for i := range 8 + r.IntN(10) {
		if i%3 == 1 {
			w = append(w, l.glue[r.IntN(len(l.glue))])
		} else {
			w = append(w, l.words[r.IntN(len(l.words))])
		}
	}
	w = append(w, fmt.Sprintf("kw%s%04d", l.code, serial))
	s := []rune(strings.Join(w, " "))
	return strings.ToUpper(string(s[:1])) + string(s[1:]) + "."
}

// furniture is a generated article and what the parser should take from it.
type furniture struct {
	text      string
	title     string   // the headline, "" when the article has none
	noise     []string // lines that must reach neither the title nor the body
	caption   string   // a caption that must be there exactly once, if any
	date      string   // the date a byline states, if any
	bodyWords []string // every word of the body lines
}

// genFurniture writes an article in l with a random set of the furniture
// shapes: a masthead (the site's name in one of its forms, a slogan), a
// byline (spaced, glued, doubled, with a zone), image names (alone, before
// a caption, as URLs) and a caption printed twice.
func genFurniture(r *rand.Rand, l genLang, n int) furniture {
	var f furniture
	var lines []string
	name := siteNames[r.IntN(len(siteNames))]
	domain := fold(name) + []string{".vn", ".com", ".fr", ".net"}[r.IntN(4)]
	mastheads := [][]string{
		{name}, {strings.ToUpper(fold(name))}, {l.outlet + " " + name}, {name + " Online"},
		{domain}, {name + " - " + l.slogan}, {l.slogan, name}, {l.outlet + " " + name + l.outlet + " " + name},
	}
	if r.IntN(3) > 0 {
		m := mastheads[r.IntN(len(mastheads))]
		lines = append(lines, m...)
		f.noise = append(f.noise, m...)
	}
	day, month := 1+r.IntN(28), 1+r.IntN(12)
	date := fmt.Sprintf("%02d/%02d/2025", day, month)
	bylines := []string{
		l.outlet + " " + name + " " + date + " 10:45",
		l.outlet + " " + name + l.outlet + " " + name + date,
		name + " | " + date,
		name + ", " + date + " - 08:30 (GMT+7)",
		l.outlet + " " + name + " " + date,
	}
	if r.IntN(2) == 0 {
		b := bylines[r.IntN(len(bylines))]
		lines = append(lines, b)
		f.noise = append(f.noise, b)
		f.date = fmt.Sprintf("2025-%02d-%02d", month, day)
	}
	if r.IntN(2) == 0 {
		f.title = l.headline
		lines = append(lines, l.headline)
	}
	serial := n * 100
	para := func() {
		s := l.sentence(r, serial) + " " + l.sentence(r, serial+1)
		serial += 2
		lines = append(lines, s)
	}
	para()
	images := []string{fmt.Sprintf("%s-photo%d.jpg", l.words[0], n), fmt.Sprintf("IMG_%04d.JPG", n), fmt.Sprintf("https://cdn.%s/2025/%02d/a%d.png?w=640", domain, month, n), fmt.Sprintf("%s_%d.webp", fold(name), n)}
	caption := strings.TrimSuffix(l.sentence(r, serial), ".")
	serial++
	switch r.IntN(4) {
	case 0: // an image name alone on its line, then the caption
		img := images[r.IntN(len(images))]
		lines = append(lines, img, caption)
		f.noise = append(f.noise, img)
	case 1: // the caption twice in a row
		lines = append(lines, caption, caption)
	case 2: // the caption twice on one line
		lines = append(lines, caption+" "+caption)
	case 3: // an image name glued before the caption
		img := images[r.IntN(len(images))]
		lines = append(lines, img+" "+caption)
		f.noise = append(f.noise, img)
	}
	f.caption = caption
	for range 1 + r.IntN(3) {
		para()
	}
	for _, line := range lines {
		f.bodyWords = append(f.bodyWords, strings.Fields(line)...)
	}
	lines = append(lines, "Source : https://"+domain+"/a-"+fmt.Sprint(n)+".html", "Comment (0)")
	f.text = strings.Join(lines, "\n")
	return f
}

// TestFurnitureIsKeptApart: over generated articles in six languages, the
// masthead is never the title, no byline, image name or repeated caption
// reaches the title or the body, each is in its field, a byline's date is
// the article's, and every word of the input is still somewhere.
func TestFurnitureIsKeptApart(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 1))
	for n := range 600 {
		l := genLangs[n%len(genLangs)]
		f := genFurniture(r, l, n)
		a := Parse("d/x.txt", []byte(f.text))
		fail := func(format string, args ...any) {
			t.Helper()
			t.Errorf("%s: "+format+"\n---\n%s", append([]any{l.code}, append(args, f.text)...)...)
		}
		if f.title != "" && (a.Title != f.title || !a.HasTitle) {
			fail("title %q, want %q", a.Title, f.title)
		}
		body := append([]string{a.Title}, blockTexts(a.Blocks)...)
		for _, noise := range f.noise {
			for _, b := range body {
				if strings.Contains(b, noise) {
					fail("%q reached the title or the body: %q", noise, b)
				}
			}
		}
		if got := count(a.Captions, f.caption); got != 1 {
			fail("caption %q kept %d times: %q", f.caption, got, a.Captions)
		}
		if f.date != "" && (a.Date == nil || a.Date.Value != f.date) {
			fail("date %+v, want %s from the byline %q", a.Date, f.date, a.Bylines)
		}
		have := map[string]bool{}
		for _, s := range slices.Concat([]string{a.Title}, blockTexts(a.Blocks), a.Masthead, a.Bylines, a.Images) {
			for _, w := range strings.Fields(s) {
				have[w] = true
			}
		}
		for _, w := range f.bodyWords {
			if !have[w] && !glued(w, f.text) {
				fail("the word %q was lost", w)
			}
		}
	}
}

// glued tells a word made by writing a text twice with no space ("XBáo"),
// which is not a word of the text.
func glued(w, text string) bool {
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, w) && undouble(line) != line {
			return true
		}
	}
	return false
}

func count(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

// TestFurnitureShapesThatAreText: lines that look like furniture but are the
// article's own stay where they are.
func TestFurnitureShapesThatAreText(t *testing.T) {
	cases := []struct{ name, text, title, para string }{
		{"a report is not an outlet", "Báo cáo tài chính quý ba của tỉnh\n" + lead, "Báo cáo tài chính quý ba của tỉnh", ""},
		{"an outlet in a headline", "Radio France annonce une grève lundi\n" + lead, "Radio France annonce une grève lundi", ""},
		{"a headline and its deck", "Le Vietnam bat le Laos\nUne victoire au bout du suspense\n" + lead, "Le Vietnam bat le Laos", ""},
		{"a sentence ending with a date", lead + "\nLe match aura lieu le 07/10/2025\n" + lead, "", "Le match aura lieu le 07/10/2025"},
		{"an English one", lead + "\nThe vote is set for 07/10/2025\n" + lead, "", "The vote is set for 07/10/2025"},
		{"a score and a date", lead + "\nVietnam 2-1 Laos 07/10/2025\n" + lead, "", "Vietnam 2-1 Laos 07/10/2025"},
		{"a dateline alone", "Jeudi, 25/01/2024 11:45 (GMT+7)\n" + lead, "", "Jeudi, 25/01/2024 11:45 (GMT+7)"},
		{"a file named in a sentence", lead + "\nLe fichier rapport.png a été envoyé au ministre\n" + lead, "", "Le fichier rapport.png a été envoyé au ministre"},
		{"a sentence ending with a file name", lead + "\nIl a publié la carte sur carte-crue.png.\n", "", "Il a publié la carte sur carte-crue.png."},
		{"the site named in a headline", "Thanh Niên bị phạt vì đưa tin sai\n" + lead + "\nSource : https://thanhnien.vn/a", "Thanh Niên bị phạt vì đưa tin sai", ""},
	}
	for _, c := range cases {
		a := parseText(t, c.text)
		if c.title != "" && a.Title != c.title {
			t.Errorf("%s: title %q, want %q (masthead %q)", c.name, a.Title, c.title, a.Masthead)
		}
		if c.para != "" && !slices.Contains(blockTexts(a.Blocks), c.para) {
			t.Errorf("%s: %q left the body: blocks %q, bylines %q, images %q", c.name, c.para, blockTexts(a.Blocks), a.Bylines, a.Images)
		}
		if len(a.Masthead)+len(a.Bylines)+len(a.Images) > 0 {
			t.Errorf("%s: taken as furniture: masthead %q bylines %q images %q", c.name, a.Masthead, a.Bylines, a.Images)
		}
	}
}

// Two equal paragraphs in a row are the writer's: both stay.
func TestRepeatedParagraphsStay(t *testing.T) {
	a := parseText(t, lead+"\n"+lead)
	if len(a.Paragraphs) != 2 {
		t.Errorf("paragraphs %q", a.Paragraphs)
	}
}

// The JSON of an article names each kind of furniture.
func TestFurnitureFields(t *testing.T) {
	a := parseText(t, "Báo Tin SángBáo Tin Sáng07/10/2025\nIMG_1234.JPG\n"+lead+"\nSource : https://tinsang.vn/a")
	if !slices.Equal(a.Bylines, []string{"Báo Tin SángBáo Tin Sáng07/10/2025"}) || !slices.Equal(a.Images, []string{"IMG_1234.JPG"}) {
		t.Errorf("bylines %q images %q", a.Bylines, a.Images)
	}
	if a.Date == nil || a.Date.Value != "2025-10-07" || a.Date.From != FromText {
		t.Errorf("date %+v, want 2025-10-07 from the glued byline", a.Date)
	}
}

// Without a source line the masthead is known by an outlet word above a
// headline, or by being a bare domain.
func TestMastheadWithoutSource(t *testing.T) {
	cases := []struct{ text, masthead, title string }{
		{"Báo Tin Sáng\nLũ trên sông làm ngập đường quốc lộ\n" + lead, "Báo Tin Sáng", "Lũ trên sông làm ngập đường quốc lộ"},
		{"tinsang.vn\nLa crue coupe la route nationale\n" + lead, "tinsang.vn", "La crue coupe la route nationale"},
		{"Газета Вести - Новости каждый день\nПаводок на реке перекрыл дорогу\n" + lead, "Газета Вести - Новости каждый день", "Паводок на реке перекрыл дорогу"},
		{"Diario El Faro\nLa crecida del río corta la carretera\n" + lead, "Diario El Faro", "La crecida del río corta la carretera"},
	}
	for _, c := range cases {
		a := parseText(t, c.text)
		if !slices.Equal(a.Masthead, []string{c.masthead}) || a.Title != c.title {
			t.Errorf("masthead %q title %q, want %q and %q", a.Masthead, a.Title, c.masthead, c.title)
		}
	}
}
