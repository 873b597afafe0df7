import type { Work } from '../data/bibliography';

/** In-text author–year form: "Levy 1997", "Kahneman and Tversky 1979", "Tsai, Wang and Lin 2021, Table 2". */
export function shortCitation(work: Pick<Work, 'authors' | 'year'>, at?: string): string {
  const names = work.authors.map((author) => author.family);
  const who =
    names.length > 3
      ? `${names[0]} et al.`
      : names.length > 1
        ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
        : (names[0] ?? 'Anon.');
  return at ? `${who} ${work.year}, ${at}` : `${who} ${work.year}`;
}
