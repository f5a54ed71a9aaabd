package actors

import (
	"sort"
	"strings"
	"testing"
)

func TestVietnamPlace(t *testing.T) {
	tests := []struct {
		name, level string
		ok          bool
	}{
		{"xã Thanh Mỹ", "commune", true},
		{"Xã Thanh Mỹ", "commune", true},
		{"Thanh Mỹ", "township", true}, // folded, it is also Thị trấn Thạnh Mỹ
		{"Sơn Thủy", "commune", true},
		{"Son Thuy", "commune", true},
		{"SON THUY", "commune", true},
		{"commune de Son Thuy", "commune", true},
		{"Son Thuy commune", "commune", true},
		{"Gemeinde Sơn Thủy", "commune", true},
		{"Provinz Son Thuy", "", false}, // the level word must fit the unit
		{"thị xã Nghĩa Lộ", "town", true},
		{"phường Nghĩa Lộ", "ward", true},
		{"Nghia Lo", "town", true},
		{"Hà Nội", "municipality", true},
		{"Hanoi", "municipality", true},
		{"Ha Noi", "municipality", true},
		{"Ханой", "municipality", true},
		{"Хошимин", "municipality", true},
		{"Ханое", "municipality", true},
		{"Нячанге", "city", true},
		{"Дананг", "municipality", true},
		{"Danang", "municipality", true},
		{"Thành phố Hồ Chí Minh", "municipality", true},
		{"Ho Chi Minh City", "municipality", true},
		{"Hô Chi Minh-Ville", "municipality", true},
		{"Ho-Chi-Minh-Stadt", "municipality", true},
		{"Хошимін", "municipality", true},
		{"TP.HCM", "municipality", true},
		{"TP HCM", "municipality", true},
		{"Saigon", "municipality", true},
		{"city of Hue", "municipality", true},
		{"Thanh pho Da Nang", "municipality", true},
		{"Thừa Thiên-Huế", "municipality", true},
		{"Quảng Nam", "province", true},
		{"Quang Nam Province", "province", true},
		{"province de Quang Nam", "province", true},
		{"Provinz Quảng Nam", "province", true},
		{"провинция Куангнам", "province", true},
		{"в провинции Куангнам", "", false}, // a preposition before the level word is the caller's
		{"Куангнам", "province", true},
		{"Тханьхоа", "province", true},
		{"Thanh Hoá", "province", true},
		{"Нячанг", "city", true},
		{"Nha Trang", "city", true},
		{"Phan Thiết", "city", true},
		{"Phú Quốc", "special-zone", true},
		{"Củ Chi", "district", true},
		{"huyện Củ Chi", "district", true},
		{"xã Củ Chi", "commune", true},
		{"Sa Pa", "town", true},
		{"Phường 1", "ward", true},
		{"1", "", false},
		{"Phường Nguyễn Thái Bình", "ward", true},
		{"Nguyễn Thái Bình", "", false}, // a person far more often
		{"Xã Trần Phú", "commune", true},
		{"Trần Phú", "", false},
		{"Ea H'Leo", "district", true},
		{"Paris", "", false},
		{"Emmanuel Macron", "", false},
		{"", "", false},
		{"xã", "", false},
		{"Provinz", "", false},
		{"\xff\xfe xã", "", false},
		{strings.Repeat("xã Thanh Mỹ ", 200), "", false},
	}
	for _, tt := range tests {
		level, ok := VietnamPlace(tt.name)
		if level != tt.level || ok != tt.ok {
			t.Errorf("VietnamPlace(%q) = %q, %v; want %q, %v", tt.name, level, ok, tt.level, tt.ok)
		}
	}
}

// Every unit of the file is found by its full name, at its level or a higher one
// that the same full name also has.
func TestVietnamPlaceEveryUnit(t *testing.T) {
	rank := map[string]int{}
	for i, l := range VietnamLevels {
		rank[l] = i
	}
	want := map[string]string{}
	var lines []string
	for _, line := range strings.Split(vnadminTXT, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		lines = append(lines, line)
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			t.Fatalf("line %q has %d fields, want 6", line, len(f))
		}
		if _, ok := rank[f[1]]; !ok {
			t.Fatalf("line %q: unknown level %q", line, f[1])
		}
		if f[4] != "bare" && f[4] != "full" {
			t.Fatalf("line %q: field 5 is %q", line, f[4])
		}
		if old, ok := want[f[0]]; !ok || rank[f[1]] < rank[old] {
			want[f[0]] = f[1]
		}
	}
	if !sort.StringsAreSorted(lines) {
		t.Error("data/vnadmin.txt is not sorted")
	}
	if len(lines) < 9000 {
		t.Errorf("%d units, want the 10,000-odd of before and after 2025 less repeats", len(lines))
	}
	for full, level := range want {
		if got, ok := VietnamPlace(full); !ok || got != level {
			t.Errorf("VietnamPlace(%q) = %q, %v; want %q", full, got, ok, level)
		}
	}
}

func TestIsVietnamLevelWord(t *testing.T) {
	for _, w := range []string{"xã", "Xa", "PHƯỜNG", "huyen", "Provinz", "провинции", "commune", "thành phố"} {
		if !IsVietnamLevelWord(w) {
			t.Errorf("IsVietnamLevelWord(%q) = false", w)
		}
	}
	for _, w := range []string{"Hanoi", "minister", ""} {
		if IsVietnamLevelWord(w) {
			t.Errorf("IsVietnamLevelWord(%q) = true", w)
		}
	}
}

func BenchmarkVietnamPlace(b *testing.B) {
	names := []string{"Thanh Mỹ", "xã Thanh Mỹ", "Ханой", "Ho Chi Minh City", "Emmanuel Macron",
		"Nguyễn Thái Bình", "provinz Quảng Nam", "Paris", "Bộ Công an", "Nha Trang"}
	VietnamPlace("")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		VietnamPlace(names[i%len(names)])
	}
}

// The peer: the country lookup of the same package, on the same names.
func BenchmarkCountryCodePeer(b *testing.B) {
	names := []string{"Thanh Mỹ", "xã Thanh Mỹ", "Ханой", "Ho Chi Minh City", "Emmanuel Macron",
		"Nguyễn Thái Bình", "provinz Quảng Nam", "Paris", "Bộ Công an", "Nha Trang"}
	CountryCode("")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		CountryCode(names[i%len(names)])
	}
}

// The cost of the first call, which builds the map.
func BenchmarkVietnamLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		vnLoad()
	}
}
