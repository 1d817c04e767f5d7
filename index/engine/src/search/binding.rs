//! Which neighbouring syllables of a query form one word, decided from the index itself.
//!
//! Vietnamese writes a word of two syllables as two tokens (`hòa giải`, `số hóa`), and no
//! dictionary ships with tracuu. The index knows, for every folded syllable, how many sections
//! hold it (the body field), and for every pair of adjacent folded syllables, how many hold
//! the two side by side (the pairs field). Two neighbouring query syllables `a b` form a word
//! when the pair is *cohesive*:
//!
//! ```text
//! cohesion(a, b) = sections with "a b" adjacent / sections with both a and b
//! ```
//!
//! that is, of the sections holding both syllables, the share where they stand side by side.
//! A word's syllables mostly stand together wherever both occur (`hòa giải`, `số hóa`); two
//! words that merely meet in the query rarely do, though each is frequent (`hòa` of `xã Long
//! Hòa` and `giải` of `giải pháp`). A syllable is counted in the form the query looks it up:
//! exact when typed with diacritics (`hòa`, not `hóa` of `văn hóa`), folded otherwise. A pair
//! binds at [`MIN_COHESION`] or more.
//!
//! A query's syllables are bound greedily, the most cohesive pair first, never a syllable
//! twice: a word is one or two syllables, and longer terms (`thủ tục hành chính`) are read as
//! words of two (`thủ tục`, `hành chính`) whose order the phrase tier and the ranking reward.
//! Quotes bind whatever they hold, whatever the index says.

/// Least cohesion for two syllables to form a word. Sections are long (a report's section
/// holds hundreds of words), so two frequent syllables share many sections by chance: `hoa
/// giai` typed without diacritics stands side by side in 3 of the 23 seed sections holding both
/// `hoa` (of `văn hóa`, `số hóa` …) and `giai` (of `giải quyết` …), 0.13. Two syllables that
/// never meet side by side have 0. On the ALQAC questions 0.1, 0.2 and 0.35 give the same
/// recall.
pub const MIN_COHESION: f64 = 0.1;

/// Section frequencies, as the index counts them.
pub trait Frequencies {
    /// Sections holding the syllable (a term of the body field: exact or folded form).
    fn syllable(&self, form: &str) -> u64;
    /// Sections holding the two folded syllables adjacent (`"hoa giai"`).
    fn pair(&self, folded_pair: &str) -> u64;
    /// Sections holding both syllables (body terms), anywhere.
    fn both(&self, a: &str, b: &str) -> u64;
}

/// One syllable of a query for binding: the form its sections are counted by, and its folded
/// form (pairs are folded).
#[derive(Debug, Clone, Copy)]
pub struct Syllable<'a> {
    /// Exact form when typed with diacritics, folded otherwise.
    pub form: &'a str,
    /// Folded form.
    pub folded: &'a str,
}

/// The cohesion of two syllables (see the module docs); 0 when they never stand side by side.
pub fn cohesion(freq: &dyn Frequencies, a: Syllable, b: Syllable) -> f64 {
    let pair = freq.pair(&format!("{} {}", a.folded, b.folded));
    if pair == 0 {
        return 0.0;
    }
    // Sections with both are at most those with the rarer: when the pair alone is already
    // cohesive enough against that, the intersection need not be counted.
    let rarer = freq.syllable(a.form).min(freq.syllable(b.form));
    if rarer == 0 {
        return 0.0;
    }
    let upper = pair as f64 / rarer as f64;
    if upper >= MIN_COHESION {
        return upper.min(1.0);
    }
    let both = freq.both(a.form, b.form);
    if both == 0 {
        return 0.0;
    }
    (pair as f64 / both as f64).min(1.0)
}

/// Groups a run of folded syllables into words: the returned ranges cover the run in order,
/// each one or two syllables long. `free[i]` is false for a syllable that must stay alone.
pub fn bind(
    freq: &dyn Frequencies,
    syllables: &[Syllable],
    free: &[bool],
) -> Vec<std::ops::Range<usize>> {
    let n = syllables.len();
    let mut scored: Vec<(f64, usize)> = (0..n.saturating_sub(1))
        .filter(|&i| free[i] && free[i + 1])
        .map(|i| (cohesion(freq, syllables[i], syllables[i + 1]), i))
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
        fn syllable(&self, form: &str) -> u64 {
            self.0.get(form).copied().unwrap_or(0)
        }
        fn pair(&self, folded_pair: &str) -> u64 {
            self.0.get(folded_pair).copied().unwrap_or(0)
        }
        fn both(&self, a: &str, b: &str) -> u64 {
            self.0
                .get(format!("{a}&{b}").as_str())
                .copied()
                .unwrap_or(0)
        }
    }

    fn table() -> Table {
        Table(HashMap::from([
            ("hòa", 400),
            ("hoa", 1400),
            ("giải", 900),
            ("pháp", 800),
            ("hoa giai", 200),
            ("hòa&giải", 250),
            ("giai phap", 300),
            ("giải&pháp", 700),
            ("thủ", 500),
            ("tục", 300),
            ("hành", 700),
            ("chính", 900),
            ("thu tuc", 280),
            ("tuc hanh", 20),
            ("tục&hành", 250),
            ("hanh chinh", 600),
        ]))
    }

    fn syllables<'a>(forms: &[&'a str]) -> Vec<Syllable<'a>> {
        forms
            .iter()
            .map(|f| Syllable {
                form: f,
                folded: match *f {
                    "hòa" => "hoa",
                    "giải" => "giai",
                    "pháp" => "phap",
                    "thủ" => "thu",
                    "tục" => "tuc",
                    "hành" => "hanh",
                    "chính" => "chinh",
                    other => other,
                },
            })
            .collect()
    }

    #[test]
    fn cohesive_pairs_bind_and_the_best_wins_a_shared_syllable() {
        let t = table();
        // hòa giải: 200 of the 250 sections with both; giải pháp: 300 of 700.
        assert_eq!(
            bind(&t, &syllables(&["hòa", "giải", "pháp"]), &[true; 3]),
            vec![0..2, 2..3]
        );
        assert_eq!(
            bind(&t, &syllables(&["thủ", "tục", "hành", "chính"]), &[true; 4]),
            vec![0..2, 2..4]
        );
    }

    #[test]
    fn unseen_or_scattered_pairs_do_not_bind() {
        let t = table();
        assert_eq!(
            bind(&t, &syllables(&["pháp", "hòa"]), &[true; 2]),
            vec![0..1, 1..2]
        );
        // tục hành: 20 of the 250 sections with both.
        assert_eq!(
            bind(&t, &syllables(&["tục", "hành"]), &[true; 2]),
            vec![0..1, 1..2]
        );
    }

    #[test]
    fn a_syllable_kept_alone_never_binds() {
        let t = table();
        assert_eq!(
            bind(&t, &syllables(&["hòa", "giải"]), &[true, false]),
            vec![0..1, 1..2]
        );
    }
}
