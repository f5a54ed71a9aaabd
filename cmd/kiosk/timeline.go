package main

import (
	"strings"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/store/trend"
	"github.com/kioskreader/kiosk/ui/chart"
)

func init() {
	commands["timeline"] = command{"how many articles name an actor, per day, week or month", runTimeline}
}

const timelineAbout = `Counts the articles naming ACTOR per period, every period from the first to the last
(empty ones too), from the folder's index. ACTOR is a name as 'kiosk actors' ranks it
(case and accents aside; a country by any of its names). Weeks run Monday to Sunday and
are named by their Monday. from_file counts the articles dated only by their file's time;
articles whose date is coarser than the period (a month, for days) are not counted.`

func runTimeline(env *Env, args []string) int {
	fs := newFlags(env, "timeline", "kiosk timeline [--dir DIR] [--by day|week|month] [--kind KIND] [--since DATE] [--until DATE] [--json] ACTOR", timelineAbout)
	dirArg := dirFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON Lines: period, articles, from_file")
	byArg := fs.String("by", "day", "period: day, week or month")
	kindArg := fs.String("kind", "", "only the actor of this `KIND`: person, organization or place")
	since := fs.String("since", "", "only articles dated on or after `DATE`")
	until := fs.String("until", "", "only articles dated on or before `DATE`")
	rest, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if strings.TrimSpace(strings.Join(rest, "")) == "" { // an empty "" too (attack round 8)
		warn(env, sanitize.Lit("kiosk timeline: name an actor"))
		return 2
	}
	name := strings.Join(rest, " ") // kiosk timeline Marco Rubio, unquoted
	period, err := trend.ParsePeriod(*byArg)
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk: --by: %v", err))
		return 2
	}
	kind, ok := kindFlag(env, *kindArg)
	if !ok {
		return 2
	}
	by, ok := parseRange(env, *since, *until)
	if !ok {
		return 2
	}
	dir, ok := folder(env, *dirArg)
	if !ok {
		return 2
	}
	f, err := folderPeople(env, dir, by)
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk: cannot list %s: %v", quote(dir), err))
		return 1
	}
	ranks := f.Lookup(name, kind)
	counter := f.Counter(period, ranks...)
	points := counter.Points()
	if len(points) == 0 && counter.Coarser == 0 {
		warn(env, sanitize.Sprintf("kiosk: no article names %s%s", quote(name), suggest(f.Ranked, name, kind)))
		return 1
	}
	out := newOutput(env)
	printTimeline(out, points, *asJSON, chart.StyleFor(env.Getenv))
	if counter.Coarser > 0 {
		out.flush()
		warn(env, sanitize.Sprintf("kiosk: %d more articles name %s with a date coarser than a %s, not counted", counter.Coarser, quote(name), string(period)))
	}
	return out.done(0)
}

// suggest lists a few ranked actors whose name holds the one typed.
func suggest(ranked []actors.Ranked, name string, kind actors.Kind) string {
	want := strings.ToLower(name)
	var found []string
	for _, r := range ranked {
		if (kind == "" || r.Kind == kind) && strings.Contains(strings.ToLower(r.Name), want) {
			found = append(found, quote(r.Name).String())
			if len(found) == 5 {
				break
			}
		}
	}
	if len(found) == 0 {
		return ""
	}
	return "; try " + strings.Join(found, ", ")
}

func printTimeline(out *output, points []trend.Point, asJSON bool, style chart.Style) {
	if asJSON {
		for _, p := range points {
			out.json(p)
		}
		return
	}
	labels := make([]string, len(points))
	for i, p := range points {
		labels[i] = p.Period
	}
	for _, line := range chart.Bars(labels, trend.Counts(points), 60, style) {
		out.line(sanitize.SafeLine(line)) // periods and counts: kiosk's own digits and blocks
	}
}
