package watch

import (
	"encoding/binary"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// pathSet is the set of article files a watch knows, by their place in
// the folder, held compactly: at a million files a map of strings took 81
// MB of the UI's 300 MiB (issue 16), this about 25.
//
// The paths the first walk finds come in walk order (lexical, folder by
// folder: cmpPath), so they are appended to a sorted base, front-coded:
// each path is the length of the part it shares with the one before, then
// the rest, and every blockLen paths one is written whole, so that a
// lookup binary-searches the blocks and reads one. What changes later goes
// to two small maps, added and removed, folded into the base when they
// grow. It is used by one goroutine, the watch's.
type pathSet struct {
	chunks  [][]byte // the base's bytes, in chunks of chunkSize
	blocks  []uint32 // where each block starts: chunk<<chunkBits | place
	inBlock int      // paths in the last block
	last    string   // the base's last path
	n       int      // paths in the base, removed ones included

	added   map[string]struct{} // in the set, not in the base
	removed map[string]struct{} // in the base, not in the set
}

const (
	blockLen  = 16
	chunkBits = 20 // 1 MiB chunks: a block never spans two
	chunkSize = 1 << chunkBits
	maxChunks = 1 << (32 - chunkBits)
)

func newPathSet() *pathSet {
	return &pathSet{added: map[string]struct{}{}, removed: map[string]struct{}{}}
}

// cmpPath orders paths as a walk of the folder finds them: by name within
// a folder, a folder's files where its name sorts. That is byte order
// with the separator below every other byte ("a/x" before "a-b/y").
func cmpPath(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		switch {
		case x == filepath.Separator:
			return -1
		case y == filepath.Separator:
			return 1
		case x < y:
			return -1
		}
		return 1
	}
	return len(a) - len(b)
}

// add puts p in the set.
func (s *pathSet) add(p string) {
	if _, ok := s.removed[p]; ok {
		delete(s.removed, p)
		return
	}
	if _, ok := s.added[p]; ok {
		return
	}
	if (s.n == 0 || cmpPath(p, s.last) > 0) && s.appendBase(p) {
		return
	}
	if !s.inBase(p) {
		s.added[strings.Clone(p)] = struct{}{} // not the caller's longer string
		s.fold()
	}
}

// remove takes p out of the set.
func (s *pathSet) remove(p string) {
	if _, ok := s.added[p]; ok {
		delete(s.added, p)
		return
	}
	if s.inBase(p) {
		s.removed[p] = struct{}{}
		s.fold()
	}
}

// has tells whether p is in the set.
func (s *pathSet) has(p string) bool {
	if _, ok := s.added[p]; ok {
		return true
	}
	if _, ok := s.removed[p]; ok {
		return false
	}
	return s.inBase(p)
}

// each calls f with every path of the set.
func (s *pathSet) each(f func(p string)) {
	s.eachBase(func(p []byte) {
		if _, ok := s.removed[string(p)]; !ok {
			f(string(p))
		}
	})
	for p := range s.added {
		f(p)
	}
}

// appendBase writes p after the base's last path; false when the chunks
// are full (4 GiB of paths), and p is then kept in added.
func (s *pathSet) appendBase(p string) bool {
	need := 2*binary.MaxVarintLen32 + len(p)
	if need > chunkSize {
		return false
	}
	c := len(s.chunks) - 1
	if c < 0 || len(s.chunks[c])+need > chunkSize {
		if len(s.chunks) == maxChunks {
			return false
		}
		s.chunks = append(s.chunks, make([]byte, 0, chunkSize))
		c++
		s.inBlock = blockLen // a block never spans two chunks
	}
	shared := 0
	if s.inBlock == blockLen {
		s.blocks = append(s.blocks, uint32(c)<<chunkBits|uint32(len(s.chunks[c])))
		s.inBlock = 0
	} else {
		for shared < len(p) && shared < len(s.last) && p[shared] == s.last[shared] {
			shared++
		}
	}
	b := binary.AppendUvarint(s.chunks[c], uint64(shared))
	b = binary.AppendUvarint(b, uint64(len(p)-shared))
	s.chunks[c] = append(b, p[shared:]...)
	s.inBlock++
	s.n++
	s.last = p
	return true
}

// block is the bytes of block k.
func (s *pathSet) block(k int) []byte {
	at := s.blocks[k]
	c := s.chunks[at>>chunkBits]
	end := len(c)
	if k+1 < len(s.blocks) && s.blocks[k+1]>>chunkBits == at>>chunkBits {
		end = int(s.blocks[k+1] & (chunkSize - 1))
	}
	return c[at&(chunkSize-1) : end]
}

// paths calls f with each path of a block, in a buffer f must not keep.
func paths(block []byte, buf []byte, f func(p []byte) bool) []byte {
	for len(block) > 0 {
		shared, w := binary.Uvarint(block)
		block = block[w:]
		n, w := binary.Uvarint(block)
		block = block[w:]
		buf = append(buf[:shared], block[:n]...)
		block = block[n:]
		if !f(buf) {
			break
		}
	}
	return buf
}

// first is the whole path that starts block k.
func (s *pathSet) first(k int) string {
	b := s.block(k)
	_, w := binary.Uvarint(b) // 0: a block's first is whole
	n, w2 := binary.Uvarint(b[w:])
	return string(b[w+w2 : w+w2+int(n)])
}

// inBase tells whether p is in the base (removed or not).
func (s *pathSet) inBase(p string) bool {
	// The last block whose first path is not after p.
	k := sort.Search(len(s.blocks), func(i int) bool { return cmpPath(s.first(i), p) > 0 }) - 1
	if k < 0 {
		return false
	}
	in := false
	paths(s.block(k), nil, func(q []byte) bool {
		c := cmpPath(string(q), p)
		in = c == 0
		return c < 0
	})
	return in
}

func (s *pathSet) eachBase(f func(p []byte)) {
	var buf []byte
	for k := range s.blocks {
		buf = paths(s.block(k), buf, func(p []byte) bool { f(p); return true })
	}
}

// fold writes the set afresh as a base when the maps have grown to a
// quarter of it: a scraper adding files in no walk order fills added.
func (s *pathSet) fold() {
	if d := len(s.added) + len(s.removed); d < 4096 || d < s.n/4 {
		return
	}
	var all []string
	s.each(func(p string) { all = append(all, p) })
	slices.SortFunc(all, cmpPath)
	*s = *newPathSet()
	for _, p := range all {
		if !s.appendBase(p) {
			s.added[p] = struct{}{}
		}
	}
}
