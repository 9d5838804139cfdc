package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
)

func date(s string) time.Time {
	t, ok := article.ParseDate(s)
	if !ok {
		panic("bad test date " + s)
	}
	return t
}

// brief prints a Time as "text|TYPE|value|mod" (with "|unresolved" when set).
func brief(t article.Time) string {
	s := fmt.Sprintf("%s|%s|%s|%s", t.Text, t.Type, t.Value, t.Mod)
	if t.Unresolved {
		s += "|unresolved"
	}
	return s
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name   string
		anchor string // "" for none
		text   string
		want   []string
	}{
		// the seed dispatch, dated Saturday 2024-11-30
		{"seed saturday is today", "2024-11-30", "the North's state media reported Saturday.",
			[]string{"Saturday|DATE|2024-11-30|"}},
		{"seed friday is yesterday", "2024-11-30", "A delegation arrived in North Korea on Friday, amid concern.",
			[]string{"Friday|DATE|2024-11-29|"}},
		{"seed last month", "2024-11-30", "after North Korea sent thousands of troops to Russia last month.",
			[]string{"last month|DATE|2024-10|"}},
		{"seed earlier in November", "2024-11-30", "Kim slammed a US decision earlier in November to let Ukraine strike.",
			[]string{"November|DATE|2024-11|"}},
		{"seed in june", "2024-11-30", "In June, Kim and Putin signed a treaty.",
			[]string{"June|DATE|2024-06|"}},
		{"seed said friday", "2024-11-30", "Zelenskyy said Friday that the war must stop.",
			[]string{"Friday|DATE|2024-11-29|"}},

		// weekdays and tense
		{"future weekday is the next one", "2024-11-30", "The talks will resume on Friday.",
			[]string{"Friday|DATE|2024-12-06|"}},
		{"future month is the next one", "2024-11-30", "They will meet again in June.",
			[]string{"June|DATE|2025-06|"}},
		{"an infinitive after a past verb takes the nearer day", "1999-03-13", "They staged celebrations to mark the entry into NATO on Friday.",
			[]string{"Friday|DATE|1999-03-12|"}},
		{"an infinitive alone takes the nearer day", "2024-11-30", "The court agreed to hear the case Monday.",
			[]string{"Monday|DATE|2024-12-02|"}},
		{"scheduled to is the future", "1989-11-02", "The sale is scheduled to close Monday.",
			[]string{"Monday|DATE|1989-11-06|"}},
		{"is to is the future", "1989-10-27", "The stock is to resume trading in Paris Tuesday.",
			[]string{"Tuesday|DATE|1989-10-31|"}},
		{"had been due to is a plan now past", "1989-10-30", "The offer had been due to expire Friday evening.",
			[]string{"Friday evening|TIME|1989-10-27TEV|"}},
		{"next to is no future", "1998-08-08", "A bomb ripped through a building next to the embassy in Nairobi Friday morning.",
			[]string{"Friday morning|TIME|1998-08-07TMO|"}},
		{"a passive participle is no past", "1998-02-13",
			"Qantas will almost double its flights between Australia and India by August in the search for new markets untouched by the crisis.",
			[]string{"August|DATE|1998-08|"}},
		{"a future auxiliary fourteen words back", "1998-03-04",
			"Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December.",
			[]string{"December|DATE|1998-12|"}},
		{"a deadline month is ahead", "1998-03-22", "The talks are supposed to conclude by May, officials said.",
			[]string{"May|DATE|1998-05|"}},
		{"a deadline month in a past clause", "1998-03-22", "By May the troops had withdrawn.",
			[]string{"May|DATE|1997-05|"}},
		{"a deadline month after a past verb", "1998-03-22", "The troops pulled out by May.",
			[]string{"May|DATE|1997-05|"}},
		{"last friday on a friday", "2023-03-31", "It happened last Friday, not this Friday.",
			[]string{"last Friday|DATE|2023-03-24|", "this Friday|DATE|2023-03-31|"}},
		{"next friday on a friday", "2023-03-31", "They meet next Friday.",
			[]string{"next Friday|DATE|2023-04-07|"}},
		{"weekday part of day", "2024-11-30", "Shelling resumed Friday night and Saturday morning.",
			[]string{"Friday night|TIME|2024-11-29TNI|", "Saturday morning|TIME|2024-11-30TMO|"}},
		{"weekday with explicit date", "2024-11-30", "on Friday, Nov. 29, the envoy left",
			[]string{"Friday, Nov. 29|DATE|2024-11-29|"}},

		// relative days
		{"relative days", "2024-02-29", "yesterday, today and tomorrow",
			[]string{"yesterday|DATE|2024-02-28|", "today|DATE|2024-02-29|", "tomorrow|DATE|2024-03-01|"}},
		{"tonight and last night", "2024-11-30", "Strikes hit last night and will resume tonight.",
			[]string{"last night|TIME|2024-11-29TNI|", "tonight|TIME|2024-11-30TNI|"}},
		{"year end tomorrow", "2024-12-31", "The law takes effect tomorrow.",
			[]string{"tomorrow|DATE|2025-01-01|"}},
		{"year start yesterday", "2025-01-01", "Fireworks were banned yesterday.",
			[]string{"yesterday|DATE|2024-12-31|"}},

		// last/next/this unit
		{"units around a leap day", "2024-02-29", "last week, last month, next month, last year",
			[]string{"last week|DATE|2024-W08|", "last month|DATE|2024-01|", "next month|DATE|2024-03|", "last year|DATE|2023|"}},
		{"iso week across the year end", "2024-12-31", "this week and next week",
			[]string{"this week|DATE|2025-W01|", "next week|DATE|2025-W02|"}},
		{"iso week 53", "2021-01-03", "this week, the weekend, last year",
			[]string{"this week|DATE|2020-W53|", "the weekend|DATE|2020-W53-WE|", "last year|DATE|2020|"}},
		{"month end last month", "2023-03-31", "Prices rose last month and a month ago.",
			[]string{"last month|DATE|2023-02|", "a month ago|DATE|2023-02|"}},
		{"year start last month", "2025-01-01", "Sales fell last month and last year.",
			[]string{"last month|DATE|2024-12|", "last year|DATE|2024|"}},
		{"next quarter at year end", "2024-12-31", "the fourth quarter and next quarter",
			[]string{"the fourth quarter|DATE|2024-Q4|", "next quarter|DATE|2025-Q1|"}},

		// months and days without a year
		{"month day nearest", "2024-11-30", "Nov. 28 and 28/11 and 2024-11-29",
			[]string{"Nov. 28|DATE|2024-11-28|", "28/11|DATE|2024-11-28|", "2024-11-29|DATE|2024-11-29|"}},
		{"month day across the year end", "2025-01-01", "It began on Dec. 28 and ends Jan. 2.",
			[]string{"Dec. 28|DATE|2024-12-28|", "Jan. 2|DATE|2025-01-02|"}},
		{"leap day", "2024-02-29", "on Feb. 29 and 29 February 2020",
			[]string{"Feb. 29|DATE|2024-02-29|", "29 February 2020|DATE|2020-02-29|"}},
		{"full dates", "2024-11-30", "November 28, 2024 and June 2023 and May 5",
			[]string{"November 28, 2024|DATE|2024-11-28|", "June 2023|DATE|2023-06|", "May 5|DATE|2024-05-05|"}},
		{"month in december at year start", "2025-01-01", "In December, output fell.",
			[]string{"December|DATE|2024-12|"}},
		{"month this year", "2024-11-30", "In January this year and July last year",
			[]string{"January this year|DATE|2024-01|", "July last year|DATE|2023-07|"}},

		// ago
		{"ago", "2024-11-30", "two days ago, three weeks ago, a year ago, a decade ago",
			[]string{"two days ago|DATE|2024-11-28|", "three weeks ago|DATE|2024-11-09|", "a year ago|DATE|2023|", "a decade ago|DATE|2014|"}},
		{"ago from a leap day", "2024-02-29", "two weeks ago and one month ago",
			[]string{"two weeks ago|DATE|2024-02-15|", "one month ago|DATE|2024-01|"}},
		{"vague ago", "2024-11-30", "several years ago", []string{"several years ago|DATE|PAST_REF|"}},

		// qualifiers, decades, quarters, seasons
		{"mid year", "2024-11-30", "by mid-2023 and in early December",
			[]string{"mid-2023|DATE|2023|MID", "early December|DATE|2024-12|START"}},
		{"late and end of", "2024-11-30", "late last year and at the end of the year",
			[]string{"late last year|DATE|2023|END", "the end of the year|DATE|2024|END"}},
		{"decades", "2024-11-30", "in the 1990s and the '80s",
			[]string{"the 1990s|DATE|199|", "the '80s|DATE|198|"}},
		{"quarters", "2024-11-30", "the third quarter, the first quarter of 2023, third-quarter profit",
			[]string{"the third quarter|DATE|2024-Q3|", "the first quarter of 2023|DATE|2023-Q1|", "third-quarter|DATE|2024-Q3|"}},
		{"seasons", "2024-11-30", "this summer, last winter and the spring of 2022",
			[]string{"this summer|DATE|2024-SU|", "last winter|DATE|2023-WI|", "the spring of 2022|DATE|2022-SP|"}},
		{"years", "2024-11-30", "in 2022, since 1991 and 2,000 troops",
			[]string{"2022|DATE|2022|", "1991|DATE|1991|"}},

		// times with zones
		{"clock times", "2024-11-30", "at 10:30 GMT and 3 p.m. EST Friday",
			[]string{"10:30 GMT|TIME|2024-11-30T10:30Z|", "3 p.m. EST Friday|TIME|2024-11-29T15:00-05:00|"}},
		{"noon", "2024-02-29", "at noon", []string{"noon|TIME|2024-02-29T12:00|"}},

		// durations
		{"durations", "2024-11-30", "three years of war, the past 24 hours, a 10-year plan",
			[]string{"three years|DURATION|P3Y|", "the past 24 hours|DURATION|PT24H|", "10-year|DURATION|P10Y|"}},
		{"approximate durations", "2024-11-30", "for nearly five months, at least 30 days",
			[]string{"nearly five months|DURATION|P5M|LESS_THAN", "at least 30 days|DURATION|P30D|EQUAL_OR_MORE"}},
		{"vague durations", "2024-11-30", "for years, in recent months, the past few weeks",
			[]string{"years|DURATION|PXY|", "recent months|DATE|PAST_REF|", "the past few weeks|DURATION|PXW|"}},
		{"spelled count", "2024-11-30", "the last twenty four hours", []string{"the last twenty four hours|DURATION|PT24H|"}},

		// reference words and sets
		{"refs", "2024-11-30", "now, recently, and in the future",
			[]string{"now|DATE|PRESENT_REF|", "recently|DATE|PAST_REF|", "the future|DATE|FUTURE_REF|"}},
		{"sets", "2024-11-30", "every day, daily, every Friday, $5 a year",
			[]string{"every day|SET|P1D|", "daily|SET|P1D|", "every Friday|SET|XXXX-WXX-5|", "a year|SET|P1Y|"}},
		{"holidays", "2025-01-01", "on New Year's Day and at Christmas",
			[]string{"New Year's Day|DATE|2025-01-01|", "Christmas|DATE|2024-12-25|"}},

		// no anchor: relative values stay unresolved
		{"no anchor", "", "On Friday, in June, last month, on 2024-11-29, for three years, now",
			[]string{"Friday|DATE|XXXX-WXX-5||unresolved", "June|DATE|XXXX-06||unresolved", "last month|DATE|||unresolved",
				"2024-11-29|DATE|2024-11-29|", "three years|DURATION|P3Y|", "now|DATE|PRESENT_REF|"}},

		// fixed bugs
		{"a year ago after a number is not a set", "2024-11-30", "up from seven a year ago",
			[]string{"a year ago|DATE|2023|"}},
		{"ages are not durations", "2024-11-30", "a 6-year-old boy", nil},
		{"may the modal", "2024-11-30", "It may rain. March on!", nil},
		{"a year before the quarter under discussion", "1989-10-26", "Third-quarter profit rose 5%; a year earlier, it fell.",
			[]string{"Third-quarter|DATE|1989-Q3|", "a year earlier|DATE|1988-Q3|"}},
		{"a year number is not a count of seconds", "1989-10-26", "the 1988 second quarter and the 1988 period",
			[]string{"the 1988 second quarter|DATE|1988-Q2|", "the 1988 period|DATE|1988-Q2|"}},
		{"a year-ago comparison is not itself the quarter under discussion", "1989-10-26",
			"Third-quarter profit rose; in the year-ago period it fell. A year earlier, sales were flat. Year-earlier costs rose.",
			[]string{"Third-quarter|DATE|1989-Q3|", "the year-ago period|DATE|1988-Q3|", "A year earlier|DATE|1988-Q3|", "Year-earlier|DATE|1988-Q3|"}},
		{"a forecast quarter is not the quarter under discussion", "1989-10-26",
			"Profit fell in the third quarter. Losses may last through the first quarter of 1990. A year earlier, it rose.",
			[]string{"the third quarter|DATE|1989-Q3|", "the first quarter of 1990|DATE|1990-Q1|", "A year earlier|DATE|1988-Q3|"}},
		{"the year is the anchor's year", "1989-10-26", "For the year, sales rose 5%, a high for the year.",
			[]string{"the year|DATE|1989|", "the year|DATE|1989|"}},
		{"the year ended a date is a year's span", "1989-10-26", "Net for the year ended Sept. 30 rose.",
			[]string{"the year|DURATION|P1Y|", "Sept. 30|DATE|1989-09-30|"}},
		{"the year before and the year 2000 are other years", "1989-10-26", "down from $4 million the year before; the year 2000",
			[]string{"2000|DATE|2000|"}},
		{"day before a colon", "2000-01-06", "on Thursday, Jan. 6: the court", []string{"Thursday, Jan. 6|DATE|2000-01-06|"}},
		{"the quarter after a fiscal quarter is that quarter", "1989-10-26",
			"Acme posted a loss in the fiscal second quarter. Revenue for the quarter fell, and the 1988 period was better.",
			[]string{"the fiscal second quarter|DATE|1989-Q2|", "the quarter|DATE|1989-Q2|", "the 1988 period|DATE|1988-Q2|"}},
		{"the quarter with no fiscal quarter is the last reported", "1989-10-26", "Revenue for the quarter fell.",
			[]string{"the quarter|DATE|1989-Q3|"}},
		{"fiscal written with a hyphen", "1989-10-26", "its fiscal-third quarter and fiscal fourth-quarter sales",
			[]string{"fiscal-third quarter|DATE|1989-Q3|", "fiscal fourth-quarter|DATE|1989-Q4|"}},
		{"a count and a half", "1998-02-27", "after 3 1/2 hours and two and a half years, for a week and a half",
			[]string{"3 1/2 hours|DURATION|PT3H30M|", "two and a half years|DURATION|P2Y6M|", "a week and a half|DURATION|P1.5W|"}},
		{"a year and a half ago is a month", "1998-02-27", "It closed a year and a half ago.",
			[]string{"a year and a half ago|DATE|1996-08|"}},
		{"a fraction is no date and no count", "1998-02-27", "Shares rose 3 1/2 to 40 in 1/2 hour.", nil},
		{"noon and midnight take the day after them", "1998-02-13", "Talks broke off at noon Wednesday; the offer lapsed at midnight Sunday.",
			[]string{"noon Wednesday|TIME|1998-02-11T12:00|", "midnight Sunday|TIME|1998-02-08T24:00|"}},
		{"the last half of a year", "1989-10-26", "in the last half of 1988 and the final quarter of this year",
			[]string{"the last half of 1988|DATE|1988-H2|", "the final quarter of this year|DATE|1989-Q4|"}},
		{"a reporting verb beyond a comma is another clause", "1999-02-10", "The alliance will admit them in early March, an official said.",
			[]string{"early March|DATE|1999-03|START"}},
		{"a month after an infinitive is the nearer one", "2000-01-28", "They sent her to make the November trip.",
			[]string{"November|DATE|1999-11|"}},
		{"an irregular past verb without tags", "1989-10-27", "In January, the company brought in a new chief.",
			[]string{"January|DATE|1989-01|"}},
		{"a participle after be is no past", "1989-10-27", "The dividend would be paid in January.",
			[]string{"January|DATE|1990-01|"}},
		{"as early as is ahead", "2000-04-03", "The father could arrive as early as Tuesday.",
			[]string{"Tuesday|DATE|2000-04-04|"}},
		{"the last half of a decade is the decade", "1989-10-26", "in the last half of the '80s",
			[]string{"the '80s|DATE|198|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var anchor time.Time
			if tt.anchor != "" {
				anchor = date(tt.anchor)
			}
			var got []string
			for _, x := range Resolve(tt.text, anchor, tt.anchor != "") {
				got = append(got, brief(x))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Resolve(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}
