package timex_test

import (
	"fmt"
	"time"

	"github.com/sitrep-project/sitrep/internal/timex"
)

func ExampleResolve() {
	saturday := time.Date(2024, 11, 30, 0, 0, 0, 0, time.UTC)
	text := "The delegation arrived on Friday, after troops were sent last month. In June, a treaty was signed."
	for _, t := range timex.Resolve(text, saturday, true) {
		fmt.Printf("%s\t%s\t%s\n", t.Text, t.Type, t.Value)
	}
	// Output:
	// Friday	DATE	2024-11-29
	// last month	DATE	2024-10
	// June	DATE	2024-06
}
