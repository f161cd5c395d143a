//! Natives of packages os and syscall: system calls on file descriptors
//! and paths, the environment, and process facts. Every call that can
//! fail returns an errno word (0 on success), which the Go side turns into
//! a syscall.Errno inside an *fs.PathError.

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};
use std::ffi::CString;

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("os.runtimeArgs", runtime_args),
    ("os.sysOpen", sys_open),
    ("os.sysRead", sys_read),
    ("os.sysPread", sys_pread),
    ("os.sysWrite", sys_write),
    ("os.sysPwrite", sys_pwrite),
    ("os.sysClose", sys_close),
    ("os.sysSeek", sys_seek),
    ("os.sysStat", sys_stat),
    ("os.sysFstat", sys_fstat),
    ("os.sysMkdir", sys_mkdir),
    ("os.sysUnlink", sys_unlink),
    ("os.sysRmdir", sys_rmdir),
    ("os.sysRemoveAll", sys_remove_all),
    ("os.sysRename", sys_rename),
    ("os.sysReadDir", sys_read_dir),
    ("os.sysChmod", sys_chmod),
    ("os.sysTruncate", sys_truncate),
    ("os.sysFtruncate", sys_ftruncate),
    ("os.sysSymlink", sys_symlink),
    ("os.sysLink", sys_link),
    ("os.sysReadlink", sys_readlink),
    ("os.sysGetwd", sys_getwd),
    ("os.sysChdir", sys_chdir),
    ("os.sysLookupEnv", sys_lookup_env),
    ("os.sysSetenv", sys_setenv),
    ("os.sysUnsetenv", sys_unsetenv),
    ("os.sysEnviron", sys_environ),
    ("os.sysGetpid", sys_getpid),
    ("os.sysHostname", sys_hostname),
    ("os.sysRandom", sys_random),
    ("syscall.errstr", errstr),
];

fn set_str(ctx: &mut Ctx, a: Args, i: usize, b: &[u8]) {
    let (p, l) = crate::strings::new_string(ctx, b);
    a.set(i, p);
    a.set(i + 1, l);
}

fn errno() -> u64 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO) as u64
}

/// A path argument as a C string; None (EINVAL) if it holds a NUL byte.
fn cpath(b: &[u8]) -> Option<CString> {
    CString::new(b).ok()
}

/// () -> []string: the program's arguments, starting with its name.
pub extern "C" fn runtime_args(ctx: &mut Ctx, a: Args) {
    let args = ctx.shared().args.clone();
    let n = args.len();
    // A slice of string headers (pointer, length): it holds pointers.
    let p = ctx.alloc(n.max(1) * 16, false) as *mut u64;
    for (i, s) in args.iter().enumerate() {
        let (sp, sl) = crate::strings::new_string(ctx, s.as_bytes());
        // SAFETY: p has room for n headers of two words.
        unsafe {
            *p.add(2 * i) = sp;
            *p.add(2 * i + 1) = sl;
        }
    }
    a.set(0, p as u64);
    a.set(1, n as u64);
    a.set(2, n as u64);
}

/// Go's os.O_* flags (Linux values) to the host's.
fn open_flags(g: u64) -> libc::c_int {
    let mut f = match g & 3 {
        0 => libc::O_RDONLY,
        1 => libc::O_WRONLY,
        _ => libc::O_RDWR,
    };
    for (go, host) in [
        (0x40, libc::O_CREAT),
        (0x80, libc::O_EXCL),
        (0x200, libc::O_TRUNC),
        (0x400, libc::O_APPEND),
        (0x101000, libc::O_SYNC),
    ] {
        if g & go == go {
            f |= host;
        }
    }
    f | libc::O_CLOEXEC
}

/// (name string, flag int, perm int) -> (fd int, errno int)
extern "C" fn sys_open(_ctx: &mut Ctx, a: Args) {
    let Some(p) = cpath(a.str(0)) else {
        a.set(0, u64::MAX);
        a.set(1, libc::EINVAL as u64);
        return;
    };
    let flags = open_flags(a.get(2));
    let perm = (a.get(3) & 0o7777) as libc::c_uint;
    // SAFETY: p is a NUL-terminated path.
    let fd = unsafe { libc::open(p.as_ptr(), flags, perm) };
    if fd < 0 {
        a.set(0, u64::MAX);
        a.set(1, errno());
    } else {
        a.set(0, fd as u64);
        a.set(1, 0);
    }
}

fn read_into(fd: i64, buf: *mut u8, len: usize, off: Option<i64>) -> (u64, u64) {
    if len == 0 {
        return (0, 0);
    }
    loop {
        // SAFETY: the guest slice has len writable bytes.
        let n = unsafe {
            match off {
                Some(o) => libc::pread(fd as libc::c_int, buf as *mut libc::c_void, len, o as libc::off_t),
                None => libc::read(fd as libc::c_int, buf as *mut libc::c_void, len),
            }
        };
        if n >= 0 {
            return (n as u64, 0);
        }
        let e = errno();
        if e != libc::EINTR as u64 {
            return (0, e);
        }
    }
}

/// (fd int, b []byte) -> (n int, errno int)
extern "C" fn sys_read(ctx: &mut Ctx, a: Args) {
    let fd = a.get(0) as i64;
    if fd == 0 {
        // A prompt written before reading must be visible.
        ctx.shared().out.flush();
    }
    let (n, e) = read_into(fd, a.get(1) as *mut u8, a.get(2) as usize, None);
    a.set(0, n);
    a.set(1, e);
}

/// (fd int, b []byte, off int64) -> (n int, errno int)
extern "C" fn sys_pread(_ctx: &mut Ctx, a: Args) {
    let (n, e) = read_into(a.get(0) as i64, a.get(1) as *mut u8, a.get(2) as usize, Some(a.get(4) as i64));
    a.set(0, n);
    a.set(1, e);
}

fn write_all(fd: i64, b: &[u8], off: Option<i64>) -> (u64, u64) {
    let mut done = 0usize;
    while done < b.len() {
        let rest = &b[done..];
        // SAFETY: rest is a readable byte slice.
        let n = unsafe {
            match off {
                Some(o) => libc::pwrite(
                    fd as libc::c_int,
                    rest.as_ptr() as *const libc::c_void,
                    rest.len(),
                    (o + done as i64) as libc::off_t,
                ),
                None => libc::write(fd as libc::c_int, rest.as_ptr() as *const libc::c_void, rest.len()),
            }
        };
        if n < 0 {
            let e = errno();
            if e == libc::EINTR as u64 {
                continue;
            }
            return (done as u64, e);
        }
        done += n as usize;
    }
    (done as u64, 0)
}

/// (fd int, b []byte) -> (n int, errno int): fds 1 and 2 go through the
/// runtime's output buffer.
extern "C" fn sys_write(ctx: &mut Ctx, a: Args) {
    let fd = a.get(0) as i64;
    let b = a.str(1);
    let (n, e) = match fd {
        1 => {
            ctx.shared().out.write(b);
            (b.len() as u64, 0)
        }
        2 => {
            ctx.shared().out.write_err(b);
            (b.len() as u64, 0)
        }
        _ => write_all(fd, b, None),
    };
    a.set(0, n);
    a.set(1, e);
}

/// (fd int, b []byte, off int64) -> (n int, errno int)
extern "C" fn sys_pwrite(_ctx: &mut Ctx, a: Args) {
    let (n, e) = write_all(a.get(0) as i64, a.str(1), Some(a.get(4) as i64));
    a.set(0, n);
    a.set(1, e);
}

/// (fd int) -> errno
extern "C" fn sys_close(ctx: &mut Ctx, a: Args) {
    let fd = a.get(0) as i64;
    if fd <= 2 {
        if fd == 1 {
            ctx.shared().out.flush();
        }
        a.set(0, 0);
        return;
    }
    // SAFETY: closing a descriptor the program opened.
    let r = unsafe { libc::close(fd as libc::c_int) };
    a.set(0, if r < 0 { errno() } else { 0 });
}

/// (fd int, off int64, whence int) -> (int64, errno)
extern "C" fn sys_seek(_ctx: &mut Ctx, a: Args) {
    let whence = match a.get(2) {
        0 => libc::SEEK_SET,
        1 => libc::SEEK_CUR,
        2 => libc::SEEK_END,
        _ => {
            a.set(0, 0);
            a.set(1, libc::EINVAL as u64);
            return;
        }
    };
    // SAFETY: lseek on a descriptor.
    let r = unsafe { libc::lseek(a.get(0) as libc::c_int, a.get(1) as i64 as libc::off_t, whence) };
    if r < 0 {
        a.set(0, 0);
        a.set(1, errno());
    } else {
        a.set(0, r as u64);
        a.set(1, 0);
    }
}

/// A host st_mode as Go's fs.FileMode.
fn go_mode(m: u32) -> u64 {
    let mut g = (m & 0o777) as u64;
    match m & libc::S_IFMT {
        libc::S_IFDIR => g |= 1 << 31,
        libc::S_IFLNK => g |= 1 << 27,
        libc::S_IFIFO => g |= 1 << 25,
        libc::S_IFSOCK => g |= 1 << 24,
        libc::S_IFCHR => g |= (1 << 26) | (1 << 21),
        libc::S_IFBLK => g |= 1 << 26,
        _ => {}
    }
    if m & libc::S_ISUID != 0 {
        g |= 1 << 23;
    }
    if m & libc::S_ISGID != 0 {
        g |= 1 << 22;
    }
    if m & libc::S_ISVTX != 0 {
        g |= 1 << 20;
    }
    g
}

fn stat_result(a: Args, r: libc::c_int, st: &libc::stat) {
    if r < 0 {
        a.set(0, 0);
        a.set(1, 0);
        a.set(2, 0);
        a.set(3, errno());
        return;
    }
    a.set(0, st.st_size as u64);
    a.set(1, go_mode(st.st_mode));
    a.set(2, st.st_mtime.wrapping_mul(1_000_000_000).wrapping_add(st.st_mtime_nsec) as u64);
    a.set(3, 0);
}

/// (name string, lstat bool) -> (size int64, mode uint32, mtime int64, errno)
extern "C" fn sys_stat(_ctx: &mut Ctx, a: Args) {
    let Some(p) = cpath(a.str(0)) else {
        for i in 0..3 {
            a.set(i, 0);
        }
        a.set(3, libc::EINVAL as u64);
        return;
    };
    // SAFETY: an all-zero stat is a valid value to be overwritten.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: p is NUL-terminated; st is writable.
    let r = unsafe {
        if a.get(2) != 0 {
            libc::lstat(p.as_ptr(), &mut st)
        } else {
            libc::stat(p.as_ptr(), &mut st)
        }
    };
    stat_result(a, r, &st);
}

/// (fd int) -> (size int64, mode uint32, mtime int64, errno)
extern "C" fn sys_fstat(_ctx: &mut Ctx, a: Args) {
    // SAFETY: as in sys_stat.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: st is writable.
    let r = unsafe { libc::fstat(a.get(0) as libc::c_int, &mut st) };
    stat_result(a, r, &st);
}

fn path_call(a: Args, f: impl FnOnce(&CString) -> libc::c_int) {
    let Some(p) = cpath(a.str(0)) else {
        a.set(0, libc::EINVAL as u64);
        return;
    };
    let r = f(&p);
    a.set(0, if r < 0 { errno() } else { 0 });
}

fn path2_call(a: Args, f: impl FnOnce(&CString, &CString) -> libc::c_int) {
    let (Some(p), Some(q)) = (cpath(a.str(0)), cpath(a.str(2))) else {
        a.set(0, libc::EINVAL as u64);
        return;
    };
    let r = f(&p, &q);
    a.set(0, if r < 0 { errno() } else { 0 });
}

/// (name string, perm int) -> errno
extern "C" fn sys_mkdir(_ctx: &mut Ctx, a: Args) {
    let perm = (a.get(2) & 0o7777) as libc::mode_t;
    // SAFETY: NUL-terminated path.
    path_call(a, |p| unsafe { libc::mkdir(p.as_ptr(), perm) });
}

/// (name string) -> errno
extern "C" fn sys_unlink(_ctx: &mut Ctx, a: Args) {
    // SAFETY: NUL-terminated path.
    path_call(a, |p| unsafe { libc::unlink(p.as_ptr()) });
}

/// (name string) -> errno
extern "C" fn sys_rmdir(_ctx: &mut Ctx, a: Args) {
    // SAFETY: NUL-terminated path.
    path_call(a, |p| unsafe { libc::rmdir(p.as_ptr()) });
}

/// (name string, perm int) -> errno
extern "C" fn sys_chmod(_ctx: &mut Ctx, a: Args) {
    let perm = (a.get(2) & 0o7777) as libc::mode_t;
    // SAFETY: NUL-terminated path.
    path_call(a, |p| unsafe { libc::chmod(p.as_ptr(), perm) });
}

/// (name string, size int64) -> errno
extern "C" fn sys_truncate(_ctx: &mut Ctx, a: Args) {
    let size = a.get(2) as i64;
    // SAFETY: NUL-terminated path.
    path_call(a, |p| unsafe { libc::truncate(p.as_ptr(), size as libc::off_t) });
}

/// (fd int, size int64) -> errno
extern "C" fn sys_ftruncate(_ctx: &mut Ctx, a: Args) {
    // SAFETY: ftruncate on a descriptor.
    let r = unsafe { libc::ftruncate(a.get(0) as libc::c_int, a.get(1) as i64 as libc::off_t) };
    a.set(0, if r < 0 { errno() } else { 0 });
}

/// (old string, new string) -> errno
extern "C" fn sys_rename(_ctx: &mut Ctx, a: Args) {
    // SAFETY: NUL-terminated paths.
    path2_call(a, |p, q| unsafe { libc::rename(p.as_ptr(), q.as_ptr()) });
}

/// (old string, new string) -> errno
extern "C" fn sys_symlink(_ctx: &mut Ctx, a: Args) {
    // SAFETY: NUL-terminated paths.
    path2_call(a, |p, q| unsafe { libc::symlink(p.as_ptr(), q.as_ptr()) });
}

/// (old string, new string) -> errno
extern "C" fn sys_link(_ctx: &mut Ctx, a: Args) {
    // SAFETY: NUL-terminated paths.
    path2_call(a, |p, q| unsafe { libc::link(p.as_ptr(), q.as_ptr()) });
}

/// (name string) -> (string, errno)
extern "C" fn sys_readlink(ctx: &mut Ctx, a: Args) {
    let path = std::path::PathBuf::from(String::from_utf8_lossy(a.str(0)).into_owned());
    match std::fs::read_link(&path) {
        Ok(t) => {
            set_str(ctx, a, 0, t.as_os_str().as_encoded_bytes());
            a.set(2, 0);
        }
        Err(e) => {
            a.set(0, 0);
            a.set(1, 0);
            a.set(2, e.raw_os_error().unwrap_or(libc::EINVAL) as u64);
        }
    }
}

/// (name string) -> errno: removes a tree; a missing path is no error.
extern "C" fn sys_remove_all(_ctx: &mut Ctx, a: Args) {
    let path = std::path::PathBuf::from(osstr(a.str(0)));
    let r = match std::fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
        Ok(m) if m.is_dir() => std::fs::remove_dir_all(&path),
        Ok(_) => std::fs::remove_file(&path),
    };
    a.set(
        0,
        match r {
            Ok(()) => 0,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
            Err(e) => e.raw_os_error().unwrap_or(libc::EIO) as u64,
        },
    );
}

fn osstr(b: &[u8]) -> &std::ffi::OsStr {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::OsStr::from_bytes(b)
}

/// (name string) -> (entries string, errno): each entry is a type byte
/// ('d' directory, 'l' symlink, 'p' pipe, 's' socket, 'c'/'b' devices,
/// '-' regular, '?' unknown) followed by the name and a NUL, sorted by name.
extern "C" fn sys_read_dir(ctx: &mut Ctx, a: Args) {
    let path = std::path::PathBuf::from(osstr(a.str(0)));
    let rd = match std::fs::read_dir(&path) {
        Ok(rd) => rd,
        Err(e) => {
            a.set(0, 0);
            a.set(1, 0);
            a.set(2, e.raw_os_error().unwrap_or(libc::EIO) as u64);
            return;
        }
    };
    let mut entries: Vec<(Vec<u8>, u8)> = Vec::new();
    for e in rd.flatten() {
        use std::os::unix::fs::FileTypeExt;
        let name = e.file_name().as_encoded_bytes().to_vec();
        let c = match e.file_type() {
            Ok(t) if t.is_dir() => b'd',
            Ok(t) if t.is_symlink() => b'l',
            Ok(t) if t.is_fifo() => b'p',
            Ok(t) if t.is_socket() => b's',
            Ok(t) if t.is_char_device() => b'c',
            Ok(t) if t.is_block_device() => b'b',
            Ok(t) if t.is_file() => b'-',
            _ => b'?',
        };
        entries.push((name, c));
    }
    entries.sort();
    let mut out = Vec::new();
    for (n, c) in entries {
        out.push(c);
        out.extend_from_slice(&n);
        out.push(0);
    }
    set_str(ctx, a, 0, &out);
    a.set(2, 0);
}

/// () -> (string, errno)
extern "C" fn sys_getwd(ctx: &mut Ctx, a: Args) {
    match std::env::current_dir() {
        Ok(d) => {
            set_str(ctx, a, 0, d.as_os_str().as_encoded_bytes());
            a.set(2, 0);
        }
        Err(e) => {
            a.set(0, 0);
            a.set(1, 0);
            a.set(2, e.raw_os_error().unwrap_or(libc::EIO) as u64);
        }
    }
}

/// (dir string) -> errno
extern "C" fn sys_chdir(_ctx: &mut Ctx, a: Args) {
    // SAFETY: NUL-terminated path.
    path_call(a, |p| unsafe { libc::chdir(p.as_ptr()) });
}

/// (key string) -> (value string, ok bool)
extern "C" fn sys_lookup_env(ctx: &mut Ctx, a: Args) {
    let key = osstr(a.str(0)).to_os_string();
    let v =
        if key.is_empty() || a.str(0).contains(&b'=') || a.str(0).contains(&0) { None } else { std::env::var_os(&key) };
    match v {
        Some(v) => {
            set_str(ctx, a, 0, v.as_encoded_bytes());
            a.set(2, 1);
        }
        None => {
            a.set(0, 0);
            a.set(1, 0);
            a.set(2, 0);
        }
    }
}

/// (key, value string) -> errno
extern "C" fn sys_setenv(_ctx: &mut Ctx, a: Args) {
    let (k, v) = (a.str(0), a.str(2));
    if k.is_empty() || k.contains(&b'=') || k.contains(&0) || v.contains(&0) {
        a.set(0, libc::EINVAL as u64);
        return;
    }
    let (k, v) = (osstr(k).to_os_string(), osstr(v).to_os_string());
    std::env::set_var(k, v);
    a.set(0, 0);
}

/// (key string) -> errno
extern "C" fn sys_unsetenv(_ctx: &mut Ctx, a: Args) {
    let k = a.str(0);
    if k.is_empty() || k.contains(&b'=') || k.contains(&0) {
        a.set(0, 0);
        return;
    }
    std::env::remove_var(osstr(k));
    a.set(0, 0);
}

/// () -> string: "k=v" entries separated by NUL bytes.
extern "C" fn sys_environ(ctx: &mut Ctx, a: Args) {
    let mut out = Vec::new();
    for (k, v) in std::env::vars_os() {
        out.extend_from_slice(k.as_encoded_bytes());
        out.push(b'=');
        out.extend_from_slice(v.as_encoded_bytes());
        out.push(0);
    }
    set_str(ctx, a, 0, &out);
}

/// () -> int
extern "C" fn sys_getpid(_ctx: &mut Ctx, a: Args) {
    a.set(0, std::process::id() as u64);
}

/// () -> (string, errno)
extern "C" fn sys_hostname(ctx: &mut Ctx, a: Args) {
    let mut buf = [0u8; 256];
    // SAFETY: buf is writable for its length.
    let r = unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if r < 0 {
        a.set(0, 0);
        a.set(1, 0);
        a.set(2, errno());
        return;
    }
    let n = buf.iter().position(|&c| c == 0).unwrap_or(buf.len());
    set_str(ctx, a, 0, &buf[..n]);
    a.set(2, 0);
}

/// () -> uint32
extern "C" fn sys_random(_ctx: &mut Ctx, a: Args) {
    a.set(0, crate::maps::random_u64() as u32 as u64);
}

/// syscall.errstr(e int) string: the text Go gives an errno on Linux.
extern "C" fn errstr(ctx: &mut Ctx, a: Args) {
    let e = a.get(0) as i64;
    let s = errno_text(e);
    set_str(ctx, a, 0, s.as_bytes());
}

pub fn errno_text(e: i64) -> String {
    let s = match e {
        1 => "operation not permitted",
        2 => "no such file or directory",
        3 => "no such process",
        4 => "interrupted system call",
        5 => "input/output error",
        6 => "no such device or address",
        7 => "argument list too long",
        8 => "exec format error",
        9 => "bad file descriptor",
        10 => "no child processes",
        11 => "resource temporarily unavailable",
        12 => "cannot allocate memory",
        13 => "permission denied",
        14 => "bad address",
        15 => "block device required",
        16 => "device or resource busy",
        17 => "file exists",
        18 => "invalid cross-device link",
        19 => "no such device",
        20 => "not a directory",
        21 => "is a directory",
        22 => "invalid argument",
        23 => "too many open files in system",
        24 => "too many open files",
        25 => "inappropriate ioctl for device",
        26 => "text file busy",
        27 => "file too large",
        28 => "no space left on device",
        29 => "illegal seek",
        30 => "read-only file system",
        31 => "too many links",
        32 => "broken pipe",
        33 => "numerical argument out of domain",
        34 => "numerical result out of range",
        35 => "resource deadlock avoided",
        36 => "file name too long",
        37 => "no locks available",
        38 => "function not implemented",
        39 => "directory not empty",
        40 => "too many levels of symbolic links",
        95 => "operation not supported",
        110 => "connection timed out",
        111 => "connection refused",
        _ => return format!("errno {e}"),
    };
    s.to_string()
}
