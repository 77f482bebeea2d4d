// Package zap is a stub of go.uber.org/zap for scalevet's analyzer
// tests: only the API shape matters.
package zap

// Field is an alias for zapcore.Field.
type Field struct {
	Key    string
	String string
}

// String constructs a field with the given key and value.
func String(key string, val string) Field { return Field{Key: key, String: val} }

// Logger provides fast, leveled, structured logging.
type Logger struct {
	fields []Field
	name   string
}

// NewProduction builds a sensible production Logger.
func NewProduction() (*Logger, error) { return &Logger{}, nil }

// NewNop returns a no-op Logger.
func NewNop() *Logger { return &Logger{} }

// L returns the global Logger.
func L() *Logger { return global }

var global = NewNop()

// ReplaceGlobals replaces the global Logger and SugaredLogger, and returns a function to restore the original values.
func ReplaceGlobals(logger *Logger) func() {
	prev := global
	global = logger
	return func() { global = prev }
}

// Named adds a new path segment to the logger's name.
func (log *Logger) Named(s string) *Logger { log.name = s; return log }

// With creates a child logger and adds structured context to it.
func (log *Logger) With(fields ...Field) *Logger {
	return &Logger{fields: append(log.fields, fields...), name: log.name}
}

// Info logs a message at InfoLevel.
func (log *Logger) Info(msg string, fields ...Field) {}

// Error logs a message at ErrorLevel.
func (log *Logger) Error(msg string, fields ...Field) {}

// Sugar wraps the Logger to provide a more ergonomic, but slightly slower, API.
func (log *Logger) Sugar() *SugaredLogger { return &SugaredLogger{base: log} }

// SugaredLogger wraps the base Logger functionality in a slower, but less verbose, API.
type SugaredLogger struct{ base *Logger }

// Infow logs a message with some additional context.
func (s *SugaredLogger) Infow(msg string, keysAndValues ...any) {}
