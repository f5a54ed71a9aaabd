//go:build unix

package main

import "fmt"

// The folder group only writes (or completes) the synthetic folders, for
// measuring a size the other groups do not time, such as a cold build
// between 100k and 1M run by hand under a profiler (store/index/SCALING.md).
func init() { groups["folder"] = benchFolder }

func benchFolder(ctx *benchCtx) error {
	for _, n := range ctx.Sizes {
		dir, err := ctx.Folder(n)
		if err != nil {
			return err
		}
		fmt.Fprintf(ctx.Out, "%d articles in %s\n", n, dir)
	}
	return nil
}
