/**
 * Small glue over the platform model for interactive play: the default policy up to a month, with
 * the random stream kept so the reader can carry on from there. Same steps as runPlatform, which
 * does not hand back its generator.
 */
import {
  advanceRound,
  applyAction,
  defaultPolicy,
  initialPlatformState,
  roundDate,
  statusCounts,
  totalItems,
  type PlatformAction,
  type PlatformState,
  type Refusal,
  type RoundSummary,
} from '../../models/platform';
import { seededRandom, type Random } from '../../models/random';

export interface Game {
  readonly state: PlatformState;
  readonly history: readonly RoundSummary[];
  readonly random: Random;
}

export const summarise = (state: PlatformState): RoundSummary => ({
  round: state.round,
  date: roundDate(state.round),
  items: totalItems(state),
  statuses: statusCounts(state),
});

/** Advance one month, recording it. */
export function nextMonth(game: Game): Game {
  const state = advanceRound(game.state, game.random);
  return { ...game, state, history: [...game.history, summarise(state)] };
}

/** The default policy played for `rounds` months from launch (identical to runPlatform). */
export function startGame(seed: number, rounds: number): Game {
  let game: Game = {
    state: initialPlatformState(),
    history: [],
    random: seededRandom(seed),
  };
  game = { ...game, history: [summarise(game.state)] };
  for (let r = 0; r < rounds; r += 1) game = nextMonth(playDefaultMoves(game));
  return game;
}

/** Let the default policy spend whatever budget is left this month. */
export function playDefaultMoves(game: Game): Game {
  let state = game.state;
  for (const action of defaultPolicy(state)) state = applyAction(state, action).state;
  return { ...game, state };
}

export type MoveResult =
  | { readonly ok: true; readonly game: Game }
  | { readonly ok: false; readonly game: Game; readonly reason: Refusal };

export function move(game: Game, action: PlatformAction): MoveResult {
  const result = applyAction(game.state, action);
  if (!result.ok) return { ok: false, game, reason: result.reason };
  return { ok: true, game: { ...game, state: result.state } };
}
