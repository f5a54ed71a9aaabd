package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/scan"
)

func init() {
	commands["actors"] = command{"the people, organizations and places named", runActors}
}

func runActors(env *Env, args []string) int {
	fs := newFlags(env, "actors", "kiosk actors [--dir DIR] [--json] [ID|FILE]",
		"Prints one article's actors (people, organizations, places), most mentioned first,\n"+
			"or without an argument the folder's actors ranked by the number of articles naming them.")
	dirArg := dirFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON Lines")
	rest, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) > 1 {
		fmt.Fprintln(env.Stderr, "kiosk actors: name at most one article")
		return 2
	}
	arg := ""
	if len(rest) == 1 {
		arg = rest[0]
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	if arg != "" {
		a, ok := findArticle(env, *dirArg, arg)
		if !ok {
			return 2
		}
		printArticleActors(out, a.Actors, *asJSON)
		return 0
	}
	dir, ok := folder(env, *dirArg)
	if !ok {
		return 2
	}
	ranked, err := folderActors(env, dir)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: cannot list %s: %v\n", quote(dir), err)
		return 1
	}
	printRanked(out, ranked, *asJSON)
	return 0
}

// folderActors tallies the actors of every article in dir, from the index
// when it can be used, else by reading every file.
func folderActors(env *Env, dir string) ([]actors.Ranked, error) {
	var tally actors.Tally
	if ix, err := openIndex(env, dir); err == nil {
		defer ix.Close()
		if _, err := refreshIndex(env, ix, quickRefresh, barBigOnTerminal); err == nil {
			if err := ix.EachActors(context.Background(), tally.Add); err == nil {
				return tally.Ranked(), nil
			}
			tally = actors.Tally{}
		}
	}
	err := scan.Scan(context.Background(), dir, scan.Options{},
		func(a article.Article) { tally.Add(a.Actors) },
		func(s scan.Skip) { fmt.Fprintln(env.Stderr, s.String()) })
	return tally.Ranked(), err
}

func printArticleActors(out *bufio.Writer, list []actors.Actor, asJSON bool) {
	enc := json.NewEncoder(out)
	for _, a := range list {
		if asJSON {
			_ = enc.Encode(a)
			continue
		}
		fmt.Fprintf(out, "%4d  %-12s  %s\n", a.Mentions, a.Kind, a.Name)
	}
}

func printRanked(out *bufio.Writer, list []actors.Ranked, asJSON bool) {
	enc := json.NewEncoder(out)
	if !asJSON && len(list) > 0 {
		fmt.Fprintf(out, "%8s  %8s  %-12s  %s\n", "articles", "mentions", "kind", "name")
	}
	for _, r := range list {
		if asJSON {
			_ = enc.Encode(r)
			continue
		}
		fmt.Fprintf(out, "%8d  %8d  %-12s  %s\n", r.Articles, r.Mentions, r.Kind, r.Name)
	}
}
