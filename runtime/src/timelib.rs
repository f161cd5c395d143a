//! Natives of package time: the wall clock and the local time zone.
//! (Sleeping and the monotonic clock are the scheduler's natives.)

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("time.walltime", walltime),
    ("time.localZone", local_zone),
    ("time.localName", local_name),
    ("time.syncTimerChan", sync_timer_chan),
];

/// (c chan Time): a Timer's or Ticker's channel, whose len and cap are 0.
extern "C" fn sync_timer_chan(_ctx: &mut Ctx, a: Args) {
    crate::chan::mark_timer(a.get(0));
}

/// () -> string: the name of time.Local as Go derives it from TZ.
extern "C" fn local_name(ctx: &mut Ctx, a: Args) {
    let name = match std::env::var("TZ") {
        Err(_) => "Local".to_string(),
        Ok(tz) => {
            let tz = tz.strip_prefix(':').unwrap_or(&tz).to_string();
            if tz.is_empty() || tz == "UTC" {
                "UTC".to_string()
            } else if tz.starts_with('/') {
                if tz == "/etc/localtime" {
                    "Local".to_string()
                } else if std::path::Path::new(&tz).exists() {
                    tz
                } else {
                    "UTC".to_string()
                }
            } else if std::path::Path::new("/usr/share/zoneinfo").join(&tz).is_file() {
                tz
            } else {
                "UTC".to_string()
            }
        }
    };
    let (p, l) = crate::strings::new_string(ctx, name.as_bytes());
    a.set(0, p);
    a.set(1, l);
}

/// () -> (sec int64, nsec int32): the wall clock as Unix time.
extern "C" fn walltime(_ctx: &mut Ctx, a: Args) {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    let (s, n) = match d {
        Ok(d) => (d.as_secs() as i64, d.subsec_nanos() as i64),
        Err(e) => {
            let d = e.duration();
            let (s, n) = (-(d.as_secs() as i64), d.subsec_nanos() as i64);
            if n > 0 {
                (s - 1, 1_000_000_000 - n)
            } else {
                (s, 0)
            }
        }
    };
    a.set(0, s as u64);
    a.set(1, n as u64);
}

/// (sec int64) -> (name string, offset int): the local zone in effect at
/// Unix time sec (following TZ and the system's zone files).
extern "C" fn local_zone(ctx: &mut Ctx, a: Args) {
    let t = a.get(0) as i64 as libc::time_t;
    // SAFETY: an all-zero tm is a valid value to be overwritten.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: t and tm are valid for localtime_r.
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    let (name, off) = if r.is_null() {
        (b"UTC".to_vec(), 0i64)
    } else {
        let name = if tm.tm_zone.is_null() {
            b"UTC".to_vec()
        } else {
            // SAFETY: tm_zone points at a NUL-terminated zone abbreviation.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_bytes().to_vec()
        };
        (name, tm.tm_gmtoff as i64)
    };
    let (p, l) = crate::strings::new_string(ctx, &name);
    a.set(0, p);
    a.set(1, l);
    a.set(2, off as u64);
}
