import type { GameState } from '../../engine/index';

/*
 * What the world reads of the procedures kept in the state. The engine exports the state, not
 * its machines, so the few fields read here are declared here, and read defensively: a field
 * the engine renames or drops reads as empty rather than throwing in the middle of a game.
 */

type Readable = Pick<GameState, 'cd' | 'unga' | 'documents' | 'documentOrder' | 'gges'>;

export interface SessionReading {
  readonly year: number;
  /** 'part2' while the second part sits or stands adjourned; 'recess1', 'closed' otherwise. */
  readonly top: string;
  readonly inPlenary: boolean;
  readonly presidencyIndex: number;
  readonly presidents: readonly string[];
  readonly members: readonly string[];
  readonly agendaAdopted: boolean;
  readonly programmeOfWork: { readonly implemented: boolean } | null;
  readonly subsidiaryBodies: readonly { readonly id: string; readonly agendaItem: number }[];
  readonly reportAdopted: boolean;
}

export interface DecisionReading {
  readonly id: string;
  readonly subject: string;
  readonly proposedBy: string;
  readonly body: {
    readonly id: string;
    readonly agendaItem: number;
    readonly mandate: string;
    readonly basis?: string;
  } | null;
  readonly joined: readonly string[];
  readonly objections: readonly string[];
  readonly dissociated: readonly string[];
  /** 'consultations' while open; 'adopted', 'blocked' or 'withdrawn' once decided. */
  readonly status: string;
}

export interface DocumentReading {
  readonly id: string;
  readonly symbol: string | null;
  readonly authors: readonly string[];
  readonly kind: string;
  readonly outcome: string | null;
  readonly status: string;
}

export interface BallotsReading {
  readonly subject: string;
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly abstain: readonly string[];
}

export interface DraftReading {
  readonly symbol: string;
  readonly kind: string;
  readonly title: string;
  readonly sponsors: readonly string[];
  readonly coSponsors: readonly string[];
  readonly voters: readonly string[];
  readonly stage: 'committee' | 'plenary';
  /** 'drafted', 'introduced', 'committeeAction.voting', 'awaitingPlenary', 'adopted', … */
  readonly status: string;
  readonly voteRequests: readonly { readonly member: string; readonly subject: string }[];
  readonly currentVote: BallotsReading | null;
  readonly results: readonly {
    readonly stage: string;
    readonly subject: string;
    readonly method: string;
    readonly adopted: boolean;
  }[];
}

export interface NegotiationReading {
  readonly body: string;
  readonly basis: string;
  readonly status: string;
  readonly openAmendments: readonly string[];
  readonly adoption: { readonly joined: readonly string[]; readonly objections: readonly string[] };
}

export interface GgeReading {
  readonly id: string;
  readonly experts: readonly string[];
  readonly status: string;
  readonly sessionsHeld: number;
  readonly sessionsPlanned: number;
  readonly objections: readonly string[];
}

/** 'part1.inPlenary' for { part1: 'inPlenary' }, 'recess1' for 'recess1'. */
export function stateName(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  return Object.entries(value)
    .map(([key, inner]) => `${key}.${stateName(inner)}`)
    .join('&');
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function session(state: Pick<GameState, 'cd'>): SessionReading {
  const context = record(state.cd.session.context);
  const name = stateName(state.cd.session.value);
  const programme = record(context.programmeOfWork);
  return {
    year: count(context.year) || state.cd.year,
    top: name.split('.')[0] ?? name,
    inPlenary: name.endsWith('.inPlenary'),
    presidencyIndex: count(context.presidencyIndex),
    presidents: strings(context.presidents),
    members: strings(context.members),
    agendaAdopted: context.agendaAdopted === true,
    programmeOfWork:
      context.programmeOfWork === null || context.programmeOfWork === undefined
        ? null
        : { implemented: programme.implemented === true },
    subsidiaryBodies: (Array.isArray(context.subsidiaryBodies) ? context.subsidiaryBodies : []).map(
      (body) => ({ id: text(record(body).id), agendaItem: count(record(body).agendaItem) }),
    ),
    reportAdopted: context.reportAdopted === true,
  };
}

export function decisions(state: Readable): DecisionReading[] {
  return state.cd.decisionOrder.flatMap((id) => {
    const snapshot = state.cd.decisions[id];
    if (!snapshot) return [];
    const context = record(snapshot.context);
    const body = record(context.body);
    return [
      {
        id,
        subject: text(context.subject),
        proposedBy: text(context.proposedBy),
        body:
          context.body === null || context.body === undefined
            ? null
            : {
                id: text(body.id),
                agendaItem: count(body.agendaItem),
                mandate: text(body.mandate),
                ...(typeof body.basis === 'string' ? { basis: body.basis } : {}),
              },
        joined: strings(context.joined),
        objections: strings(context.objections),
        dissociated: (Array.isArray(context.dissociations) ? context.dissociations : []).map(
          (entry) => text(record(entry).member),
        ),
        status: stateName(snapshot.value),
      },
    ];
  });
}

export function documents(state: Readable): DocumentReading[] {
  return state.documentOrder.flatMap((id) => {
    const entry = state.documents[id];
    if (!entry) return [];
    const context = record(entry.procedure.context);
    return [
      {
        id,
        symbol: typeof context.symbol === 'string' ? context.symbol : null,
        authors: strings(context.authors),
        kind: text(context.kind),
        outcome: typeof context.outcome === 'string' ? context.outcome : null,
        status: stateName(entry.procedure.value),
      },
    ];
  });
}

/** A document by its draft id or its CD symbol. */
export function documentOf(state: Readable, reference: string): DocumentReading | undefined {
  return documents(state).find((doc) => doc.id === reference || doc.symbol === reference);
}

function ballots(value: unknown): BallotsReading | null {
  if (value === null || typeof value !== 'object') return null;
  const vote = record(value);
  return {
    subject: text(vote.subject, 'whole'),
    yes: strings(vote.yes),
    no: strings(vote.no),
    abstain: strings(vote.abstain),
  };
}

export function drafts(state: Readable): DraftReading[] {
  return state.unga.draftOrder.flatMap((symbol) => {
    const snapshot = state.unga.drafts[symbol];
    if (!snapshot) return [];
    const context = record(snapshot.context);
    return [
      {
        symbol,
        kind: text(context.kind, 'OTHER'),
        title: text(context.title),
        sponsors: strings(context.sponsors),
        coSponsors: strings(context.coSponsors),
        voters: strings(context.voters),
        stage: context.stage === 'plenary' ? 'plenary' : 'committee',
        status: stateName(snapshot.value),
        voteRequests: (Array.isArray(context.voteRequests) ? context.voteRequests : []).map(
          (entry) => ({ member: text(record(entry).member), subject: text(record(entry).subject) }),
        ),
        currentVote: ballots(context.currentVote),
        results: (Array.isArray(context.results) ? context.results : []).map((entry) => ({
          stage: text(record(entry).stage),
          subject: text(record(entry).subject),
          method: text(record(entry).method),
          adopted: record(entry).adopted === true,
        })),
      },
    ];
  });
}

export function negotiations(state: Pick<GameState, 'cd'>): NegotiationReading[] {
  return Object.entries(state.cd.negotiations).map(([body, snapshot]) => {
    const context = record(snapshot.context);
    const adoption = record(context.adoption);
    return {
      body,
      basis: text(context.basis),
      status: stateName(snapshot.value),
      openAmendments: (Array.isArray(context.amendments) ? context.amendments : [])
        .filter((entry) => record(entry).status === 'open')
        .map((entry) => text(record(entry).id)),
      adoption: { joined: strings(adoption.joined), objections: strings(adoption.objections) },
    };
  });
}

export function gges(state: Pick<GameState, 'gges'>): GgeReading[] {
  return Object.entries(state.gges).map(([id, snapshot]) => {
    const context = record(snapshot.context);
    return {
      id,
      experts: strings(context.experts),
      status: stateName(snapshot.value),
      sessionsHeld: count(context.sessionsHeld),
      sessionsPlanned: count(context.sessionsPlanned),
      objections: strings(context.objections),
    };
  });
}

/** The calendar turn the game is in. */
export function turnOf(state: Pick<GameState, 'calendar' | 'turn'>): GameState['calendar'][number] {
  const turn = state.calendar[Math.min(state.turn, state.calendar.length - 1)];
  if (turn === undefined) throw new Error('turnOf: the game has no calendar');
  return turn;
}

export function yearOf(state: Pick<GameState, 'date'>): number {
  return Number(state.date.slice(0, 4));
}

/** The General Assembly session of a year (the 63rd opened in September 2008). */
export function ungaSessionOf(year: number): number {
  return year - 1945;
}
