import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampState,
  defaultState,
  mergeIntoSearch,
  parseState,
  serialiseState,
  type StateSchema,
} from './url-state';

const schema = {
  category: { kind: 'enum', options: ['business', 'government', 'social'], default: 'business' },
  strength: { kind: 'number', min: 0, max: 2, step: 0.1, default: 1 },
  count: { kind: 'number', min: 1, max: 300, step: 1, default: 300 },
  live: { kind: 'boolean', default: false },
  records: { kind: 'set', options: ['charity', 'traffic', 'debt', 'award'], default: [] },
  seed: { kind: 'seed', default: 2020 },
} as const satisfies StateSchema;

const params = (entries: [string, string][]) => new URLSearchParams(entries);
const keyArb = fc.constantFrom(
  ...Object.keys(schema).map((k) => `w.${k}`),
  'w.other',
  'x.category',
);

describe('parseState', () => {
  it('never throws, and always yields a state that clamping leaves unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, fc.string())), (entries) => {
        const { state } = parseState(schema, params(entries), 'w');
        expect(clampState(schema, state)).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on an arbitrary query string', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        expect(() => parseState(schema, new URLSearchParams(search), 'w')).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('falls back to defaults and reports each field it could not read', () => {
    const { state, issues } = parseState(
      schema,
      params([
        ['w.category', 'military'],
        ['w.strength', '9'],
        ['w.count', 'lots'],
        ['w.records', 'debt,unknown'],
      ]),
      'w',
    );
    expect(state).toEqual({ ...defaultState(schema), strength: 2, records: ['debt'] });
    expect(issues.map((issue) => issue.key)).toEqual(['category', 'strength', 'count', 'records']);
  });

  it('reads only its own prefix', () => {
    const { state, issues } = parseState(schema, params([['x.category', 'social']]), 'w');
    expect(state.category).toBe('business');
    expect(issues).toEqual([]);
  });

  it('keeps the fields a link does not mention at their value in the base state', () => {
    const base = { ...defaultState(schema), category: 'social' as const, live: true };
    const { state } = parseState(schema, params([['w.strength', '0.5']]), 'w', base);
    expect(state).toEqual({ ...base, strength: 0.5 });
  });

  it('rounds numbers to their step without float noise', () => {
    const { state } = parseState(schema, params([['w.strength', '0.3000001']]), 'w');
    expect(state.strength).toBe(0.3);
  });
});

describe('serialiseState', () => {
  it('round-trips any valid state with no issue', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...Object.keys(schema)), fc.anything()),
        (candidate) => {
          const state = clampState(schema, candidate);
          const parsed = parseState(schema, params(serialiseState(schema, state, 'w')), 'w');
          expect(parsed.state).toEqual(state);
          expect(parsed.issues).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('writes nothing for the default state', () => {
    expect(serialiseState(schema, defaultState(schema), 'w')).toEqual([]);
  });
});

describe('mergeIntoSearch', () => {
  it('keeps other parameters and replaces only this widget’s fields', () => {
    const state = { ...defaultState(schema), category: 'social' as const };
    const search = mergeIntoSearch('?w.category=government&other=1', schema, state, 'w');
    expect(new URLSearchParams(search).get('other')).toBe('1');
    expect(new URLSearchParams(search).get('w.category')).toBe('social');
    expect(mergeIntoSearch('?w.live=1', schema, defaultState(schema), 'w')).toBe('');
  });
});
