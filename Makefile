# Everyday targets. CI runs .ci/run, which runs the same tests as `make test`.
GO ?= go
FUZZTIME ?= 30s
BIN ?= bin/sitrep

.PHONY: build test lint fuzz bench clean

build:
	CGO_ENABLED=0 $(GO) build -o $(BIN) ./cmd/sitrep

test:
	$(GO) test ./...

lint:
	$(GO) vet ./...
	@test -z "$$(gofmt -l cmd internal data)" || (gofmt -l cmd internal data; exit 1)

# Runs every fuzz target for FUZZTIME each.
fuzz:
	@for pkg in $$($(GO) list ./...); do \
		for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
			echo "== $$pkg $$f"; \
			$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
		done; \
	done

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin
