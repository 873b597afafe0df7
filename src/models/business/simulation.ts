/**
 * How grades and blacklistings move in a small seeded population of firms, quarter by quarter.
 * Each bureau rates its own field at its own rhythm (§ Business Integrity, notes 34–35);
 * prosecutions for serious malpractice put owners on the blacklist (note 37).
 */
import { seededRandom, type Random } from '../random';
import { BLACKLIST_TRIGGERS, type BlacklistTrigger } from './blacklist';
import { bureauFor, ratesInQuarter, SECTORS, type Sector } from './bureaus';
import { consequencesFor } from './consequences';
import { createFirms, rateFirm, type Firm } from './firms';
import { GRADES, type Grade } from './grades';

export interface BusinessParams {
  readonly firmsPerSector: number;
  readonly startYear: number;
  readonly years: number;
  /** Largest quarterly change in a firm's compliance. */
  readonly drift: number;
  /** Quarterly chance of a prosecution for a firm with zero compliance. */
  readonly violationRate: number;
  /** Quarters without a new prosecution before a listing is lifted. */
  readonly delistAfterQuarters: number;
}

/**
 * Assumption: all of these are illustrative. Twenty-five firms per field keep the widget legible;
 * 2018–2020 spans the years before and during the fieldwork; the paper gives no rates of drift,
 * prosecution or delisting. [business-population] [business-dynamics]
 */
export const DEFAULT_BUSINESS_PARAMS: BusinessParams = {
  firmsPerSector: 25,
  startYear: 2018,
  years: 3,
  drift: 0.05,
  violationRate: 0.05,
  delistAfterQuarters: 8,
};

export interface BusinessState {
  /** Quarters elapsed since the start of startYear. */
  readonly quarter: number;
  readonly firms: readonly Firm[];
}

export type GradeCounts = Readonly<Record<Grade | 'unrated', number>>;

export interface BusinessSnapshot {
  readonly quarter: number;
  readonly year: number;
  readonly season: 1 | 2 | 3 | 4;
  readonly grades: Readonly<Record<Sector, GradeCounts>>;
  readonly blacklisted: number;
  /** Listings made this quarter (new, or renewed by a fresh prosecution), by trigger. */
  readonly listedThisQuarter: Readonly<Record<BlacklistTrigger, number>>;
  /** Firms whose grade earns at least one reward this year. */
  readonly rewarded: number;
}

/** The starting population: nobody rated, nobody listed. */
export function initialBusinessState(params: BusinessParams, random: Random): BusinessState {
  return { quarter: 0, firms: createFirms(params.firmsPerSector, random) };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function advanceFirm(firm: Firm, quarter: number, params: BusinessParams, random: Random): Firm {
  // Mean-reverting drift: firms wobble around their own level rather than wander off.
  const pull = 0.25 * (firm.baseline - firm.compliance);
  const compliance = clamp01(firm.compliance + pull + params.drift * (2 * random() - 1));
  let blacklist = firm.blacklist;
  if (random() < params.violationRate * (1 - compliance)) {
    const trigger = BLACKLIST_TRIGGERS[Math.floor(random() * BLACKLIST_TRIGGERS.length)];
    if (trigger) blacklist = { trigger, since: quarter };
  } else if (blacklist && quarter - blacklist.since >= params.delistAfterQuarters) {
    blacklist = null;
  }
  let { grade, lastScore } = firm;
  if (ratesInQuarter(bureauFor(firm.sector), quarter)) {
    const rating = rateFirm({ ...firm, compliance }, random);
    grade = rating.grade;
    lastScore = rating.average;
  }
  return { ...firm, compliance, blacklist, grade, lastScore };
}

/** One quarter: compliance drifts, prosecutions list owners, the bureaus due this quarter rate. */
export function step(state: BusinessState, params: BusinessParams, random: Random): BusinessState {
  return {
    quarter: state.quarter + 1,
    firms: state.firms.map((f) => advanceFirm(f, state.quarter, params, random)),
  };
}

const zeroGrades = (): Record<Grade | 'unrated', number> =>
  Object.fromEntries([...GRADES, 'unrated'].map((g) => [g, 0])) as Record<
    Grade | 'unrated',
    number
  >;

/** Counts for the quarter just completed (state.quarter − 1). */
export function snapshot(state: BusinessState, params: BusinessParams): BusinessSnapshot {
  const quarter = state.quarter - 1;
  const year = params.startYear + Math.floor(quarter / 4);
  const grades = Object.fromEntries(SECTORS.map((s) => [s, zeroGrades()])) as Record<
    Sector,
    Record<Grade | 'unrated', number>
  >;
  const listedThisQuarter = Object.fromEntries(BLACKLIST_TRIGGERS.map((t) => [t, 0])) as Record<
    BlacklistTrigger,
    number
  >;
  let blacklisted = 0;
  let rewarded = 0;
  for (const firm of state.firms) {
    grades[firm.sector][firm.grade ?? 'unrated'] += 1;
    if (firm.blacklist) {
      blacklisted += 1;
      if (firm.blacklist.since === quarter) listedThisQuarter[firm.blacklist.trigger] += 1;
    }
    if (firm.grade && consequencesFor(firm.grade, year).some((c) => c.effect === 'reward')) {
      rewarded += 1;
    }
  }
  const season = ((quarter % 4) + 1) as 1 | 2 | 3 | 4;
  return {
    quarter,
    year,
    season,
    grades,
    blacklisted,
    listedThisQuarter,
    rewarded,
  };
}

export interface BusinessRun {
  readonly params: BusinessParams;
  readonly snapshots: readonly BusinessSnapshot[];
  readonly final: BusinessState;
}

/** A whole run, one snapshot per quarter; the same params and seed always give the same run. */
export function run(params: BusinessParams, seed: number): BusinessRun {
  const random = seededRandom(seed);
  let state = initialBusinessState(params, random);
  const snapshots: BusinessSnapshot[] = [];
  for (let q = 0; q < params.years * 4; q += 1) {
    state = step(state, params, random);
    snapshots.push(snapshot(state, params));
  }
  return { params, snapshots, final: state };
}
