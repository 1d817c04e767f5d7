//! Measures the parser against the hand-labelled development gold (`tests/gold`).

pub mod relations;
