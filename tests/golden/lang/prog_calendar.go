package main

import "fmt"

type Date struct{ Y, M, D int }

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}
var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func leap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if leap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// days since 1970-01-01
func (d Date) Days() int {
	y, m := d.Y, d.M
	if m <= 2 {
		y--
		m += 12
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	doy := (153*(m-3)+2)/5 + d.D - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func (d Date) Weekday() string {
	w := (d.Days()%7 + 7 + 4) % 7
	return dayNames[w]
}

func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D)
}

func (d Date) AddDays(n int) Date {
	for n > 0 {
		d.D++
		if d.D > daysIn(d.Y, d.M) {
			d.D = 1
			d.M++
			if d.M > 12 {
				d.M = 1
				d.Y++
			}
		}
		n--
	}
	return d
}

func printMonth(y, m int) {
	fmt.Printf("   %s %d\n", monthNames[m-1], y)
	fmt.Println("Su Mo Tu We Th Fr Sa")
	first := (Date{y, m, 1}.Days()%7 + 11) % 7
	line := ""
	for i := 0; i < first; i++ {
		line += "   "
	}
	for d := 1; d <= daysIn(y, m); d++ {
		line += fmt.Sprintf("%2d", d)
		if (first+d)%7 == 0 {
			fmt.Println(line)
			line = ""
		} else {
			line += " "
		}
	}
	if line != "" {
		fmt.Println(line)
	}
}

func main() {
	dates := []Date{{1970, 1, 1}, {2000, 2, 29}, {2024, 7, 4}, {1969, 7, 20}, {1900, 3, 1}, {2038, 1, 19}}
	for _, d := range dates {
		fmt.Println(d, d.Days(), d.Weekday())
	}
	fmt.Println(leap(1900), leap(2000), leap(2024), leap(2023))
	d := Date{2023, 12, 25}
	fmt.Println(d.AddDays(7), d.AddDays(70), d.AddDays(365+366))
	printMonth(2024, 2)
	printMonth(2025, 6)
	total := 0
	for y := 1901; y <= 2000; y++ {
		for m := 1; m <= 12; m++ {
			if (Date{y, m, 1}).Weekday() == "Sun" {
				total++
			}
		}
	}
	fmt.Println("sundays on 1st:", total)
}

// Output:
// 1970-01-01 0 Thu
// 2000-02-29 11016 Tue
// 2024-07-04 19908 Thu
// 1969-07-20 -165 Sun
// 1900-03-01 -25508 Thu
// 2038-01-19 24855 Tue
// false true true false
// 2024-01-01 2024-03-04 2025-12-25
//    February 2024
// Su Mo Tu We Th Fr Sa
//              1  2  3
//  4  5  6  7  8  9 10
// 11 12 13 14 15 16 17
// 18 19 20 21 22 23 24
// 25 26 27 28 29 
//    June 2025
// Su Mo Tu We Th Fr Sa
//  1  2  3  4  5  6  7
//  8  9 10 11 12 13 14
// 15 16 17 18 19 20 21
// 22 23 24 25 26 27 28
// 29 30 
// sundays on 1st: 171
