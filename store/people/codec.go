package people

import (
	"encoding/binary"
	"errors"
	"slices"
	"strings"

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
// in rank order, each its key, kind, folded name and forms; the number of
// articles and of their actors; the articles, each its Doc, id-less (the
// id is the path's), date, day and month numbers, domain and actors as
// (rank, mentions, form), or only the rank (its low bit set) when named
// once by its first form.

const codecMagic = "kiosk tally 3\n"

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
	refs := 0
	for s := range t.slots {
		refs += len(t.slots[s].refs)
	}
	b = binary.AppendUvarint(b, uint64(refs)) // so that Decode allocates them at once
	live := make([]int32, 0, len(t.byDoc))
	for s := range t.slots {
		if t.slots[s].live {
			live = append(live, int32(s))
		}
	}
	// In path order, so that Decode finds each actor's first article
	// first.
	slices.SortFunc(live, func(x, y int32) int { return strings.Compare(t.slots[x].doc.Path, t.slots[y].doc.Path) })
	for _, s := range live {
		e := &t.slots[s]
		b = binary.AppendVarint(b, e.doc.Row)
		b = appendString(b, e.doc.Path)
		for _, v := range []int64{e.doc.Size, e.doc.Mtime, e.doc.Ino} {
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
			// Most actors are named once, by their first form: then
			// the id's low bit says so, and neither number follows.
			form := newForm[formAt[r.actor]+r.form]
			if r.mentions == 1 && form == 0 {
				b = binary.AppendUvarint(b, uint64(newID[r.actor])<<1|1)
			} else {
				b = binary.AppendUvarint(b, uint64(newID[r.actor])<<1)
				b = binary.AppendUvarint(binary.AppendUvarint(b, uint64(r.mentions)), uint64(form))
			}
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
	if d.i < len(d.s) && d.s[d.i] < 0x80 { // most numbers are small
		d.i++
		return uint64(d.s[d.i-1])
	}
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

// Decode reads a tally Encode wrote, as a string (which the caller can
// read a file into without a copy: 20 MB at 100,000 articles), which
// every name of the tally is then a part of.
func Decode(b string) (*Tally, error) {
	if !strings.HasPrefix(b, codecMagic) {
		return nil, errCodec
	}
	d := &decoder{s: b, i: len(codecMagic)}
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
	t.lastPut = make([]uint32, 0, nActors)
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
	nRefs := d.count(len(d.s)/3 + 1) // each takes 3 bytes at least
	flat := make([]ref, 0, nRefs)    // every article's actors, in one allocation
	ids := make([]int32, 0, nRefs)
	last := make([]int32, len(t.actors)) // the last article (+1) naming an actor, to refuse it twice in one
	for s := int32(0); d.err == nil && int(s) < n; s++ {
		e := slot{domain: -1, live: true}
		e.doc.Row, e.doc.Path = d.varint(), d.string()
		e.doc.Size, e.doc.Mtime, e.doc.Ino = d.varint(), d.varint(), d.varint()
		e.id = article.IDOf(e.doc.Path)
		if s > 0 && e.doc.Path <= t.slots[s-1].doc.Path { // in path order, each path once
			return errCodec
		}
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
			v := d.count(2 * len(t.actors))
			id, short := int32(v>>1), v&1 == 1
			if d.err != nil {
				break
			}
			r := ref{actor: id, mentions: 1}
			if !short {
				r.mentions, r.form = int32(d.count(1<<30)), int32(d.count(len(t.actors[id].forms)))
			}
			if last[id] == s+1 {
				return errCodec
			}
			last[id] = s + 1
			flat, ids = append(flat, r), append(ids, id)
		}
		e.refs, e.ids = flat[start:len(flat):len(flat)], ids[start:len(ids):len(ids)]
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
// made at its size. The articles come in path order: an actor's first is
// the first that names it.
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
			a := &t.actors[r.actor]
			if a.articles == 0 {
				a.first, a.firstPos = int32(s), int32(pos)
			}
			a.articles++
			a.mentions += int(r.mentions)
			a.forms[r.form].articles++
			a.slots = append(a.slots, int32(s))
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
	}
	return nil
}
