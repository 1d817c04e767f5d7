//! Scorers that measure the report parser on real documents.

pub mod portal;
