package article

import (
	"strings"

	"github.com/kioskreader/kiosk/store/link"
)

// checkSource keeps a source URL only when link.Check would let a browser
// open it, so that every URL kiosk shows is one it would also open.
//
// The login part goes: "https://bank.example@evil.example/" only serves to
// make another host look like the destination, and kiosk open said
// "login part removed" while it handed the browser the URL with it (attack
// round 7). And the text reaches here sanitized, so a control byte of the
// file is a stand-in rune (␡, ␁, U+FFFD): a URL holding one is refused, as
// link.Check refuses the control itself, rather than opened as another URL
// with the stand-in percent-encoded.
func checkSource(raw string) *Source {
	if strings.ContainsFunc(raw, standIn) {
		return nil
	}
	u, err := link.Check(raw)
	if err != nil {
		return nil
	}
	u.User = nil
	return &Source{URL: u.String(), Domain: link.Domain(u)}
}

// standIn reports the runes sanitize writes for a control byte (U+2400 to
// U+2421) or an invalid one (U+FFFD).
func standIn(r rune) bool { return r >= 0x2400 && r <= 0x2421 || r == 0xFFFD }
