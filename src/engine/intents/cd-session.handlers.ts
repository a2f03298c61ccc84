import { actorName } from '../state/names';
import { HOST } from '../ids';
import type { AnnualSessionContext } from '../procedures/cd/annual-session.machine';
import { annualSessionMachine, currentPresident } from '../procedures/cd/annual-session.machine';
import { isIn } from '../procedures/step';
import { currentTurn } from '../state/calendar';
import type { GameState } from '../state/game-state';
import { record } from '../state/record';
import type { BaseContext, Handler } from './handler';
import { isRejection, live, stepOrRefuse } from './handler';
import type { Rejection } from './rejection';
import { rejection } from './rejection';

export function sessionContext(state: Pick<GameState, 'cd'>): AnnualSessionContext {
  return state.cd.session.context as AnnualSessionContext;
}

export function presidentNow(state: Pick<GameState, 'cd'>): string | null {
  return currentPresident(sessionContext(state));
}

export function isCdInPlenary(state: Pick<GameState, 'cd'>): boolean {
  const value = state.cd.session.value as Record<string, unknown> | string;
  return typeof value === 'object' && Object.values(value).includes('inPlenary');
}

/** CD business is done in the turns the calendar gives to the Conference. */
export function requireCdTurn(context: BaseContext): Rejection | undefined {
  const turn = currentTurn(context.state);
  if (turn.forum !== 'cd') {
    return rejection(
      'wrong-forum',
      `${context.intent.type}: the Conference on Disarmament does not sit during "${turn.label}"`,
    );
  }
  return undefined;
}

/** The President of the Conference, a member State holding the rotating chair (rule 9). */
export function requirePresident(context: BaseContext): Rejection | undefined {
  const president = presidentNow(context.state);
  if (context.intent.actor !== president) {
    return rejection(
      'not-the-president',
      `${context.intent.type}: only the President of the Conference (${president ? actorName(president) : 'none'}) may do this`,
    );
  }
  return undefined;
}

/** Steps the annual session with one event and records nothing; returns a rejection if refused. */
export function stepSession(
  context: BaseContext,
  event: Parameters<typeof stepOrRefuse<typeof annualSessionMachine>>[2],
): ReturnType<typeof stepOrRefuse<typeof annualSessionMachine>> {
  const result = stepOrRefuse(
    annualSessionMachine,
    live(context.draft.cd.session),
    event,
    'the CD session',
  );
  if (!isRejection(result)) context.draft.cd.session = result.snapshot;
  return result;
}

export const plenaryConvened: Handler<'plenary.convened'> = (context) => {
  const refusal = requireCdTurn(context) ?? requirePresident(context);
  if (refusal) return refusal;
  const result = stepSession(context, { type: 'plenary.convened' });
  if (isRejection(result)) return result;
  record(context.draft, {
    forum: 'cd',
    actor: context.intent.actor,
    kind: 'plenary.convened',
    summary: `The President (${actorName(context.intent.actor)}) opens plenary meeting ${sessionContext(context.draft).plenaryCount} of ${sessionContext(context.draft).year}.`,
  });
  return undefined;
};

export const plenaryAdjourned: Handler<'plenary.adjourned'> = (context) => {
  const refusal = requireCdTurn(context) ?? requirePresident(context);
  if (refusal) return refusal;
  const result = stepSession(context, { type: 'plenary.adjourned' });
  if (isRejection(result)) return result;
  record(context.draft, {
    forum: 'cd',
    actor: context.intent.actor,
    kind: 'plenary.adjourned',
    summary: `The President adjourns the plenary meeting.`,
  });
  return undefined;
};

export const presidencyRotated: Handler<'presidency.rotated'> = (context) => {
  const actor = context.intent.actor;
  if (actor !== HOST) {
    const refusal = requireCdTurn(context) ?? requirePresident(context);
    if (refusal) return refusal;
  }
  if (isCdInPlenary(context.state)) {
    return rejection(
      'procedure-refused',
      'presidency.rotated: the presidency changes hands between meetings, not during a plenary',
    );
  }
  const result = stepSession(context, { type: 'presidency.rotated' });
  if (isRejection(result)) return result;
  const president = presidentNow(context.draft) ?? '';
  record(context.draft, {
    forum: 'cd',
    actor,
    kind: 'presidency.changed',
    summary: `${actorName(president)} takes up the presidency of the Conference.`,
  });
  return undefined;
};

export const statementMade: Handler<'statement.made'> = (context) => {
  const refusal = requireCdTurn(context);
  if (refusal) return refusal;
  if (!isIn(context.state.cd.session, currentPartPath(context.state))) {
    return rejection(
      'not-in-plenary',
      'statement.made: statements are made in a formal plenary meeting',
    );
  }
  const { actor, topic, text } = context.intent;
  const result = stepSession(context, { type: 'statement.made', member: actor, topic });
  if (isRejection(result)) {
    return rejection(
      'not-a-member',
      `statement.made: ${actor} is neither a member of the Conference nor an observer invited to speak`,
    );
  }
  record(context.draft, {
    forum: 'cd',
    actor,
    kind: 'statement.made',
    summary: `${actorName(actor)} speaks on ${topic}${text ? `: ${text}` : '.'}`,
  });
  return undefined;
};

function currentPartPath(state: GameState): string {
  const value = state.cd.session.value;
  const part = typeof value === 'object' && value !== null ? Object.keys(value)[0] : String(value);
  return `${part}.inPlenary`;
}
