package main

import "strings"

// surnames are the commonest Vietnamese family names. Streets, and after them
// wards and communes, are named after people ("Phường Nguyễn Thái Bình"); such a
// name alone in a text is a person far more often than the ward. Many of these
// syllables also begin plain place names ("Dương Kinh", "Phan Rang"), so two
// syllables are held for a person only after the four surnames that never begin
// one (personal).
var surnames = map[string]bool{
	"Nguyễn": true, "Trần": true, "Lê": true, "Phạm": true, "Hoàng": true, "Huỳnh": true,
	"Phan": true, "Vũ": true, "Võ": true, "Đặng": true, "Bùi": true, "Đỗ": true, "Hồ": true,
	"Ngô": true, "Dương": true, "Lý": true, "Đinh": true, "Trương": true, "Đào": true,
}

var personal = map[string]bool{"Nguyễn": true, "Trần": true, "Lê": true, "Phạm": true}

// highLevels are the units a name alone names even when it looks like a person's
// or is one syllable ("Huế", "Vinh", "Phan Thiết").
var highLevels = map[string]bool{
	"municipality": true, "province": true, "city": true, "town": true, "district": true,
	"special-zone": true,
}

// bareOK reports whether the name without its level word may stand for the unit.
// Not for numbers ("Phường 1"); not, below the district, for one syllable ("Xã
// Long": "Long" is a word in many languages) or two led by a personal surname
// ("Phường Trần Phú"); not at any level for a surname and two more syllables ("Quận Hai Bà Trưng" keeps its
// name, "Phường Nguyễn Văn Cừ" does not).
func bareOK(short, level string) bool {
	words := strings.Fields(short)
	if len(words) == 0 || strings.IndexFunc(short, isLetter) < 0 {
		return false
	}
	led := surnames[words[0]]
	if level == "municipality" || level == "province" {
		return true
	}
	if led && len(words) >= 3 {
		return false
	}
	if highLevels[level] {
		return true
	}
	return len(words) > 1 && !personal[words[0]]
}

func isLetter(r rune) bool {
	return r > '9' || r < '0'
}
