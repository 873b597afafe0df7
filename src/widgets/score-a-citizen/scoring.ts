/**
 * Glue between the URL state and the scoring model: which regime the dials describe, and the
 * points each ticked record carries. No scoring rule lives here; the model does the counting.
 */
import { seededRandom } from '../../models/random';
import { categories, type CategoryId } from '../../models/scoring/categories';
import { catalogue, indicatorById } from '../../models/scoring/catalogue';
import { scoreCitizen, summariseLedger, type CitizenRecord } from '../../models/scoring/citizen';
import { typicalPoints, type Indicator } from '../../models/scoring/indicator';
import { presetCitizens, type PresetCitizen } from '../../models/scoring/presets';
import { type Regime } from '../../models/scoring/regimes';

export function presetById(id: string): PresetCitizen | undefined {
  return presetCitizens.find((preset) => preset.id === id);
}

const recordId = (record: CitizenRecord): string =>
  typeof record === 'string' ? record : record.indicatorId;

/** The ids a preset puts on file, in catalogue order. */
export function presetRecordIds(preset: PresetCitizen): string[] {
  const ids = new Set(preset.records.map(recordId));
  return catalogue.filter((indicator) => ids.has(indicator.id)).map((indicator) => indicator.id);
}

/**
 * Points a ticked record carries: the preset's exact value if the file started from a preset
 * that lists it (the nurse's +50), else the indicator's likeliest value.
 */
export function recordedPoints(indicator: Indicator, preset: PresetCitizen | undefined): number {
  const fromPreset = preset?.records.find(
    (record) => typeof record !== 'string' && record.indicatorId === indicator.id,
  );
  return fromPreset !== undefined && typeof fromPreset !== 'string'
    ? fromPreset.points
    : typicalPoints(indicator);
}

/** A fixed number per indicator, so each deduction's "counted or not" draw stays put. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Score a file under a regime. When the regime counts only a share of deductions, each record
 * gets its own fixed draw: raising the share only ever adds counted deductions, and a copied
 * link shows the same ledger.
 */
export function scoreFile(
  ids: readonly string[],
  preset: PresetCitizen | undefined,
  regime: Regime,
) {
  const ledger = catalogue
    .filter((indicator) => ids.includes(indicator.id))
    .map((indicator) => {
      const record: CitizenRecord = {
        indicatorId: indicator.id,
        points: recordedPoints(indicator, preset),
      };
      return scoreCitizen([record], regime, seededRandom(seedOf(indicator.id))).ledger[0]!;
    });
  return summariseLedger(ledger);
}

export interface CategoryGroup {
  readonly id: CategoryId;
  readonly label: string;
  readonly summary: string;
  readonly indicators: readonly Indicator[];
}

/** The catalogue grouped by the six categories, in the paper's order. */
export const catalogueByCategory: readonly CategoryGroup[] = categories.map((category) => ({
  id: category.id,
  label: category.label,
  summary: category.summary,
  indicators: catalogue.filter((indicator) => indicator.category === category.id),
}));

export const categoryLabel = (id: CategoryId): string =>
  categories.find((category) => category.id === id)?.label ?? id;

export { indicatorById };

/** "+40", "−150", "0": signed, with a true minus sign. */
export function signed(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${Math.abs(points)}`;
  return '0';
}
