package article

import (
	"net/url"
	"strings"

	"github.com/kioskreader/kiosk/store/actors"
)

// TEMPORARY until store/link and actors.Extract land.
func checkSource(raw string) *Source {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(raw, " \n") {
		return nil
	}
	return &Source{URL: u.String(), Domain: strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")}
}

func extractActors(in actors.Input) []actors.Actor { return nil }
