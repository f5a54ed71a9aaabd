package index

import (
	"strings"
	"testing"
)

func TestCheckQuery(t *testing.T) {
	for q, want := range map[string]string{
		"serguei lavrov":            "",
		`"marco rubio" -trump`:      "",
		"title:ukraine lang:fr":     "",
		`actor:"Marco Rubio"`:       "",
		"date:2025-03 mekong":       "",
		"https://example.com/a":     "",
		"11:45 réunion":             "",
		`"note: a phrase" x`:        "",
		"title:":                    "title: needs a value",
		"ukraine title:":            "title: needs a value",
		"foo:bar":                   "no field foo:",
		"-colour:red hanoi":         "no field colour:",
		`"ukraine`:                  "a quote is left open",
		`title:"marco rubio" "oops`: "a quote is left open",
	} {
		err := CheckQuery(q)
		switch {
		case want == "" && err != nil:
			t.Errorf("%q: %v, want no error", q, err)
		case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
			t.Errorf("%q: %v, want %q", q, err, want)
		}
	}
}
