//go:build unix

package main

import (
	"os/exec"
	"syscall"
)

// asUser runs cmd as uid (and the same gid), for checks that root would
// pass by privilege alone (unreadable files, read-only folders).
func asUser(cmd *exec.Cmd, uid int) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(uid)}}
}

func mkfifo(path string) error { return syscall.Mkfifo(path, 0o644) }
