//! The command line: every subcommand and its arguments.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Search engine for Vietnamese administrative reports.
#[derive(Debug, Parser)]
#[command(name = "tracuu", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show what is understood of one report: metadata, sections, citations.
    Parse(ParseArgs),
    /// Write synthetic reports for demos, tests and benchmarks.
    Gen(GenArgs),
}

/// Arguments of `tracuu parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// The report file.
    pub file: PathBuf,
    /// Print one JSON object instead of a readable summary.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tracuu gen`.
#[derive(Debug, Args)]
pub struct GenArgs {
    /// How many reports to write.
    #[arg(long, default_value_t = 300)]
    pub reports: usize,
    /// The folder to write them into (created if missing).
    #[arg(long)]
    pub out: PathBuf,
    /// Seed of the generator: the same seed writes the same reports.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}
