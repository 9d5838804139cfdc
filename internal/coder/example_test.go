package coder_test

import (
	"fmt"

	"github.com/sitrep-project/sitrep/internal/coder"
)

// A pattern file is parsed into patterns; every error of the file is
// reported at once, as file:line: message.
func ExampleParse() {
	src := []byte(`# sending troops
A send {troop|soldier} to R  => AID 072 ctx=military
A's invasion of R            => ASSAULT 190
A meet R                     => CONSUL 040
`)
	pats, err := coder.Parse("example.pat", src)
	for _, p := range pats {
		fmt.Println(p.ID, p.Event, p.Cameo, p.Contexts)
	}
	fmt.Println(err)
	// Output:
	// example.pat:2 AID 072 [military]
	// example.pat:3 ASSAULT 190 []
	// example.pat:4: expected a PLOVER event type (AGREE ... ASSAULT), found "CONSUL"
}
