import type { GameState, RecordEntry, Scenario, SeatId } from '../engine/index';
import { SEATS, hashState, replay } from '../engine/index';
import { scenarioFromStored } from './scenarios';
import type { SessionStore, StoredIntent, StoredSession } from './store/session-store';

/** What the teacher keeps after class: the whole record, each delegation's brief and the log. */
export interface Debrief {
  readonly format: 'paros-classroom-debrief';
  readonly version: 1;
  readonly code: string;
  readonly scenario: { readonly id: string; readonly title: string };
  readonly seed: number;
  readonly createdAt: string;
  readonly endedAt: string | null;
  readonly hash: string;
  readonly delegations: readonly {
    readonly seat: SeatId;
    readonly students: readonly string[];
    readonly controller: 'human' | 'bot';
    readonly capital: number;
    readonly publicPosition: string;
    readonly objectives: readonly string[];
    readonly instructions: readonly string[];
  }[];
  readonly tension: number;
  readonly debris: number;
  readonly record: readonly RecordEntry[];
  readonly log: readonly StoredIntent[];
}

/** The debrief of a stored session, replayed from its log (the room need not be running). */
export function debriefFromStore(store: SessionStore, code: string): Debrief | undefined {
  const session = store.session(code);
  if (!session) return undefined;
  const scenario = scenarioFromStored(session.scenarioJson, code);
  const log = store.intents(code);
  const { state } = replay(
    scenario,
    session.seed,
    log.map((entry) => entry.intent),
  );
  return makeDebrief(session, scenario, state, log, store);
}

export function makeDebrief(
  session: StoredSession,
  scenario: Scenario,
  state: GameState,
  log: readonly StoredIntent[],
  store: SessionStore,
): Debrief {
  const members = store.members(session.code);
  return {
    format: 'paros-classroom-debrief',
    version: 1,
    code: session.code,
    scenario: { id: scenario.id, title: scenario.title },
    seed: session.seed,
    createdAt: new Date(session.createdAt).toISOString(),
    endedAt: session.endedAt === null ? null : new Date(session.endedAt).toISOString(),
    hash: hashState(state),
    delegations: SEATS.map((seat) => {
      const seatState = state.seats[seat];
      return {
        seat,
        students: members.filter((member) => member.seat === seat).map((member) => member.name),
        controller: seatState.controller,
        capital: seatState.capital,
        publicPosition: seatState.publicPosition,
        objectives: seatState.objectives.map((objective) => objective.text),
        instructions: [...seatState.instructions],
      };
    }),
    tension: state.tension,
    debris: state.debris,
    record: state.record,
    log,
  };
}

/** A page a teacher can print or keep: the delegations, then the record line by line. */
export function debriefHtml(debrief: Debrief): string {
  const delegations = debrief.delegations
    .map(
      (delegation) => `<section><h2>${escape(delegation.seat)}</h2>
<p>${escape(delegation.students.join(', ') || 'no students')} · ${delegation.controller === 'bot' ? 'led by the computer' : 'led by the students'} · capital ${delegation.capital}</p>
<p>${escape(delegation.publicPosition)}</p>
<h3>Hidden objectives</h3><ul>${delegation.objectives.map((text) => `<li>${escape(text)}</li>`).join('')}</ul>
<h3>Instructions from capital</h3><ul>${delegation.instructions.map((text) => `<li>${escape(text)}</li>`).join('') || '<li>none</li>'}</ul></section>`,
    )
    .join('\n');
  const record = debrief.record
    .map(
      (entry) =>
        `<tr><td>${escape(entry.date)}</td><td>${escape(entry.forum)}</td><td>${escape(entry.actor)}</td><td>${escape(entry.summary)}${entry.visibleTo === 'all' ? '' : ` <em>(private to ${escape(entry.visibleTo.join(', '))})</em>`}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PAROS debrief ${escape(debrief.code)}</title>
<style>body{font:15px/1.4 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}td{border-top:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}section{margin-bottom:1.5rem}</style>
</head><body>
<h1>${escape(debrief.scenario.title)}</h1>
<p>Session ${escape(debrief.code)} · begun ${escape(debrief.createdAt)}${debrief.endedAt ? ` · ended ${escape(debrief.endedAt)}` : ''} · tension ${debrief.tension} · debris ${debrief.debris} · ${debrief.log.length} moves</p>
${delegations}
<h2>Record</h2>
<table>${record}</table>
</body></html>`;
}

function escape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
