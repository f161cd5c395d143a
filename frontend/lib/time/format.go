package time

import "errors"

// Layouts for Format and Parse.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0
	stdFracSecond9
)

func startsWith(s, prefix string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }

func isDigit(s string, i int) bool {
	if len(s) <= i {
		return false
	}
	c := s[i]
	return '0' <= c && c <= '9'
}

// nextStdChunk finds the first layout element in layout: the text before
// it, the element (and for fractions its digit count), and the rest.
func nextStdChunk(layout string) (prefix string, std int, ndigits int, suffix string) {
	for i := 0; i < len(layout); i++ {
		rest := layout[i:]
		switch c := layout[i]; c {
		case 'J':
			if startsWith(rest, "Jan") {
				if startsWith(rest, "January") {
					return layout[:i], stdLongMonth, 0, layout[i+7:]
				}
				if !startsWithLower(layout[i+3:]) {
					return layout[:i], stdMonth, 0, layout[i+3:]
				}
			}
		case 'M':
			if startsWith(rest, "Mon") {
				if startsWith(rest, "Monday") {
					return layout[:i], stdLongWeekDay, 0, layout[i+6:]
				}
				if !startsWithLower(layout[i+3:]) {
					return layout[:i], stdWeekDay, 0, layout[i+3:]
				}
			}
			if startsWith(rest, "MST") {
				return layout[:i], stdTZ, 0, layout[i+3:]
			}
		case '0':
			if len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6' {
				return layout[:i], []int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}[rest[1]-'1'], 0, layout[i+2:]
			}
			if startsWith(rest, "002") {
				return layout[:i], stdZeroYearDay, 0, layout[i+3:]
			}
		case '1':
			if startsWith(rest, "15") {
				return layout[:i], stdHour, 0, layout[i+2:]
			}
			return layout[:i], stdNumMonth, 0, layout[i+1:]
		case '2':
			if startsWith(rest, "2006") {
				return layout[:i], stdLongYear, 0, layout[i+4:]
			}
			return layout[:i], stdDay, 0, layout[i+1:]
		case '_':
			if startsWith(rest, "_2") {
				if startsWith(rest, "_2006") {
					return layout[:i+1], stdLongYear, 0, layout[i+5:]
				}
				return layout[:i], stdUnderDay, 0, layout[i+2:]
			}
			if startsWith(rest, "__2") {
				return layout[:i], stdUnderYearDay, 0, layout[i+3:]
			}
		case '3', '4', '5':
			return layout[:i], []int{stdHour12, stdMinute, stdSecond}[c-'3'], 0, layout[i+1:]
		case 'P':
			if startsWith(rest, "PM") {
				return layout[:i], stdPM, 0, layout[i+2:]
			}
		case 'p':
			if startsWith(rest, "pm") {
				return layout[:i], stdpm, 0, layout[i+2:]
			}
		case '-':
			switch {
			case startsWith(rest, "-07:00:00"):
				return layout[:i], stdNumColonSecondsTZ, 0, layout[i+9:]
			case startsWith(rest, "-070000"):
				return layout[:i], stdNumSecondsTz, 0, layout[i+7:]
			case startsWith(rest, "-07:00"):
				return layout[:i], stdNumColonTZ, 0, layout[i+6:]
			case startsWith(rest, "-0700"):
				return layout[:i], stdNumTZ, 0, layout[i+5:]
			case startsWith(rest, "-07"):
				return layout[:i], stdNumShortTZ, 0, layout[i+3:]
			}
		case 'Z':
			switch {
			case startsWith(rest, "Z07:00:00"):
				return layout[:i], stdISO8601ColonSecondsTZ, 0, layout[i+9:]
			case startsWith(rest, "Z070000"):
				return layout[:i], stdISO8601SecondsTZ, 0, layout[i+7:]
			case startsWith(rest, "Z07:00"):
				return layout[:i], stdISO8601ColonTZ, 0, layout[i+6:]
			case startsWith(rest, "Z0700"):
				return layout[:i], stdISO8601TZ, 0, layout[i+5:]
			case startsWith(rest, "Z07"):
				return layout[:i], stdISO8601ShortTZ, 0, layout[i+3:]
			}
		case '.', ',':
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				if !isDigit(layout, j) {
					std := stdFracSecond0
					if ch == '9' {
						std = stdFracSecond9
					}
					return layout[:i], std, j - (i + 1), layout[j:]
				}
			}
		}
	}
	return layout, stdNone, 0, ""
}

func startsWithLower(s string) bool {
	if len(s) == 0 {
		return false
	}
	c := s[0]
	return 'a' <= c && c <= 'z'
}

func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		q := u / 10
		buf[i] = byte('0' + u - q*10)
		u = q
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

func appendFrac(b []byte, nsec int, sep byte, n int, trim bool) []byte {
	var digits [9]byte
	v := nsec
	for i := 8; i >= 0; i-- {
		digits[i] = byte('0' + v%10)
		v /= 10
	}
	if n > 9 {
		n = 9
	}
	d := digits[:n]
	if trim {
		for len(d) > 0 && d[len(d)-1] == '0' {
			d = d[:len(d)-1]
		}
		if len(d) == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, d...)
}

// Format returns a textual representation of the time value formatted
// according to the layout.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

// AppendFormat is like Format but appends the textual representation to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset := t.Zone()
	local := t.sec + int64(offset)
	days, clock := dayAndClock(local)
	year, month, day := civil(days)
	yday := int(days-daysFromCivil(int64(year), 1, 1)) + 1
	hour, min, sec := clock/3600, clock%3600/60, clock%60
	wd := int((days+4)%7+7) % 7
	for layout != "" {
		prefix, std, nd, suffix := nextStdChunk(layout)
		if prefix != "" {
			b = append(b, prefix...)
		}
		if std == stdNone {
			break
		}
		sep := layout[len(prefix)]
		layout = suffix
		switch std {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, Weekday(wd).String()[:3]...)
		case stdLongWeekDay:
			b = append(b, Weekday(wd).String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 0)
		case stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 2)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ, stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
			if offset == 0 && (std == stdISO8601TZ || std == stdISO8601ColonTZ || std == stdISO8601SecondsTZ || std == stdISO8601ShortTZ || std == stdISO8601ColonSecondsTZ) {
				b = append(b, 'Z')
				break
			}
			zone := offset / 60
			absoffset := offset
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
				absoffset = -absoffset
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			if std == stdISO8601ColonTZ || std == stdNumColonTZ || std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ {
				b = append(b, ':')
			}
			if std != stdNumShortTZ && std != stdISO8601ShortTZ {
				b = appendInt(b, zone%60, 2)
			}
			if std == stdISO8601SecondsTZ || std == stdNumSecondsTz || std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ {
				if std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ {
					b = append(b, ':')
				}
				b = appendInt(b, absoffset%60, 2)
			}
		case stdTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case stdFracSecond0:
			b = appendFrac(b, int(t.nsec), sep, nd, false)
		case stdFracSecond9:
			b = appendFrac(b, int(t.nsec), sep, nd, true)
		}
	}
	return b
}

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

func getnum3(s string, fixed bool) (int, string, error) {
	var n, i int
	for i = 0; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

func lookupName(tab []string, val string, n int) (int, string, error) {
	for i, v := range tab {
		if n > 0 {
			v = v[:n]
		}
		if len(val) >= len(v) && equalFold(val[:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

func equalFold(s1, s2 string) bool {
	for i := 0; i < len(s1); i++ {
		c1, c2 := s1[i], s2[i]
		if c1 != c2 {
			c1 |= 'a' - 'A'
			c2 |= 'a' - 'A'
			if c1 != c2 || c1 < 'a' || c1 > 'z' {
				return false
			}
		}
	}
	return true
}

var errRange = errors.New("value out of range")

// Parse parses a formatted string and returns the time value it
// represents; without a zone in the input the time is UTC.
func Parse(layout, value string) (Time, error) { return parse(layout, value, UTC, Local) }

// ParseInLocation is like Parse but interprets a time without zone
// information in the given location.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErrString := ""
	amSet := false
	pmSet := false
	var (
		year       int
		month      int = -1
		day        int = -1
		yday       int = -1
		hour       int
		min        int
		sec        int
		nsec       int
		z          *Location
		zoneOffset int = -1
		zoneName   string
	)
	for {
		var err error
		prefix, std, nd, suffix := nextStdChunk(layout)
		stdstr := layout[len(prefix) : len(layout)-len(suffix)]
		// Literal text must match.
		for len(prefix) > 0 {
			if prefix[0] == ' ' && len(value) > 0 && value[0] == ' ' {
				for len(prefix) > 0 && prefix[0] == ' ' {
					prefix = prefix[1:]
				}
				for len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
				continue
			}
			if len(value) == 0 || value[0] != prefix[0] {
				return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
			}
			prefix = prefix[1:]
			value = value[1:]
		}
		if std == stdNone {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		var p string
		hold := value
		switch std {
		case stdYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[0:2], value[2:]
			year, err = atoi(p)
			if err != nil {
				break
			}
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case stdLongYear:
			if len(value) < 4 || !isDigit(value, 0) {
				err = errBad
				break
			}
			p, value = value[0:4], value[4:]
			year, err = atoi(p)
		case stdMonth:
			month, value, err = lookupName(longMonthNames, value, 3)
			month++
		case stdLongMonth:
			month, value, err = lookupName(longMonthNames, value, 0)
			month++
		case stdNumMonth, stdZeroMonth:
			month, value, err = getnum(value, std == stdZeroMonth)
			if err == nil && (month <= 0 || 12 < month) {
				rangeErrString = "month"
			}
		case stdWeekDay:
			_, value, err = lookupName(longDayNames, value, 3)
		case stdLongWeekDay:
			_, value, err = lookupName(longDayNames, value, 0)
		case stdDay, stdUnderDay, stdZeroDay:
			if std == stdUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = getnum(value, std == stdZeroDay)
		case stdUnderYearDay, stdZeroYearDay:
			for i := 0; i < 2; i++ {
				if std == stdUnderYearDay && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, std == stdZeroYearDay)
		case stdHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErrString = "hour"
			}
		case stdHour12, stdZeroHour12:
			hour, value, err = getnum(value, std == stdZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErrString = "hour"
			}
		case stdMinute, stdZeroMinute:
			min, value, err = getnum(value, std == stdZeroMinute)
			if min < 0 || 60 <= min {
				rangeErrString = "minute"
			}
		case stdSecond, stdZeroSecond:
			sec, value, err = getnum(value, std == stdZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErrString = "second"
				break
			}
			// A fractional second in the value but not the layout.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigit(value, 1) {
				_, std2, _, _ := nextStdChunk(layout)
				if std2 == stdFracSecond0 || std2 == stdFracSecond9 {
					break
				}
				n := 2
				for ; n < len(value) && isDigit(value, n); n++ {
				}
				nsec, err = parseNanoseconds(value, n)
				value = value[n:]
			}
		case stdPM:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[0:2], value[2:]
			switch p {
			case "PM":
				pmSet = true
			case "AM":
				amSet = true
			default:
				err = errBad
			}
		case stdpm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[0:2], value[2:]
			switch p {
			case "pm":
				pmSet = true
			case "am":
				amSet = true
			default:
				err = errBad
			}
		case stdISO8601TZ, stdISO8601ShortTZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ColonSecondsTZ, stdNumTZ, stdNumShortTZ, stdNumColonTZ, stdNumSecondsTz, stdNumColonSecondsTZ:
			if (std == stdISO8601TZ || std == stdISO8601ShortTZ || std == stdISO8601ColonTZ || std == stdISO8601SecondsTZ || std == stdISO8601ColonSecondsTZ) && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			var sign, hr, mm, ss string
			switch std {
			case stdISO8601ColonTZ, stdNumColonTZ:
				if len(value) < 6 || value[3] != ':' {
					err = errBad
					break
				}
				sign, hr, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
			case stdNumShortTZ, stdISO8601ShortTZ:
				if len(value) < 3 {
					err = errBad
					break
				}
				sign, hr, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
			case stdISO8601ColonSecondsTZ, stdNumColonSecondsTZ:
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					err = errBad
					break
				}
				sign, hr, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
			case stdISO8601SecondsTZ, stdNumSecondsTz:
				if len(value) < 7 {
					err = errBad
					break
				}
				sign, hr, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
			default:
				if len(value) < 5 {
					err = errBad
					break
				}
				sign, hr, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
			}
			if err != nil {
				break
			}
			var hri, mmi, ssi int
			hri, err = atoi(hr)
			if err == nil {
				mmi, err = atoi(mm)
			}
			if err == nil {
				ssi, err = atoi(ss)
			}
			if hri > 24 {
				rangeErrString = "time zone offset hour"
			}
			if mmi > 60 {
				rangeErrString = "time zone offset minute"
			}
			if ssi > 60 {
				rangeErrString = "time zone offset second"
			}
			zoneOffset = (hri*60+mmi)*60 + ssi
			switch sign[0] {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				err = errBad
			}
		case stdTZ:
			if len(value) >= 3 && value[0:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n := 0
			for n < len(value) && 'A' <= value[n] && value[n] <= 'Z' {
				n++
			}
			if n < 3 {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case stdFracSecond0:
			ndigit := 1 + nd
			if len(value) < ndigit {
				err = errBad
				break
			}
			nsec, err = parseNanoseconds(value, ndigit)
			value = value[ndigit:]
		case stdFracSecond9:
			if len(value) < 2 || !(value[0] == '.' || value[0] == ',') || value[1] < '0' || '9' < value[1] {
				break
			}
			i := 0
			for i+1 < len(value) && '0' <= value[i+1] && value[i+1] <= '9' {
				i++
			}
			nsec, err = parseNanoseconds(value, 1+i)
			value = value[1+i:]
		}
		if rangeErrString != "" {
			return Time{}, &ParseError{alayout, avalue, stdstr, value, ": " + rangeErrString + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, stdstr, hold, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		var d, m int
		if isLeap(year) {
			if yday == 31+29 {
				m = int(February)
				d = 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if daysBefore(m+1) < yday {
				m++
			}
			d = yday - daysBefore(m)
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		name, offset := local.lookup(t.sec - unixToInternal)
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.loc = local
			return t, nil
		}
		t.loc = FixedZone(zoneName, zoneOffset)
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		name, offset := local.lookup(t.sec - unixToInternal - int64(0))
		if name == zoneName {
			t.sec -= int64(offset)
			t.loc = local
			return t, nil
		}
		if zoneName == "GMT" {
			t.loc = FixedZone(zoneName, 0)
			return t, nil
		}
		t.loc = FixedZone(zoneName, 0)
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}

func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, errBad
	}
	x := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, errBad
		}
		x = x*10 + int(s[i]-'0')
		if x > 1<<31 {
			return 0, errBad
		}
	}
	if neg {
		x = -x
	}
	return x, nil
}

func parseNanoseconds(value string, nbytes int) (ns int, err error) {
	if value[0] != '.' && value[0] != ',' {
		return 0, errBad
	}
	if nbytes > 10 {
		value = value[:10]
		nbytes = 10
	}
	if ns, err = atoi(value[1:nbytes]); err != nil {
		return 0, err
	}
	if ns < 0 {
		return 0, errBad
	}
	scaleDigits := 10 - nbytes
	for i := 0; i < scaleDigits; i++ {
		ns *= 10
	}
	return ns, nil
}

func isLeap(year int) bool { return year%4 == 0 && (year%100 != 0 || year%400 == 0) }

var daysBeforeTab = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func daysBefore(m int) int { return daysBeforeTab[m-1] }

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBeforeTab[m] - daysBeforeTab[m-1]
}
