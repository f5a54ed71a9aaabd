package article

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Real URLs, outlet by outlet, with the date their page or text gives.
func TestURLDate(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		// thanhnien.vn: section 185, then yyMMddHHmmss and a counter
		{"https://thanhnien.vn/ngoai-truong-my-nga-thao-luan-chuyen-ukraine-va-lenh-tan-cong-o-trung-dong-185250316085441231.htm", "2025-03-16"},
		{"https://thanhnien.vn/lua-dao-tang-manh-thiet-hai-hang-ngan-ti-dong-185251022190804651.htm", "2025-10-22"},
		{"https://thanhnien.vn/ca-si-long-nhat-bi-bat-showbiz-viet-lien-tiep-chan-dong-vi-ma-tuy-18526052013032001.htm", "2026-05-20"},
		// baogiaothong.vn, same CMS, section 192
		{"https://www.baogiaothong.vn/dong-nai-mua-dau-mua-kem-gio-manh-hang-loat-nha-dan-bi-toc-mai-192240508062916143.htm", "2024-05-08"},
		// tuoitre.vn: yyyyMMddHHmmss and a counter
		{"https://tuoitre.vn/di-kham-benh-luc-nua-dem-20240808100358225.htm", "2024-08-08"},
		// baodongnai.com.vn: a month folder
		{"https://baodongnai.com.vn/xa-hoi/202509/canh-bao-nguy-co-xay-ra-lu-quet-trong-3-6-gio-toi-8e71337/", "2025-09"},
		{"https://baodongnai.com.vn/xa-hoi/202512/muc-nuoc-song-dong-nai-va-song-la-nga-dang-len-cao-034056a/", "2025-12"},
		// /yyyy/mm/dd/ and the like
		{"https://www.lemonde.fr/international/article/2025/03/16/titre_6581234_3210.html", "2025-03-16"},
		{"https://www.theguardian.com/world/2025/mar/16/some-story", "2025-03-16"},
		{"https://example.org/2024/6/10/h1.jpeg", "2024-06-10"},
		{"http://world.people.com.cn/n1/2025/0316/c1002-40438888.html", "2025-03-16"},
		{"https://www.chinadaily.com.cn/a/202503/16/WS67d6.html", "2025-03-16"},
		{"https://example.org/news/story-20250316.html", "2025-03-16"},
		// shapes of one outlet each, confirmed by real articles of the
		// outlet whose page gives the same day (slugs made up here)
		{"https://elpais.com/internacional/2024-10-15/un-titulo-inventado.html", "2024-10-15"},
		{"https://www.theportugalnews.com/news/2025-01-31/an-invented-title/91234", "2025-01-31"},
		{"https://www.reuters.com/world/asia-pacific/an-invented-title-2023-04-25/", "2023-04-25"},
		{"https://www.zeit.de/news/2023-04/28/ein-erfundener-titel", "2023-04-28"},
		{"https://www.lavanguardia.com/politica/20250113/10270001/titulo-inventado.html", "2025-01-13"},
		{"https://ria.ru/20190810/1550000001.html", "2019-08-10"},
		{"https://www.corriere.it/esteri/25_gennaio_05/titolo-inventato-3c53a5b8.shtml", "2025-01-05"},
		{"https://www.abc.es/espana/titulo-inventado-20241202105634-nt.html", "2024-12-02"},
		{"https://www1.folha.uol.com.br/esporte/2018/12/titulo-inventado.shtml", "2018-12"},
		{"https://www.correiobraziliense.com.br/politica/2022/05/5001234-titulo-inventado.html", "2022-05"},
		// the same shapes, broken
		{"https://elpais.com/internacional/2024-13-15/mes-imposible.html", ""},
		{"https://www.corriere.it/esteri/25_pizza_05/non-un-mese.shtml", ""},
		{"https://www.abc.es/espana/reloj-imposible-20241202995634-nt.html", ""}, // hour 99
		{"https://example.org/archive/2018/12/", ""},                             // a month's archive, no article
		// ids that are not dates
		{"https://nhandan.vn/anh-ha-noi-sang-110-ngap-ung-keo-dai-nguoi-dan-bi-bom-di-lam-post911960.html", ""},
		{"https://tienphong.vn/hinh-anh-loat-nha-dan-bi-toc-mai-sau-mua-lon-o-dong-nai-post1635373.tpo", ""},
		{"https://www.qdnd.vn/nuoi-duong-van-hoa-bo-doi-cu-ho/trong-ron-lu-tay-nha-trang-1013024", ""},
		{"https://quangngaitv.vn/khuyen-cao-nguoi-dan-khong-di-qua-deo-lo-xo-do-sat-lo-6509244.html", ""},
		{"https://example.org/a-185259916085441231.htm", ""}, // month 99
		{"https://example.org/a-185250316995441231.htm", ""}, // hour 99
		{"https://example.org/story-12345678.html", ""},      // a counter
		{"https://example.org/202509", ""},                   // a last segment is an id
		{"https://example.org/2025/02/30/impossible", ""},    // no 30 February
		{"https://example.org/search?d=2025/03/16/", ""},     // the query is not read
	} {
		got := ""
		if d, ok := urlDate(c.url); ok {
			got = d.date(FromURL).Value
		}
		if got != c.want {
			t.Errorf("urlDate(%s) = %q, want %q", c.url, got, c.want)
		}
	}
}

var scraped = time.Date(2025, 3, 20, 10, 0, 0, 0, time.UTC)

// Text dates per language, found in a lead and resolved against a scrape
// on 2025-03-20.
func TestTextDate(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"fr", "Paris, le 16 mars 2025 - Le ministre a parlé.", "2025-03-16"},
		{"fr", "Le 1er mars, il est arrivé.", "2025-03-01"},
		{"fr", "Jeudi, 25/01/2024 11:45 (GMT+7)", "2024-01-25"},
		{"fr", "Du 5 au 7 mars, des pluies sont prévues.", "2025-03-05"},
		{"fr", "Le marché a ouvert le 15 mars. L'AFP a rapporté aujourd'hui, 16 mars, que tout va bien.", "2025-03-16"},
		{"fr", "La marée du 16 au 18 octobre du calendrier lunaire.", "2025-03-20"}, // lunar: none, file time
		{"fr", "Le 2 décembre, la ville a voté.", "2024-12-02"},                     // never after the scrape
		{"fr", "Lundi 3 avril, les prix montent.", "2023-04-03"},                    // the weekday names the year
		{"en", "On the morning of March 8, authorities said.", "2025-03-08"},
		{"en", "Posted 03/16/2025", "2025-03-16"},
		{"de", "Berlin, 16. März 2025 – Die Regierung", "2025-03-16"},
		{"es", "Madrid, 16 de marzo de 2025. El gobierno", "2025-03-16"},
		{"it", "Roma, 16 marzo 2025 - Il governo", "2025-03-16"},
		{"pt", "Lisboa, 16 de março de 2025 - O governo", "2025-03-16"},
		{"ru", "Утром 14 марта в деревне прошла церемония.", "2025-03-14"},
		{"ru", "Москва, 14 марта 2025 года", "2025-03-14"},
		{"uk", "Київ, 14 березня 2025 року", "2025-03-14"},
		{"id", "Jakarta, 16 Maret 2025 - Pemerintah", "2025-03-16"},
		{"vi", "Sáng 5/3, Ủy ban nhân dân tỉnh đã họp.", "2025-03-05"},
		{"vi", "Hà Nội, ngày 16 tháng 3 năm 2025", "2025-03-16"},
		{"vi", "Hà Nội, ngày 16 tháng Ba năm 2025", "2025-03-16"},
		{"vi", "Hà Nội, ngày 2 tháng Năm năm 2024", "2024-05-02"},         // Năm: May, then year
		{"vi", "Ngày 1 tháng Mười Một, hội nghị khai mạc.", "2024-11-01"}, // the last November before the scrape
		{"vi", "Ngày 20 tháng Chạp, chợ hoa mở cửa.", "2025-03-20"},       // the lunar calendar's month
		{"vi", "Sau 3 tháng nữa, công trình hoàn thành.", "2025-03-20"},   // a length of time, not a date
		{"id", "Harga emas pada perdagangan hari ini, Kamis (13/3), naik tipis.", "2025-03-13"},
		{"id", "Jakarta, Senin (10/3) - Pemerintah menaikkan harga beras.", "2025-03-10"},
		{"fr", "Rue 19/5 Phung Hung, la circulation est difficile.", "2025-03-20"}, // a street, not a date
		{"fr", "Le Vietnam a gagné 2-0 en 2027.", "2025-03-20"},
	} {
		d := FindDate(DateInput{Lang: c.lang, Lines: []string{c.text}, Scraped: scraped})
		if d == nil || d.Value != c.want {
			t.Errorf("%s %q: got %+v, want %s", c.lang, c.text, d, c.want)
		}
	}
}

func TestDateSources(t *testing.T) {
	later := time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)
	month := "https://baodongnai.com.vn/xa-hoi/202509/canh-bao-8e71337/"
	for _, c := range []struct {
		name, url, text string
		at              time.Time
		want            *Date
	}{
		{"url day wins over text", "https://thanhnien.vn/a-185250316085441231.htm", "Le 2 mars 2025, rien.", scraped, &Date{"2025-03-16", "day", "url"}},
		{"text day in the url month", month, "Le soir du 1er septembre, la pluie.", later, &Date{"2025-09-01", "day", "text"}},
		{"text day out of the url month", month, "Le 3 octobre, la pluie.", later, &Date{"2025-09", "month", "url"}},
		{"url year for a year-less date", "https://example.org/2024/05/08/x", "", scraped, &Date{"2024-05-08", "day", "url"}},
		{"no scrape time, no date", "", "Rien ne dit quand.", time.Time{}, nil},
		{"no scrape time, year-less text", "", "Le 16 mars, rien.", time.Time{}, nil},
		{"file time, marked", "", "Rien ne dit quand.", scraped, &Date{"2025-03-20", "day", "file"}},
		{"a later full date is no date", "", "Le 16 mars 2026, tout change.", scraped, &Date{"2025-03-20", "day", "file"}},
	} {
		got := FindDate(DateInput{URL: c.url, Lang: "fr", Lines: []string{c.text}, Scraped: c.at})
		if (got == nil) != (c.want == nil) || got != nil && *got != *c.want {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}

// A dated link in the text ("Original link: …") gives a year-less date its
// year when the source URL has none.
func TestLinkHint(t *testing.T) {
	lines := []string{"On the morning of May 8, the rain stopped.", "Original link: https://www.baogiaothong.vn/x-192240508062916143.htm"}
	d := FindDate(DateInput{Lang: "en", Lines: lines, Scraped: scraped})
	if d == nil || d.Value != "2024-05-08" || d.From != "text" {
		t.Errorf("got %+v", d)
	}
}

// Dates the text states as the article's: where they stand says so.
func TestDatelinePlaces(t *testing.T) {
	for _, c := range []struct{ name, lang, text, want string }{
		{"agency dateline", "en", "LIMA, March 2 (Reuters) - The central bank held its rate, citing slower inflation in the south.", "2025-03-02"},
		{"place, date and dash", "de", "Hamburg, 4. März 2025 – Der Hafen meldet einen Rückgang der Container, vor allem aus Asien und Amerika.", "2025-03-04"},
		{"a place of two words", "fr", "Hai Phong, 4 mars 2025 – Sur le port, les dockers attendent des navires qui ne viennent plus depuis l'hiver.", "2025-03-04"},
		{"published cue", "fr", "Par Jeanne Martin, publié le 4 mars 2025 à 10h12, dans la rubrique Économie et société de notre édition du soir.", "2025-03-04"},
		{"year-less date opening the lead", "fr", "Le 11 mars, M. Tran, maire de la commune, a informé qu'un pont était fermé à la circulation des camions.", "2025-03-11"},
		{"after a place and agency", "fr", "Hué (VNA) - Dans la matinée du 12 mars, la province a lancé une campagne de plantation de palétuviers.", "2025-03-12"},
		{"update cue", "de", "Update vom 12. März 2025, 16:05 Uhr: Der Minister hat sich inzwischen zu den Vorwürfen geäußert und Fehler eingeräumt.", "2025-03-12"},
		{"Indonesian weekday and date closing a quote", "id", "\"Kami akan menambah pasokan beras di tiga pasar,\" kata Budi di Surabaya, Selasa, 11 Maret 2025. Ia menambahkan harga akan turun.", "2025-03-11"},
		{"Indonesian date in brackets with its year", "id", "Warga memadati alun-alun kota untuk menyaksikan pawai budaya di Yogyakarta, Senin (10/3/2025). Acara itu berlangsung meriah.", "2025-03-10"},
		{"a phrase of time set off by a comma", "en", "On the night of March 3, firefighters reached the village after a night on the road.", "2025-03-03"},
		{"a phrase of time and an hour, then a comma", "fr", "Dans la soirée du 3 mars à 21h, les pompiers sont arrivés au village après une longue route.", "2025-03-03"},
		{"weekday closing the first sentence", "fr", "Les stations sont vides à Jacmel, alors que les cuves du dépôt sont presque à sec, mardi 4 mars 2025. Les chauffeurs attendent.", "2025-03-04"},
	} {
		d := FindDate(DateInput{Lang: c.lang, Lines: []string{c.text}, Scraped: scraped})
		if d == nil || d.Value != c.want {
			t.Errorf("%s: %q: got %+v, want %s", c.name, c.text, d, c.want)
		}
	}
}

// Dates of events the article tells of, not of the article: each class
// once took one for the date of publication. Made-up lines in the shapes of
// real ones; every one must fall back to the file time.
func TestEventDatesAreNotPublication(t *testing.T) {
	for _, c := range []struct {
		name, lang, title string
		lines             []string
	}{
		{"an event inside a sentence after a dateline", "en", "",
			[]string{"HÀ NỘI — Delegates from ten provinces met in Huế on March 12 to discuss flood defences for the coming season."}},
		{"an event ending a sentence", "en", "",
			[]string{"HÀ NỘI — The national rowing team finished the regional championship with a bronze medal in Pattaya on March 9."}},
		{"a coming hearing said to be next", "es", "",
			[]string{"El tribunal retomará la audiencia contra el exalcalde el próximo jueves 13 de marzo, informó la fiscalía."}},
		{"next, opening the lead", "es", "",
			[]string{"El próximo 13 de marzo, el juez escuchará al fiscal."}},
		{"a coming day in Vietnamese", "vi", "",
			[]string{"Ngày 15/3 tới, thành phố sẽ khai mạc lễ hội hoa."}},
		{"a coming election inside a sentence", "de", "",
			[]string{"Tausende warteten in der Kälte: Der Kandidat will bei der Wahl am 16. März gegen den Amtsinhaber antreten."}},
		{"a start date inside a sentence", "fr", "",
			[]string{"À l'université, des centaines d'étudiants sont en grève depuis des semaines et espèrent durcir le mouvement à compter du 5 mars."}},
		{"a full past date opening a paragraph", "fr", "",
			[]string{"Les rumeurs ont envahi les réseaux sociaux pendant la pandémie.", "Le 3 février 2021, la ministre a mis en garde contre un médicament. L'affirmation était fausse."}},
		{"a past date in a sentence of memories", "es", "",
			[]string{"Una estudiante recuerda que el 12 de julio de 2019 salió a la calle con veinte compañeros para protestar contra la reforma."}},
		{"a date in the title", "en", "Fuel prices fall on March 6", []string{"Retail prices of petrol were cut from 3pm on Thursday, the ministry said."}},
		{"a sentence after the first", "fr", "",
			[]string{"La victoire n'a pas été large, mais elle lance bien la saison. Le 14 mars, l'équipe jouera son deuxième match amical."}},
		{"published as a verb of the story", "en", "",
			[]string{"The ministry published its report on 3 March, listing twelve sites at risk."}},
		{"a full date inside a short sentence", "en", "", []string{"It was signed on 16 March 2025 in London."}},
		{"a short sentence ending in a date", "en", "", []string{"The port reopened after the storm, the harbour master said.",
			"Ships waited outside for two days while the cranes were checked.", "Prices fall on March 6"}},
		{"a timeline's entry", "en", "", []string{"The outbreak, step by step, as the health ministry told it to the committee this week.",
			"Cases rose in the north first, then in the capital and the ports.", "2 March 2025 – schools close"}},
		{"a word that holds 'oggi'", "it", "", []string{"La direzione del museo ha annullato il soggiorno 12 marzo per lavori urgenti."}},
		{"a date said to be past", "fr", "", []string{"Le 15 mars dernier, des militants ont été arrêtés après une bagarre de rue."}},
		{"a date said to be past, before it", "es", "", []string{"El pasado 15 de marzo, la policía detuvo a tres personas."}},
		{"a place named before the date", "uk", "", []string{"У шведському місті Мальме 14 березня розпочнуться випробування нових трамваїв."}},
		{"a past event after its subject and verb", "fr", "", []string{"Il est arrivé le 1er mars à Paris avec sa famille."}},
		{"a past event ending its sentence", "fr", "", []string{"Il est arrivé le 1er mars.", "Depuis, il attend une réponse."}},
		{"a past event in the second paragraph", "fr", "", []string{"Le village attend toujours les secours.",
			"Elle est partie le 3 mars vers la capitale pour chercher du travail."}},
		{"an event in English after its verb", "en", "", []string{"They arrived on March 2 with the last convoy of the winter."}},
		{"an event in German after its verb", "de", "", []string{"Er kam am 2. März in der Stadt an und blieb eine Woche."}},
		{"an event in Spanish after its verb", "es", "", []string{"Ella llegó el 2 de marzo a la capital con sus dos hijos."}},
		{"an event in Italian after its verb", "it", "", []string{"Il sindaco ha firmato il 2 marzo il decreto per la nuova piazza."}},
		{"an event in Russian after its verb", "ru", "", []string{"Он приехал 2 марта в город вместе с братом."}},
		{"a deadline inside a sentence", "en", "",
			[]string{"Cannabis firm Leafline said on Friday its chief executive will retire at the end of the fiscal year on March 15."}},
	} {
		d := FindDate(DateInput{Lang: c.lang, Title: c.title, Lines: c.lines, Scraped: scraped})
		if d == nil || d.From != FromFile {
			t.Errorf("%s: got %+v, want the file time", c.name, d)
		}
	}
}

// The sample folder shows the list by date on the first start: every one of
// its articles states its date, by URL or dateline, so none may fall back
// to the file time (which is the checkout's).
func TestSampleArticlesStateTheirDates(t *testing.T) {
	files, err := filepath.Glob("../../articles/*.txt")
	if err != nil || len(files) < 20 {
		t.Fatalf("the sample folder: %d files, %v", len(files), err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if d := ParseAt(f, data, scraped.AddDate(1, 0, 0)).Date; d == nil || d.From == FromFile {
			t.Errorf("%s: date %+v, want one its URL or text states", filepath.Base(f), d)
		}
	}
}

// A year-less date takes its year from a full date the text states in its
// month or the month beside it, not from a scrape years later; a full date
// months away leaves it to the scrape.
func TestStatedYear(t *testing.T) {
	for _, c := range []struct {
		name, title string
		lines       []string
		want        string
	}{
		{"a title naming its day", "Báo cáo kinh tế quý I/2022 ngày 07/04/2022",
			[]string{"Sáng 6/4, UBND thành phố tổ chức họp báo thông tin về tình hình kinh tế."}, "2022-04-06"},
		{"a range of days in the lead", "",
			[]string{"Thủ tướng Malaysia thăm chính thức Việt Nam từ ngày 20-21/3/2022.", "Sáng 21/3, hai Thủ tướng đã hội đàm."}, "2022-03-21"},
		{"December beside January", "Bilan du 2 janvier 2022",
			[]string{"Le 30 décembre, le conseil a voté le budget de la ville."}, "2021-12-30"},
		{"a date looked back on, months away", "",
			[]string{"Le 3 mars, le maire a rappelé l'accord signé le 13 juillet 2016 avec la province."}, "2025-03-03"},
		{"no range: a score", "",
			[]string{"Le 3 mars, l'équipe a gagné 3-1/2/2022 selon un code."}, "2025-03-03"},
	} {
		d := FindDate(DateInput{Lang: "vi", Title: c.title, Lines: c.lines, Scraped: scraped})
		if d == nil || d.Value != c.want {
			t.Errorf("%s: got %+v, want %s", c.name, d, c.want)
		}
	}
}

// A full date stamped with a clock time is the page's own stamp, whatever
// the text's dates of events; one with words before its hour is an event's.
func TestClockStamp(t *testing.T) {
	for _, c := range []struct{ name, title, line, want string }{
		{"time then date closing a title", "Họp báo quý I/2022 (06:20 07/04/2022)", "Sáng 6/4, UBND thành phố tổ chức họp báo về tình hình kinh tế.", "2022-04-07"},
		{"date then time", "", "Le conseil a voté le budget, dit le maire. 16/03/2025 - 10:45", "2025-03-16"},
		{"an event's hour, words between", "", "Le 12 mars, le préfet a annoncé une réunion à 10:30 le 14/03/2025.", "2025-03-12"},
	} {
		d := FindDate(DateInput{Lang: "fr", Title: c.title, Lines: []string{c.line}, Scraped: scraped})
		if d == nil || d.Value != c.want {
			t.Errorf("%s: got %+v, want %s", c.name, d, c.want)
		}
	}
	for _, s := range []string{"6:20", "06:20", "06:20:15"} {
		if !isClock(s) {
			t.Errorf("isClock(%q) = false", s)
		}
	}
	for _, s := range []string{"620", "6:2", "a6:20", "06:20:15:01", "2-0", ""} {
		if isClock(s) {
			t.Errorf("isClock(%q) = true", s)
		}
	}
}
