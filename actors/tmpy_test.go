package actors

import (
	"fmt"
	"testing"
)

func TestTmpY(t *testing.T) {
	for _, text := range []string{
		"Kingfishers win\n\nThe Coastal Kingfishers beat the Riverside Rams by 27 runs on Friday to reach the final of the Twenty20 Premier Series.\n\nThe Kingfishers will meet the winner of Saturday's match between the Hobart Harriers and the Sydney Strikers in the final at the MCG on Jan. 28.",
		"Obit\n\nShe moved to the United States in 1970 to join the Institute of Arctic and Alpine Research at the University of Colorado.",
	} {
		set := extractText(t, text)
		for _, a := range set.Actors {
			fmt.Printf("%s (%s) %v\n", a.Name, a.Kind, a.Aliases)
		}
		fmt.Println("--")
	}
}
