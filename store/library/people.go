package library

import (
	"context"

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

// People tallies from the index alone, reading every article's date,
// source and actors from one snapshot: a second or two at 100,000
// articles, which is why a stamp that has not changed answers at once.
func (x *Indexed) People(ctx context.Context, stamp string) (Tally, error) {
	now, err := x.ix.Stamp(ctx)
	if err != nil {
		return Tally{}, err
	}
	if now == stamp {
		return Tally{Stamp: now, Same: true}, nil
	}
	b := people.NewBuilder()
	now, err = x.ix.EachItem(ctx, b.Add)
	if err != nil {
		return Tally{}, err
	}
	return Tally{Folder: b.Folder(), Stamp: now}, nil
}
