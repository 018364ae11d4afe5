// Package record writes and reads the fields of Parallax's binary formats
// (the corpus snapshot, the stored search index): each number a uvarint,
// each text a uvarint length and its bytes. A reader is a few small loops
// without reflection, which in a Go wasm starts far sooner than
// encoding/json: every function runs cold once there.
package record

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Writer appends fields to B.
type Writer struct{ B []byte }

// Num appends a number; n must not be negative.
func (w *Writer) Num(n int) { w.B = binary.AppendUvarint(w.B, uint64(n)) }

// Str appends a length-prefixed text.
func (w *Writer) Str(s string) {
	w.Num(len(s))
	w.B = append(w.B, s...)
}

// Reader reads fields from the front of S. After the first error every
// read returns zero and Err says what was wrong, so a caller may read a
// whole record and check Err once.
type Reader struct {
	S   string
	Err error
}

// Num reads a uvarint that fits an int32.
func (r *Reader) Num() int {
	if r.Err != nil {
		return 0
	}
	var n uint64
	for i := 0; i < len(r.S) && i < binary.MaxVarintLen64; i++ {
		b := r.S[i]
		n |= uint64(b&0x7f) << (7 * i)
		if b < 0x80 {
			r.S = r.S[i+1:]
			if n > 1<<31-1 {
				r.Err = errors.New("a number out of range")
				return 0
			}
			return int(n)
		}
	}
	r.Err = errors.New("it ends in the middle of a number")
	return 0
}

// Count reads a number of items each at least min bytes long, refusing
// more than the rest of the data can hold: a damaged count must not make
// the caller allocate gigabytes.
func (r *Reader) Count(min int) int {
	n := r.Num()
	if r.Err == nil && n > len(r.S)/min {
		r.Err = fmt.Errorf("it announces %d items in %d bytes", n, len(r.S))
		return 0
	}
	return n
}

// Str reads a length-prefixed text, which must be UTF-8. The result shares
// the memory of S.
func (r *Reader) Str() string {
	s := r.Bytes()
	if !utf8.ValidString(s) {
		r.Fail(errors.New("a text that is not UTF-8"))
		return ""
	}
	return s
}

// Fail records err unless an earlier error is recorded, for checks of
// meaning the caller makes between reads.
func (r *Reader) Fail(err error) {
	if r.Err == nil {
		r.Err = err
	}
}

// Bytes reads a length-prefixed run of bytes, which need not be UTF-8. The
// result shares the memory of S.
func (r *Reader) Bytes() string {
	n := r.Num()
	if r.Err != nil {
		return ""
	}
	if n > len(r.S) {
		r.Err = errors.New("it ends in the middle of a text")
		return ""
	}
	s := r.S[:n]
	r.S = r.S[n:]
	return s
}

// The header of a stored derivative of the passages (the search index,
// the actors): a line naming its format, then the fingerprint of the
// passages it was derived from, 8 bytes little endian.

// Header appends the header of a stored format: its name and a line feed,
// then the fingerprint.
func (w *Writer) Header(format string, fingerprint uint64) {
	w.B = append(w.B, format+"\n"...)
	w.B = binary.LittleEndian.AppendUint64(w.B, fingerprint)
}

// ReadHeader checks that data starts with the header of format made from
// the passages whose fingerprint is given, and returns what follows it.
// what names the data in the errors ("the search index").
func ReadHeader(data, format string, fingerprint uint64, what string) (string, error) {
	name, rest, ok := strings.Cut(data, "\n")
	if !ok || name != format {
		return "", fmt.Errorf("%s: not in the format of this version of Parallax (%s)", what, format)
	}
	if len(rest) < 8 {
		return "", fmt.Errorf("%s: damaged, it ends in its header", what)
	}
	if binary.LittleEndian.Uint64([]byte(rest[:8])) != fingerprint {
		return "", fmt.Errorf("%s: made from other articles", what)
	}
	return rest[8:], nil
}
