import { BLACKLIST_TRIGGERS, PAPER_CHECKS } from '../../models/business';
import { defineWidget } from '../define-widget';

/**
 * The reader plays the Education Bureau rating one private training school (2019 procedure,
 * § Business Integrity). Every control is in the URL:
 * - `passed`: the paper-review checks the school passes (unticked checks fail);
 * - `foreign`: whether it employs foreign teachers (if not, the permit check does not apply);
 * - `heads`, `staff`: the expert team's marks for the two interviews (0–100);
 * - `year`: the year the grade is used (xinyidai loans exist from 2020, note 36);
 * - `blacklist`, `trigger`, `ringtone`: whether the owner is on the Credit China blacklist, why,
 *   and whether the owner's district uses the "deadbeat" ring-back tone (note 37).
 * The defaults give a school that misses one check and lands on AA.
 */
export const rateASchool = defineWidget({
  id: 'rate-a-school',
  title: 'Rate a training school',
  summary:
    'You are the Education Bureau. Review the paperwork, record what the inspectors found, and see the grade and what follows for the owner.',
  schema: {
    passed: {
      kind: 'set',
      options: PAPER_CHECKS,
      default: ['finances-match-tax', 'insurance-matches-headcount', 'foreign-teacher-permits'],
    },
    foreign: { kind: 'boolean', default: true },
    heads: { kind: 'number', min: 0, max: 100, step: 5, default: 90 },
    staff: { kind: 'number', min: 0, max: 100, step: 5, default: 80 },
    year: { kind: 'enum', options: ['2019', '2020'], default: '2020' },
    blacklist: { kind: 'boolean', default: false },
    trigger: { kind: 'enum', options: BLACKLIST_TRIGGERS, default: 'unpaid-wages' },
    ringtone: { kind: 'boolean', default: false },
  },
  embedHeight: 2050,
  chapter: 'business-integrity',
});
