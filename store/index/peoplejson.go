package index

import (
	"encoding/json"
	"errors"
	"strconv"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/people"
)

// A tally reads the date, the source's domain and the actors of every
// article: at 100,000 articles encoding/json spent 5 s of CPU on tails it
// mostly skipped, and made an alias list per actor that the tally drops.
// tailItem reads those members alone from a tail (json.Marshal's output,
// without its opening brace), skipping the rest; any other shape is an
// error, and the caller decodes that tail with encoding/json instead.

var errTailShape = errors.New("tail: unexpected JSON")

// tailReader walks JSON bytes.
type tailReader struct {
	b []byte
	i int
}

func (r *tailReader) space() {
	for r.i < len(r.b) && (r.b[r.i] == ' ' || r.b[r.i] == '\n' || r.b[r.i] == '\t' || r.b[r.i] == '\r') {
		r.i++
	}
}

// eat consumes c after spaces.
func (r *tailReader) eat(c byte) bool {
	r.space()
	if r.i < len(r.b) && r.b[r.i] == c {
		r.i++
		return true
	}
	return false
}

func (r *tailReader) peek() byte {
	r.space()
	if r.i < len(r.b) {
		return r.b[r.i]
	}
	return 0
}

// str reads a string; one with escapes is decoded by encoding/json.
func (r *tailReader) str() (string, error) {
	if !r.eat('"') {
		return "", errTailShape
	}
	start, escaped := r.i, false
	for r.i < len(r.b) {
		switch c := r.b[r.i]; {
		case c == '\\':
			escaped = true
			r.i += 2
			continue
		case c == '"':
			raw := r.b[start:r.i]
			r.i++
			if !escaped {
				return string(raw), nil
			}
			var s string
			err := json.Unmarshal(r.b[start-1:r.i], &s)
			return s, err
		case c < 0x20:
			return "", errTailShape
		}
		r.i++
	}
	return "", errTailShape
}

// skip passes over one value of any kind.
func (r *tailReader) skip() error {
	switch r.peek() {
	case '"':
		_, err := r.str()
		return err
	case '{':
		r.i++
		if r.eat('}') {
			return nil
		}
		for {
			if _, err := r.str(); err != nil {
				return err
			}
			if !r.eat(':') {
				return errTailShape
			}
			if err := r.skip(); err != nil {
				return err
			}
			if r.eat('}') {
				return nil
			}
			if !r.eat(',') {
				return errTailShape
			}
		}
	case '[':
		r.i++
		if r.eat(']') {
			return nil
		}
		for {
			if err := r.skip(); err != nil {
				return err
			}
			if r.eat(']') {
				return nil
			}
			if !r.eat(',') {
				return errTailShape
			}
		}
	case 0:
		return errTailShape
	}
	start := r.i // a number, true, false or null
	for r.i < len(r.b) && r.b[r.i] != ',' && r.b[r.i] != '}' && r.b[r.i] != ']' && r.b[r.i] > ' ' {
		r.i++
	}
	if r.i == start {
		return errTailShape
	}
	return nil
}

// object calls member with each key, positioned at its value, which member
// must consume.
func (r *tailReader) object(member func(key string) error) error {
	if !r.eat('{') {
		return errTailShape
	}
	return r.members(member)
}

// members is object after its opening brace: a tail starts there.
func (r *tailReader) members(member func(key string) error) error {
	if r.eat('}') {
		return nil
	}
	for {
		key, err := r.str()
		if err != nil {
			return err
		}
		if !r.eat(':') {
			return errTailShape
		}
		if err := member(key); err != nil {
			return err
		}
		if r.eat('}') {
			return nil
		}
		if !r.eat(',') {
			return errTailShape
		}
	}
}

// null consumes a null.
func (r *tailReader) null() bool {
	r.space()
	if len(r.b)-r.i >= 4 && string(r.b[r.i:r.i+4]) == "null" {
		r.i += 4
		return true
	}
	return false
}

func (r *tailReader) int() (int, error) {
	r.space()
	start := r.i
	for r.i < len(r.b) && (r.b[r.i] == '-' || r.b[r.i] >= '0' && r.b[r.i] <= '9') {
		r.i++
	}
	return strconv.Atoi(string(r.b[start:r.i]))
}

// tailItem reads the date, the source's domain and the actors (without
// their aliases) of a tail.
func tailItem(tail []byte, it *people.Item) error {
	r := tailReader{b: tail}
	// The actors' slice is used again: the tally copies what it keeps.
	it.Date, it.Domain, it.Actors = nil, "", it.Actors[:0]
	err := r.members(func(key string) error {
		switch key {
		case "source":
			if r.null() {
				return nil
			}
			return r.object(func(k string) error {
				if k != "domain" {
					return r.skip()
				}
				var err error
				it.Domain, err = r.str()
				return err
			})
		case "date":
			if r.null() {
				return nil
			}
			d := &article.Date{}
			it.Date = d
			return r.object(func(k string) (err error) {
				switch k {
				case "value":
					d.Value, err = r.str()
				case "precision":
					d.Precision, err = r.str()
				case "from":
					d.From, err = r.str()
				default:
					err = r.skip()
				}
				return err
			})
		case "actors":
			return r.actors(it)
		}
		return r.skip()
	})
	if err == nil && r.peek() != 0 {
		err = errTailShape
	}
	return err
}

func (r *tailReader) actors(it *people.Item) error {
	if r.null() {
		return nil
	}
	if !r.eat('[') {
		return errTailShape
	}
	if r.eat(']') {
		it.Actors = []actors.Actor{}
		return nil
	}
	for {
		var a actors.Actor
		err := r.object(func(k string) (err error) {
			switch k {
			case "name":
				a.Name, err = r.str()
			case "kind":
				var s string
				s, err = r.str()
				a.Kind = actors.Kind(s)
			case "mentions":
				a.Mentions, err = r.int()
			default:
				err = r.skip()
			}
			return err
		})
		if err != nil {
			return err
		}
		it.Actors = append(it.Actors, a)
		if r.eat(']') {
			return nil
		}
		if !r.eat(',') {
			return errTailShape
		}
	}
}
