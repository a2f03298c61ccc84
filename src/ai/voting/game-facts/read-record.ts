/**
 * What the game record says about the events the facts weigh: ASAT tests and moratoria, joint
 * statements issued, decisions of the Conference blocked, and the seats' standing with the
 * groups. Fields the state may not keep are read defensively.
 */
import type { SeatId } from '../../../engine/index';
import { cdGroupOf, euMembersOn, isSeat, SEATS } from '../../../engine/index';
import type { GameRecord } from './game-draft';
import { yearOf } from './game-draft';

export interface SpaceEvent {
  readonly actor: string;
  readonly year: number;
  readonly what: 'test' | 'moratorium';
}

/**
 * ASAT tests and moratoria: the scenario's timed events once they have happened, lines of the
 * record about a test or a moratorium (whatever intent the engine gives them), and a seat's
 * moratorium declared or broken.
 */
export function spaceEvents(game: GameRecord): SpaceEvent[] {
  const found: SpaceEvent[] = [];
  for (const event of game.events) {
    if (!game.firedEvents.includes(event.id)) continue;
    const actor = event.actors[0];
    if (actor === undefined) continue;
    const year = yearOf(event.date);
    if (event.kind === 'asatTest') found.push({ actor, year, what: 'test' });
    if (event.kind === 'moratorium') found.push({ actor, year, what: 'moratorium' });
  }
  for (const line of game.record) {
    if (line.kind === 'event.occurred' || !isSeat(line.actor)) continue;
    const year = yearOf(line.date);
    if (/moratori/i.test(line.kind)) found.push({ actor: line.actor, year, what: 'moratorium' });
    else if (/asat/i.test(line.kind) && !/non-?destructive/i.test(`${line.kind} ${line.summary}`))
      found.push({ actor: line.actor, year, what: 'test' });
  }
  for (const seat of SEATS) {
    const moratorium = (game.seats[seat] as { moratorium?: unknown } | undefined)?.moratorium;
    const declared = found.some((e) => e.actor === seat && e.what === 'moratorium');
    if (moratorium === 'declared' && !declared)
      found.push({ actor: seat, year: yearOf(game.date), what: 'moratorium' });
  }
  return found;
}

export interface IssuedStatement {
  readonly proposer: string;
  readonly partner: string;
  readonly date: string;
}

/** Joint statements a seat issued with another delegation, when the state keeps them. */
export function issuedJointStatements(game: GameRecord): IssuedStatement[] {
  const list = (game as { jointStatements?: unknown }).jointStatements;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const statement = entry as Partial<Record<keyof IssuedStatement | 'status', unknown>>;
    return statement.status === 'issued' &&
      typeof statement.proposer === 'string' &&
      typeof statement.partner === 'string' &&
      typeof statement.date === 'string'
      ? [{ proposer: statement.proposer, partner: statement.partner, date: statement.date }]
      : [];
  });
}

export interface BlockedDecision {
  readonly objectors: readonly string[];
  readonly parosBody: boolean;
  readonly year: number;
}

export function blockedDecisions(game: GameRecord): BlockedDecision[] {
  return game.cd.decisionOrder.flatMap((id) => {
    const snapshot = game.cd.decisions[id];
    if (snapshot?.value !== 'blocked') return [];
    const context = snapshot.context as {
      subject?: unknown;
      objections?: unknown;
      body?: { agendaItem?: unknown } | null;
    };
    const objectors = Array.isArray(context.objections)
      ? context.objections.filter((o): o is string => typeof o === 'string')
      : [];
    const year = Number(/\/(\d{4})\//.exec(id)?.[1] ?? yearOf(game.date));
    return [
      {
        objectors,
        parosBody: context.subject === 'subsidiaryBody' && context.body?.agendaItem === 3,
        year,
      },
    ];
  });
}

/** The standing group a State counts with, as the engine keeps standing (EU, CHN, CD group, else G21). */
export function standingGroupOf(state: string, date: string): string {
  if (state === 'EU') return 'EU';
  if (state === 'CHN') return 'CHN';
  if (euMembersOn(date).includes(state)) return 'EU';
  const group = cdGroupOf(state);
  return group === 'WEOG' || group === 'EEG' || group === 'G21' ? group : 'G21';
}

/** A seat's standing with each group (0–100, 50 neutral), when the state keeps it. */
export function standingOf(game: GameRecord, seat: SeatId): Record<string, number> {
  const standing = (game.seats[seat] as { standing?: unknown } | undefined)?.standing;
  if (typeof standing !== 'object' || standing === null) return {};
  return Object.fromEntries(
    Object.entries(standing).filter((entry): entry is [string, number] => {
      const value = entry[1] as unknown;
      return typeof value === 'number' && Number.isFinite(value);
    }),
  );
}
