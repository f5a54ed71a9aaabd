package main

import (
	"context"
	"strings"

	"github.com/kioskreader/kiosk/store/index"
	"github.com/kioskreader/kiosk/store/sanitize"
)

func init() {
	commands["search"] = command{"search the folder's articles by keyword", runSearch}
}

const searchAbout = `Searches the folder through its index (built on first use, refreshed at each search),
best matches first. Case and accents do not matter; all words are required.
  "exact phrase"    words in this order
  négoc*            words starting with négoc
  -word             articles without word
  a OR b            either word
  title:word  source:domain  lang:fr  actor:"Marco Rubio"   one field only
Matches are marked «like this» in the snippets.`

// searchHit is one line of --json output.
type searchHit struct {
	ID      string  `json:"id"`
	File    string  `json:"file"`
	Path    string  `json:"path"`
	Title   string  `json:"title"`
	Score   float64 `json:"score"`
	Snippet string  `json:"snippet"`
}

func runSearch(env *Env, args []string) int {
	fs := newFlags(env, "search", "kiosk search [--dir DIR] [--json] [--limit N] QUERY...", searchAbout)
	dirArg := dirFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON Lines: id, file, path, title, score, snippet")
	limit := fs.Int("limit", 50, "show at most N articles (0: all)")
	flagArgs, words := splitSearchArgs(args)
	rest, code := parseFlags(fs, flagArgs)
	if code >= 0 {
		return code
	}
	rest = append(rest, words...)
	if *limit < 0 {
		warn(env, sanitize.Lit("kiosk search: --limit must be 0 or more"))
		return 2
	}
	text := strings.Join(rest, " ")
	err := index.CheckQuery(text) // a mistake is said, not read as words
	q := index.Query{}
	if err == nil {
		q, err = index.ParseQuery(text)
	}
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk search: %v", err))
		return 2
	}
	dir, ok := folder(env, *dirArg)
	if !ok {
		return 2
	}
	ix, err := openIndex(env, dir)
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk: cannot open the search index: %v", err))
		return 1
	}
	keepOpen := false
	defer func() {
		if !keepOpen {
			ix.Close()
		}
	}()
	st, err := refreshIndex(env, ix, quickRefresh, barBig)
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk search: cannot refresh the index: %v", err))
		return 1
	}
	// Closing frees every page SQLite read, one madvise at a time: a fifth
	// of a rare word's CPU at 1M. When the process ends next and the
	// refresh wrote nothing, the exit frees them at once; SQLite's -wal and
	// -shm files stay for the next kiosk, as after any reader that exits.
	keepOpen = env.Exits && st == (index.Stats{})
	if err := ix.ReadOnce(); err != nil {
		warn(env, sanitize.Sprintf("kiosk search: %v", err))
		return 1
	}
	ctx := context.Background()
	hits, err := ix.Search(ctx, q, index.Ranked, *limit)
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk search: %v", err))
		return 1
	}
	out := newOutput(env)
	snippets := ix.Snippets(hits, q)
	for i, h := range hits {
		snip := snippets[i].String()
		if *asJSON {
			// File names come from the disk as they are: JSON escapes C0 but not C1 or bidi runes.
			out.json(searchHit{sanitize.Line(h.ID), sanitize.Line(h.File), sanitize.Line(h.Path), h.Title, h.Score, snip})
			continue
		}
		out.line(sanitize.Sprintf("%s  %s", h.SafePath(), h.SafeTitle()))
		if snip != "" {
			out.line(sanitize.Sprintf("    %s", sanitize.SafeLine(snip)))
		}
	}
	if len(hits) == 0 {
		// Like grep and rg: a script can test the status. JSON output stays
		// empty, a person reads why.
		if !*asJSON {
			out.flush()
			warn(env, sanitize.Lit("kiosk search: no article matches"))
		}
		return out.done(1)
	}
	return out.done(0)
}

// splitSearchArgs sets the query's words apart from the flags, so that an
// excluded word ("-russie") is not taken for an unknown flag. Only the
// flags of search (and -h) are flags; after "--" everything is the query.
func splitSearchArgs(args []string) (flags, words []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return flags, append(words, args[i+1:]...)
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || a == "-" {
			words = append(words, a)
			continue
		}
		switch name {
		case "dir", "limit":
			flags = append(flags, a)
			if !hasValue && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		case "json", "h", "help":
			flags = append(flags, a)
		default:
			words = append(words, a)
		}
	}
	return flags, words
}
