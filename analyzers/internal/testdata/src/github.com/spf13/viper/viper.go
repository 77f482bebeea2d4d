// Package viper is a stub of github.com/spf13/viper for tests.
package viper

type Viper struct{ config map[string]any }

func New() *Viper { return &Viper{config: map[string]any{}} }

func (v *Viper) Set(key string, value any)        { v.config[key] = value }
func (v *Viper) SetDefault(key string, value any) { v.config[key] = value }
func (v *Viper) GetString(key string) string      { return "" }
