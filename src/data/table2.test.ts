import { describe, expect, it } from 'vitest';
import { bandOf, table2 } from './table2';

describe('Table 2', () => {
  it('has rows that sum exactly to the printed total', () => {
    expect(table2.bands.reduce((sum, band) => sum + band.people, 0)).toBe(table2.total);
  });

  it('covers every score from 0 to 1,000 once, with no gap and no overlap', () => {
    for (let score = 0; score <= 1000; score++) {
      const covering = table2.bands.filter((b) => score >= b.min && score <= b.max);
      expect(covering, `score ${score}`).toHaveLength(1);
    }
  });

  it('puts 349 in Bad and 350 in Poor', () => {
    expect(bandOf(349).id).toBe('bad');
    expect(bandOf(350).id).toBe('poor');
    expect(bandOf(686).id).toBe('good');
    expect(bandOf(1000).id).toBe('extremelyExcellent');
  });

  it('shows the "about 1 percent average" of the text is 0.12% in the table', () => {
    const average = table2.bands.find((b) => b.id === 'average')!;
    expect((average.people / table2.total) * 100).toBeCloseTo(0.119, 3);
  });
});
