package coder

import (
	"sync"
	"testing"

	"github.com/sitrep-project/sitrep/data"
	"github.com/sitrep-project/sitrep/internal/actor"
	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/tagger"
	"github.com/sitrep-project/sitrep/internal/text"
)

// stages are the real stages before the coder, loaded once per test binary.
type stages struct {
	tagger *tagger.Tagger
	actors *actor.Resolver
	coder  *Coder
}

var (
	stagesOnce sync.Once
	stagesVal  *stages
	stagesErr  error
)

func loadStages(t testing.TB) *stages {
	t.Helper()
	stagesOnce.Do(func() {
		s := &stages{}
		if s.tagger, stagesErr = tagger.Load(data.Models); stagesErr != nil {
			return
		}
		if s.actors, stagesErr = actor.New(data.Actors, actor.Options{}); stagesErr != nil {
			return
		}
		if s.coder, stagesErr = New(data.Patterns); stagesErr != nil {
			return
		}
		stagesVal = s
	})
	if stagesErr != nil {
		t.Fatal(stagesErr)
	}
	return stagesVal
}

// analyze runs the stages before the coder over a and returns the Doc and
// the entities.
func (s *stages) analyze(a article.Article) (*article.Doc, []article.Entity) {
	if a.ID == "" {
		a.ID = article.ContentID(a.Text)
	}
	doc := &article.Doc{Article: a}
	text.Segment(doc)
	s.tagger.Tag(doc)
	ents := s.actors.Resolve(doc)
	return doc, ents
}
