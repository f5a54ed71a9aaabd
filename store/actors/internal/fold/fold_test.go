package fold

import "testing"

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Thừa Thiên-Huế":   "thuathienhue",
		"THUA THIEN-HUE":   "thuathienhue",
		"Đồng Nai":         "dongnai",
		"Sergueï Lavrov":   "sergueilavrov",
		"Россия":           "россия",
		"Ближний Восток":   "ближнийвосток",
		"Київ":             "київ",
		"Łódź":             "lodz",
		"e\u0301tats-Unis": "etatsunis", // decomposed input
		"北京":               "北京",
		"":                 "",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}
