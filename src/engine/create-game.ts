import { neutralStanding } from './economy/standing';
import { SEATS } from './ids';
import { advanceSessionTo } from './procedures/cd/advance-session';
import type { AnnualSessionContext } from './procedures/cd/annual-session.machine';
import { annualSessionMachine, currentPresident } from './procedures/cd/annual-session.machine';
import { documentLifecycleMachine } from './procedures/documents/document-lifecycle.machine';
import type { ProcedureSnapshot } from './procedures/step';
import { startProcedure, stepProcedure } from './procedures/step';
import { seedState } from './random';
import type { Scenario } from './scenario/scenario.schema';
import { ungaSessionOf, yearOf } from './state/calendar';
import type { DocumentEntry, GameState, RecordEntry, SeatState } from './state/game-state';
import { deliveryLine } from './state/instructions';
import { newAnnualSession } from './state/new-session';

/**
 * A new game from a validated scenario and a seed: the record up to the scenario's start is in
 * place (documents circulated, their answers linked), prepared drafts wait privately with their
 * holders, and the Conference sits in the part of the year the first turn names.
 *
 * @example
 * const state = createGame(scenario, 42);
 */
export function createGame(scenario: Scenario, seed: number): GameState {
  const firstTurn = scenario.calendar[0]!;
  const year = yearOf(firstTurn.date);
  const documents: Record<string, DocumentEntry> = {};
  const documentOrder: string[] = [];

  for (const document of scenario.documents) {
    const id = document.symbol;
    let procedure = startProcedure(documentLifecycleMachine, {
      id,
      authors: document.authors,
      kind: document.kind,
      title: document.title,
      respondsTo: document.respondsTo,
    });
    procedure = stepProcedure(documentLifecycleMachine, procedure, {
      type: 'document.submitted',
      symbol: document.symbol,
      date: document.date,
    }).snapshot;
    for (const target of document.respondsTo) {
      const answered = documents[target];
      if (answered) {
        const procedure = stepProcedure(documentLifecycleMachine, answered.procedure, {
          type: 'response.attached',
          symbol: document.symbol,
        }).snapshot;
        documents[target] = { ...answered, procedure };
      }
    }
    documents[id] = {
      id,
      procedure,
      articles: document.articles,
      summary: document.summary,
      date: document.date,
      origin: 'record',
      confidence: document.confidence,
      source: document.source,
    };
    documentOrder.push(id);
  }
  for (const draft of scenario.drafts) {
    const procedure = startProcedure(documentLifecycleMachine, {
      id: draft.id,
      authors: draft.authors,
      kind: draft.kind,
      title: draft.title,
      respondsTo: draft.respondsTo,
      ...(draft.revises === undefined ? {} : { revises: draft.revises }),
    });
    documents[draft.id] = {
      id: draft.id,
      procedure,
      articles: draft.articles,
      summary: draft.summary,
      date: scenario.start,
      origin: 'record',
      confidence: draft.confidence,
      source: draft.source,
    };
    documentOrder.push(draft.id);
  }

  const seats = Object.fromEntries(
    SEATS.map((seat) => [seat, seatState(scenario.seats[seat])]),
  ) as Record<(typeof SEATS)[number], SeatState>;
  const record: RecordEntry[] = [
    {
      index: 0,
      turn: 0,
      date: firstTurn.date,
      forum: 'world',
      actor: 'host',
      kind: 'game.started',
      summary: `${scenario.title}. ${firstTurn.label} begins.`,
      visibleTo: 'all',
    },
  ];
  // Instructions dated on or before the first turn are waiting for the delegations at the start.
  for (const instruction of scenario.instructions) {
    if (instruction.date > firstTurn.date) continue;
    const seat = seats[instruction.seat];
    seats[instruction.seat] = {
      ...seat,
      instructions: [...seat.instructions, instruction.text],
      objectives: instruction.objective
        ? [...seat.objectives, instruction.objective]
        : seat.objectives,
    };
    record.push({
      ...deliveryLine(instruction),
      index: record.length,
      turn: 0,
      date: firstTurn.date,
      visibleTo: [instruction.seat],
    });
  }

  return {
    schemaVersion: 1,
    scenarioId: scenario.id,
    seed,
    random: seedState(seed),
    calendar: scenario.calendar,
    turn: 0,
    date: firstTurn.date,
    phase: 'playing',
    outcome: null,
    economy: scenario.economy,
    seats,
    cd: {
      year,
      session: openingSession(scenario, year),
      presidencyAnchors: scenario.cd.presidencyAnchors,
      agendaItems: scenario.cd.agendaItems,
      nextSymbol: scenario.cd.nextSymbol,
      decisions: {},
      decisionOrder: [],
      negotiations: {},
    },
    documents,
    documentOrder,
    unga: {
      session: ungaSessionOf(year),
      nextDraftNumber: scenario.unga.nextDraftNumber,
      nextResolutionNumber: scenario.unga.nextResolutionNumber,
      drafts: {},
      draftOrder: [],
    },
    gges: {},
    consultations: [],
    events: scenario.events,
    firedEvents: scenario.events
      .filter((event) => event.date < scenario.start)
      .map((event) => event.id),
    instructionSchedule: scenario.instructions
      .filter((instruction) => instruction.date > firstTurn.date)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    jointStatements: [],
    tension: scenario.tension,
    debris: scenario.debris,
    record,
  };
}

function seatState(setup: Scenario['seats']['CHN']): SeatState {
  return {
    controller: setup.controller,
    capital: setup.capital,
    par: setup.par ?? 0,
    ...(setup.parScores ? { parScores: [...setup.parScores].sort((a, b) => a - b) } : {}),
    standing: { ...neutralStanding(), ...definedOnly(setup.standing) },
    moratorium: 'none',
    publicPosition: setup.publicPosition,
    objectives: setup.objectives,
    instructions: [],
  };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** The year's session, walked to the first turn's part, with the agenda adopted if the scenario says so. */
function openingSession(scenario: Scenario, year: number): ProcedureSnapshot {
  let session = newAnnualSession(year, scenario.cd.presidencyAnchors);
  if (scenario.cd.agendaAdopted) {
    for (const event of [
      { type: 'plenary.convened' },
      { type: 'agenda.adopted', decision: `agenda of ${year}` },
      { type: 'plenary.adjourned' },
    ] as const) {
      session = stepProcedure(annualSessionMachine, session, event).snapshot;
    }
  }
  const firstTurn = scenario.calendar[0]!;
  session = advanceSessionTo(session, firstTurn.forum === 'cd' ? firstTurn.part : 3);
  const opening = scenario.cd.openingPresident;
  while (
    opening !== undefined &&
    currentPresident(session.context as AnnualSessionContext) !== opening
  ) {
    const rotated = stepProcedure(annualSessionMachine, session, { type: 'presidency.rotated' });
    if (!rotated.accepted) break;
    session = rotated.snapshot;
  }
  return session;
}
