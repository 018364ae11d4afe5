package compare

// unionFind joins items 0…n-1 into groups, one union at a time; Stories
// and Events both group transitively with it.
type unionFind struct {
	parent []int
}

// union puts x and y, and everything joined to either, in one group,
// growing the set to hold them.
func (u *unionFind) union(x, y int) {
	for len(u.parent) <= max(x, y) {
		u.parent = append(u.parent, len(u.parent))
	}
	u.parent[u.find(y)] = u.find(x)
}

// find returns the representative of i's group; i past the set is alone.
func (u *unionFind) find(i int) int {
	if i >= len(u.parent) {
		return i
	}
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// groups returns the groups of items 0…n-1, each in item order, the
// groups in the order of their first item.
func (u *unionFind) groups(n int) [][]int {
	at := map[int]int{}
	var out [][]int
	for i := 0; i < n; i++ {
		r := u.find(i)
		k, ok := at[r]
		if !ok {
			k = len(out)
			at[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}
