//! A memory budget for the reports in flight during indexing.
//!
//! Each item to index declares roughly what reading, parsing and indexing it will hold; an
//! item starts only when what is in flight plus its cost fits the budget, or when nothing is
//! in flight (one item larger than the budget runs alone). Items are admitted in their order,
//! and the writer releases them in the same order, so the item the writer waits for is
//! always admitted eventually: there is no deadlock whatever the costs.

use std::sync::{Condvar, Mutex};

/// Admits items in order while their costs fit in a budget.
pub(crate) struct Budget {
    limit: u64,
    state: Mutex<State>,
    changed: Condvar,
}

#[derive(Default)]
struct State {
    /// The next item to admit.
    turn: usize,
    /// Bytes admitted and not yet released.
    in_flight: u64,
    /// Nothing more will be written: every wait ends.
    closed: bool,
    /// The item whose turn it is waits for budget to be released.
    starved: bool,
}

impl Budget {
    /// A budget of `limit` bytes (0: no limit).
    pub(crate) fn new(limit: u64) -> Budget {
        Budget {
            limit,
            state: Mutex::new(State::default()),
            changed: Condvar::new(),
        }
    }

    /// Waits until item `i` may start, then takes `cost` from the budget; false when the
    /// budget was closed meanwhile.
    pub(crate) fn admit(&self, i: usize, cost: u64) -> bool {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if state.closed {
                return false;
            }
            let fits = self.limit == 0
                || state.in_flight == 0
                || state.in_flight.saturating_add(cost) <= self.limit;
            if state.turn == i && fits {
                break;
            }
            if state.turn == i {
                state.starved = true;
            }
            state = self.changed.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        state.starved = false;
        state.turn += 1;
        state.in_flight += cost;
        self.changed.notify_all();
        true
    }

    /// Ends every wait: the writer stopped.
    pub(crate) fn close(&self) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.closed = true;
        self.changed.notify_all();
    }

    /// Whether the next item waits for budget that only a release can free.
    pub(crate) fn starved(&self) -> bool {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).starved
    }

    /// Gives back `cost` once an item is written.
    pub(crate) fn release(&self, cost: u64) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.in_flight = state.in_flight.saturating_sub(cost);
        self.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};

    #[test]
    fn never_more_in_flight_than_the_budget_and_an_oversized_item_alone() {
        let budget = Arc::new(Budget::new(100));
        let costs = [60u64, 60, 30, 250, 10, 90, 40];
        let in_flight = Arc::new(AtomicU64::new(0));
        let peak = Arc::new(AtomicU64::new(0));
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::scope(|s| {
            for chunk in [0usize, 1, 2].map(|t| (t..costs.len()).step_by(3).collect::<Vec<_>>()) {
                let (budget, tx, in_flight, peak) = (&budget, tx.clone(), &in_flight, &peak);
                s.spawn(move || {
                    for i in chunk {
                        assert!(budget.admit(i, costs[i]));
                        let now = in_flight.fetch_add(costs[i], Ordering::SeqCst) + costs[i];
                        peak.fetch_max(if costs[i] > 100 { 0 } else { now }, Ordering::SeqCst);
                        tx.send(i).unwrap();
                    }
                });
            }
            drop(tx);
            // The writer releases in order.
            let mut pending = std::collections::BTreeSet::new();
            let mut next = 0;
            for i in rx {
                pending.insert(i);
                while pending.remove(&next) {
                    in_flight.fetch_sub(costs[next], Ordering::SeqCst);
                    budget.release(costs[next]);
                    next += 1;
                }
            }
            assert_eq!(next, costs.len());
        });
        assert!(peak.load(Ordering::SeqCst) <= 100);
    }
}
