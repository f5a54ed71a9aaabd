package index

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// The fixtures: small articles, each with one trait the matching rules
// must handle.
var fixtures = map[string]string{
	"rubio.txt": "Le secrétaire d'État américain Marco Rubio et Sergueï Lavrov ont parlé des négociations sur l'Ukraine.\n" +
		"Les États-Unis et la Russie discutent.\nSource : https://thanhnien.vn/a.htm\nComment (0)\n",
	"kiev.txt":   "Kiev accepte une trêve.\nLe gouvernement d'Ukraine a accepté en principe un cessez-le-feu de 30 jours.\nSource : https://www.vietnamplus.vn/b\n",
	"typhon.txt": "Typhon Yagi\nLe typhon a frappé la province de Quang Ninh. Les négociateurs de l’Union européenne arrivent.\n",
	"english.txt": "Ukraine talks resume in Riyadh\nUS and Russian officials met on Tuesday to discuss a ceasefire in Ukraine.\n" +
		"Source: https://www.reuters.com/world/x\n",
	"kyiv.txt": "Новый мост в Київ\nЁлка стоит в Ελλάδα и новый год.\n",
	"dong.txt": "Đồng Nai tăng trưởng\nTỉnh Đồng Nai đã đạt mức tăng trưởng cao nhất trong năm nay.\nNguồn: https://vnexpress.net/x\n",
}

func TestMatching(t *testing.T) {
	ix := openFresh(t, folder(t, fixtures))
	cases := []struct {
		query string
		want  string // space-separated file names, sorted
	}{
		{"ukraine", "english.txt kiev.txt rubio.txt"}, // l'Ukraine, d'Ukraine, Ukraine
		{"UKRAINE", "english.txt kiev.txt rubio.txt"}, // case
		{"serguei", "rubio.txt"},                      // ï
		{"Sergueï", "rubio.txt"},                      // typed with the accent
		{"etats-unis", "rubio.txt"},                   // É and the hyphen
		{"etats unis", "rubio.txt"},                   // as two words
		{"negociations", "rubio.txt typhon.txt"},      // é, and the form négociateurs
		{`"negociations"`, "rubio.txt"},               // quotes: that form only
		{"négoc*", "rubio.txt typhon.txt"},            // prefix
		{"negoc*", "rubio.txt typhon.txt"},            // prefix without accent
		{"union europeenne", "typhon.txt"},            // l’Union (typographic apostrophe)
		{"ukraine russie", "rubio.txt"},               // all words required
		{"ukraine -russie", "english.txt kiev.txt"},   // exclusion
		{"ukraine -russie -ceasefire", "kiev.txt"},    // two exclusions
		{`"marco rubio"`, "rubio.txt"},                // phrase
		{`"rubio marco"`, ""},                         // phrase order matters
		{"cessez-le-feu", "kiev.txt"},                 // hyphenated phrase
		{"title:riyadh", "english.txt"},               // field: title only
		{"title:ceasefire", ""},                       // in the body only
		{"title:typhon", "typhon.txt"},                // title line
		{"source:reuters.com", "english.txt"},         // domain
		{"source:thanhnien", "rubio.txt"},             // part of a domain
		{"lang:en", "english.txt"},                    // language
		{"lang:en ukraine", "english.txt"},            // field and word
		{"ukraine OR typhon", "english.txt kiev.txt rubio.txt typhon.txt"},
		{"dong nai", "dong.txt"},             // Đ folded to D
		{"Đồng Nai", "dong.txt"},             // typed with diacritics
		{"tang truong", "dong.txt"},          // Vietnamese tones
		{"riyadh OR kiev trêve", "kiev.txt"}, // OR binds tighter than AND
		{"новый", "kyiv.txt"},                // й is not folded by SQLite
		{"НОВЫЙ", "kyiv.txt"},                // case in Cyrillic
		{"київ", "kyiv.txt"},                 // ї kept
		{"ёлка", "kyiv.txt"},                 // ё kept
		{"ελλάδα", "kyiv.txt"},               // Greek accent kept
		{"нов*", "kyiv.txt"},                 // Cyrillic prefix
		{"comment", ""},                      // the footer is not text
		{"https", ""},                        // nor the source line
	}
	for _, c := range cases {
		got := strings.Join(files(t, ix, c.query), " ")
		if got != c.want {
			q, _ := ParseQuery(c.query)
			t.Errorf("search %q (%s) = [%s], want [%s]", c.query, q.Match(), got, c.want)
		}
	}
}

// Odd input is read as words or refused with a message, never an error
// from SQLite.
func TestOddQueries(t *testing.T) {
	ix := openFresh(t, folder(t, fixtures))
	for _, s := range []string{
		`"marco rubio`, `"`, `""`, `-`, `*`, `- *`, `NEAR(`, `NEAR(ukraine`, `ukraine OR`, `OR ukraine`, `OR`,
		`title:`, `title: ukraine`, `ukraine AND`, `NOT ukraine`, `(ukraine`, `ukraine)`, `^ukraine`,
		`ukraine:`, `col:ukraine`, `"a" "b`, `**`, `-"marco`, `title:"`, `{title}:x`, `ukr*aine`, `'`, `l'`,
		"\x00", "\xff\xfe", `actor:`, `lang:"`, `+ukraine`, `ukraine -`, `a -"b c"`, `unis*"`,
	} {
		q, err := ParseQuery(s)
		if err != nil {
			if strings.Contains(err.Error(), "SQL") {
				t.Errorf("ParseQuery(%q): %v", s, err)
			}
			continue
		}
		if _, err := ix.Search(context.Background(), q, Ranked, 10); err != nil {
			t.Errorf("Search(%q) as %s: %v", s, q.Match(), err)
		}
	}
	for _, s := range []string{"", "   ", "-", "*", `""`} {
		if _, err := ParseQuery(s); err != ErrEmptyQuery {
			t.Errorf("ParseQuery(%q) = %v, want ErrEmptyQuery", s, err)
		}
	}
	if _, err := ParseQuery("-ukraine"); err != ErrOnlyExcluded {
		t.Errorf("ParseQuery(-ukraine) = %v, want ErrOnlyExcluded", err)
	}
	// "title:" alone is the word title; NEAR( is the word near.
	if got := files(t, ix, "title:"); len(got) != 0 {
		t.Errorf("title: found %v", got)
	}
	if got := files(t, ix, "ukraine OR"); !slices.Equal(got, []string{"english.txt", "kiev.txt", "rubio.txt"}) {
		t.Errorf("ukraine OR = %v", got)
	}
}

func TestRankingPrefersTitle(t *testing.T) {
	ix := openFresh(t, folder(t, map[string]string{
		"a-body.txt":  "Une réunion a eu lieu hier.\nLe typhon est passé au large, sans dégâts.\nLes pêcheurs sont rentrés au port.\n",
		"b-title.txt": "Typhon sur la côte\nLes habitants ont été évacués hier soir vers les écoles.\nLes pêcheurs sont rentrés au port.\n",
	}))
	q, _ := ParseQuery("typhon")
	hits, err := ix.Search(context.Background(), q, Ranked, 0)
	if err != nil || len(hits) != 2 {
		t.Fatalf("hits %v, err %v", hits, err)
	}
	if hits[0].File != "b-title.txt" || hits[0].Score <= hits[1].Score {
		t.Errorf("ranked %s (%.3f) before %s (%.3f); the title match should come first",
			hits[0].File, hits[0].Score, hits[1].File, hits[1].Score)
	}
}

func TestSnippetMarksMatches(t *testing.T) {
	dir := folder(t, fixtures)
	ix := openFresh(t, dir)
	for _, c := range []struct{ query, want string }{
		{"ukraine", "«Ukraine»"},
		{"serguei", "«Sergueï»"},
		{`"marco rubio"`, "«Marco Rubio»"},
		{"negoc*", "«négociations»"},
		{"dong nai", "«Đồng» «Nai»"},
		{"title:typhon", "«Typhon»"},
	} {
		q, _ := ParseQuery(c.query)
		hits, err := ix.Search(context.Background(), q, Ranked, 1)
		if err != nil || len(hits) == 0 {
			t.Fatalf("%q: %v %v", c.query, hits, err)
		}
		s := ix.Snippet(hits[0], q).String()
		if !strings.Contains(s, c.want) {
			t.Errorf("snippet for %q = %q, want it to contain %q", c.query, s, c.want)
		}
		if strings.ContainsRune(s, 0x1b) {
			t.Errorf("snippet for %q holds an escape", c.query)
		}
	}
}

func TestParseTyping(t *testing.T) {
	for _, c := range []struct{ typed, match string }{
		{"negoc", `("negoc" *)`},
		{"negoc ", `("negoc")`},
		{"ne", `("ne")`},
		{`"marco rub`, `("marco rub" *)`},
		{"title:typ", `(title : "typ" *)`},
		{"ukraine -rus", `(("ukraine")) NOT ("rus" *)`},
	} {
		q, err := ParseTyping(c.typed)
		if err != nil || q.String() != c.match {
			t.Errorf("ParseTyping(%q) = %s, %v; want %s", c.typed, q.String(), err, c.match)
		}
	}
}

// Actors found by the extractor are searchable with actor: and kept for
// panels.
func TestActors(t *testing.T) {
	dir := folder(t, fixtures)
	ix := openFresh(t, dir)
	acts, err := ix.ActorsOf(context.Background(), dir+"/rubio.txt")
	if err != nil {
		t.Fatal(err)
	}
	var rubio bool
	for _, a := range acts {
		rubio = rubio || a.Name == "Marco Rubio"
	}
	if !rubio {
		t.Skipf("the extractor does not find Marco Rubio in the fixture (found %v)", acts)
	}
	if got := strings.Join(files(t, ix, `actor:"Marco Rubio"`), " "); got != "rubio.txt" {
		t.Errorf(`actor:"Marco Rubio" = [%s]`, got)
	}
	if got := strings.Join(files(t, ix, `actor:rubio`), " "); got != "rubio.txt" {
		t.Errorf(`actor:rubio = [%s]`, got)
	}
	list, err := ix.WithActor(context.Background(), "Marco Rubio")
	if err != nil || len(list) != 1 || list[0].File != "rubio.txt" {
		t.Errorf("WithActor = %v, %v", list, err)
	}
}

// The quick fold agrees with the reference fold on every text the fixtures
// and the vocabulary hold.
func TestQuickFold(t *testing.T) {
	var texts []string
	for _, f := range fixtures {
		texts = append(texts, strings.Fields(f)...)
	}
	texts = append(texts, vocabulary...)
	texts = append(texts, "ǅ", "ŉ", "İstanbul", "ΆΈΉ", "Ǆǆ", "ﬁ", "Ａｂｃ", "ʼ", "ß", "ẞ", "ǰ")
	for _, s := range texts {
		quick, ok := quickFold(s)
		if ok && quick != slowFold(s) {
			t.Errorf("quickFold(%q) = %q, slowFold = %q", s, quick, slowFold(s))
		}
	}
}
