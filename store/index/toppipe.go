package index

import "context"

// In a cold build the writer is the one thread every article goes
// through, and the top lists' per-article work (cutting the article's
// words again, counting them, putting it in the levels of the listed
// words) was a quarter of it. That work touches only memory, so it runs
// beside the writer, on the other core: the writer hands each chunk's
// articles, in order, to one goroutine that does exactly what writeRow
// did (countDoc, add), and the prunes the writer asked for between
// chunks, in the same order. The writer waits for it (drain) before
// anything that reads or writes the lists or the word counts in SQL:
// choosing words, flushing the lists, removing an article, committing.
// So the lists go through the same changes in the same order as when
// writeRow made them itself, and come out the same (TestTopPipeSameLists,
// against plainBuild, the reference).

// plainBuild makes builds as before the pipe and the first build's cold
// settings (cold.go): writeRow does the lists' work itself, and a first
// build merges as any refresh does. The reference both are checked
// against.
var plainBuild = false

// topItem is one article for the lists: its row id and its fts columns
// as FTS5 was given them.
type topItem struct {
	id   int64
	cols []string
}

// topBatch is a chunk's articles (rows, whose parse budget the pipe gives
// back once done), or a prune.
type topBatch struct {
	st    *topState
	items []topItem
	rows  []row
	prune bool
}

type topPipe struct {
	in   chan topBatch
	done chan error // the answer to each drain
	err  error      // the first error, once seen by the writer
}

func newTopPipe(ix *Index, ctx context.Context) *topPipe {
	p := &topPipe{in: make(chan topBatch, 2), done: make(chan error)}
	go p.run(ix, ctx)
	return p
}

// run does each batch in order; a nil st asks for the error so far
// (drain), after which run goes on.
func (p *topPipe) run(ix *Index, ctx context.Context) {
	var err error
	for b := range p.in {
		switch {
		case b.st == nil:
			p.done <- err
			continue
		case err != nil:
		case b.prune:
			err = b.st.prune(ctx, nil) // in a cold build a prune writes nothing
		default:
			for _, it := range b.items {
				if err = b.st.add(ctx, nil, b.st.countDoc(it.id, it.cols, &ix.topSeen)); err != nil {
					break
				}
			}
		}
		release(b.rows) // budget.go
	}
	close(p.done)
}

// drain waits until every batch sent is done.
func (p *topPipe) drain() error {
	if p == nil {
		return nil
	}
	p.in <- topBatch{}
	if err := <-p.done; err != nil && p.err == nil {
		p.err = err
	}
	return p.err
}

// close drains the pipe and ends its goroutine.
func (p *topPipe) close() error {
	if p == nil {
		return nil
	}
	err := p.drain()
	close(p.in)
	<-p.done
	return err
}
