import type { PaperLocator } from './citation';
import type { GlossaryId } from './glossary';

/**
 * How far City Z had taken a practice by late 2020, lowest first. The ordering is ours, not the
 * paper's: the paper describes progress in prose, and we sort each practice onto this scale.
 */
export const progressLevels = ['not started', 'on paper', 'partial', 'implemented'] as const;

export type ProgressLevel = (typeof progressLevels)[number];

/** What each progress level means, for legends and screen readers. */
export const progressLevelMeaning = {
  'not started': 'Not put in place; set aside or replaced by something else.',
  'on paper': 'Rules or designs exist, but nothing has been applied to anyone yet.',
  partial: 'Running, with clear gaps the paper documents.',
  implemented: 'Running and applied in practice.',
} as const satisfies Record<ProgressLevel, string>;

/** Position of a level on the progress scale: 0 for 'not started' up to 3 for 'implemented'. */
export function progressRank(level: ProgressLevel): number {
  return progressLevels.indexOf(level);
}

export type CategoryId = 'business' | 'government' | 'social';

/** City Z's progress on one practice of Table 1, as the paper's evidence supports it. */
export interface Progress {
  readonly level: ProgressLevel;
  /** One or two sentences, our wording, of what the paper reports. */
  readonly summary: string;
  readonly source: PaperLocator;
  /** Further passages that support the summary. */
  readonly see?: readonly PaperLocator[];
  /**
   * 'reported': the paper describes this practice in City Z directly. 'inferred': the paper is
   * silent on the practice itself, and the level is our reading of nearby evidence.
   */
  readonly basis: 'reported' | 'inferred';
}

export interface Practice {
  readonly id: string;
  /** The practice as Table 1 lists it, in our wording. */
  readonly label: string;
  readonly cityZ: Progress;
}

export interface IntegrityCategory {
  readonly id: CategoryId;
  readonly name: string;
  readonly hanzi: string;
  readonly glossaryId: GlossaryId;
  /** Who the category is aimed at. */
  readonly target: string;
  /** What "integrity" means for this target, as Table 1 lists it. */
  readonly meaning: readonly string[];
  readonly practices: readonly Practice[];
  /** City Z's overall standing: 1 furthest along, 3 least (Figure 1). */
  readonly cityZRank: 1 | 2 | 3;
  readonly cityZSummary: string;
}

/** The rows of Table 1 a reader can pick in the explorer, in the table's order. */
export const table1Rows = [
  { id: 'target', label: 'Target' },
  { id: 'meaning', label: 'What integrity means' },
  { id: 'practices', label: 'Main practices' },
] as const;

export type Table1RowId = (typeof table1Rows)[number]['id'];

/** Table 1: the centre's top-level design, with City Z's progress on each practice added. */
export const table1 = {
  source: 'Table 1',
  title: 'The central government’s top-level design for the social credit system',
  mainPurpose: {
    value: 'Maintaining social stability',
    source: 'Table 1',
  },
  outline: {
    note: 'The 2014 Outline names four categories. Local governments treat judicial credibility as part of government integrity, and so does the paper, which leaves three.',
    categories: [
      {
        name: 'Business integrity',
        hanzi: '商务诚信',
        glossaryId: 'shangwu-chengxin',
        mergedInto: 'business',
      },
      {
        name: 'Government integrity',
        hanzi: '政务诚信',
        glossaryId: 'zhengwu-chengxin',
        mergedInto: 'government',
      },
      {
        name: 'Judicial credibility',
        hanzi: '司法公信',
        glossaryId: 'sifa-gongxin',
        mergedInto: 'government',
      },
      {
        name: 'Social integrity',
        hanzi: '社会诚信',
        glossaryId: 'shehui-chengxin',
        mergedInto: 'social',
      },
    ],
    source: 'note 19',
    mergeSource: 'note 7',
  },
  categories: [
    {
      id: 'business',
      name: 'Business integrity',
      hanzi: '商务诚信',
      glossaryId: 'shangwu-chengxin',
      target: 'Business owners',
      meaning: ['Goods of sound quality', 'Goods supplied and sold according to market rules'],
      cityZRank: 1,
      cityZSummary:
        'Furthest along: firms are graded, rewarded and blacklisted, building on long experience of regulating business.',
      practices: [
        {
          id: 'score-businesses',
          label: 'Assign scores to businesses',
          cityZ: {
            level: 'implemented',
            summary:
              'Each city department grades the firms in its own sector. The Education Bureau’s 2019 review of private training schools paired a document check with an expert site visit and ended in one of five grades, from AAA to unqualified; food-safety ratings are renewed every quarter.',
            source: '§ Business Integrity',
            see: ['note 34'],
            basis: 'reported',
          },
        },
        {
          id: 'reward-punish-businesses',
          label: 'Favour or reward high-scoring businesses; punish low scorers',
          cityZ: {
            level: 'implemented',
            summary:
              'Well-rated firms get fast-track loans and may pledge first and file papers later, while poorly rated ones face close scrutiny. Blacklisted owners are barred from flights, high-speed rail and luxury hotels, and face curbs on remittances, strict customs checks and a ban on patent registration.',
            source: 'note 35',
            see: ['note 36', 'note 37', 'note 38'],
            basis: 'reported',
          },
        },
      ],
    },
    {
      id: 'government',
      name: 'Government integrity',
      hanzi: '政务诚信',
      glossaryId: 'zhengwu-chengxin',
      target: 'Civil servants',
      meaning: [
        'Official information circulates and is shared',
        'Civil servants act honestly and within the law',
      ],
      cityZRank: 2,
      cityZSummary:
        'In the middle: a data-sharing platform and existing personnel files, held back by offices the city cannot command.',
      practices: [
        {
          id: 'share-information',
          label: 'Exchange information between government units',
          cityZ: {
            level: 'partial',
            summary:
              'By November 2020, 667 units had put about 1.26 billion records on the city’s closed sharing platform. Yet vertically managed offices such as the courts and tax can withhold data, and the city’s own Public Security Bureau had uploaded nothing when the statistics bureau looked during the census.',
            source: 'note 40',
            see: ['note 42', 'note 43', 'note 44'],
            basis: 'reported',
          },
        },
        {
          id: 'integrity-files',
          label: 'Set up integrity files on civil servants',
          cityZ: {
            level: 'implemented',
            summary:
              'Covered largely by what was already there: the Organization Department’s personnel files and an evaluation system City Z has run since 2007, so the city barely had to change anything.',
            source: 'note 45',
            basis: 'reported',
          },
        },
        {
          id: 'reward-punish-civil-servants',
          label: 'Reward civil servants with higher credit scores; punish those with lower ones',
          cityZ: {
            level: 'on paper',
            summary:
              'The paper reports no reward or penalty tied to an official’s credit score; the nearest thing is the 2007 evaluation system, which rates integrity among other qualities. The authors call the government strand’s effectiveness limited.',
            source: '§ Political Integrity',
            see: ['note 45', 'Table 3'],
            basis: 'inferred',
          },
        },
      ],
    },
    {
      id: 'social',
      name: 'Social integrity',
      hanzi: '社会诚信',
      glossaryId: 'shehui-chengxin',
      target: 'General public',
      meaning: ['The public obeys the law', 'Social harmony is promoted'],
      cityZRank: 3,
      cityZSummary:
        'Least advanced: every adult has a score, but scores are undisclosed and no rewards or penalties have been given.',
      practices: [
        {
          id: 'social-credit-codes',
          label: 'Assign social credit codes',
          cityZ: {
            level: 'not started',
            summary:
              'City Z chose not to issue a separate code, which would amount to a second ID card that does not fit the existing one; it tracks people by their national ID number instead.',
            source: '§ Social Integrity',
            basis: 'reported',
          },
        },
        {
          id: 'rating-indicators',
          label: 'Set rating indicators',
          cityZ: {
            level: 'partial',
            summary:
              'Since 2018 adults have been scored on 189 indicators in six categories, and 6,914,564 had a score in November 2020. Points are mostly added rather than taken away, and some indicators cannot be computed, such as financial credit for farmers who have never borrowed.',
            source: 'note 46',
            see: ['note 47', 'note 48', 'Table 2'],
            basis: 'reported',
          },
        },
        {
          id: 'reward-punish-citizens',
          label: 'Reward citizens with higher scores; punish those with lower ones',
          cityZ: {
            level: 'on paper',
            summary:
              'Perks above 686 points and blacklisting below 550 are defined, but no reward or penalty had been handed out and scores were kept from the public. One exception: during COVID-19, people recorded as spreading rumours online lost points, and clerks saw the flag when serving them.',
            source: '§ Social Integrity',
            see: ['note 27', 'note 49', 'note 51'],
            basis: 'reported',
          },
        },
      ],
    },
  ],
} as const satisfies {
  source: PaperLocator;
  title: string;
  mainPurpose: { value: string; source: PaperLocator };
  outline: {
    note: string;
    categories: readonly {
      name: string;
      hanzi: string;
      glossaryId: GlossaryId;
      mergedInto: CategoryId;
    }[];
    source: PaperLocator;
    mergeSource: PaperLocator;
  };
  categories: readonly IntegrityCategory[];
};

export type PracticeId = (typeof table1)['categories'][number]['practices'][number]['id'];

/** The Table 1 category with this id. */
export function table1Category(id: CategoryId): IntegrityCategory {
  const category = table1.categories.find((c) => c.id === id);
  if (!category) throw new Error(`Unknown category: ${id}`);
  return category;
}

/** Every practice of Table 1 with its category id, in table order. */
export const table1Practices: readonly (Practice & { readonly category: CategoryId })[] =
  table1.categories.flatMap((c: IntegrityCategory) =>
    c.practices.map((p) => ({ ...p, category: c.id })),
  );
