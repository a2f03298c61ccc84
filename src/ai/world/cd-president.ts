import type { GameState, IntentInput } from '../../engine/index';
import { HOST, isSeat, memberName, presidentNow } from '../../engine/index';
import { isWestern, predictedVote, predictionsFor } from './alignment';
import type { DecisionReading, SessionReading } from './read-state';
import { decisions, documents, negotiations, session, turnOf } from './read-state';
import type { WorldMove } from './world-move';
import { afterSeats, now } from './world-move';

/**
 * The President of the Conference when no seat holds the chair (rule 9: six presidencies a year,
 * two to each part of the session, RECORD.md 3.3). Each presidency holds one formal plenary in
 * its part: it opens it, takes up the documents newly circulated, puts forward what the session
 * still lacks (agenda, rule 27; programme of work, rule 28; its implementation; a PAROS body;
 * the annual report under the last president), calls for decisions once the delegations have
 * had their say, adjourns, and hands over to the next president when its four weeks are up.
 * A seat that presides runs its own meetings; the calendar (the host) still hands its
 * presidency on when its term is over.
 */
export function presidentMoves(state: GameState): WorldMove[] {
  const turn = turnOf(state);
  if (turn.forum !== 'cd') return [];
  const cd = session(state);
  if (cd.top !== `part${turn.part}`) return [];
  const president = presidentNow(state);
  if (president === null) return [];
  const held = heldPlenary(state, president);
  const lastSlot = 2 * (turn.part - 1) + 1;
  if (isSeat(president)) {
    return !cd.inPlenary && cd.presidencyIndex < lastSlot
      ? [
          afterSeats(
            { type: 'presidency.rotated', actor: HOST },
            `${memberName(president)}'s four weeks in the chair are over (rule 9)`,
          ),
        ]
      : [];
  }
  if (!cd.inPlenary) {
    if (!held)
      return [
        now(
          { type: 'plenary.convened', actor: president },
          `${memberName(president)} opens the plenary meeting of its presidency`,
        ),
      ];
    return cd.presidencyIndex < lastSlot
      ? [
          afterSeats(
            { type: 'presidency.rotated', actor: president },
            `${memberName(president)} hands over the presidency after its four weeks (rule 9)`,
          ),
        ]
      : [];
  }
  return [
    ...considerations(state, president),
    ...proposals(state, cd, president, turn.part),
    ...calls(state, president),
    ...negotiationSteps(state, president),
    afterSeats(
      { type: 'plenary.adjourned', actor: president },
      `${memberName(president)} closes the meeting: the delegations have had their say`,
    ),
  ];
}

/** Whether this president has opened a plenary in the current turn. */
function heldPlenary(state: GameState, president: string): boolean {
  for (let i = state.record.length - 1; i >= 0; i--) {
    const line = state.record[i];
    if (!line || line.turn !== state.turn) break;
    if (line.kind === 'plenary.convened' && line.actor === president) return true;
  }
  return false;
}

/** Documents circulated but not yet taken up: the President puts them before the Conference. */
function considerations(state: GameState, president: string): WorldMove[] {
  return documents(state)
    .filter(
      (doc) =>
        doc.status === 'submitted' &&
        doc.symbol !== null &&
        (doc.kind === 'draftTreaty' || doc.kind === 'workingPaper'),
    )
    .map((doc) =>
      now(
        { type: 'consideration.opened', actor: president, document: doc.id },
        `${memberName(president)} puts ${doc.symbol} before the Conference`,
      ),
    );
}

function proposedThisYear(
  list: readonly DecisionReading[],
  year: number,
  subject: string,
  by?: string,
): DecisionReading[] {
  return list.filter(
    (d) =>
      d.id.startsWith(`CD-D/${year}/`) &&
      d.subject === subject &&
      (by === undefined || d.proposedBy === by),
  );
}

/**
 * What the session still lacks, in the order the rules require it; each president tries each
 * item once (a block under one presidency is taken up again by the next, as the record shows
 * year after year).
 */
function proposals(
  state: GameState,
  cd: SessionReading,
  president: string,
  part: number,
): WorldMove[] {
  const all = decisions(state);
  const open = (subject: string) =>
    all.some((d) => d.subject === subject && d.status === 'consultations');
  const tried = (subject: string) => proposedThisYear(all, cd.year, subject, president).length > 0;
  const due = (subject: string) => !open(subject) && !tried(subject);
  const name = memberName(president);
  const moves: WorldMove[] = [];
  const propose = (intent: IntentInput, why: string) => moves.push(now(intent, why));
  if (!cd.agendaAdopted) {
    if (due('agenda'))
      propose(
        { type: 'decision.proposed', actor: president, subject: 'agenda' },
        `${name} proposes the agenda of the session (rule 27)`,
      );
    return moves;
  }
  if (cd.programmeOfWork === null) {
    if (due('programmeOfWork'))
      propose(
        { type: 'decision.proposed', actor: president, subject: 'programmeOfWork' },
        `${name} proposes a programme of work on the basis of the agenda (rule 28)`,
      );
  } else {
    if (!cd.programmeOfWork.implemented && due('implementation'))
      propose(
        { type: 'decision.proposed', actor: president, subject: 'implementation' },
        `${name} proposes the decision implementing the programme of work (timetable, chairs)`,
      );
    const parosBody = cd.subsidiaryBodies.some((body) => body.agendaItem === 3);
    if (!parosBody && due('subsidiaryBody')) propose(...parosBodyProposal(state, cd, president));
  }
  if (part === 3 && cd.presidencyIndex === 5 && !cd.reportAdopted && due('annualReport'))
    propose(
      { type: 'decision.proposed', actor: president, subject: 'annualReport' },
      `${name}, the last president of the year, presents the annual report to the General Assembly`,
    );
  return moves;
}

/**
 * A PAROS body under the programme of work. A president whose own record supports a binding
 * instrument proposes to negotiate, on the latest draft treaty on the table; a Western
 * president, or any president once a negotiating mandate has been blocked this year, proposes
 * substantive discussion — the formula of CD/1864, adopted in 2009 (RECORD.md 3.6).
 */
function parosBodyProposal(
  state: GameState,
  cd: SessionReading,
  president: string,
): [IntentInput, string] {
  const basis = latestDraftTreaty(state);
  const blocked = proposedThisYear(decisions(state), cd.year, 'subsidiaryBody').some(
    (d) => d.status === 'blocked' && d.body?.mandate === 'negotiate',
  );
  const wantsTreaty =
    !isWestern(president, cd.year) &&
    predictedVote(predictionsFor(state, { kind: 'FPM', sponsors: [] }, cd.year), president) ===
      'yes';
  const name = memberName(president);
  if (wantsTreaty && !blocked && basis !== undefined) {
    return [
      {
        type: 'decision.proposed',
        actor: president,
        subject: 'subsidiaryBody',
        body: { id: 'paros', agendaItem: 3, mandate: 'negotiate', basis },
      },
      `${name} proposes a working group to negotiate on ${basis} (its record supports a binding instrument)`,
    ];
  }
  return [
    {
      type: 'decision.proposed',
      actor: president,
      subject: 'subsidiaryBody',
      body: { id: 'paros', agendaItem: 3, mandate: 'discuss' },
    },
    blocked
      ? `${name} proposes substantive discussions on PAROS after a negotiating mandate was blocked`
      : `${name} proposes a working group for substantive discussions on PAROS, as in CD/1864`,
  ];
}

/** The latest draft treaty circulated and still open, by symbol. */
function latestDraftTreaty(state: GameState): string | undefined {
  let latest: string | undefined;
  for (const doc of documents(state)) {
    if (doc.kind === 'draftTreaty' && doc.symbol !== null && doc.outcome === null)
      latest = doc.symbol;
  }
  return latest;
}

/** Every proposal still open is put to a decision once the delegations have had their say. */
function calls(state: GameState, president: string): WorldMove[] {
  return decisions(state)
    .filter((d) => d.status === 'consultations')
    .map((d) =>
      afterSeats(
        { type: 'decision.called', actor: president, decision: d.id },
        `${memberName(president)} calls for a decision on ${d.id}${d.objections.length > 0 ? ' (objections stand)' : ''}`,
      ),
    );
}

/**
 * A subsidiary body negotiating a text: the President settles the amendments (unopposed ones go
 * in, contested ones are bracketed), puts a text free of brackets to adoption, calls for the
 * decision, and after a deadlock of an earlier turn lets negotiations resume.
 */
function negotiationSteps(state: GameState, president: string): WorldMove[] {
  const moves: WorldMove[] = [];
  const name = memberName(president);
  for (const negotiation of negotiations(state)) {
    const body = negotiation.body;
    if (negotiation.status === 'negotiating') {
      for (const amendment of negotiation.openAmendments)
        moves.push(
          afterSeats(
            { type: 'amendment.settled', actor: president, body, amendment },
            `${name} settles amendment ${amendment}`,
          ),
        );
      if (negotiation.openAmendments.length === 0)
        moves.push(
          afterSeats(
            { type: 'textAdoption.called', actor: president, body },
            `${name} puts the text of ${body}, free of brackets, to adoption`,
          ),
        );
    }
    if (negotiation.status === 'adoptionRound')
      moves.push(
        afterSeats(
          { type: 'textDecision.called', actor: president, body },
          `${name} calls for a decision on the text of ${body}`,
        ),
      );
    if (negotiation.status === 'deadlocked' && !deadlockedThisTurn(state, body))
      moves.push(
        now(
          { type: 'negotiation.resumed', actor: president, body },
          `${name} resumes the negotiations of ${body} after last turn's deadlock`,
        ),
      );
  }
  return moves;
}

function deadlockedThisTurn(state: GameState, body: string): boolean {
  return state.record.some(
    (line) =>
      line.turn === state.turn &&
      line.kind === 'text.blocked' &&
      ((line as { ref?: string }).ref ?? body) === body,
  );
}
