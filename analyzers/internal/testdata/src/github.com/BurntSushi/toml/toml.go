// Package toml is a stub of github.com/BurntSushi/toml for scalevet's analyzer tests: only the API shape matters.
package toml

import "io"

// MetaData allows access to meta information about TOML data that's not
// accessible otherwise.
type MetaData struct{}

// Unmarshal decodes the contents of data in TOML format into a pointer v.
func Unmarshal(data []byte, v any) error { return nil }

// Decode the TOML data in to the pointer v.
func Decode(data string, v any) (MetaData, error) { return MetaData{}, nil }

// DecodeFile reads the contents of a file and decodes it with Decode.
func DecodeFile(path string, v any) (MetaData, error) { return MetaData{}, nil }

// Decoder decodes TOML data.
type Decoder struct{}

// NewDecoder creates a new Decoder.
func NewDecoder(r io.Reader) *Decoder { return &Decoder{} }

// Decode TOML data in to the pointer v.
func (dec *Decoder) Decode(v any) (MetaData, error) { return MetaData{}, nil }
