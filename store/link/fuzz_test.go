package link

import (
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// FuzzCheck: no input panics; whatever is accepted is an http(s) URL with a
// host, printable ASCII only, stable under a second Check, and shown safely.
// Seeds live in testdata/fuzz/FuzzCheck.
func FuzzCheck(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := Check(raw)
		if err != nil {
			if !sanitize.IsSafe(err.Error(), false) {
				t.Fatalf("error for %q is not terminal-safe: %q", raw, err)
			}
			return
		}
		s := u.String()
		if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
			t.Fatalf("Check(%q) = %q: not http(s)", raw, s)
		}
		if u.Hostname() == "" || u.Opaque != "" {
			t.Fatalf("Check(%q) = %q: no host", raw, s)
		}
		for i := 0; i < len(s); i++ {
			if s[i] <= ' ' || s[i] >= 0x7f {
				t.Fatalf("Check(%q) = %q: byte %#x is not printable ASCII", raw, s, s[i])
			}
		}
		again, err := Check(s)
		if err != nil || again.String() != s {
			t.Fatalf("Check(%q) = %q, which checks as %v, %v", raw, s, again, err)
		}
		if d := Display(u); !sanitize.IsSafe(d, false) {
			t.Fatalf("Display(%q) = %q: not terminal-safe", raw, d)
		}
		if d := Domain(u); d == "" || !sanitize.IsSafe(d, false) {
			t.Fatalf("Domain(%q) = %q", raw, d)
		}
	})
}
