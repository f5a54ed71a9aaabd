// Package config reads kiosk's settings: defaults, then the config file
// ($XDG_CONFIG_HOME/kiosk/config.toml), then the environment, then flags,
// each later one winning. Every setting remembers where its value came from,
// so `kiosk config` can say it, and a broken file never stops kiosk: each
// problem is one line naming the file, the line and what is wrong, and the
// setting keeps the value from below.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// Origin says where a setting's value came from.
type Origin string

const (
	FromDefault Origin = "default"
	FromFile    Origin = "file"
	FromEnv     Origin = "environment"
	FromFlag    Origin = "flag"
)

// Setting is one value and where it came from ("file" carries the line).
type Setting[T any] struct {
	Value  T
	Origin Origin
	Where  string // "config.toml:3", "$KIOSK_DIR", "--dir"
}

func (s *Setting[T]) set(v T, o Origin, where string) { s.Value, s.Origin, s.Where = v, o, where }

// Opener opens the URLs that match a pattern with a command of its own;
// Terminal says the command needs the screen (w3m, lynx), so the UI hands it
// the terminal and takes it back after.
type Opener struct {
	Match    string // a substring or a path.Match pattern of the URL ("*.youtube.com/*")
	Command  string // split into words without a shell; %s is the URL, else it is the last word
	Terminal bool
}

// Config is the effective settings.
type Config struct {
	Folders    Setting[[]string]
	Style      Setting[string] // auto, dark, light, notty, a glamour style name or a JSON file
	TextWidth  Setting[int]    // 0: the terminal's
	ListWidth  Setting[int]    // columns for the list, 0: kiosk's layout
	Mouse      Setting[bool]
	DateFormat Setting[string] // a Go time layout
	Browser    Setting[string]
	Pager      Setting[string]
	Editor     Setting[string]
	Openers    Setting[[]Opener]
	Keys       Setting[map[string][]string] // action → keys; only the actions the file rebinds

	File     string   // the config file read, "" when there is none
	Problems []string // one line each: "FILE:LINE: what is wrong"

	home string // $HOME, for ~/ in paths
}

// Defaults is kiosk without a config file.
func Defaults() *Config {
	c := &Config{}
	c.Folders.set(nil, FromDefault, "")
	c.Style.set("auto", FromDefault, "")
	c.Mouse.set(true, FromDefault, "")
	c.DateFormat.set("2006-01-02", FromDefault, "")
	c.Keys.set(map[string][]string{}, FromDefault, "")
	c.TextWidth.set(0, FromDefault, "")
	c.ListWidth.set(0, FromDefault, "")
	c.Browser.set("", FromDefault, "")
	c.Pager.set("", FromDefault, "")
	c.Editor.set("", FromDefault, "")
	c.Openers.set(nil, FromDefault, "")
	return c
}

// Path is where the config file lives: $XDG_CONFIG_HOME/kiosk/config.toml,
// else ~/.config/kiosk/config.toml.
func Path(getenv func(string) string) (string, error) {
	base := getenv("XDG_CONFIG_HOME")
	if base == "" || !filepath.IsAbs(base) {
		home := getenv("HOME")
		if home == "" {
			return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME is set")
		}
		base = filepath.Join(home, ".config")
	}
	return filepath.Join(base, "kiosk", "config.toml"), nil
}

// Load reads the defaults, the file (when it exists) and the environment.
// Flags are applied by the caller with the Set… methods.
func Load(getenv func(string) string) *Config {
	c := Defaults()
	c.home = getenv("HOME")
	if p, err := Path(getenv); err == nil {
		c.readFile(p)
	}
	c.applyEnv(getenv)
	return c
}

// readFile reads one config file. A missing file is no problem; anything
// else wrong is.
func (c *Config) readFile(path string) {
	src, err := readRegular(path)
	if errors.Is(err, os.ErrNotExist) {
		return
	}
	c.File = path
	if err != nil {
		c.problem(0, "cannot read it: %v", unwrap(err))
		return
	}
	var raw map[string]any
	if _, err := toml.Decode(string(src), &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			c.problem(pe.Position.Line, "%s", pe.Message)
		} else {
			c.problem(0, "%v", err)
		}
		return
	}
	c.fromFile(string(src), raw)
}

// readRegular reads a config file, refusing anything but a regular file so
// that a FIFO in its place cannot hang kiosk at start.
func readRegular(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if fi.Size() > 1<<20 {
		return nil, errors.New("larger than 1 MiB")
	}
	return os.ReadFile(path)
}

func unwrap(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// problem records one line about the file.
func (c *Config) problem(line int, format string, args ...any) {
	where := c.File
	if line > 0 {
		where = fmt.Sprintf("%s:%d", c.File, line)
	}
	c.Problems = append(c.Problems, where+": "+fmt.Sprintf(format, args...))
}

// keysOf lists a table's keys in order, so problems come out in a stable order.
func keysOf(m map[string]any) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// lineOf finds the line that sets key (in table, "" for the top level) in
// src: TOML's decoder keeps no positions, and a message without its line is
// half a message.
func lineOf(src, table, key string) int {
	cur := ""
	for i, l := range strings.Split(src, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "[["):
			cur = strings.TrimSpace(strings.Trim(l, "[]"))
			if table == cur && key == "" {
				return i + 1
			}
		case strings.HasPrefix(l, "["):
			cur = strings.TrimSpace(strings.Trim(strings.SplitN(l, "#", 2)[0], "[] \t"))
			if table == cur && key == "" {
				return i + 1
			}
		case cur == table && key != "":
			name, _, ok := strings.Cut(l, "=")
			if ok && strings.Trim(strings.TrimSpace(name), `"'`) == key {
				return i + 1
			}
		}
	}
	return 0
}
