package main

import (
	"strings"

	"github.com/kioskreader/kiosk/store/config"
	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/ui/render"
)

// look is how kiosk draws, from the style setting: the base its own
// colours follow, and the glamour style of the article's text.
type look struct {
	base    string // render.Dark or render.Light; "": the terminal's background
	glamour string // a glamour style name or a loaded JSON style's path; "": the base's
	noColor bool   // notty: no colours at all
}

// darkStyles are glamour's styles drawn for a dark background: kiosk's own
// colours go with them.
var darkStyles = map[string]bool{"dracula": true, "tokyo-night": true, "pink": true}

// validStyle reports whether a --style value can mean something: a style
// name, or a path to a JSON style (read later, and said if broken).
func validStyle(s string) bool {
	for _, n := range config.Styles {
		if s == n {
			return true
		}
	}
	return strings.HasSuffix(s, ".json")
}

// styleUsage is what --style takes.
const styleUsage = "auto, dark, light, notty, a glamour style (ascii, dracula, pink, tokyo-night) or a glamour JSON file"

// lookOf resolves a style setting (the flag, else the config file, else
// $GLAMOUR_STYLE, else auto). A JSON style that cannot be used is said in
// one line on stderr and returned as problem (for the UI's status line),
// and the default, auto, is used instead.
func lookOf(env *Env, style string) (l look, problem string) {
	switch {
	case style == "" || style == "auto":
		return look{}, ""
	case style == render.Dark || style == render.Light:
		return look{base: style}, ""
	case style == render.NoTTY:
		return look{noColor: true, glamour: render.NoTTY}, ""
	case darkStyles[style]:
		return look{base: render.Dark, glamour: style}, ""
	case render.IsStyle(style):
		return look{glamour: style}, ""
	}
	if err := render.LoadStyle(style); err != nil {
		problem = err.Error() + "; using the default style"
		warn(env, sanitize.Sprintf("kiosk: style %s", problem))
		return look{}, problem
	}
	return look{glamour: style}, ""
}

// styleSetting is the effective style setting with the flag on top.
func styleSetting(env *Env, flag string) string {
	if flag != "" {
		return flag
	}
	if env.Config != nil {
		return env.Config.Style.Value
	}
	return "auto"
}

// glamourStyle is the style glamour renders the text in; "" for auto.
func (l look) glamourStyle() string {
	if l.glamour != "" {
		return l.glamour
	}
	return l.base
}

// uiGlamour is the glamour style the UI gets for the text: notty's would
// show the Markdown marks, so without colours the UI keeps its dark or
// light style and drops the colours (as under NO_COLOR).
func uiGlamour(l look) string {
	if l.noColor {
		return ""
	}
	return l.glamour
}
