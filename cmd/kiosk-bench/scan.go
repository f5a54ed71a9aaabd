//go:build unix

package main

import (
	"fmt"
	"os/exec"

	"github.com/kioskreader/kiosk/store/synth"
)

func init() { groups["scan"] = benchScan }

// benchScan compares listing the whole folder (`kiosk list --json`) with
// counting a word in every file with ripgrep, the speed a person expects of
// a tool that reads every file. Goal: within 1.5× of rg, peak RSS at most
// 400 MiB. The first list of a folder reads and parses every file to build
// the index, and is timed once; later ones answer from the index.
func benchScan(c *benchCtx) error {
	rg, haveRG := lookPath("rg")
	if !haveRG {
		fmt.Fprintln(c.Out, "note: rg (ripgrep) not found, so there is no reference time; apt-get install -y ripgrep")
	}
	first := newTable("articles", "first kiosk list --json", "CPU", "peak RSS", "list file")
	t := newTable("articles", "kiosk list --json", "CPU", "peak RSS", "rg -c "+synth.CommonWord, "CPU", "peak RSS", "kiosk/rg")
	for _, n := range c.Sizes {
		dir, err := c.Folder(n)
		if err != nil {
			return err
		}
		if err := c.firstList(first, n, dir); err != nil {
			return err
		}
		cmds := []func() *exec.Cmd{func() *exec.Cmd { return c.Cmd(c.Kiosk, "list", "--json", "--dir", dir) }}
		if haveRG {
			cmds = append(cmds, func() *exec.Cmd { return c.Cmd(rg, "-c", synth.CommonWord, dir) })
		}
		st, err := c.Measure(cmds...)
		if err != nil {
			return err
		}
		// The table comes at the end; a run over 100,000 articles takes
		// minutes, so say what is done as it is.
		fmt.Fprintf(c.Out, "  %d articles measured\n", n)
		if haveRG {
			ratio := float64(st[0].Wall) / float64(st[1].Wall)
			t.row(fmt.Sprint(n), round(st[0].Wall), round(st[0].CPU), mib(st[0].MaxRSS),
				round(st[1].Wall), round(st[1].CPU), mib(st[1].MaxRSS), fmt.Sprintf("%.2f×", ratio))
		} else {
			t.row(fmt.Sprint(n), round(st[0].Wall), round(st[0].CPU), mib(st[0].MaxRSS), "-", "-", "-", "-")
		}
	}
	first.print(c.Out)
	fmt.Fprintln(c.Out, "one run with no index (it reads every file and builds the index)")
	t.print(c.Out)
	fmt.Fprintf(c.Out, "median of %d runs after a warm-up, warm cache; kiosk/rg is the ratio of wall times\n", c.Reps)
	fmt.Fprintln(c.Out, "goal: kiosk/rg ≤ 1.5×, peak RSS ≤ 400 MiB; on a busy machine compare the CPU columns")
	return nil
}

// firstList times kiosk list --json on a folder it has never indexed.
func (c *benchCtx) firstList(t *table, n int, dir string) error {
	db := c.forgetIndex(dir)
	fmt.Fprintf(c.Out, "listing %d articles with no index ...\n", n)
	cmd := c.Cmd(c.Kiosk, "list", "--json", "--dir", dir)
	wall, rss, err := run(cmd)
	if err != nil {
		return err
	}
	settle()
	t.row(fmt.Sprint(n), round(wall), round(cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime()), mib(rss), mib(fileSize(db+".list")))
	return nil
}
