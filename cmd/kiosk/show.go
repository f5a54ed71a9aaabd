package main

import (
	"context"
	"os"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/ui/render"
)

// showBudget bounds glamour on one article; past it, show prints plain text.
const showBudget = 3 * time.Second

// maxReadWidth keeps lines readable on very wide terminals.
const maxReadWidth = 100

func init() {
	commands["show"] = command{"print one article, rendered", runShow}
}

// maxWidth bounds --width: wider than any screen, small enough that a
// typo cannot make glamour lay out a line of a billion cells.
const maxWidth = 1000

func runShow(env *Env, args []string) int {
	fs := newFlags(env, "show", "kiosk show [--dir DIR] [--json | --plain] [--width N] [--style STYLE] [--no-pager] ID|FILE",
		"Prints one article: rendered with glamour (like glow), as plain wrapped text with --plain\n"+
			"(no escape sequence at all), or as one JSON object with --json.")
	dirArg := dirFlag(fs)
	asJSON := fs.Bool("json", false, "print the article as JSON, with paragraphs and captions")
	plain := fs.Bool("plain", false, "print clean wrapped text without any escape sequence")
	width := fs.Int("width", 0, "wrap at this many columns (default: the terminal's, at most 100; 80 off a terminal)")
	style := fs.String("style", "", styleUsage+"\n(default: the config file's, else $GLAMOUR_STYLE, else from the terminal; notty when not a terminal)")
	noPager := fs.Bool("no-pager", false, "print the article even when it is taller than the screen, instead of paging it")
	rest, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) != 1 {
		warn(env, sanitize.Lit("kiosk show: name one article: an id, a file name or a path"))
		return 2
	}
	if *asJSON && *plain {
		warn(env, sanitize.Lit("kiosk show: --json and --plain exclude each other"))
		return 2
	}
	if *style != "" && !validStyle(*style) {
		warn(env, sanitize.Sprintf("kiosk show: --style must be "+styleUsage+", not %s", quote(*style)))
		return 2
	}
	if *width < 0 || *width == 1 || *width > maxWidth {
		warn(env, sanitize.Sprintf("kiosk show: --width must be between %d and %d (0: the terminal's), not %d", minWidth, maxWidth, *width))
		return 2
	}
	a, ok := findArticle(env, *dirArg, rest[0])
	if !ok {
		return 2
	}
	out := newOutput(env)
	if *asJSON {
		out.json(fullJSON(a))
		return out.done(0)
	}
	var text string
	if *plain {
		text = sanitize.Wrap(render.Plain(a, pickWidth(env, *width))).String()
	} else {
		text = showRendered(env, a, pickWidth(env, *width), pickStyle(env, *style))
	}
	if !*noPager && page(env, text) {
		return 0
	}
	out.styled(text)
	return out.done(0)
}

// fullJSON is the article object with its text, which list leaves out.
func fullJSON(a article.Article) any {
	return struct {
		article.Article
		Paragraphs []string `json:"paragraphs"`
		Captions   []string `json:"captions"`
	}{a, a.Paragraphs, a.Captions}
}

// showRendered renders the article through glamour (colour sequences
// around content that was cleaned before it was styled), or as plain text
// when glamour fails or runs past its budget.
func showRendered(env *Env, a article.Article, width int, style string) string {
	ctx, cancel := context.WithTimeout(context.Background(), showBudget)
	defer cancel()
	text, err := render.Glamour(ctx, a, width, style)
	if err != nil {
		warn(env, sanitize.Sprintf("kiosk: rendering %s failed (%v); printing plain text", quote(a.File), err))
		return sanitize.Wrap(render.Plain(a, width)).String()
	}
	return text
}

// stdoutTerminal reports whether env.Stdout is a terminal, and its width.
func stdoutTerminal(env *Env) (bool, int) {
	f, ok := env.Stdout.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return false, 0
	}
	w, _, err := term.GetSize(f.Fd())
	if err != nil {
		return true, 0
	}
	return true, w
}

func pickWidth(env *Env, flagWidth int) int {
	if flagWidth > 0 {
		return max(flagWidth, minWidth)
	}
	if env.Config != nil && env.Config.TextWidth.Value > 0 {
		return max(env.Config.TextWidth.Value, minWidth) // the config file's text_width
	}
	if _, w := stdoutTerminal(env); w > 0 {
		return max(min(w, maxReadWidth), minWidth)
	}
	return 80
}

// minWidth is the narrowest wrap: a wide character (漢, an emoji) takes two
// columns, and at --width 1 the renderers dropped every one of them,
// silently (attack round 8).
const minWidth = 2

// pickStyle follows the flag (into a pipe too: --style dark | less -R),
// then NO_COLOR, then whether stdout is a terminal (or CLICOLOR_FORCE), then
// the config file's style or $GLAMOUR_STYLE, then the terminal's
// background (asked once, before any output). A style that cannot be used
// (a broken JSON file) is said, and the next in line used.
func pickStyle(env *Env, flagStyle string) string {
	if flagStyle != "" {
		if l, _ := lookOf(env, flagStyle); l.glamourStyle() != "" {
			return l.glamourStyle()
		}
	}
	if env.Getenv("NO_COLOR") != "" || env.Getenv("TERM") == "dumb" {
		return render.NoTTY // NO_COLOR wins over the file and CLICOLOR_FORCE
	}
	isTerm, _ := stdoutTerminal(env)
	if !isTerm && !forceColor(env) {
		return render.NoTTY
	}
	if l, _ := lookOf(env, styleSetting(env, "")); l.glamourStyle() != "" {
		return l.glamourStyle()
	}
	if isTerm && term.IsTerminal(os.Stdin.Fd()) && !lipgloss.HasDarkBackground(os.Stdin, os.Stdout) {
		return render.Light
	}
	return render.Dark
}

// forceColor reports CLICOLOR_FORCE: colour even into a pipe, for
// "kiosk show ID | less -R" (any value but "" and "0", as the convention has it).
func forceColor(env *Env) bool {
	v := env.Getenv("CLICOLOR_FORCE")
	return v != "" && v != "0"
}
