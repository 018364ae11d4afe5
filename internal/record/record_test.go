package record

import (
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	var w Writer
	nums := []int{0, 1, 127, 128, 300, 1<<31 - 1}
	for _, n := range nums {
		w.Num(n)
	}
	texts := []string{"", "Shoigu", "Пхеньян", strings.Repeat("x", 200)}
	for _, s := range texts {
		w.Str(s)
	}
	r := Reader{S: string(w.B)}
	for _, want := range nums {
		if got := r.Num(); got != want {
			t.Errorf("Num() = %d, want %d", got, want)
		}
	}
	for _, want := range texts {
		if got := r.Str(); got != want {
			t.Errorf("Str() = %q, want %q", got, want)
		}
	}
	if r.Err != nil || r.S != "" {
		t.Errorf("after reading everything: err %v, %d bytes left", r.Err, len(r.S))
	}
}

func TestDamage(t *testing.T) {
	tests := []struct {
		name string
		data string
		read func(r *Reader)
		want string
	}{
		{"empty number", "", func(r *Reader) { r.Num() }, "middle of a number"},
		{"unfinished number", "\x80\x80", func(r *Reader) { r.Num() }, "middle of a number"},
		{"number past int32", "\xff\xff\xff\xff\x7f", func(r *Reader) { r.Num() }, "out of range"},
		{"short text", "\x05abc", func(r *Reader) { r.Str() }, "middle of a text"},
		{"text not UTF-8", "\x02\xff\xfe", func(r *Reader) { r.Str() }, "not UTF-8"},
		{"count past the data", "\x64ab", func(r *Reader) { r.Count(1) }, "announces 100 items"},
	}
	for _, tt := range tests {
		r := Reader{S: tt.data}
		tt.read(&r)
		if r.Err == nil || !strings.Contains(r.Err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want one saying %q", tt.name, r.Err, tt.want)
		}
		// Every read after an error is zero and keeps the first error.
		first := r.Err
		if r.Num() != 0 || r.Str() != "" || r.Err != first {
			t.Errorf("%s: reads after the error were not zero, or replaced it", tt.name)
		}
		r.Fail(nil)
		if r.Err != first {
			t.Errorf("%s: Fail replaced the first error", tt.name)
		}
	}
}

// TestHeader: a header reads back; another format, a cut header or other
// passages' fingerprint are refused with an error naming the data.
func TestHeader(t *testing.T) {
	var w Writer
	w.Header("parallax-test/1", 42)
	w.Str("body")
	data := string(w.B)
	body, err := ReadHeader(data, "parallax-test/1", 42, "the test data")
	if r := (Reader{S: body}); err != nil || r.Str() != "body" {
		t.Fatalf("ReadHeader = %q, %v; want the body back", body, err)
	}
	for _, tt := range []struct{ data, format, want string }{
		{data, "parallax-test/2", "not in the format"},
		{data[:len("parallax-test/1\n")+4], "parallax-test/1", "ends in its header"},
		{"", "parallax-test/1", "not in the format"},
	} {
		if _, err := ReadHeader(tt.data, tt.format, 42, "the test data"); err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "the test data") {
			t.Errorf("ReadHeader(%q, %q) error = %v, want %q", tt.data, tt.format, err, tt.want)
		}
	}
	if _, err := ReadHeader(data, "parallax-test/1", 43, "the test data"); err == nil || !strings.Contains(err.Error(), "other articles") {
		t.Errorf("ReadHeader with another fingerprint: error = %v, want other articles", err)
	}
}
