// Package link decides whether a URL found in an untrusted article may be
// opened, shows it so that its real host is plain, and starts a browser on
// it without ever going through a shell.
//
// Every link kiosk opens or shows passes through Check first: it accepts
// only http and https URLs with a host, and returns them in one canonical,
// ASCII-only form that is the only thing ever handed to a browser.
package link

import (
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/sanitize"
	"golang.org/x/net/idna"
)

// MaxLen is the longest URL Check accepts, in bytes. Real article links are
// far shorter; longer ones are more likely an attack on something.
const MaxLen = 8 << 10

// RefusedError says why Check refused a URL. Its message is terminal-safe.
type RefusedError struct {
	URL    string // the URL as given, possibly unsafe to print
	Reason string // plain words, safe to print
}

func (e *RefusedError) Error() string {
	return "refused " + quote(e.URL) + ": " + e.Reason
}

// quote returns s quoted for a message: terminal-safe (strconv.Quote escapes
// every control, bidi and invalid byte; Line then drops what sanitize drops
// around emoji, which Quote keeps) and cut to about 100 runes.
func quote(s string) string {
	const max = 100
	if utf8.RuneCountInString(s) <= max {
		return sanitize.Line(strconv.Quote(s))
	}
	runes := []rune(s)
	return sanitize.Line(strconv.Quote(string(runes[:max]))) + "…"
}

// Check parses raw and returns it when it is an http or https URL with a
// host that is safe to hand to a browser as one argument, or a
// *RefusedError saying why not. The returned URL is canonical: scheme and
// host lowercase, an international host in punycode, and non-ASCII bytes
// and quotes percent-encoded, so u.String() is printable ASCII.
func Check(raw string) (*url.URL, error) {
	refuse := func(reason string) (*url.URL, error) {
		return nil, &RefusedError{URL: raw, Reason: reason}
	}
	switch {
	case raw == "":
		return refuse("the link is empty")
	case len(raw) > MaxLen:
		return refuse("the link is longer than " + strconv.Itoa(MaxLen) + " bytes")
	case raw[0] == '-':
		return refuse("a link may not start with '-' (it could pass for an option)")
	}
	if reason := unplain(raw); reason != "" {
		return refuse(reason)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return refuse("it is not a valid URL")
	}
	if u.Scheme != "http" && u.Scheme != "https" { // url.Parse lowercases it
		return refuse("only http and https links are opened")
	}
	if u.Opaque != "" || !strings.HasPrefix(raw[len(u.Scheme)+1:], "//") {
		return refuse("the link has no host: it must start with " + u.Scheme + "://")
	}
	host, reason := canonicalHost(u.Hostname())
	if reason != "" {
		return refuse(reason)
	}
	port, reason := checkPort(u)
	if reason != "" {
		return refuse(reason)
	}
	u.Host = host + port
	u.RawQuery = escapeQuery(u.RawQuery)
	if len(u.String()) > MaxLen {
		// Escaping can lengthen a link past the limit; checking the canonical
		// form again must give the same answer.
		return refuse("the link is longer than " + strconv.Itoa(MaxLen) + " bytes once escaped")
	}
	return u, nil
}

// unplain says what in s is not plain text: invalid UTF-8, a space, a
// control or bidi rune. None belongs in a URL, and each can hide what it says
// or split it into two arguments.
func unplain(s string) string {
	if !utf8.ValidString(s) {
		return "the link is not valid UTF-8 text"
	}
	for _, r := range s {
		switch {
		case r > ' ' && r < 0x7f: // printable ASCII: most of every URL
		case unicode.IsSpace(r) || r == '\u200B':
			return "the link contains a space or line break"
		case sanitize.IsBidi(r):
			return "the link contains a bidirectional control, which can reorder its text"
		case !sanitize.SafeRune(r):
			return "the link contains a control character"
		}
	}
	return ""
}

// canonicalHost returns host lowercased, in ASCII (punycode for an
// international name, brackets around IPv6), or why it is refused.
func canonicalHost(host string) (string, string) {
	if host == "" {
		return "", "the link has no host"
	}
	if strings.Contains(host, ":") { // url.Parse only lets this through in brackets
		ip, err := netip.ParseAddr(host)
		if err != nil || !ip.Is6() || ip.Zone() != "" {
			return "", "the host is not a valid IPv6 address"
		}
		return "[" + ip.String() + "]", ""
	}
	if !isASCII(host) {
		ascii, err := idna.Lookup.ToASCII(host)
		if err != nil {
			return "", "the host is not a valid international domain name"
		}
		host = ascii
	}
	host = strings.ToLower(host)
	letters := 0
	for i := 0; i < len(host); i++ {
		c := host[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			letters++
		case c == '-', c == '.', c == '_':
		default:
			return "", "the host has characters a domain name cannot have"
		}
	}
	if letters == 0 {
		return "", "the link has no host"
	}
	return host, ""
}

// checkPort returns ":port" (or "") when the port is a number from 1 to 65535.
func checkPort(u *url.URL) (string, string) {
	if strings.HasSuffix(u.Host, ":") {
		return "", "the port is empty"
	}
	p := u.Port()
	if p == "" {
		return "", ""
	}
	n, err := strconv.Atoi(p)
	if err != nil || n < 1 || n > 65535 {
		return "", "the port is not a number from 1 to 65535"
	}
	return ":" + strconv.Itoa(n), ""
}

// escapeQuery percent-encodes every byte RFC 3986 does not allow in a query
// (non-ASCII, quotes, brackets, backslash...) and the apostrophe, as browsers
// do, so the canonical string is printable ASCII, never needs quoting as an
// argument, and gives an opener written in shell (xdg-open) less to misread.
func escapeQuery(q string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c >= 0x80 || strings.IndexByte("\"'<>[]\\^`{|}", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Domain returns u's host for showing or grouping sources: lowercase,
// without port or a leading "www.", terminal-safe.
func Domain(u *url.URL) string {
	if u == nil {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	if d := strings.TrimPrefix(h, "www."); strings.Trim(d, ".") != "" {
		h = d // "www." alone is the whole host, not a prefix
	}
	return sanitize.Line(h)
}
