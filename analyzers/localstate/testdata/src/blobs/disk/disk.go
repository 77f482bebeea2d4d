// Package disk keeps uploads in a directory of this machine.
package disk

import (
	"os"
	"path/filepath"
)

type Dir struct{ Root string }

func New(root string) *Dir { return &Dir{Root: root} }

func (d *Dir) Put(name string, b []byte) error {
	return os.WriteFile(filepath.Join(d.Root, name), b, 0o644)
}
