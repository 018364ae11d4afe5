package cli

import (
	"fmt"
	"io"
	"time"
)

// progress draws a one-line progress bar on stderr for a long step (a
// large corpus's files read or written): counts, time taken and time
// left. Steps of fewer than progressFrom items draw nothing.
type progress struct {
	w     io.Writer
	what  string
	start time.Time
	last  time.Time
	drawn bool
}

// progressFrom is the smallest count of items worth a progress bar.
const progressFrom = 2000

// progressEvery is how often the bar is redrawn at most.
const progressEvery = 500 * time.Millisecond

func newProgress(w io.Writer, what string) *progress {
	return &progress{w: w, what: what, start: time.Now()}
}

// update records that done of total items are done.
func (p *progress) update(done, total int) {
	if total < progressFrom {
		return
	}
	now := time.Now()
	if done < total && now.Sub(p.last) < progressEvery {
		return
	}
	p.last = now
	elapsed := now.Sub(p.start)
	const width = 30
	filled := width * done / total
	bar := make([]byte, width)
	for i := range bar {
		bar[i] = '.'
		if i < filled {
			bar[i] = '#'
		}
	}
	left := ""
	if done > 0 && done < total {
		rest := time.Duration(float64(elapsed) * float64(total-done) / float64(done))
		left = ", about " + roundDuration(rest) + " left"
	}
	fmt.Fprintf(p.w, "\r%s [%s] %d of %d, %s%s   ", p.what, bar, done, total, roundDuration(elapsed), left)
	p.drawn = true
}

// finish ends the bar's line, if one was drawn.
func (p *progress) finish() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}

// roundDuration shows d to the second.
func roundDuration(d time.Duration) string {
	return d.Round(time.Second).String()
}
