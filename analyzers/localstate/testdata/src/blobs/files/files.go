// Package files declares where uploads go; it implements nothing.
package files

type Store interface {
	Put(name string, b []byte) error
}
