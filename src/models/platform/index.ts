/** Public API of the data-sharing platform model (§ Political Integrity). */
export {
  applyAction,
  formallyRequest,
  mayorOrder,
  negotiateWithSuperior,
  orderUnit,
  type ActionResult,
  type PlatformAction,
  type Refusal,
} from './actions';
export { platformAssumptions } from './assumptions';
export { DATASET_LABELS, DATASETS, type Dataset } from './datasets';
export {
  groupName,
  platformHierarchy,
  platformNodes,
  type PlatformNode,
  type PlatformTree,
} from './layout';
export {
  continuePlatform,
  defaultPolicy,
  NOV_2020,
  playPolicy,
  runPlatform,
  STALL_ROUNDS,
  startPlatform,
  summariseRound,
  type PlatformPlay,
  type PlatformRun,
  type Policy,
  type RoundSummary,
} from './policy';
export {
  answerable,
  QUERIES,
  type Answerability,
  type DataNeed,
  type MissingData,
  type PlatformQuery,
} from './queries';
export { CITY_Z, createRoster, ROSTER_SEED, UNIT_INDEX } from './roster';
export {
  advanceRound,
  itemsThisRound,
  ITEM_GROWTH,
  ITEMS_PER_VOLUME,
  REQUEST_ROUNDS,
} from './rounds';
export {
  DRC_STAFF_PER_ROUND,
  initialPlatformState,
  MAYOR_ATTENTION_PER_ROUND,
  roundDate,
  statusCounts,
  totalItems,
  type PlatformState,
  type UnitProgress,
  type UnitStatus,
} from './state';
export {
  DISTRICT_COUNT,
  UNIT_COUNT,
  VERTICAL_SHARE,
  type Roster,
  type Unit,
  type UnitKind,
  type VerticalLine,
} from './units';
