//! One module per subcommand; each exposes `run`.

pub mod generate;
pub mod parse;
