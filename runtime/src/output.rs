//! Buffered standard output, flushed on every exit path.

use std::io::Write;

pub struct Output {
    buf: Vec<u8>,
    /// Captures stdout and stderr instead of writing them (embedding,
    /// tests): (stdout, stderr).
    pub capture: Option<(Vec<u8>, Vec<u8>)>,
}

impl Default for Output {
    fn default() -> Self {
        Self::new()
    }
}

impl Output {
    pub fn new() -> Output {
        Output { buf: Vec::with_capacity(1 << 16), capture: None }
    }

    pub fn write(&mut self, b: &[u8]) {
        if let Some(c) = &mut self.capture {
            c.0.extend_from_slice(b);
            return;
        }
        self.buf.extend_from_slice(b);
        if self.buf.len() >= 1 << 16 {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if !self.buf.is_empty() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&self.buf);
            let _ = out.flush();
            self.buf.clear();
        }
    }

    /// Writes to stderr, after flushing stdout so the two keep their order.
    pub fn write_err(&mut self, b: &[u8]) {
        if let Some(c) = &mut self.capture {
            c.1.extend_from_slice(b);
            return;
        }
        self.flush();
        let _ = std::io::stderr().write_all(b);
    }
}
