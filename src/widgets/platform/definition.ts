import { CITY_Z } from '../../models/platform';
import { defineWidget } from '../define-widget';

/**
 * The reader spends the mayor's and the DRC's attention to get City Z's 667 units onto the data
 * platform (§ Political Integrity, notes 40–44).
 *
 * URL state. A game's full list of moves is far too long for a link, so the URL keeps only what
 * reproduces a view:
 * - `seed`: the random stream (which superiors agree when, which units comply when);
 * - `round`: a month, counted from the platform's launch in December 2017 (35 = November 2020);
 * - `policy`: 'default' shows the model's default policy played up to `round`; 'own' means the
 *   reader took over at `round`: a link reopens the default run at that month, ready to play, and the
 *   reader's own moves after it stay in the page (they are not in the link);
 * - `unit`: the unit selected in the map and the list.
 *
 * No Worker: replaying the default policy to round 35 takes 4–8 ms on the main thread.
 */
export const platform = defineWidget({
  id: 'platform',
  title: 'The platform',
  summary:
    'Spend the mayor’s and the Development and Reform Commission’s scarce attention to bring 667 government units onto the data-sharing platform, month by month.',
  schema: {
    seed: { kind: 'seed', default: 1 },
    round: { kind: 'number', min: 0, max: 48, step: 1, default: 6 },
    policy: { kind: 'enum', options: ['default', 'own'], default: 'default' },
    unit: { kind: 'enum', options: CITY_Z.units.map((u) => u.id), default: 'public-security' },
  },
  embedHeight: 2750,
  chapter: 'government-integrity',
});
