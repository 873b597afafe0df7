import type { Assumption } from '../assumption';

const scoring = (id: string, statement: string, rationale: string): Assumption => ({
  id: `scoring-${id}`,
  model: 'scoring',
  statement,
  rationale,
});

/** Every modelling choice behind the scoring model, for the "Method and assumptions" page. */
export const scoringAssumptions: readonly Assumption[] = [
  scoring(
    'clamp-floor',
    'Scores cannot go below 0; the sum of points is clamped to 0…1,000 once, after adding every record.',
    'The paper gives the 550 start and the 1,000 ceiling (note 48) but no floor; Table 2 reports no negative scores. Clamping the sum, not each step, keeps the score independent of the order of records.',
  ),
  scoring(
    'bad-band-edge',
    'The Bad band is read as 349 or less.',
    'Table 2 prints “< 349” for Bad and “350–549” for Poor, leaving 349 in neither band.',
  ),
  scoring(
    'segments',
    'The 6,914,564 adults are split into six segments: urban 18–34 (22%), urban 35–59 (30%), urban 60 and over (16%), rural 18–59 (17%), rural 60 and over (9%) and farmers who never borrowed (6%).',
    'Table 2 gives only the total. The shares are plausible for a large coastal city; the farmers come from the remark that farmers without a bank loan have no financial-credit score (§ Social integrity in City Z).',
  ),
  scoring(
    'independence',
    'Within a segment, each person holds each record independently of their other records.',
    'Segments carry the main correlations (age, town or country, borrowing); within a segment the paper gives nothing to correlate on. Independence is what lets the exact engine convolve.',
  ),
  scoring(
    'illustrative-indicators',
    'Ten illustrative indicators (paid-up social insurance, provident fund, bank credit history, loans repaid, blood donation, a brave deed, unpaid bills, a late tax return, an ignored court order, a long prison sentence) complete the catalogue.',
    'City Z has 189 indicators it has not published (note 46). The illustrative ones stand for kinds of record the paper makes plausible, e.g. the departments it names as scorers (note 47).',
  ),
  scoring(
    'point-values',
    'Every point value except the +30…+50 for Wuhan volunteers is ours: near-universal records give +30 or +40, optional ones +5 to +15, honours +20 to +60, serious offences −150 to −170, a long sentence −400, minor lapses −5 to −100.',
    'The paper reports only the Wuhan range (note 47). These values put almost everyone in 650–749 from added points, as Table 2 requires.',
  ),
  scoring(
    'prevalences',
    'The share of each segment holding each record is ours; four multipliers (missing base records, serious deductions, honours, long sentences) are fitted so City Z in 2020 reproduces Table 2 by expected counts.',
    'Table 2 is the only distribution the paper reports. The fit makes the model consistent with it, not a reconstruction of City Z’s formula.',
  ),
  scoring(
    'departments',
    'The department recording each indicator is ours, except those the paper names as scorers of professional credit: tax, human resources and social security, and the provident fund (note 47), and the police for online “rumours” (note 27).',
    'Departments design their own indices and send scores to the Big Data Commission (note 47), but the paper names only a few.',
  ),
  scoring(
    'regime-city-z-2020',
    'In City Z in 2020 every addition counts but only serious deductions do: crimes, ignored court orders and online “rumours”. Traffic violations, debt, administrative penalties and other minor lapses are recorded but not counted.',
    'Points were mostly added, not deducted (§ Social integrity in City Z), yet 13,451 people are below 550 (Table 2), and police records of “rumours” cut scores sharply (note 27).',
  ),
  scoring(
    'regime-outline',
    'Under the Outline as designed every recorded deduction counts in full.',
    'The Outline promised rewards and punishments by score; City Z planned to add deductions later (§ Social integrity in City Z).',
  ),
  scoring(
    'regime-custom',
    'The custom regime keeps the Outline’s list of deductions; each recorded deduction counts independently with the chosen share (0–1), at the chosen strength (0–2×, rounded to whole points). Additions are never changed.',
    'Two dials are enough to move between City Z’s restraint and a harsher rollout without inventing new indicators.',
  ),
  scoring(
    'major-violations',
    'Tax evasion, insurance fraud, a court sentence, an ignored court order and a long prison sentence count as major violations for the blacklist; posting “rumours” does not.',
    'Blacklisting needs both a score under 550 and a serious breach of the law (§ Social integrity in City Z); the paper does not say which breaches qualify.',
  ),
  scoring(
    'typical-points',
    'A record entered without points (as in the preset citizens) carries its likeliest point value.',
    'The catalogue gives some indicators a small range of values; the widget needs one number per line.',
  ),
  scoring(
    'preset-citizens',
    'The five preset citizens are invented composites, not real people.',
    'They illustrate the paper’s examples: the Wuhan volunteers and the “rumour” posters (notes 27 and 47), and the farmers who never borrowed (§ Social integrity in City Z).',
  ),
];
