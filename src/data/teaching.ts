/**
 * The teachers' page (/teach/) as typed data: learning goals, two timed lesson plans, discussion
 * questions for every chapter and a predict → run → explain activity for every widget. Links to
 * widgets are exact views: `state` is the widget's query string without '?', in the format of
 * src/models/url-state.ts, and src/data/teaching.test.ts checks that each one parses cleanly.
 *
 * Every figure quoted here is either cited to the paper or, for model output, checked in the
 * browser by e2e/teach.test.ts through the link's `shows` text.
 */

/** The widgets of the site, by id (the registry is the authority; the test checks these). */
export type TeachingWidgetId =
  | 'top-level-design'
  | 'rate-a-school'
  | 'platform'
  | 'score-a-citizen'
  | 'city-z-population'
  | 'be-the-cadre'
  | 'country-of-cities'
  | 'city-z-progress';

/** The chapters, by collection id (the file name under content/chapters/). */
export type TeachingChapterId =
  | 'big-brother-or-hobbling'
  | 'feeling-for-stones'
  | 'blueprint'
  | 'business-integrity'
  | 'government-integrity'
  | 'social-integrity'
  | 'cadres-calculus'
  | 'conclusion';

/** One exact view of a widget, opened on its embed page. */
export interface StateLink {
  readonly widget: TeachingWidgetId;
  /** The widget's query string without '?', '' for the default view. */
  readonly state: string;
  readonly label: string;
  /** True when the link deliberately opens the default view; otherwise it must differ from it. */
  readonly defaultView?: boolean;
  /** Text the widget shows in this view, which the activity relies on (checked in the browser). */
  readonly shows?: string;
}

/** A modelling assumption to look up on the Method page and test. */
export interface AssumptionTask {
  /** The assumption's id, also its anchor on /method/. */
  readonly id: string;
  readonly task: string;
  /** What the teacher can expect students to find. */
  readonly answer: string;
}

/** Predict → run → explain for one widget. */
export interface Activity {
  readonly widget: TeachingWidgetId;
  readonly predict: string;
  /** One to three exact views to run. */
  readonly links: readonly StateLink[];
  readonly lookFor: string;
  readonly explain: string;
  readonly assumption?: AssumptionTask;
}

/** A prompt on the student sheet, with room to write. */
export interface SheetPrompt {
  readonly label: string;
  readonly text: string;
  /** Ruled lines to leave for the answer. */
  readonly lines: number;
}

export interface LessonStep {
  readonly minutes: number;
  readonly title: string;
  readonly chapter?: TeachingChapterId;
  readonly widget?: TeachingWidgetId;
  /** What students do, in one or two sentences. */
  readonly students: string;
  /** Grouping, timing or framing for the teacher. */
  readonly note?: string;
  /** Extra exact views for this step (beyond the widget's activity). */
  readonly links?: readonly StateLink[];
  /** Method-page assumptions this step sends students to. */
  readonly assumptions?: readonly string[];
  /** The step's part of the student sheet (45-minute plan). */
  readonly sheet?: readonly SheetPrompt[];
}

export interface LessonPlan {
  readonly id: 'lesson-45' | 'lesson-90';
  readonly title: string;
  readonly minutes: 45 | 90;
  readonly summary: string;
  readonly steps: readonly LessonStep[];
}

export type QuestionKind = 'comprehension' | 'interpretation' | 'critique';

export interface ChapterQuestions {
  readonly chapter: TeachingChapterId;
  readonly questions: readonly { readonly kind: QuestionKind; readonly text: string }[];
}

export const questionKindLabels: Readonly<Record<QuestionKind, string>> = {
  comprehension: 'Comprehension',
  interpretation: 'Interpretation',
  critique: 'Critique',
};

/** What students should be able to do after the lesson; each can be observed in their work. */
export const learningGoals: readonly string[] = [
  'Explain the difference between “feeling for stones” and a “top-level design”, using the 2014 Outline as the example.',
  'Describe the three strands that City Z built (business, government and social integrity) and rank how far each had got by late 2020, citing evidence from the paper.',
  'Explain the paper’s political-risk argument: how precedent, difficulty and the fear of punishment lead officials to build some practices first and others only on paper.',
  'Read Table 2: calculate the share of adults in a band, and say what the table does and does not show.',
  'Use the cadre model to test whether the ranking of the three strands depends on one assumption, and report the result with numbers.',
  'Distinguish what the paper reports from what the site’s models assume, by finding an assumption on the Method page.',
  'Evaluate the “Big Brother” picture against the evidence from City Z, and state what a single-city study can and cannot show.',
];

/** Predict → run → explain, one per widget, in story order. */
export const activities: readonly Activity[] = [
  {
    widget: 'top-level-design',
    predict:
      'Table 1 has three columns of practices: for firms, for civil servants and for the general public. Which column do you expect City Z to have carried furthest by late 2020? Which single practice in the social column do you expect it to have left aside?',
    links: [
      {
        widget: 'top-level-design',
        state: 'top-level-design.category=government',
        label: 'Government integrity: the three practices and City Z’s progress',
        shows: 'Exchange information between government units',
      },
      {
        widget: 'top-level-design',
        state: 'top-level-design.category=social',
        label: 'Social integrity: the three practices and City Z’s progress',
        shows: 'Assign social credit codes',
      },
    ],
    lookFor:
      'The progress tag under each practice and the passage of the paper behind it. Which practices are marked implemented, partial, on paper or not started, and which level is flagged as the site’s own reading?',
    explain:
      'Business practices are running. The social column runs from a code City Z decided not to issue, since it would have been a second ID card, to rewards and penalties that exist only on paper (Tsai, Wang and Lin 2021, § Social Integrity). Where City Z could copy existing rules it built; where it could not, it held back (Tsai, Wang and Lin 2021, Table 3). The four levels are the site’s summary of the paper’s prose, not the paper’s own scale.',
  },
  {
    widget: 'rate-a-school',
    predict:
      'The default school misses only the Housing Provident Fund check and is graded AA. Suppose it missed only the check that its finances match the tax it paid. Will it stay AA? Which benefits would the owner lose, and does it matter whether the grade is used in 2019 or 2020?',
    links: [
      {
        widget: 'rate-a-school',
        state:
          'rate-a-school.passed=insurance-matches-headcount,provident-fund-matches-headcount,foreign-teacher-permits',
        label: 'Fails only the finances-against-tax check; grade used in 2020',
        shows: 'the school is graded A.',
      },
      {
        widget: 'rate-a-school',
        state:
          'rate-a-school.passed=insurance-matches-headcount,provident-fund-matches-headcount,foreign-teacher-permits&rate-a-school.year=2019',
        label: 'The same school; grade used in 2019',
        shows: 'the school is graded A.',
      },
      {
        widget: 'rate-a-school',
        state: 'rate-a-school.blacklist=1&rate-a-school.ringtone=1',
        label: 'The default AA school, with the owner blacklisted for unpaid wages',
        shows: 'Listed: prosecuted for not paying wages',
      },
    ],
    lookFor:
      'The paper score (60 instead of 80), the average (72.5) and the grade. Under “What follows for the owner”, which rewards survive in 2020 and which vanish in 2019. In the third link, whether the grade moves when the owner is blacklisted.',
    explain:
      'In this model one failed check costs a whole grade, because the finances check counts double. Grade A loses the green channel and the credit promise form but keeps the xinyidai loan, which only existed from 2020 (Tsai, Wang and Lin 2021, note 36). The blacklist runs on a separate track: the owner keeps AA yet faces bans on travel, hotels and private schooling, with other agencies adding their own limits (Tsai, Wang and Lin 2021, notes 37 and 38). Each paper check asks for records another office already holds, which is why this strand had so much precedent to lean on (Tsai, Wang and Lin 2021, § Business Integrity).',
    assumption: {
      id: 'business-paper-check-weights',
      task: 'Find the assumption that the finances check counts twice as much as each of the others. Recompute the first link with equal weights: three of four checks passed gives a paper score of 75, and averaging with the inspection’s 85 gives 80. Using the assumed cut-offs (business-grade-thresholds, just above it), which grade is that? Is “one failed check costs a grade” a finding, or a product of the weights?',
      answer:
        'With equal weights the school lands exactly on the AA cut-off of 80 and keeps its grade. The drop to A comes from a weight and a threshold that the paper never gives.',
    },
  },
  {
    widget: 'platform',
    predict:
      'The platform opened at the end of 2017. Six months on, what share of the city’s own (horizontally managed) units do you expect to be uploading, and what share of the vertically managed offices such as tax, the courts and the People’s Bank? By November 2020, will the Statistics Bureau be able to answer its census question from the platform?',
    links: [
      {
        widget: 'platform',
        state: '',
        defaultView: true,
        label: 'June 2018 under the model’s default policy',
        shows: 'June 2018, month 6 of the platform',
      },
      {
        widget: 'platform',
        state: 'platform.round=35',
        label: 'November 2020 under the default policy',
        shows: 'Cannot be answered in November 2020',
      },
      {
        widget: 'platform',
        state: 'platform.policy=own',
        label: 'Take over in June 2018 (the Public Security Bureau is selected)',
        shows: 'You took over in June 2018',
      },
    ],
    lookFor:
      'The table of units by kind and status: in June 2018, 368 of 567 horizontal units but only 23 of 100 vertical ones are uploading. Under “Ask the platform”, which questions can be answered and what the census still lacks. After taking over, how many moves the mayor and the DRC get each month.',
    explain:
      'Vertical offices answer to their own superiors, so the city has to negotiate upwards and then file a formal request (Tsai, Wang and Lin 2021, notes 42 and 43); in the model they start late and then join a whole system at a time once a superior agrees. With all 667 units uploading by November 2020, the census question still fails, because Public Security keeps its household records back: the model’s version of what the census found (Tsai, Wang and Lin 2021, note 44). About 1.26 billion items (Tsai, Wang and Lin 2021, note 40) says little about whether the data a task needs is there.',
    assumption: {
      id: 'platform-budgets',
      task: 'Find the monthly budgets of the mayor and the DRC, and the assumption about the records Public Security withholds (platform-withheld-data). In the third link, spend one of the mayor’s points ordering Public Security in person, order the Statistics Bureau too if needed, and step on until the census question can be answered. What did those points cost elsewhere? Would the paper’s census episode still happen if the mayor had ten points a month? Argue from the assumption: the widget keeps the budget fixed.',
      answer:
        'The budget stands in for the DRC’s lack of staff and authority, which the paper describes in words but never counts (note 44). With attention to spare, the mayor could order every reluctant unit early and the census gap would close, so the result rests on attention being scarce.',
    },
  },
  {
    widget: 'score-a-citizen',
    predict:
      'A small-business owner earns well and borrows for the shop, but has one traffic ticket and once filed taxes late. Under City Z’s 2020 practice the file scores 705. If every recorded lapse were deducted, as the Outline intended, would the owner lose the perks above 686? Fall below the “good” line of 650? And where do you expect a farmer who has never borrowed to land?',
    links: [
      {
        widget: 'score-a-citizen',
        state:
          'score-a-citizen.records=schooling-completed,income-on-record,high-income,traffic-violation,social-insurance-paid,bank-credit-history,loan-repaid-on-time,late-tax-filing&score-a-citizen.preset=small-business-owner',
        label: 'The small-business owner, counted as City Z counted in 2020',
        shows: 'Score 705',
      },
      {
        widget: 'score-a-citizen',
        state:
          'score-a-citizen.records=schooling-completed,income-on-record,high-income,traffic-violation,social-insurance-paid,bank-credit-history,loan-repaid-on-time,late-tax-filing&score-a-citizen.preset=small-business-owner&score-a-citizen.regime=outline',
        label: 'The same owner under the Outline as designed',
        shows: 'Score 675',
      },
      {
        widget: 'score-a-citizen',
        state:
          'score-a-citizen.records=schooling-completed,income-on-record,social-insurance-paid&score-a-citizen.preset=farmer-never-borrowed',
        label: 'A farmer who never borrowed',
        shows: 'Score 650',
      },
    ],
    lookFor:
      'The ledger line by line: which records are marked “not counted in City Z 2020”, the same file counted three ways, and the verdicts on “good”, perks and the blacklist. For the farmer, which records are missing and why.',
    explain:
      'In 2020 City Z mostly added points (Tsai, Wang and Lin 2021, note 48), so the owner’s two lapses cost nothing and the file sits at 705, above the perks line. Counting them gives 675: still above 650, but without the perks. The farmer ends on exactly 650, inside Table 2’s Good band but not above the line the rules call good, because there is no bank record to score, a gap a DRC official pointed out to the authors (Tsai, Wang and Lin 2021, § Social Integrity). A score reflects which records exist as much as how a person behaves.',
    assumption: {
      id: 'scoring-point-values',
      task: 'Every point value except the +30 to +50 for Wuhan volunteers is the site’s own (Tsai, Wang and Lin 2021, note 47). Find this assumption on the Method page. Which of the three results above would hold under any sensible choice of points, and which depend on the exact numbers?',
      answer:
        'That minor lapses did not count in 2020 and that the farmer lacks bank records both come from the paper. The landing points (705, 675, 650), and so whether the owner crosses 686, depend on our numbers.',
    },
  },
  {
    widget: 'city-z-population',
    predict:
      'City Z’s internal count for 5 November 2020 covers 6,914,564 adults. What share do you expect in the Good band (650–749)? Now imagine the city deducting every recorded lapse, as the Outline intended. Will the bigger change be below 550, where blacklisting becomes possible, or above 686, where the perks start?',
    links: [
      {
        widget: 'city-z-population',
        state: '',
        defaultView: true,
        label: 'City Z in 2020, beside Table 2',
        shows: '6,892,409',
      },
      {
        widget: 'city-z-population',
        state: 'city-z-population.regime=outline',
        label: 'The Outline as designed: every lapse deducted',
        shows: '14,452',
      },
      {
        widget: 'city-z-population',
        state: 'city-z-population.regime=custom&city-z-population.strength=0.5',
        label: 'Every lapse counted, at half strength',
        shows: '0.5× strength',
      },
    ],
    lookFor:
      'Table 2 beside the model, and the table “What the regime changes”. Under the Outline about 1,000 more people fall below 550, while roughly 800,000 fewer stay above 686. At half strength, note how many are left below 550.',
    explain:
      'Of 6,914,564 adults, 6,892,409, or 99.68 per cent, are Good (Tsai, Wang and Lin 2021, Table 2). In the model most residents have enough added points to absorb a small deduction without sinking under the starting score, so the blacklist line hardly moves; the perks line is where deductions would be felt. These counts are model output fitted to Table 2, not observations of City Z.',
    assumption: {
      id: 'scoring-regime-city-z-2020',
      task: 'The third link counts every lapse at half strength, yet only a couple of dozen people end up below 550, far fewer than the 13,451 of 2020. Find the assumptions that define “City Z in 2020” and the custom regime (scoring-regime-custom) on the Method page, and explain the puzzle.',
      answer:
        'City Z in 2020 counts only serious deductions (crimes, ignored court orders, “rumours”) but at full strength, and each costs 150 points or more in the catalogue. Halving every deduction lifts almost all of those people back above 550. Who falls under the line depends more on the size of a few serious deductions than on how many minor ones count, and those sizes are ours.',
    },
  },
  {
    widget: 'be-the-cadre',
    predict:
      'You run City Z’s credit programme in 2018. For each of the nine practices choose: skip it, build it on paper only, or carry it out in full and in public. Which practices do you expect a cautious official to launch in full? If the official were bolder, would citizen scoring catch up with the other strands?',
    links: [
      {
        widget: 'be-the-cadre',
        state: '',
        defaultView: true,
        label: 'A cautious official (the model’s default)',
        shows: 'a typical cautious official',
      },
      {
        widget: 'be-the-cadre',
        state: 'be-the-cadre.appetite=0.5',
        label: 'Risk appetite 0.5: gains and losses weigh the same',
        shows: '62%',
      },
      {
        widget: 'be-the-cadre',
        state: 'be-the-cadre.socialPrecedent=0.8',
        label: 'Precedent for citizen scoring raised to 0.8',
        shows: '48%',
      },
    ],
    lookFor:
      'The tags marking the model’s pick, the effectiveness bars for the three strands (about 78, 47 and 10 per cent by default), the chance of being punished, and the “why” panel for scoring citizens.',
    explain:
      'The default official launches the three business practices and both civil-servant practices in full, keeps data sharing on paper, and builds all three citizen practices on paper only: enough for the 2020 mandate, with no public to provoke. That reproduces the ranking of Table 3 (Tsai, Wang and Lin 2021, Table 3). A bolder official lifts social effectiveness to about 28 per cent but accepts a 62 per cent chance of punishment, and the order stays the same. Only much more precedent, around 0.8, takes citizen scoring just past government (48 against 47 per cent). In the model the ranking is carried by precedent and difficulty, which is the paper’s argument; the paper itself points to prospect theory for how officials weigh such gambles (Tsai, Wang and Lin 2021, note 53).',
    assumption: {
      id: 'risk-ordinal-scales',
      task: 'Find how Table 3’s words become numbers. The paper says citizen scoring had “hardly any” precedent; the slider starts at 0.10. Set it to 0.3, 0.5, 0.6, 0.7 and 0.8 in turn and record social and government effectiveness each time. Where does the model’s official switch citizen scoring from paper to full, and where does social overtake government? Is a precedent that high believable for 2018?',
      answer:
        'Social effectiveness stays near 10 per cent up to 0.5, rises to about 25 per cent at 0.6 and 44 per cent at 0.7, and passes government (47 per cent) only at 0.8. “Citizens last” holds unless citizen scoring had nearly as much to copy as business rating.',
    },
  },
  {
    widget: 'country-of-cities',
    predict:
      'Three hundred invented cities, each run by an official with the same calculus as City Z’s. Suppose the centre had set no 2020 deadline: by 2020, would more or fewer cities score their citizens, even on paper? And if the centre had spelled out clear indicators, would many cities reward and punish citizens in public by 2025?',
    links: [
      {
        widget: 'country-of-cities',
        state: '',
        defaultView: true,
        label: 'As it happened: scoring citizens in 2020',
        shows: '96% on paper only',
      },
      {
        widget: 'country-of-cities',
        state: 'country-of-cities.scenario=no-deadline',
        label: 'No deadline: scoring citizens in 2020',
        shows: '75% not at all',
      },
      {
        widget: 'country-of-cities',
        state:
          'country-of-cities.scenario=clear-blueprint&country-of-cities.year=2025&country-of-cities.practice=social-rewards',
        label: 'Clear blueprint: rewarding and punishing citizens in 2025',
        shows: '17% of cities',
      },
    ],
    lookFor:
      'The sentence above the grid and the counts in full, on paper and not started. As it happened, 4 per cent of cities score citizens in full in 2020 and 96 per cent on paper. Without the deadline, 75 per cent never start. With a clear blueprint, 17 per cent reward and punish citizens in full by 2025.',
    explain:
      'In the model the deadline is what produces paper systems: without it, three cities in four never score their citizens at all, since a paper score is worth building only for the inspectors. A clearer blueprint supplies precedent, so more cities act in public, yet business still comes first and citizens last. These are consequences of the site’s assumptions about copying, deadlines and Suzhou, not findings about real cities: the paper studies one city (Tsai, Wang and Lin 2021, § Introduction).',
    assumption: {
      id: 'cities-blueprint',
      task: 'Find how a clear blueprint is modelled (it supplies 40 per cent of every practice’s missing precedent at once) and how the deadline is modelled (cities-deadline). Would a more detailed real Outline work like that? Name one way a detailed blueprint could instead raise an official’s risk.',
      answer:
        'Open-ended. A detailed rulebook gives officials something to copy, but it also lets inspectors see shortfalls more easily and makes a public rollout more visible; the model captures only the first effect.',
    },
  },
  {
    widget: 'city-z-progress',
    predict:
      'Before opening the figure, sketch three bars for how far City Z had got with business, government and social integrity by November 2020. How long is each compared with the others?',
    links: [
      {
        widget: 'city-z-progress',
        state: 'city-z-progress.view=category',
        label: 'City Z’s progress by category',
        shows: '3 in force and used',
      },
      {
        widget: 'city-z-progress',
        state: '',
        defaultView: true,
        label: 'City Z’s progress practice by practice',
        shows: 'Share information between government units',
      },
    ],
    lookFor:
      'How many practices in each strand are in force, partly built, on paper only or not started, and the note under the figure on how the bar lengths are computed.',
    explain:
      'Business first, government second, citizens last, as in the authors’ Figure 1, which they describe as their own chart rather than one taken from an official document (Tsai, Wang and Lin 2021, Figure 1). The stages follow what the paper reports about each practice; the lengths of the bars are the site’s choice.',
    assumption: {
      id: 'risk-figure-1-scores',
      task: 'Find the bar-length assumption: in force 1, partly built 0.5, on paper 0.15, not started 0. Recompute the three bars with “on paper” worth 0, then 0.5. Does the order change, and what would have to be true for it to change? Then open the Table 1 explorer: its progress tags are the same record, so check one practice in both places.',
      answer:
        'The order holds in both cases: business 1; government 0.5, then about 0.67; social about 0.17, then about 0.33. Social would overtake government only if being on paper counted for more than a working practice. The ranking survives the choice; the lengths do not.',
    },
  },
];

/** The 45-minute lesson; its `sheet` prompts make up the printable student handout. */
export const lesson45: LessonPlan = {
  id: 'lesson-45',
  title: 'A 45-minute lesson',
  minutes: 45,
  summary:
    'One class period: from the popular picture to City Z’s evidence, then one model run that explains the gap. Students work in pairs on one screen and fill in the student sheet.',
  steps: [
    {
      minutes: 5,
      title: 'Warm-up: the picture in your head',
      chapter: 'big-brother-or-hobbling',
      students:
        'Write one sentence on what “China’s social credit system” brings to mind. Then read “The answer in brief” and mark the claim that surprises you most.',
      note: 'Collect three or four warm-up sentences aloud; keep them for the exit ticket.',
      sheet: [
        {
          label: 'Before',
          text: 'In one sentence: what do you picture when you hear “China’s social credit system”?',
          lines: 2,
        },
        {
          label: 'After reading',
          text: 'Which claim in “The answer in brief” surprised you most, and why?',
          lines: 3,
        },
      ],
    },
    {
      minutes: 7,
      title: 'The blueprint and its three strands',
      chapter: 'feeling-for-stones',
      widget: 'top-level-design',
      students:
        'Predict which strand City Z took furthest, then open the Table 1 explorer for the government and social columns and read the progress tags.',
      sheet: [
        {
          label: 'Predict',
          text: 'Which strand did City Z take furthest by late 2020: business, government or social integrity? Which social practice do you think it left aside?',
          lines: 2,
        },
        {
          label: 'Explain',
          text: 'What do the practices City Z did build have in common?',
          lines: 3,
        },
      ],
    },
    {
      minutes: 8,
      title: 'Score one resident',
      chapter: 'social-integrity',
      widget: 'score-a-citizen',
      students:
        'Predict what happens to the small-business owner when every lapse counts, then run the three links and record the scores.',
      sheet: [
        {
          label: 'Predict',
          text: 'The small-business owner scores 705 under City Z’s 2020 practice. If every lapse counted, would the owner lose the perks (above 686)? Fall below 650?',
          lines: 2,
        },
        {
          label: 'Record',
          text: 'Owner, City Z in 2020: ______   Owner, Outline as designed: ______   Farmer: ______',
          lines: 0,
        },
        {
          label: 'Explain',
          text: 'Why does the farmer who never borrowed score exactly 650? Is that fair?',
          lines: 3,
        },
      ],
    },
    {
      minutes: 8,
      title: 'Seven million scores',
      chapter: 'social-integrity',
      widget: 'city-z-population',
      students:
        'Estimate the share of adults rated Good, check it against Table 2, then switch to the Outline as designed and compare the 550 and 686 lines.',
      sheet: [
        {
          label: 'Predict',
          text: 'What share of City Z’s adults do you expect in the Good band (650–749)?',
          lines: 1,
        },
        {
          label: 'Calculate',
          text: 'From Table 2: 6,892,409 ÷ 6,914,564 = ______ per cent.',
          lines: 0,
        },
        {
          label: 'Explain',
          text: 'If City Z counted every lapse, which line would more people cross, 550 or 686? Why?',
          lines: 3,
        },
      ],
    },
    {
      minutes: 10,
      title: 'Be the cadre',
      chapter: 'cadres-calculus',
      widget: 'be-the-cadre',
      students:
        'Choose a level for each of the nine practices, then compare your plan with the model’s cautious official and with a bolder one.',
      note: 'Ask two pairs whose plans differ most from the model’s to say what they were afraid of, or hoping for.',
      sheet: [
        {
          label: 'Predict',
          text: 'Which of the nine practices will a cautious official launch in full?',
          lines: 2,
        },
        {
          label: 'Explain',
          text: 'Why does the model’s official keep citizen scores on paper? Use the words “precedent” and “risk”.',
          lines: 3,
        },
      ],
    },
    {
      minutes: 7,
      title: 'Exit ticket',
      chapter: 'conclusion',
      students:
        'Answer the exit question on the sheet, then compare it with your warm-up sentence.',
      sheet: [
        {
          label: 'Exit ticket',
          text: 'Is “Big Brother” the right picture of City Z in 2020? Give one piece of evidence for it, one against it, and one thing this study cannot tell us.',
          lines: 5,
        },
      ],
    },
  ],
};

/** The 90-minute lesson: a jigsaw on the three strands, a modelling task and a debate. */
export const lesson90: LessonPlan = {
  id: 'lesson-90',
  title: 'A 90-minute lesson',
  minutes: 90,
  summary:
    'A double period or seminar: a jigsaw on the three strands, a small-group modelling task on the Method page’s assumptions, and a structured debate.',
  steps: [
    {
      minutes: 8,
      title: 'Opening: the picture and the question',
      chapter: 'big-brother-or-hobbling',
      students:
        'Quick-write on what the system is, then read “The answer in brief”. In pairs, list what a state would need to run the all-seeing score of popular accounts.',
    },
    {
      minutes: 8,
      title: 'From feeling for stones to a blueprint',
      chapter: 'feeling-for-stones',
      widget: 'top-level-design',
      students:
        'Explain to a partner the difference between the two ways of making policy, then run the Table 1 explorer activity.',
    },
    {
      minutes: 20,
      title: 'Jigsaw: three strands, three stations',
      students:
        'In home groups of three, each member takes one strand: business (Rate a training school), government (The platform) or social (Score a citizen). Work through that widget’s predict → run → explain for 12 minutes, then teach it back to the home group in 8. Each group ranks the strands by progress, with one piece of evidence for each.',
      note: 'Each station follows that widget’s activity further down this page. Groups of two can drop the platform station.',
      links: [
        {
          widget: 'rate-a-school',
          state:
            'rate-a-school.passed=insurance-matches-headcount,provident-fund-matches-headcount,foreign-teacher-permits',
          label: 'Business station: a school that fails the finances check',
        },
        {
          widget: 'platform',
          state: 'platform.round=35',
          label: 'Government station: the platform in November 2020',
        },
        {
          widget: 'score-a-citizen',
          state:
            'score-a-citizen.records=schooling-completed,income-on-record,high-income,traffic-violation,social-insurance-paid,bank-credit-history,loan-repaid-on-time,late-tax-filing&score-a-citizen.preset=small-business-owner&score-a-citizen.regime=outline',
          label: 'Social station: a small-business owner under the Outline',
        },
      ],
    },
    {
      minutes: 8,
      title: 'Table 2 as a class',
      chapter: 'social-integrity',
      widget: 'city-z-population',
      students:
        'Compute the Good share from Table 2 and compare the text’s “about 1 percent average” with the table’s 8,242. Then switch the regime and discuss who would be affected.',
    },
    {
      minutes: 18,
      title: 'Modelling task: what carries the ranking?',
      chapter: 'cadres-calculus',
      widget: 'be-the-cadre',
      students:
        'Each small group takes one dial of the cadre model, finds its assumption on the Method page, moves it in at least five steps and records effectiveness for government and social integrity in a table. Each group reports in one minute: does the order “business, government, citizens” ever change, and at what value?',
      note: 'Group A: precedent for citizen scoring. Group B: the chance that citizens protest. Group C: the official’s appetite for risk. Expect A to find a tipping point near 0.8 and B and C to find none.',
      links: [
        {
          widget: 'be-the-cadre',
          state: 'be-the-cadre.socialPrecedent=0.5',
          label: 'Group A: precedent for citizen scoring, starting at 0.5',
        },
        {
          widget: 'be-the-cadre',
          state: 'be-the-cadre.socialHazard=0.05',
          label: 'Group B: a public that almost never protests',
        },
        {
          widget: 'be-the-cadre',
          state: 'be-the-cadre.appetite=1',
          label: 'Group C: a policy entrepreneur',
        },
      ],
      assumptions: ['risk-ordinal-scales', 'risk-precedent-calms', 'risk-risk-appetite'],
    },
    {
      minutes: 8,
      title: 'A country of cities',
      chapter: 'cadres-calculus',
      widget: 'country-of-cities',
      students:
        'Predict, then run the no-deadline and clear-blueprint scenarios. Discuss which result surprised the class and which assumption produced it.',
    },
    {
      minutes: 15,
      title: 'Structured debate',
      chapter: 'conclusion',
      students:
        'Motion: “In 2020, China’s social credit system was closer to a hobbling bureaucracy than to Big Brother.” Five minutes to prepare in two teams, two-minute openings, four minutes from the floor, two-minute closings. Every claim must cite a table, note or widget view.',
      note: 'Give the opposing team the COVID-19 “rumour” records (note 27) and the leadership’s continuing ambition (§ Conclusion) as starting points.',
    },
    {
      minutes: 5,
      title: 'Exit ticket',
      chapter: 'conclusion',
      students:
        'Write one sentence that the paper supports, one that only the site’s models suggest, and one question neither can answer.',
    },
  ],
};

export const lessonPlans: readonly LessonPlan[] = [lesson45, lesson90];

/** Three or four questions per chapter, mixing comprehension, interpretation and critique. */
export const chapterQuestions: readonly ChapterQuestions[] = [
  {
    chapter: 'big-brother-or-hobbling',
    questions: [
      {
        kind: 'comprehension',
        text: 'Which three strands had City Z built by late 2020, and how far had each got (Tsai, Wang and Lin 2021, Figure 1)?',
      },
      {
        kind: 'interpretation',
        text: 'Rongcheng is well known abroad for its “stars of integrity”, yet its residents seem to know little about the scheme (Tsai, Wang and Lin 2021, notes 11 and 50). Why might a model city be more visible to outsiders than to the people it rates?',
      },
      {
        kind: 'interpretation',
        text: 'Which evidence in the chapter supports the word “hobbling”, and which suggests the system is still moving forward?',
      },
      {
        kind: 'critique',
        text: 'The fieldwork covered one model city, 23 interviewees and three months in 2020 (Tsai, Wang and Lin 2021, § Introduction). What can a study of this design show, and what can it not show about China as a whole?',
      },
    ],
  },
  {
    chapter: 'feeling-for-stones',
    questions: [
      {
        kind: 'comprehension',
        text: 'In your own words, how does “feeling for stones” differ from a “top-level design”? When did the second phrase enter national planning (Tsai, Wang and Lin 2021, note 5)?',
      },
      {
        kind: 'comprehension',
        text: 'The Outline names four categories, but local governments work with three. Which one was merged into another, and why (Tsai, Wang and Lin 2021, note 7)?',
      },
      {
        kind: 'interpretation',
        text: 'An official in City W asked the authors what “credit” means (Tsai, Wang and Lin 2021, note 13). What does this suggest about the blueprint, and who bears the cost when a goal is vague?',
      },
      {
        kind: 'critique',
        text: 'Is a vague blueprint followed by local trial and error a flaw in the design, or a way for the centre to pass risk downwards? What evidence would help you decide?',
      },
    ],
  },
  {
    chapter: 'blueprint',
    questions: [
      {
        kind: 'comprehension',
        text: 'What did the Outline fix firmly, and what did it leave to local governments (Tsai, Wang and Lin 2021, note 55; § Trial and Error in City Z)?',
      },
      {
        kind: 'interpretation',
        text: 'The authors give social stability as the purpose of all three strands (Tsai, Wang and Lin 2021, Table 1). Choose one practice from each strand and explain how it could serve that aim.',
      },
      {
        kind: 'interpretation',
        text: 'Why might a fixed deadline paired with an unclear goal push officials to build things that satisfy reports rather than change practice?',
      },
      {
        kind: 'critique',
        text: 'City Z kept the national ID number instead of issuing a separate social credit code (Tsai, Wang and Lin 2021, § Social Integrity). Was that resistance, caution or plain practicality? Which reading does the chapter support, and what would change your mind?',
      },
    ],
  },
  {
    chapter: 'business-integrity',
    questions: [
      {
        kind: 'comprehension',
        text: 'Describe the Education Bureau’s three steps for rating a training school (Tsai, Wang and Lin 2021, § Business Integrity). Which step depends on records that other offices already keep?',
      },
      {
        kind: 'comprehension',
        text: 'Name two rewards for well-rated firms and three sanctions for blacklisted owners. For which sanctions does the paper name the agency (Tsai, Wang and Lin 2021, notes 35 to 38)?',
      },
      {
        kind: 'interpretation',
        text: 'The ratings check compliance with laws and rules, not how well a firm is doing (Tsai, Wang and Lin 2021, note 33). Why would officials still describe credit as a tool for the business environment?',
      },
      {
        kind: 'critique',
        text: 'The authors call this strand a success. Success at what: being built and used, or making firms more honest? What evidence would the second claim need?',
      },
    ],
  },
  {
    chapter: 'government-integrity',
    questions: [
      {
        kind: 'comprehension',
        text: 'How do vertically managed (tiaotiao) and horizontally managed (kuaikuai) units differ, and why does it matter for the platform (Tsai, Wang and Lin 2021, notes 42 to 44)?',
      },
      {
        kind: 'comprehension',
        text: 'Why did the integrity files on civil servants take little new work (Tsai, Wang and Lin 2021, note 45)?',
      },
      {
        kind: 'interpretation',
        text: 'The census found no Public Security data on the platform, yet during COVID-19 the police uploaded records of people said to spread “rumours” (Tsai, Wang and Lin 2021, notes 27 and 44). How can both be true, and what does it say about who decides which data flows?',
      },
      {
        kind: 'critique',
        text: '667 units and about 1.26 billion items (Tsai, Wang and Lin 2021, note 40) sound impressive. Why is a count of items a weak measure of whether a data platform works? Propose a better one.',
      },
    ],
  },
  {
    chapter: 'social-integrity',
    questions: [
      {
        kind: 'comprehension',
        text: 'What are the starting score, the ceiling, the “good” line and the perks line in City Z (Tsai, Wang and Lin 2021, note 48; § Social Integrity)?',
      },
      {
        kind: 'comprehension',
        text: 'From Table 2, what share of adults is rated Good, and what share Average? Compare the second figure with the text’s “about 1 percent” (Tsai, Wang and Lin 2021, Table 2).',
      },
      {
        kind: 'interpretation',
        text: 'Why might a city add points but hold off on deducting them? Connect your answer to Suzhou’s withdrawn score and to the official who warned of protests (Tsai, Wang and Lin 2021, notes 51 and 52).',
      },
      {
        kind: 'critique',
        text: 'A farmer who never borrowed cannot be given a financial-credit score (Tsai, Wang and Lin 2021, § Social Integrity). What does this gap say about scores built from existing records? Who else might such a system miss or misjudge?',
      },
    ],
  },
  {
    chapter: 'cadres-calculus',
    questions: [
      {
        kind: 'comprehension',
        text: 'What does “political risk” mean in the paper, and how does it differ from the risk that a policy fails the public (Tsai, Wang and Lin 2021, § Officials’ Behavior under the Strategy of Risk Minimization)? Where does Table 3 place each strand?',
      },
      {
        kind: 'interpretation',
        text: 'Doing nothing was risky too. Explain how the 2020 deadline and the fear of punishment pull in opposite directions, and why building a practice on paper eases the tension (Tsai, Wang and Lin 2021, note 55).',
      },
      {
        kind: 'critique',
        text: 'The model turns Table 3’s words into numbers, for instance “hardly any” precedent into 0.05. Which conversion would you challenge, and how would you test whether the ranking depends on it?',
      },
      {
        kind: 'critique',
        text: 'The model has one official per city, while the paper describes a leading group, a Development and Reform Commission and a Big Data Commission. How might the result change if these actors wanted different things?',
      },
    ],
  },
  {
    chapter: 'conclusion',
    questions: [
      {
        kind: 'comprehension',
        text: 'In two sentences, give the paper’s answer to “Big Brother, or hobbling?”.',
      },
      {
        kind: 'interpretation',
        text: 'The authors note that the leadership still appears set on comprehensive monitoring (Tsai, Wang and Lin 2021, § Conclusion). Does “hobbling” mean harmless? Use the “rumour” records in your answer (Tsai, Wang and Lin 2021, note 27).',
      },
      {
        kind: 'critique',
        text: 'A model tuned to reproduce City Z will reproduce City Z. What, then, can the site’s models add to the paper, and what can they not?',
      },
      {
        kind: 'critique',
        text: 'Pick one change that could narrow the gap between design and practice (clearer central rules, lower personal risk for officials, public pressure) and predict its effect on each of the three strands.',
      },
    ],
  },
];

/** Every exact view on the page: the activities' links and the lesson steps' extra links. */
export function allStateLinks(): readonly StateLink[] {
  return [
    ...activities.flatMap((activity) => activity.links),
    ...lessonPlans.flatMap((plan) => plan.steps.flatMap((step) => step.links ?? [])),
  ];
}
