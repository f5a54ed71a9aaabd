package library

import (
	"context"
	"sync"

	"github.com/kioskreader/kiosk/store/people"
)

// Tally is the folder's actors as store/people counts them, at a stamp
// that names the state of the folder it counted.
type Tally struct {
	Folder *people.Folder // nil when Same
	Stamp  string
	Same   bool // the folder has not changed since the stamp asked about
}

// Tallier is a Library that tallies who is in the news: the UI's actors
// view asks it once per change of the folder.
type Tallier interface {
	// People counts the folder's actors, unless the folder is still as it
	// was at stamp (a Tally that is Same).
	People(ctx context.Context, stamp string) (Tally, error)
}

// People tallies from the index alone. The library keeps its tally
// (people.Tally) between calls and the index keeps it between runs, so
// that a change of the folder costs the articles that changed and a copy
// of the counts, not a reading of every article's actors (seconds at
// 100,000), which only the first tally of an index does.
func (x *Indexed) People(ctx context.Context, stamp string) (Tally, error) {
	now, err := x.ix.Stamp(ctx)
	if err != nil {
		return Tally{}, err
	}
	if now == stamp {
		return Tally{Stamp: now, Same: true}, nil
	}
	p := &x.people
	p.mu.Lock()
	defer p.mu.Unlock()
	p.tally, p.stamp, err = x.ix.SyncTally(ctx, p.tally, p.stamp)
	if err != nil {
		return Tally{}, err
	}
	return Tally{Folder: p.tally.Folder(nil), Stamp: p.stamp}, nil
}

// tallyState is the tally an Indexed keeps between calls.
type tallyState struct {
	mu    sync.Mutex // one tally at a time: it is brought up to date in place
	tally *people.Tally
	stamp string // of the index it counts
}
