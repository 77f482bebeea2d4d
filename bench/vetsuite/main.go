// Command vetsuite is the baseline of bench/run.sh: x/tools' standard vet
// suite (the analyzers go vet runs) as a standalone multichecker, built
// like scalevet (go/packages and the x/tools checker), so the benchmark
// compares the analyzers and not two different drivers.
//
//	go build -o vetsuite ./bench/vetsuite && ./vetsuite -test=false std
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/suite/vet"
)

func main() { multichecker.Main(vet.Suite...) }
