package people

import (
	"encoding/binary"
	"errors"
	"slices"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
)

// A Tally is kept between runs as bytes (store/index writes them beside
// the index), so that a start reads its actors' counts instead of every
// article's actors. The bytes are derived data and never trusted: Decode
// checks every number against what it counts and refuses bytes that do
// not describe a tally whole.
//
// Format, numbers as varints: codecMagic; the domains; the actors named,
// in rank order, each its key, kind, folded name and forms; the articles,
// each its Doc, id-less (the id is the path's), date, domain and actors
// as (rank, mentions, form).

const codecMagic = "kiosk tally 1\n"

var errCodec = errors.New("tally bytes damaged")

// Encode appends the tally to b.
func (t *Tally) Encode(b []byte) []byte {
	t.reorder() // the ranking and the names as of now
	t.unsaved = 0
	b = append(b, codecMagic...)
	b = binary.AppendUvarint(b, uint64(len(t.domains)))
	for _, d := range t.domains {
		b = appendString(b, d)
	}
	// Actors out of use and forms no article uses are left out: ids and
	// form numbers are those of the file.
	newID := make([]int32, len(t.actors))
	formAt := make([]int32, len(t.actors)) // where an actor's forms start in newForm
	var newForm []int32
	b = binary.AppendUvarint(b, uint64(len(t.order)))
	for r, id := range t.order {
		a := &t.actors[id]
		newID[id] = int32(r)
		b = appendString(appendString(appendString(b, a.key), string(a.kind)), a.folded)
		formAt[id] = int32(len(newForm))
		n := 0
		for _, f := range a.forms {
			if f.articles > 0 {
				n++
			}
		}
		b = binary.AppendUvarint(b, uint64(n))
		n = 0
		for _, f := range a.forms {
			newForm = append(newForm, int32(n)) // of a form in use
			if f.articles > 0 {
				b = appendString(b, f.name)
				n++
			}
		}
	}
	b = binary.AppendUvarint(b, uint64(len(t.byDoc)))
	for s := range t.slots {
		e := &t.slots[s]
		if !e.live {
			continue
		}
		b = binary.AppendVarint(b, e.doc.Row)
		b = appendString(b, e.doc.Path)
		for _, v := range []int64{e.doc.Size, e.doc.Mtime, e.doc.Ino, e.doc.Tail} {
			b = binary.AppendVarint(b, v)
		}
		if e.date == nil {
			b = append(b, 0)
		} else {
			b = append(b, 1)
			b = appendString(appendString(appendString(b, e.date.Value), e.date.Precision), e.date.From)
		}
		b = binary.AppendVarint(binary.AppendVarint(b, int64(e.day)), int64(e.month)) // parsing dates again costs more
		b = binary.AppendUvarint(b, uint64(e.domain+1))
		b = binary.AppendUvarint(b, uint64(len(e.refs)))
		for _, r := range e.refs {
			b = binary.AppendUvarint(b, uint64(newID[r.actor]))
			b = binary.AppendUvarint(b, uint64(r.mentions))
			b = binary.AppendUvarint(b, uint64(newForm[formAt[r.actor]+r.form]))
		}
	}
	return b
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// decoder reads the bytes as one string, which every string read is a
// part of: no allocation per name.
type decoder struct {
	s   string
	i   int
	err error
}

func (d *decoder) uvarint() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		if d.i >= len(d.s) {
			break
		}
		c := d.s[d.i]
		d.i++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	d.err = errCodec
	return 0
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

// count reads a number that must be below limit.
func (d *decoder) count(limit int) int {
	v := d.uvarint()
	if v >= uint64(limit) {
		d.err = errCodec
		return 0
	}
	return int(v)
}

func (d *decoder) string() string {
	n := d.count(len(d.s) - d.i + 1)
	if d.err != nil {
		return ""
	}
	s := d.s[d.i : d.i+n]
	d.i += n
	return s
}

// Decode reads a tally Encode wrote.
func Decode(b []byte) (*Tally, error) {
	if len(b) < len(codecMagic) || string(b[:len(codecMagic)]) != codecMagic {
		return nil, errCodec
	}
	d := &decoder{s: string(b), i: len(codecMagic)}
	t := NewTally()
	for n := d.count(len(b)); d.err == nil && n > 0; n-- {
		dom := d.string()
		if _, dup := t.domainID[dom]; dup || dom == "" {
			return nil, errCodec
		}
		t.domainOf(dom)
	}
	nActors := d.count(len(b))
	folded := make([]string, 0, nActors)
	t.actors = make([]actor, 0, nActors)
	t.isDirty = make([]bool, 0, nActors)
	t.byKey = make(map[string]int32, nActors)
	for range nActors {
		if d.err != nil {
			break
		}
		key, kind := d.string(), actors.Kind(d.string())
		folded = append(folded, d.string())
		if _, dup := t.byKey[key]; dup {
			return nil, errCodec
		}
		a := &t.actors[t.newActor(key, kind)]
		nForms := d.count(len(b))
		a.forms = make([]form, 0, nForms)
		for range nForms {
			name := d.string()
			if slices.ContainsFunc(a.forms, func(f form) bool { return f.name == name }) {
				return nil, errCodec
			}
			a.forms = append(a.forms, form{name: name})
		}
	}
	if err := t.decodeSlots(d); err != nil {
		return nil, err
	}
	return t, t.checkDecoded(folded)
}

func (t *Tally) decodeSlots(d *decoder) error {
	n := d.count(len(d.s))
	t.slots = make([]slot, 0, n)
	t.byDoc, t.byID = make(map[int64]int32, n), make(map[string]int32, n)
	var flat []ref // every article's actors, in one allocation
	for s := int32(0); d.err == nil && int(s) < n; s++ {
		e := slot{domain: -1, live: true}
		e.doc.Row, e.doc.Path = d.varint(), d.string()
		e.doc.Size, e.doc.Mtime, e.doc.Ino, e.doc.Tail = d.varint(), d.varint(), d.varint(), d.varint()
		e.id = article.IDOf(e.doc.Path)
		if d.count(2) == 1 {
			e.date = &article.Date{Value: d.string(), Precision: d.string(), From: d.string()}
		}
		e.day, e.month = int32(d.varint()), int32(d.varint())
		if !sane(e.day, -719162, 2932896) || !sane(e.month, 0, 10000*12) { // years 1 to 9999
			return errCodec
		}
		e.domain = int32(d.count(len(t.domains)+1)) - 1
		nRefs := d.count(len(d.s))
		start := len(flat)
		for range nRefs {
			id := int32(d.count(len(t.actors)))
			if d.err != nil {
				break
			}
			r := ref{actor: id, mentions: int32(d.count(1 << 30)), form: int32(d.count(len(t.actors[id].forms)))}
			if slices.ContainsFunc(flat[start:], func(o ref) bool { return o.actor == id }) {
				return errCodec
			}
			flat = append(flat, r)
		}
		e.refs = flat[start:len(flat):len(flat)]
		if _, dup := t.byDoc[e.doc.Row]; dup || d.err != nil {
			return errCodec
		}
		t.slots = append(t.slots, e)
		t.byDoc[e.doc.Row] = s
		t.byID[e.id] = s
	}
	if d.err == nil && d.i != len(d.s) {
		return errCodec
	}
	if d.err != nil {
		return d.err
	}
	t.countDecoded()
	t.unsaved = 0
	return nil
}

// sane tells a day or month number in [lo, hi], or none: an axis from one
// to the other stays small.
func sane(v, lo, hi int32) bool { return v == noDay || v >= lo && v <= hi }

// countDecoded counts the articles read, each actor's list of articles
// made at its size.
func (t *Tally) countDecoded() {
	sizes := make([]int32, len(t.actors))
	refs := 0
	for s := range t.slots {
		for _, r := range t.slots[s].refs {
			sizes[r.actor]++
			refs++
		}
	}
	all := make([]int32, refs)
	at := int32(0)
	for id := range t.actors {
		t.actors[id].slots = all[at : at : at+sizes[id]]
		at += sizes[id]
	}
	for s := range t.slots {
		for pos, r := range t.slots[s].refs {
			t.count(int32(s), int32(pos), r, +1)
		}
	}
}

// checkDecoded takes the ranking as written once it is the one the counts
// make: every actor named, each in its place; otherwise the bytes are
// damaged. The folded names are taken where the names are still the
// commonest.
func (t *Tally) checkDecoded(folded []string) error {
	t.order = make([]int32, len(t.actors))
	for id := range t.actors {
		a := &t.actors[id]
		if a.articles == 0 || slices.ContainsFunc(a.forms, func(f form) bool { return f.articles == 0 }) {
			return errCodec
		}
		t.order[id] = int32(id)
		if id > 0 && !t.ranksBefore(int32(id-1), int32(id)) {
			return errCodec
		}
		// The name is the one Encode folded, from the same counts.
		a.name, a.folded = commonestForm(a.forms), folded[id]
		t.isDirty[id] = false
	}
	t.dirty = t.dirty[:0]
	return nil
}
