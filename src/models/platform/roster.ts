/**
 * Builds City Z's 667 units deterministically: the named archetypes first, then numbered generic
 * units until the vertical share and the total are met (count: note 40).
 */
import { seededRandom, type Random } from '../random';
import { CITY_UNITS } from './archetypes';
import type { Dataset } from './datasets';
import {
  DISTRICT_COUNT,
  UNIT_COUNT,
  VERTICAL_SHARE,
  type Roster,
  type Unit,
  type VerticalLine,
} from './units';
import { NAMED_LINES } from './vertical-lines';

/** Assumption: a fifth of the generic horizontal units sit at city level. [platform-districts] */
const CITY_LEVEL_GENERIC_SHARE = 0.2;

/** Fixed so every reader sees the same city. */
export const ROSTER_SEED = 2020;

/**
 * Assumption: generic units' willingness, volume and openness are spread at random.
 * [platform-generic-units]
 */
const genericWillingness = (random: Random) => 0.15 + 0.6 * random();
const genericVolume = (random: Random) => 0.2 + 1.6 * random() ** 2;
const genericOpenness = (random: Random) => 0.1 + 0.4 * random();

/**
 * Assumption: units per generic vertical system (a city office plus branches).
 * [platform-vertical-share]
 */
const GENERIC_LINE_SIZE = 8;

const pad = (n: number) => String(n).padStart(3, '0');
const districtId = (d: number) => `district-${d}`;

/** Build the roster deterministically: named archetypes first, then numbered generic units. */
export function createRoster(seed: number = ROSTER_SEED): Roster {
  const random = seededRandom(seed);
  const units: Unit[] = CITY_UNITS.map((u) => ({
    withheld: [],
    ...u,
    kind: 'horizontal',
    group: 'city',
  }));
  const lines: VerticalLine[] = [];
  const vertical = (
    line: string,
    id: string,
    name: string,
    volume: number,
    datasets: readonly Dataset[],
  ) =>
    units.push({
      id,
      name,
      kind: 'vertical',
      group: line,
      willingness: 0,
      volume,
      datasets,
      withheld: [],
    });
  for (const { cityUnit, districtBranches, ...line } of NAMED_LINES) {
    lines.push(line);
    vertical(line.id, cityUnit.id, cityUnit.name, cityUnit.volume, cityUnit.datasets);
    if (!districtBranches) continue;
    for (let d = 1; d <= DISTRICT_COUNT; d += 1) {
      vertical(
        line.id,
        `${line.id}-${districtId(d)}`,
        `${line.name}, District ${d}`,
        cityUnit.volume / 10,
        cityUnit.datasets,
      );
    }
  }
  const verticalTarget = Math.round(UNIT_COUNT * VERTICAL_SHARE);
  let verticalCount = units.filter((u) => u.kind === 'vertical').length;
  for (let k = 1; verticalCount < verticalTarget; k += 1) {
    const line = {
      id: `system-${k}`,
      name: `Vertical system ${k}`,
      superior: `Superior of system ${k}`,
      openness: genericOpenness(random),
    };
    lines.push(line);
    for (
      let n = 1;
      n <= GENERIC_LINE_SIZE && verticalCount < verticalTarget;
      n += 1, verticalCount += 1
    ) {
      vertical(
        line.id,
        `${line.id}-${pad(n)}`,
        `${line.name}, office ${n}`,
        genericVolume(random),
        ['records'],
      );
    }
  }
  for (let d = 1; d <= DISTRICT_COUNT; d += 1) {
    units.push({
      id: districtId(d),
      name: `District ${d} government`,
      kind: 'horizontal',
      group: districtId(d),
      willingness: 0.5,
      volume: 5,
      datasets: ['district-records'],
      withheld: [],
    });
  }
  const genericTotal = UNIT_COUNT - units.length;
  const cityGeneric = Math.round(genericTotal * CITY_LEVEL_GENERIC_SHARE);
  for (let n = 1; n <= genericTotal; n += 1) {
    const atCity = n <= cityGeneric;
    // Spread district units evenly: district 1, 2, …, 10, 1, 2, …
    const d = ((n - cityGeneric - 1) % DISTRICT_COUNT) + 1;
    const base = {
      kind: 'horizontal' as const,
      willingness: genericWillingness(random),
      volume: genericVolume(random),
      datasets: ['records'] as const,
      withheld: [],
    };
    units.push(
      atCity
        ? {
            ...base,
            id: `city-unit-${pad(n)}`,
            name: `City unit ${n}`,
            group: 'city',
          }
        : {
            ...base,
            id: `${districtId(d)}-unit-${pad(n)}`,
            name: `District ${d} unit ${n}`,
            group: districtId(d),
            parentId: districtId(d),
          },
    );
  }
  return { units, lines };
}

/** City Z as every widget sees it. */
export const CITY_Z: Roster = createRoster();

/** Where each unit sits in CITY_Z.units (and in every PlatformState's progress array). */
export const UNIT_INDEX: ReadonlyMap<string, number> = new Map(
  CITY_Z.units.map((u, i) => [u.id, i]),
);
