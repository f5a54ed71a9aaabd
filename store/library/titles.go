package library

import (
	"bytes"
	"encoding/binary"
	"sync"

	"github.com/golang/snappy"
)

// titles holds the rows' titles compactly: the screen shows forty of a
// million, and a title is most of a row's bytes (issue 16: the UI within
// 300 MiB at 1M). They are kept by row number in blocks of titleBlock,
// each a run of uvarint length and bytes; a full block is Snappy-
// compressed, the last one is open. A row put again (a live change) has
// its new title in the arena instead, as moved says.
//
// Reading a title inflates its block (a few KiB, microseconds) into a
// pooled buffer and copies the title out: nothing of the Rows changes, so
// View may read titles.
type titles struct {
	packed [][]byte      // full blocks, compressed
	open   []byte        // the last block, not compressed
	openN  int           // titles in open
	moved  map[int32]str // row → its title in the arena, for rows put again
	packer []byte        // Snappy's output, copied to its size
}

// titleBlock is the titles per block: enough text for Snappy to find the
// words titles share, few enough to inflate for each row drawn (13 KB,
// some microseconds). On the benchmark's titles (100 B each, made from a
// small vocabulary: real ones share fewer words) blocks of 64 are 1.6
// times smaller than the text, of 128 twice, of 256 2.6 times.
const titleBlock = 128

// add appends the title of the next row.
func (t *titles) add(b []byte) {
	t.open = binary.AppendUvarint(t.open, uint64(len(b)))
	t.open = append(t.open, b...)
	if t.openN++; t.openN == titleBlock {
		t.packer = snappy.Encode(t.packer[:cap(t.packer)], t.open)
		t.packed = append(t.packed, bytes.Clone(t.packer))
		t.open, t.openN = t.open[:0], 0
	}
}

var inflated = sync.Pool{New: func() any { return new([]byte) }}

// get is row i's title, "" when it has none.
func (t *titles) get(i int) string {
	b := i / titleBlock
	switch {
	case b < len(t.packed):
		buf := inflated.Get().(*[]byte)
		defer inflated.Put(buf)
		n, err := snappy.DecodedLen(t.packed[b])
		if err != nil {
			return ""
		}
		if cap(*buf) < n {
			*buf = make([]byte, n)
		}
		out, err := snappy.Decode((*buf)[:n], t.packed[b])
		if err != nil {
			return ""
		}
		return nth(out, i%titleBlock)
	case b == len(t.packed):
		return nth(t.open, i%titleBlock)
	}
	return ""
}

// nth copies the k-th title of a block's bytes.
func nth(block []byte, k int) string {
	for ; len(block) > 0; k-- {
		n, w := binary.Uvarint(block)
		if w <= 0 || uint64(len(block)-w) < n {
			return ""
		}
		if k == 0 {
			return string(block[w : w+int(n)])
		}
		block = block[w+int(n):]
	}
	return ""
}
