package index

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/json"
	"io"
	"sync"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
)

// An article's tail is its JSON object, as kiosk list --json prints it,
// after the "path" member: title, lang, source, comments, actors, words.
// The index keeps it so that a list needs neither the file nor an encoder;
// the members before it (id, file, path) depend on how the folder was
// named, and are written at list time.
var tailStart = []byte(`{"id":"","file":"","path":"",`)

// packTail encodes and deflates a's tail: a busy article names thirty
// actors, 2 KB of JSON that would make the index larger than its text;
// deflated it is a quarter of that. It returns the tail before it was
// deflated too: a rebuild's list file takes it as it is, not inflated
// again (1.5 s of a 100k build's CPU).
func packTail(a article.Article) (raw, packed []byte) {
	a.ID, a.File, a.Path = "", "", ""
	a.Paragraphs, a.Captions, a.Blocks = nil, nil, nil
	js, _ := json.Marshal(a)
	raw = bytes.TrimPrefix(js, tailStart)
	var b bytes.Buffer
	w := writers.Get().(*flate.Writer)
	w.Reset(&b)
	w.Write(raw)
	w.Close()
	writers.Put(w)
	return raw, b.Bytes()
}

// writers reuses compressors, which hold half a megabyte each.
var writers = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// unpackTail inflates a tail, appending it to buf.
func unpackTail(buf, blob []byte) ([]byte, error) {
	r := readers.Get().(io.ReadCloser)
	defer readers.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader(blob), nil); err != nil {
		return buf, err
	}
	b := bytes.NewBuffer(buf)
	_, err := b.ReadFrom(r)
	return b.Bytes(), err
}

var readers = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}

// unpackActors reads the actors out of a deflated tail; none is an empty
// list, not nil.
func unpackActors(blob []byte) ([]actors.Actor, error) {
	tail, err := unpackTail(nil, blob)
	if err != nil {
		return nil, err
	}
	list, err := tailActors(tail)
	if list == nil && err == nil {
		list = []actors.Actor{}
	}
	return list, err
}

// tailActors reads the actors out of an inflated tail.
func tailActors(tail []byte) ([]actors.Actor, error) {
	var a struct {
		Actors []actors.Actor `json:"actors"`
	}
	js := append([]byte{'{'}, tail...)
	if err := json.Unmarshal(js, &a); err != nil {
		return nil, err
	}
	return a.Actors, nil
}

// EachActors calls f with the actors of every article, in path order, as
// the index read them: what a folder-wide tally needs, without the files.
func (ix *Index) EachActors(ctx context.Context, f func([]actors.Actor)) error {
	return ix.eachTail(ctx, func(_ int64, _ string, tail []byte) error {
		list, err := tailActors(tail)
		if err != nil {
			return err
		}
		f(list)
		return nil
	})
}
