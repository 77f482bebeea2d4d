package mongodb

import (
	"net/http"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

var users *mongo.Collection

func List(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var ids []string
	for _, id := range ids {
		users.FindOne(ctx, bson.M{"_id": id})                             // want `users\.FindOne runs a query once per iteration of this loop on the request path of List \(N\+1: [^)]*\).*; it also writes once per iteration`
		users.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{}}) // not reported: the same loop, one finding (the N+1 names its writes)
	}
	users.Find(ctx, bson.M{})           // want `users\.Find reads the whole collection \(empty filter, no limit\) on the request path of List`
	users.CountDocuments(ctx, bson.D{}) // want `users\.CountDocuments counts every document of the collection`

	users.Find(ctx, bson.M{}, options.Find().SetLimit(20))   // not reported: options may limit
	users.Find(ctx, bson.M{"_id": bson.M{"$in": ids}})       // not reported: filtered
	users.InsertMany(ctx, []interface{}{bson.M{}, bson.M{}}) // not reported: a batch write
	users.EstimatedDocumentCount(ctx)                        // not reported: metadata, not a scan
}
