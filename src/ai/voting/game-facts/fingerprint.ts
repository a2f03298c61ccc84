/** A short text that changes whenever a game fact could, for callers to key their caches on. */
import { SEATS } from '../../../engine/index';
import type { GameRecord } from './game-draft';
import { issuedJointStatements } from './read-record';

/** Record lines whose number can change a fact: statements, tests, moratoria, ballots, blocks. */
const FACT_LINES =
  /^(statement\.made|vote\.cast|vote\.recorded|decision\.blocked|event\.occurred)$|asat|moratori/i;

/**
 * A short text that changes whenever a fact of `gameFacts` could: callers key their caches on
 * it instead of comparing the facts themselves.
 */
export function gameFactsFingerprint(game: GameRecord): string {
  let lines = 0;
  for (const line of game.record) if (FACT_LINES.test(line.kind)) lines += 1;
  const standing = SEATS.map((seat) => {
    const entry = game.seats[seat] as { standing?: unknown; moratorium?: unknown } | undefined;
    return `${JSON.stringify(entry?.standing ?? null)}${JSON.stringify(entry?.moratorium ?? null)}`;
  }).join(';');
  const joint = issuedJointStatements(game).length;
  return [
    game.date.slice(0, 4),
    lines,
    game.consultations.length,
    joint,
    game.firedEvents.length,
    game.tension,
    game.cd.decisionOrder.length,
    standing,
  ].join('|');
}
