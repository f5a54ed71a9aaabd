package main

import (
	"context"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
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
		warn(env, sanitize.Lit("kiosk actors: name at most one article"))
		return 2
	}
	arg := ""
	if len(rest) == 1 {
		arg = rest[0]
	}
	out := newOutput(env)
	if arg != "" {
		a, ok := findArticle(env, *dirArg, arg)
		if !ok {
			return 2
		}
		printArticleActors(out, a.Actors, *asJSON)
		return out.done(0)
	}
	dir, ok := folder(env, *dirArg)
	if !ok {
		return 2
	}
	ranked, err := folderActors(env, dir)
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk: cannot list %s: %v", quote(dir), err))
		return 1
	}
	printRanked(out, ranked, *asJSON)
	return out.done(0)
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
		func(s scan.Skip) { warn(env, s.String()) })
	return tally.Ranked(), err
}

func printArticleActors(out *output, list []actors.Actor, asJSON bool) {
	for _, a := range list {
		if asJSON {
			out.json(a)
			continue
		}
		out.line(sanitize.Sprintf("%4d  %-12s  %s", a.Mentions, sanitize.SafeLine(string(a.Kind)), sanitize.SafeLine(a.Name)))
	}
}

func printRanked(out *output, list []actors.Ranked, asJSON bool) {
	if !asJSON && len(list) > 0 {
		out.line(sanitize.Sprintf("%8s  %8s  %-12s  %s", sanitize.Lit("articles"), sanitize.Lit("mentions"), sanitize.Lit("kind"), sanitize.Lit("name")))
	}
	for _, r := range list {
		if asJSON {
			out.json(r)
			continue
		}
		out.line(sanitize.Sprintf("%8d  %8d  %-12s  %s", r.Articles, r.Mentions, sanitize.SafeLine(string(r.Kind)), sanitize.SafeLine(r.Name)))
	}
}
