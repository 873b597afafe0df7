/**
 * Small glue over the platform model for interactive play: a game is a run of the default policy up
 * to a month, kept with its random stream so the reader can carry on from there.
 */
import {
  advanceRound,
  applyAction,
  playPolicy,
  runPlatform,
  summariseRound,
  type PlatformAction,
  type PlatformState,
  type Refusal,
  type RoundSummary,
} from '../../models/platform';
import type { Random } from '../../models/random';

export interface Game {
  readonly state: PlatformState;
  readonly history: readonly RoundSummary[];
  readonly random: Random;
}

/** The default policy played for `rounds` months from launch, ready to carry on. */
export function startGame(seed: number, rounds: number): Game {
  const { state, history, random } = runPlatform(rounds, seed);
  return { state, history, random };
}

/** Advance one month, recording it. */
export function nextMonth(game: Game): Game {
  const state = advanceRound(game.state, game.random);
  return { ...game, state, history: [...game.history, summariseRound(state)] };
}

/** Let the default policy spend whatever budget is left this month. */
export function playDefaultMoves(game: Game): Game {
  return { ...game, state: playPolicy(game.state) };
}

export type MoveResult =
  | { readonly ok: true; readonly game: Game }
  | { readonly ok: false; readonly game: Game; readonly reason: Refusal };

export function move(game: Game, action: PlatformAction): MoveResult {
  const result = applyAction(game.state, action);
  if (!result.ok) return { ok: false, game, reason: result.reason };
  return { ok: true, game: { ...game, state: result.state } };
}
