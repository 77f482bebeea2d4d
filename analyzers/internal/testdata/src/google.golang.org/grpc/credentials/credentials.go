// Package credentials is a stub of google.golang.org/grpc/credentials for scalevet's analyzer tests: only the API shape matters.
package credentials

import (
	"context"
	"crypto/tls"
	"net"
)

// AuthInfo defines the common interface for the auth information the users are interested in.
type AuthInfo interface {
	AuthType() string
}

// ProtocolInfo provides static information regarding transport credentials.
type ProtocolInfo struct {
	ProtocolVersion  string
	SecurityProtocol string
	SecurityVersion  string
	ServerName       string
}

// TransportCredentials defines the common interface for all the live gRPC wire protocols and supported transport security protocols.
type TransportCredentials interface {
	ClientHandshake(context.Context, string, net.Conn) (net.Conn, AuthInfo, error)
	ServerHandshake(net.Conn) (net.Conn, AuthInfo, error)
	Info() ProtocolInfo
	Clone() TransportCredentials
	OverrideServerName(string) error
}

// PerRPCCredentials defines the common interface for the credentials which need to attach security information to every RPC.
type PerRPCCredentials interface {
	GetRequestMetadata(ctx context.Context, uri ...string) (map[string]string, error)
	RequireTransportSecurity() bool
}

// NewTLS uses c to construct a TransportCredentials based on TLS.
func NewTLS(c *tls.Config) TransportCredentials { return nil }

// NewServerTLSFromFile constructs TLS credentials from the input certificate file and key file for server.
func NewServerTLSFromFile(certFile, keyFile string) (TransportCredentials, error) { return nil, nil }
