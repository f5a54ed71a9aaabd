package index

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"io"
	"sync"

	"github.com/kioskreader/kiosk/store/actors"
)

// packActors stores an article's actors as deflated JSON: a busy article
// names thirty actors, 2 KB of JSON that would make the index larger than
// its text; deflated it is a quarter of that.
func packActors(list []actors.Actor) []byte {
	if list == nil {
		list = []actors.Actor{}
	}
	js, _ := json.Marshal(list)
	var b bytes.Buffer
	w := writers.Get().(*flate.Writer)
	w.Reset(&b)
	w.Write(js)
	w.Close()
	writers.Put(w)
	return b.Bytes()
}

// writers reuses compressors, which hold half a megabyte each.
var writers = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

func unpackActors(blob []byte) ([]actors.Actor, error) {
	js, err := io.ReadAll(flate.NewReader(bytes.NewReader(blob)))
	if err != nil {
		return nil, err
	}
	list := []actors.Actor{}
	if err := json.Unmarshal(js, &list); err != nil {
		return nil, err
	}
	return list, nil
}
