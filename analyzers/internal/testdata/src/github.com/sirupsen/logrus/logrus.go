// Package logrus is a stub of github.com/sirupsen/logrus for scalevet's
// analyzer tests: only the API shape matters.
package logrus

import "io"

// Level type.
type Level uint32

// These are the different logging levels.
const (
	ErrorLevel Level = 2
	InfoLevel  Level = 4
	DebugLevel Level = 5
)

// Fields type, used to pass to WithFields.
type Fields map[string]any

// Logger is the logger.
type Logger struct {
	Out   io.Writer
	Level Level
}

// New creates a new logger.
func New() *Logger { return &Logger{Level: InfoLevel} }

// SetLevel sets the logger level.
func (logger *Logger) SetLevel(level Level) { logger.Level = level }

// WithField allocates a new entry and adds a field to it.
func (logger *Logger) WithField(key string, value any) *Entry {
	return &Entry{Logger: logger, Data: Fields{key: value}}
}

// Info logs a message at level Info.
func (logger *Logger) Info(args ...any) {}

// Entry is the final or intermediate Logrus logging entry.
type Entry struct {
	Logger *Logger
	Data   Fields
}

// Info logs a message at level Info.
func (entry *Entry) Info(args ...any) {}

var std = New()

// StandardLogger returns the standard logger.
func StandardLogger() *Logger { return std }

// SetLevel sets the standard logger level.
func SetLevel(level Level) { std.SetLevel(level) }

// WithField creates an entry from the standard logger and adds a field to it.
func WithField(key string, value any) *Entry { return std.WithField(key, value) }

// Info logs a message at level Info on the standard logger.
func Info(args ...any) {}
