// Package options is a stub of go.mongodb.org/mongo-driver/v2/mongo/options for scalevet's analyzer tests: only the API shape matters.
// In driver v2 options.Find() and friends return *XxxOptionsBuilder values
// whose Set methods return the builder; collection methods take
// ...Lister[XxxOptions], which the builders implement through List.
// ClientOptions is still a plain struct (options.Client().ApplyURI(uri)).
package options

import "time"

// Lister is an interface that wraps a List method to return a slice of option setters.
type Lister[T any] interface {
	List() []func(*T) error
}

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
	MaxAwaitTime             *time.Duration
	Comment                  any
	Hint                     any
	Let                      any
}

// AggregateOptionsBuilder is a stub of the real options type.
type AggregateOptionsBuilder struct {
	Opts []func(*AggregateOptions) error
}

func (x *AggregateOptionsBuilder) List() []func(*AggregateOptions) error           { return x.Opts }
func (x *AggregateOptionsBuilder) SetAllowDiskUse(b bool) *AggregateOptionsBuilder { return x }
func (x *AggregateOptionsBuilder) SetBatchSize(i int32) *AggregateOptionsBuilder   { return x }
func (x *AggregateOptionsBuilder) SetBypassDocumentValidation(b bool) *AggregateOptionsBuilder {
	return x
}
func (x *AggregateOptionsBuilder) SetMaxAwaitTime(d time.Duration) *AggregateOptionsBuilder { return x }
func (x *AggregateOptionsBuilder) SetComment(comment any) *AggregateOptionsBuilder          { return x }
func (x *AggregateOptionsBuilder) SetHint(h any) *AggregateOptionsBuilder                   { return x }
func (x *AggregateOptionsBuilder) SetLet(let any) *AggregateOptionsBuilder                  { return x }

// BulkWriteOptions is a stub of the real options type.
type BulkWriteOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	Ordered                  *bool
	Let                      any
}

// BulkWriteOptionsBuilder is a stub of the real options type.
type BulkWriteOptionsBuilder struct {
	Opts []func(*BulkWriteOptions) error
}

func (x *BulkWriteOptionsBuilder) List() []func(*BulkWriteOptions) error            { return x.Opts }
func (x *BulkWriteOptionsBuilder) SetComment(comment any) *BulkWriteOptionsBuilder  { return x }
func (x *BulkWriteOptionsBuilder) SetOrdered(ordered bool) *BulkWriteOptionsBuilder { return x }
func (x *BulkWriteOptionsBuilder) SetBypassDocumentValidation(bypass bool) *BulkWriteOptionsBuilder {
	return x
}
func (x *BulkWriteOptionsBuilder) SetLet(let any) *BulkWriteOptionsBuilder { return x }

// ClientOptions is a stub of the real options type.
type ClientOptions struct {
	AppName                           *string
	ConnectTimeout                    *time.Duration
	Compressors                       []string
	Direct                            *bool
	DisableCertificateRevocationCheck *bool
	DisableOCSPEndpointCheck          *bool
	HeartbeatInterval                 *time.Duration
	Hosts                             []string
	LoadBalanced                      *bool
	LocalThreshold                    *time.Duration
	MaxConnIdleTime                   *time.Duration
	MaxPoolSize                       *uint64
	MinPoolSize                       *uint64
	MaxConnecting                     *uint64
	ReplicaSet                        *string
	RetryReads                        *bool
	RetryWrites                       *bool
	ServerMonitoringMode              *string
	ServerSelectionTimeout            *time.Duration
	SRVMaxHosts                       *int
	SRVServiceName                    *string
	Timeout                           *time.Duration
	ZlibLevel                         *int
	ZstdLevel                         *int
	EnableOverloadRetargeting         *bool
}

func (x *ClientOptions) GetURI() string                                           { panic("stub") }
func (x *ClientOptions) Validate() error                                          { panic("stub") }
func (x *ClientOptions) ApplyURI(uri string) *ClientOptions                       { return x }
func (x *ClientOptions) SetAppName(s string) *ClientOptions                       { return x }
func (x *ClientOptions) SetCompressors(comps []string) *ClientOptions             { return x }
func (x *ClientOptions) SetConnectTimeout(d time.Duration) *ClientOptions         { return x }
func (x *ClientOptions) SetDirect(b bool) *ClientOptions                          { return x }
func (x *ClientOptions) SetHeartbeatInterval(d time.Duration) *ClientOptions      { return x }
func (x *ClientOptions) SetHosts(s []string) *ClientOptions                       { return x }
func (x *ClientOptions) SetLoadBalanced(lb bool) *ClientOptions                   { return x }
func (x *ClientOptions) SetLocalThreshold(d time.Duration) *ClientOptions         { return x }
func (x *ClientOptions) SetMaxConnIdleTime(d time.Duration) *ClientOptions        { return x }
func (x *ClientOptions) SetMaxPoolSize(u uint64) *ClientOptions                   { return x }
func (x *ClientOptions) SetMinPoolSize(u uint64) *ClientOptions                   { return x }
func (x *ClientOptions) SetMaxConnecting(u uint64) *ClientOptions                 { return x }
func (x *ClientOptions) SetReplicaSet(s string) *ClientOptions                    { return x }
func (x *ClientOptions) SetRetryWrites(b bool) *ClientOptions                     { return x }
func (x *ClientOptions) SetRetryReads(b bool) *ClientOptions                      { return x }
func (x *ClientOptions) SetEnableOverloadRetargeting(b bool) *ClientOptions       { return x }
func (x *ClientOptions) SetServerSelectionTimeout(d time.Duration) *ClientOptions { return x }
func (x *ClientOptions) SetTimeout(d time.Duration) *ClientOptions                { return x }
func (x *ClientOptions) SetZlibLevel(level int) *ClientOptions                    { return x }
func (x *ClientOptions) SetZstdLevel(level int) *ClientOptions                    { return x }
func (x *ClientOptions) SetDisableCertificateRevocationCheck(disableCheck bool) *ClientOptions {
	return x
}
func (x *ClientOptions) SetDisableOCSPEndpointCheck(disableCheck bool) *ClientOptions { return x }
func (x *ClientOptions) SetServerMonitoringMode(mode string) *ClientOptions           { return x }
func (x *ClientOptions) SetSRVMaxHosts(srvMaxHosts int) *ClientOptions                { return x }
func (x *ClientOptions) SetSRVServiceName(srvName string) *ClientOptions              { return x }

// CollectionOptions is a stub of the real options type.
type CollectionOptions struct {
}

// CollectionOptionsBuilder is a stub of the real options type.
type CollectionOptionsBuilder struct {
	Opts []func(*CollectionOptions) error
}

func (x *CollectionOptionsBuilder) List() []func(*CollectionOptions) error { return x.Opts }

// CountOptions is a stub of the real options type.
type CountOptions struct {
	Comment any
	Hint    any
	Limit   *int64
	Skip    *int64
}

// CountOptionsBuilder is a stub of the real options type.
type CountOptionsBuilder struct {
	Opts []func(*CountOptions) error
}

func (x *CountOptionsBuilder) List() []func(*CountOptions) error           { return x.Opts }
func (x *CountOptionsBuilder) SetComment(comment any) *CountOptionsBuilder { return x }
func (x *CountOptionsBuilder) SetHint(h any) *CountOptionsBuilder          { return x }
func (x *CountOptionsBuilder) SetLimit(i int64) *CountOptionsBuilder       { return x }
func (x *CountOptionsBuilder) SetSkip(i int64) *CountOptionsBuilder        { return x }

// DatabaseOptions is a stub of the real options type.
type DatabaseOptions struct {
}

// DatabaseOptionsBuilder is a stub of the real options type.
type DatabaseOptionsBuilder struct {
	Opts []func(*DatabaseOptions) error
}

func (x *DatabaseOptionsBuilder) List() []func(*DatabaseOptions) error { return x.Opts }

// DeleteManyOptions is a stub of the real options type.
type DeleteManyOptions struct {
	Comment any
	Hint    any
	Let     any
}

// DeleteManyOptionsBuilder is a stub of the real options type.
type DeleteManyOptionsBuilder struct {
	Opts []func(*DeleteManyOptions) error
}

func (x *DeleteManyOptionsBuilder) List() []func(*DeleteManyOptions) error           { return x.Opts }
func (x *DeleteManyOptionsBuilder) SetComment(comment any) *DeleteManyOptionsBuilder { return x }
func (x *DeleteManyOptionsBuilder) SetHint(hint any) *DeleteManyOptionsBuilder       { return x }
func (x *DeleteManyOptionsBuilder) SetLet(let any) *DeleteManyOptionsBuilder         { return x }

// DeleteOneOptions is a stub of the real options type.
type DeleteOneOptions struct {
	Comment any
	Hint    any
	Let     any
}

// DeleteOneOptionsBuilder is a stub of the real options type.
type DeleteOneOptionsBuilder struct {
	Opts []func(*DeleteOneOptions) error
}

func (x *DeleteOneOptionsBuilder) List() []func(*DeleteOneOptions) error           { return x.Opts }
func (x *DeleteOneOptionsBuilder) SetComment(comment any) *DeleteOneOptionsBuilder { return x }
func (x *DeleteOneOptionsBuilder) SetHint(hint any) *DeleteOneOptionsBuilder       { return x }
func (x *DeleteOneOptionsBuilder) SetLet(let any) *DeleteOneOptionsBuilder         { return x }

// DistinctOptions is a stub of the real options type.
type DistinctOptions struct {
	Comment any
	Hint    any
}

// DistinctOptionsBuilder is a stub of the real options type.
type DistinctOptionsBuilder struct {
	Opts []func(*DistinctOptions) error
}

func (x *DistinctOptionsBuilder) List() []func(*DistinctOptions) error           { return x.Opts }
func (x *DistinctOptionsBuilder) SetComment(comment any) *DistinctOptionsBuilder { return x }
func (x *DistinctOptionsBuilder) SetHint(hint any) *DistinctOptionsBuilder       { return x }

// EstimatedDocumentCountOptions is a stub of the real options type.
type EstimatedDocumentCountOptions struct {
	Comment any
}

// EstimatedDocumentCountOptionsBuilder is a stub of the real options type.
type EstimatedDocumentCountOptionsBuilder struct {
	Opts []func(*EstimatedDocumentCountOptions) error
}

func (x *EstimatedDocumentCountOptionsBuilder) List() []func(*EstimatedDocumentCountOptions) error {
	return x.Opts
}
func (x *EstimatedDocumentCountOptionsBuilder) SetComment(comment any) *EstimatedDocumentCountOptionsBuilder {
	return x
}

// FindOneAndDeleteOptions is a stub of the real options type.
type FindOneAndDeleteOptions struct {
	Comment    any
	Projection any
	Sort       any
	Hint       any
	Let        any
}

// FindOneAndDeleteOptionsBuilder is a stub of the real options type.
type FindOneAndDeleteOptionsBuilder struct {
	Opts []func(*FindOneAndDeleteOptions) error
}

func (x *FindOneAndDeleteOptionsBuilder) List() []func(*FindOneAndDeleteOptions) error { return x.Opts }
func (x *FindOneAndDeleteOptionsBuilder) SetComment(comment any) *FindOneAndDeleteOptionsBuilder {
	return x
}
func (x *FindOneAndDeleteOptionsBuilder) SetProjection(projection any) *FindOneAndDeleteOptionsBuilder {
	return x
}
func (x *FindOneAndDeleteOptionsBuilder) SetSort(sort any) *FindOneAndDeleteOptionsBuilder { return x }
func (x *FindOneAndDeleteOptionsBuilder) SetHint(hint any) *FindOneAndDeleteOptionsBuilder { return x }
func (x *FindOneAndDeleteOptionsBuilder) SetLet(let any) *FindOneAndDeleteOptionsBuilder   { return x }

// FindOneAndReplaceOptions is a stub of the real options type.
type FindOneAndReplaceOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	Projection               any
	ReturnDocument           *ReturnDocument
	Sort                     any
	Upsert                   *bool
	Hint                     any
	Let                      any
}

// FindOneAndReplaceOptionsBuilder is a stub of the real options type.
type FindOneAndReplaceOptionsBuilder struct {
	Opts []func(*FindOneAndReplaceOptions) error
}

func (x *FindOneAndReplaceOptionsBuilder) List() []func(*FindOneAndReplaceOptions) error {
	return x.Opts
}
func (x *FindOneAndReplaceOptionsBuilder) SetBypassDocumentValidation(b bool) *FindOneAndReplaceOptionsBuilder {
	return x
}
func (x *FindOneAndReplaceOptionsBuilder) SetComment(comment any) *FindOneAndReplaceOptionsBuilder {
	return x
}
func (x *FindOneAndReplaceOptionsBuilder) SetProjection(projection any) *FindOneAndReplaceOptionsBuilder {
	return x
}
func (x *FindOneAndReplaceOptionsBuilder) SetReturnDocument(rd ReturnDocument) *FindOneAndReplaceOptionsBuilder {
	return x
}
func (x *FindOneAndReplaceOptionsBuilder) SetSort(sort any) *FindOneAndReplaceOptionsBuilder {
	return x
}
func (x *FindOneAndReplaceOptionsBuilder) SetUpsert(b bool) *FindOneAndReplaceOptionsBuilder {
	return x
}
func (x *FindOneAndReplaceOptionsBuilder) SetHint(hint any) *FindOneAndReplaceOptionsBuilder {
	return x
}
func (x *FindOneAndReplaceOptionsBuilder) SetLet(let any) *FindOneAndReplaceOptionsBuilder { return x }

// FindOneAndUpdateOptions is a stub of the real options type.
type FindOneAndUpdateOptions struct {
	ArrayFilters             []any
	BypassDocumentValidation *bool
	Comment                  any
	Projection               any
	ReturnDocument           *ReturnDocument
	Sort                     any
	Upsert                   *bool
	Hint                     any
	Let                      any
}

// FindOneAndUpdateOptionsBuilder is a stub of the real options type.
type FindOneAndUpdateOptionsBuilder struct {
	Opts []func(*FindOneAndUpdateOptions) error
}

func (x *FindOneAndUpdateOptionsBuilder) List() []func(*FindOneAndUpdateOptions) error { return x.Opts }
func (x *FindOneAndUpdateOptionsBuilder) SetArrayFilters(filters []any) *FindOneAndUpdateOptionsBuilder {
	return x
}
func (x *FindOneAndUpdateOptionsBuilder) SetBypassDocumentValidation(b bool) *FindOneAndUpdateOptionsBuilder {
	return x
}
func (x *FindOneAndUpdateOptionsBuilder) SetComment(comment any) *FindOneAndUpdateOptionsBuilder {
	return x
}
func (x *FindOneAndUpdateOptionsBuilder) SetProjection(projection any) *FindOneAndUpdateOptionsBuilder {
	return x
}
func (x *FindOneAndUpdateOptionsBuilder) SetReturnDocument(rd ReturnDocument) *FindOneAndUpdateOptionsBuilder {
	return x
}
func (x *FindOneAndUpdateOptionsBuilder) SetSort(sort any) *FindOneAndUpdateOptionsBuilder { return x }
func (x *FindOneAndUpdateOptionsBuilder) SetUpsert(b bool) *FindOneAndUpdateOptionsBuilder { return x }
func (x *FindOneAndUpdateOptionsBuilder) SetHint(hint any) *FindOneAndUpdateOptionsBuilder { return x }
func (x *FindOneAndUpdateOptionsBuilder) SetLet(let any) *FindOneAndUpdateOptionsBuilder   { return x }

// FindOneOptions is a stub of the real options type.
type FindOneOptions struct {
	AllowPartialResults *bool
	Comment             any
	Hint                any
	Max                 any
	Min                 any
	OplogReplay         *bool
	Projection          any
	ReturnKey           *bool
	ShowRecordID        *bool
	Skip                *int64
	Sort                any
}

// FindOneOptionsBuilder is a stub of the real options type.
type FindOneOptionsBuilder struct {
	Opts []func(*FindOneOptions) error
}

func (x *FindOneOptionsBuilder) List() []func(*FindOneOptions) error                  { return x.Opts }
func (x *FindOneOptionsBuilder) SetAllowPartialResults(b bool) *FindOneOptionsBuilder { return x }
func (x *FindOneOptionsBuilder) SetComment(comment any) *FindOneOptionsBuilder        { return x }
func (x *FindOneOptionsBuilder) SetHint(hint any) *FindOneOptionsBuilder              { return x }
func (x *FindOneOptionsBuilder) SetMax(maxVal any) *FindOneOptionsBuilder             { return x }
func (x *FindOneOptionsBuilder) SetMin(minVal any) *FindOneOptionsBuilder             { return x }
func (x *FindOneOptionsBuilder) SetOplogReplay(b bool) *FindOneOptionsBuilder         { return x }
func (x *FindOneOptionsBuilder) SetProjection(projection any) *FindOneOptionsBuilder  { return x }
func (x *FindOneOptionsBuilder) SetReturnKey(b bool) *FindOneOptionsBuilder           { return x }
func (x *FindOneOptionsBuilder) SetShowRecordID(b bool) *FindOneOptionsBuilder        { return x }
func (x *FindOneOptionsBuilder) SetSkip(i int64) *FindOneOptionsBuilder               { return x }
func (x *FindOneOptionsBuilder) SetSort(sort any) *FindOneOptionsBuilder              { return x }

// FindOptions is a stub of the real options type.
type FindOptions struct {
	AllowPartialResults *bool
	Comment             any
	Hint                any
	Max                 any
	MaxAwaitTime        *time.Duration
	Min                 any
	OplogReplay         *bool
	Projection          any
	ReturnKey           *bool
	ShowRecordID        *bool
	Skip                *int64
	Sort                any
	AllowDiskUse        *bool
	BatchSize           *int32
	Let                 any
	Limit               *int64
	NoCursorTimeout     *bool
}

// FindOptionsBuilder is a stub of the real options type.
type FindOptionsBuilder struct {
	Opts []func(*FindOptions) error
}

func (x *FindOptionsBuilder) List() []func(*FindOptions) error                    { return x.Opts }
func (x *FindOptionsBuilder) SetAllowDiskUse(b bool) *FindOptionsBuilder          { return x }
func (x *FindOptionsBuilder) SetAllowPartialResults(b bool) *FindOptionsBuilder   { return x }
func (x *FindOptionsBuilder) SetBatchSize(i int32) *FindOptionsBuilder            { return x }
func (x *FindOptionsBuilder) SetComment(comment any) *FindOptionsBuilder          { return x }
func (x *FindOptionsBuilder) SetHint(hint any) *FindOptionsBuilder                { return x }
func (x *FindOptionsBuilder) SetLet(let any) *FindOptionsBuilder                  { return x }
func (x *FindOptionsBuilder) SetLimit(i int64) *FindOptionsBuilder                { return x }
func (x *FindOptionsBuilder) SetMax(maxVal any) *FindOptionsBuilder               { return x }
func (x *FindOptionsBuilder) SetMaxAwaitTime(d time.Duration) *FindOptionsBuilder { return x }
func (x *FindOptionsBuilder) SetMin(minVal any) *FindOptionsBuilder               { return x }
func (x *FindOptionsBuilder) SetNoCursorTimeout(b bool) *FindOptionsBuilder       { return x }
func (x *FindOptionsBuilder) SetOplogReplay(b bool) *FindOptionsBuilder           { return x }
func (x *FindOptionsBuilder) SetProjection(projection any) *FindOptionsBuilder    { return x }
func (x *FindOptionsBuilder) SetReturnKey(b bool) *FindOptionsBuilder             { return x }
func (x *FindOptionsBuilder) SetShowRecordID(b bool) *FindOptionsBuilder          { return x }
func (x *FindOptionsBuilder) SetSkip(i int64) *FindOptionsBuilder                 { return x }
func (x *FindOptionsBuilder) SetSort(sort any) *FindOptionsBuilder                { return x }

// InsertManyOptions is a stub of the real options type.
type InsertManyOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	Ordered                  *bool
}

// InsertManyOptionsBuilder is a stub of the real options type.
type InsertManyOptionsBuilder struct {
	Opts []func(*InsertManyOptions) error
}

func (x *InsertManyOptionsBuilder) List() []func(*InsertManyOptions) error { return x.Opts }
func (x *InsertManyOptionsBuilder) SetBypassDocumentValidation(b bool) *InsertManyOptionsBuilder {
	return x
}
func (x *InsertManyOptionsBuilder) SetComment(comment any) *InsertManyOptionsBuilder { return x }
func (x *InsertManyOptionsBuilder) SetOrdered(b bool) *InsertManyOptionsBuilder      { return x }

// InsertOneOptions is a stub of the real options type.
type InsertOneOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
}

// InsertOneOptionsBuilder is a stub of the real options type.
type InsertOneOptionsBuilder struct {
	Opts []func(*InsertOneOptions) error
}

func (x *InsertOneOptionsBuilder) List() []func(*InsertOneOptions) error { return x.Opts }
func (x *InsertOneOptionsBuilder) SetBypassDocumentValidation(b bool) *InsertOneOptionsBuilder {
	return x
}
func (x *InsertOneOptionsBuilder) SetComment(comment any) *InsertOneOptionsBuilder { return x }

// ReplaceOptions is a stub of the real options type.
type ReplaceOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	Hint                     any
	Upsert                   *bool
	Let                      any
	Sort                     any
}

// ReplaceOptionsBuilder is a stub of the real options type.
type ReplaceOptionsBuilder struct {
	Opts []func(*ReplaceOptions) error
}

func (x *ReplaceOptionsBuilder) List() []func(*ReplaceOptions) error                       { return x.Opts }
func (x *ReplaceOptionsBuilder) SetBypassDocumentValidation(b bool) *ReplaceOptionsBuilder { return x }
func (x *ReplaceOptionsBuilder) SetComment(comment any) *ReplaceOptionsBuilder             { return x }
func (x *ReplaceOptionsBuilder) SetHint(h any) *ReplaceOptionsBuilder                      { return x }
func (x *ReplaceOptionsBuilder) SetUpsert(b bool) *ReplaceOptionsBuilder                   { return x }
func (x *ReplaceOptionsBuilder) SetLet(l any) *ReplaceOptionsBuilder                       { return x }
func (x *ReplaceOptionsBuilder) SetSort(s any) *ReplaceOptionsBuilder                      { return x }

// ReturnDocument is a stub of the real options type.
type ReturnDocument int8

// UpdateManyOptions is a stub of the real options type.
type UpdateManyOptions struct {
	ArrayFilters             []any
	BypassDocumentValidation *bool
	Comment                  any
	Hint                     any
	Upsert                   *bool
	Let                      any
}

// UpdateManyOptionsBuilder is a stub of the real options type.
type UpdateManyOptionsBuilder struct {
	Opts []func(*UpdateManyOptions) error
}

func (x *UpdateManyOptionsBuilder) List() []func(*UpdateManyOptions) error             { return x.Opts }
func (x *UpdateManyOptionsBuilder) SetArrayFilters(af []any) *UpdateManyOptionsBuilder { return x }
func (x *UpdateManyOptionsBuilder) SetBypassDocumentValidation(b bool) *UpdateManyOptionsBuilder {
	return x
}
func (x *UpdateManyOptionsBuilder) SetComment(comment any) *UpdateManyOptionsBuilder { return x }
func (x *UpdateManyOptionsBuilder) SetHint(h any) *UpdateManyOptionsBuilder          { return x }
func (x *UpdateManyOptionsBuilder) SetUpsert(b bool) *UpdateManyOptionsBuilder       { return x }
func (x *UpdateManyOptionsBuilder) SetLet(l any) *UpdateManyOptionsBuilder           { return x }

// UpdateOneOptions is a stub of the real options type.
type UpdateOneOptions struct {
	ArrayFilters             []any
	BypassDocumentValidation *bool
	Comment                  any
	Hint                     any
	Upsert                   *bool
	Let                      any
	Sort                     any
}

// UpdateOneOptionsBuilder is a stub of the real options type.
type UpdateOneOptionsBuilder struct {
	Opts []func(*UpdateOneOptions) error
}

func (x *UpdateOneOptionsBuilder) List() []func(*UpdateOneOptions) error             { return x.Opts }
func (x *UpdateOneOptionsBuilder) SetArrayFilters(af []any) *UpdateOneOptionsBuilder { return x }
func (x *UpdateOneOptionsBuilder) SetBypassDocumentValidation(b bool) *UpdateOneOptionsBuilder {
	return x
}
func (x *UpdateOneOptionsBuilder) SetComment(comment any) *UpdateOneOptionsBuilder { return x }
func (x *UpdateOneOptionsBuilder) SetHint(h any) *UpdateOneOptionsBuilder          { return x }
func (x *UpdateOneOptionsBuilder) SetUpsert(b bool) *UpdateOneOptionsBuilder       { return x }
func (x *UpdateOneOptionsBuilder) SetLet(l any) *UpdateOneOptionsBuilder           { return x }
func (x *UpdateOneOptionsBuilder) SetSort(s any) *UpdateOneOptionsBuilder          { return x }

// Aggregate creates a new AggregateOptionsBuilder.
func Aggregate() *AggregateOptionsBuilder { return &AggregateOptionsBuilder{} }

// BulkWrite creates a new BulkWriteOptionsBuilder.
func BulkWrite() *BulkWriteOptionsBuilder { return &BulkWriteOptionsBuilder{} }

// Client creates a new ClientOptions.
func Client() *ClientOptions { return &ClientOptions{} }

// Collection creates a new CollectionOptionsBuilder.
func Collection() *CollectionOptionsBuilder { return &CollectionOptionsBuilder{} }

// Count creates a new CountOptionsBuilder.
func Count() *CountOptionsBuilder { return &CountOptionsBuilder{} }

// Database creates a new DatabaseOptionsBuilder.
func Database() *DatabaseOptionsBuilder { return &DatabaseOptionsBuilder{} }

// DeleteMany creates a new DeleteManyOptionsBuilder.
func DeleteMany() *DeleteManyOptionsBuilder { return &DeleteManyOptionsBuilder{} }

// DeleteOne creates a new DeleteOneOptionsBuilder.
func DeleteOne() *DeleteOneOptionsBuilder { return &DeleteOneOptionsBuilder{} }

// Distinct creates a new DistinctOptionsBuilder.
func Distinct() *DistinctOptionsBuilder { return &DistinctOptionsBuilder{} }

// EstimatedDocumentCount creates a new EstimatedDocumentCountOptionsBuilder.
func EstimatedDocumentCount() *EstimatedDocumentCountOptionsBuilder {
	return &EstimatedDocumentCountOptionsBuilder{}
}

// Find creates a new FindOptionsBuilder.
func Find() *FindOptionsBuilder { return &FindOptionsBuilder{} }

// FindOne creates a new FindOneOptionsBuilder.
func FindOne() *FindOneOptionsBuilder { return &FindOneOptionsBuilder{} }

// FindOneAndDelete creates a new FindOneAndDeleteOptionsBuilder.
func FindOneAndDelete() *FindOneAndDeleteOptionsBuilder { return &FindOneAndDeleteOptionsBuilder{} }

// FindOneAndReplace creates a new FindOneAndReplaceOptionsBuilder.
func FindOneAndReplace() *FindOneAndReplaceOptionsBuilder { return &FindOneAndReplaceOptionsBuilder{} }

// FindOneAndUpdate creates a new FindOneAndUpdateOptionsBuilder.
func FindOneAndUpdate() *FindOneAndUpdateOptionsBuilder { return &FindOneAndUpdateOptionsBuilder{} }

// InsertMany creates a new InsertManyOptionsBuilder.
func InsertMany() *InsertManyOptionsBuilder { return &InsertManyOptionsBuilder{} }

// InsertOne creates a new InsertOneOptionsBuilder.
func InsertOne() *InsertOneOptionsBuilder { return &InsertOneOptionsBuilder{} }

// Replace creates a new ReplaceOptionsBuilder.
func Replace() *ReplaceOptionsBuilder { return &ReplaceOptionsBuilder{} }

// UpdateMany creates a new UpdateManyOptionsBuilder.
func UpdateMany() *UpdateManyOptionsBuilder { return &UpdateManyOptionsBuilder{} }

// UpdateOne creates a new UpdateOneOptionsBuilder.
func UpdateOne() *UpdateOneOptionsBuilder { return &UpdateOneOptionsBuilder{} }
