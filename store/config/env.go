package config

// applyEnv lets the environment override the file. kiosk's own variables
// ($KIOSK_DIR, $KIOSK_BROWSER) win over the file, as the precedence says.
// The variables every program reads ($BROWSER, $PAGER, $VISUAL, $EDITOR,
// $GLAMOUR_STYLE) are set once for all programs, so a choice written in
// kiosk's own file is the more specific one: they count only where the file
// is silent.
func (c *Config) applyEnv(getenv func(string) string) {
	if d := getenv("KIOSK_DIR"); d != "" {
		c.Folders.set([]string{d}, FromEnv, "$KIOSK_DIR")
	}
	if b := getenv("KIOSK_BROWSER"); b != "" {
		c.Browser.set(b, FromEnv, "$KIOSK_BROWSER")
	} else if b := getenv("BROWSER"); b != "" && c.Browser.Origin == FromDefault {
		c.Browser.set(b, FromEnv, "$BROWSER")
	}
	if s := getenv("GLAMOUR_STYLE"); s != "" && c.Style.Origin == FromDefault {
		if c.checkStyle(s) == nil {
			c.Style.set(c.expand(s), FromEnv, "$GLAMOUR_STYLE")
		} else {
			c.Problems = append(c.Problems, "$GLAMOUR_STYLE: unknown style "+s+"; using "+c.Style.Value)
		}
	}
	if p := getenv("PAGER"); p != "" && c.Pager.Origin == FromDefault {
		c.Pager.set(p, FromEnv, "$PAGER")
	}
	for _, name := range []string{"VISUAL", "EDITOR"} {
		if e := getenv(name); e != "" && c.Editor.Origin == FromDefault {
			c.Editor.set(e, FromEnv, "$"+name)
		}
	}
}
