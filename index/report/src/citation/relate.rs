//! What the mentions say beyond the number: pinpoints, short forms and roles, set on the
//! extracted mentions in one pass before they merge.

use super::{Context, pinpoint, role, short_form};
use crate::Citation;
use std::ops::Range;

/// Adds the resolved short forms to `citations` (kept in text order), sets every mention's
/// pinpoints, role and holder, and returns the spans where the text names itself
/// (`Quyết định này`).
pub(crate) fn annotate(
    text: &str,
    citations: &mut Vec<Citation>,
    ctx: &Context,
) -> Vec<Range<usize>> {
    let own = short_form::own_kind(text, ctx.own_number.as_deref());
    let resolved = short_form::resolve(text, citations, own);
    citations.extend(resolved.citations);
    citations.sort_by_key(|c| c.span.start);
    for c in citations.iter_mut() {
        c.pinpoints = pinpoint::before(text, c.span.start);
    }
    role::assign(text, citations, &resolved.self_refs, ctx.wrapped);
    for c in citations.iter_mut() {
        if c.holder.is_none()
            && matches!(
                c.role,
                role::Role::Amends | role::Role::Repeals | role::Role::Replaces
            )
        {
            for p in pinpoint::amended(text, c.span.start) {
                if !c.pinpoints.contains(&p) {
                    c.pinpoints.push(p);
                }
            }
        }
    }
    resolved.self_refs
}
