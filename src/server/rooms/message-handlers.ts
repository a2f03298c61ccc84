import type { z } from 'zod';
import type { IntentInput } from '../../engine/index';
import type {
  ClientMessageType,
  Refusal,
  clientMessageSchemas,
} from '../protocol/classroom-protocol';
import type { ClientData } from './client-data';
import type { ClassroomSession } from './classroom-session';

export interface HandlerContext {
  readonly data: ClientData;
  readonly session: ClassroomSession;
  /** Sends the client everything again (welcome, whole view, room, proposals). */
  readonly resync: () => void;
  /** Tells a moved student's connections about their new seat. */
  readonly reseat: (member: string) => void;
  readonly host: string;
}

type Parsed<TType extends ClientMessageType> = z.output<(typeof clientMessageSchemas)[TType]>;
type Handler<TType extends ClientMessageType> = (
  message: Parsed<TType>,
  context: HandlerContext,
) => Refusal | undefined;

const NOT_A_STUDENT: Refusal = { code: 'not-allowed', message: 'only a delegate may do this' };
const NOT_THE_HOST: Refusal = { code: 'not-allowed', message: 'only the teacher may do this' };

/** Student messages: run for a delegate, refused for anyone else. */
function student<TType extends ClientMessageType>(
  handler: (message: Parsed<TType>, member: string, context: HandlerContext) => Refusal | undefined,
): Handler<TType> {
  return (message, context) =>
    context.data.role === 'student' && context.data.member !== undefined
      ? handler(message, context.data.member, context)
      : NOT_A_STUDENT;
}

function host<TType extends ClientMessageType>(handler: Handler<TType>): Handler<TType> {
  return (message, context) =>
    context.data.role === 'host' ? handler(message, context) : NOT_THE_HOST;
}

/** One handler per message type: who may send it and what it does. */
const handlers: { [TType in ClientMessageType]: Handler<TType> } = {
  intent: student((message, member, { session }) => session.sendIntent(member, message.intent)),
  propose: student((message, member, { session }) =>
    session.propose(member, message.intent, message.note),
  ),
  'proposal.send': student((message, member, { session }) =>
    session.sendProposal(member, message.proposal),
  ),
  'proposal.dismiss': student((message, member, { session }) =>
    session.dismissProposal(member, message.proposal),
  ),
  'speaker.handOver': student((message, member, { session }) =>
    session.handOver(member, message.to),
  ),
  ready: student((message, member, { session }) => session.setReady(member, message.ready)),
  ping: () => undefined,
  resync: (_message, { resync }) => {
    resync();
    return undefined;
  },
  'host.pause': host((_message, { session }) => {
    session.pause();
    return undefined;
  }),
  'host.resume': host((_message, { session }) => {
    session.resume();
    return undefined;
  }),
  'host.extend': host((message, { session }) => {
    session.extend(message.seconds);
    return undefined;
  }),
  'host.endTurn': host((_message, { session }) => session.endTurn('host')),
  'host.move': host((message, { session, reseat }) => {
    const refused = session.moveMember(message.member, message.seat);
    if (!refused) reseat(message.member);
    return refused;
  }),
  'host.speaker': host((message, { session }) => session.setSpeaker(message.member)),
  'host.controller': host((message, context) =>
    context.session.hostIntent({
      type: 'seat.controlled',
      actor: context.host,
      seat: message.seat,
      controller: message.controller,
    } satisfies IntentInput),
  ),
  'host.instruction': host((message, context) =>
    context.session.hostIntent({
      type: 'instruction.sent',
      actor: context.host,
      seat: message.seat,
      text: message.text,
    } satisfies IntentInput),
  ),
  'host.event': host((message, { session }) => session.fireEvent(message.event)),
  'host.endGame': host((_message, { session }) => {
    session.endGame();
    return undefined;
  }),
};

export function handleMessage<TType extends ClientMessageType>(
  type: TType,
  message: Parsed<TType>,
  context: HandlerContext,
): Refusal | undefined {
  return (handlers[type] as Handler<TType>)(message, context);
}
