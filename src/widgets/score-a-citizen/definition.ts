import { catalogue } from '../../models/scoring/catalogue';
import { presetCitizens } from '../../models/scoring/presets';
import { defineWidget } from '../define-widget';

const recordId = (record: string | { readonly indicatorId: string }): string =>
  typeof record === 'string' ? record : record.indicatorId;

const defaultPreset = presetCitizens[0]!;
const defaultIds = new Set(defaultPreset.records.map(recordId));

/**
 * One fictional resident of City Z, scored line by line. Every control is in the URL:
 * - `records`: the indicator ids on the resident's file (any of the catalogue's);
 * - `preset`: the ready-made life the file started from, whose exact points (a nurse's +50,
 *   say) are kept for the records it lists; `none` for a file built from scratch;
 * - `regime`: City Z in 2020, the Outline as designed, or a custom regime;
 * - `strength`, `share`: the custom regime's dials (deduction strength 0–2×, share counted 0–1).
 * The defaults are the retired teacher scored as City Z scored in 2020.
 */
export const scoreACitizen = defineWidget({
  id: 'score-a-citizen',
  title: 'Score a citizen',
  summary:
    'Build a fictional City Z resident record by record and watch the social-integrity score move, line by line, under three ways of counting.',
  schema: {
    records: {
      kind: 'set',
      options: catalogue.map((indicator) => indicator.id),
      // In catalogue order, the order a parsed URL keeps, so the default view reads as unedited.
      default: catalogue.map((indicator) => indicator.id).filter((id) => defaultIds.has(id)),
    },
    preset: {
      kind: 'enum',
      options: ['none', ...presetCitizens.map((preset) => preset.id)],
      default: defaultPreset.id,
    },
    regime: { kind: 'enum', options: ['cityZ2020', 'outline', 'custom'], default: 'cityZ2020' },
    strength: { kind: 'number', min: 0, max: 2, step: 0.1, default: 1 },
    share: { kind: 'number', min: 0, max: 1, step: 0.05, default: 1 },
  },
  embedHeight: 1900,
  chapter: 'social-integrity',
});
