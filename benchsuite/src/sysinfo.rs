//! What machine and software a run was measured on.

use serde::{Deserialize, Serialize};
use std::path::Path;
use std::process::Command;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SysInfo {
    /// UTC time the run started, ISO 8601.
    pub date: String,
    pub cpu: String,
    pub cores: usize,
    pub os: String,
    pub kernel: String,
    pub rustc: String,
    pub go: Option<String>,
    pub git_commit: Option<String>,
    /// Whether the work tree had uncommitted changes.
    pub git_dirty: Option<bool>,
    pub mvm: String,
    pub mvm_version: Option<String>,
    /// /proc/loadavg when the run started (other work on the machine skews times).
    pub load_avg: String,
}

fn cmd_line(prog: &str, args: &[&str], dir: Option<&Path>) -> Option<String> {
    let mut c = Command::new(prog);
    c.args(args);
    if let Some(d) = dir {
        c.current_dir(d);
    }
    let out = c.output().ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (!s.is_empty()).then_some(s)
}

/// The `model name` of the first processor in a /proc/cpuinfo text.
pub fn cpu_model(cpuinfo: &str) -> Option<String> {
    cpuinfo
        .lines()
        .find(|l| l.starts_with("model name") || l.starts_with("Model") || l.starts_with("Hardware"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_string())
}

/// PRETTY_NAME from an os-release text.
pub fn os_pretty_name(os_release: &str) -> Option<String> {
    os_release.lines().find_map(|l| l.strip_prefix("PRETTY_NAME=")).map(|v| v.trim().trim_matches('"').to_string())
}

pub fn collect(repo: &Path, mvm: &Path, go: Option<&Path>) -> SysInfo {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let commit = cmd_line("git", &["rev-parse", "HEAD"], Some(repo));
    let dirty = commit.as_ref().and_then(|_| {
        let out = Command::new("git").args(["status", "--porcelain"]).current_dir(repo).output().ok()?;
        Some(!out.stdout.is_empty())
    });
    SysInfo {
        date: now_iso8601(),
        cpu: cpu_model(&cpuinfo).unwrap_or_else(|| "unknown".into()),
        cores: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        os: std::fs::read_to_string("/etc/os-release")
            .ok()
            .and_then(|s| os_pretty_name(&s))
            .unwrap_or_else(|| std::env::consts::OS.to_string()),
        kernel: std::fs::read_to_string("/proc/sys/kernel/osrelease").map(|s| s.trim().to_string()).unwrap_or_default(),
        rustc: cmd_line("rustc", &["--version"], None).unwrap_or_else(|| "unknown".into()),
        go: go.and_then(|g| cmd_line(&g.to_string_lossy(), &["version"], None)),
        git_commit: commit,
        git_dirty: dirty,
        mvm: mvm.display().to_string(),
        mvm_version: cmd_line(&mvm.to_string_lossy(), &["--version"], None),
        load_avg: std::fs::read_to_string("/proc/loadavg").map(|s| s.trim().to_string()).unwrap_or_default(),
    }
}

/// Current UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now_iso8601() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    iso8601(secs as i64)
}

/// Formats seconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn iso8601(secs: i64) -> String {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Howard Hinnant's days-to-civil conversion.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601(951782400), "2000-02-29T00:00:00Z");
        assert_eq!(iso8601(1700000000), "2023-11-14T22:13:20Z");
    }

    #[test]
    fn cpuinfo_and_os_release() {
        let ci = "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) CPU @ 2.20GHz\n";
        assert_eq!(cpu_model(ci).as_deref(), Some("Intel(R) Xeon(R) CPU @ 2.20GHz"));
        assert_eq!(cpu_model(""), None);
        let osr = "NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n";
        assert_eq!(os_pretty_name(osr).as_deref(), Some("Debian GNU/Linux 12 (bookworm)"));
    }
}
