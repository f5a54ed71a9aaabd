package article

import "github.com/kioskreader/kiosk/store/link"

// checkSource keeps a source URL only when link.Check would let a browser
// open it, so that every URL kiosk shows is one it would also open.
func checkSource(raw string) *Source {
	u, err := link.Check(raw)
	if err != nil {
		return nil
	}
	return &Source{URL: u.String(), Domain: link.Domain(u)}
}
