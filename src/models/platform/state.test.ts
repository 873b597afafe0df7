import { describe, expect, it } from 'vitest';
import { initialPlatformState, roundDate, statusCounts, totalItems } from './state';

describe('platform state', () => {
  it('maps rounds to months from December 2017', () => {
    expect(roundDate(0)).toBe('2017-12');
    expect(roundDate(1)).toBe('2018-01');
    expect(roundDate(35)).toBe('2020-11');
  });

  it('starts with only the DRC and the Big Data Commission uploading', () => {
    const state = initialPlatformState();
    expect(statusCounts(state)).toEqual({
      'not-asked': 665,
      negotiating: 0,
      requested: 0,
      uploading: 2,
    });
    expect(totalItems(state)).toBe(0);
  });

  it('survives a JSON round trip unchanged', () => {
    const state = initialPlatformState();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
