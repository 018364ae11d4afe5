// Package dates finds the dated events an article reports — "on Tuesday",
// "last month", "in March", "June 19", "in April 2019", "three weeks ago" —
// and places each on the calendar by resolving the phrase against the
// article's publication date.
//
// # What is found
//
//   - Full dates: "19 June 2024", "June 19, 2024", "Aug. 15", "2024-06-19".
//     Without a year, the date is the latest one on or before publication
//     ("on February 24" in an August 2022 article is 24 February 2022).
//   - Months: "April 2019", and a month alone after a preposition or
//     modifier ("in March", "since July", "last September", "early May").
//     Alone, it is the latest such month up to the publication month.
//   - Years after a preposition: "in 2019", "since 2000", "until 1991".
//     A bare number is not taken for a year: "2000 troops" is not a date.
//   - Weekdays: "on Tuesday", "said Tuesday", "until Wednesday". A weekday
//     is the latest such day on or before publication; "last Tuesday" is
//     strictly before it; "next Tuesday" strictly after.
//   - today, yesterday, tomorrow, tonight; "last week", "this month",
//     "earlier this year", "later this week", "next month"; "over the
//     weekend", "last weekend", "this weekend".
//   - "three days ago", "a week ago", "two years ago".
//
// Weeks run Monday to Sunday. Month names and weekdays must be
// capitalised, as news copy writes them, so "march" the verb and "may" the
// modal are not dates; "May" alone needs a preposition before it.
//
// # What is left out, on purpose
//
// A phrase is placed only when it has one reading. These are skipped:
// dates relative to another event ("a year earlier", "two months after that
// summit"), vague spans ("in recent years", "the past month", "a few days
// ago"), ranges ("10 to 20 years ago"), "today's" (usually "nowadays":
// "today's world"), weekdays and lone months in a clause with "would" (future
// or conditional, seen from the past), and every relative phrase in an
// article without a publication date. A weekday or lone month in a clause
// that speaks of the future ("will", "is due to", "is expected to",
// "plans to") is the next one instead of the last.
package dates
