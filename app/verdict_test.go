//go:build !js

package app

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/compare"
)

// TestVerdictWordFollowsRelation: the pair view opens with the relation
// the matrix colours the pair by, and says what the shared text alone
// would say only when that differs.
func TestVerdictWordFollowsRelation(t *testing.T) {
	for _, tc := range []struct {
		verdict, relation, word, alone string
	}{
		{"rewrite", compare.SameTopic, "Same topic", "By the text they share alone: rewrite."},
		{"same story", compare.SameEvent, "Same event", ""},
		{"reprint", compare.Reprint, "Reprint", ""},
		{"different stories", "", "Different stories", ""},
	} {
		r := compare.Result{Verdict: tc.verdict, Relation: tc.relation}
		r.RelationEvidence.Reasons = []string{"a reason"}
		if got := verdictWord(r); got != tc.word {
			t.Errorf("verdictWord(%s, %s) = %q, want %q", tc.verdict, tc.relation, got, tc.word)
		}
		s := relationSentence(r)
		if tc.alone != "" && !strings.Contains(s, tc.alone) || tc.alone == "" && strings.Contains(s, "alone") {
			t.Errorf("relationSentence(%s, %s) = %q, want %q in it", tc.verdict, tc.relation, s, tc.alone)
		}
	}
}
