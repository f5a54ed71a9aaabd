package config

// SetFolders records folders given as flags (--dir, repeated).
func (c *Config) SetFolders(dirs []string) {
	if len(dirs) > 0 {
		c.Folders.set(dirs, FromFlag, "--dir")
	}
}

// SetStyle records --style.
func (c *Config) SetStyle(s string) {
	if s != "" {
		c.Style.set(s, FromFlag, "--style")
	}
}

// SetTextWidth records --width.
func (c *Config) SetTextWidth(n int) {
	if n > 0 {
		c.TextWidth.set(n, FromFlag, "--width")
	}
}

// SetMouse records --mouse / --no-mouse.
func (c *Config) SetMouse(on bool) { c.Mouse.set(on, FromFlag, "--mouse") }

// OpenerFor is the opener whose pattern matches url, or nil.
func (c *Config) OpenerFor(url string) *Opener {
	for i, o := range c.Openers.Value {
		if matchURL(o.Match, url) {
			return &c.Openers.Value[i]
		}
	}
	return nil
}
