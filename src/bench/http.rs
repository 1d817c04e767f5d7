//! A small keep-alive HTTP/1.1 load client, for the throughput benchmark on loopback.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

/// Percent-encodes a query-string value.
pub fn encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Runs `clients` threads for `duration`, each sending the paths in turn over one
/// keep-alive connection; returns (responses, non-200 responses).
pub fn load(addr: SocketAddr, paths: &[String], clients: usize, duration: Duration) -> (u64, u64) {
    let deadline = Instant::now() + duration;
    let handles: Vec<_> = (0..clients)
        .map(|c| {
            let paths = paths.to_vec();
            std::thread::spawn(move || client(addr, &paths, c, deadline))
        })
        .collect();
    handles
        .into_iter()
        .map(|h| h.join().unwrap_or((0, 1)))
        .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
}

fn client(addr: SocketAddr, paths: &[String], start: usize, deadline: Instant) -> (u64, u64) {
    let (mut ok, mut failed) = (0, 0);
    let Ok(stream) = TcpStream::connect(addr) else {
        return (0, 1);
    };
    let _ = stream.set_nodelay(true);
    let mut writer = match stream.try_clone() {
        Ok(w) => w,
        Err(_) => return (0, 1),
    };
    let mut reader = BufReader::new(stream);
    let mut i = start;
    while Instant::now() < deadline {
        let path = &paths[i % paths.len()];
        i += 1;
        if write!(writer, "GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n").is_err() {
            failed += 1;
            break;
        }
        match read_response(&mut reader) {
            Some(200) => ok += 1,
            Some(_) => failed += 1,
            None => {
                failed += 1;
                break;
            }
        }
    }
    (ok + failed, failed)
}

/// One keep-alive connection, for latency: a request at a time.
pub struct Connection {
    addr: SocketAddr,
    writer: TcpStream,
    reader: BufReader<TcpStream>,
}

impl Connection {
    /// Connects to `addr`.
    pub fn open(addr: SocketAddr) -> std::io::Result<Connection> {
        let stream = TcpStream::connect(addr)?;
        stream.set_nodelay(true)?;
        Ok(Connection {
            addr,
            writer: stream.try_clone()?,
            reader: BufReader::new(stream),
        })
    }

    /// Sends `GET path` and reads the whole response: its status and body length.
    pub fn get(&mut self, path: &str) -> std::io::Result<(u16, usize)> {
        write!(
            self.writer,
            "GET {path} HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.addr
        )?;
        read_body(&mut self.reader).ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::InvalidData, "bad HTTP response")
        })
    }
}

fn read_response(reader: &mut BufReader<TcpStream>) -> Option<u16> {
    read_body(reader).map(|(status, _)| status)
}

fn read_body(reader: &mut BufReader<TcpStream>) -> Option<(u16, usize)> {
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let status = line.get(9..12)?.parse().ok()?;
    let mut length = 0usize;
    loop {
        line.clear();
        reader.read_line(&mut line).ok()?;
        if line == "\r\n" || line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok()?;
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some((status, length))
}
