package scan

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"
)

// TestEncodingSaysWhich (attack round 8): a UTF-32 file was said to be
// UTF-16, and a UTF-16 or UTF-32 file without a byte-order mark "binary";
// each is named by its encoding now, and is still binary for callers.
func TestEncodingSaysWhich(t *testing.T) {
	text := "Zanzibar titre\n\nLe port de Zanzibar a reçu un navire.\n"
	u16 := func(big bool) []byte {
		var b []byte
		for _, u := range utf16.Encode([]rune(text)) {
			if big {
				b = append(b, byte(u>>8), byte(u))
			} else {
				b = append(b, byte(u), byte(u>>8))
			}
		}
		return b
	}
	u32 := func(big bool) []byte {
		var b []byte
		for _, r := range text + "Hà Nội 🇻🇳" {
			if big {
				b = append(b, 0, byte(r>>16), byte(r>>8), byte(r))
			} else {
				b = append(b, byte(r), byte(r>>8), byte(r>>16), 0)
			}
		}
		return b
	}
	const w16, w32, bin = "UTF-16 text (kiosk reads UTF-8 only)", "UTF-32 text (kiosk reads UTF-8 only)", "binary file (NUL byte)"
	dir := t.TempDir()
	for name, c := range map[string]struct {
		data []byte
		want string
	}{
		"32le_bom.txt": {append([]byte{0xff, 0xfe, 0, 0}, u32(false)...), w32},
		"32be_bom.txt": {append([]byte{0, 0, 0xfe, 0xff}, u32(true)...), w32},
		"32le.txt":     {u32(false), w32},
		"32be.txt":     {u32(true), w32},
		"16le_bom.txt": {append([]byte{0xff, 0xfe}, u16(false)...), w16},
		"16le.txt":     {u16(false), w16},
		"16be.txt":     {u16(true), w16},
		"16le_cjk.txt": {append([]byte{0xff, 0xfe}, 0x71, 0x67, 0xac, 0x4e), w16}, // 東京: no NUL byte
		"16be_cjk.txt": {[]byte{0xfe, 0xff, 0x67, 0x71, 0x4e, 0xac}, w16},
		"nuls.txt":     {make([]byte, 4096), bin},
		"elf.txt":      {[]byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00"), bin},
		"one_nul.txt":  {[]byte("Zanzibar\x00 titre\n"), bin},
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, c.data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := ReadFile(path, 0)
		if !errors.Is(err, ErrBinary) {
			t.Errorf("%s: %v, want a binary file", name, err)
		}
		if got := Reason(err, 0); got != c.want {
			t.Errorf("%s: reason %q, want %q", name, got, c.want)
		}
	}
}
