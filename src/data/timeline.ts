import type { PaperLocator } from './citation';

/** Whose action the event is: the centre, City Z's province, City Z, or another city. */
export type TimelineScope = 'national' | 'province' | 'city-z' | 'other-city';

/** One dated event, with the paper's locator. */
export interface TimelineEvent {
  readonly id: string;
  /** ISO date cut to the precision known: '2011', '2011-10' or '2011-10-19'. Sorts as text. */
  readonly date: string;
  /** The date as the site prints it. */
  readonly when: string;
  readonly scope: TimelineScope;
  readonly title: string;
  /** One sentence of context, in our words. */
  readonly detail: string;
  readonly source: PaperLocator;
}

/** The dated events of the paper, oldest first. */
export const timeline = [
  {
    id: 'feeling-for-stones',
    date: '1980',
    when: '1980s',
    scope: 'national',
    title: 'Reform by “feeling for stones”',
    detail:
      'For about three decades the Party reforms by local trial and error, piloting policies before spreading them.',
    source: '§ Conclusion',
  },
  {
    id: 'civil-servant-evaluation',
    date: '2007',
    when: '2007',
    scope: 'city-z',
    title: 'City Z evaluates its civil servants',
    detail:
      'An evaluation system covering morality, ability, performance and integrity is in place, later a ready-made base for integrity files.',
    source: 'note 45',
  },
  {
    id: 'twelfth-five-year-plan',
    date: '2011',
    when: '2011',
    scope: 'national',
    title: '“Top-level design” enters the 12th Five-Year Plan',
    detail:
      'The centre commits to drawing up comprehensive blueprints first and leaving the details to local governments.',
    source: 'note 5',
  },
  {
    id: 'wen-jiabao-credit-system',
    date: '2011-10-19',
    when: '19 October 2011',
    scope: 'national',
    title: 'Wen Jiabao calls for a society-wide credit system',
    detail:
      'At a State Council executive meeting the premier pledges a credit information system for the whole of society, with heavier penalties for breaches of trust.',
    source: 'note 18',
  },
  {
    id: 'joint-meeting',
    date: '2012',
    when: '2012',
    scope: 'national',
    title: 'Inter-Ministerial Joint Meeting convened',
    detail:
      'Led jointly by the NDRC and the People’s Bank of China, it brings together 36 agencies, from banking to public security.',
    source: '§ The Social Credit System and Maintenance of Stability',
  },
  {
    id: 'outline-issued',
    date: '2014-06-27',
    when: '27 June 2014',
    scope: 'national',
    title: 'State Council issues the Outline',
    detail:
      'The blueprint for 2014–2020 sets four categories of credit and a 2020 deadline, but no concrete indicators.',
    source: 'note 7',
  },
  {
    id: 'leading-group',
    date: '2015',
    when: '2015',
    scope: 'city-z',
    title: 'City Z sets up its leading group',
    detail:
      'Headed by the mayor, with its office in the Credit Department of the city’s Development and Reform Commission.',
    source: 'note 24',
  },
  {
    id: 'province-food-drug',
    date: '2015',
    when: '2015',
    scope: 'province',
    title: 'Province grades food and drug firms',
    detail:
      'City Z’s province adopts classified and hierarchical supervision for food and drug safety, a model the city later follows for business ratings.',
    source: 'note 34',
  },
  {
    id: 'big-data-commission',
    date: '2016',
    when: '2016',
    scope: 'city-z',
    title: 'Big Data Commission becomes a government unit',
    detail:
      'Previously a public institution, it is raised to an independent government unit to handle the system’s data.',
    source: '§ Trial and Error in City Z',
  },
  {
    id: 'state-council-sharing-rules',
    date: '2017-05-03',
    when: 'May 2017',
    scope: 'national',
    title: 'State Council rules on sharing government information',
    detail:
      'A national plan for integrating and sharing government information systems gives City Z a direct precedent for its platform.',
    source: 'note 41',
  },
  {
    id: 'platform-online',
    date: '2017-12',
    when: 'End of 2017',
    scope: 'city-z',
    title: 'Public Credit Information Sharing Platform goes online',
    detail: 'Government agencies start pooling records on a platform closed to the public.',
    source: 'note 25',
  },
  {
    id: 'citizen-scores',
    date: '2018',
    when: '2018',
    scope: 'city-z',
    title: 'City Z starts scoring citizens',
    detail: 'Everyone starts at 550 points; in practice points are mostly added, not deducted.',
    source: '§ Social Integrity',
  },
  {
    id: 'model-city',
    date: '2018',
    when: '2018–2019',
    scope: 'city-z',
    title: 'City Z named a model city',
    detail: 'It is among the cities chosen in 2018 and 2019 to showcase the social credit system.',
    source: 'note 15',
  },
  {
    id: 'education-bureau-ratings',
    date: '2019',
    when: '2019',
    scope: 'city-z',
    title: 'Education Bureau rates training institutions',
    detail:
      'Private education and training firms are graded AAA to unqualified after a paper review and an expert site visit.',
    source: '§ Business Integrity',
  },
  {
    id: 'outline-deadline',
    date: '2020',
    when: '2020',
    scope: 'national',
    title: 'The Outline’s target year',
    detail:
      'All regions were to have their credit systems built and running; City Z’s social strand remained largely unapplied.',
    source: 'note 55',
  },
  {
    id: 'covid-measures',
    date: '2020',
    when: '2020',
    scope: 'city-z',
    title: 'Faster loans for well-rated firms',
    detail:
      'To restart production after the COVID-19 outbreak, banks are urged to speed loans to firms with good business-integrity scores, using platform data.',
    source: 'note 26',
  },
  {
    id: 'covid-rumours',
    date: '2020',
    when: '2020',
    scope: 'city-z',
    title: 'Points docked for online “rumours”',
    detail:
      'Public security uploads records of people accused of spreading rumours online; their scores drop and clerks see the flag.',
    source: 'note 27',
  },
  {
    id: 'xinyidai',
    date: '2020',
    when: '2020',
    scope: 'city-z',
    title: 'Credit-based loans launched',
    detail:
      'City Z and several banks let firms use their credit rating in place of collateral, which helps small firms without property.',
    source: 'note 36',
  },
  {
    id: 'suzhou-code',
    date: '2020-09',
    when: 'September 2020',
    scope: 'other-city',
    title: 'Suzhou withdraws its Civilization Code',
    detail:
      'A personal score launched in Suzhou is pulled three days later after public backlash and media criticism.',
    source: 'note 52',
  },
  {
    id: 'fieldwork',
    date: '2020-09',
    when: 'September–November 2020',
    scope: 'city-z',
    title: 'The authors’ fieldwork',
    detail:
      'Interviews with 23 people in City Z, plus observation at the DRC and Big Data Commission.',
    source: '§ Introduction',
  },
  {
    id: 'platform-census',
    date: '2020-11',
    when: 'November 2020',
    scope: 'city-z',
    title: 'Platform holds about 1.26 billion items',
    detail: 'Data from 667 government units, by an internal count.',
    source: 'note 40',
  },
  {
    id: 'score-snapshot',
    date: '2020-11-05',
    when: '5 November 2020',
    scope: 'city-z',
    title: 'Score distribution recorded',
    detail: 'Internal data show 6,914,564 scored adults, nearly all rated Good.',
    source: 'Table 2',
  },
] as const satisfies readonly TimelineEvent[];

export type TimelineEventId = (typeof timeline)[number]['id'];
