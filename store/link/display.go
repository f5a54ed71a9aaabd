package link

import (
	"net/url"
	"strings"

	"github.com/kioskreader/kiosk/store/sanitize"
	"golang.org/x/net/idna"
)

// Display returns u as a user should see it before opening it: one
// terminal-safe line in which the real host is plain. A login part
// ("https://bank.com@evil.example/") is dropped, since it only serves to
// make another host look like the destination, and a note says so; an
// international host is shown in punycode, the form the browser will use,
// with its Unicode form in a note, since lookalike letters hide in the
// latter. Percent-encoded text stays encoded. The notes follow the URL, so
// the URL itself can still be selected and copied. u should come from Check.
func Display(u *url.URL) string {
	if u == nil {
		return ""
	}
	v := *u
	var notes []string
	if uni := unicodeHost(v.Hostname()); uni != "" {
		notes = append(notes, uni)
	}
	if v.User != nil {
		v.User = nil
		notes = append(notes, "login part removed")
	}
	s := v.String()
	if len(notes) > 0 {
		s += " (" + strings.Join(notes, "; ") + ")"
	}
	return sanitize.Line(s)
}

// unicodeHost returns the Unicode form of a punycode host, or "" when the
// host has none (plain ASCII, or punycode that does not decode cleanly).
func unicodeHost(host string) string {
	if !strings.Contains(strings.ToLower(host), "xn--") {
		return ""
	}
	uni, err := idna.Lookup.ToUnicode(host)
	if err != nil || uni == host {
		return ""
	}
	return uni
}
