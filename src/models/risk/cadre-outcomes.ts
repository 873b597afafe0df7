/**
 * One seeded run of City Z's 2018–2020 under a choice: what happened to each practice, whether
 * the cadre was punished, and how superiors judged the mandate in 2020.
 */
import type { Choice } from './cadre';
import { mandatePassed } from './mandate';
import type { CadreParams } from './params';
import { type Level, backlashChance, punishChances, successChance } from './practice-outcomes';
import { type PracticeId, practiceIds } from './practices';
import { type Random, randomInt, seededRandom } from '../random';

export type PracticeResult = 'not-started' | 'on-paper' | 'working' | 'failed' | 'backlash';

export interface PracticeOutcome {
  readonly practice: PracticeId;
  readonly level: Level;
  readonly result: PracticeResult;
  /** The year the result became clear (2018–2020). */
  readonly year: number;
  readonly punished: boolean;
}

export interface CadreOutcome {
  readonly seed: number;
  readonly practices: readonly PracticeOutcome[];
  readonly mandatePassed: boolean;
  readonly punished: boolean;
}

export const storyStartYear = 2018;
export const mandateYear = 2020;

// Assumption: every practice starts in 2018, when City Z began rating citizens ('§ Social
// integrity'); a full one shows its result in a year drawn evenly from 2018–2020.
function drawPractice(
  id: PracticeId,
  level: Level,
  params: CadreParams,
  random: Random,
): PracticeOutcome {
  const base = { practice: id, level, year: storyStartYear, punished: false };
  if (level === 'skip') return { ...base, result: 'not-started' };
  if (level === 'nominal') return { ...base, result: 'on-paper' };
  const p = params.practices[id];
  const q = punishChances(p, params.career);
  const year = randomInt(random, storyStartYear, mandateYear);
  if (random() < backlashChance(p, params.career)) {
    return { ...base, year, result: 'backlash', punished: random() < q.backlash };
  }
  if (random() < successChance(p, params.career)) return { ...base, year, result: 'working' };
  return { ...base, year, result: 'failed', punished: random() < q.failure };
}

/** Draw what happened to each practice and to the mandate; the same seed gives the same story. */
export function simulateCadre(choice: Choice, params: CadreParams, seed: number): CadreOutcome {
  const random = seededRandom(seed);
  const practices = practiceIds.map((id) => drawPractice(id, choice[id], params, random));
  const credit = (o: PracticeOutcome) =>
    o.result === 'working' ? 1 : o.result === 'not-started' ? 0 : params.mandate.nominalCredit;
  return {
    seed,
    practices,
    mandatePassed: mandatePassed(practices.map(credit), params.mandate),
    punished: practices.some((o) => o.punished),
  };
}
