package main

import (
	"fmt"
	"runtime/debug"
)

// version says which kiosk this is: the module version go install stamps
// (v1.2.3, or (devel) for a build from a checkout) and the VCS revision,
// time and whether the tree had changes, as the Go toolchain recorded them.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "kiosk (no build information)"
	}
	s := "kiosk " + info.Main.Version
	var rev, when, dirty string
	for _, kv := range info.Settings {
		switch kv.Key {
		case "vcs.revision":
			rev = kv.Value
		case "vcs.time":
			when = kv.Value
		case "vcs.modified":
			if kv.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		s += fmt.Sprintf(" (%s %s%s)", rev, when, dirty)
	}
	return s + " " + info.GoVersion
}
