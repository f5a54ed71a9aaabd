package index

// SetPhaseTrace has f hear the end of each step of a rebuild, by name:
// "walked" (the folder listed), "written" (every file parsed and
// written), "optimized" (FTS5's segments merged), "committed" (the WAL
// checkpointed into the file) and "reclaimed". It is for measuring a
// cold build (KIOSK_PHASETRACE in cmd/kiosk; store/index/SCALING.md):
// where its one-core end begins and how long each part of it takes.
// Set it before the rebuild, not during one.
func (ix *Index) SetPhaseTrace(f func(step string)) { ix.phaseTrace = f }

func (ix *Index) phase(step string) {
	if ix.phaseTrace != nil {
		ix.phaseTrace(step)
	}
}
