// Package yaml is a stub of gopkg.in/yaml.v3 for scalevet's analyzer tests: only the API shape matters.
package yaml

import "io"

// Unmarshal decodes the first document found within the in byte slice and assigns decoded values into the out value.
func Unmarshal(in []byte, out interface{}) (err error) { return nil }

// Marshal serializes the value provided into a YAML document.
func Marshal(in interface{}) (out []byte, err error) { return nil, nil }

// A Decoder reads and decodes YAML values from an input stream.
type Decoder struct{}

// NewDecoder returns a new decoder that reads from r.
func NewDecoder(r io.Reader) *Decoder { return &Decoder{} }

// Decode reads the next YAML-encoded value from its input and stores it in the value pointed to by v.
func (dec *Decoder) Decode(v interface{}) (err error) { return nil }
