package people

import (
	"maps"
	"slices"
	"strings"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
)

// A Tally is a folder's tally kept up to date article by article, so that
// a change of one article costs that article's actors, not a recount of
// the folder (which reads every article's actors again: seconds at
// 100,000). Builder is the recount, kept as the reference a Tally must
// always agree with (see the tests). A Tally is not safe for concurrent
// use; the Folders it makes are its snapshots and share nothing it
// changes.
type Tally struct {
	actors   []actor
	byKey    map[string]int32  // tally key → actor id
	byName   map[written]int32 // a name as written → id: names recur, folded once
	domains  []string
	domainID map[string]int32
	slots    []slot // articles; a slot of a removed article is dead until reused
	free     []int32
	byDoc    map[int64]int32  // the index's row id → slot
	byID     map[string]int32 // article id → slot, shared with the last Folder until changed
	idShared bool
	order    []int32 // ids of the actors named, in rank order as of the last Folder
	dirty    []int32 // ids whose counts changed since
	isDirty  []bool  // by id
	unsaved  int     // articles put or removed since Encode or Decode
	pass     uint32  // of Check
	put      uint32  // articles put, and the last that named each actor (by id)
	lastPut  []uint32
	snaps    uint32 // Folders made
	scratch  []ref  // Put's, used again
}

// Doc is an index row as the tally remembers it: what tells that the
// article it counted is still the one the row holds.
type Doc struct {
	Row              int64  // the index's id of the row
	Path             string // inside the folder: the articles are ranked in path order
	Size, Mtime, Ino int64  // of the file when read
}

// actor is one tally key: its counts over the live articles.
type actor struct {
	key, country string
	kind         actors.Kind
	articles     int
	mentions     int
	forms        []form  // every name it was written as, with the articles using it
	slots        []int32 // the articles naming it, in no order; shared with the last Folder unless ownAt is snaps
	ownAt        uint32
	first        int32  // the slot of the first article (in path order) naming it, -1 for none
	firstPos     int32  // its place among that article's actors
	name, folded string // commonest form and its Fold, as of the last Folder
}

type form struct {
	name     string
	articles int
}

// slot is one article as the tally counted it.
type slot struct {
	doc    Doc
	id     string
	date   *article.Date
	day    int32
	month  int32
	domain int32   // -1 for none
	refs   []ref   // its actors in the order first named, each once
	ids    []int32 // the actors of refs, which its items in Folders share
	live   bool
	seen   uint32 // the last pass of Check that found it
}

// ref is one actor of an article: the mentions of every name standing for
// it, and the form of the name it was first written as.
type ref struct {
	actor    int32
	mentions int32
	form     int32
}

// NewTally is an empty tally.
func NewTally() *Tally {
	return &Tally{byKey: map[string]int32{}, byName: map[written]int32{}, domainID: map[string]int32{}, byDoc: map[int64]int32{}, byID: map[string]int32{}}
}

// Len is how many articles are counted.
func (t *Tally) Len() int { return len(t.byDoc) }

// Unsaved is how many articles were put or removed since the tally was
// last encoded (or decoded).
func (t *Tally) Unsaved() int { return t.unsaved }

// Doc is what the tally holds of row, ok false when it holds none.
func (t *Tally) Doc(row int64) (Doc, bool) {
	s, ok := t.byDoc[row]
	if !ok {
		return Doc{}, false
	}
	return t.slots[s].doc, true
}

// Rows calls f with every row counted, in no order.
func (t *Tally) Rows(f func(Doc)) {
	for _, s := range t.byDoc {
		f(t.slots[s].doc)
	}
}

// BeginCheck starts a pass of Check over every row of the index.
func (t *Tally) BeginCheck() { t.pass++ }

// Check tells whether row is counted as the file of that path, size, mtime
// and inode (path as bytes: no string is made of it), and marks it seen by
// this pass.
func (t *Tally) Check(row int64, path []byte, size, mtime, ino int64) bool {
	s, ok := t.byDoc[row]
	if !ok {
		return false
	}
	e := &t.slots[s]
	e.seen = t.pass
	d := e.doc
	return string(path) == d.Path && size == d.Size && mtime == d.Mtime && ino == d.Ino
}

// Unseen is the rows counted that the pass of Check did not find.
func (t *Tally) Unseen() []int64 {
	var out []int64
	for s := range t.slots {
		if e := &t.slots[s]; e.live && e.seen != t.pass {
			out = append(out, e.doc.Row)
		}
	}
	return out
}

// Put counts the article of a row, in place of what the row held before.
func (t *Tally) Put(d Doc, it Item) {
	t.Remove(d.Row)
	t.unsaved++
	s := t.newSlot()
	e := slot{doc: d, id: it.ID, date: it.Date, domain: -1, live: true}
	e.day, e.month = dayOf(it.Date)
	if it.Domain != "" {
		e.domain = t.domainOf(it.Domain)
	}
	t.put++
	e.refs = t.scratch[:0] // copied to its size below: appending leaves a quarter unused
	for _, a := range it.Actors {
		if a.Kind == actors.Other || a.Name == "" {
			continue
		}
		id := t.idOf(a)
		var k int
		if t.lastPut[id] == t.put { // named before in this article
			k = slices.IndexFunc(e.refs, func(r ref) bool { return r.actor == id })
		} else {
			t.lastPut[id] = t.put
			e.refs = append(e.refs, ref{actor: id, form: t.formOf(id, a.Name)})
			k = len(e.refs) - 1
		}
		e.refs[k].mentions += int32(a.Mentions)
	}
	t.scratch = e.refs
	e.refs = slices.Clone(e.refs)
	e.ids = make([]int32, len(e.refs))
	for k, r := range e.refs {
		e.ids[k] = r.actor
	}
	t.slots[s] = e
	t.byDoc[d.Row] = s
	t.ownIDs()
	t.byID[e.id] = s
	for pos, r := range e.refs {
		t.count(s, int32(pos), r, +1)
	}
}

// Remove forgets the article of a row, if counted.
func (t *Tally) Remove(row int64) {
	s, ok := t.byDoc[row]
	if !ok {
		return
	}
	delete(t.byDoc, row)
	t.unsaved++
	e := &t.slots[s]
	e.live = false
	if t.byID[e.id] == s {
		t.ownIDs()
		delete(t.byID, e.id)
	}
	for pos, r := range e.refs {
		t.count(s, int32(pos), r, -1)
	}
	*e = slot{}
	t.free = append(t.free, s)
}

// ownIDs copies the map of ids before a change if the last Folder reads
// it: a copy of the map per Folder, not a map made anew.
func (t *Tally) ownIDs() {
	if t.idShared {
		t.byID, t.idShared = maps.Clone(t.byID), false
	}
}

func (t *Tally) newSlot() int32 {
	if n := len(t.free); n > 0 {
		s := t.free[n-1]
		t.free = t.free[:n-1]
		return s
	}
	t.slots = append(t.slots, slot{})
	return int32(len(t.slots) - 1)
}

// count adds (by +1) or takes away (by -1) the article in slot s, where
// the actor of r is at place pos, from that actor's counts.
func (t *Tally) count(s, pos int32, r ref, by int) {
	a := &t.actors[r.actor]
	a.articles += by
	a.mentions += by * int(r.mentions)
	a.forms[r.form].articles += by
	if a.ownAt != t.snaps { // the last Folder reads them: copy before changing
		a.slots, a.ownAt = slices.Clone(a.slots), t.snaps
	}
	if by > 0 {
		a.slots = append(a.slots, s)
		if a.first < 0 || t.before(s, pos, a.first, a.firstPos) {
			a.first, a.firstPos = s, pos
		}
	} else {
		k := slices.Index(a.slots, s)
		a.slots[k] = a.slots[len(a.slots)-1]
		a.slots = a.slots[:len(a.slots)-1]
		if a.first == s {
			t.refirst(r.actor)
		}
	}
	if !t.isDirty[r.actor] {
		t.isDirty[r.actor] = true
		t.dirty = append(t.dirty, r.actor)
	}
}

// before tells whether the actor at place p of slot s was seen before the
// one at place q of slot u, reading the articles in path order.
func (t *Tally) before(s, p, u, q int32) bool {
	if s == u {
		return p < q
	}
	return t.slots[s].doc.Path < t.slots[u].doc.Path
}

// refirst finds the first article naming an actor again, once the one that
// was first is gone: a pass over that actor's articles alone.
func (t *Tally) refirst(id int32) {
	a := &t.actors[id]
	a.first, a.firstPos = -1, 0
	for _, s := range a.slots {
		pos := int32(slices.IndexFunc(t.slots[s].refs, func(r ref) bool { return r.actor == id }))
		if a.first < 0 || t.before(s, pos, a.first, a.firstPos) {
			a.first, a.firstPos = s, pos
		}
	}
}

// written is a name as an article writes it.
type written struct {
	kind actors.Kind
	name string
}

// idOf is the id of an actor's tally key, folding its name only the first
// time the name is seen as written.
func (t *Tally) idOf(a actors.Actor) int32 {
	raw := written{a.Kind, a.Name} // not a string made of both: no allocation per name
	if id, ok := t.byName[raw]; ok {
		return id
	}
	key := actors.Key(a)
	id, ok := t.byKey[key]
	if !ok {
		id = t.newActor(key, a.Kind)
	}
	t.byName[raw] = id
	return id
}

func (t *Tally) newActor(key string, kind actors.Kind) int32 {
	id := int32(len(t.actors))
	t.byKey[key] = id
	a := actor{key: key, kind: kind, first: -1}
	if strings.HasPrefix(key, "country:") { // as actors.Tally names a country
		a.country = strings.TrimPrefix(key, "country:")
	}
	t.actors = append(t.actors, a)
	t.isDirty = append(t.isDirty, false)
	t.lastPut = append(t.lastPut, 0)
	return id
}

// formOf is the index of a name among the forms of actor id.
func (t *Tally) formOf(id int32, name string) int32 {
	a := &t.actors[id]
	for k := range a.forms {
		if a.forms[k].name == name {
			return int32(k)
		}
	}
	a.forms = append(a.forms, form{name: name})
	return int32(len(a.forms) - 1)
}

func (t *Tally) domainOf(d string) int32 {
	id, ok := t.domainID[d]
	if !ok {
		id = int32(len(t.domains))
		t.domainID[d] = id
		t.domains = append(t.domains, d)
	}
	return id
}
