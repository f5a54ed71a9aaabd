//go:build unix

package index

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"
)

// FuzzListFile: whatever bytes stand where the list file should be (a
// damaged, cut, grown or foreign file of any content), kiosk list answers
// the index's whole list, each line valid JSON, exactly as with a good file:
// the cache is derived and never trusted (issue 11 item 7).
func FuzzListFile(f *testing.F) {
	dir := generate(f, 12)
	ix, err := Open(dir, f.TempDir())
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { ix.Close() })
	ctx := context.Background()
	if _, err := ix.Refresh(ctx, false, nil); err != nil {
		f.Fatal(err)
	}
	var want bytes.Buffer
	if err := ix.WriteList(ctx, &want, nil); err != nil {
		f.Fatal(err)
	}
	name := ix.DBFile() + listSuffix
	good, err := os.ReadFile(name)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good, 0, false)
	f.Add([]byte{0x1b}, 40, false)
	f.Add([]byte("\x00\x00\x00\x00"), 0, true)
	f.Add(good[:len(good)/2], 0, true)
	f.Fuzz(func(t *testing.T, patch []byte, at int, whole bool) {
		bad := bytes.Clone(good)
		switch {
		case whole: // the file is these bytes
			bad = patch
		case len(bad) > 0: // these bytes written over the good file at some offset
			at = ((at % len(bad)) + len(bad)) % len(bad)
			bad = append(bad[:at], append(bytes.Clone(patch), bad[min(len(bad), at+len(patch)):]...)...)
		}
		if err := os.WriteFile(name, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := ix.WriteList(ctx, &got, nil); err != nil {
			t.Fatalf("WriteList over a damaged list file: %v", err)
		}
		if got.String() != want.String() {
			t.Fatalf("list over a damaged list file differs:\n%s", firstDiff(got.String(), want.String()))
		}
		for _, line := range bytes.Split(bytes.TrimSuffix(got.Bytes(), []byte("\n")), []byte("\n")) {
			if !json.Valid(line) {
				t.Fatalf("invalid JSON line %q", line)
			}
		}
	})
}
