/** Public API of the risk-minimisation model ("Be the cadre") and the cities model. */
export {
  type Practice,
  type CategoryId,
  type PracticeId,
  type Ordinal,
  categoryIds,
  categoryLabels,
  practiceIds,
  practices,
  practiceById,
  practicesIn,
} from './practices';
export {
  type Level,
  type BranchKind,
  levelIds,
  levelLabels,
  successChance,
  backlashChance,
  punishmentChance,
  expectedEffectiveness,
} from './practice-outcomes';
export {
  type CadreParams,
  type CareerParams,
  type MandateParams,
  type PracticeParams,
  type ProspectParams,
  defaultCadreParams,
  defaultPracticeParams,
  precedentScale,
  difficultyScale,
  hazardScale,
  tk1992,
  withCategory,
} from './params';
export { value, weight, prospectValue, withRiskAppetite } from './prospect';
export { type Choice, bestChoice, choiceValue, choiceMandateFailChance } from './cadre';
export {
  type ChoiceAssessment,
  type PracticeReason,
  type LevelTerms,
  type BranchTerm,
  assessChoice,
  explainPractice,
} from './assess';
export {
  type CadreOutcome,
  type PracticeOutcome,
  type PracticeResult,
  simulateCadre,
  storyStartYear,
  mandateYear,
} from './cadre-outcomes';
export { type StorySentence, storySentences } from './story';
export {
  type OrderingPoint,
  type SensitivityRow,
  type SensitivityParameter,
  orderingSensitivity,
  orderingAt,
  sensitivityParameters,
  moveValue,
} from './sensitivity';
export {
  type CitiesParams,
  type BlueprintId,
  type Scenario,
  type ScenarioId,
  defaultCitiesParams,
  deadlinePressure,
  scenarios,
  scenarioById,
  scenarioIds,
  suzhouYear,
  outlineYear,
} from './city-params';
export {
  type City,
  type CityEvent,
  type CitiesState,
  type YearSummary,
  createCities,
  step,
  summarize,
  run,
  nationalPrecedent,
} from './cities';
export {
  type CityZPractice,
  type Progress,
  cityZProgress,
  cityZCategoryProgress,
  progressLabels,
  progressScore,
} from './city-z-progress';
export { riskAssumptions } from './assumptions';
