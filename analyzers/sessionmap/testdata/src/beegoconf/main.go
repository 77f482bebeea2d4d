// Command beegoconf configures beego's session manager at start-up.
package main

import "github.com/beego/beego/v2/server/web"

func configure(redis string) {
	web.BConfig.WebConfig.Session.SessionOn = true
	if redis == "" {
		web.BConfig.WebConfig.Session.SessionProvider = "file" // want `^sessions stored on the local disk \(beego's "file" session provider\): .*; set SessionProvider to a shared store`
		web.BConfig.WebConfig.Session.SessionProviderConfig = "./tmp"
	} else {
		web.BConfig.WebConfig.Session.SessionProvider = "redis" // not reported: a shared store
		web.BConfig.WebConfig.Session.SessionProviderConfig = redis
	}
}

func memory() {
	web.BConfig.WebConfig.Session.SessionProvider = "memory" // want `^sessions stored in process memory \(beego's "memory" session provider\)`
}

func cookie() {
	web.BConfig.WebConfig.Session.SessionProvider = "cookie" // not reported: the session travels with the client
}

func main() {
	configure("")
	memory()
	cookie()
	web.Run()
}
