package article

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// FuzzParse: any bytes parse without a panic into fields that are safe to
// print: valid UTF-8, one line each, no control rune.
func FuzzParse(f *testing.F) {
	f.Add([]byte(lead + "\nSource : https://thanhnien.vn/a\n\nComment (0)"))
	f.Add([]byte("Titre ici\n\n![]() |\n| légende. Photo : X |\n>>> Vidéo : v\nKommentar (99999999999999999999)"))
	f.Add([]byte("\xef\xbb\xbf\x1b]52;c;YQ==\x07\r\n\x9b2J\u202e\tSource: javascript:x\r"))
	f.Add([]byte("Jeudi, 25/01/2024 11:45 (GMT+7)\nM. X. Y. Z. a dit. Puis.\nСource: http://[::1]:80/"))
	f.Add([]byte("Báo Tin SángBáo Tin Sáng07/10/2025\ntinsang.vn\nIMG_1234.JPG\nLa crue | Légende Légende\nx.png ![](a.jpg)\nSource : https://tinsang.vn/a"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a := Parse("d/f.txt", data)
		fields := append([]string{a.ID, a.File, a.Path, a.Title, a.Lang}, a.Paragraphs...)
		fields = append(fields, a.Captions...)
		if a.Source != nil {
			fields = append(fields, a.Source.URL, a.Source.Domain)
			if !strings.HasPrefix(a.Source.URL, "http://") && !strings.HasPrefix(a.Source.URL, "https://") || a.Source.Domain == "" {
				t.Fatalf("source %+v is not an http(s) URL with a host", a.Source)
			}
		}
		for _, b := range a.Blocks {
			fields = append(fields, b.Text)
		}
		for _, act := range a.Actors {
			fields = append(fields, act.Name)
			fields = append(fields, act.Aliases...)
		}
		for _, s := range fields {
			if !utf8.ValidString(s) || !sanitize.IsSafe(s, false) {
				t.Fatalf("unsafe field %q", s)
			}
		}
		if a.Comments != nil && *a.Comments < 0 {
			t.Fatalf("negative comment count %d", *a.Comments)
		}
		if !a.HasTitle && runes(a.Title) > maxTitle {
			t.Fatalf("title cut from the lead is %d characters", runes(a.Title))
		}
	})
}
