//go:build unix

package main

import (
	"context"
	"fmt"
	"math"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kioskreader/kiosk/store/index"
	"github.com/kioskreader/kiosk/store/synth"
)

func init() { groups["topk"] = benchTopK }

// topK is how many ranked answers the check compares: the top 50 that
// `kiosk search` prints.
const topK = 50

// benchTopK times ranked search for the word in 90% of articles (and the
// other submitted queries) through the top lists and through a full BM25
// that scores every match, in process on the warm index, beside
// `kiosk search` and `rg -l -w` for the same word; and checks that both
// answer the same top 50.
//
// Goal at 1M (issue 16): the common word's p99 ≤ 300 ms, top 50 equal.
func benchTopK(c *benchCtx) error {
	rg, haveRG := lookPath("rg")
	lat := newTable("articles", "query", "path", "runs", "p50", "p99", "max")
	cli := newTable("articles", "word", "kiosk search", "rg -l -w", "rg/kiosk")
	top := newTable("articles", "query", "matches", "top 50 vs full BM25")
	for _, n := range c.Sizes {
		dir, err := c.Folder(n)
		if err != nil {
			return err
		}
		ix, err := index.Open(dir, filepath.Join(c.cacheDir(), "kiosk"))
		if err != nil {
			return err
		}
		err = c.topLatency(lat, top, n, ix)
		ix.Close()
		if err != nil {
			return err
		}
		w := synth.CommonWord
		cmds := []func() *exec.Cmd{func() *exec.Cmd { return c.Cmd(c.Kiosk, "search", "--dir", dir, w) }}
		if haveRG {
			cmds = append(cmds, func() *exec.Cmd { return c.Cmd(rg, "-l", "-w", w, dir) })
		}
		st, err := c.Measure(cmds...)
		if err != nil {
			return err
		}
		if haveRG {
			cli.row(fmt.Sprint(n), w, round(st[0].Wall), round(st[1].Wall), fmt.Sprintf("%.1f×", float64(st[1].Wall)/float64(st[0].Wall)))
		} else {
			cli.row(fmt.Sprint(n), w, round(st[0].Wall), "-", "-")
		}
	}
	lat.print(c.Out)
	fmt.Fprintln(c.Out, "in process, index open and warm, top 50: lists = the top lists where they can answer exactly (else a full BM25),\nfull = bm25() over every match (split over the cores); goal at 1M: p99 ≤ 300 ms for the common word")
	fmt.Fprintln(c.Out)
	cli.print(c.Out)
	fmt.Fprintf(c.Out, "median of %d runs after a warm-up; kiosk prints the top 50 with snippets, rg the names of every match\n\n", c.Reps)
	top.print(c.Out)
	fmt.Fprintln(c.Out, "the ranked answer as searched (limit 50) against a full BM25 over every match (limit 0):\nsame articles, order and scores; goal: equal")
	return nil
}

// topLatency times each submitted query both ways.
func (c *benchCtx) topLatency(t, top *table, n int, ix *index.Index) error {
	ctx := context.Background()
	if _, err := ix.Refresh(ctx, false, nil); err != nil {
		return err
	}
	queries := []string{synth.CommonWord, `"` + synth.CommonWord + `"`, synth.CommonWord + " -" + synth.RareWords[5],
		synth.CommonWord + " " + synth.RareWords[4], synth.RareWords[0]}
	for _, s := range queries {
		for _, full := range []bool{false, true} {
			ix.NoTopLists = full
			reps := commonReps
			if full || s != synth.CommonWord {
				reps = 10
			}
			d, err := timeQueries(ctx, ix, []string{s}, index.ParseQuery, index.Ranked, topK, reps)
			if err != nil {
				return err
			}
			path := "lists"
			if full {
				path = "full"
			}
			t.row(fmt.Sprint(n), s, path, fmt.Sprint(len(d)), ms(pct(d, 50)), ms(pct(d, 99)), ms(slices.Max(d)))
		}
	}
	ix.NoTopLists = false
	return checkTop(ctx, top, n, ix, append(queries, "title:"+strings.ToLower(synth.CommonWord)))
}

// sameTop checks that the fast ranked path (a limit of topK, which may split
// the work or read only the best postings) answers exactly what a full BM25
// over every match does (limit 0: one query that scores them all): the same
// articles in the same order, with the same scores. It returns how many of
// the top positions differ, and the number of matches.
func sameTop(ctx context.Context, ix *index.Index, query string) (differ, matches int, err error) {
	q, err := index.ParseQuery(query)
	if err != nil {
		return 0, 0, err
	}
	fast, err := ix.Search(ctx, q, index.Ranked, topK)
	if err != nil {
		return 0, 0, err
	}
	full, err := ix.Search(ctx, q, index.Ranked, 0)
	if err != nil {
		return 0, 0, err
	}
	want := full[:min(topK, len(full))]
	differ = max(len(want), len(fast)) - min(len(want), len(fast))
	for i := range min(len(want), len(fast)) {
		if fast[i].Path != want[i].Path || !nearEqual(fast[i].Score, want[i].Score) {
			differ++
		}
	}
	return differ, len(full), nil
}

// nearEqual compares two BM25 scores summed in different orders.
func nearEqual(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// checkTop adds a row per query to t: whether the fast top equals the full one.
func checkTop(ctx context.Context, t *table, n int, ix *index.Index, queries []string) error {
	for _, s := range queries {
		differ, matches, err := sameTop(ctx, ix, s)
		if err != nil {
			return fmt.Errorf("%q: %w", s, err)
		}
		verdict := "equal"
		if differ > 0 {
			verdict = fmt.Sprintf("%d of %d differ", differ, topK)
		}
		t.row(fmt.Sprint(n), s, fmt.Sprint(matches), verdict)
	}
	return nil
}
