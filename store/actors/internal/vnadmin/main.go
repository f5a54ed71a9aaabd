// Command vnadmin writes data/vnadmin.txt, the gazetteer of Vietnamese
// administrative units, from two dumps of thanglequoc/vietnamese-provinces-database
// (MIT): the units before the 2025 reform (63 provinces, their districts, wards,
// communes and townships) and after it (34 provinces, wards, communes, special
// zones). News writes both, so both are kept. See data/VNADMIN.md for the sources.
//
//	go run ./internal/vnadmin -src DIR -out data/vnadmin.txt
//
// DIR holds the two dumps under the names of sources below; their checksums are
// checked so that the output is the same byte for byte wherever it is made.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// source is one dump: where it comes from and what it must hash to.
type source struct {
	file, commit, path, sha256 string
}

var sources = []source{
	{"units-2025-03.sql", "fc33b7411ec4e3697817fab8118718a8d39ef090", "postgresql/ImportData_vn_units.sql",
		"d18d1ee8bc8f57401a45c3d345952be3ab3b36a7813b1ca7a01c5f9d21e2af25"},
	{"units-2026.sql", "cd58063299585146ded3981f2272946ef19ced54", "postgresql/postgres_ImportData_vn_units.sql",
		"a9ab4fced81d897c044d2f4fe2f44ccca2df39b7d175afb4363d4432d28f29db"},
}

// levels maps the dataset's administrative_units.code_name to the level written out.
var levels = map[string]string{
	"thanh_pho_truc_thuoc_trung_uong": "municipality",
	"tinh":                            "province",
	"thanh_pho_thuoc_thanh_pho_truc_thuoc_trung_uong": "city",
	"thanh_pho_thuoc_tinh":                            "city",
	"quan":                                            "district",
	"huyen":                                           "district",
	"thi_xa":                                          "town",
	"phuong":                                          "ward",
	"thi_tran":                                        "township",
	"xa":                                              "commune",
	"dac_khu":                                         "special-zone",
}

// unit is one line of the output.
type unit struct {
	full, level, short string
	aliases            map[string]bool
}

func main() {
	src := flag.String("src", "", "folder holding the dumps (see data/VNADMIN.md)")
	out := flag.String("out", "data/vnadmin.txt", "file to write")
	flag.Parse()
	if *src == "" {
		fmt.Fprintln(os.Stderr, "vnadmin: no -src (set VNADMIN_SRC for go generate); "+*out+" left as it is")
		return
	}
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "vnadmin:", err)
		os.Exit(1)
	}
}

func run(src, out string) error {
	units := map[string]*unit{}
	for _, s := range sources {
		data, err := os.ReadFile(filepath.Join(src, s.file))
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		if got := hex.EncodeToString(sum[:]); got != s.sha256 {
			return fmt.Errorf("%s: sha256 %s, want %s (commit %s of %s)", s.file, got, s.sha256, s.commit, s.path)
		}
		tables, err := readSQL(bytes.NewReader(data))
		if err != nil {
			return fmt.Errorf("%s: %w", s.file, err)
		}
		if err := collect(units, tables); err != nil {
			return fmt.Errorf("%s: %w", s.file, err)
		}
	}
	return os.WriteFile(out, render(units), 0o644)
}

// collect adds the provinces, districts and wards of one dump to units.
func collect(units map[string]*unit, tables map[string]table) error {
	kinds := map[string]string{}
	for _, row := range tables["administrative_units"] {
		lv, ok := levels[row["code_name"]]
		if !ok {
			return fmt.Errorf("unknown administrative unit %q", row["code_name"])
		}
		kinds[row["id"]] = lv
	}
	n := 0
	for _, t := range []string{"provinces", "districts", "wards"} {
		for _, row := range tables[t] {
			lv, ok := kinds[row["administrative_unit_id"]]
			if !ok {
				return fmt.Errorf("%s %s: unknown unit id %q", t, row["code"], row["administrative_unit_id"])
			}
			add(units, clean(row["full_name"]), lv, clean(row["name"]), clean(row["name_en"]))
			n++
		}
	}
	if n < 3000 {
		return fmt.Errorf("only %d units: not the dump expected", n)
	}
	return nil
}

func add(units map[string]*unit, full, level, short, en string) {
	k := full + "\t" + level
	u := units[k]
	if u == nil {
		u = &unit{full: full, level: level, short: short, aliases: map[string]bool{}}
		units[k] = u
	}
	if en != "" && en != ascii(short) {
		u.aliases[en] = true
	}
	for _, a := range aliasesOf(short, level) {
		u.aliases[a] = true
	}
}

// clean folds the name to NFC and single spaces, as the lines are compared byte-wise.
func clean(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// render writes one line per unit, sorted:
// full name, level, name without the level word, its ASCII form, "bare" or "full"
// (whether the name alone names the unit), aliases joined by "|".
func render(units map[string]*unit) []byte {
	lines := make([]string, 0, len(units))
	for _, u := range units {
		aliases := make([]string, 0, len(u.aliases))
		for a := range u.aliases {
			aliases = append(aliases, a)
		}
		sort.Strings(aliases)
		form := "full"
		if bareOK(u.short, u.level) {
			form = "bare"
		}
		lines = append(lines, strings.Join([]string{u.full, u.level, u.short, ascii(u.short), form, strings.Join(aliases, "|")}, "\t"))
	}
	sort.Strings(lines)
	var b bytes.Buffer
	b.WriteString("# Vietnamese administrative units; generated by internal/vnadmin, see VNADMIN.md.\n")
	b.WriteString("# full name\tlevel\tname\tASCII name\tbare|full\taliases\n")
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// ascii drops the diacritics of s and writes đ as d: "Thanh Mỹ" is "Thanh My".
func ascii(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteByte('d')
		case r == 'Đ':
			b.WriteByte('D')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
