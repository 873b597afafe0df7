import { defineWidget } from '../define-widget';

/**
 * City Z's 6,914,564 adults under a regime of the reader's choice. Every control is in the URL:
 * - `regime`: City Z in 2020, the Outline as designed, or a custom regime;
 * - `strength`, `share`: the custom regime's dials (deduction strength 0–2×, share counted 0–1);
 * - `scale`: the histogram's vertical axis, linear or logarithmic;
 * - `seed`: the Monte Carlo seed behind "meet a random citizen" (0: nobody met yet), so a link
 *   opens on the same person.
 */
export const cityZPopulation = defineWidget({
  id: 'city-z-population',
  title: 'City Z’s 6.9 million',
  summary:
    'Every adult in City Z on the score scale: Table 2 beside the model, what switching deductions on would change, and one resident drawn at random.',
  schema: {
    regime: { kind: 'enum', options: ['cityZ2020', 'outline', 'custom'], default: 'cityZ2020' },
    strength: { kind: 'number', min: 0, max: 2, step: 0.1, default: 1 },
    share: { kind: 'number', min: 0, max: 1, step: 0.05, default: 1 },
    scale: { kind: 'enum', options: ['log', 'linear'], default: 'log' },
    seed: { kind: 'seed', default: 0 },
  },
  embedHeight: 2100,
  chapter: 'social-integrity',
});
