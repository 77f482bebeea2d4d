// Package mongo is a stub of go.mongodb.org/mongo-driver/v2/mongo for scalevet's analyzer tests: only the API shape matters.
// Driver v2: Connect takes NO context, there is no NewClient or Client.Connect,
// and collection methods take ...options.Lister[options.XxxOptions], satisfied
// by the *XxxOptionsBuilder values that options.Find() and friends return.
package mongo

import (
	"context"
	"errors"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"go.mongodb.org/mongo-driver/v2/mongo/readpref"
)

// ErrNoDocuments occurs when an operation that should return a document (e.g. FindOne) returns none.
var ErrNoDocuments = errors.New("mongo: no documents in result")

// Pipeline is a type that makes creating aggregation pipelines easier.
type Pipeline []bson.D

// Connect creates a new Client with the given options; it does not take a context.
func Connect(opts ...*options.ClientOptions) (*Client, error) { return &Client{}, nil }

// Client is a handle representing a pool of connections to a MongoDB deployment. It is safe for concurrent use.
type Client struct{ _ int }

func (c *Client) Disconnect(ctx context.Context) error                  { return nil }
func (c *Client) Ping(ctx context.Context, rp *readpref.ReadPref) error { return nil }
func (c *Client) Database(name string, opts ...options.Lister[options.DatabaseOptions]) *Database {
	return &Database{}
}
func (c *Client) NumberSessionsInProgress() int { return 0 }

// Database is a handle to a MongoDB database. It is safe for concurrent use.
type Database struct{ _ int }

func (db *Database) Client() *Client { return nil }
func (db *Database) Name() string    { return "" }
func (db *Database) Collection(name string, opts ...options.Lister[options.CollectionOptions]) *Collection {
	return &Collection{}
}
func (db *Database) Aggregate(ctx context.Context, pipeline interface{}, opts ...options.Lister[options.AggregateOptions]) (*Cursor, error) {
	return &Cursor{}, nil
}
func (db *Database) Drop(ctx context.Context) error { return nil }

// Collection is a handle to a MongoDB collection. It is safe for concurrent use.
type Collection struct{ _ int }

func (coll *Collection) Clone(opts ...options.Lister[options.CollectionOptions]) *Collection {
	return coll
}
func (coll *Collection) Name() string        { return "" }
func (coll *Collection) Database() *Database { return nil }
func (coll *Collection) BulkWrite(ctx context.Context, models []WriteModel, opts ...options.Lister[options.BulkWriteOptions]) (*BulkWriteResult, error) {
	return &BulkWriteResult{}, nil
}
func (coll *Collection) InsertOne(ctx context.Context, document interface{}, opts ...options.Lister[options.InsertOneOptions]) (*InsertOneResult, error) {
	return &InsertOneResult{}, nil
}
func (coll *Collection) InsertMany(ctx context.Context, documents interface{}, opts ...options.Lister[options.InsertManyOptions]) (*InsertManyResult, error) {
	return &InsertManyResult{}, nil
}
func (coll *Collection) DeleteOne(ctx context.Context, filter interface{}, opts ...options.Lister[options.DeleteOneOptions]) (*DeleteResult, error) {
	return &DeleteResult{}, nil
}
func (coll *Collection) DeleteMany(ctx context.Context, filter interface{}, opts ...options.Lister[options.DeleteManyOptions]) (*DeleteResult, error) {
	return &DeleteResult{}, nil
}
func (coll *Collection) UpdateByID(ctx context.Context, id interface{}, update interface{}, opts ...options.Lister[options.UpdateOneOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}
func (coll *Collection) UpdateOne(ctx context.Context, filter interface{}, update interface{}, opts ...options.Lister[options.UpdateOneOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}
func (coll *Collection) UpdateMany(ctx context.Context, filter interface{}, update interface{}, opts ...options.Lister[options.UpdateManyOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}
func (coll *Collection) ReplaceOne(ctx context.Context, filter interface{}, replacement interface{}, opts ...options.Lister[options.ReplaceOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}
func (coll *Collection) Aggregate(ctx context.Context, pipeline interface{}, opts ...options.Lister[options.AggregateOptions]) (*Cursor, error) {
	return &Cursor{}, nil
}
func (coll *Collection) CountDocuments(ctx context.Context, filter interface{}, opts ...options.Lister[options.CountOptions]) (int64, error) {
	return 0, nil
}
func (coll *Collection) EstimatedDocumentCount(ctx context.Context, opts ...options.Lister[options.EstimatedDocumentCountOptions]) (int64, error) {
	return 0, nil
}
func (coll *Collection) Distinct(ctx context.Context, fieldName string, filter interface{}, opts ...options.Lister[options.DistinctOptions]) *DistinctResult {
	return &DistinctResult{}
}
func (coll *Collection) Find(ctx context.Context, filter interface{}, opts ...options.Lister[options.FindOptions]) (*Cursor, error) {
	return &Cursor{}, nil
}
func (coll *Collection) FindOne(ctx context.Context, filter interface{}, opts ...options.Lister[options.FindOneOptions]) *SingleResult {
	return &SingleResult{}
}
func (coll *Collection) FindOneAndDelete(ctx context.Context, filter interface{}, opts ...options.Lister[options.FindOneAndDeleteOptions]) *SingleResult {
	return &SingleResult{}
}
func (coll *Collection) FindOneAndReplace(ctx context.Context, filter interface{}, replacement interface{}, opts ...options.Lister[options.FindOneAndReplaceOptions]) *SingleResult {
	return &SingleResult{}
}
func (coll *Collection) FindOneAndUpdate(ctx context.Context, filter interface{}, update interface{}, opts ...options.Lister[options.FindOneAndUpdateOptions]) *SingleResult {
	return &SingleResult{}
}

// Cursor is used to iterate over a stream of documents.
type Cursor struct {
	Current bson.Raw
}

func (c *Cursor) ID() int64                                          { return 0 }
func (c *Cursor) Next(ctx context.Context) bool                      { return false }
func (c *Cursor) TryNext(ctx context.Context) bool                   { return false }
func (c *Cursor) Decode(val interface{}) error                       { return nil }
func (c *Cursor) Err() error                                         { return nil }
func (c *Cursor) Close(ctx context.Context) error                    { return nil }
func (c *Cursor) All(ctx context.Context, results interface{}) error { return nil }
func (c *Cursor) RemainingBatchLength() int                          { return 0 }
func (c *Cursor) SetBatchSize(batchSize int32)                       {}
func (c *Cursor) SetMaxAwaitTime(dur time.Duration)                  {}
func (c *Cursor) SetComment(comment interface{})                     {}

// SingleResult represents a single document returned from an operation. Its error is reported by Decode or Err.
type SingleResult struct{ _ int }

func (sr *SingleResult) Decode(v interface{}) error { return nil }
func (sr *SingleResult) Raw() (bson.Raw, error)     { return nil, nil }
func (sr *SingleResult) Err() error                 { return nil }

// DistinctResult is the result of Collection.Distinct in driver v2.
type DistinctResult struct{ _ int }

func (dr *DistinctResult) Decode(v interface{}) error { return nil }
func (dr *DistinctResult) Err() error                 { return nil }

// InsertOneResult is the result type returned by an InsertOne operation.
type InsertOneResult struct {
	InsertedID   interface{}
	Acknowledged bool
}

// InsertManyResult is a result type returned by an InsertMany operation.
type InsertManyResult struct {
	InsertedIDs  []interface{}
	Acknowledged bool
}

// DeleteResult is the result type returned by DeleteOne and DeleteMany operations.
type DeleteResult struct {
	DeletedCount int64
	Acknowledged bool
}

// UpdateResult is the result type returned from UpdateOne, UpdateMany, and ReplaceOne operations.
type UpdateResult struct {
	MatchedCount  int64
	ModifiedCount int64
	UpsertedCount int64
	UpsertedID    interface{}
	Acknowledged  bool
}

// BulkWriteResult is the result type returned by a BulkWrite operation.
type BulkWriteResult struct {
	InsertedCount int64
	MatchedCount  int64
	ModifiedCount int64
	DeletedCount  int64
	UpsertedCount int64
	UpsertedIDs   map[int64]interface{}
	Acknowledged  bool
}

// WriteModel is an interface implemented by models that can be used in a BulkWrite operation.
type WriteModel interface {
	writeModel()
}

// InsertOneModel is used to perform a InsertOne operation in a BulkWrite.
type InsertOneModel struct {
	Document interface{}
}

// NewInsertOneModel creates a new InsertOneModel.
func NewInsertOneModel() *InsertOneModel { return &InsertOneModel{} }

func (*InsertOneModel) writeModel()                                   {}
func (m *InsertOneModel) SetDocument(doc interface{}) *InsertOneModel { return m }

// UpdateOneModel is used to perform a UpdateOne operation in a BulkWrite.
type UpdateOneModel struct {
	Upsert *bool
	Filter interface{}
	Update interface{}
	Hint   interface{}
	Sort   interface{}
}

// NewUpdateOneModel creates a new UpdateOneModel.
func NewUpdateOneModel() *UpdateOneModel { return &UpdateOneModel{} }

func (*UpdateOneModel) writeModel()                                    {}
func (m *UpdateOneModel) SetHint(hint interface{}) *UpdateOneModel     { return m }
func (m *UpdateOneModel) SetFilter(filter interface{}) *UpdateOneModel { return m }
func (m *UpdateOneModel) SetUpdate(update interface{}) *UpdateOneModel { return m }
func (m *UpdateOneModel) SetUpsert(upsert bool) *UpdateOneModel        { return m }
func (m *UpdateOneModel) SetSort(sort interface{}) *UpdateOneModel     { return m }

// UpdateManyModel is used to perform a UpdateMany operation in a BulkWrite.
type UpdateManyModel struct {
	Upsert *bool
	Filter interface{}
	Update interface{}
	Hint   interface{}
}

// NewUpdateManyModel creates a new UpdateManyModel.
func NewUpdateManyModel() *UpdateManyModel { return &UpdateManyModel{} }

func (*UpdateManyModel) writeModel()                                     {}
func (m *UpdateManyModel) SetHint(hint interface{}) *UpdateManyModel     { return m }
func (m *UpdateManyModel) SetFilter(filter interface{}) *UpdateManyModel { return m }
func (m *UpdateManyModel) SetUpdate(update interface{}) *UpdateManyModel { return m }
func (m *UpdateManyModel) SetUpsert(upsert bool) *UpdateManyModel        { return m }

// ReplaceOneModel is used to perform a ReplaceOne operation in a BulkWrite.
type ReplaceOneModel struct {
	Upsert      *bool
	Filter      interface{}
	Replacement interface{}
	Hint        interface{}
	Sort        interface{}
}

// NewReplaceOneModel creates a new ReplaceOneModel.
func NewReplaceOneModel() *ReplaceOneModel { return &ReplaceOneModel{} }

func (*ReplaceOneModel) writeModel()                                       {}
func (m *ReplaceOneModel) SetHint(hint interface{}) *ReplaceOneModel       { return m }
func (m *ReplaceOneModel) SetFilter(filter interface{}) *ReplaceOneModel   { return m }
func (m *ReplaceOneModel) SetReplacement(rep interface{}) *ReplaceOneModel { return m }
func (m *ReplaceOneModel) SetUpsert(upsert bool) *ReplaceOneModel          { return m }
func (m *ReplaceOneModel) SetSort(sort interface{}) *ReplaceOneModel       { return m }

// DeleteOneModel is used to perform a DeleteOne operation in a BulkWrite.
type DeleteOneModel struct {
	Filter interface{}
	Hint   interface{}
}

// NewDeleteOneModel creates a new DeleteOneModel.
func NewDeleteOneModel() *DeleteOneModel { return &DeleteOneModel{} }

func (*DeleteOneModel) writeModel()                                    {}
func (m *DeleteOneModel) SetFilter(filter interface{}) *DeleteOneModel { return m }
func (m *DeleteOneModel) SetHint(hint interface{}) *DeleteOneModel     { return m }

// DeleteManyModel is used to perform a DeleteMany operation in a BulkWrite.
type DeleteManyModel struct {
	Filter interface{}
	Hint   interface{}
}

// NewDeleteManyModel creates a new DeleteManyModel.
func NewDeleteManyModel() *DeleteManyModel { return &DeleteManyModel{} }

func (*DeleteManyModel) writeModel()                                     {}
func (m *DeleteManyModel) SetFilter(filter interface{}) *DeleteManyModel { return m }
func (m *DeleteManyModel) SetHint(hint interface{}) *DeleteManyModel     { return m }

// IsDuplicateKeyError returns true if err is a duplicate key error.
func IsDuplicateKeyError(err error) bool { return false }

// IsTimeout returns true if err was caused by a timeout.
func IsTimeout(err error) bool { return false }

// IsNetworkError returns true if err is a network error.
func IsNetworkError(err error) bool { return false }
