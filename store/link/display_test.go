package link

import (
	"net/url"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/sanitize"
)

func TestDisplay(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"https://example.com/news?id=3", "https://example.com/news?id=3"},
		{"https://bank.com@evil.example/login", "https://evil.example/login (login part removed)"},
		{"https://bank.com:secret@evil.example/", "https://evil.example/ (login part removed)"},
		{"https://xn--80ak6aa92e.com/", "https://xn--80ak6aa92e.com/ (\u0430\u0440\u0440\u04cf\u0435.com)"},
		{"https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/a", "https://xn--e1afmkfd.xn--p1ai/a (\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444)"},
		{"https://paypal.com@xn--80ak6aa92e.com/", "https://xn--80ak6aa92e.com/ (\u0430\u0440\u0440\u04cf\u0435.com; login part removed)"},
		{"https://xn--a.com/", "https://xn--a.com/"}, // bad punycode: nothing to add
		{"https://example.com/%0a%1b%E2%80%AE?q=%0d", "https://example.com/%0a%1b%E2%80%AE?q=%0d"},
		{"https://example.com/caf\u00e9", "https://example.com/caf%C3%A9"},
	}
	for _, tt := range tests {
		u, err := Check(tt.raw)
		if err != nil {
			t.Fatalf("Check(%q): %v", tt.raw, err)
		}
		got := Display(u)
		if got != tt.want {
			t.Errorf("Display(%q) = %q, want %q", tt.raw, got, tt.want)
		}
		if !sanitize.IsSafe(got, false) {
			t.Errorf("Display(%q) is not terminal-safe: %q", tt.raw, got)
		}
	}
}

func TestDisplayDoesNotChangeItsArgument(t *testing.T) {
	u, err := Check("https://bank.com@evil.example/")
	if err != nil {
		t.Fatal(err)
	}
	Display(u)
	if u.User == nil || u.String() != "https://bank.com@evil.example/" {
		t.Errorf("Display changed the URL to %q", u)
	}
}

func TestDisplayUncheckedIsSafe(t *testing.T) {
	u := &url.URL{Scheme: "https", Host: "a.com", Path: "/\x1b]52;c;aGk=\x07", RawQuery: "q=\x1b[2J\u202e"}
	got := Display(u)
	if !sanitize.IsSafe(got, false) || strings.ContainsRune(got, 0x1b) {
		t.Errorf("Display of an unchecked URL is not terminal-safe: %q", got)
	}
	if Display(nil) != "" {
		t.Error("Display(nil) is not empty")
	}
}
