// Command gen writes the gazetteers that the actors package embeds:
//
//	data/countries.tsv  ISO 3166 code, then the country's names in many
//	                    languages (CLDR, through golang.org/x/text/language/display)
//	data/places.txt     folded keys of city and region names (GeoNames, CC BY 4.0,
//	                    as Debian's libgeonames-common packages them)
//
// Run it from the module root with `go run ./store/actors/internal/gen`
// after `apt-get install libgeonames-common`. Its output is deterministic.
package main

import (
	"encoding/binary"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
)

// languages whose country names are embedded: the article languages kiosk
// targets first, then the other big ones of news aggregators.
var languages = []string{"en", "fr", "es", "de", "it", "pt", "ru", "uk", "vi", "pl", "nl", "cs", "id", "ro", "tr", "sv", "hu", "el", "bg", "sr", "hr", "sk", "ar", "zh", "ja", "ko", "th", "fa", "hi", "he"}

// geonamesLanguages are the translations of GeoNames city names kept. Of the
// Vietnamese one only single words are kept: it renders Chinese cities in
// Sino-Vietnamese syllables, which collide with Vietnamese personal names.
var geonamesLanguages = []string{"en", "fr", "es", "de", "it", "pt", "ru", "uk", "pl", "nl", "cs", "vi"}

func main() {
	out := "store/actors/data"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	if err := writeCountries(filepath.Join(out, "countries.tsv")); err != nil {
		log.Fatal(err)
	}
	if err := writePlaces(filepath.Join(out, "places.txt"), "/usr/share/locale"); err != nil {
		log.Fatal(err)
	}
}

func writeCountries(path string) error {
	var lines []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code || r.Canonicalize() != r {
				continue
			}
			seen := map[string]bool{}
			var names []string
			for _, l := range languages {
				n := display.Regions(language.MustParse(l)).Name(r)
				if n == "" || seen[n] || strings.ContainsAny(n, "|\t\n") {
					continue
				}
				seen[n] = true
				names = append(names, n)
			}
			if len(names) > 0 {
				lines = append(lines, code+"\t"+strings.Join(names, "|"))
			}
		}
	}
	return os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

func writePlaces(path, localeDir string) error {
	keys := map[string]bool{}
	for _, l := range geonamesLanguages {
		cat, err := readMO(filepath.Join(localeDir, l, "LC_MESSAGES", "geonames.mo"))
		if err != nil {
			return err
		}
		for id, name := range cat {
			if id == "" || len(id) == 2 { // header, or a country: countries.tsv has those
				continue
			}
			if l == "vi" && (strings.ContainsAny(name, " -") || len([]rune(name)) < 4) {
				continue // single-word exonyms only ("Kiev"): see geonamesLanguages
			}
			k := fold.Key(name)
			if len([]rune(k)) < 3 || strings.ContainsAny(k, "0123456789") {
				continue // too short to tell from a word, or not a name
			}
			keys[k] = true
		}
	}
	list := make([]string, 0, len(keys))
	for k := range keys {
		list = append(list, k)
	}
	sort.Strings(list)
	return os.WriteFile(path, []byte(strings.Join(list, "\n")+"\n"), 0o644)
}

// readMO reads a GNU gettext catalogue: message id to translation.
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 28 {
		return nil, fmt.Errorf("%s: too short", path)
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if bo.Uint32(b) != 0x950412de {
		bo = binary.BigEndian
	}
	n := int(bo.Uint32(b[8:]))
	orig, trans := int(bo.Uint32(b[12:])), int(bo.Uint32(b[16:]))
	str := func(table, i int) string {
		l := int(bo.Uint32(b[table+8*i:]))
		o := int(bo.Uint32(b[table+8*i+4:]))
		return string(b[o : o+l])
	}
	m := make(map[string]string, n)
	for i := 0; i < n; i++ {
		m[str(orig, i)] = str(trans, i)
	}
	return m, nil
}
