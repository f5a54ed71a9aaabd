package index

import (
	"context"
	"database/sql"
	"encoding/json"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/people"
)

// Stamp names what the index holds: the database's id and its generation,
// which every change to the articles bumps. A tally made at one stamp is
// still the folder's while the stamp is the same.
func (ix *Index) Stamp(ctx context.Context) (string, error) {
	var stamp string
	err := ix.db.QueryRowContext(ctx, stampSQL).Scan(&stamp)
	return stamp, err
}

// EachItem calls f with the date, source and actors of every article, in
// path order, from one snapshot of the index, and returns its stamp: what
// store/people tallies, and the state of the folder the tally is of.
func (ix *Index) EachItem(ctx context.Context, f func(people.Item)) (string, error) {
	tx, err := ix.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	var stamp string
	if err := tx.QueryRowContext(ctx, stampSQL).Scan(&stamp); err != nil {
		return "", err
	}
	var it people.Item
	err = eachTail(ctx, tx, func(_ int64, rel string, tail []byte) error {
		if err := tailItem(tail, &it); err != nil {
			if err := slowTailItem(tail, &it); err != nil {
				return err
			}
		}
		it.ID = article.IDOf(rel)
		f(it)
		return nil
	})
	return stamp, err
}

// slowTailItem is tailItem by encoding/json, for a tail of another shape.
func slowTailItem(tail []byte, it *people.Item) error {
	var a struct {
		Date   *article.Date `json:"date"`
		Source *struct {
			Domain string `json:"domain"`
		} `json:"source"`
		Actors []actors.Actor `json:"actors"`
	}
	if err := json.Unmarshal(append([]byte{'{'}, tail...), &a); err != nil {
		return err
	}
	*it = people.Item{Date: a.Date, Actors: a.Actors}
	if a.Source != nil {
		it.Domain = a.Source.Domain
	}
	return nil
}
