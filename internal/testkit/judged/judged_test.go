package judged

import "testing"

func TestScore(t *testing.T) {
	set, err := Set()
	if err != nil {
		t.Fatal(err)
	}
	must := map[string][]Hit{}
	none := 0
	for _, q := range set {
		for _, p := range q.Must {
			must[q.Query] = append(must[q.Query], Hit{Passage: p})
		}
		if len(q.Must) == 0 && len(q.MustNot) == 0 {
			none++
		}
	}
	oracle := Score(set, func(q string) []Hit { return must[q] })
	if oracle.PrecisionAt5 != 1 || oracle.Recall != 1 || oracle.Passed != len(set) {
		t.Errorf("an engine returning exactly the must passages scores %+v, want 1, 1 and every query passed", oracle)
	}
	empty := Score(set, func(string) []Hit { return nil })
	if empty.Recall != 0 || empty.Passed != none {
		t.Errorf("an engine returning nothing scores %+v, want recall 0 and only the %d nothing-to-find queries passed", empty, none)
	}
	noise := Score(set, func(string) []Hit { return []Hit{{Passage: "x/p1", Text: "—"}} })
	if noise.PrecisionAt5 != 0 {
		t.Errorf("an engine returning one unrelated passage has precision@5 %v, want 0", noise.PrecisionAt5)
	}
}

func TestQualifies(t *testing.T) {
	q := Query{Query: "Shoigu -Pyongyang OR Kirby"}
	if !q.Qualifies("Sergei SHOIGU met John Kirby") || q.Qualifies("Shoigu alone") {
		t.Error("Qualifies should need every typed word but exclusions and OR")
	}
}
