/** Every modelling choice of the risk and cities models, for the "Method and assumptions" page. */
import type { Assumption } from '../assumption';

const risk = (id: string, statement: string, rationale: string): Assumption => ({
  id: `risk-${id}`,
  model: 'risk',
  statement,
  rationale,
});
const cities = (id: string, statement: string, rationale: string): Assumption => ({
  id: `cities-${id}`,
  model: 'cities',
  statement,
  rationale,
});

export const riskAssumptions: readonly Assumption[] = [
  risk(
    'business-split',
    'Table 1’s second business practice is split into rewards for high scorers and sanctions for low scorers, giving three practices per category.',
    'The paper describes the green channel and credit loans apart from the Credit China blacklist (§ Business integrity).',
  ),
  risk(
    'ordinal-scales',
    'Table 3’s ordinal words map to numbers: precedent and difficulty run 0.05 / 0.2 (0.15) / 0.5 (0.4) / 0.8 (0.65) / 0.95 (0.9) from ’hardly any’ to ’extremely high’; the backlash hazard runs 0.01 / 0.03 / 0.1 / 0.25 / 0.4.',
    'The paper ranks but does not measure. The hazard is compressed because Rongcheng ran citizen scores while Suzhou had to withdraw its code (note 52).',
  ),
  risk(
    'practice-readings',
    'Each practice gets its own ordinal readings (e.g. information sharing: medium precedent, extremely high difficulty; integrity files: extremely high precedent, low difficulty).',
    'Read off the 2017 State Council rules (note 41), the vertical units (notes 42–44) and the 2007 evaluation system (note 45).',
  ),
  risk(
    'social-difficulty',
    'Scoring citizens and rewarding them by score count as technically easy (low difficulty); their obstacle is the lack of precedent and the hazard.',
    'Table 3 places social difficulty in the missing precedent; City Z still scored 6.9 million adults (Table 2).',
  ),
  risk(
    'success-chance',
    'A full implementation works with chance (1 − difficulty) × (0.5 + 0.5 × precedent).',
    'Less precedent and more difficulty mean less is achieved (Table 3 discussion).',
  ),
  risk(
    'precedent-calms',
    'Precedent lowers the chance of a protest: hazard × (1 − 0.8 × precedent).',
    'Without anything to refer to, officials must take special care not to provoke protest (§ Social integrity).',
  ),
  risk(
    'blame-cover',
    'Precedent shields the cadre: the chance of punishment after a backlash (70%) or a failure (10%) is scaled by 1 − 0.8 × precedent.',
    'A well-trodden path is the safest way to avoid punishment (§ Conclusion, note 58).',
  ),
  risk(
    'novelty-credit',
    'A success earns 1 + 3 × (1 − precedent) career points: unprecedented successes earn more.',
    'Model cities such as Rongcheng gain status from innovation; policy entrepreneurs seek it (note 29).',
  ),
  risk(
    'career-stakes',
    'A demotion costs 3 career points and missing the 2020 mandate costs 4.',
    'The paper names both demotion for bold failures and disobeying the centre as risks (§ Conclusion).',
  ),
  risk(
    'effort',
    'Effort costs 0.15 (full) or 0.03 (on paper) × (0.5 + difficulty) career points.',
    'Coordinating units the city cannot order is costly even on paper (note 44).',
  ),
  risk(
    'paper-is-safe',
    'A paper (nominal) implementation is hidden from the public, so it cannot provoke protest or fail visibly.',
    'City Z kept citizen scores secret and handed out no rewards (§ Social integrity).',
  ),
  risk(
    'mandate-rule',
    'Superiors pass the 2020 mandate when credit reaches 60% of the nine practices: a paper practice earns 0.5, a working one 1, a failed or withdrawn one keeps its paper credit.',
    'The Outline required completion by 2020 but gave no indicators (§ Conclusion); the rule couples the nine choices.',
  ),
  risk(
    'prospect-theory',
    'The cadre uses Tversky & Kahneman’s (1992) cumulative prospect theory with their median estimates α = β = 0.88, λ = 2.25, γ = 0.61 (gains), δ = 0.69 (losses).',
    'The paper frames cadres as rational calculators and cites Levy (1997) on prospect theory (note 53).',
  ),
  risk(
    'narrow-bracketing',
    'Each practice’s gamble and the mandate’s gamble are valued separately and added.',
    'Joint valuation would need up to 5^9 outcomes per choice; separate mental accounts are a standard prospect-theory editing step.',
  ),
  risk(
    'enumeration',
    'The cadre picks the best of all 3^9 = 19,683 choices.',
    'The mandate is judged on the whole programme, so the best level of one practice depends on the others.',
  ),
  risk(
    'risk-appetite',
    'Risk appetite r raises λ and α to the power 1 − 2r: r = 0 is the TK1992 median cadre, r = 0.5 weighs gains and losses alike, r = 1 is a policy entrepreneur for whom a gain counts 2.25 times an equal loss.',
    'Some cadres accept more risk to innovate (note 29, Zhu 2013); the paper gives no scale.',
  ),
  risk(
    'effectiveness',
    'Effectiveness is 1 for a practice working in public, 0.1 on paper, 0 when skipped or withdrawn.',
    'Scores kept secret without rewards made implementation ’extremely poor’ (Table 3 discussion).',
  ),
  risk(
    'story-timing',
    'In the 2018–2020 story every practice starts in 2018 and a full one shows its result in a year drawn evenly from 2018–2020.',
    'City Z began rating citizens in 2018 and the fieldwork ended in late 2020 (§ Social integrity, § Method).',
  ),
  risk(
    'figure-1-scores',
    'Figure 1’s stages score 1 (in force), 0.5 (partly built), 0.15 (on paper) and 0 (not started) for drawing bars; the stage of each practice is the site’s Table 1 record.',
    'The chart is not in the text; the paper ranks the categories without numbers. One record of City Z’s progress keeps the Table 1 explorer and the figure in agreement.',
  ),
  cities(
    'local-search',
    'Cities choose by local search (a practice at a time, from last year’s levels and from those levels with every skipped practice on paper) instead of enumerating 3^9 choices.',
    'Enumeration for 300 cities × 12 years would take seconds; the search matches the enumerated optimum in the tested cases and fits officials feeling their way forward.',
  ),
  cities(
    'no-tearing-down',
    'What a city has built stays built; a backlash withdraws a practice to paper, as Suzhou withdrew its code.',
    'The paper reports no city dismantling a credit system; Suzhou withdrew its code after three days (note 52).',
  ),
  cities(
    'launch-capacity',
    'A city can launch at most two new full implementations a year; paper steps are unlimited.',
    'City Z set up its leading group in 2015 and its platform went online at the end of 2017 (§ Trial and error).',
  ),
  cities(
    'local-variation',
    'Cities differ in risk appetite (u^4, mean 0.2), precedent and difficulty (±0.1) and backlash hazard (±20%).',
    'Local circumstances and leaders’ preferences shape implementation (note 22); entrepreneurs are a minority.',
  ),
  cities(
    'diffusion',
    'Each practice’s precedent grows by 0.6 × the share of cities where it works, when diffusion is on.',
    'Feeling for stones: cities copy what has worked elsewhere (§ introduction).',
  ),
  cities(
    'blueprint',
    'A clear blueprint supplies 40% of every practice’s missing precedent at once.',
    'The Outline gave no concrete indicators (§ Trial and error); a clear one would give cities something to copy.',
  ),
  cities(
    'deadline',
    'Deadline pressure rises from 1/7 in 2014 to 1 in 2020 and then holds at 0.5; with the deadline off it is 0.',
    'The Outline ran to 2020; the paper does not cover later plans.',
  ),
  cities(
    'alarm',
    'Each simulated backlash raises its category’s perceived hazard by 5% of the base; Suzhou (2020) raises the social hazard by 150%; a quarter of the alarm fades each year.',
    'A visible failure changes what every official expects (§ Social integrity, note 52).',
  ),
];
