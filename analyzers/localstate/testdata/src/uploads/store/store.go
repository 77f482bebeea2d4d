// Package store keeps files on the local disk, behind the interface
// that handlers use.
package store

import (
	"os"
	"path/filepath"
)

type Files interface {
	Put(name string, b []byte) error
}

type Disk struct{ Dir string }

func (d *Disk) Put(name string, b []byte) error {
	return os.WriteFile(filepath.Join(d.Dir, name), b, 0o644)
}

// Cleanup removes what the request made. Not a write.
func (d *Disk) Cleanup(name string) error {
	return os.Remove(filepath.Join(d.Dir, name))
}
