//go:build linux

package main

// Round 7's full disk: mounting a tmpfs is Linux's.

import (
	"strings"
	"syscall"
	"testing"

	"github.com/kioskreader/kiosk/store/synth"
)

// TestHardeningRound7CacheFull: a cache on a full disk (a 64 KiB tmpfs,
// where mounting one is allowed) ends index and search with exit 1 and a
// line that says so; list still lists; once there is room, the index
// finishes and answers in full.
func TestHardeningRound7CacheFull(t *testing.T) {
	cache := t.TempDir()
	if err := syscall.Mount("tmpfs", cache, "tmpfs", 0, "size=64k"); err != nil {
		t.Skipf("no tmpfs to fill here: %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(cache, syscall.MNT_DETACH) })
	dir := t.TempDir()
	if err := synth.Write(dir, 300, 7); err != nil {
		t.Fatal(err)
	}
	o := runOpts{env: []string{"XDG_CACHE_HOME=" + cache}}
	for _, args := range [][]string{{"index"}, {"search", "Mekong"}} {
		r := runKiosk(t, o, append(args, "--dir", dir)...)
		checkTerminalSafe(t, args[0]+" on a full disk", r, false, true)
		if why := whyLines(r.stderr); r.code != 1 || len(why) != 1 || !strings.Contains(why[0], "full") {
			t.Errorf("%s on a full disk: exit %d, stderr %q; want 1 and one line saying so", args[0], r.code, r.stderr)
		}
	}
	if r := runKiosk(t, o, "list", "--dir", dir); r.code != 0 || strings.Count(r.stdout, "\n") != 300 {
		t.Errorf("list on a full disk: exit %d, %d lines: %s", r.code, strings.Count(r.stdout, "\n"), clip(r.stderr))
	}
	if err := syscall.Mount("tmpfs", cache, "tmpfs", syscall.MS_REMOUNT, "size=64m"); err != nil {
		t.Fatal(err)
	}
	full := runKiosk(t, runOpts{}, "search", "--json", "--limit", "0", "--dir", dir, "Mekong")
	after := runKiosk(t, o, "search", "--json", "--limit", "0", "--dir", dir, "Mekong")
	if after.code != 0 || after.stdout != full.stdout {
		t.Errorf("search once there is room: exit %d, %d lines, want %d: %s", after.code,
			strings.Count(after.stdout, "\n"), strings.Count(full.stdout, "\n"), clip(after.stderr))
	}
}
