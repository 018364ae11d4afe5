package compare

import (
	"reflect"
	"testing"
)

// TestUnionFindGroups checks that unions join transitively and that groups
// come in the order of their first item, each in item order.
func TestUnionFindGroups(t *testing.T) {
	var u unionFind
	u.union(3, 1)
	u.union(4, 1)
	u.union(0, 5)
	got := u.groups(7)
	want := [][]int{{0, 5}, {1, 3, 4}, {2}, {6}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("groups = %v, want %v", got, want)
	}
	if u.find(4) != u.find(3) || u.find(2) == u.find(1) {
		t.Errorf("find: 4 and 3 should share a group, 2 and 1 should not")
	}
}
