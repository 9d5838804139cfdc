package pipeline

import "time"

// Stage names a step of Analyze, in the order it runs.
type Stage int

const (
	StageText Stage = iota
	StageTagger
	StageNames
	StageActors
	StageTimex
	StagePlaces
	StageEvents
	StageEventTimes
	StageEventPlaces
	StageAttribution
	NumStages
)

var stageNames = [NumStages]string{"text", "tagger", "names", "actors", "timex", "places", "events", "event-times", "event-places", "attribution"}

func (s Stage) String() string {
	if s < 0 || s >= NumStages {
		return "unknown"
	}
	return stageNames[s]
}

// StageTimes is the wall time each stage took, summed over the articles
// analysed with it.
type StageTimes [NumStages]time.Duration

// Add adds the times of o to t.
func (t *StageTimes) Add(o *StageTimes) {
	for i := range t {
		t[i] += o[i]
	}
}

// Total is the time of all stages.
func (t *StageTimes) Total() time.Duration {
	var sum time.Duration
	for _, d := range t {
		sum += d
	}
	return sum
}

// stageClock charges the time since its last call to a stage; a nil
// clock's times go nowhere, so Analyze pays nothing when nobody asks.
type stageClock struct {
	times *StageTimes
	last  time.Time
}

func newStageClock(times *StageTimes) stageClock {
	if times == nil {
		return stageClock{}
	}
	return stageClock{times: times, last: time.Now()}
}

func (c *stageClock) done(s Stage) {
	if c.times == nil {
		return
	}
	now := time.Now()
	c.times[s] += now.Sub(c.last)
	c.last = now
}
