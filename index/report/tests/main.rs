//! Tests of the report parser: snapshots of the real seeds (ignored in plain runs) and
//! properties on generated text.

mod figures_seeds;
mod properties;
mod seeds;
