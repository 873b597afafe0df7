import { describe, expect, it } from 'vitest';
import { bibliography } from '../data/bibliography';
import { shortCitation } from './short-citation';

const author = (family: string) => ({ family, given: 'A.' });

describe('shortCitation', () => {
  it('names one, two, three or many authors the way readers expect', () => {
    expect(shortCitation({ authors: [author('Levy')], year: 1997 })).toBe('Levy 1997');
    expect(shortCitation({ authors: [author('Kahneman'), author('Tversky')], year: 1979 })).toBe(
      'Kahneman and Tversky 1979',
    );
    const many = ['A', 'B', 'C', 'D'].map(author);
    expect(shortCitation({ authors: many, year: 2000 }, 'p. 3')).toBe('A et al. 2000, p. 3');
  });

  it('cites the source paper with its locator', () => {
    const paper = bibliography.find((work) => work.id === 'tsai-wang-lin-2021')!;
    expect(shortCitation(paper, 'Table 2')).toBe('Tsai, Wang and Lin 2021, Table 2');
  });
});
