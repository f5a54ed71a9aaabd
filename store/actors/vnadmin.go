package actors

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
)

// The gazetteer of Vietnamese administrative units, before and after the 2025
// reform, is generated from thanglequoc/vietnamese-provinces-database (MIT); see
// data/VNADMIN.md. Without VNADMIN_SRC the generator leaves the file as it is.

//go:generate go run ./internal/vnadmin -src $VNADMIN_SRC -out data/vnadmin.txt

//go:embed data/vnadmin.txt
var vnadminTXT string

// VietnamLevels are the levels VietnamPlace reports, highest first: a name that
// is several units reports the highest ("Bắc Ninh" is a province and was a city).
var VietnamLevels = []string{
	"municipality", // thành phố trực thuộc trung ương: Hà Nội, Hồ Chí Minh…
	"province",     // tỉnh
	"special-zone", // đặc khu (island units since 2025)
	"city",         // thành phố under a province or municipality (before 2025)
	"district",     // quận, huyện (abolished in 2025)
	"town",         // thị xã (before 2025)
	"township",     // thị trấn (before 2025)
	"ward",         // phường
	"commune",      // xã
}

// VietnamLevelWord is a word news puts before or after the name of a unit, with
// the levels it may name.
type VietnamLevelWord struct {
	Word, Lang string
	Levels     []string
}

var (
	lvCity     = []string{"municipality", "city"}
	lvProvince = []string{"province"}
	lvDistrict = []string{"district"}
	lvTown     = []string{"town", "township"}
	lvWard     = []string{"ward"}
	lvCommune  = []string{"commune"}
	lvLocal    = []string{"commune", "ward", "township"} // where a language has one word for all three
	lvSpecial  = []string{"special-zone"}
)

// VietnamLevelWords are the level words in Vietnamese and the languages of the
// news kiosk reads, lower case; Russian in its common cases.
var VietnamLevelWords = []VietnamLevelWord{
	{"thành phố", "vi", lvCity}, {"tp", "vi", lvCity}, {"tp.", "vi", lvCity}, {"tỉnh", "vi", lvProvince},
	{"quận", "vi", lvDistrict}, {"huyện", "vi", lvDistrict}, {"thị xã", "vi", []string{"town"}},
	{"thị trấn", "vi", []string{"township"}}, {"phường", "vi", lvWard}, {"xã", "vi", lvCommune},
	{"đặc khu", "vi", lvSpecial},
	{"city", "en", lvCity}, {"municipality", "en", []string{"municipality"}}, {"province", "en", lvProvince},
	{"district", "en", lvDistrict}, {"town", "en", lvTown}, {"township", "en", []string{"township"}},
	{"ward", "en", lvWard}, {"commune", "en", lvLocal}, {"special zone", "en", lvSpecial},
	{"ville", "fr", lvCity}, {"province", "fr", lvProvince}, {"district", "fr", lvDistrict},
	{"arrondissement", "fr", lvDistrict}, {"commune", "fr", lvLocal}, {"quartier", "fr", lvWard},
	{"zone spéciale", "fr", lvSpecial},
	{"stadt", "de", lvCity}, {"provinz", "de", lvProvince}, {"bezirk", "de", lvDistrict},
	{"distrikt", "de", lvDistrict}, {"kreis", "de", lvDistrict}, {"landkreis", "de", lvDistrict},
	{"gemeinde", "de", lvLocal}, {"kommune", "de", lvLocal}, {"stadtbezirk", "de", lvWard},
	{"stadtteil", "de", lvWard},
	{"ciudad", "es", lvCity}, {"provincia", "es", lvProvince}, {"distrito", "es", lvDistrict}, {"comuna", "es", lvLocal},
	{"città", "it", lvCity}, {"provincia", "it", lvProvince}, {"distretto", "it", lvDistrict}, {"comune", "it", lvLocal},
	{"cidade", "pt", lvCity}, {"província", "pt", lvProvince}, {"distrito", "pt", lvDistrict}, {"comuna", "pt", lvLocal},
	{"kota", "id", lvCity}, {"provinsi", "id", lvProvince}, {"distrik", "id", lvDistrict},
	{"kecamatan", "id", lvDistrict}, {"kelurahan", "id", lvWard}, {"desa", "id", lvCommune},
	{"город", "ru", lvCity}, {"города", "ru", lvCity}, {"городе", "ru", lvCity}, {"городом", "ru", lvCity},
	{"провинция", "ru", lvProvince}, {"провинции", "ru", lvProvince}, {"провинцию", "ru", lvProvince},
	{"провинцией", "ru", lvProvince}, {"район", "ru", lvDistrict}, {"района", "ru", lvDistrict},
	{"районе", "ru", lvDistrict}, {"уезд", "ru", lvDistrict}, {"уезда", "ru", lvDistrict}, {"уезде", "ru", lvDistrict},
	{"община", "ru", lvLocal}, {"общины", "ru", lvLocal}, {"общине", "ru", lvLocal},
	{"коммуна", "ru", lvLocal}, {"коммуны", "ru", lvLocal}, {"коммуне", "ru", lvLocal},
	{"квартал", "ru", lvWard}, {"квартала", "ru", lvWard}, {"квартале", "ru", lvWard},
	{"провінція", "uk", lvProvince}, {"провінції", "uk", lvProvince}, {"місто", "uk", lvCity},
}

// vnConnectors may stand between a leading level word and the name ("commune de
// Thanh My", "city of Hue").
var vnConnectors = map[string]bool{"de": true, "du": true, "of": true, "di": true, "da": true, "do": true, "von": true}

// vnEntry is what a folded name is: the levels it names alone (bare) and the
// levels it names after a level word (any), as bit sets over VietnamLevels.
type vnEntry struct{ bare, any uint16 }

var vnGaz struct {
	once  sync.Once
	names map[string]vnEntry
	words map[string]uint16 // folded level word → levels
}

func vnLevelBit(level string) uint16 {
	for i, l := range VietnamLevels {
		if l == level {
			return 1 << i
		}
	}
	return 0
}

func vnLoad() {
	names := make(map[string]vnEntry, 12000)
	for _, line := range strings.Split(vnadminTXT, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			continue // the test checks every line has its six fields
		}
		bit := vnLevelBit(f[1])
		forms := []string{f[2]}
		if f[5] != "" {
			forms = append(forms, strings.Split(f[5], "|")...)
		}
		for i, form := range forms {
			k := fold.Key(form)
			e := names[k]
			e.any |= bit
			if i > 0 || f[4] == "bare" { // aliases always name the unit alone
				e.bare |= bit
			}
			names[k] = e
		}
	}
	words := make(map[string]uint16, len(VietnamLevelWords))
	for _, w := range VietnamLevelWords {
		for _, l := range w.Levels {
			words[fold.Key(w.Word)] |= vnLevelBit(l)
		}
	}
	vnGaz.names, vnGaz.words = names, words
}

// VietnamPlace reports whether name is a Vietnamese administrative unit, and the
// highest level it names. It folds case, diacritics, spaces and hyphens ("Thanh
// Mỹ", "THANH MY", "Danang", "Đà Nẵng"), takes Russian forms of the provinces and
// larger cities ("Ханой"), and a level word before or after the name in the
// languages of VietnamLevelWords ("xã Thanh Mỹ", "commune de Thanh My", "Quang Nam
// Province", "провинция Куангнам"); a level word must fit the unit. Names that
// alone are as likely a person's or a common word ("Nguyễn Thái Bình", "Phường
// 1", one-syllable communes) are units only after a level word.
func VietnamPlace(name string) (level string, ok bool) {
	vnGaz.once.Do(vnLoad)
	var buf [128]byte
	if e, ok := vnGaz.names[string(fold.AppendBytes(buf[:0], name))]; ok && e.bare != 0 {
		return vnTop(e.bare), true
	}
	var spans [8]vnSpan
	words := vnWords(name, spans[:0])
	if len(words) < 2 {
		return "", false
	}
	// A level word first: "xã Thanh Mỹ", "commune de Thanh My".
	for n := min(2, len(words)-1); n >= 1; n-- {
		m := vnGaz.words[string(vnKey(buf[:0], name, words[:n]))]
		if m == 0 {
			continue
		}
		if lv, ok := vnWithLevel(buf[:0], name, words[n:], m); ok {
			return lv, true
		}
		// Tried second, as "Da" in "Thanh pho Da Nang" is the name.
		if rest := words[n:]; len(rest) > 1 && vnConnectors[strings.ToLower(name[rest[0].from:rest[0].to])] {
			if lv, ok := vnWithLevel(buf[:0], name, rest[1:], m); ok {
				return lv, true
			}
		}
		break
	}
	// A level word last: "Quang Nam Province", "Ho Chi Minh City".
	for n := min(2, len(words)-1); n >= 1; n-- {
		if m := vnGaz.words[string(vnKey(buf[:0], name, words[len(words)-n:]))]; m != 0 {
			return vnWithLevel(buf[:0], name, words[:len(words)-n], m)
		}
	}
	return "", false
}

// vnSpan is where one word of a name lies; hyphens part words too, as French
// and German join the level word with one ("Hô Chi Minh-Ville", "Ho-Chi-Minh-Stadt").
type vnSpan struct{ from, to int }

func vnWords(s string, spans []vnSpan) []vnSpan {
	from := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '-' || s[i] == '\t' || s[i] == '\n' {
			if from >= 0 {
				spans = append(spans, vnSpan{from, i})
				from = -1
			}
		} else if from < 0 {
			from = i
		}
	}
	return spans
}

// vnKey appends the folded key of the words to b; an elided French "d'" goes.
func vnKey(b []byte, s string, words []vnSpan) []byte {
	for _, w := range words {
		word := s[w.from:w.to]
		word = strings.TrimPrefix(strings.TrimPrefix(word, "d'"), "d’")
		b = fold.AppendBytes(b, word)
	}
	return b
}

func vnWithLevel(b []byte, s string, rest []vnSpan, levels uint16) (string, bool) {
	e := vnGaz.names[string(vnKey(b, s, rest))]
	if m := e.any & levels; m != 0 {
		return vnTop(m), true
	}
	return "", false
}

func vnTop(m uint16) string {
	for i, l := range VietnamLevels {
		if m&(1<<i) != 0 {
			return l
		}
	}
	return ""
}

// IsVietnamLevelWord reports whether word (any case, with or without its
// diacritics) is one of VietnamLevelWords.
func IsVietnamLevelWord(word string) bool {
	vnGaz.once.Do(vnLoad)
	return vnGaz.words[fold.Key(word)] != 0
}
