package ui

import (
	"charm.land/lipgloss/v2"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// Until the panes take sanitize.Safe (safe-ui's change), the view's lines
// go to the frame as strings through these.

type (
	Safe   = sanitize.Safe
	styled = string
)

func paint(st lipgloss.Style, s Safe) styled { return st.Render(s.String()) }

func plain(s Safe) styled { return s.String() }

func fitSafe(s Safe, width int) Safe { return sanitize.SafeLine(fit(s.String(), width)) }

func nCount(n int) Safe { return sanitize.SafeLine(thousands(n)) }

func pluralSafe(n int, one, many string) Safe { return sanitize.SafeLine(plural(n, one, many)) }
