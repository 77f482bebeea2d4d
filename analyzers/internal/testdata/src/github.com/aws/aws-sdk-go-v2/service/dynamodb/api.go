// Package dynamodb is a stub of github.com/aws/aws-sdk-go-v2/service/dynamodb for scalevet's analyzer tests: only the API shape matters.
package dynamodb

import "context"

// Options are a client's options.
type Options struct{ Region string }

// Client is the DynamoDB API client.
type Client struct{ options Options }

// New returns a client.
func New(options Options, optFns ...func(*Options)) *Client { return &Client{options: options} }

// AttributeValue stands for types.AttributeValue, an interface in the real SDK.
type AttributeValue interface{}

type (
	GetItemInput struct {
		TableName *string
		Key       map[string]AttributeValue
	}
	GetItemOutput struct{ Item map[string]AttributeValue }
	QueryInput    struct{ TableName, KeyConditionExpression *string }
	QueryOutput   struct{ Items []map[string]AttributeValue }
	ScanInput     struct{ TableName *string }
	ScanOutput    struct{ Items []map[string]AttributeValue }
	PutItemInput  struct {
		TableName *string
		Item      map[string]AttributeValue
	}
	PutItemOutput      struct{}
	UpdateItemInput    struct{ TableName *string }
	UpdateItemOutput   struct{}
	DeleteItemInput    struct{ TableName *string }
	DeleteItemOutput   struct{}
	KeysAndAttributes  struct{ Keys []map[string]AttributeValue }
	BatchGetItemInput  struct{ RequestItems map[string]KeysAndAttributes }
	BatchGetItemOutput struct {
		Responses map[string][]map[string]AttributeValue
	}
	WriteRequest         struct{ PutRequest *PutItemInput }
	BatchWriteItemInput  struct{ RequestItems map[string][]WriteRequest }
	BatchWriteItemOutput struct{}
)

func (c *Client) GetItem(ctx context.Context, params *GetItemInput, optFns ...func(*Options)) (*GetItemOutput, error) {
	return &GetItemOutput{}, nil
}

func (c *Client) Query(ctx context.Context, params *QueryInput, optFns ...func(*Options)) (*QueryOutput, error) {
	return &QueryOutput{}, nil
}

func (c *Client) Scan(ctx context.Context, params *ScanInput, optFns ...func(*Options)) (*ScanOutput, error) {
	return &ScanOutput{}, nil
}

func (c *Client) PutItem(ctx context.Context, params *PutItemInput, optFns ...func(*Options)) (*PutItemOutput, error) {
	return &PutItemOutput{}, nil
}

func (c *Client) UpdateItem(ctx context.Context, params *UpdateItemInput, optFns ...func(*Options)) (*UpdateItemOutput, error) {
	return &UpdateItemOutput{}, nil
}

func (c *Client) DeleteItem(ctx context.Context, params *DeleteItemInput, optFns ...func(*Options)) (*DeleteItemOutput, error) {
	return &DeleteItemOutput{}, nil
}

func (c *Client) BatchGetItem(ctx context.Context, params *BatchGetItemInput, optFns ...func(*Options)) (*BatchGetItemOutput, error) {
	return &BatchGetItemOutput{}, nil
}

func (c *Client) BatchWriteItem(ctx context.Context, params *BatchWriteItemInput, optFns ...func(*Options)) (*BatchWriteItemOutput, error) {
	return &BatchWriteItemOutput{}, nil
}
