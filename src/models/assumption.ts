/**
 * A modelling choice the paper does not report. Every model lists its own, and the
 * "Method and assumptions" page is generated from these records so it never goes stale.
 */
export interface Assumption {
  /** Stable kebab-case id, unique across the site. */
  readonly id: string;
  /** Which model makes it: scoring, business, platform, risk, cities. */
  readonly model: string;
  /** What we assume, in one or two plain sentences. */
  readonly statement: string;
  /** Why this choice, and what the paper does say nearby (with its locator). */
  readonly rationale: string;
}
