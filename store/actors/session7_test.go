package actors

import (
	"testing"
)

// TestSession7Rules holds one made-up sentence per class of rule added in
// session 7 (QUALITY.md): German common nouns, Indonesian units and
// regions, Cyrillic bodies with their country, heads and their
// adjectives, German "für", web addresses, demonyms, world regions,
// acronyms that spell a body.
func TestSession7Rules(t *testing.T) {
	type want = wantActor
	cases := []ruleCase{
		{"German common nouns are no names", "de",
			"Viele Menschen aus dem Ausland kamen. Lange Zeit half Angela Merkel in Ländern Mexiko und Peru.",
			[]want{{"Angela Merkel", Person, nil}},
			[]string{"Ausland", "Lange Zeit", "Ländern Mexiko"}},
		{"a German body goes on over für and its field", "de",
			"Die Bundesagentur für Arbeit und das Bundesministerium für Bildung und Forschung meldeten Zahlen.",
			[]want{{"Bundesagentur für Arbeit", Organization, nil}, {"Bundesministerium für Bildung und Forschung", Organization, nil}},
			[]string{"Bundesagentur", "Bundesministerium"}},
		{"Indonesian units strung together are split at a place's generic word", "id",
			"Polisi menangkap warga di Desa Bira Barat Kecamatan Ketapang dan Desa Gunung Rancak.",
			[]want{{"Bira Barat", Place, nil}, {"Ketapang", Place, nil}, {"Gunung Rancak", Place, nil}},
			[]string{"Bira Barat Kecamatan Ketapang", "Rancak"}},
		{"an Indonesian unit begins a body, a regional title names a place", "id",
			"Tim Reskrim Polres Sampang menangkap enam orang. Mantan Kapolres Trenggalek itu menjelaskan di Maluku Tengah.",
			[]want{{"Polres Sampang", Organization, nil}, {"Sampang", Place, nil}, {"Trenggalek", Place, nil}, {"Maluku Tengah", Place, nil}},
			[]string{"Reskrim Polres Sampang"}},
		{"Indonesian troops in lowercase are no part of the body's name; time zones are no names", "id",
			"Mobil polisi mengangkut pasukan Brimob pukul 10.00 WIT ke desa.",
			[]want{{"Brimob", Organization, nil}},
			[]string{"pasukan Brimob", "WIT"}},
		{"a Cyrillic body keeps its country in the genitive", "uk",
			"Вчора Верховна Рада України ухвалила закон, а Конституційний суд України його розгляне.",
			[]want{{"Верховна Рада України", Organization, nil}, {"Конституційний суд України", Organization, nil}},
			[]string{"Верховна Рада"}},
		{"an adjective after a capitalized head goes on with the body", "es",
			"El presidente habló con la Autoridad Nacional Palestina y con la Compañía de Jesús en Ramala.",
			[]want{{"Autoridad Nacional Palestina", Organization, nil}},
			nil},
		{"a web address names no actor", "id",
			"REPUBLIKA.CO.ID, JAKARTA -- Presiden Joko Widodo meresmikan jalan tol.",
			[]want{{"Joko Widodo", Person, nil}},
			[]string{"REPUBLIKA", "CO", "ID"}},
		{"an English demonym before a noun and a participle compound are no names", "en",
			"A Chinese vessel rammed a boat in Russian-occupied waters, a South Korean official told Brian Smith.",
			[]want{{"Brian Smith", Person, nil}},
			[]string{"Chinese", "Russian-occupied", "South Korean"}},
		{"a Korean given name keeps its hyphen", "fr",
			"Le sélectionneur Kim Sang-sik a parlé.",
			[]want{{"Kim Sang-sik", Person, nil}},
			nil},
		{"world regions in every language are places", "de",
			"Die Zölle treffen Lateinamerika und Asien stärker als Nordamerika.",
			[]want{{"Lateinamerika", Place, nil}, {"Asien", Place, nil}, {"Nordamerika", Place, nil}},
			nil},
		{"an acronym that spells a name without evidence makes it a body", "en",
			"The Education Reporting Collaborative (ERC) said on Monday that the ERC would publish more.",
			[]want{{"Education Reporting Collaborative", Organization, []string{"ERC"}}},
			nil},
		{"a Spanish unit goes on over y and e", "es",
			"La Dirección de Prevención e Investigación de Robo de Vehículos detuvo a dos personas.",
			[]want{{"Dirección de Prevención e Investigación de Robo de Vehículos", Organization, nil}},
			[]string{"Dirección de Prevención"}},
		{"a German genitive joins the name without its -s", "de",
			"Kim Jong Un reiste nach Nordkorea. Die Politik Kim Jong Uns und die Lage Nordkoreas bleiben angespannt.",
			[]want{{"Kim Jong Un", Person, []string{"Kim Jong Uns"}}, {"Nordkorea", Place, []string{"Nordkoreas"}}},
			[]string{"Kim Jong Uns", "Nordkoreas"}},
		{"title abbreviations and Malay honorifics are no part of a name", "en",
			"Indiana Gov. Mike Braun met Datuk Seri Anwar Ibrahim and the Gauteng Provincial Government.",
			[]want{{"Mike Braun", Person, nil}, {"Anwar Ibrahim", Person, nil}, {"Gauteng Provincial Government", Organization, nil}},
			[]string{"Indiana Gov", "Datuk Seri Anwar Ibrahim", "Seri Anwar Ibrahim"}},
		{"a Cyrillic committee's name spells out its field", "uk",
			"Депутати знають, що Комітет з питань бюджету сказав. Комитет по международным делам Госдумы решил.",
			[]want{{"Комітет з питань бюджету", Organization, nil}, {"Комитет по международным делам", Organization, nil}},
			[]string{"Комітет з питань бюджету сказав"}},
	}
	checkRuleCases(t, cases)
}

// TestIndonesianHeadline checks the shape of an Indonesian headline: every
// word capitalized, no short function word needed; a sentence with names
// in it is no headline.
func TestIndonesianHeadline(t *testing.T) {
	for text, want := range map[string]bool{
		"Polisi Amankan Terduga Pelaku Pembunuhan":                              true,
		"Marcella Zalianty Promo Pariwisata Indonesia Lewat Film":               true,
		"Kapolres Sampang AKBP Didit Bambang Wibowo Saputro menjelaskan kasus.": false,
		"Presiden Joko Widodo":                       false, // three words: a name
		"Polisi menangkap warga di Desa Bira Barat.": false,
	} {
		if got := indonesianHeadline(tokenizeInto(nil, text)); got != want {
			t.Errorf("%q: headline %v, want %v", text, got, want)
		}
	}
}
