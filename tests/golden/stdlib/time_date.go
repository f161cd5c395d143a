// time.Time: Date normalization, calendar fields in UTC and fixed zones,
// Unix conversions, arithmetic and comparisons, Format and Parse.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s)
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1700000000, 5).UTC(), time.UnixMilli(-1).UTC())
	fmt.Println(time.Unix(1, -1).UTC().Nanosecond(), time.Unix(0, 3e9).UTC().Second())
	fmt.Println(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC), time.Date(2023, 3, 0, 25, 61, -1, 0, time.UTC))
	fmt.Println(time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC).Year(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero())
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Year(), zero.Month(), zero.Weekday(), zero.Unix())

	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Equal(t.In(time.FixedZone("X", 3600))))
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, 0, 0), t.AddDate(0, 0, -60), t.Compare(u), u.Compare(t), t.Compare(t))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Round(time.Second), t.Truncate(24*time.Hour))

	est := time.FixedZone("EST", -5*3600)
	te := t.In(est)
	fmt.Println(te, te.Hour(), te.Day())
	name, off := te.Zone()
	fmt.Println(name, off, te.Location(), t.Location(), time.UTC)
	ist := time.FixedZone("", 5*3600+1800)
	fmt.Println(t.In(ist))
	fmt.Println(time.Date(2024, 1, 1, 0, 0, 0, 0, est).UTC())

	layouts := []string{time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC1123Z, time.RFC822, time.RFC850,
		time.ANSIC, time.UnixDate, time.RubyDate, time.Kitchen, time.Stamp, time.StampMilli, time.DateTime,
		time.DateOnly, time.TimeOnly, "2006-01-02 15:04:05.000", "Jan _2 06 3:4:5 pm", "Monday January 2, 2006",
		"002 __2 Z0700 Z07:00 -07 -07:00:00", ".999 ,000 .9", "15h04m"}
	for _, l := range layouts {
		fmt.Println(t.Format(l), "|", te.Format(l))
	}
	fmt.Println(time.Date(2024, 1, 5, 0, 7, 9, 0, time.UTC).Format("3:04:05 PM Jan _2 __2 002"))
	fmt.Println(t.Month().String(), time.Month(13), time.Saturday, time.Weekday(9))
	yy, wk := t.ISOWeek()
	fmt.Println(yy, wk)
	fmt.Printf("%v\n", t.In(est).AppendFormat([]byte("at: "), time.Kitchen))

	for _, c := range [][2]string{
		{time.RFC3339, "2024-02-29T13:04:05Z"},
		{time.RFC3339, "2024-02-29T13:04:05+05:30"},
		{time.RFC3339Nano, "2024-02-29T13:04:05.123456789-07:00"},
		{time.DateOnly, "2023-12-25"},
		{time.DateTime, "2023-12-25 23:59:59"},
		{time.TimeOnly, "08:09:10"},
		{time.Kitchen, "3:04PM"},
		{"Jan 2 2006", "Feb 3 2021"},
		{"January 2, 2006", "march 4, 1999"},
		{time.DateOnly, "2023-02-30"},
		{time.DateOnly, "2023-13-01"},
		{time.DateOnly, "23-01-01"},
		{time.DateOnly, "2023-01-01 extra"},
		{time.RFC3339, "2024-02-29 13:04:05Z"},
		{"15:04:05", "25:00:00"},
		{"2006-01-02 15:04:05", "2024-01-01 10:11:12.5"},
	} {
		p, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(p, p.UTC(), p.Unix())
	}
}

// Output:
// 2024-02-29 13:04:05.123456789 +0000 UTC
// 2024 February 29 13 4 5 123456789 Thursday 60
// 2024 February 29 13 4 5
// 1709211845 1709211845123 1709211845123456 1709211845123456789
// 1970-01-01 00:00:00 +0000 UTC 2023-11-14 22:13:20.000000005 +0000 UTC 1969-12-31 23:59:59.999 +0000 UTC
// 999999999 3
// 2024-01-01 00:00:00 +0000 UTC 2023-03-01 02:00:59 +0000 UTC
// -1 true
// true 0001-01-01 00:00:00 +0000 UTC 1 January Monday -62135596800
// 2024-03-02 01:34:05.123456789 +0000 UTC 36h30m0s -36h30m0s true false true
// 2024-03-29 13:04:05.123456789 +0000 UTC 2025-03-01 13:04:05.123456789 +0000 UTC 2023-12-31 13:04:05.123456789 +0000 UTC -1 1 0
// 2024-02-29 13:00:00 +0000 UTC 2024-02-29 13:00:00 +0000 UTC 2024-02-29 13:04:05 +0000 UTC 2024-02-29 00:00:00 +0000 UTC
// 2024-02-29 08:04:05.123456789 -0500 EST 8 29
// EST -18000 EST UTC UTC
// 2024-02-29 18:34:05.123456789 +0530 +0530
// 2024-01-01 05:00:00 +0000 UTC
// 2024-02-29T13:04:05Z | 2024-02-29T08:04:05-05:00
// 2024-02-29T13:04:05.123456789Z | 2024-02-29T08:04:05.123456789-05:00
// Thu, 29 Feb 2024 13:04:05 UTC | Thu, 29 Feb 2024 08:04:05 EST
// Thu, 29 Feb 2024 13:04:05 +0000 | Thu, 29 Feb 2024 08:04:05 -0500
// 29 Feb 24 13:04 UTC | 29 Feb 24 08:04 EST
// Thursday, 29-Feb-24 13:04:05 UTC | Thursday, 29-Feb-24 08:04:05 EST
// Thu Feb 29 13:04:05 2024 | Thu Feb 29 08:04:05 2024
// Thu Feb 29 13:04:05 UTC 2024 | Thu Feb 29 08:04:05 EST 2024
// Thu Feb 29 13:04:05 +0000 2024 | Thu Feb 29 08:04:05 -0500 2024
// 1:04PM | 8:04AM
// Feb 29 13:04:05 | Feb 29 08:04:05
// Feb 29 13:04:05.123 | Feb 29 08:04:05.123
// 2024-02-29 13:04:05 | 2024-02-29 08:04:05
// 2024-02-29 | 2024-02-29
// 13:04:05 | 08:04:05
// 2024-02-29 13:04:05.123 | 2024-02-29 08:04:05.123
// Feb 29 24 1:4:5 pm | Feb 29 24 8:4:5 am
// Thursday February 29, 2024 | Thursday February 29, 2024
// 060  60 Z Z +00 +00:00:00 | 060  60 -0500 -05:00 -05 -05:00:00
// .123 ,123 .1 | .123 ,123 .1
// 13h04m | 08h04m
// 12:07:09 AM Jan  5   5 005
// February %!Month(13) Saturday %!Weekday(9)
// 2024 9
// [97 116 58 32 56 58 48 52 65 77]
// 2024-02-29 13:04:05 +0000 UTC 2024-02-29 13:04:05 +0000 UTC 1709211845
// 2024-02-29 13:04:05 +0530 +0530 2024-02-29 07:34:05 +0000 UTC 1709192045
// 2024-02-29 13:04:05.123456789 -0700 -0700 2024-02-29 20:04:05.123456789 +0000 UTC 1709237045
// 2023-12-25 00:00:00 +0000 UTC 2023-12-25 00:00:00 +0000 UTC 1703462400
// 2023-12-25 23:59:59 +0000 UTC 2023-12-25 23:59:59 +0000 UTC 1703548799
// 0000-01-01 08:09:10 +0000 UTC 0000-01-01 08:09:10 +0000 UTC -62167189850
// 0000-01-01 15:04:00 +0000 UTC 0000-01-01 15:04:00 +0000 UTC -62167164960
// 2021-02-03 00:00:00 +0000 UTC 2021-02-03 00:00:00 +0000 UTC 1612310400
// 1999-03-04 00:00:00 +0000 UTC 1999-03-04 00:00:00 +0000 UTC 920505600
// error: parsing time "2023-02-30": day out of range
// error: parsing time "2023-13-01": month out of range
// error: parsing time "23-01-01" as "2006-01-02": cannot parse "23-01-01" as "2006"
// error: parsing time "2023-01-01 extra": extra text: " extra"
// error: parsing time "2024-02-29 13:04:05Z" as "2006-01-02T15:04:05Z07:00": cannot parse " 13:04:05Z" as "T"
// error: parsing time "25:00:00": hour out of range
// 2024-01-01 10:11:12.5 +0000 UTC 2024-01-01 10:11:12.5 +0000 UTC 1704103872
