import { describe, expect, it } from 'vitest';
import { formatCount, keyFigures } from './key-figures';
import { table2 } from './table2';
import { timeline } from './timeline';

const locator = /^(Table [123]|Figure 1|note \d+|§ .+)$/;

describe('key figures', () => {
  it('splits the 23 interviewees 6 + 11 + 5 + 1', () => {
    const { officials, public: members, scholars, reporters } = keyFigures.intervieweeSplit.value;
    expect(officials + members + scholars + reporters).toBe(keyFigures.interviewees.value);
  });

  it('orders the score thresholds: 0 < start ≤ blacklist line < good < perks < max', () => {
    expect(keyFigures.blacklistBelow.value).toBe(keyFigures.startScore.value);
    expect(keyFigures.startScore.value).toBeLessThan(keyFigures.goodScore.value);
    expect(keyFigures.goodScore.value).toBeLessThan(keyFigures.perkScore.value);
    expect(keyFigures.perkScore.value).toBeLessThan(keyFigures.maxScore.value);
  });

  it('agrees with Table 2 on the number of scored adults and the top of the scale', () => {
    expect(keyFigures.scoredAdults.value).toBe(table2.total);
    expect(Math.max(...table2.bands.map((b) => b.max))).toBe(keyFigures.maxScore.value);
  });

  it('puts the fieldwork and the Outline in a consistent order', () => {
    expect(keyFigures.fieldwork.value.start < keyFigures.fieldwork.value.end).toBe(true);
    expect(keyFigures.outlineIssued.value.startsWith('2014-06')).toBe(true);
    expect(Number(keyFigures.outlineIssued.value.slice(0, 4))).toBeLessThan(
      keyFigures.outlineTargetYear.value,
    );
    expect(keyFigures.topLevelDesignAdopted.value).toBeLessThan(keyFigures.jointMeetingYear.value);
    expect(keyFigures.localCategories.value).toBe(keyFigures.outlineCategories.value - 1);
  });

  it('gives every figure a locator', () => {
    for (const [id, figure] of Object.entries(keyFigures))
      expect(figure.source, id).toMatch(locator);
  });

  it('formats counts with thousands separators', () => {
    expect(formatCount(keyFigures.scoredAdults.value)).toBe('6,914,564');
  });
});

describe('timeline', () => {
  it('is sorted oldest first, with unique ids and a locator on every event', () => {
    const dates = timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(timeline.map((e) => e.id)).size).toBe(timeline.length);
    for (const e of timeline) {
      expect(e.source, e.id).toMatch(locator);
      expect(e.date, e.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('agrees with the key figures on the Outline date and the Suzhou launch', () => {
    const outline = timeline.find((e) => e.id === 'outline-issued');
    expect(outline?.date).toBe(keyFigures.outlineIssued.value);
    const suzhou = timeline.find((e) => e.id === 'suzhou-code');
    expect(suzhou?.date).toBe(keyFigures.suzhouLaunch.value);
  });
});
