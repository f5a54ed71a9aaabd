package scan

import "bytes"

// DefaultMaxSize is the largest file read when Options.MaxSize is 0.
const DefaultMaxSize = 16 << 20

// sniffLen is how much of a file is searched for a NUL byte, as git and
// ripgrep do, to tell binary files from text.
const sniffLen = 8 << 10

func limit(maxSize int64) int64 {
	if maxSize <= 0 {
		return DefaultMaxSize
	}
	return maxSize
}

// ReadFile reads one article file safely: it never blocks on a FIFO or a
// device (the file is opened non-blocking and refused unless the open
// descriptor is a regular file), refuses files over maxSize (0 means
// DefaultMaxSize) and binary files. Reason turns its errors into skip lines.
func ReadFile(path string, maxSize int64) ([]byte, error) {
	var r Reader
	return r.Read(path, maxSize) // r's buffer is the caller's now: no copy (a 16 MiB file once sat in memory twice)
}

// Reader reads files as ReadFile does, into one buffer that it reuses, so
// that a worker reading thousands of small files allocates for none of them.
// The zero value is ready; a Reader is not safe for concurrent use.
type Reader struct {
	buf []byte
}

// Read returns the content of path in r's buffer, valid until the next
// Read: copy what must outlive it.
func (r *Reader) Read(path string, maxSize int64) ([]byte, error) {
	maxSize = limit(maxSize)
	data, err := readRegular(r, path, maxSize)
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > maxSize {
		return nil, ErrTooLarge
	}
	if looksBinary(data) {
		return nil, binaryKind(data)
	}
	return data, nil
}

// looksBinary tells a file that is no text by its first sniffLen bytes:
// a NUL among them, or the byte-order mark of UTF-16 or UTF-32.
func looksBinary(data []byte) bool {
	return bytes.IndexByte(data[:min(len(data), sniffLen)], 0) >= 0 || wideBOM(data)
}

// reset readies r's buffer for a new file of about size bytes, of which
// the first n are read first. A buffer left huge by one huge file is dropped
// when a small one comes, so that a worker does not hold --max-size bytes
// for the rest of the scan.
func (r *Reader) reset(size, n int) {
	if cap(r.buf) > 1<<20 && size <= 64<<10 {
		r.buf = nil
	}
	r.grow(0, n)
}

// grow makes r's buffer hold at least n bytes, keeping the first kept bytes
// (those already read of a file that grew while it was read).
func (r *Reader) grow(kept, n int) {
	if cap(r.buf) < n {
		buf := make([]byte, max(n, 2*cap(r.buf)))
		copy(buf, r.buf[:kept])
		r.buf = buf
	}
	r.buf = r.buf[:cap(r.buf)]
}
