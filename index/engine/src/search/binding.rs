//! Which neighbouring syllables of a query form one word, decided from the index itself.
//!
//! Vietnamese writes a word of two syllables as two tokens (`hòa giải`, `số hóa`), and no
//! dictionary ships with tracuu. The index knows, for every folded syllable, how many sections
//! hold it (the body field), and for every pair of adjacent folded syllables, how many hold
//! the two side by side (the pairs field). Two neighbouring query syllables `a b` form a word
//! when the pair is *cohesive*:
//!
//! ```text
//! cohesion(a, b) = sections with "a b" adjacent / sections with the rarer of a, b
//! ```
//!
//! that is, of the sections holding the rarer syllable, the share where it stands next to the
//! other: at least half, so a syllable that is mostly part of this word binds. (On the ALQAC
//! questions, 0.35 to 0.5 give the same recall within one question in a hundred; 0.1 binds
//! too much and loses recall at 10.) A word's syllables mostly stand together (`hòa giải`: most sections with `giải` and
//! `hòa` near each other have them adjacent, and `hoa` is rarer than `giai`); two words that
//! merely meet in the query (`giải pháp` after `hòa`) rarely do. A pair binds at
//! [`MIN_COHESION`] or more, seen in at least [`MIN_PAIR_SECTIONS`] sections.
//!
//! A query's syllables are bound greedily, the most cohesive pair first, never a syllable
//! twice: a word is one or two syllables, and longer terms (`thủ tục hành chính`) are read as
//! words of two (`thủ tục`, `hành chính`) whose order the phrase tier and the ranking reward.
//! Quotes bind whatever they hold, whatever the index says.

/// Least cohesion for two syllables to form a word.
pub const MIN_COHESION: f64 = 0.5;
/// Least number of sections holding the pair adjacent for it to bind.
pub const MIN_PAIR_SECTIONS: u64 = 1;

/// Section frequencies, as the index counts them.
pub trait Frequencies {
    /// Sections holding the folded syllable.
    fn syllable(&self, folded: &str) -> u64;
    /// Sections holding the two folded syllables adjacent (`"hoa giai"`).
    fn pair(&self, folded_pair: &str) -> u64;
}

/// The cohesion of two folded syllables (see the module docs); 0 when either is unseen.
pub fn cohesion(freq: &dyn Frequencies, a: &str, b: &str) -> f64 {
    let rarer = freq.syllable(a).min(freq.syllable(b));
    if rarer == 0 {
        return 0.0;
    }
    let pair = freq.pair(&format!("{a} {b}"));
    if pair < MIN_PAIR_SECTIONS {
        return 0.0;
    }
    pair as f64 / rarer as f64
}

/// Groups a run of folded syllables into words: the returned ranges cover the run in order,
/// each one or two syllables long. `free[i]` is false for a syllable that must stay alone.
pub fn bind(freq: &dyn Frequencies, folded: &[&str], free: &[bool]) -> Vec<std::ops::Range<usize>> {
    let n = folded.len();
    let mut scored: Vec<(f64, usize)> = (0..n.saturating_sub(1))
        .filter(|&i| free[i] && free[i + 1])
        .map(|i| (cohesion(freq, folded[i], folded[i + 1]), i))
        .filter(|&(c, _)| c >= MIN_COHESION)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut taken = vec![false; n];
    let mut starts = vec![false; n];
    for (_, i) in scored {
        if !taken[i] && !taken[i + 1] {
            taken[i] = true;
            taken[i + 1] = true;
            starts[i] = true;
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let len = if starts[i] { 2 } else { 1 };
        out.push(i..i + len);
        i += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Table(HashMap<&'static str, u64>);

    impl Frequencies for Table {
        fn syllable(&self, folded: &str) -> u64 {
            self.0.get(folded).copied().unwrap_or(0)
        }
        fn pair(&self, folded_pair: &str) -> u64 {
            self.0.get(folded_pair).copied().unwrap_or(0)
        }
    }

    fn table() -> Table {
        Table(HashMap::from([
            ("hoa", 400),
            ("giai", 900),
            ("phap", 800),
            ("hoa giai", 200),
            ("giai phap", 300),
            ("thu", 500),
            ("tuc", 300),
            ("hanh", 700),
            ("chinh", 900),
            ("thu tuc", 280),
            ("tuc hanh", 40),
            ("hanh chinh", 600),
        ]))
    }

    #[test]
    fn cohesive_pairs_bind_and_the_best_wins_a_shared_syllable() {
        let t = table();
        // hoa giai: 200/400 = 0.5; giai phap: 300/800 = 0.375: `hòa giải` binds, `pháp` is alone.
        assert_eq!(
            bind(&t, &["hoa", "giai", "phap"], &[true; 3]),
            vec![0..2, 2..3]
        );
        assert_eq!(
            bind(&t, &["thu", "tuc", "hanh", "chinh"], &[true; 4]),
            vec![0..2, 2..4]
        );
    }

    #[test]
    fn unseen_or_rare_pairs_do_not_bind() {
        let t = table();
        assert_eq!(bind(&t, &["phap", "hoa"], &[true; 2]), vec![0..1, 1..2]);
        assert_eq!(bind(&t, &["tuc", "hanh"], &[true; 2]), vec![0..1, 1..2]);
    }

    #[test]
    fn a_syllable_kept_alone_never_binds() {
        let t = table();
        assert_eq!(bind(&t, &["hoa", "giai"], &[true, false]), vec![0..1, 1..2]);
    }
}
