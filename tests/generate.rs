//! Tests of `tracuu generate`.
