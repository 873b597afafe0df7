import { practiceIds, scenarioIds } from '../../models/risk';
import { defineWidget } from '../define-widget';

export const countryOfCities = defineWidget({
  id: 'country-of-cities',
  title: 'A country of cities',
  summary:
    'Three hundred simulated cities, each run by a cadre with the same calculus as City Z’s, build the system from 2014 to 2025. Change the blueprint, the copying or the deadline and watch what spreads.',
  schema: {
    scenario: { kind: 'enum', options: scenarioIds, default: 'as-it-happened' },
    year: { kind: 'number', min: 2014, max: 2025, step: 1, default: 2020 },
    practice: { kind: 'enum', options: practiceIds, default: 'social-indicators' },
    seed: { kind: 'seed', default: 2014 },
  },
  embedHeight: 2000,
  chapter: 'cadres-calculus',
});
