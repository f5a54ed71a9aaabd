package index

import (
	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/store/scan"
)

// The names in a Summary come from the disk as they are (an id must open
// its file), so whatever shows one on a terminal takes it from these.

// SafeID is the id as a terminal may show it.
func (s Summary) SafeID() sanitize.Safe { return sanitize.SafeLine(s.ID) }

// SafeFile is the file name as a terminal may show it.
func (s Summary) SafeFile() sanitize.Safe { return sanitize.SafeLine(s.File) }

// SafePath is the path as kiosk prints it: quoted when it holds anything a
// terminal could act on (scan.SafePath).
func (s Summary) SafePath() sanitize.Safe { return scan.SafePath(s.Path) }

// SafeTitle is the title as a terminal may show it (it is sanitized when
// read; a tampered cache is cleaned again here).
func (s Summary) SafeTitle() sanitize.Safe { return sanitize.SafeLine(s.Title) }
