import { describe, expect, it } from 'vitest';
import { bibliography, formatApa, PAPER_ID, work } from './bibliography';

describe('bibliography', () => {
  it('has unique ids and the paper', () => {
    expect(new Set(bibliography.map((w) => w.id)).size).toBe(bibliography.length);
    expect(work(PAPER_ID).journal).toBe('The China Journal');
  });

  it('formats the paper in APA style, without a DOI', () => {
    expect(formatApa(work('tsai-wang-lin-2021'))).toBe(
      'Tsai, W.-H., Wang, H.-H., & Lin, R. (2021). Hobbling Big Brother: Top-Level Design and Local Discretion in China’s Social Credit System. The China Journal, 86.',
    );
  });

  it('formats two authors, volume, issue, pages and DOI', () => {
    expect(formatApa(work('kahneman-tversky-1979'), (s) => `<i>${s}</i>`)).toBe(
      'Kahneman, D., & Tversky, A. (1979). Prospect Theory: An Analysis of Decision under Risk. <i>Econometrica</i>, <i>47</i>(2), 263–291. https://doi.org/10.2307/1914185',
    );
  });

  it('formats middle initials and single authors', () => {
    expect(formatApa(work('levy-1997'))).toMatch(/^Levy, J\. S\. \(1997\)\. /);
  });

  it('joins the title it stores in two halves', () => {
    expect(work('zhu-2013').title).toMatch(/Local Policy Innovation in China$/);
    expect(work('zhu-2013').title).not.toMatch(/\s{2}/);
  });

  it('throws on an unknown id', () => {
    expect(() => work('nobody-2000')).toThrow(/Unknown work/);
  });
});
