/**
 * Cross-agency questions and whether the platform can answer them, given who has uploaded what.
 * A question needs particular data sets from particular units; a data set counts as shared when
 * its unit is uploading and either does not hold that set back or has been ordered by the mayor.
 */
import type { PaperLocator } from '../../data/citation';
import type { Dataset } from './datasets';
import { CITY_Z, UNIT_INDEX } from './roster';
import type { PlatformState } from './state';

export interface DataNeed {
  readonly unitId: string;
  readonly dataset: Dataset;
}

export interface PlatformQuery {
  readonly id: string;
  readonly question: string;
  readonly askedBy: string;
  readonly needs: readonly DataNeed[];
  /** What the paper reports happened, where it does. */
  readonly paperOutcome: 'answered' | 'not-answered';
  readonly locator: PaperLocator;
  /** Where our framing goes beyond the paper, we say how. */
  readonly inference?: string;
}

export const QUERIES: readonly PlatformQuery[] = [
  {
    id: 'bank-checks-tax-record',
    question:
      'Did this loan applicant pay its taxes? A bank asks the DRC and the banking regulator.',
    askedBy: 'A commercial bank',
    needs: [
      { unitId: 'tax', dataset: 'tax-payments' },
      { unitId: 'banking-regulator', dataset: 'loan-records' },
      { unitId: 'drc', dataset: 'credit-records' },
      { unitId: 'big-data', dataset: 'platform-exchange' },
    ],
    paperOutcome: 'answered',
    locator: 'note 26',
  },
  {
    id: 'covid-loans-high-scorers',
    question: 'Which firms score high enough on business integrity to have their loans sped up?',
    askedBy: 'Banks, via the DRC and the banking regulator (COVID-19, 2020)',
    needs: [
      { unitId: 'tax', dataset: 'tax-payments' },
      { unitId: 'banking-regulator', dataset: 'loan-records' },
      { unitId: 'drc', dataset: 'credit-records' },
      { unitId: 'education', dataset: 'training-ratings' },
      { unitId: 'civil-affairs', dataset: 'elderly-care-ratings' },
      { unitId: 'housing', dataset: 'construction-ratings' },
    ],
    paperOutcome: 'answered',
    locator: 'note 26',
    inference:
      'That the bureaus’ own firm ratings feed the integrity score is our reading; ' +
      'the paper names only the tax data.',
  },
  {
    id: 'census-population',
    question:
      'How many people live where? The Statistics Bureau’s census needs population records.',
    askedBy: 'City Statistics Bureau',
    needs: [
      { unitId: 'statistics', dataset: 'statistics' },
      { unitId: 'public-security', dataset: 'household-registration' },
    ],
    paperOutcome: 'not-answered',
    locator: 'note 44',
  },
  {
    id: 'covid-rumour-flag',
    question: 'Has the person at the counter been recorded spreading rumours online?',
    askedBy: 'A clerk in a government office (COVID-19, 2020)',
    needs: [
      { unitId: 'public-security', dataset: 'rumour-records' },
      { unitId: 'big-data', dataset: 'platform-exchange' },
    ],
    paperOutcome: 'answered',
    locator: 'note 27',
  },
  {
    id: 'civil-servant-integrity-file',
    question: 'What does this civil servant’s integrity file say?',
    askedBy: 'A city department',
    needs: [{ unitId: 'organization', dataset: 'personnel-files' }],
    paperOutcome: 'answered',
    locator: 'note 45',
    inference:
      'The paper says the integrity files overlap the Organization Department’s personnel ' +
      'files; routing them through the platform is our framing.',
  },
  {
    id: 'training-institution-review',
    question:
      'Do a training institution’s tax, insurance and provident-fund records match its head-count?',
    askedBy: 'Education Bureau (paper review, step 1)',
    needs: [
      { unitId: 'tax', dataset: 'tax-payments' },
      { unitId: 'hrss', dataset: 'social-insurance' },
      { unitId: 'provident-fund', dataset: 'provident-fund' },
    ],
    paperOutcome: 'answered',
    locator: '§ Business Integrity',
    inference:
      'The paper describes the checks, not where the bureau gets the records; ' +
      'using the platform is our framing.',
  },
];

export interface MissingData extends DataNeed {
  readonly unitName: string;
  /** 'not-uploading': not on the platform yet; 'withheld': on it, but keeping this set back. */
  readonly reason: 'not-uploading' | 'withheld';
}

export interface Answerability {
  readonly answerable: boolean;
  readonly missing: readonly MissingData[];
}

/** Whether the platform, in this state, holds every data set a question needs; if not, why. */
export function answerable(query: PlatformQuery, state: PlatformState): Answerability {
  const missing: MissingData[] = [];
  for (const need of query.needs) {
    const index = UNIT_INDEX.get(need.unitId);
    const unit = index === undefined ? undefined : CITY_Z.units[index];
    const progress = index === undefined ? undefined : state.units[index];
    if (!unit || !progress) throw new Error(`Query ${query.id} needs unknown unit ${need.unitId}`);
    const base = { ...need, unitName: unit.name };
    if (progress.status !== 'uploading') {
      missing.push({ ...base, reason: 'not-uploading' });
    } else if (unit.withheld.includes(need.dataset) && !progress.forced) {
      missing.push({ ...base, reason: 'withheld' });
    }
  }
  return { answerable: missing.length === 0, missing };
}
