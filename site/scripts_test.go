package site

import (
	"encoding/json"
	"testing"
)

func TestLeanEnv(t *testing.T) {
	tests := []struct {
		raw     string
		want    map[string]string
		wantErr bool
	}{
		{`{"GOAPP_INTERNAL_URLS":"null","GOAPP_ROOT_PREFIX":"/app"}`, map[string]string{"GOAPP_ROOT_PREFIX": "/app"}, false},
		{`{"GOAPP_INTERNAL_URLS":"[]","GOAPP_VERSION":"v1"}`, map[string]string{"GOAPP_VERSION": "v1"}, false},
		{`{"GOAPP_INTERNAL_URLS":"[\"https://example.org\"]"}`, map[string]string{"GOAPP_INTERNAL_URLS": `["https://example.org"]`}, false},
		{`{"GOAPP_ROOT_PREFIX":""}`, map[string]string{"GOAPP_ROOT_PREFIX": ""}, false},
		{`{"GOAPP_ROOT_PREFIX":1}`, nil, true},
		{`not json`, nil, true},
	}
	for _, tt := range tests {
		got, err := leanEnv([]byte(tt.raw))
		if (err != nil) != tt.wantErr {
			t.Errorf("leanEnv(%s) error = %v, want error %v", tt.raw, err, tt.wantErr)
			continue
		}
		if tt.wantErr {
			continue
		}
		var env map[string]string
		if err := json.Unmarshal([]byte(got), &env); err != nil {
			t.Errorf("leanEnv(%s) = %s, not JSON: %v", tt.raw, got, err)
			continue
		}
		if len(env) != len(tt.want) {
			t.Errorf("leanEnv(%s) = %v, want %v", tt.raw, env, tt.want)
		}
		for k, v := range tt.want {
			if env[k] != v {
				t.Errorf("leanEnv(%s)[%s] = %q, want %q", tt.raw, k, env[k], v)
			}
		}
	}
}
