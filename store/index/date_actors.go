package index

import (
	"context"
	"encoding/json"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
)

// EachDatedActors calls f with the date (nil when none) and the actors of
// every article, in path order, from the index alone: what a tally over a
// range of dates, or an actor's timeline, needs.
func (ix *Index) EachDatedActors(ctx context.Context, f func(*article.Date, []actors.Actor)) error {
	var a struct {
		Date   *article.Date  `json:"date"`
		Actors []actors.Actor `json:"actors"`
	}
	js := []byte{'{'}
	return ix.eachTail(ctx, func(_ int64, _ string, tail []byte) error {
		a.Date, a.Actors = nil, nil
		js = append(js[:1], tail...)
		if err := json.Unmarshal(js, &a); err != nil {
			return err
		}
		f(a.Date, a.Actors)
		return nil
	})
}
