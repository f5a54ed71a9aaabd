package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// datedFolder has three articles naming Rubio on dates their URLs give,
// one naming Lavrov only, and one stating no date at all.
func datedFolder(t *testing.T) string {
	return writeFiles(t, map[string]string{
		"a.txt": "Le secrétaire d'État Marco Rubio parle à Paris.\nMarco Rubio a parlé.\nSource : https://example.org/2025/03/03/a\n",
		"b.txt": "Marco Rubio arrive à Moscou.\nMarco Rubio rencontre Sergueï Lavrov.\nSource : https://example.org/2025/03/05/b\n",
		"c.txt": "Marco Rubio voyage à Kyiv.\nMarco Rubio parle.\nSource : https://example.org/2025/03/18/c\n",
		"d.txt": "Sergueï Lavrov répond.\nSergueï Lavrov parle.\nSource : https://example.org/2025/04/01/d\n",
	})
}

func TestListByDate(t *testing.T) {
	dir := datedFolder(t)
	out, errs, code := kiosk(t, nil, "list", "--dir", dir, "--sort", "date")
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		f := strings.Split(l, "\t")
		ids = append(ids, f[0]+"="+f[1])
	}
	if code != 0 || strings.Join(ids, " ") != "d=2025-04-01 c=2025-03-18 b=2025-03-05 a=2025-03-03" {
		t.Errorf("list --sort date: %d %q %s", code, ids, errs)
	}
	for _, extra := range [][]string{nil, {"--max-size", "100000"}} { // the index, and a scan
		args := append([]string{"list", "--dir", dir, "--json", "--since", "2025-03-04", "--until", "2025-03", "--sort", "date"}, extra...)
		out, errs, code = kiosk(t, nil, args...)
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var a struct {
				ID   string `json:"id"`
				Date struct{ Value, From string }
			}
			if err := json.Unmarshal([]byte(l), &a); err != nil {
				t.Fatalf("%q: %v", l, err)
			}
			got = append(got, a.ID+"="+a.Date.Value+"/"+a.Date.From)
		}
		if code != 0 || strings.Join(got, " ") != "c=2025-03-18/url b=2025-03-05/url" {
			t.Errorf("list %v: %d %q %s", extra, code, got, errs)
		}
	}
	if _, errs, code := kiosk(t, nil, "list", "--dir", dir, "--since", "mars"); code != 2 || !strings.Contains(errs, "--since") {
		t.Errorf("a bad --since: %d %s", code, errs)
	}
	if _, errs, code := kiosk(t, nil, "list", "--dir", dir, "--sort", "size"); code != 2 || !strings.Contains(errs, "--sort") {
		t.Errorf("a bad --sort: %d %s", code, errs)
	}
}

func TestActorsSinceKind(t *testing.T) {
	dir := datedFolder(t)
	out, errs, code := kiosk(t, nil, "actors", "--dir", dir, "--kind", "person", "--since", "2025-03-04", "--json")
	got := map[string]int{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct {
			Name     string
			Kind     string
			Articles int
		}
		json.Unmarshal([]byte(l), &r)
		if r.Kind != "person" {
			t.Errorf("--kind person gave %q", l)
		}
		got[r.Name] = r.Articles
	}
	if code != 0 || got["Marco Rubio"] != 2 || got["Sergueï Lavrov"] != 2 {
		t.Errorf("actors --since: %d %v %s", code, got, errs)
	}
	if _, _, code := kiosk(t, nil, "actors", "--dir", dir, "--kind", "animal"); code != 2 {
		t.Errorf("a bad --kind: %d", code)
	}
}

func TestTimeline(t *testing.T) {
	dir := datedFolder(t)
	out, errs, code := kiosk(t, nil, "timeline", "--dir", dir, "--by", "week", "--json", "marco rubio")
	want := `{"period":"2025-03-03","articles":2,"from_file":0}
{"period":"2025-03-10","articles":0,"from_file":0}
{"period":"2025-03-17","articles":1,"from_file":0}
`
	if code != 0 || out != want {
		t.Errorf("timeline --by week: %d\n%s%s", code, out, errs)
	}
	// the sum of a timeline is the ranking's count
	out, _, _ = kiosk(t, nil, "timeline", "--dir", dir, "--by", "month", "--json", "Sergueï Lavrov")
	if out != `{"period":"2025-03","articles":1,"from_file":0}`+"\n"+`{"period":"2025-04","articles":1,"from_file":0}`+"\n" {
		t.Errorf("timeline --by month: %s", out)
	}
	out, _, _ = kiosk(t, map[string]string{"TERM": "dumb"}, "timeline", "--dir", dir, "--by", "week", "Marco Rubio")
	if !strings.Contains(out, "2025-03-03 ") || !strings.Contains(out, "#") || strings.Contains(out, "█") {
		t.Errorf("plain timeline under TERM=dumb: %q", out)
	}
	_, errs, code = kiosk(t, nil, "timeline", "--dir", dir, "Rubi")
	if code != 1 || !strings.Contains(errs, `try "Marco Rubio"`) {
		t.Errorf("an unknown actor: %d %s", code, errs)
	}
	if _, _, code := kiosk(t, nil, "timeline", "--dir", dir, "--by", "year", "Rubio"); code != 2 {
		t.Errorf("a bad --by: %d", code)
	}
}
