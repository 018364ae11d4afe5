package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// when returns render() if cond holds, else nil, which go-app leaves out of
// a Body. Unlike app.If it builds nothing when cond is false.
func when(cond bool, render func() app.UI) app.UI {
	if !cond {
		return nil
	}
	return render()
}
