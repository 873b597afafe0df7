/**
 * Every modelling choice in the business model that the paper does not report. Each record's id
 * matches an `Assumption:` comment at the place in the code where the choice is made.
 */
import type { Assumption } from '../assumption';

const model = 'business';

export const businessAssumptions: readonly Assumption[] = [
  {
    id: 'business-grade-thresholds',
    model,
    statement:
      'Scores run from 0 to 100, and the grades start at 90 (AAA), 80 (AA), 70 (A) and 60 (B); anything lower is unqualified.',
    rationale:
      'The paper names the five grades but prints no cut-offs (§ Business Integrity). Ten-point bands are the common Chinese grading convention.',
  },
  {
    id: 'business-paper-check-weights',
    model,
    statement:
      'In the paper review, finances against tax paid count twice as much as each other check; checks that do not apply to a firm are left out.',
    rationale:
      'The paper lists the checks without weights; it opens its business section with turnover and tax as the core of business integrity.',
  },
  {
    id: 'business-inspection-marks',
    model,
    statement:
      'The expert team’s score is the mean of its marks for the heads’ and the staff interviews; each mark is the firm’s compliance on a 0–100 scale give or take 10 points.',
    rationale:
      'The paper says only that the experts talk to heads and employees and then rate the institution (§ Business Integrity).',
  },
  {
    id: 'business-grade-consequences',
    model,
    statement:
      'The green channel and the credit promise form go to AAA and AA; xinyidai loans (from 2020) to AAA, AA and A; close loan scrutiny to B and unqualified.',
    rationale:
      'The paper speaks of “higher” and “low” scorers and of firms with “good” scores (notes 35 and 36) without tying these to grades.',
  },
  {
    id: 'business-sanction-agencies',
    model,
    statement:
      'The bans on flights, high-speed rail, luxury hotels and private schooling are shown as the people’s courts’ consumption limits on judgment debtors.',
    rationale:
      'The paper names agencies only for remittances, customs and patents (note 38) and the districts for the ring-back tone (note 37); the rest is our inference.',
  },
  {
    id: 'business-food-safety-bureau',
    model,
    statement: 'Food safety ratings are made by the Market Supervision Bureau.',
    rationale:
      'The paper says food safety is rated every season (note 35) but not by whom; this is our inference.',
  },
  {
    id: 'business-other-bureaus',
    model,
    statement:
      'The Civil Affairs Bureau, the housing commission and the food-safety raters use the Education Bureau’s two-step procedure, without the foreign-teacher check, and rate once a year in staggered quarters.',
    rationale:
      'The paper describes only the Education Bureau’s procedure and gives only food safety’s frequency (every season, note 35); it says frequency varies by department.',
  },
  {
    id: 'business-population',
    model,
    statement:
      'Twenty-five firms per field; each firm’s compliance level is drawn evenly between 0.65 and 1; a third of training institutions employ foreign teachers.',
    rationale: 'Illustrative: the paper reports no firm counts or grade distribution for City Z.',
  },
  {
    id: 'business-dynamics',
    model,
    statement:
      'Compliance wobbles by up to 0.05 a quarter and closes a quarter of its gap to each firm’s own level; the quarterly chance of prosecution is 0.05 times (1 − compliance); a listing lapses after 8 quarters without a new prosecution; runs cover 2018–2020.',
    rationale:
      'Illustrative: the paper gives no rates of violation or delisting. The period spans the years before and during the 2020 fieldwork.',
  },
];
