//! Tests of `tracuu parse`.
