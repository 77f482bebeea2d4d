// Command gozero is a go-zero service laid out as goctl generates it.
package main

import (
	"github.com/zeromicro/go-zero/rest"

	"gozero/internal/handler"
	"gozero/internal/svc"
)

func main() {
	server := rest.MustNewServer(rest.RestConf{Port: 8888})
	defer server.Stop()
	handler.RegisterHandlers(server, svc.NewServiceContext("root:@tcp(127.0.0.1:3306)/app"))
	server.Start()
}
