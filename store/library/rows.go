package library

import (
	"path"
	"path/filepath"
	"slices"
	"strings"
	"unsafe"

	"github.com/kioskreader/kiosk/store/article"
)

// Rows is the whole article list, held compactly so that a folder of a
// million articles fits in the UI's memory budget (issue 16: 300 MiB at
// 1M, where a Summary of Go strings per article took 2.4 GB):
//
//   - every string (path inside the folder, id, file name, title) is bytes
//     in an arena of fixed-size chunks, written once and never changed, and
//     a row refers to it by offset; the id and the file name are slices of
//     the path whenever they can be, and the full path is made on demand
//     from the folder and the path inside it;
//   - a row is one fixed-size record: the offsets, the comment count, an
//     index into the interned source domains and one into the interned
//     dates (a folder has a few thousand of each, not a million);
//   - each sort order the list offers, and the order of the ids (to find a
//     row), is a []int32 of row numbers, sorted once when the list is read
//     (off the UI's goroutine) and kept sorted by binary insertion as live
//     changes come, so that changing the order or a filter copies a
//     permutation instead of sorting a million rows.
//
// About 40 bytes of record, 24 of permutations and the strings' bytes per
// article. A Rows is not safe for concurrent use: the library builds it and
// hands it over, and from then on only its holder (the UI's Update) reads
// or changes it.
type Rows struct {
	dir      string
	chunks   [][]byte
	recs     []rec
	domains  []string
	domainOf map[string]uint32
	dates    []article.Date
	dateOf   map[article.Date]uint32
	titles   titles
	own      map[int32]owned // rows whose id or file name is not in their path
	byID     []int32
	orders   [numOrders][]int32
	live     int
	dated    int
	stated   int
}

// Order is one of the list's sort orders.
type Order int

const (
	ByName     Order = iota // file name
	ByComments              // most commented first
	BySource                // source domain, none last
	ByDate                  // newest first (a month alone below its days), undated last
	numOrders
)

// str is a string in the arena.
type str struct {
	off uint32 // chunk<<chunkBits | place in the chunk
	n   uint16
}

// rec is 24 bytes: the id and the file name are the start and the end of
// the path's bytes (n and place), but in the few rows where they are not
// (an id escaped, a row put from elsewhere), which own has.
type rec struct {
	rel          str    // the path; the title is in titles, by row number
	idN, fileAt  uint16 // the id is rel's first idN bytes, the file name rel from fileAt
	flags        uint8
	domain, date uint32 // 0: none
	comments     int32  // -1: no comment footer
}

// owned is a row's id and file name when they are not in its path.
type owned struct{ id, file str }

const (
	absPath uint8 = 1 << iota // rel is the whole path (a row put from elsewhere)
	gone                      // removed: in no permutation
	ownStr                    // the id and file name are in Rows.own, not in rel
)

const (
	chunkBits = 20 // 1 MiB chunks: 4096 of them, 4 GiB of strings, address a uint32
	chunkSize = 1 << chunkBits
	maxChunks = 1 << (32 - chunkBits)
	maxStr    = 1<<16 - 1
)

// NewRows is an empty list of the folder dir (the paths of its rows are
// inside it).
func NewRows(dir string) *Rows {
	return &Rows{dir: dir, domains: []string{""}, domainOf: map[string]uint32{"": 0},
		dates: []article.Date{{}}, dateOf: map[article.Date]uint32{{}: 0}}
}

// RowsOf is a list of the summaries, sorted.
func RowsOf(dir string, list []Summary) *Rows {
	r := NewRows(dir)
	for _, s := range list {
		if _, ok := r.Find(s.ID); !ok {
			r.appendSummary(s)
		}
	}
	r.sortAll()
	return r
}

// store puts b in the arena; ok is false when the arena is full.
func (r *Rows) store(b []byte) (str, bool) {
	if len(b) == 0 {
		return str{}, true
	}
	if len(b) > maxStr {
		b = b[:maxStr] // only a title can be so long: it is cut on screen anyway
	}
	last := len(r.chunks) - 1
	if last < 0 || len(r.chunks[last])+len(b) > chunkSize {
		if len(r.chunks) == maxChunks {
			return str{}, false
		}
		r.chunks = append(r.chunks, make([]byte, 0, chunkSize))
		last++
	}
	c := r.chunks[last]
	s := str{off: uint32(last)<<chunkBits | uint32(len(c)), n: uint16(len(b))}
	r.chunks[last] = append(c, b...)
	return s, true
}

// sub is the part of s from byte i, n long.
func sub(s str, i, n int) str { return str{off: s.off + uint32(i), n: uint16(n)} }

// get is the arena's string: it shares the arena's bytes, which are never
// written again, so it stays valid and unchanged.
func (r *Rows) get(s str) string {
	if s.n == 0 {
		return ""
	}
	c := r.chunks[s.off>>chunkBits]
	return unsafe.String(&c[s.off&(chunkSize-1)], int(s.n))
}

func (r *Rows) intern(domain string, d article.Date) (uint32, uint32) {
	di, ok := r.domainOf[domain]
	if !ok {
		di = uint32(len(r.domains))
		r.domains = append(r.domains, domain)
		r.domainOf[domain] = di
	}
	ti, ok := r.dateOf[d]
	if !ok {
		ti = uint32(len(r.dates))
		r.dates = append(r.dates, d)
		r.dateOf[d] = ti
	}
	return di, ti
}

// appendRel adds a row of the folder's file at rel (with '/'); false when
// the arena is full. The permutations are left as they are.
func (r *Rows) appendRel(rel, title []byte, domain string, comments int, d article.Date) bool {
	rs, ok := r.store(rel)
	if !ok {
		return false
	}
	rc := rec{rel: rs, comments: int32(comments)}
	srel := r.get(rs)
	var o owned
	if o, ok = r.place(&rc, srel, article.IDOf(srel), path.Base(srel)); !ok {
		return false
	}
	rc.domain, rc.date = r.intern(domain, d)
	r.add(rc, o, title)
	return true
}

// appendSummary adds a row made elsewhere (a live change, a test's).
func (r *Rows) appendSummary(s Summary) bool {
	rc, o, ok := r.recOf(s)
	if ok {
		r.add(rc, o, []byte(s.Title))
	}
	return ok
}

// place points rc's id and file name into its path, rel, when they are
// its start and its end; else they are stored, and returned to be owned.
func (r *Rows) place(rc *rec, rel, id, file string) (owned, bool) {
	if strings.HasPrefix(rel, id) && strings.HasSuffix(rel, file) {
		rc.idN, rc.fileAt = uint16(len(id)), uint16(len(rel)-len(file))
		return owned{}, true
	}
	rc.flags |= ownStr
	var o owned
	var ok bool
	if o.id, ok = r.store([]byte(id)); !ok {
		return owned{}, false
	}
	o.file, ok = r.store([]byte(file))
	return o, ok
}

func (r *Rows) recOf(s Summary) (rec, owned, bool) {
	rc := rec{comments: int32(max(min(s.Comments, 1<<31-1), -1))}
	var ok bool
	rel, inside := r.relOf(s.Path)
	if !inside {
		rel, rc.flags = s.Path, absPath
	}
	if rc.rel, ok = r.store([]byte(rel)); !ok {
		return rec{}, owned{}, false
	}
	// The id and the file name share the path's bytes when they are in it.
	o, ok := r.place(&rc, rel, s.ID, s.File)
	if !ok {
		return rec{}, owned{}, false
	}
	rc.domain, rc.date = r.intern(s.Domain, s.Date)
	return rc, o, true
}

// relOf is path's place in the folder, with '/'.
func (r *Rows) relOf(p string) (string, bool) {
	if r.dir == "" {
		return "", false
	}
	rel, err := filepath.Rel(r.dir, p)
	if err != nil || strings.HasPrefix(rel, "..") || filepath.Join(r.dir, rel) != p {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

func (r *Rows) add(rc rec, o owned, title []byte) {
	r.recs = append(r.recs, rc)
	r.setOwn(len(r.recs)-1, rc, o)
	r.titles.add(title)
	r.count(rc, 1)
}

// setRec puts rc in place of row i.
func (r *Rows) setRec(i int, rc rec, o owned) {
	r.count(r.recs[i], -1)
	r.recs[i] = rc
	r.setOwn(i, rc, o)
	r.count(rc, 1)
}

// setOwn keeps row i's own id and file name, if it has them.
func (r *Rows) setOwn(i int, rc rec, o owned) {
	if rc.flags&ownStr == 0 {
		delete(r.own, int32(i))
		return
	}
	if r.own == nil {
		r.own = map[int32]owned{}
	}
	r.own[int32(i)] = o
}

// id and file are row i's id and file name, as strs.
func (r *Rows) id(i int32) str {
	rc := &r.recs[i]
	if rc.flags&ownStr != 0 {
		return r.own[i].id
	}
	return sub(rc.rel, 0, int(rc.idN))
}

func (r *Rows) file(i int32) str {
	rc := &r.recs[i]
	if rc.flags&ownStr != 0 {
		return r.own[i].file
	}
	return sub(rc.rel, int(rc.fileAt), int(rc.rel.n)-int(rc.fileAt))
}

// retitle gives row i, put again, its new title; false when the arena is
// full.
func (r *Rows) retitle(i int, title string) bool {
	s, ok := r.store([]byte(title))
	if ok {
		if r.titles.moved == nil {
			r.titles.moved = map[int32]str{}
		}
		r.titles.moved[int32(i)] = s
	}
	return ok
}

// title is row i's title.
func (r *Rows) title(i int) string {
	if s, ok := r.titles.moved[int32(i)]; ok {
		return r.get(s)
	}
	return r.titles.get(i)
}

// count adds k (1 or -1) of the row to the counts.
func (r *Rows) count(rc rec, k int) {
	r.live += k
	if d := r.dates[rc.date]; d.Value != "" {
		r.dated += k
		if d.From != article.FromFile {
			r.stated += k
		}
	}
}

// Len is how many rows the list holds.
func (r *Rows) Len() int { return r.live }

// Dated is how many rows have a date; Stated how many of them the article
// states (not the file's time).
func (r *Rows) Dated() int  { return r.dated }
func (r *Rows) Stated() int { return r.stated }

// ID, File and Date are row i's (a row number of a permutation).
func (r *Rows) ID(i int) string         { return r.get(r.id(int32(i))) }
func (r *Rows) File(i int) string       { return r.get(r.file(int32(i))) }
func (r *Rows) Date(i int) article.Date { return r.dates[r.recs[i].date] }

// Summary is row i as the rest of kiosk takes an article.
func (r *Rows) Summary(i int) Summary {
	rc := &r.recs[i]
	p := r.get(rc.rel)
	if rc.flags&absPath == 0 {
		p = filepath.Join(r.dir, filepath.FromSlash(p))
	}
	return Summary{ID: r.ID(i), File: r.File(i), Path: p, Title: r.title(i),
		Domain: r.domains[rc.domain], Comments: int(rc.comments), Date: r.dates[rc.date]}
}

// Order is the rows in order o, as row numbers. It is the list's own:
// read it, do not change it, and take it again after a change of the list.
func (r *Rows) Order(o Order) []int32 { return r.orders[o] }

// Find is the row of the article id.
func (r *Rows) Find(id string) (int, bool) {
	k, ok := slices.BinarySearchFunc(r.byID, id, func(i int32, id string) int { return strings.Compare(r.ID(int(i)), id) })
	if !ok {
		return 0, false
	}
	return int(r.byID[k]), true
}

// Put adds the article, or replaces the row of its id, keeping every order
// sorted; false when the arena is full (about 40 million articles).
func (r *Rows) Put(s Summary) bool {
	rc, o, ok := r.recOf(s)
	if !ok {
		return false
	}
	if i, ok := r.Find(s.ID); ok {
		if !r.retitle(i, s.Title) {
			return false
		}
		r.unsort(i)
		r.setRec(i, rc, o)
		r.insert(i, false)
		return true
	}
	r.add(rc, o, []byte(s.Title))
	r.insert(len(r.recs)-1, true)
	return true
}

// Remove drops the article's row; false when the list has none.
func (r *Rows) Remove(id string) bool {
	i, ok := r.Find(id)
	if !ok {
		return false
	}
	r.unsort(i)
	k, _ := slices.BinarySearchFunc(r.byID, int32(i), r.cmpID)
	r.byID = slices.Delete(r.byID, k, k+1)
	r.count(r.recs[i], -1)
	r.recs[i].flags |= gone
	return true
}

// Gone says row i was removed (a row number kept from before).
func (r *Rows) Gone(i int) bool { return i < 0 || i >= len(r.recs) || r.recs[i].flags&gone != 0 }

// insert puts row i in place in every order (and in byID when new).
func (r *Rows) insert(i int, withID bool) {
	if withID {
		k, _ := slices.BinarySearchFunc(r.byID, int32(i), r.cmpID)
		r.byID = slices.Insert(r.byID, k, int32(i))
	}
	for o := range numOrders {
		k, _ := slices.BinarySearchFunc(r.orders[o], int32(i), r.cmp(o))
		r.orders[o] = slices.Insert(r.orders[o], k, int32(i))
	}
}

// unsort takes row i out of every order, as it is sorted now.
func (r *Rows) unsort(i int) {
	for o := range numOrders {
		k, ok := slices.BinarySearchFunc(r.orders[o], int32(i), r.cmp(o))
		if ok && r.orders[o][k] == int32(i) {
			r.orders[o] = slices.Delete(r.orders[o], k, k+1)
		}
	}
}

// PutAll is Put for many rows at once: a large batch is added and the
// orders sorted once, rather than a binary insertion per row.
func (r *Rows) PutAll(list []Summary) bool {
	if len(list) < 64 {
		for _, s := range list {
			if !r.Put(s) {
				return false
			}
		}
		return true
	}
	added := map[string]int{}
	for _, s := range list {
		rc, o, ok := r.recOf(s)
		if !ok {
			r.sortAll()
			return false
		}
		i, old := added[s.ID]
		if !old {
			i, old = r.Find(s.ID)
		}
		if old {
			if !r.retitle(i, s.Title) {
				r.sortAll()
				return false
			}
			r.setRec(i, rc, o)
			continue
		}
		added[s.ID] = len(r.recs)
		r.add(rc, o, []byte(s.Title))
	}
	r.sortAll()
	return true
}
