package main

import (
	"strings"
	"testing"
)

func TestReadSQL(t *testing.T) {
	in := `-- DATA --
INSERT INTO administrative_units(id,code_name) VALUES(10,'xa');
INSERT INTO wards(code,name,full_name,administrative_unit_id) VALUES
('01','Ea H''Leo','Xã Ea H''Leo',10),
('02','An, Bình','Xã An, Bình',NULL);
`
	tables, err := readSQL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if got := tables["administrative_units"]; len(got) != 1 || got[0]["code_name"] != "xa" || got[0]["id"] != "10" {
		t.Errorf("administrative_units = %v", got)
	}
	w := tables["wards"]
	if len(w) != 2 || w[0]["name"] != "Ea H'Leo" || w[1]["name"] != "An, Bình" || w[1]["administrative_unit_id"] != "" {
		t.Errorf("wards = %v", w)
	}
}

func TestReadSQLRefusesBrokenRows(t *testing.T) {
	for _, in := range []string{
		"INSERT INTO t(a,b) VALUES\n('1');\n",         // too few values
		"INSERT INTO t(a) VALUES\n('unterminated);\n", // open string
		"INSERT INTO t(a VALUES\n('1');\n",            // no column list
	} {
		if _, err := readSQL(strings.NewReader(in)); err == nil {
			t.Errorf("readSQL(%q) gave no error", in)
		}
	}
}

func TestBareOK(t *testing.T) {
	tests := []struct {
		short, level string
		want         bool
	}{
		{"Thanh Mỹ", "commune", true},
		{"1", "ward", false},
		{"Long", "commune", false},
		{"Vinh", "city", true},
		{"Trần Phú", "commune", false},
		{"Dương Kinh", "ward", true},
		{"Nguyễn Thái Bình", "ward", false},
		{"Nguyễn Thái Bình", "district", false},
		{"Hồ Chí Minh", "municipality", true},
		{"Phan Thiết", "city", true},
	}
	for _, tt := range tests {
		if got := bareOK(tt.short, tt.level); got != tt.want {
			t.Errorf("bareOK(%q, %q) = %v, want %v", tt.short, tt.level, got, tt.want)
		}
	}
}
