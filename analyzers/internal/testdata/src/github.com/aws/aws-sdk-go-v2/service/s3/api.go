// Package s3 is a stub of github.com/aws/aws-sdk-go-v2/service/s3 for scalevet's analyzer tests: only the API shape matters.
package s3

import (
	"context"
	"io"
)

// Options are a client's options.
type Options struct{ Region string }

// Client is the S3 API client.
type Client struct{ options Options }

// New returns a client.
func New(options Options, optFns ...func(*Options)) *Client { return &Client{options: options} }

// ObjectIdentifier names one object of a DeleteObjects call.
type ObjectIdentifier struct{ Key *string }

type (
	GetObjectInput   struct{ Bucket, Key *string }
	GetObjectOutput  struct{ Body io.ReadCloser }
	HeadObjectInput  struct{ Bucket, Key *string }
	HeadObjectOutput struct{ ContentLength *int64 }
	PutObjectInput   struct {
		Bucket, Key *string
		Body        io.Reader
	}
	PutObjectOutput    struct{}
	DeleteObjectInput  struct{ Bucket, Key *string }
	DeleteObjectOutput struct{}
	DeleteObjectsInput struct {
		Bucket  *string
		Objects []ObjectIdentifier
	}
	DeleteObjectsOutput struct{}
	ListObjectsV2Input  struct{ Bucket, Prefix *string }
	ListObjectsV2Output struct{ Contents []ObjectIdentifier }
)

func (c *Client) GetObject(ctx context.Context, params *GetObjectInput, optFns ...func(*Options)) (*GetObjectOutput, error) {
	return &GetObjectOutput{}, nil
}

func (c *Client) HeadObject(ctx context.Context, params *HeadObjectInput, optFns ...func(*Options)) (*HeadObjectOutput, error) {
	return &HeadObjectOutput{}, nil
}

func (c *Client) PutObject(ctx context.Context, params *PutObjectInput, optFns ...func(*Options)) (*PutObjectOutput, error) {
	return &PutObjectOutput{}, nil
}

func (c *Client) DeleteObject(ctx context.Context, params *DeleteObjectInput, optFns ...func(*Options)) (*DeleteObjectOutput, error) {
	return &DeleteObjectOutput{}, nil
}

func (c *Client) DeleteObjects(ctx context.Context, params *DeleteObjectsInput, optFns ...func(*Options)) (*DeleteObjectsOutput, error) {
	return &DeleteObjectsOutput{}, nil
}

func (c *Client) ListObjectsV2(ctx context.Context, params *ListObjectsV2Input, optFns ...func(*Options)) (*ListObjectsV2Output, error) {
	return &ListObjectsV2Output{}, nil
}
