/**
 * One round (month) of the platform: ordered units decide whether to comply, superiors answer,
 * formal requests clear, and every uploading unit adds items at a rate that grows over time.
 */
import type { Random } from '../random';
import { CITY_Z } from './roster';
import {
  DRC_STAFF_PER_ROUND,
  MAYOR_ATTENTION_PER_ROUND,
  type PlatformState,
  type UnitProgress,
} from './state';

/**
 * Assumption: a formal request to a vertical unit takes 2 rounds to clear once filed; the paper
 * gives the order of steps but not their length (note 43). [platform-request-delay]
 */
export const REQUEST_ROUNDS = 2;

/**
 * Assumption: a unit uploads ITEMS_PER_VOLUME × volume items in its first month, and each later
 * month 4% more of that first amount (backlogs digitised, more record types added). The constant is
 * calibrated so that the default policy reaches about 1.26 billion items in November 2020
 * (note 40; see policy.ts). [platform-item-growth]
 */
export const ITEMS_PER_VOLUME = 31_800;
export const ITEM_GROWTH = 0.04;

/** Items one unit adds this round, given how long it has been uploading. */
export function itemsThisRound(volume: number, roundsUploading: number): number {
  return Math.round(ITEMS_PER_VOLUME * volume * (1 + ITEM_GROWTH * roundsUploading));
}

// Every member of a line moves together, so the line's first unit stands for the line.
const LINE_HEADS = CITY_Z.lines.map((line) => ({
  line,
  index: CITY_Z.units.findIndex((u) => u.kind === 'vertical' && u.group === line.id),
}));

/** Draw each negotiating line's answer once: the superior speaks for all its branches. */
function linesAgreeing(state: PlatformState, random: Random): ReadonlySet<string> {
  const agreeing = new Set<string>();
  for (const { line, index } of LINE_HEADS) {
    const progress = state.units[index];
    if (progress?.status === 'negotiating' && !progress.agreed && random() < line.openness) {
      agreeing.add(line.id);
    }
  }
  return agreeing;
}

/** Advance one round and refill the mayor's and the DRC's budgets. */
export function advanceRound(state: PlatformState, random: Random): PlatformState {
  const next = state.round + 1;
  const agreeing = linesAgreeing(state, random);
  const units = state.units.map((progress, i): UnitProgress => {
    const unit = CITY_Z.units[i];
    if (!unit) return progress;
    switch (progress.status) {
      case 'uploading': {
        const added = itemsThisRound(unit.volume, state.round - progress.since);
        return { ...progress, items: progress.items + added };
      }
      case 'negotiating':
        return agreeing.has(unit.group) ? { ...progress, agreed: true } : progress;
      case 'requested': {
        const complies =
          unit.kind === 'vertical'
            ? next - progress.since >= REQUEST_ROUNDS
            : progress.forced || random() < unit.willingness;
        return complies ? { ...progress, status: 'uploading', since: next } : progress;
      }
      case 'not-asked':
        return progress;
    }
  });
  return {
    round: next,
    mayorAttention: MAYOR_ATTENTION_PER_ROUND,
    drcStaff: DRC_STAFF_PER_ROUND,
    units,
  };
}
