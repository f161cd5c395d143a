//! Natives of package os.

use crate::ctx::Ctx;
use crate::native::Args;

/// () -> []string: the program's arguments, starting with its name.
pub extern "C" fn runtime_args(ctx: &mut Ctx, a: Args) {
    let args = ctx.shared().args.clone();
    let n = args.len();
    // A slice of string headers (pointer, length): it holds pointers.
    let p = ctx.alloc(n * 16, false) as *mut u64;
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

/// (key string) -> string
pub extern "C" fn getenv(ctx: &mut Ctx, a: Args) {
    let key = String::from_utf8_lossy(a.str(0)).into_owned();
    let v = std::env::var_os(&key).map(|v| v.into_encoded_bytes()).unwrap_or_default();
    let (p, l) = crate::strings::new_string(ctx, &v);
    a.set(0, p);
    a.set(1, l);
}
