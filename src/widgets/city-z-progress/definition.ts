import { defineWidget } from '../define-widget';

export const cityZProgressWidget = defineWidget({
  id: 'city-z-progress',
  title: 'Figure 1 rebuilt: how far City Z got',
  summary:
    'City Z’s progress on each of the nine practices by late 2020, from the facts the paper reports: business first, government second, citizens last.',
  schema: {
    view: { kind: 'enum', options: ['practice', 'category'], default: 'practice' },
  },
  embedHeight: 980,
  chapter: 'cadres-calculus',
});
