package scan

import "bytes"

// ErrUTF32 is ErrUTF16's twin for UTF-32: it was reported as UTF-16 text,
// since its byte-order mark starts with UTF-16's (attack round 8).
var ErrUTF32 error = encodingError("UTF-32")

// encodingError is a binary file that is text in an encoding kiosk does
// not read; it is ErrBinary too, for callers that only tell text from binary.
type encodingError string

func (e encodingError) Error() string      { return string(e) + " text (kiosk reads UTF-8 only)" }
func (encodingError) Is(target error) bool { return target == ErrBinary }

// wideBOM tells a UTF-16 byte-order mark (UTF-32's begin with one, or
// with NULs): a file of Chinese in UTF-16 has no NUL byte, and was read as
// UTF-8, a screen of mojibake (attack round 8). No UTF-8 text starts so.
func wideBOM(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff})
}

// binaryKind is the error for data that holds a NUL byte or a wideBOM: the encoding it
// is written in when its byte-order mark or the place of its NULs says so
// (UTF-32 first: its little-endian mark begins with UTF-16's), else
// ErrBinary.
func binaryKind(data []byte) error {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe, 0, 0}) || bytes.HasPrefix(data, []byte{0, 0, 0xfe, 0xff}):
		return ErrUTF32
	case wideBOM(data):
		return ErrUTF16
	case wide(data[:min(len(data), sniffLen)], 4):
		return ErrUTF32
	case wide(data[:min(len(data), sniffLen)], 2):
		return ErrUTF16
	}
	return ErrBinary
}

// wide tells text of units of n bytes without a byte-order mark, in
// either byte order. UTF-32: every unit a code point (its high byte 0, the
// next at most 0x10), none 0. UTF-16: three units in four with one byte
// not NUL and the other NUL, as a Latin-script text is. A binary file's
// NULs fall anywhere; a file of NULs alone is binary.
func wide(b []byte, n int) bool {
	if len(b) < 2*n {
		return false
	}
	b = b[:len(b)/n*n]
	units := len(b) / n
	for _, little := range []bool{true, false} {
		good := 0
		for i := 0; i < len(b); i += n {
			if unitOK(b[i:i+n], little) {
				good++
			}
		}
		if n == 4 && good == units || n == 2 && 4*good >= 3*units {
			return true
		}
	}
	return false
}

// unitOK tells a UTF-32 unit that is a code point other than NUL, or a
// UTF-16 unit of one Latin-1 character other than NUL.
func unitOK(u []byte, little bool) bool {
	var le [4]byte
	for k := range u {
		if little {
			le[k] = u[k]
		} else {
			le[k] = u[len(u)-1-k]
		}
	}
	if len(u) == 4 {
		return le[3] == 0 && le[2] <= 0x10 && le != [4]byte{}
	}
	return le[0] != 0 && le[1] == 0
}
