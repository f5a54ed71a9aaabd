package article

import "github.com/kioskreader/kiosk/store/sanitize"

// The fields of an Article are sanitized when it is parsed; these give them
// as sanitize.Safe, for panes and lines that take nothing else.

// SafeID is the id as a terminal may show it.
func (a Article) SafeID() sanitize.Safe { return sanitize.SafeLine(a.ID) }

// SafeFile is the file name as a terminal may show it.
func (a Article) SafeFile() sanitize.Safe { return sanitize.SafeLine(a.File) }

// SafePath is the path as a terminal may show it.
func (a Article) SafePath() sanitize.Safe { return sanitize.SafeLine(a.Path) }

// SafeTitle is the title as a terminal may show it.
func (a Article) SafeTitle() sanitize.Safe { return sanitize.SafeLine(a.Title) }
