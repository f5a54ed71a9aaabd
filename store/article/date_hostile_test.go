package article

import (
	"strings"
	"testing"
	"time"
)

// Dates an outsider would try: impossible ones must not be read as the
// article's, nor given a year the text does not state.
func TestDateImpossibleStatesNone(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Le 31 février 2025, le port a fermé."},
		{"fr", "Le 0 mars 2025, le port a fermé."},
		{"fr", "Le 0 mars, le port a fermé."},
		{"fr", "Le 16 mars 0000, le port a fermé."},
		{"fr", "Le 16 mars 99999, le port a fermé."},
		{"fr", "Le 16 mars 20255, le port a fermé."},
		{"fr", "Publié le 16/03/0000"},
		{"fr", "Publié le 00/03/2025"},
		{"fr", "Publié le 0000-03-16"},
		{"fr", "Publié le 2025-03-00"},
		{"vi", "Hà Nội, ngày 0 tháng 3 năm 2025"},
		{"vi", "Hà Nội, ngày 16 tháng 3 năm 0000"},
		{"vi", "Sáng 0/3, Ủy ban nhân dân tỉnh đã họp."},
		{"id", "Jakarta, Senin (0/3) - Pemerintah menaikkan harga beras."},
		{"id", "Jakarta, Senin (10/3/0000) - Pemerintah."},
		{"en", "On March 0, authorities said."},
		{"en", "Posted 00/16/2025"},
		{"de", "Berlin, 0. März 2025 – Die Regierung"},
		{"ru", "Москва, 0 марта 2025 года"},
		{"uk", "Київ, 30 лютого 2025 року"},
		{"es", "Madrid, 29 de febrero de 2025. El gobierno"},
		{"it", "Roma, 31 aprile 2025 - Il governo"},
		{"pt", "Lisboa, 32 de março de 2025 - O governo"},
		{"fr", "Hier, le port a fermé."},
		{"ru", "Вчера порт закрылся."},
		{"fr", "Le 16 mars 1850, le port a fermé."},
		{"fr", "Le 99 mars, le port a fermé."},
		{"fr", "Le 16 mars -2025, le port a fermé."}, // attack round 8: a year below zero
		{"fr", "Publié le 16/03/2568"},               // the Buddhist era's 2025
		{"fr", "Publié le 15 ramadan 1446"},
		{"fr", "Publié le 16/03/1446"},
		{"ru", "Москва, 16 марта 7533 г. (от сотворения мира)"},
		{"vi", "Hà Nội, ngày 16 tháng 2 năm Ất Tỵ"},
		{"fr", "Paris, le 16 mars -2025 - Le ministre a parlé."},
	} {
		d := FindDate(DateInput{Lang: c.lang, Lines: []string{c.text}, Scraped: scraped})
		if d != nil && d.From != FromFile {
			t.Errorf("%s %q: got %+v", c.lang, c.text, d)
		}
	}
}

func TestURLDateImpossibleStatesNone(t *testing.T) {
	for _, u := range []string{
		"https://example.org/2025/03/00/slug", "https://example.org/2025/00/16/slug",
		"https://example.org/2025/0300/slug", // (/202503/00/ is a month folder: 2025-03, as stated)
		"https://example.org/a-2025-03-00/", "https://example.org/news/2025-03/00/x",
		"https://example.org/20250300/123/x", "https://example.org/a-20250300.html",
		"https://example.org/25_marzo_00/x", "https://example.org/a-20250300105634-nt.html",
		"https://example.org/99999/03/16/x", "https://example.org/0000/03/16/x",
		"https://user:pw@example.org/2025/02/31/x", "javascript:alert('/2025/03/16/')",
		"https://example.org/%2F2025%2F03%2F16%2F", "https://example.org/2025/03/16\x00/x",
	} {
		if d, ok := urlDate(u); ok {
			t.Errorf("urlDate(%q) = %+v", u, d)
		}
	}
}

// A scrape time no clock could have given (1970, 2099) resolves nothing:
// the text's own date stands, and a year-less one takes no year from it;
// the file's day is still the article's date when nothing else is, marked.
func TestDateImplausibleScrape(t *testing.T) {
	now := time.Date(2026, 12, 7, 6, 0, 0, 0, time.UTC)
	epoch, future := time.Unix(0, 0).UTC(), time.Date(2099, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text    string
		scraped time.Time
		want    Date
	}{
		{"Paris, le 16 mars 2025 - Le ministre a parlé.", epoch, Date{"2025-03-16", "day", FromText}},
		{"Le 16 mars, le ministre a parlé.", future, Date{"2099-06-01", "day", FromFile}},
		{"Le 16 mars, le ministre a parlé.", epoch, Date{"1970-01-01", "day", FromFile}},
		{"Le 16 mars, le ministre a parlé.", now, Date{"2026-03-16", "day", FromText}},
	} {
		d := FindDate(DateInput{Lang: "fr", Lines: []string{c.text}, Scraped: c.scraped, Now: now})
		if d == nil || *d != c.want {
			t.Errorf("%q scraped %v: got %+v, want %+v", c.text, c.scraped, d, c.want)
		}
	}
}

// Abbreviated month names of the folder's languages are read; words that
// share an abbreviation's spelling are not taken for one.
func TestDateAbbreviations(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"de", "Berlin, 16. Mär. 2025 – Die Regierung", "2025-03-16"},
		{"de", "Berlin, 2. Dez. 2024 – Die Regierung", "2024-12-02"},
		{"fr", "Paris, le 3 févr. 2025 - Le ministre", "2025-02-03"},
		{"fr", "Paris, 14 juil. 2024 - Le ministre", "2024-07-14"},
		{"es", "Madrid, 16 abr 2024 (EFE).- El gobierno", "2024-04-16"},
		{"it", "Roma, 5 gen 2025 - Il governo", "2025-01-05"},
		{"pt", "Lisboa, 9 fev 2025 - O governo", "2025-02-09"},
		{"en", "Sixteen out of 20 said no; 16 out of 20 said yes.", "2025-03-20"},
		{"en", "He won 16 ago, in 3 set matches.", "2025-03-20"},
	} {
		d := FindDate(DateInput{Lang: c.lang, Lines: []string{c.text}, Scraped: scraped})
		if d == nil || d.Value != c.want {
			t.Errorf("%s %q: got %+v, want %s", c.lang, c.text, d, c.want)
		}
	}
}

// A lead of nothing but dates is weighed by its first few: placing each
// reads its line, and 16,000 of them in one paragraph took five minutes.
func TestLineDatesBounded(t *testing.T) {
	line := strings.Repeat("Le 1 mars, ", 16000)
	if got := len(lineDates("fr", line)); got != maxLineDates {
		t.Errorf("%d dates weighed in one line, want %d", got, maxLineDates)
	}
	d := FindDate(DateInput{Lang: "fr", Lines: []string{line}, Scraped: scraped})
	if d == nil || d.Value != "2025-03-01" || d.From != FromText {
		t.Errorf("a lead of dates: got %+v, want 2025-03-01 from the text", d)
	}
}

// A URL dated after the scrape is no date (attack round 8): an article
// scraped on 20 March 2025 is not from 2038, nor from next month; the text's
// date, or the file's, stands.
func TestURLDateAfterScrapeIsNone(t *testing.T) {
	for _, c := range []struct {
		url  string
		want string // the date's value, from the text or the file
	}{
		{"https://news.example.vn/2038/01/19/a.html", "2025-03-16"},
		{"https://news.example.vn/a-20380119.html", "2025-03-16"},
		{"https://news.example.vn/2025/04/slug", "2025-03-16"},
		{"https://news.example.vn/2025/03/21/a.html", "2025-03-21"}, // a day of slack for the zones
		{"https://news.example.vn/2025/03/19/a.html", "2025-03-19"},
	} {
		d := FindDate(DateInput{URL: c.url, Lang: "fr", Lines: []string{"Paris, le 16 mars 2025 - Le ministre a parlé."}, Scraped: scraped})
		if d == nil || d.Value != c.want {
			t.Errorf("%s: got %+v, want %s", c.url, d, c.want)
		}
	}
	// Without a scrape time, the clock bounds it.
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	if d := FindDate(DateInput{URL: "https://news.example.vn/2030/01/19/a.html", Now: now}); d != nil {
		t.Errorf("a URL of 2030 read in 2026 with no scrape time: %+v", d)
	}
}

// A dateline whose year is followed by the word for year, as Russian and
// Ukrainian write it, is a dateline (attack round 8): the word hid its dash.
func TestDatelineYearWord(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"ru", "Москва, 16 декабря 2024 г. - Министр сказал.", "2024-12-16"},
		{"ru", "Москва, 16 декабря 2024 года. Министр сказал.", "2024-12-16"},
		{"ru", "Москва, 16 декабря 2024 г. Министр сказал.", "2024-12-16"},
		{"uk", "Київ, 16 грудня 2024 р. - Міністр сказав.", "2024-12-16"},
		{"uk", "Київ, 16 грудня 2024 року - Міністр сказав.", "2024-12-16"},
		{"ru", "Москва, 16 декабря 2024 года министр сказал, что порт закрыт.", ""},
	} {
		d := FindDate(DateInput{Lang: c.lang, Lines: []string{c.text}, Scraped: time.Date(2025, 3, 20, 10, 0, 0, 0, time.UTC)})
		got := ""
		if d != nil && d.From == FromText {
			got = d.Value
		}
		if got != c.want {
			t.Errorf("%s %q: got %+v, want %q", c.lang, c.text, d, c.want)
		}
	}
}
