package index

import (
	"bufio"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kioskreader/kiosk/store/people"
)

// The tally file sits beside the database, as the list file does: the
// tally of who is in the news (people.Tally's bytes) at the index's stamp
// it was made at. A tally of an older generation of the same database is
// still of use, since SyncTally brings it up to date row by row; one of
// another database (an index deleted and made again) is not. Derived data,
// never trusted: read only if it is a plain file of its own whose size and
// checksum are right, else the tally is counted from the index again.
//
// Format: a header line "kiosk tally 1 DBID-GEN SIZE CRC\n", then SIZE
// bytes whose CRC-32C is CRC (hex).
const (
	tallySuffix = ".tally"
	tallyMagic  = "kiosk tally 1"
)

// readTally is the tally in the file, and its stamp, when it is of the
// database of stamp now; else an empty tally.
func (ix *Index) readTally(now string) (*people.Tally, string) {
	f, err := openCacheFile(ix.file + tallySuffix)
	if err != nil {
		return people.NewTally(), ""
	}
	defer f.Close()
	t, stamp, err := readTallyFile(f)
	db, _, _ := strings.Cut(now, "-")
	if err != nil || !strings.HasPrefix(stamp, db+"-") {
		return people.NewTally(), ""
	}
	return t, stamp
}

func readTallyFile(f *os.File) (*people.Tally, string, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, "", err
	}
	r := bufio.NewReader(f)
	line, err := r.ReadSlice('\n') // within the buffer's 4 KiB
	header := string(line)
	fields := strings.Fields(strings.TrimPrefix(header, tallyMagic))
	if err != nil || !strings.HasPrefix(header, tallyMagic+" ") || len(fields) != 3 ||
		fields[1] != strconv.FormatInt(fi.Size()-int64(len(header)), 10) {
		return nil, "", errListDamaged
	}
	// Read into a string (a Builder's bytes become its string without a
	// copy), summed on the way.
	var body strings.Builder
	body.Grow(int(fi.Size()) - len(header))
	sum := crc32.New(crcTable)
	if _, err := io.Copy(io.MultiWriter(&body, sum), r); err != nil {
		return nil, "", err
	}
	if body.Len() != int(fi.Size())-len(header) || fields[2] != fmt.Sprintf("%08x", sum.Sum32()) {
		return nil, "", errListDamaged
	}
	t, err := people.Decode(body.String())
	return t, fields[0], err
}

// writeTally writes the tally file under a temporary name renamed into
// place, so that a reader never sees half of it. It fails quietly: without
// the file a start only counts again.
func (ix *Index) writeTally(t *people.Tally, stamp string) {
	body := t.Encode(nil)
	tmp, err := os.CreateTemp(filepath.Dir(ix.file), filepath.Base(ix.file)+".tally-*")
	if err != nil {
		return
	}
	defer os.Remove(tmp.Name())
	_, err = fmt.Fprintf(tmp, "%s %s %d %08x\n", tallyMagic, stamp, len(body), crc32.Checksum(body, crcTable))
	if err == nil {
		_, err = tmp.Write(body)
	}
	if cerr := tmp.Close(); err == nil && cerr == nil {
		os.Rename(tmp.Name(), ix.file+tallySuffix)
	}
}
