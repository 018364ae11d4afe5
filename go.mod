module github.com/parallax-news/parallax

go 1.26.0

require golang.org/x/text v0.43.0

require (
	github.com/google/uuid v1.3.0 // indirect
	github.com/maxence-charriere/go-app/v9 v9.8.0 // indirect
	github.com/sahilm/fuzzy v0.1.3 // indirect
)
