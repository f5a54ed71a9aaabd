package article

import "testing"

// A source line's login part never reaches the URL kiosk shows or opens,
// and a control byte in it (a stand-in once sanitized) refuses it.
func TestSourceHostile(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Source : https://user:pass@news.example.vn/a.html", "https://news.example.vn/a.html"},
		{"Source : https://bank.example@evil.example/x", "https://evil.example/x"},
		{"Source : https://news.example.vn/\x7f\x01a.html", ""},
		{"Source : https://news.example.vn/caf\xe9.html", ""},
		{"Source : https://news.example.vn/\u009b2J", ""},
		{"Source : https://news.example.vn/ok.html", "https://news.example.vn/ok.html"},
	} {
		a := Parse("a.txt", []byte("Titre\n\nLe port a reçu un navire.\n\n"+c.line+"\n"))
		got := ""
		if a.Source != nil {
			got = a.Source.URL
		}
		if got != c.want {
			t.Errorf("%q: source %q, want %q", c.line, got, c.want)
		}
	}
}
