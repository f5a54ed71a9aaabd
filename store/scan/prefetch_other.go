//go:build !linux

package scan

// Prefetch does nothing where kiosk does not ask the kernel to read ahead
// (see prefetch_linux.go).
func Prefetch(path string) {}
