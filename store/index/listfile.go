package index

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/golang/snappy"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// The list file sits beside the database and holds every article's path and
// tail (see packTail), in path order, in Snappy blocks: listing an
// unchanged folder of 100,000 articles then inflates 270 MB of JSON instead
// of reading and encoding every row. It is written again whenever the index's generation
// (bumped by every transaction that changes what a list shows) differs
// from the one it was written at. Like the database, it is derived data,
// never trusted: it is read only if it is a plain file of its own (not a
// link, not a FIFO) whose checksum is right, and written again otherwise.
//
// Format: a header line "kiosk list 3 DBID-GEN SIZE CRC\n", SIZE bytes of
// blocks after it, whose CRC-32C is CRC (hex). A block is uvarint len(b),
// b: Snappy's compression of whole records, about listBlock bytes of them;
// a record is uvarint len(path), path, uvarint len(tail), tail. JSON
// compresses about fourfold, and Snappy inflates it faster than it is
// written out, so the file costs a quarter of the space for little time.
const (
	listSuffix = ".list"
	listMagic  = "kiosk list 3"
	listBlock  = 1 << 20
)

// crcTable is CRC-32C's, which the processor computes (SSE 4.2, ARMv8):
// checking 270 MB of records costs a few tens of milliseconds.
var crcTable = crc32.MakeTable(crc32.Castagnoli)

// WriteList writes every article the index holds as one JSON line, in path
// order: the object the parser gives without its text, which is what
// kiosk list --json prints. keep, when not nil, chooses the articles by
// file name (as Article.File has it).
func (ix *Index) WriteList(ctx context.Context, w io.Writer, keep func(file string) bool) error {
	out := bufio.NewWriterSize(w, 256<<10)
	f, err := ix.listFile(ctx)
	if err != nil {
		// No list file (a read-only cache): from the database itself.
		err = ix.eachTail(ctx, func(_ int64, rel string, tail []byte) error {
			return ix.writeLine(out, rel, tail, keep)
		})
	} else {
		err = ix.copyList(f, out, keep)
		f.Close()
	}
	if err != nil {
		return err
	}
	return out.Flush()
}

// listFile opens the list file, written anew if it is missing, stale or
// damaged, positioned after its header.
func (ix *Index) listFile(ctx context.Context) (*os.File, error) {
	var gen string
	if err := ix.db.QueryRowContext(ctx, stampSQL).Scan(&gen); err != nil {
		return nil, err
	}
	if f, err := openList(ix.file+listSuffix, gen); err == nil {
		return f, nil
	}
	if err := ix.writeListFile(ctx); err != nil {
		return nil, err
	}
	return openList(ix.file+listSuffix, gen)
}

// CheckList makes sure the list file is whole and of the index's
// generation, writing it again if not, so that kiosk index repairs it.
func (ix *Index) CheckList(ctx context.Context) error {
	f, err := ix.listFile(ctx)
	if err != nil {
		return err
	}
	return f.Close()
}

// stampSQL reads what the list file must have been written at: the
// database's own id (a new database starts its generations again) and its
// generation.
const stampSQL = "SELECT (SELECT value FROM meta WHERE key='id') || '-' || (SELECT value FROM meta WHERE key='gen')"

var errListDamaged = errors.New("list file damaged")

// openList opens a list file of generation gen whose records are whole
// and unchanged since written, positioned after its header.
func openList(name string, gen string) (*os.File, error) {
	f, err := openCacheFile(name)
	if err != nil {
		return nil, err
	}
	if err := checkList(f, gen); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// checkList reads f's header and its records, checks them against it and
// goes back to the first record.
func checkList(f *os.File, gen string) error {
	header := make([]byte, 0, 96)
	for b := []byte{0}; len(header) < 96; header = append(header, b[0]) {
		if _, err := f.Read(b); err != nil || b[0] == '\n' {
			break
		}
	}
	start := int64(len(header)) + 1
	fields := strings.Fields(strings.TrimPrefix(string(header), listMagic))
	fi, err := f.Stat()
	if err != nil || !strings.HasPrefix(string(header), listMagic+" ") || len(fields) != 3 ||
		fields[0] != gen || fields[1] != strconv.FormatInt(fi.Size()-start, 10) {
		return errListDamaged
	}
	sum := crc32.New(crcTable)
	if _, err := io.Copy(sum, f); err != nil {
		return err
	}
	if fmt.Sprintf("%08x", sum.Sum32()) != fields[2] {
		return errListDamaged
	}
	_, err = f.Seek(start, io.SeekStart)
	return err
}

// writeListFile writes the list file from one snapshot of the database,
// under a temporary name renamed into place, so that a reader never sees
// half of it.
func (ix *Index) writeListFile(ctx context.Context) error {
	tx, err := ix.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var gen string
	if err := tx.QueryRowContext(ctx, stampSQL).Scan(&gen); err != nil {
		return err
	}
	lw, err := ix.newListWriter(gen)
	if err != nil {
		return err
	}
	defer lw.abandon()
	err = eachTail(ctx, tx, func(_ int64, rel string, tail []byte) error {
		return lw.record([]byte(rel), tail)
	})
	if err == nil {
		err = lw.finish(gen)
	}
	if err != nil {
		return err
	}
	return lw.install()
}

// listWriter writes a list file under a temporary name: records in path
// order, then the header once SIZE and CRC are known, then the rename
// into place (install). A rebuild writes one beside its writer
// (listbuild.go), writeListFile from the database; the bytes are the same.
type listWriter struct {
	tmp  *os.File
	dst  string
	sum  hash.Hash32
	bw   *blockWriter
	head int  // the header's length
	done bool // installed: nothing to remove
}

// newListWriter begins a list file whose header will be of generation gen,
// or of one as long (see finish).
func (ix *Index) newListWriter(gen string) (*listWriter, error) {
	tmp, err := os.CreateTemp(filepath.Dir(ix.file), filepath.Base(ix.file)+".list-*")
	if err != nil {
		return nil, err
	}
	lw := &listWriter{tmp: tmp, dst: ix.file + listSuffix, sum: crc32.New(crcTable)}
	// The header is rewritten in place once SIZE and CRC are known.
	lw.head = len(listHeader(gen, 0, 0))
	if _, err := tmp.WriteString(listHeader(gen, 0, 0)); err != nil {
		lw.abandon()
		return nil, err
	}
	lw.bw = &blockWriter{w: bufio.NewWriterSize(io.MultiWriter(tmp, lw.sum), 1<<20)}
	return lw, nil
}

// listHeader is the list file's first line. Its length depends on nothing
// but a generation longer than listGenWidth (an index's id is 16
// characters, its count at most 19): a file is begun before the
// generation it ends at is known (listbuild.go), and its header is
// written again in place once it is. Readers split the line at spaces, so
// the padding is no part of gen.
func listHeader(gen string, size int64, crc uint32) string {
	return fmt.Sprintf("%s %-*s %20d %08x\n", listMagic, listGenWidth, gen, size, crc)
}

const listGenWidth = 48

// record adds one article, flushing a block when it is full.
func (lw *listWriter) record(rel, tail []byte) error {
	lw.bw.record(rel, tail)
	if len(lw.bw.raw) >= listBlock {
		return lw.bw.flush()
	}
	return nil
}

// finish writes the last block and the header of generation gen, and
// closes the file. A gen whose header is longer or shorter than the one
// begun with (only a gen past listGenWidth) is errListGen: the records
// would have to move.
func (lw *listWriter) finish(gen string) error {
	err := lw.bw.flush()
	if err == nil {
		err = lw.bw.w.Flush()
	}
	if err == nil && len(listHeader(gen, 0, 0)) != lw.head {
		err = errListGen
	}
	if err == nil {
		_, err = lw.tmp.WriteAt([]byte(listHeader(gen, lw.bw.size, lw.sum.Sum32())), 0)
	}
	if cerr := lw.tmp.Close(); err == nil {
		err = cerr
	}
	return err
}

var errListGen = errors.New("list file begun for a generation of another length")

// install renames the finished file into place.
func (lw *listWriter) install() error {
	if err := os.Rename(lw.tmp.Name(), lw.dst); err != nil {
		return err
	}
	lw.done = true
	return nil
}

// abandon removes the temporary file, unless installed.
func (lw *listWriter) abandon() {
	if !lw.done {
		lw.tmp.Close()
		os.Remove(lw.tmp.Name())
	}
}

// eachTail calls f with every article's path and inflated tail, in path
// order.
func (ix *Index) eachTail(ctx context.Context, f func(id int64, rel string, tail []byte) error) error {
	tx, err := ix.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return eachTail(ctx, tx, f)
}

func eachTail(ctx context.Context, tx *sql.Tx, f func(id int64, rel string, tail []byte) error) error {
	rows, err := tx.QueryContext(ctx, "SELECT d.id, d.path, t.tail FROM docs d JOIN tails t ON t.id = d.id ORDER BY d.path")
	if err != nil {
		return err
	}
	defer rows.Close()
	var buf []byte
	for rows.Next() {
		var id int64
		var rel string
		var blob sql.RawBytes
		if err := rows.Scan(&id, &rel, &blob); err != nil {
			return err
		}
		if buf, err = unpackTail(buf[:0], blob); err != nil {
			return err
		}
		if err := f(id, rel, buf); err != nil {
			return err
		}
	}
	return rows.Err()
}

// blockWriter gathers records into blocks and writes them compressed.
type blockWriter struct {
	w        *bufio.Writer
	raw, out []byte
	size     int64 // bytes written
}

func (b *blockWriter) record(rel, tail []byte) {
	b.raw = binary.AppendUvarint(b.raw, uint64(len(rel)))
	b.raw = append(b.raw, rel...)
	b.raw = binary.AppendUvarint(b.raw, uint64(len(tail)))
	b.raw = append(b.raw, tail...)
}

func (b *blockWriter) flush() error {
	if len(b.raw) == 0 {
		return nil
	}
	b.out = snappy.Encode(b.out[:cap(b.out)], b.raw)
	var num [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(num[:], uint64(len(b.out)))
	b.w.Write(num[:n])
	_, err := b.w.Write(b.out)
	b.size += int64(n + len(b.out))
	b.raw = b.raw[:0]
	return err
}

// copyList writes the records of an open list file as JSON lines.
func (ix *Index) copyList(f *os.File, out *bufio.Writer, keep func(string) bool) error {
	r := bufio.NewReaderSize(f, 256<<10)
	var packed, raw []byte
	for {
		var err error
		if packed, err = readChunk(r, packed); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		n, err := snappy.DecodedLen(packed)
		if err != nil || n > 4*listBlock {
			return errListDamaged
		}
		if raw, err = snappy.Decode(raw[:cap(raw)], packed); err != nil {
			return errListDamaged
		}
		if err := ix.copyRecords(raw, out, keep); err != nil {
			return err
		}
	}
}

// copyRecords writes the records of one block as JSON lines.
func (ix *Index) copyRecords(b []byte, out *bufio.Writer, keep func(string) bool) error {
	for len(b) > 0 {
		rel, rest, err := takeChunk(b)
		if err != nil {
			return err
		}
		tail, rest, err := takeChunk(rest)
		if err != nil {
			return err
		}
		b = rest
		if err := ix.writeLine(out, string(rel), tail, keep); err != nil {
			return err
		}
	}
	return nil
}

// takeChunk cuts one length-prefixed byte string off b.
func takeChunk(b []byte) (chunk, rest []byte, err error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return nil, nil, errListDamaged
	}
	return b[k : k+int(n)], b[k+int(n):], nil
}

// readChunk reads one length-prefixed byte string into buf.
func readChunk(r *bufio.Reader, buf []byte) ([]byte, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return buf, err
	}
	if n > 1<<30 {
		return buf, errListDamaged
	}
	if uint64(cap(buf)) < n {
		buf = make([]byte, n)
	}
	buf = buf[:n]
	_, err = io.ReadFull(r, buf)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return buf, err
}

// writeLine writes one article's JSON line: its names, as the parser gives
// them, then its tail.
func (ix *Index) writeLine(out *bufio.Writer, rel string, tail []byte, keep func(string) bool) error {
	path := ix.joinPath(rel)
	file := filepath.Base(path)
	sfile := sanitize.Line(file)
	if keep != nil && !keep(sfile) {
		return nil
	}
	out.WriteString(`{"id":`)
	writeJSONString(out, article.IDOf(rel))
	out.WriteString(`,"file":`)
	writeJSONString(out, sfile)
	out.WriteString(`,"path":`)
	writeJSONString(out, sanitize.Line(path))
	out.WriteByte(',')
	out.Write(tail)
	return out.WriteByte('\n')
}
