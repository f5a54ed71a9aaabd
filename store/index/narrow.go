package index

import (
	"context"
	"strings"
)

// A prefix that starts more than maxExpand words ("con", "pre" in real
// text) is left to FTS5, which merges the doclists of all its words before
// it returns a row: a cost that grows with the folder, too much for a
// keystroke. A first page (Preview) looks such a prefix up as at most
// maxExpand of its words instead: those with top lists first (the words in
// a tenth of the articles or more, which fill a page), then the first in
// order. That page is only part of the answer, and says so: in folder
// order, not ranked, with more to come (the whole search, which the screen
// asks for after enter or at the end of the page, reads the prefix whole).
// An excluded prefix is never narrowed: excluding fewer words would show
// articles that the query excludes.

// narrow replaces every prefix clause of q's groups that starts more than
// maxExpand words by maxExpand of them; narrowed says whether any was.
func (ix *Index) narrow(ctx context.Context, q Query) (out Query, narrowed bool, err error) {
	out = q
	out.groups = make([][]clause, len(q.groups))
	for i, g := range q.groups {
		out.groups[i] = append([]clause(nil), g...)
		for k, c := range g {
			if !c.prefix || c.ends != nil || len(c.words) == 0 {
				continue
			}
			p := c.words[len(c.words)-1]
			ends, all, err := firstWordsStarting(ctx, ix.db, p, maxExpand)
			if err != nil {
				return q, false, err
			}
			if all {
				// Every word, found once here for expand, which keeps
				// them or not as each mode needs (none: left to FTS5).
				if len(ends) > 0 {
					out.groups[i][k].ends = ends
				}
				continue
			}
			if out.groups[i][k].ends, err = ix.commonStarting(ctx, p, ends); err != nil {
				return q, false, err
			}
			narrowed = true
		}
	}
	return out, narrowed, nil
}

// commonStarting is as many words of the index that start with p as
// first holds (the first ones in order): those with top lists, then the
// first others.
func (ix *Index) commonStarting(ctx context.Context, p string, first []string) ([]string, error) {
	rows, err := ix.db.QueryContext(ctx, "SELECT term FROM topterms WHERE term >= ? ORDER BY term LIMIT ?", p, len(first))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	seen := map[string]bool{}
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		if !strings.HasPrefix(t, p) {
			break
		}
		out = append(out, t)
		seen[t] = true
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, w := range first {
		if len(out) == len(first) {
			break
		}
		if !seen[w] {
			out = append(out, w)
		}
	}
	return out, nil
}
