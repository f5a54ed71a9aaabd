package config

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Print writes the effective settings as TOML, each with where it came
// from, so the output is itself a config file one can start from.
func (c *Config) Print(w io.Writer) {
	line := func(name, value string, origin Origin, where string) {
		from := string(origin)
		if where != "" {
			from += " " + where
		}
		fmt.Fprintf(w, "%-12s = %-32s # %s\n", name, value, from)
	}
	line("folders", list(c.Folders.Value), c.Folders.Origin, c.Folders.Where)
	line("style", strconv.Quote(c.Style.Value), c.Style.Origin, c.Style.Where)
	line("text_width", strconv.Itoa(c.TextWidth.Value), c.TextWidth.Origin, c.TextWidth.Where)
	line("list_width", strconv.Itoa(c.ListWidth.Value), c.ListWidth.Origin, c.ListWidth.Where)
	line("mouse", strconv.FormatBool(c.Mouse.Value), c.Mouse.Origin, c.Mouse.Where)
	line("date_format", strconv.Quote(c.DateFormat.Value), c.DateFormat.Origin, c.DateFormat.Where)
	line("browser", strconv.Quote(c.Browser.Value), c.Browser.Origin, c.Browser.Where)
	line("pager", strconv.Quote(c.Pager.Value), c.Pager.Origin, c.Pager.Where)
	line("editor", strconv.Quote(c.Editor.Value), c.Editor.Origin, c.Editor.Where)
	for _, o := range c.Openers.Value {
		fmt.Fprintf(w, "\n[[opener]] # %s %s\nmatch = %q\ncommand = %q\nterminal = %v\n", c.Openers.Origin, c.Openers.Where, o.Match, o.Command, o.Terminal)
	}
	if len(c.Keys.Value) > 0 {
		fmt.Fprintf(w, "\n[keys] # %s %s\n", c.Keys.Origin, c.Keys.Where)
		actions := make([]string, 0, len(c.Keys.Value))
		for a := range c.Keys.Value {
			actions = append(actions, a)
		}
		sort.Strings(actions)
		for _, a := range actions {
			fmt.Fprintf(w, "%s = %s\n", a, list(c.Keys.Value[a]))
		}
	}
	if c.File == "" {
		fmt.Fprintln(w, "\n# no config file; 'kiosk config --default' prints one to start from")
	}
}

func list(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// Default is a commented config file with every setting at its default.
const Default = `# kiosk's config file: $XDG_CONFIG_HOME/kiosk/config.toml (default ~/.config/kiosk/).
# Precedence, highest first: flags, kiosk's environment variables ($KIOSK_DIR,
# $KIOSK_BROWSER), this file, the variables every program reads ($BROWSER,
# $PAGER, $EDITOR, $GLAMOUR_STYLE), the defaults below. 'kiosk config' shows
# the effective settings and where each came from.

# The folders kiosk opens when no --dir is given; the first is the default,
# the UI switches between them.
# folders = ["~/news", "~/archive/2025"]

# auto (follow the terminal's background), dark, light, notty, a glamour
# style name (ascii, dracula, pink, tokyo-night) or a glamour JSON style file.
style = "auto"

# Columns to wrap the article at (0: the terminal's, at most 100), and the
# width of the article list in columns (0: kiosk's layout).
text_width = 0
list_width = 0

# Capture the mouse (wheel, clicks). Off, the terminal selects text as usual.
mouse = true

# How dates are shown, as a Go time layout.
date_format = "2006-01-02"

# The browser for links ($BROWSER when empty), its words split without a
# shell; %s is the URL, else the URL is the last word.
browser = ""

# The pager for 'v' and 'kiosk show' ($PAGER when empty, else less), and the
# editor for 'e' ($VISUAL, $EDITOR when empty).
pager = ""
editor = ""

# Openers by URL: the first whose match (a substring, or a glob with *)
# fits the URL opens it. terminal = true for a browser that needs the
# screen (w3m, lynx): kiosk hands it the terminal and comes back after.
# [[opener]]
# match = "*youtube.com/*"
# command = "mpv %s"
#
# [[opener]]
# match = "http"
# command = "w3m %s"
# terminal = true

# Rebind any action: action = "key" or ["key", "other"]. Two actions cannot
# share a key, the default keys of the actions not rebound included (the UI
# then keeps every default and says why). Actions: up, down, page_up,
# page_down, top, bottom, prev, next, open, back, focus, search, next_match,
# prev_match, sort, browser, copy, read, bookmark, bookmarks, unread, help,
# quit, prev_unread, next_unread, zoom, panels, reverse, mark_all_read,
# suspend, pager, editor, copy_text, mouse, folders, people. Keys: a character, ctrl+x, alt+x, up, down, pgup, pgdown, home,
# end, enter, esc, tab, shift+tab, space, backspace, f1…f20.
[keys]
# quit = ["q", "ctrl+c"]
# next = ["]", "l"]
`
