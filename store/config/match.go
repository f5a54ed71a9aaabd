package config

import (
	"path"
	"strings"
)

// matchURL reports whether an opener's pattern matches a URL: a pattern with
// a * or ? is a path.Match glob over the whole URL (so "*youtube.com/*"),
// anything else a substring of it.
func matchURL(pattern, url string) bool {
	if strings.ContainsAny(pattern, "*?[") {
		ok, err := path.Match(pattern, url)
		if err == nil && ok {
			return true
		}
		// path.Match stops * at a slash; a URL is not a path, so also try
		// with the slashes out of the way.
		ok, err = path.Match(strings.ReplaceAll(pattern, "/", "\x00"), strings.ReplaceAll(url, "/", "\x00"))
		return err == nil && ok
	}
	return strings.Contains(url, pattern)
}
