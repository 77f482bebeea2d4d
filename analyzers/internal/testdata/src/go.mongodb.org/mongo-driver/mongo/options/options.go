// Package options is a stub of go.mongodb.org/mongo-driver/mongo/options for scalevet's analyzer tests: only the API shape matters.
// In driver v1 each option type is a struct whose Set methods return the
// struct itself, and collection methods take ...*XxxOptions.
package options

import "time"

// The ReturnDocument values.
const (
	Before ReturnDocument = iota
	After
)

// AggregateOptions is a stub of the real options type.
type AggregateOptions struct {
	AllowDiskUse             *bool
	BatchSize                *int32
	BypassDocumentValidation *bool
	MaxTime                  *time.Duration
	MaxAwaitTime             *time.Duration
	Comment                  *string
	Hint                     any
	Let                      any
}

func (x *AggregateOptions) SetAllowDiskUse(b bool) *AggregateOptions             { return x }
func (x *AggregateOptions) SetBatchSize(i int32) *AggregateOptions               { return x }
func (x *AggregateOptions) SetBypassDocumentValidation(b bool) *AggregateOptions { return x }
func (x *AggregateOptions) SetMaxTime(d time.Duration) *AggregateOptions         { return x }
func (x *AggregateOptions) SetMaxAwaitTime(d time.Duration) *AggregateOptions    { return x }
func (x *AggregateOptions) SetComment(s string) *AggregateOptions                { return x }
func (x *AggregateOptions) SetHint(h any) *AggregateOptions                      { return x }
func (x *AggregateOptions) SetLet(let any) *AggregateOptions                     { return x }

// BulkWriteOptions is a stub of the real options type.
type BulkWriteOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	Ordered                  *bool
	Let                      any
	BypassEmptyTsReplacement *bool
}

func (x *BulkWriteOptions) SetComment(comment any) *BulkWriteOptions                  { return x }
func (x *BulkWriteOptions) SetOrdered(ordered bool) *BulkWriteOptions                 { return x }
func (x *BulkWriteOptions) SetBypassDocumentValidation(bypass bool) *BulkWriteOptions { return x }
func (x *BulkWriteOptions) SetLet(let any) *BulkWriteOptions                          { return x }

// ClientOptions is a stub of the real options type.
type ClientOptions struct {
	AppName                  *string
	ConnectTimeout           *time.Duration
	Compressors              []string
	Direct                   *bool
	DisableOCSPEndpointCheck *bool
	HeartbeatInterval        *time.Duration
	Hosts                    []string
	LoadBalanced             *bool
	LocalThreshold           *time.Duration
	MaxConnIdleTime          *time.Duration
	MaxPoolSize              *uint64
	MinPoolSize              *uint64
	MaxConnecting            *uint64
	ReplicaSet               *string
	RetryReads               *bool
	RetryWrites              *bool
	ServerMonitoringMode     *string
	ServerSelectionTimeout   *time.Duration
	SRVMaxHosts              *int
	SRVServiceName           *string
	Timeout                  *time.Duration
	ZlibLevel                *int
	ZstdLevel                *int
	AuthenticateToAnything   *bool
	SocketTimeout            *time.Duration
}

func (x *ClientOptions) Validate() error                                              { panic("stub") }
func (x *ClientOptions) GetURI() string                                               { panic("stub") }
func (x *ClientOptions) ApplyURI(uri string) *ClientOptions                           { return x }
func (x *ClientOptions) SetAppName(s string) *ClientOptions                           { return x }
func (x *ClientOptions) SetCompressors(comps []string) *ClientOptions                 { return x }
func (x *ClientOptions) SetConnectTimeout(d time.Duration) *ClientOptions             { return x }
func (x *ClientOptions) SetDirect(b bool) *ClientOptions                              { return x }
func (x *ClientOptions) SetHeartbeatInterval(d time.Duration) *ClientOptions          { return x }
func (x *ClientOptions) SetHosts(s []string) *ClientOptions                           { return x }
func (x *ClientOptions) SetLoadBalanced(lb bool) *ClientOptions                       { return x }
func (x *ClientOptions) SetLocalThreshold(d time.Duration) *ClientOptions             { return x }
func (x *ClientOptions) SetMaxConnIdleTime(d time.Duration) *ClientOptions            { return x }
func (x *ClientOptions) SetMaxPoolSize(u uint64) *ClientOptions                       { return x }
func (x *ClientOptions) SetMinPoolSize(u uint64) *ClientOptions                       { return x }
func (x *ClientOptions) SetMaxConnecting(u uint64) *ClientOptions                     { return x }
func (x *ClientOptions) SetReplicaSet(s string) *ClientOptions                        { return x }
func (x *ClientOptions) SetRetryWrites(b bool) *ClientOptions                         { return x }
func (x *ClientOptions) SetRetryReads(b bool) *ClientOptions                          { return x }
func (x *ClientOptions) SetServerSelectionTimeout(d time.Duration) *ClientOptions     { return x }
func (x *ClientOptions) SetSocketTimeout(d time.Duration) *ClientOptions              { return x }
func (x *ClientOptions) SetTimeout(d time.Duration) *ClientOptions                    { return x }
func (x *ClientOptions) SetZlibLevel(level int) *ClientOptions                        { return x }
func (x *ClientOptions) SetZstdLevel(level int) *ClientOptions                        { return x }
func (x *ClientOptions) SetDisableOCSPEndpointCheck(disableCheck bool) *ClientOptions { return x }
func (x *ClientOptions) SetServerMonitoringMode(mode string) *ClientOptions           { return x }
func (x *ClientOptions) SetSRVMaxHosts(srvMaxHosts int) *ClientOptions                { return x }
func (x *ClientOptions) SetSRVServiceName(srvName string) *ClientOptions              { return x }

// CollectionOptions is a stub of the real options type.
type CollectionOptions struct {
}

// CountOptions is a stub of the real options type.
type CountOptions struct {
	Comment *string
	Hint    any
	Limit   *int64
	MaxTime *time.Duration
	Skip    *int64
}

func (x *CountOptions) SetComment(c string) *CountOptions        { return x }
func (x *CountOptions) SetHint(h any) *CountOptions              { return x }
func (x *CountOptions) SetLimit(i int64) *CountOptions           { return x }
func (x *CountOptions) SetMaxTime(d time.Duration) *CountOptions { return x }
func (x *CountOptions) SetSkip(i int64) *CountOptions            { return x }

// DatabaseOptions is a stub of the real options type.
type DatabaseOptions struct {
}

// DeleteOptions is a stub of the real options type.
type DeleteOptions struct {
	Comment any
	Hint    any
	Let     any
}

func (x *DeleteOptions) SetComment(comment any) *DeleteOptions { return x }
func (x *DeleteOptions) SetHint(hint any) *DeleteOptions       { return x }
func (x *DeleteOptions) SetLet(let any) *DeleteOptions         { return x }

// DistinctOptions is a stub of the real options type.
type DistinctOptions struct {
	Comment any
	MaxTime *time.Duration
}

func (x *DistinctOptions) SetComment(comment any) *DistinctOptions     { return x }
func (x *DistinctOptions) SetMaxTime(d time.Duration) *DistinctOptions { return x }

// EstimatedDocumentCountOptions is a stub of the real options type.
type EstimatedDocumentCountOptions struct {
	Comment any
	MaxTime *time.Duration
}

func (x *EstimatedDocumentCountOptions) SetComment(comment any) *EstimatedDocumentCountOptions {
	return x
}
func (x *EstimatedDocumentCountOptions) SetMaxTime(d time.Duration) *EstimatedDocumentCountOptions {
	return x
}

// FindOneAndDeleteOptions is a stub of the real options type.
type FindOneAndDeleteOptions struct {
	Comment    any
	MaxTime    *time.Duration
	Projection any
	Sort       any
	Hint       any
	Let        any
}

func (x *FindOneAndDeleteOptions) SetComment(comment any) *FindOneAndDeleteOptions       { return x }
func (x *FindOneAndDeleteOptions) SetMaxTime(d time.Duration) *FindOneAndDeleteOptions   { return x }
func (x *FindOneAndDeleteOptions) SetProjection(projection any) *FindOneAndDeleteOptions { return x }
func (x *FindOneAndDeleteOptions) SetSort(sort any) *FindOneAndDeleteOptions             { return x }
func (x *FindOneAndDeleteOptions) SetHint(hint any) *FindOneAndDeleteOptions             { return x }
func (x *FindOneAndDeleteOptions) SetLet(let any) *FindOneAndDeleteOptions               { return x }

// FindOneAndReplaceOptions is a stub of the real options type.
type FindOneAndReplaceOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	MaxTime                  *time.Duration
	Projection               any
	ReturnDocument           *ReturnDocument
	Sort                     any
	Upsert                   *bool
	Hint                     any
	Let                      any
	BypassEmptyTsReplacement *bool
}

func (x *FindOneAndReplaceOptions) SetBypassDocumentValidation(b bool) *FindOneAndReplaceOptions {
	return x
}
func (x *FindOneAndReplaceOptions) SetComment(comment any) *FindOneAndReplaceOptions       { return x }
func (x *FindOneAndReplaceOptions) SetMaxTime(d time.Duration) *FindOneAndReplaceOptions   { return x }
func (x *FindOneAndReplaceOptions) SetProjection(projection any) *FindOneAndReplaceOptions { return x }
func (x *FindOneAndReplaceOptions) SetReturnDocument(rd ReturnDocument) *FindOneAndReplaceOptions {
	return x
}
func (x *FindOneAndReplaceOptions) SetSort(sort any) *FindOneAndReplaceOptions { return x }
func (x *FindOneAndReplaceOptions) SetUpsert(b bool) *FindOneAndReplaceOptions { return x }
func (x *FindOneAndReplaceOptions) SetHint(hint any) *FindOneAndReplaceOptions { return x }
func (x *FindOneAndReplaceOptions) SetLet(let any) *FindOneAndReplaceOptions   { return x }

// FindOneAndUpdateOptions is a stub of the real options type.
type FindOneAndUpdateOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	MaxTime                  *time.Duration
	Projection               any
	ReturnDocument           *ReturnDocument
	Sort                     any
	Upsert                   *bool
	Hint                     any
	Let                      any
	BypassEmptyTsReplacement *bool
}

func (x *FindOneAndUpdateOptions) SetBypassDocumentValidation(b bool) *FindOneAndUpdateOptions {
	return x
}
func (x *FindOneAndUpdateOptions) SetComment(comment any) *FindOneAndUpdateOptions       { return x }
func (x *FindOneAndUpdateOptions) SetMaxTime(d time.Duration) *FindOneAndUpdateOptions   { return x }
func (x *FindOneAndUpdateOptions) SetProjection(projection any) *FindOneAndUpdateOptions { return x }
func (x *FindOneAndUpdateOptions) SetReturnDocument(rd ReturnDocument) *FindOneAndUpdateOptions {
	return x
}
func (x *FindOneAndUpdateOptions) SetSort(sort any) *FindOneAndUpdateOptions { return x }
func (x *FindOneAndUpdateOptions) SetUpsert(b bool) *FindOneAndUpdateOptions { return x }
func (x *FindOneAndUpdateOptions) SetHint(hint any) *FindOneAndUpdateOptions { return x }
func (x *FindOneAndUpdateOptions) SetLet(let any) *FindOneAndUpdateOptions   { return x }

// FindOneOptions is a stub of the real options type.
type FindOneOptions struct {
	AllowPartialResults *bool
	BatchSize           *int32
	Comment             *string
	Hint                any
	Max                 any
	MaxAwaitTime        *time.Duration
	MaxTime             *time.Duration
	Min                 any
	NoCursorTimeout     *bool
	OplogReplay         *bool
	Projection          any
	ReturnKey           *bool
	ShowRecordID        *bool
	Skip                *int64
	Snapshot            *bool
	Sort                any
}

func (x *FindOneOptions) SetAllowPartialResults(b bool) *FindOneOptions   { return x }
func (x *FindOneOptions) SetBatchSize(i int32) *FindOneOptions            { return x }
func (x *FindOneOptions) SetComment(comment string) *FindOneOptions       { return x }
func (x *FindOneOptions) SetHint(hint any) *FindOneOptions                { return x }
func (x *FindOneOptions) SetMax(max any) *FindOneOptions                  { return x }
func (x *FindOneOptions) SetMaxAwaitTime(d time.Duration) *FindOneOptions { return x }
func (x *FindOneOptions) SetMaxTime(d time.Duration) *FindOneOptions      { return x }
func (x *FindOneOptions) SetMin(min any) *FindOneOptions                  { return x }
func (x *FindOneOptions) SetNoCursorTimeout(b bool) *FindOneOptions       { return x }
func (x *FindOneOptions) SetOplogReplay(b bool) *FindOneOptions           { return x }
func (x *FindOneOptions) SetProjection(projection any) *FindOneOptions    { return x }
func (x *FindOneOptions) SetReturnKey(b bool) *FindOneOptions             { return x }
func (x *FindOneOptions) SetShowRecordID(b bool) *FindOneOptions          { return x }
func (x *FindOneOptions) SetSkip(i int64) *FindOneOptions                 { return x }
func (x *FindOneOptions) SetSnapshot(b bool) *FindOneOptions              { return x }
func (x *FindOneOptions) SetSort(sort any) *FindOneOptions                { return x }

// FindOptions is a stub of the real options type.
type FindOptions struct {
	AllowDiskUse        *bool
	AllowPartialResults *bool
	BatchSize           *int32
	Comment             *string
	Hint                any
	Limit               *int64
	Max                 any
	MaxAwaitTime        *time.Duration
	MaxTime             *time.Duration
	Min                 any
	NoCursorTimeout     *bool
	OplogReplay         *bool
	Projection          any
	ReturnKey           *bool
	ShowRecordID        *bool
	Skip                *int64
	Snapshot            *bool
	Sort                any
	Let                 any
}

func (x *FindOptions) SetAllowDiskUse(b bool) *FindOptions          { return x }
func (x *FindOptions) SetAllowPartialResults(b bool) *FindOptions   { return x }
func (x *FindOptions) SetBatchSize(i int32) *FindOptions            { return x }
func (x *FindOptions) SetComment(comment string) *FindOptions       { return x }
func (x *FindOptions) SetHint(hint any) *FindOptions                { return x }
func (x *FindOptions) SetLet(let any) *FindOptions                  { return x }
func (x *FindOptions) SetLimit(i int64) *FindOptions                { return x }
func (x *FindOptions) SetMax(max any) *FindOptions                  { return x }
func (x *FindOptions) SetMaxAwaitTime(d time.Duration) *FindOptions { return x }
func (x *FindOptions) SetMaxTime(d time.Duration) *FindOptions      { return x }
func (x *FindOptions) SetMin(min any) *FindOptions                  { return x }
func (x *FindOptions) SetNoCursorTimeout(b bool) *FindOptions       { return x }
func (x *FindOptions) SetOplogReplay(b bool) *FindOptions           { return x }
func (x *FindOptions) SetProjection(projection any) *FindOptions    { return x }
func (x *FindOptions) SetReturnKey(b bool) *FindOptions             { return x }
func (x *FindOptions) SetShowRecordID(b bool) *FindOptions          { return x }
func (x *FindOptions) SetSkip(i int64) *FindOptions                 { return x }
func (x *FindOptions) SetSnapshot(b bool) *FindOptions              { return x }
func (x *FindOptions) SetSort(sort any) *FindOptions                { return x }

// InsertManyOptions is a stub of the real options type.
type InsertManyOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	Ordered                  *bool
	BypassEmptyTsReplacement *bool
}

func (x *InsertManyOptions) SetBypassDocumentValidation(b bool) *InsertManyOptions { return x }
func (x *InsertManyOptions) SetComment(comment any) *InsertManyOptions             { return x }
func (x *InsertManyOptions) SetOrdered(b bool) *InsertManyOptions                  { return x }

// InsertOneOptions is a stub of the real options type.
type InsertOneOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	BypassEmptyTsReplacement *bool
}

func (x *InsertOneOptions) SetBypassDocumentValidation(b bool) *InsertOneOptions { return x }
func (x *InsertOneOptions) SetComment(comment any) *InsertOneOptions             { return x }

// ReplaceOptions is a stub of the real options type.
type ReplaceOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	Hint                     any
	Upsert                   *bool
	Let                      any
	BypassEmptyTsReplacement *bool
}

func (x *ReplaceOptions) SetBypassDocumentValidation(b bool) *ReplaceOptions { return x }
func (x *ReplaceOptions) SetComment(comment any) *ReplaceOptions             { return x }
func (x *ReplaceOptions) SetHint(h any) *ReplaceOptions                      { return x }
func (x *ReplaceOptions) SetUpsert(b bool) *ReplaceOptions                   { return x }
func (x *ReplaceOptions) SetLet(l any) *ReplaceOptions                       { return x }

// ReturnDocument is a stub of the real options type.
type ReturnDocument int8

// UpdateOptions is a stub of the real options type.
type UpdateOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	Hint                     any
	Upsert                   *bool
	Let                      any
	BypassEmptyTsReplacement *bool
}

func (x *UpdateOptions) SetBypassDocumentValidation(b bool) *UpdateOptions { return x }
func (x *UpdateOptions) SetComment(comment any) *UpdateOptions             { return x }
func (x *UpdateOptions) SetHint(h any) *UpdateOptions                      { return x }
func (x *UpdateOptions) SetUpsert(b bool) *UpdateOptions                   { return x }
func (x *UpdateOptions) SetLet(l any) *UpdateOptions                       { return x }

// Aggregate creates a new AggregateOptions.
func Aggregate() *AggregateOptions { return &AggregateOptions{} }

// BulkWrite creates a new BulkWriteOptions.
func BulkWrite() *BulkWriteOptions { return &BulkWriteOptions{} }

// Client creates a new ClientOptions.
func Client() *ClientOptions { return &ClientOptions{} }

// Collection creates a new CollectionOptions.
func Collection() *CollectionOptions { return &CollectionOptions{} }

// Count creates a new CountOptions.
func Count() *CountOptions { return &CountOptions{} }

// Database creates a new DatabaseOptions.
func Database() *DatabaseOptions { return &DatabaseOptions{} }

// Delete creates a new DeleteOptions.
func Delete() *DeleteOptions { return &DeleteOptions{} }

// Distinct creates a new DistinctOptions.
func Distinct() *DistinctOptions { return &DistinctOptions{} }

// EstimatedDocumentCount creates a new EstimatedDocumentCountOptions.
func EstimatedDocumentCount() *EstimatedDocumentCountOptions { return &EstimatedDocumentCountOptions{} }

// Find creates a new FindOptions.
func Find() *FindOptions { return &FindOptions{} }

// FindOne creates a new FindOneOptions.
func FindOne() *FindOneOptions { return &FindOneOptions{} }

// FindOneAndDelete creates a new FindOneAndDeleteOptions.
func FindOneAndDelete() *FindOneAndDeleteOptions { return &FindOneAndDeleteOptions{} }

// FindOneAndReplace creates a new FindOneAndReplaceOptions.
func FindOneAndReplace() *FindOneAndReplaceOptions { return &FindOneAndReplaceOptions{} }

// FindOneAndUpdate creates a new FindOneAndUpdateOptions.
func FindOneAndUpdate() *FindOneAndUpdateOptions { return &FindOneAndUpdateOptions{} }

// InsertMany creates a new InsertManyOptions.
func InsertMany() *InsertManyOptions { return &InsertManyOptions{} }

// InsertOne creates a new InsertOneOptions.
func InsertOne() *InsertOneOptions { return &InsertOneOptions{} }

// Replace creates a new ReplaceOptions.
func Replace() *ReplaceOptions { return &ReplaceOptions{} }

// Update creates a new UpdateOptions.
func Update() *UpdateOptions { return &UpdateOptions{} }
