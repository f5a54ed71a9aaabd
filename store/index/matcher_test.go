package index

import (
	"context"
	"database/sql"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/article"
)

// languages are articles in the languages and scripts issue 16 names.
var languages = map[string]string{
	"fr-sing.txt": "Une négociation difficile\nLa négociation avec Kiev a repris hier à Genève.\n",
	"fr-plur.txt": "Les négociations reprennent\nLes négociations de paix entre la Russie et l'Ukraine ont repris.\n",
	"de.txt":      "Neue Verhandlungen in Genf\nDie Verhandlungen zwischen der Ukraine und Russland wurden am Dienstag fortgesetzt.\n",
	"ru.txt":      "Выборы в Москве\nНа выборах в Москве победил кандидат от партии. Украина осудила выборы.\n",
	"uk.txt":      "Україна і переговори\nУкраїна заявила, що переговори з Росією тривають у Женеві.\n",
	"zh.txt":      "北京市发生洪水\n北京市今天发生严重洪水，王毅在东京会见了日本外相。\n",
	"ja.txt":      "東京で大雨\n東京都では大雨が続いており、気象庁は警報を出した。\n",
	"th.txt":      "ฝนตกหนักในกรุงเทพ\nกรุงเทพมหานครมีฝนตกหนักตลอดทั้งวันและน้ำท่วมหลายพื้นที่\n",
	"ja-fw.txt":   "ＮＨＫの報道\nＮＨＫによると、会議は２０２５年に開かれる。\n",
	"en.txt":      "Ukraine talks resume\nOfficials said the talks on Ukraine resumed in Geneva on Tuesday.\n",
}

// The index and the matcher read every query the same way: the files the
// index finds are those in which the matcher marks something, and the
// marks are the words the query names, in any fold or form.
func TestMatcherTable(t *testing.T) {
	all := map[string]string{}
	for k, v := range fixtures {
		all[k] = v
	}
	for k, v := range languages {
		all[k] = v
	}
	dir := folder(t, all)
	ix := openFresh(t, dir)
	cases := []struct {
		query string
		files string // the files found, sorted
		file  string // in this file,
		marks string // these are marked (Title then Body), « » around each
		where string // and these fields named
	}{
		// The README's examples.
		{"serguei", "rubio.txt", "rubio.txt", "«Sergueï»«Sergueï»", ""}, // (no title line: the title is cut from the lead),
		{"etats-unis", "rubio.txt", "rubio.txt", "«États-Unis»", ""},
		{"ukraine", "de.txt en.txt english.txt fr-plur.txt kiev.txt rubio.txt", "rubio.txt", "«Ukraine»«Ukraine»", ""},
		{`"marco rubio"`, "rubio.txt", "rubio.txt", "«Marco Rubio»«Marco Rubio»", ""},
		{"négoc*", "fr-plur.txt fr-sing.txt rubio.txt typhon.txt", "typhon.txt", "«négociateurs»", ""},
		{"negoc*", "fr-plur.txt fr-sing.txt rubio.txt typhon.txt", "fr-sing.txt", "«négociation»«négociation»", ""},
		{"ukraine -russie", "de.txt en.txt english.txt kiev.txt", "kiev.txt", "«Ukraine»", ""},
		{"typhon OR riyadh", "english.txt typhon.txt", "english.txt", "«Riyadh»", ""},
		{"title:typhon", "typhon.txt", "typhon.txt", "«Typhon»", "title"},
		{"source:reuters.com", "english.txt", "english.txt", "", "source"},
		{"lang:fr ukraine", "fr-plur.txt kiev.txt rubio.txt", "kiev.txt", "«Ukraine»", "lang"},
		// Folds: case, accents, NFD, elisions, Đ.
		{"SERGUEÏ", "rubio.txt", "rubio.txt", "«Sergueï»«Sergueï»", ""},
		{"dong nai", "dong.txt", "dong.txt", "«Đồng» «Nai»«Đồng» «Nai»", ""},
		{"union europeenne", "typhon.txt", "typhon.txt", "«Union» «européenne»", ""},
		{"ёлка", "kyiv.txt", "kyiv.txt", "«Ёлка»", ""},
		// Word forms (issue 16.1); quotes ask for the form typed.
		{"négociation", "fr-plur.txt fr-sing.txt rubio.txt typhon.txt", "fr-plur.txt", "«négociations»«négociations»", ""},
		{`"négociation"`, "fr-sing.txt", "fr-sing.txt", "«négociation»«négociation»", ""},
		{"verhandlung", "de.txt", "de.txt", "«Verhandlungen»«Verhandlungen»", ""},
		{"выборы", "ru.txt", "ru.txt", "«Выборы»«выборах»«выборы»", ""},
		{"talk", "en.txt english.txt", "en.txt", "«talks»«talks»", ""},
		// Scripts without spaces (issue 16.2).
		{"洪水", "zh.txt", "zh.txt", "«洪水»«洪水»«洪水»", ""},
		{"王毅", "zh.txt", "zh.txt", "«王毅»«王毅»", ""},
		{"北京", "zh.txt", "zh.txt", "«北京»«北京»«北京»", ""},
		{"北京市", "zh.txt", "zh.txt", "«北京市»«北京市»«北京市»", ""},
		{"東京", "ja.txt", "ja.txt", "«東京»«東京»«東京»", ""},
		{"ฝนตก", "th.txt", "th.txt", "«ฝนตก»«ฝนตก»«ฝนตก»", ""},
		{"กรุงเทพ", "th.txt", "th.txt", "«กรุงเทพ»«กรุงเทพ» «กรุงเทพ»", ""},
		// Widths: full-width letters are the letters typed, both ways.
		{"nhk", "ja-fw.txt", "ja-fw.txt", "«ＮＨＫ»«ＮＨＫ»«ＮＨＫ»", ""},
		{"ＮＨＫ", "ja-fw.txt", "ja-fw.txt", "«ＮＨＫ»«ＮＨＫ»«ＮＨＫ»", ""},
		{"2025", "ja-fw.txt", "ja-fw.txt", "«２０２５»«２０２５»", ""},
	}
	docs := parsed(t, dir)
	for _, c := range cases {
		if got := strings.Join(files(t, ix, c.query), " "); got != c.files {
			t.Errorf("search %q = [%s], want [%s]", c.query, got, c.files)
		}
		q, _ := ParseQuery(c.query)
		d := docs[c.file]
		m := q.Matcher().Match(d)
		marks := marked(d.Title, m.Title) + marked(d.Body, m.Body)
		if marks != c.marks || strings.Join(m.Where, " ") != c.where {
			t.Errorf("%q in %s: marks %q where %q; want %q where %q", c.query, c.file, marks, m.Where, c.marks, c.where)
		}
	}
}

// Exact forms rank above other forms, whatever BM25 says.
func TestExactFormFirst(t *testing.T) {
	ix := openFresh(t, folder(t, map[string]string{
		"a-forms.txt": "Négociations, négociations\nLes négociations, encore des négociations, toujours des négociations.\n",
		"b-exact.txt": "Un jour de pluie\nLa pluie est tombée toute la journée sur la ville; une négociation a eu lieu.\n",
	}))
	q, _ := ParseQuery("négociation")
	hits, err := ix.Search(context.Background(), q, Ranked, 10)
	if err != nil || len(hits) != 2 {
		t.Fatalf("hits %v, err %v", hits, err)
	}
	if hits[0].File != "b-exact.txt" {
		t.Errorf("ranked %s first; the exact form should come first", hits[0].File)
	}
	if hits, _ := ix.Search(context.Background(), q, Ranked, 1); len(hits) != 1 || hits[0].File != "b-exact.txt" {
		t.Errorf("limit 1: %v", hits)
	}
}

// actor: finds a country in any language and script the tally merges.
func TestActorAcrossLanguages(t *testing.T) {
	dir := folder(t, map[string]string{
		"fr.txt": "La Russie et l'Ukraine\nLa Russie a bombardé l'Ukraine, a dit le ministre à Paris.\n",
		"uk.txt": "Новини\nУкраїна отримала допомогу від Польщі, повідомив міністр у Києві.\n",
		"ru.txt": "Новости\nУкраина получила помощь от Польши, сообщил министр в Киеве.\n",
		"en.txt": "News\nUkraine received aid from Poland, the minister said in Kyiv.\n",
		"vn.txt": "Tin tức\nViệt Nam và Lào ký hiệp định thương mại tại Hà Nội.\n",
	})
	ix := openFresh(t, dir)
	docs := parsed(t, dir)
	var tagged []string
	for f, d := range docs {
		for _, a := range d.Actors {
			if actorCountry(a) == "ua" {
				tagged = append(tagged, f)
				break
			}
		}
	}
	slices.Sort(tagged)
	if len(tagged) < 2 {
		t.Skipf("the extractor tags Ukraine in too few fixtures: %v", tagged)
	}
	for _, s := range []string{"actor:Ukraine", "actor:Україна", "actor:UA", "actor:ukraina"} {
		if got := files(t, ix, s); !slices.Equal(got, tagged) {
			t.Errorf("%s = %v, want %v", s, got, tagged)
		}
	}
	q, _ := ParseQuery("actor:Ukraine")
	for _, f := range tagged {
		d := docs[f]
		m := q.Matcher().Match(d)
		if len(m.Body) == 0 || !slices.Contains(m.Where, "actor") {
			t.Errorf("actor:Ukraine in %s: marks %q where %v", f, marked(d.Body, m.Body), m.Where)
		}
	}
}

// The words cut here are the words SQLite's tokenizer keeps of them, for
// any text: marks, apostrophes, scripts, odd runes.
func TestTokensAgreeWithSQLite(t *testing.T) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`CREATE VIRTUAL TABLE f USING fts5(a, content='', tokenize='unicode61 remove_diacritics 2 categories ''L* N* Co M*''');
		CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance');`); err != nil {
		t.Fatal(err)
	}
	palette := []string{"a", "É", "e\u0301", "\u0301", "l'", "l\u02bc", "’", "-", " ", "\n", "ß", "Đ", "œ", "ı", "İ", "ё", "й",
		"ά", "北", "京", "市", "ก", "ิ", "น", "ข", "้", "ा", "न", "ह", "\ue000", "٣", "Ⅻ", "ǅ", "ﬁ", "Ａ", "\u200d", "\u20dd",
		"\u2e3c", "\U0001F600", "ｱ", "한", "국", "x", "1", ".", "ᄀ", "ᅡ", "ø", "ǰ"}
	r := rand.New(rand.NewPCG(3, 4))
	texts := []string{}
	for range 1000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(palette[r.IntN(len(palette))])
		}
		texts = append(texts, b.String())
	}
	for lo := rune(0xa0); lo < 0x30000; lo += 1024 { // every rune, 1024 a text
		var b strings.Builder
		for r := lo; r < lo+1024; r++ {
			b.WriteString(" x" + string(r) + "x " + string(r) + "y")
		}
		texts = append(texts, b.String())
	}
	for i, text := range texts {
		if _, err := db.Exec("INSERT INTO f(rowid, a) VALUES(?, ?)", i+1, indexText(text)); err != nil {
			t.Fatal(err)
		}
		rows, err := db.Query("SELECT term FROM v WHERE doc=? ORDER BY offset", i+1)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for rows.Next() {
			var term string
			rows.Scan(&term)
			got = append(got, term)
		}
		rows.Close()
		if _, err := db.Exec("INSERT INTO f(f) VALUES('delete-all')"); err != nil { // keeps each look quick
			t.Fatal(err)
		}
		if want := words(text); !slices.Equal(got, want) {
			for k := range min(len(got), len(want)) {
				if got[k] != want[k] {
					t.Fatalf("SQLite holds %+q where the matcher has %+q", got[k], want[k])
				}
			}
			t.Fatalf("%+q: SQLite holds %+q, the matcher %+q", text, got, want)
		}
	}
}

// FuzzBodyHighlight: whenever the index returns an article for a query,
// the matcher marks something in it, or names the field that matched.
func FuzzBodyHighlight(f *testing.F) {
	for _, c := range [][2]string{
		{"Sergueï Lavrov a parlé des négociations sur l'Ukraine.", "serguei"},
		{"Les négociations de paix.", "négociation"},
		{"北京市今天发生严重洪水", "洪水"},
		{"กรุงเทพมหานครมีฝนตกหนัก", "ฝนตก"},
		{"Die Verhandlungen in Genf", "Verhandlung"},
		{"Serge\u0301i l\u02bcUkraine", "sergéi ukraine"},
		{"cessez-le-feu de 30 jours", `"le feu" 30`},
		{"négociateurs négociations", "negoc* -paix"},
		{"ΆΈΉ Ǆǆ ﬁn", "ﬁn OR ǆ"},
	} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, body, query string) {
		q, err := ParseQuery(query)
		if err != nil {
			return
		}
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Titre\n"+body+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		ix := openFresh(t, dir)
		hits, err := ix.Search(context.Background(), q, Quick, 1)
		if err != nil || len(hits) == 0 {
			return
		}
		data, _ := os.ReadFile(hits[0].Path)
		d := docOf(article.Parse(hits[0].Path, data))
		m := q.Matcher().Match(d)
		if len(m.Title)+len(m.Body)+len(m.Where) == 0 {
			t.Fatalf("the index finds %q in %q (%s), the matcher marks nothing", query, body, q.Match())
		}
	})
}

// parsed is the matcher's view of every file of dir, by name.
func parsed(t testing.TB, dir string) map[string]Doc {
	t.Helper()
	out := map[string]Doc{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = docOf(article.Parse(p, data))
	}
	return out
}

// marked is text with « » around the spans, and only the marked parts
// with what lies between them on one line.
func marked(text string, spans []Span) string {
	var b strings.Builder
	for i, s := range spans {
		if i > 0 && spans[i-1].End < s.Start {
			gap := text[spans[i-1].End:s.Start]
			if strings.TrimSpace(gap) == "" {
				b.WriteString(" ")
			}
		}
		b.WriteString("«" + text[s.Start:s.End] + "»")
	}
	return b.String()
}
