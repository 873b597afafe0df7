import { levelIds } from '../../models/risk';
import { defineWidget } from '../define-widget';

const level = { kind: 'enum', options: levelIds, default: 'skip' } as const;

export const beTheCadre = defineWidget({
  id: 'be-the-cadre',
  title: 'Be the cadre',
  summary:
    'It is 2018 and you run City Z’s credit programme. Choose how far to take each of the nine practices, compare your plan with the model’s risk-minimising cadre, then play out 2018–2020.',
  schema: {
    'business-scoring': level,
    'business-rewards': level,
    'business-sanctions': level,
    'government-sharing': level,
    'government-files': level,
    'government-rewards': level,
    'social-codes': level,
    'social-indicators': level,
    'social-rewards': level,
    appetite: { kind: 'number', min: 0, max: 1, step: 0.05, default: 0 },
    socialPrecedent: { kind: 'number', min: 0, max: 1, step: 0.05, default: 0.1 },
    socialHazard: { kind: 'number', min: 0, max: 1, step: 0.05, default: 0.35 },
    why: {
      kind: 'enum',
      options: [
        'business-scoring',
        'business-rewards',
        'business-sanctions',
        'government-sharing',
        'government-files',
        'government-rewards',
        'social-codes',
        'social-indicators',
        'social-rewards',
      ],
      default: 'social-indicators',
    },
    story: { kind: 'boolean', default: false },
    seed: { kind: 'seed', default: 2018 },
  },
  embedHeight: 1900,
  chapter: 'cadres-calculus',
});
