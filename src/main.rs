//! The `tracuu` binary: parses the command line and runs the subcommand.

use clap::Parser;
use tracuu::cli::{Cli, Command};
use tracuu::commands;

/// mimalloc rather than glibc's malloc: indexing parses each file on whichever worker thread
/// is free, and glibc keeps what a thread's arena freed for that arena, so a run of large
/// files held about one file's worth of memory per thread long after the file was written.
/// mimalloc returns freed pages to the system.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let result = match &cli.command {
        Command::Parse(args) => commands::parse::run(args),
        Command::Index(args) => commands::index::run(args),
        Command::Remove(args) => commands::remove::run(args),
        Command::Search(args) => commands::search::run(args),
        Command::Cite(args) => commands::cite::run(args),
        Command::Figures(args) => commands::figures::run(args),
        Command::Serve(args) => commands::serve::run(args),
        Command::Gen(args) => commands::generate::run(args),
        Command::Demo(args) => commands::demo::run(args),
        Command::Bench(args) => commands::bench::run(args),
        Command::Eval(args) => commands::eval::run(args),
        Command::BenchAlqac(args) => tracuu::bench::alqac::run(args),
        Command::BenchScale(args) => tracuu::bench::scale::run(args),
        Command::BenchFigures(args) => tracuu::bench::figures::run(args),
        Command::BenchDraft(args) => tracuu::bench::draft::run(args),
    };
    // As grep: 0 found, 1 nothing found, 2 an error.
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) if err.downcast_ref::<commands::NothingFound>().is_some() => {
            std::process::ExitCode::from(1)
        }
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::from(2)
        }
    }
}
