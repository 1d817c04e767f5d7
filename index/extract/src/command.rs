//! Running an external program (`pdftotext`, `antiword`, `catdoc`) on a file, with a timeout
//! and a cap on what it may print.

use super::error::Reason;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a program printed.
pub(crate) struct Output {
    pub stdout: Vec<u8>,
    /// The first non-empty line of stderr.
    pub stderr: String,
    pub success: bool,
}

/// Whether `program` can be run (it is on the `PATH`).
pub(crate) fn available(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Runs `program args… file trailing…`, killing it after `timeout`; stdout is capped at
/// `max_output` bytes (the rest is drained and dropped so the program never blocks on a full
/// pipe).
pub(crate) fn run(
    program: &'static str,
    args: &[&str],
    file: &Path,
    trailing: &[&str],
    timeout: Duration,
    max_output: u64,
) -> Result<Output, Reason> {
    let mut child = Command::new(program)
        .args(args)
        .arg(file)
        .args(trailing)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Reason::ToolFailed {
            tool: program,
            detail: format!("cannot start: {e}"),
        })?;
    let stdout = child.stdout.take().expect("stdout is piped");
    let stderr = child.stderr.take().expect("stderr is piped");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let mut limited = stdout.take(max_output);
        let _ = limited.read_to_end(&mut buf);
        let _ = std::io::copy(&mut limited.into_inner(), &mut std::io::sink());
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let mut limited = stderr.take(64 * 1024);
        let _ = limited.read_to_end(&mut buf);
        let _ = std::io::copy(&mut limited.into_inner(), &mut std::io::sink());
        buf
    });
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait()? {
            Some(status) => break status,
            None if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Reason::Timeout {
                    tool: program,
                    seconds: timeout.as_secs().max(1),
                });
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&stderr)
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .to_string();
    Ok(Output {
        stdout,
        stderr,
        success: status.success(),
    })
}

/// Writes `bytes` to a temporary file with extension `ext` (the programs read files).
pub(crate) fn temp_file(bytes: &[u8], ext: &str) -> Result<tempfile::NamedTempFile, Reason> {
    use std::io::Write;
    let mut file = tempfile::Builder::new()
        .prefix("tracuu-extract-")
        .suffix(ext)
        .tempfile()?;
    file.write_all(bytes)?;
    file.flush()?;
    Ok(file)
}

/// `exit status 3: <first stderr line>`.
pub(crate) fn failure(output: &Output) -> String {
    if output.stderr.is_empty() {
        "exited with an error and no message".to_string()
    } else {
        output.stderr.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_program_that_hangs_is_stopped() {
        let started = Instant::now();
        let result = run(
            "sleep",
            &[],
            Path::new("30"),
            &[],
            Duration::from_millis(200),
            1024,
        );
        assert!(matches!(result, Err(Reason::Timeout { tool: "sleep", .. })));
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn output_is_capped() {
        let out = run(
            "head",
            &["-c", "100000"],
            Path::new("/dev/zero"),
            &[],
            Duration::from_secs(10),
            1000,
        )
        .expect("head runs");
        assert!(out.success);
        assert_eq!(out.stdout.len(), 1000);
    }
}
