// Prints Docker's verdict on each input (one JSON array [input, source] per line on stdin).
package main

import (
	"bufio"
	_ "crypto/sha256"
	"encoding/json"
	"fmt"
	"os"

	"github.com/distribution/reference"
)

func verdict(s string) string {
	named, err := reference.ParseNormalizedNamed(s)
	if err != nil {
		return "invalid: " + err.Error()
	}
	_, tagged := named.(reference.Tagged)
	_, digested := named.(reference.Digested)
	switch {
	case digested:
		return "digest"
	case tagged:
		return "tag"
	}
	return "name " + named.Name()
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	for in.Scan() {
		var row []string
		json.Unmarshal(in.Bytes(), &row)
		out, _ := json.Marshal([]string{row[0], row[1], verdict(row[0]), verdict(row[0] + "/image")})
		fmt.Println(string(out))
	}
}
