package time

import "errors"

// A Time represents an instant in time with nanosecond precision: seconds
// since January 1, year 1 00:00:00 UTC, nanoseconds, an optional
// monotonic clock reading and a location.
type Time struct {
	sec  int64
	nsec int64
	mono int64 // monotonic nanoseconds + 1, or 0 when absent
	loc  *Location
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	// Seconds from year 1 to 1970.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
)

// Now returns the current local time.
func Now() Time {
	s, n := walltime()
	return Time{sec: s + unixToInternal, nsec: n, mono: runtimeNano() + 1, loc: Local}
}

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func (t Time) Unix() int64      { return t.sec - unixToInternal }
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }
func (t Time) UnixNano() int64  { return (t.sec-unixToInternal)*1e9 + t.nsec }
func (t Time) Nanosecond() int  { return int(t.nsec) }

// IsZero reports whether t represents the zero time instant, January 1,
// year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t, returning the
// abbreviated name of the zone and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) { return t.loc.lookup(t.sec - unixToInternal) }

func (t Time) UTC() Time   { t.loc = &utcLoc; return t }
func (t Time) Local() Time { t.loc = Local; return t }
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}

// local returns the seconds since year 1 in t's zone.
func (t Time) local() int64 {
	_, off := t.Zone()
	return t.sec + int64(off)
}

// civil converts days since 1970-01-01 to a date.
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	var era int64
	if z >= 0 {
		era = z / 146097
	} else {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil converts a date to days since 1970-01-01.
func daysFromCivil(y int64, m int64, d int64) int64 {
	if m <= 2 {
		y--
	}
	var era int64
	if y >= 0 {
		era = y / 400
	} else {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := m - 3
	if m <= 2 {
		mp = m + 9
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// dayAndClock splits local seconds into days since 1970 and seconds of day.
func dayAndClock(local int64) (days int64, secs int) {
	u := local - unixToInternal
	days = floorDiv(u, secondsPerDay)
	return days, int(u - days*secondsPerDay)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := dayAndClock(t.local())
	return civil(days)
}

func (t Time) Year() int    { y, _, _ := t.Date(); return y }
func (t Time) Month() Month { _, m, _ := t.Date(); return m }
func (t Time) Day() int     { _, _, d := t.Date(); return d }
func (t Time) Hour() int    { _, s := dayAndClock(t.local()); return s / secondsPerHour }
func (t Time) Minute() int {
	_, s := dayAndClock(t.local())
	return s % secondsPerHour / secondsPerMinute
}
func (t Time) Second() int { _, s := dayAndClock(t.local()); return s % secondsPerMinute }

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := dayAndClock(t.local())
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days, _ := dayAndClock(t.local())
	// 1970-01-01 was a Thursday.
	w := (days + 4) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// YearDay returns the day of the year specified by t, in [1,365] for
// non-leap years and [1,366] in leap years.
func (t Time) YearDay() int {
	days, _ := dayAndClock(t.local())
	y, _, _ := civil(days)
	return int(days-daysFromCivil(int64(y), 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int) {
	days, _ := dayAndClock(t.local())
	// Move to the Thursday of the same ISO week.
	wd := int((days+3)%7+7) % 7 // Monday = 0
	thu := days - int64(wd) + 3
	y, _, _ := civil(thu)
	return y, int(thu-daysFromCivil(int64(y), 1, 1))/7 + 1
}

func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds in the appropriate zone for that time in the given location.
// Values outside their usual ranges are normalized.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), int64(month), 1) + int64(day) - 1
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	_, off := loc.lookup(unix)
	if off != 0 {
		utc := unix - int64(off)
		_, off2 := loc.lookup(utc)
		if off2 != off {
			utc = unix - int64(off2)
		}
		unix = utc
	}
	return Time{sec: unix + unixToInternal, nsec: int64(nsec), loc: loc}
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		m := t.mono + int64(d)
		if (d < 0) == (m < t.mono) && m > 0 {
			t.mono = m
		} else {
			t.mono = 0
		}
	}
	return t
}

// Sub returns the duration t-u, saturating at the Duration range.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// mod returns the time since the zero Time modulo d (d > 0).
func (t Time) mod(d Duration) Duration {
	if d%Second == 0 {
		s := int64(d / Second)
		return Duration(t.sec%s)*Second + Duration(t.nsec)
	}
	if Second%d == 0 {
		return Duration(t.nsec % int64(d))
	}
	// (sec*1e9 + nsec) mod d without overflow.
	m := uint64(d)
	r := mulmod(uint64(t.sec), 1e9, m)
	return Duration((r + uint64(t.nsec)) % m)
}

func mulmod(a, b, m uint64) uint64 {
	a %= m
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// Truncate returns the result of rounding t down to a multiple of d
// (since the zero time), without a monotonic reading.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// Round returns the result of rounding t to the nearest multiple of d
// (since the zero time), without a monotonic reading.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// String returns the time formatted with the layout
// "2006-01-02 15:04:05.999999999 -0700 MST", followed by the monotonic
// clock reading when there is one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - 1
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		frac := itoa(int(m % 1e9))
		for len(frac) < 9 {
			frac = "0" + frac
		}
		s += " m=" + string(sign) + itoa(int(m/1e9)) + "." + frac
	}
	return s
}

// GoString implements fmt.GoStringer.
func (t Time) GoString() string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	str := "time.Date(" + itoa(y) + ", time." + mo.String() + ", " + itoa(d) + ", " + itoa(h) + ", " + itoa(mi) + ", " + itoa(s) + ", " + itoa(int(t.nsec)) + ", "
	loc := t.Location()
	switch {
	case loc == UTC:
		str += "time.UTC"
	case loc == Local:
		str += "time.Local"
	default:
		str += "time.Location(" + quote(loc.name) + ")"
	}
	return str + ")"
}

// syncTimerChan makes len and cap of a timer channel report 0: timer
// channels are synchronous (Go 1.23+); the one-value buffer that holds a
// fired, unreceived value is discarded by Stop and Reset.
func syncTimerChan(c chan Time)

// A Timer sends the current time on its channel C once its duration has
// passed, unless stopped first.
type Timer struct {
	C      <-chan Time
	c      chan Time
	seq    int
	active bool
	f      func()
}

func (t *Timer) start(d Duration) {
	t.seq++
	t.active = true
	seq := t.seq
	go func() {
		Sleep(d)
		if t.seq != seq || !t.active {
			return
		}
		t.active = false
		if t.f != nil {
			t.f()
			return
		}
		select {
		case t.c <- Now():
		default:
		}
	}()
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	syncTimerChan(c)
	t := &Timer{C: c, c: c}
	t.start(d)
	return t
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.start(d)
	return t
}

// Stop prevents the Timer from firing; it reports whether it was active.
// As in Go 1.23 and later, timer channels are synchronous: a value sent
// but not yet received is discarded, and the timer counts as stopped
// before it fired.
func (t *Timer) Stop() bool {
	was := t.active
	t.active = false
	t.seq++
	if t.c != nil {
		select {
		case <-t.c:
			was = true
		default:
		}
	}
	return was
}

// Reset changes the timer to expire after duration d; it reports whether
// the timer had been active. No value prepared before the call is received
// after it.
func (t *Timer) Reset(d Duration) bool {
	was := t.Stop()
	t.start(d)
	return was
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// A Ticker holds a channel that delivers ticks of a clock at intervals.
type Ticker struct {
	C   <-chan Time
	c   chan Time
	d   Duration
	seq int
}

// NewTicker returns a new Ticker sending the time on its channel every d.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	syncTimerChan(c)
	t := &Ticker{C: c, c: c, d: d}
	t.run()
	return t
}

func (t *Ticker) run() {
	t.seq++
	seq := t.seq
	go func() {
		for {
			Sleep(t.d)
			if t.seq != seq {
				return
			}
			select {
			case t.c <- Now():
			default:
			}
		}
	}()
}

// Stop turns off a ticker; a tick sent but not yet received is discarded
// (Go 1.23 and later).
func (t *Ticker) Stop() {
	t.seq++
	t.drain()
}

func (t *Ticker) drain() {
	select {
	case <-t.c:
	default:
	}
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	t.d = d
	t.drain()
	t.run()
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

var errBad = errors.New("bad value for field")
