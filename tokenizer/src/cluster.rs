//! Text cut into clusters: a base character with the combining marks that follow it.
//!
//! A cluster is the unit both forms work on, so decomposed input (`o` + U+0300) and
//! precomposed input (`ò`) come out the same: a cluster whose base and marks spell a
//! Vietnamese letter decodes to one [`Letter`], whatever the order of its marks.

use crate::letter::{Letter, is_mark};

/// One cluster of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cluster<'a> {
    /// A letter of the Vietnamese alphabet, precomposed or decomposed, any case.
    Letter(Letter),
    /// An ASCII character that is not a letter, with no mark after it.
    Ascii(u8),
    /// Anything else: another script, a letter with marks Vietnamese does not use,
    /// non-ASCII punctuation, a mark with no base.
    Other(&'a str),
}

/// Iterator over the clusters of a text.
pub(crate) struct Clusters<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Clusters<'a> {
    pub(crate) fn new(text: &'a str) -> Clusters<'a> {
        Clusters { text, pos: 0 }
    }

    /// Byte offset of the end of the last cluster returned.
    pub(crate) fn offset(&self) -> usize {
        self.pos
    }

    /// Byte length of the combining marks starting at `pos`.
    #[inline]
    fn marks_len(&self, pos: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut end = pos;
        // Every combining mark is at least U+0300: its first byte is at least 0xCC.
        while end < bytes.len() && bytes[end] >= 0xCC {
            let c = self.text[end..].chars().next().unwrap_or_default();
            if !is_mark(c) {
                break;
            }
            end += c.len_utf8();
        }
        end - pos
    }
}

impl<'a> Iterator for Clusters<'a> {
    type Item = Cluster<'a>;

    #[inline]
    fn next(&mut self) -> Option<Cluster<'a>> {
        let start = self.pos;
        let base = self.text[start..].chars().next()?;
        let base_end = start + base.len_utf8();
        let end = base_end + self.marks_len(base_end);
        self.pos = end;
        if end == base_end && base.is_ascii() {
            let b = base as u8;
            return Some(if b.is_ascii_alphabetic() {
                Cluster::Letter(Letter::ascii(b.to_ascii_lowercase()))
            } else {
                Cluster::Ascii(b)
            });
        }
        let cluster = &self.text[start..end];
        let letter = (!is_mark(base)).then(|| Letter::decode(base)).flatten();
        let Some(mut letter) = letter else {
            return Some(Cluster::Other(cluster));
        };
        for mark in self.text[base_end..end].chars() {
            if !letter.apply_mark(mark) {
                return Some(Cluster::Other(cluster));
            }
        }
        Some(Cluster::Letter(letter))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letters(text: &str) -> Vec<Option<char>> {
        Clusters::new(text)
            .map(|c| match c {
                Cluster::Letter(l) => Some(l.compose()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn precomposed_and_decomposed_give_the_same_letters() {
        let nfc = letters("Hòa Bình");
        let nfd = letters("Ho\u{0300}a Bi\u{0300}nh");
        assert_eq!(nfc, nfd);
        assert_eq!(
            nfc,
            [
                Some('h'),
                Some('ò'),
                Some('a'),
                None,
                Some('b'),
                Some('ì'),
                Some('n'),
                Some('h')
            ]
        );
    }

    #[test]
    fn mark_order_does_not_matter() {
        // NFD of ộ puts the dot below before the circumflex; a keyboard may not.
        assert_eq!(letters("o\u{0323}\u{0302}"), [Some('ộ')]);
        assert_eq!(letters("o\u{0302}\u{0323}"), [Some('ộ')]);
        assert_eq!(letters("ô\u{0323}"), [Some('ộ')]);
    }

    #[test]
    fn foreign_marks_and_bases_make_other_clusters() {
        let all: Vec<_> = Clusters::new("n\u{0303}ñ\u{0301}\u{0301}x-").collect();
        assert_eq!(
            all,
            [
                Cluster::Other("n\u{0303}"),
                Cluster::Other("ñ\u{0301}\u{0301}"),
                Cluster::Letter(Letter::ascii(b'x')),
                Cluster::Ascii(b'-'),
            ]
        );
    }

    #[test]
    fn marks_without_a_base_make_an_other_cluster() {
        assert_eq!(
            Clusters::new("\u{0301}\u{0302}a").collect::<Vec<_>>(),
            [
                Cluster::Other("\u{0301}\u{0302}"),
                Cluster::Letter(Letter::ascii(b'a'))
            ]
        );
    }

    #[test]
    fn a_second_tone_is_not_vietnamese() {
        assert_eq!(
            Clusters::new("á\u{0300}").collect::<Vec<_>>(),
            [Cluster::Other("á\u{0300}")]
        );
    }
}
