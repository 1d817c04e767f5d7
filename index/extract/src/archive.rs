//! `.zip` archives: every supported entry is read, one result per entry, with the memory an
//! archive may cost bounded by [`Limits`] (declared sizes are checked first, and actual
//! decompression is capped with `Read::take`, since declared sizes can lie). The `.docx`
//! reader opens its container through the same functions.

use super::error::{ExtractError, Reason};
use super::{Extracted, Format, Limits};
use std::io::{Cursor, Read};
use zip::ZipArchive;
use zip::result::ZipError;

/// A zip archive read from memory.
pub(crate) type Zip<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Opens a zip archive; `format` (`.zip`, `.docx`) names it in errors.
pub(crate) fn open<'a>(
    bytes: &'a [u8],
    format: &'static str,
    limits: &Limits,
) -> Result<Zip<'a>, Reason> {
    let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| zip_reason(e, format))?;
    if zip.len() > limits.max_entries {
        return Err(Reason::ArchiveLimit(format!(
            "{} entries, over the {} limit",
            zip.len(),
            limits.max_entries
        )));
    }
    Ok(zip)
}

/// Reads entry `index` whole, within the per-entry limit and what is left of `budget`
/// (the archive's total uncompressed allowance, reduced by what this entry used).
pub(crate) fn read_entry(
    zip: &mut Zip<'_>,
    index: usize,
    format: &'static str,
    limits: &Limits,
    budget: &mut u64,
) -> Result<Vec<u8>, Reason> {
    let entry = zip.by_index(index).map_err(|e| zip_reason(e, format))?;
    if entry.encrypted() {
        return Err(Reason::Encrypted("zip entry"));
    }
    let cap = limits.max_entry_bytes.min(*budget);
    if entry.size() > limits.max_entry_bytes {
        return Err(Reason::TooLarge {
            size: entry.size(),
            limit: limits.max_entry_bytes,
        });
    }
    if entry.size() > cap {
        return Err(total_over(limits));
    }
    let mut bytes = Vec::with_capacity(entry.size().min(cap) as usize);
    entry
        .take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Reason::Corrupt {
            format,
            detail: e.to_string(),
        })?;
    if bytes.len() as u64 > cap {
        return Err(if cap == limits.max_entry_bytes {
            Reason::ArchiveLimit(format!(
                "an entry unpacks to more than its declared size and the {} MiB entry limit",
                limits.max_entry_bytes >> 20
            ))
        } else {
            total_over(limits)
        });
    }
    *budget -= bytes.len() as u64;
    Ok(bytes)
}

fn total_over(limits: &Limits) -> Reason {
    Reason::ArchiveLimit(format!(
        "unpacks to more than {} MiB in total",
        limits.max_total_uncompressed >> 20
    ))
}

fn zip_reason(e: ZipError, format: &'static str) -> Reason {
    match e {
        ZipError::Io(e) => Reason::Corrupt {
            format,
            detail: e.to_string(),
        },
        ZipError::UnsupportedArchive(msg) if msg.to_ascii_lowercase().contains("password") => {
            Reason::Encrypted("zip entry")
        }
        other => Reason::Corrupt {
            format,
            detail: other.to_string(),
        },
    }
}

/// Reads every supported entry of the archive `name`. Folders, unsupported files, macOS
/// resource forks and Office lock files (`~$…`) are skipped; a nested archive is an error item.
pub(crate) fn read(
    name: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Vec<Result<Extracted, ExtractError>> {
    let mut zip = match open(bytes, ".zip", limits) {
        Ok(zip) => zip,
        Err(reason) => return vec![Err(ExtractError::new(name, reason))],
    };
    let mut budget = limits.max_total_uncompressed;
    let mut results = Vec::new();
    for index in 0..zip.len() {
        let entry_name = match zip.by_index_raw(index) {
            Ok(entry) if entry.is_dir() => continue,
            Ok(entry) => match entry.name() {
                Ok(name) => name.into_owned(),
                Err(e) => {
                    results.push(Err(ExtractError::new(name, zip_reason(e, ".zip"))));
                    continue;
                }
            },
            Err(e) => {
                results.push(Err(ExtractError::new(name, zip_reason(e, ".zip"))));
                break;
            }
        };
        let file_name = entry_name.rsplit('/').next().unwrap_or(&entry_name);
        if entry_name.starts_with("__MACOSX/")
            || file_name.starts_with("~$")
            || file_name.starts_with('.')
        {
            continue;
        }
        let Some(format) = Format::from_name(file_name) else {
            continue;
        };
        let label = format!("{name}!{entry_name}");
        if format == Format::Zip {
            results.push(Err(ExtractError::new(label, Reason::NestedArchive)));
            continue;
        }
        let data = match read_entry(&mut zip, index, ".zip", limits, &mut budget) {
            Ok(data) => data,
            Err(reason) => {
                let stop = matches!(&reason, Reason::ArchiveLimit(_));
                results.push(Err(ExtractError::new(label, reason)));
                if stop {
                    break;
                }
                continue;
            }
        };
        for result in super::read_bytes(&label, &data, limits) {
            results.push(result.map(|mut extracted| {
                extracted.entry = Some(entry_name.clone());
                extracted
            }));
        }
    }
    results
}
