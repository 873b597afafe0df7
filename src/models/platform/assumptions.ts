/**
 * Every modelling choice in the platform model that the paper does not report. Each record's id
 * matches an `Assumption:` comment at the place in the code where the choice is made.
 */
import type { Assumption } from '../assumption';

const model = 'platform';

export const platformAssumptions: readonly Assumption[] = [
  {
    id: 'platform-vertical-share',
    model,
    statement:
      '15% of the 667 units (100) are vertically managed: tax, People’s Bank and court branches in every district, customs, the banking regulator, the foreign-exchange bureau, and numbered systems of up to 8 offices.',
    rationale:
      'The paper names the vertical systems (note 42 passage) but not how many of the 667 units (note 40) they make up.',
  },
  {
    id: 'platform-districts',
    model,
    statement:
      'City Z has 10 counties and districts; a fifth of the numbered horizontal units sit at city level, the rest in the districts, spread evenly.',
    rationale:
      'The paper says the 667 include city departments and counties or districts (note 25 passage) but gives no breakdown; City Z is anonymised.',
  },
  {
    id: 'platform-willingness',
    model,
    statement:
      'Once ordered by the DRC, a named unit starts uploading each month with a fixed chance: 1 for the DRC and Big Data Commission, 0.3 for Public Security, 0.7 for the Organization Department, 0.5–0.6 for the other bureaus and district governments.',
    rationale:
      'The paper reports that units under the city are often unwilling, Public Security above all (note 44), while the personnel files needed little change (note 45).',
  },
  {
    id: 'platform-withheld-data',
    model,
    statement:
      'Public Security uploads its rumour records but keeps household-registration data back unless the mayor personally orders the upload.',
    rationale:
      'Both are in the paper: rumour records reached the platform during COVID-19 (note 27), yet the census found no Public Security data there (note 44), and city leaders have to enforce uploads themselves.',
  },
  {
    id: 'platform-volumes',
    model,
    statement:
      'Units differ in data volume: Public Security and social security largest (60), tax 40, provident fund and business registration 30, most bureaus 8–10, district branches a tenth of their city office.',
    rationale:
      'The paper gives only the total (about 1.26 billion items, note 40); the ranking follows how many people or firms each unit records.',
  },
  {
    id: 'platform-openness',
    model,
    statement:
      'Each month of talks, a vertical line’s superior agrees with a fixed chance: 0.4 banking regulator, 0.35 tax, 0.2 People’s Bank, customs and foreign exchange, 0.15 courts.',
    rationale:
      'Tax and banking-regulator data did reach the platform (note 26); the courts pass on only high-profile cases (note 42). No rates are given.',
  },
  {
    id: 'platform-generic-units',
    model,
    statement:
      'Numbered units draw willingness from 0.15–0.75, volume from 0.2–1.8 (mostly small), and their systems’ openness from 0.1–0.5, from a fixed seed.',
    rationale: 'Placeholders for the hundreds of units the paper does not name.',
  },
  {
    id: 'platform-orders-cascade',
    model,
    statement:
      'An order to a district government reaches its own bureaus too; a vertical superior’s consent and a formal request cover every branch of its system in City Z.',
    rationale:
      'Follows the two chains of command the paper describes (tiaotiao and kuaikuai, note 42 passage); it lets a small staff reach 667 units.',
  },
  {
    id: 'platform-action-costs',
    model,
    statement:
      'Ordering a unit or filing a formal request costs one DRC staff point; a mayor’s order or opening talks with a superior costs one point of the mayor’s attention.',
    rationale:
      'The paper says local leaders negotiate with the higher level before a request is submitted (note 43) and that the DRC lacks staff (note 44).',
  },
  {
    id: 'platform-budgets',
    model,
    statement: 'Each month the DRC has 5 staff points and the mayor 2 points of attention.',
    rationale:
      'The paper says only that the DRC is short of staff and that city leaders must coordinate uploads themselves (note 44); the mayor heads the leading group (before note 24).',
  },
  {
    id: 'platform-rounds',
    model,
    statement: 'A round is a month, starting in December 2017; November 2020 is round 35.',
    rationale:
      'The platform went online at the end of 2017 (note 25 passage); the count is from November 2020 (note 40).',
  },
  {
    id: 'platform-founders',
    model,
    statement: 'The DRC and the Big Data Commission upload from the first month.',
    rationale:
      'The DRC leads the system and the Big Data Commission built the platform (notes 24–25).',
  },
  {
    id: 'platform-request-delay',
    model,
    statement: 'A formal request to a vertical system takes 2 months to clear once filed.',
    rationale: 'The paper gives the order of the steps (note 43) but not how long they take.',
  },
  {
    id: 'platform-item-growth',
    model,
    statement:
      'A unit uploads 31,800 items per unit of volume in its first month and 4% more of that each later month; the rate is calibrated so the default policy reaches about 1.26 billion items in November 2020.',
    rationale:
      'The paper gives one data point (note 40). Over 30 seeds the default policy lands within −2% and +3% of it, with all 667 units uploading.',
  },
  {
    id: 'platform-default-policy',
    model,
    statement:
      'The default policy has DRC staff file requests first and then order units in roster order, and the mayor open talks with every vertical system and then force units stalled for 6 months.',
    rationale:
      'One plausible way to reach the November 2020 state; the paper does not describe the order of work.',
  },
];
