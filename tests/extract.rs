//! Tests of `tracuu extract`.
