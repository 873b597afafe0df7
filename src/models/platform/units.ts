/**
 * The 667 government units of City Z's Public Credit Information Sharing Platform (note 25; the
 * count, note 40). Horizontally managed units (kuaikuai) answer to the city or to a county or
 * district; vertically managed units (tiaotiao) answer up their own system line (note 42 onwards).
 * Named archetypes stand for the units the paper mentions; numbered generic units fill the rest.
 */
import type { Dataset } from './datasets';

export type UnitKind = 'horizontal' | 'vertical';

export interface Unit {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  /** Horizontal: the government it answers to ('city' or a district id). Vertical: its line id. */
  readonly group: string;
  /** A district government's id for the district's own bureaus; orders pass down through it. */
  readonly parentId?: string;
  /** Per-round chance that a horizontal unit starts uploading once the DRC has ordered it. */
  readonly willingness: number;
  /** Relative size of its data flow (items per round, before calibration). */
  readonly volume: number;
  /** Data sets it holds that other units' questions may need. */
  readonly datasets: readonly Dataset[];
  /** Data sets it keeps back unless the mayor personally orders the upload. */
  readonly withheld: readonly Dataset[];
}

/** A vertical system whose provincial or central superior must agree before City Z gets data. */
export interface VerticalLine {
  readonly id: string;
  readonly name: string;
  readonly superior: string;
  /** Per-round chance that the superior agrees while a negotiation is open. */
  readonly openness: number;
}

export interface Roster {
  readonly units: readonly Unit[];
  readonly lines: readonly VerticalLine[];
}

/** The paper's count of units on the platform in November 2020 (note 40). */
export const UNIT_COUNT = 667;

/** Assumption: 15% of the units are vertically managed branches. [platform-vertical-share] */
export const VERTICAL_SHARE = 0.15;

/** Assumption: City Z has ten counties and districts. [platform-districts] */
export const DISTRICT_COUNT = 10;
