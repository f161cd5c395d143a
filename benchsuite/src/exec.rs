//! Running one command: wall time, CPU time, peak memory, output, timeout.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How a run ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
    Timeout,
}

/// The outcome of one run.
#[derive(Clone, Debug)]
pub struct RawRun {
    pub wall_s: f64,
    pub user_s: f64,
    pub sys_s: f64,
    /// Peak resident set size in KiB (of the child and its waited-for children).
    pub max_rss_kb: u64,
    pub exit: Exit,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `argv` with stdin closed (or reading the file `stdin`) and
/// stdout/stderr captured; kills it with SIGKILL after `timeout`. Wall time
/// runs from just before the spawn to the moment the child has exited
/// (before it is reaped).
pub fn run(
    argv: &[String],
    timeout: Duration,
    env: &[(String, String)],
    stdin: Option<&Path>,
) -> Result<RawRun, String> {
    let (prog, rest) = argv.split_first().ok_or("empty command")?;
    let mut cmd = Command::new(prog);
    // Its own process group, so a timeout kills wrappers' children too.
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let input = match stdin {
        Some(p) => Stdio::from(std::fs::File::open(p).map_err(|e| format!("{}: {e}", p.display()))?),
        None => Stdio::null(),
    };
    cmd.args(rest).stdin(input).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let t0 = Instant::now();
    let mut child = cmd.spawn().map_err(|e| format!("cannot start {prog}: {e}"))?;
    let pid = child.id() as libc::pid_t;
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });

    // The watchdog kills the child only while it has not exited; the child
    // is not reaped until `exited` is set, so its pid cannot be reused then.
    let state = Arc::new(Mutex::new((false, false))); // (exited, killed)
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let wd_state = Arc::clone(&state);
    let watchdog = std::thread::spawn(move || {
        if done_rx.recv_timeout(timeout).is_err() {
            let mut st = wd_state.lock().unwrap();
            if !st.0 {
                // SAFETY: pid is our unreaped child, leader of its own group.
                unsafe { libc::kill(-pid, libc::SIGKILL) };
                st.1 = true;
            }
        }
    });

    // Wait for the exit without reaping, so the time excludes nothing else.
    loop {
        // SAFETY: plain syscall on our own child; siginfo is written by the kernel.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        let r = unsafe { libc::waitid(libc::P_PID, pid as libc::id_t, &mut info, libc::WEXITED | libc::WNOWAIT) };
        if r == 0 {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("waitid: {e}"));
        }
    }
    let wall_s = t0.elapsed().as_secs_f64();
    let killed = {
        let mut st = state.lock().unwrap();
        st.0 = true;
        st.1
    };
    let _ = done_tx.send(());
    let _ = watchdog.join();

    let mut status: libc::c_int = 0;
    // SAFETY: reaps our child; rusage is written by the kernel.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
    if r != pid {
        return Err(format!("wait4: {}", std::io::Error::last_os_error()));
    }
    // Keep std's handle from trying to wait again.
    std::mem::forget(child);

    let stdout = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned();
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
    let exit = if killed {
        Exit::Timeout
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else {
        Exit::Signal(libc::WTERMSIG(status))
    };
    Ok(RawRun {
        wall_s,
        user_s: tv(ru.ru_utime),
        sys_s: tv(ru.ru_stime),
        max_rss_kb: ru.ru_maxrss as u64,
        exit,
        stdout,
        stderr,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str, timeout_ms: u64) -> RawRun {
        run(&["sh".into(), "-c".into(), script.into()], Duration::from_millis(timeout_ms), &[], None).unwrap()
    }

    #[test]
    fn captures_output_and_code() {
        let r = sh("echo out; echo err >&2; exit 3", 5000);
        assert_eq!(r.stdout, "out\n");
        assert_eq!(r.stderr, "err\n");
        assert_eq!(r.exit, Exit::Code(3));
        assert!(r.wall_s > 0.0);
    }

    #[test]
    fn feeds_stdin_from_a_file() {
        let f = std::env::temp_dir().join(format!("exec-stdin-{}", std::process::id()));
        std::fs::write(&f, "a\nb\n").unwrap();
        let r = run(&["wc".into(), "-l".into()], Duration::from_secs(5), &[], Some(&f)).unwrap();
        std::fs::remove_file(&f).unwrap();
        assert_eq!(r.stdout.trim(), "2");
    }

    #[test]
    fn times_out() {
        let r = sh("sleep 5", 200);
        assert_eq!(r.exit, Exit::Timeout);
        assert!(r.wall_s < 4.0);
    }

    #[test]
    fn missing_binary_is_an_error() {
        assert!(run(&["/nonexistent/mvm-xyz".into()], Duration::from_secs(1), &[], None).is_err());
    }
}
