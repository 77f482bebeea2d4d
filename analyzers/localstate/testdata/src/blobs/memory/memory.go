// Package memory keeps uploads in a map, for tests.
package memory

import "sync"

type Store struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (s *Store) Put(name string, b []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[name] = b
	return nil
}
