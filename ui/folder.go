package ui

import (
	"context"
	"io/fs"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/store/scan"
)

// Folder is a Library that reads the folder itself, with no index: it parses
// every file to list it and rereads them to search. It is the fallback when
// the index cannot be used, and fine for a few thousand articles.
type Folder struct {
	dir string

	mu     sync.Mutex
	actors map[string][]string // article ID -> actor keys, filled by List
}

// NewFolder returns a Library over the .txt files under dir.
func NewFolder(dir string) *Folder {
	return &Folder{dir: dir, actors: map[string][]string{}}
}

// chunk is how many files one batch holds: big enough to amortize a
// message, small enough that the first rows show at once.
const chunk = 256

// List parses the files in name order on every core and emits them in that
// order, one chunk at a time.
func (f *Folder) List(ctx context.Context, emit func([]Summary), progress func(done, total int)) error {
	paths, err := f.paths(ctx)
	if err != nil {
		return err
	}
	progress(0, len(paths))
	jobs := make([]chan []Summary, 0, len(paths)/chunk+1)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	// Each chunk's result waits in its own channel, read back in order.
	for start := 0; start < len(paths); start += chunk {
		jobs = append(jobs, make(chan []Summary, 1))
	}
	go func() {
		for i := range jobs {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			go func(i int) {
				defer func() { <-sem }()
				end := min((i+1)*chunk, len(paths))
				jobs[i] <- f.parseAll(paths[i*chunk : end])
			}(i)
		}
	}()
	done := 0
	for _, job := range jobs {
		select {
		case rows := <-job:
			done += len(rows)
			emit(rows)
			progress(done, len(paths))
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// paths lists the .txt files under the folder, sorted by name. WalkDir does
// not follow symbolic links, so a link loop cannot trap it.
func (f *Folder) paths(ctx context.Context) ([]string, error) {
	var paths []string
	err := filepath.WalkDir(f.dir, func(p string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			return nil // a file that vanished or a folder we cannot read
		}
		if d.IsDir() && p != f.dir && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if d.Type().IsRegular() && strings.EqualFold(filepath.Ext(p), ".txt") {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Slice(paths, func(i, j int) bool { return filepath.Base(paths[i]) < filepath.Base(paths[j]) })
	return paths, err
}

func (f *Folder) parseAll(paths []string) []Summary {
	rows := make([]Summary, 0, len(paths))
	keys := make(map[string][]string, len(paths))
	for _, p := range paths {
		a, ok := f.parse(p)
		if !ok {
			continue
		}
		rows = append(rows, summarize(a))
		keys[a.ID] = actorKeys(a.Actors)
	}
	f.mu.Lock()
	for id, k := range keys {
		f.actors[id] = k
	}
	f.mu.Unlock()
	return rows
}

func (f *Folder) parse(path string) (article.Article, bool) {
	data, err := scan.ReadFile(path, 0)
	if err != nil {
		return article.Article{}, false
	}
	return article.Parse(path, data), true
}

func actorKeys(as []actors.Actor) []string {
	keys := make([]string, 0, len(as))
	for _, a := range as {
		keys = append(keys, actorKey(a.Name, a.Kind))
	}
	return keys
}

func actorKey(name string, kind actors.Kind) string {
	return string(kind) + ":" + strings.ToLower(name)
}

// Article rereads one file.
func (f *Folder) Article(ctx context.Context, s Summary) (article.Article, error) {
	data, err := scan.ReadFile(s.Path, 0)
	if err != nil {
		return article.Article{}, err
	}
	return article.Parse(s.Path, data), nil
}

// Search rereads every file and ranks those holding every word of the query
// by how often the words occur, title matches counting triple.
func (f *Folder) Search(ctx context.Context, query string) (Results, error) {
	terms := strings.FieldsFunc(strings.ToLower(query), func(r rune) bool { return r == ' ' || strings.ContainsRune(`"*()^+`, r) }) // (this fallback goes: issue 10.4)
	if len(terms) == 0 {
		return Results{}, nil
	}
	paths, err := f.paths(ctx)
	if err != nil {
		return Results{}, err
	}
	type hit struct {
		id    string
		score int
	}
	var (
		mu   sync.Mutex
		hits []hit
		wg   sync.WaitGroup
	)
	next := make(chan string)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range next {
				data, err := scan.ReadFile(p, 0)
				if err != nil {
					continue
				}
				text := strings.ToLower(sanitize.Bytes(data))
				title, _, _ := strings.Cut(text, "\n")
				score := 0
				for _, t := range terms {
					n := strings.Count(text, t)
					if n == 0 {
						score = 0
						break
					}
					score += n + 2*strings.Count(title, t)
				}
				if score > 0 {
					base := filepath.Base(p)
					mu.Lock()
					hits = append(hits, hit{strings.TrimSuffix(base, filepath.Ext(base)), score})
					mu.Unlock()
				}
			}
		}()
	}
	for _, p := range paths {
		if ctx.Err() != nil {
			break
		}
		next <- p
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Results{}, err
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].score != hits[j].score {
			return hits[i].score > hits[j].score
		}
		return hits[i].id < hits[j].id
	})
	r := Results{Total: len(hits), IDs: make([]string, len(hits))}
	for i, h := range hits {
		r.IDs[i] = h.id
	}
	return r, nil
}

// Actor looks the actor up in what List recorded.
func (f *Folder) Actor(ctx context.Context, name string, kind actors.Kind) (Results, error) {
	want := actorKey(name, kind)
	f.mu.Lock()
	defer f.mu.Unlock()
	var r Results
	for id, keys := range f.actors {
		for _, k := range keys {
			if k == want {
				r.IDs = append(r.IDs, id)
				break
			}
		}
	}
	sort.Strings(r.IDs)
	r.Total = len(r.IDs)
	return r, nil
}
