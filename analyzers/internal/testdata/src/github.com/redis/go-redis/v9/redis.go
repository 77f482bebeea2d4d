// Package redis is a stub of github.com/redis/go-redis/v9 for scalevet's analyzer tests: only the API shape matters.
package redis

import (
	"context"
	"crypto/tls"
	"net"
	"time"

	"github.com/redis/go-redis/v9/internal/proto"
)

// Nil reply returned by Redis when key does not exist. It is a CONSTANT of
// the internal type proto.RedisError, compared with == or errors.Is.
const Nil = proto.Nil

// Options keeps the settings to set up redis connection.
type Options struct {
	Network         string
	Addr            string
	ClientName      string
	Dialer          func(ctx context.Context, network, addr string) (net.Conn, error)
	Protocol        int
	Username        string
	Password        string
	DB              int
	MaxRetries      int
	DialTimeout     time.Duration
	ReadTimeout     time.Duration
	WriteTimeout    time.Duration
	PoolSize        int
	MinIdleConns    int
	MaxIdleConns    int
	ConnMaxIdleTime time.Duration
	ConnMaxLifetime time.Duration
	TLSConfig       *tls.Config
}

// ParseURL parses a URL into Options that can be used to connect to Redis.
func ParseURL(redisURL string) (*Options, error) { return &Options{}, nil }

// Cmder is the interface of all commands (the real one also has unexported methods).
type Cmder interface {
	Name() string
	FullName() string
	Args() []interface{}
	String() string
	SetErr(error)
	Err() error
}

type baseCmd struct {
	ctx  context.Context
	args []interface{}
	err  error
}

func (cmd *baseCmd) Name() string        { return "" }
func (cmd *baseCmd) FullName() string    { return "" }
func (cmd *baseCmd) Args() []interface{} { return cmd.args }
func (cmd *baseCmd) SetErr(e error)      { cmd.err = e }
func (cmd *baseCmd) Err() error          { return cmd.err }

// Cmd is the result of Do and Eval.
type Cmd struct {
	baseCmd
	val interface{}
}

func (cmd *Cmd) Val() interface{}             { return cmd.val }
func (cmd *Cmd) Result() (interface{}, error) { return cmd.val, cmd.err }
func (cmd *Cmd) Text() (string, error)        { return "", cmd.err }
func (cmd *Cmd) Int64() (int64, error)        { return 0, cmd.err }
func (cmd *Cmd) String() string               { return "" }

// StringCmd is the result of Get, HGet...; Result returns Nil when the key does not exist.
type StringCmd struct {
	baseCmd
	val string
}

func (cmd *StringCmd) Val() string                { return cmd.val }
func (cmd *StringCmd) Result() (string, error)    { return cmd.val, cmd.err }
func (cmd *StringCmd) Bytes() ([]byte, error)     { return nil, cmd.err }
func (cmd *StringCmd) Bool() (bool, error)        { return false, cmd.err }
func (cmd *StringCmd) Int() (int, error)          { return 0, cmd.err }
func (cmd *StringCmd) Int64() (int64, error)      { return 0, cmd.err }
func (cmd *StringCmd) Float64() (float64, error)  { return 0, cmd.err }
func (cmd *StringCmd) Time() (time.Time, error)   { return time.Time{}, cmd.err }
func (cmd *StringCmd) Scan(val interface{}) error { return cmd.err }
func (cmd *StringCmd) String() string             { return "" }

// StatusCmd is the result of Set, Ping...
type StatusCmd struct {
	baseCmd
	val string
}

func (cmd *StatusCmd) Val() string             { return cmd.val }
func (cmd *StatusCmd) Result() (string, error) { return cmd.val, cmd.err }
func (cmd *StatusCmd) String() string          { return "" }

// IntCmd is the result of Del, Incr, HSet...
type IntCmd struct {
	baseCmd
	val int64
}

func (cmd *IntCmd) Val() int64              { return cmd.val }
func (cmd *IntCmd) Result() (int64, error)  { return cmd.val, cmd.err }
func (cmd *IntCmd) Uint64() (uint64, error) { return 0, cmd.err }
func (cmd *IntCmd) String() string          { return "" }

// BoolCmd is the result of SetNX, Expire...
type BoolCmd struct {
	baseCmd
	val bool
}

func (cmd *BoolCmd) Val() bool             { return cmd.val }
func (cmd *BoolCmd) Result() (bool, error) { return cmd.val, cmd.err }
func (cmd *BoolCmd) String() string        { return "" }

// FloatCmd is the result of ZScore...
type FloatCmd struct {
	baseCmd
	val float64
}

func (cmd *FloatCmd) Val() float64             { return cmd.val }
func (cmd *FloatCmd) Result() (float64, error) { return cmd.val, cmd.err }
func (cmd *FloatCmd) String() string           { return "" }

// DurationCmd is the result of TTL.
type DurationCmd struct {
	baseCmd
	val time.Duration
}

func (cmd *DurationCmd) Val() time.Duration             { return cmd.val }
func (cmd *DurationCmd) Result() (time.Duration, error) { return cmd.val, cmd.err }
func (cmd *DurationCmd) String() string                 { return "" }

// StringSliceCmd is the result of Keys, LRange, SMembers...
type StringSliceCmd struct {
	baseCmd
	val []string
}

func (cmd *StringSliceCmd) Val() []string             { return cmd.val }
func (cmd *StringSliceCmd) Result() ([]string, error) { return cmd.val, cmd.err }
func (cmd *StringSliceCmd) String() string            { return "" }

// SliceCmd is the result of MGet and HMGet.
type SliceCmd struct {
	baseCmd
	val []interface{}
}

func (cmd *SliceCmd) Val() []interface{}             { return cmd.val }
func (cmd *SliceCmd) Result() ([]interface{}, error) { return cmd.val, cmd.err }
func (cmd *SliceCmd) Scan(dst interface{}) error     { return cmd.err }
func (cmd *SliceCmd) String() string                 { return "" }

// MapStringStringCmd is the result of HGetAll.
type MapStringStringCmd struct {
	baseCmd
	val map[string]string
}

func (cmd *MapStringStringCmd) Val() map[string]string             { return cmd.val }
func (cmd *MapStringStringCmd) Result() (map[string]string, error) { return cmd.val, cmd.err }
func (cmd *MapStringStringCmd) Scan(dest interface{}) error        { return cmd.err }
func (cmd *MapStringStringCmd) String() string                     { return "" }

// ScanCmd is the result of Scan.
type ScanCmd struct {
	baseCmd
	page   []string
	cursor uint64
}

func (cmd *ScanCmd) Val() (keys []string, cursor uint64) { return cmd.page, cmd.cursor }
func (cmd *ScanCmd) Result() (keys []string, cursor uint64, err error) {
	return cmd.page, cmd.cursor, cmd.err
}
func (cmd *ScanCmd) Iterator() *ScanIterator { return &ScanIterator{cmd: cmd} }
func (cmd *ScanCmd) String() string          { return "" }

// ScanIterator is used to incrementally iterate over a collection of elements.
type ScanIterator struct {
	cmd *ScanCmd
}

func (it *ScanIterator) Err() error                    { return nil }
func (it *ScanIterator) Next(ctx context.Context) bool { return false }
func (it *ScanIterator) Val() string                   { return "" }

// Z represents sorted set member.
type Z struct {
	Score  float64
	Member interface{}
}

// ZRangeBy is the range of ZRangeByScore.
type ZRangeBy struct {
	Min, Max      string
	Offset, Count int64
}

// Cmdable is the command interface shared by Client, Tx and Pipeline.
type Cmdable interface {
	Get(ctx context.Context, key string) *StringCmd
	Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd
	SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd
	SetEx(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd
	SetXX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd
	Del(ctx context.Context, keys ...string) *IntCmd
	Exists(ctx context.Context, keys ...string) *IntCmd
	Incr(ctx context.Context, key string) *IntCmd
	IncrBy(ctx context.Context, key string, value int64) *IntCmd
	Decr(ctx context.Context, key string) *IntCmd
	Expire(ctx context.Context, key string, expiration time.Duration) *BoolCmd
	TTL(ctx context.Context, key string) *DurationCmd
	HGet(ctx context.Context, key string, field string) *StringCmd
	HSet(ctx context.Context, key string, values ...interface{}) *IntCmd
	HGetAll(ctx context.Context, key string) *MapStringStringCmd
	HDel(ctx context.Context, key string, fields ...string) *IntCmd
	HMGet(ctx context.Context, key string, fields ...string) *SliceCmd
	HIncrBy(ctx context.Context, key string, field string, incr int64) *IntCmd
	HExists(ctx context.Context, key string, field string) *BoolCmd
	MGet(ctx context.Context, keys ...string) *SliceCmd
	MSet(ctx context.Context, values ...interface{}) *StatusCmd
	Keys(ctx context.Context, pattern string) *StringSliceCmd
	Scan(ctx context.Context, cursor uint64, match string, count int64) *ScanCmd
	LPush(ctx context.Context, key string, values ...interface{}) *IntCmd
	RPush(ctx context.Context, key string, values ...interface{}) *IntCmd
	LRange(ctx context.Context, key string, start int64, stop int64) *StringSliceCmd
	LPop(ctx context.Context, key string) *StringCmd
	RPop(ctx context.Context, key string) *StringCmd
	SAdd(ctx context.Context, key string, members ...interface{}) *IntCmd
	SMembers(ctx context.Context, key string) *StringSliceCmd
	SIsMember(ctx context.Context, key string, member interface{}) *BoolCmd
	SRem(ctx context.Context, key string, members ...interface{}) *IntCmd
	ZAdd(ctx context.Context, key string, members ...Z) *IntCmd
	ZRange(ctx context.Context, key string, start int64, stop int64) *StringSliceCmd
	ZRangeByScore(ctx context.Context, key string, opt *ZRangeBy) *StringSliceCmd
	ZRem(ctx context.Context, key string, members ...interface{}) *IntCmd
	ZScore(ctx context.Context, key string, member string) *FloatCmd
	Publish(ctx context.Context, channel string, message interface{}) *IntCmd
	Eval(ctx context.Context, script string, keys []string, args ...interface{}) *Cmd
	EvalSha(ctx context.Context, sha1 string, keys []string, args ...interface{}) *Cmd
	Ping(ctx context.Context) *StatusCmd
	GetDel(ctx context.Context, key string) *StringCmd
	GetEx(ctx context.Context, key string, expiration time.Duration) *StringCmd
}

// cmdable is an unexported FUNC type; the command methods (Get, Set...)
// are declared on it and PROMOTED into *Client, Tx and Pipeline by
// embedding. typeutil.Callee(c.Get(...)) is therefore (redis.cmdable).Get,
// not (*redis.Client).Get.
type cmdable func(ctx context.Context, cmd Cmder) error

func (c cmdable) Get(ctx context.Context, key string) *StringCmd { return &StringCmd{} }
func (c cmdable) Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	return &StatusCmd{}
}
func (c cmdable) SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd {
	return &BoolCmd{}
}
func (c cmdable) SetEx(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	return &StatusCmd{}
}
func (c cmdable) SetXX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd {
	return &BoolCmd{}
}
func (c cmdable) Del(ctx context.Context, keys ...string) *IntCmd             { return &IntCmd{} }
func (c cmdable) Exists(ctx context.Context, keys ...string) *IntCmd          { return &IntCmd{} }
func (c cmdable) Incr(ctx context.Context, key string) *IntCmd                { return &IntCmd{} }
func (c cmdable) IncrBy(ctx context.Context, key string, value int64) *IntCmd { return &IntCmd{} }
func (c cmdable) Decr(ctx context.Context, key string) *IntCmd                { return &IntCmd{} }
func (c cmdable) Expire(ctx context.Context, key string, expiration time.Duration) *BoolCmd {
	return &BoolCmd{}
}
func (c cmdable) TTL(ctx context.Context, key string) *DurationCmd              { return &DurationCmd{} }
func (c cmdable) HGet(ctx context.Context, key string, field string) *StringCmd { return &StringCmd{} }
func (c cmdable) HSet(ctx context.Context, key string, values ...interface{}) *IntCmd {
	return &IntCmd{}
}
func (c cmdable) HGetAll(ctx context.Context, key string) *MapStringStringCmd {
	return &MapStringStringCmd{}
}
func (c cmdable) HDel(ctx context.Context, key string, fields ...string) *IntCmd { return &IntCmd{} }
func (c cmdable) HMGet(ctx context.Context, key string, fields ...string) *SliceCmd {
	return &SliceCmd{}
}
func (c cmdable) HIncrBy(ctx context.Context, key string, field string, incr int64) *IntCmd {
	return &IntCmd{}
}
func (c cmdable) HExists(ctx context.Context, key string, field string) *BoolCmd { return &BoolCmd{} }
func (c cmdable) MGet(ctx context.Context, keys ...string) *SliceCmd             { return &SliceCmd{} }
func (c cmdable) MSet(ctx context.Context, values ...interface{}) *StatusCmd     { return &StatusCmd{} }
func (c cmdable) Keys(ctx context.Context, pattern string) *StringSliceCmd       { return &StringSliceCmd{} }
func (c cmdable) Scan(ctx context.Context, cursor uint64, match string, count int64) *ScanCmd {
	return &ScanCmd{}
}
func (c cmdable) LPush(ctx context.Context, key string, values ...interface{}) *IntCmd {
	return &IntCmd{}
}
func (c cmdable) RPush(ctx context.Context, key string, values ...interface{}) *IntCmd {
	return &IntCmd{}
}
func (c cmdable) LRange(ctx context.Context, key string, start int64, stop int64) *StringSliceCmd {
	return &StringSliceCmd{}
}
func (c cmdable) LPop(ctx context.Context, key string) *StringCmd { return &StringCmd{} }
func (c cmdable) RPop(ctx context.Context, key string) *StringCmd { return &StringCmd{} }
func (c cmdable) SAdd(ctx context.Context, key string, members ...interface{}) *IntCmd {
	return &IntCmd{}
}
func (c cmdable) SMembers(ctx context.Context, key string) *StringSliceCmd { return &StringSliceCmd{} }
func (c cmdable) SIsMember(ctx context.Context, key string, member interface{}) *BoolCmd {
	return &BoolCmd{}
}
func (c cmdable) SRem(ctx context.Context, key string, members ...interface{}) *IntCmd {
	return &IntCmd{}
}
func (c cmdable) ZAdd(ctx context.Context, key string, members ...Z) *IntCmd { return &IntCmd{} }
func (c cmdable) ZRange(ctx context.Context, key string, start int64, stop int64) *StringSliceCmd {
	return &StringSliceCmd{}
}
func (c cmdable) ZRangeByScore(ctx context.Context, key string, opt *ZRangeBy) *StringSliceCmd {
	return &StringSliceCmd{}
}
func (c cmdable) ZRem(ctx context.Context, key string, members ...interface{}) *IntCmd {
	return &IntCmd{}
}
func (c cmdable) ZScore(ctx context.Context, key string, member string) *FloatCmd { return &FloatCmd{} }
func (c cmdable) Publish(ctx context.Context, channel string, message interface{}) *IntCmd {
	return &IntCmd{}
}
func (c cmdable) Eval(ctx context.Context, script string, keys []string, args ...interface{}) *Cmd {
	return &Cmd{}
}
func (c cmdable) EvalSha(ctx context.Context, sha1 string, keys []string, args ...interface{}) *Cmd {
	return &Cmd{}
}
func (c cmdable) Ping(ctx context.Context) *StatusCmd               { return &StatusCmd{} }
func (c cmdable) GetDel(ctx context.Context, key string) *StringCmd { return &StringCmd{} }
func (c cmdable) GetEx(ctx context.Context, key string, expiration time.Duration) *StringCmd {
	return &StringCmd{}
}
func (c cmdable) Do(ctx context.Context, args ...interface{}) *Cmd { return &Cmd{} }

type baseClient struct {
	opt *Options
}

func (c *baseClient) String() string { return "" }

// Client is a Redis client representing a pool of zero or more underlying connections. It's safe for concurrent use by multiple goroutines.
type Client struct {
	*baseClient
	cmdable
}

// NewClient returns a client to the Redis Server specified by Options.
func NewClient(opt *Options) *Client { return &Client{baseClient: &baseClient{opt: opt}} }

func (c *Client) WithTimeout(timeout time.Duration) *Client    { return c }
func (c *Client) Close() error                                 { return nil }
func (c *Client) Process(ctx context.Context, cmd Cmder) error { return nil }
func (c *Client) Options() *Options                            { return nil }
func (c *Client) Pipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}
func (c *Client) Pipeline() Pipeliner { return &Pipeline{} }
func (c *Client) TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}
func (c *Client) TxPipeline() Pipeliner                                               { return &Pipeline{} }
func (c *Client) Subscribe(ctx context.Context, channels ...string) *PubSub           { return &PubSub{} }
func (c *Client) Watch(ctx context.Context, fn func(*Tx) error, keys ...string) error { return nil }

// Pipeliner is the pipeline interface (the real one embeds StatefulCmdable).
type Pipeliner interface {
	Cmdable
	Len() int
	Do(ctx context.Context, args ...interface{}) *Cmd
	Process(ctx context.Context, cmd Cmder) error
	Discard()
	Exec(ctx context.Context) ([]Cmder, error)
}

// Pipeline implements pipelining as described in http://redis.io/topics/pipelining.
type Pipeline struct {
	cmdable
	cmds []Cmder
}

func (c *Pipeline) Len() int                                         { return len(c.cmds) }
func (c *Pipeline) Do(ctx context.Context, args ...interface{}) *Cmd { return &Cmd{} }
func (c *Pipeline) Process(ctx context.Context, cmd Cmder) error     { return nil }
func (c *Pipeline) Discard()                                         {}
func (c *Pipeline) Exec(ctx context.Context) ([]Cmder, error)        { return nil, nil }

// Tx implements Redis transactions as described in http://redis.io/topics/transactions.
type Tx struct {
	baseClient
	cmdable
}

func (c *Tx) Process(ctx context.Context, cmd Cmder) error           { return nil }
func (c *Tx) Close(ctx context.Context) error                        { return nil }
func (c *Tx) Watch(ctx context.Context, keys ...string) *StatusCmd   { return &StatusCmd{} }
func (c *Tx) Unwatch(ctx context.Context, keys ...string) *StatusCmd { return &StatusCmd{} }
func (c *Tx) Pipeline() Pipeliner                                    { return &Pipeline{} }
func (c *Tx) Pipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}
func (c *Tx) TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return nil, nil
}
func (c *Tx) TxPipeline() Pipeliner { return &Pipeline{} }

// PubSub implements Pub/Sub commands.
type PubSub struct{ _ int }

func (c *PubSub) Close() error                                            { return nil }
func (c *PubSub) Subscribe(ctx context.Context, channels ...string) error { return nil }
func (c *PubSub) Channel(opts ...ChannelOption) <-chan *Message           { return nil }

// ChannelOption configures PubSub.Channel.
type ChannelOption func(c *channel)

type channel struct{ size int }

// UniversalClient is an abstract client which, based on the provided options,
// represents either a ClusterClient, a FailoverClient, or a single-node Client.
type UniversalClient interface {
	Cmdable
	Watch(ctx context.Context, fn func(*Tx) error, keys ...string) error
	Do(ctx context.Context, args ...interface{}) *Cmd
	Process(ctx context.Context, cmd Cmder) error
	Subscribe(ctx context.Context, channels ...string) *PubSub
	Close() error
}

// Message received as result of a PUBLISH command issued by another client.
type Message struct {
	Channel string
	Pattern string
	Payload string
}
