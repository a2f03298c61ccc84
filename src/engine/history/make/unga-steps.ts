import type { DraftResolutionContext } from '../../procedures/unga/draft-resolution.machine';
import type { RecordEntry } from '../../state/game-state';
import type {
  Ballot,
  ResolutionFact,
  RollFact,
  Sourced,
  StageFact,
  TurnRef,
} from './history-facts';
import { PARAGRAPHS, TITLES } from './history-facts';
import { fail, TALLIES_CSV } from './host';
import type { Roll, Totals, VoteData } from './roll-calls';
import { CHOICES, datasetRoll, findings, rebuildRoll, rollChanges, showTotals } from './roll-calls';
import type { LogBuilder } from './log-builder';
import { weakest } from './log-builder';
import type { Placement } from './timeline';
import { place } from './timeline';

// ---------------------------------------------------------------------------------------------
// The General Assembly
// ---------------------------------------------------------------------------------------------

export interface TallyLine {
  readonly what: string;
  readonly engine: Totals;
  readonly record: string;
  readonly equal: boolean;
}
export const tallyLines: TallyLine[] = [];

/** What the generator learns of a draft as it goes: its symbol, its roll calls. */
export interface DraftTrack {
  readonly fact: ResolutionFact;
  symbol: string | null;
  resolution: string | null;
  plenaryRoll: Roll | null;
  committeeRoll: Roll | null;
}

/** The latest roll call of the log on the whole text of each kind (for the rolls of 2019 on). */
export const latestRolls = new Map<string, Roll>();

export const WESTERN_KINDS: readonly string[] = ['NORMS', 'DAASAT'];

/** A stage roll call of 2019 on: rebuilt from the latest roll of the kind, or the other stage's. */
export function laterRoll(
  builder: LogBuilder,
  votes: VoteData,
  track: DraftTrack,
  stage: 'committee' | 'plenary',
): Roll | null {
  const { fact } = track;
  const decision = (stage === 'committee' ? fact.committee : fact.plenary).decision;
  if (decision.method !== 'recorded') return null;
  const roll = decision.roll;
  if (roll.from === 'otherStage') {
    const other = stage === 'committee' ? 'plenary' : 'committee';
    const from =
      (other === 'committee' ? track.committeeRoll : track.plenaryRoll) ??
      laterRoll(builder, votes, track, other) ??
      fail(`${label(fact)} ${stage}: no ${other} roll call to reuse`);
    const copy: Roll = new Map(from);
    const changes = rollChanges.get(from);
    if (changes)
      rollChanges.set(
        copy,
        `The ${other === 'committee' ? 'committee' : 'plenary'} roll call it reuses: ${changes}`,
      );
    return copy;
  }
  if (roll.from !== 'rebuilt') return null;
  const cached = stage === 'committee' ? track.committeeRoll : track.plenaryRoll;
  if (cached) return cached;
  const electorate = draftContext(builder, track.symbol ?? fail('not tabled')).voters;
  if (electorate.length !== 193)
    fail(`${label(fact)}: an electorate of ${electorate.length}, not 193`);
  const baseKind = roll.baseKinds.find((kind) => latestRolls.has(kind));
  const base =
    (baseKind === undefined ? undefined : latestRolls.get(baseKind)) ??
    fail(`${label(fact)} ${stage}: no roll call of ${roll.baseKinds.join(' or ')} yet`);
  const { tally } = roll;
  const rebuilt = rebuildRoll(votes, {
    base,
    electorate,
    named: roll.named,
    target: { ...tally, absent: electorate.length - tally.yes - tally.no - tally.abstain },
    kind: fact.kind === 'FPM' ? 'NFP' : fact.kind,
    year: fact.year,
    date:
      (stage === 'committee' ? fact.committee : fact.plenary).day?.date ??
      `${fact.year}-${stage === 'committee' ? '10-15' : '12-01'}`,
    label: `${label(fact)} ${stage}`,
    western: WESTERN_KINDS.includes(fact.kind),
  });
  if (stage === 'committee') track.committeeRoll = rebuilt;
  else track.plenaryRoll = rebuilt;
  return rebuilt;
}

export function draftContext(builder: LogBuilder, symbol: string): DraftResolutionContext {
  const snapshot = builder.state.unga.drafts[symbol] ?? fail(`no draft ${symbol}`);
  return snapshot.context as DraftResolutionContext;
}

export function lNumber(symbol: string | undefined): number {
  const match = symbol === undefined ? null : /\/L\.(\d+)$/.exec(symbol);
  return match ? Number(match[1]) : 0;
}

export function resNumber(symbol: string | undefined): number {
  const match = symbol === undefined ? null : /^A\/RES\/\d+\/(\d+)$/.exec(symbol);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

export function label(fact: ResolutionFact): string {
  return `${fact.year} ${fact.kind}`;
}

/** The plenary roll call of a draft, from the dataset or rebuilt from the totals. */
export function plenaryRollOf(
  builder: LogBuilder,
  votes: VoteData,
  track: DraftTrack,
): Roll | null {
  if (track.plenaryRoll) return track.plenaryRoll;
  const later = laterRoll(builder, votes, track, 'plenary');
  if (later) return (track.plenaryRoll = later);
  const { fact } = track;
  const decision = fact.plenary.decision;
  if (decision.method !== 'recorded') return null;
  const electorate = draftContext(builder, track.symbol ?? fail('not tabled')).voters;
  const roll = decision.roll;
  if (roll.from === 'dataset') {
    track.plenaryRoll = datasetRoll(votes, roll.rcid, electorate);
  } else if (roll.from === 'totals') {
    const file = votes.tallies.get(roll.symbol) ?? fail(`no totals for ${roll.symbol}`);
    const target = { ...file, yes: file.yes + (roll.correction?.yes ?? 0) };
    if (roll.correction) {
      findings.push(
        `${roll.symbol}: ${TALLIES_CSV} gives ${showTotals(file)}; the roll call uses the source’s totals ${showTotals(target)} (${roll.correction.note})`,
      );
    }
    const baseRows = votes.rolls.get(roll.baseRcid) ?? fail(`no roll call ${roll.baseRcid}`);
    track.plenaryRoll = rebuildRoll(votes, {
      base: new Map(baseRows),
      electorate,
      named: roll.named,
      target,
      kind: fact.kind === 'FPM' ? 'NFP' : fact.kind,
      year: fact.year,
      date: fact.plenary.day?.date ?? `${fact.year}-12-01`,
      label: `${label(fact)} plenary`,
    });
  } else {
    fail(`${label(fact)}: a plenary roll call comes from the dataset or the totals`);
  }
  return track.plenaryRoll;
}

export function committeeRollOf(
  builder: LogBuilder,
  votes: VoteData,
  track: DraftTrack,
  roll: RollFact,
): Roll {
  const { fact } = track;
  const later = laterRoll(builder, votes, track, 'committee');
  if (later) return (track.committeeRoll = later);
  const plenary =
    plenaryRollOf(builder, votes, track) ??
    fail(`${label(fact)}: no plenary roll call to build the committee's on`);
  if (roll.from === 'plenaryRoll') return new Map(plenary);
  if (roll.from !== 'committeeTally') fail(`${label(fact)}: unexpected committee roll`);
  const electorate = draftContext(builder, track.symbol ?? fail('not tabled')).voters;
  const { tally } = roll;
  return rebuildRoll(votes, {
    base: plenary,
    electorate,
    named: roll.named,
    target: { ...tally, absent: electorate.length - tally.yes - tally.no - tally.abstain },
    kind: fact.kind === 'FPM' ? 'NFP' : fact.kind,
    year: fact.year,
    date: fact.committee.day?.date ?? `${fact.year}-10-15`,
    label: `${label(fact)} committee`,
  });
}

export function recordTally(
  track: DraftTrack,
  stage: 'committee' | 'plenary',
  events: readonly RecordEntry[],
  votes: VoteData,
): void {
  const recorded = events.find((event) => event.kind === 'vote.recorded')?.tally;
  if (!recorded) fail(`${label(track.fact)} ${stage}: no vote recorded`);
  const decision = (stage === 'committee' ? track.fact.committee : track.fact.plenary).decision;
  if (decision.method !== 'recorded') return;
  const roll = decision.roll;
  let record: string;
  let expected: Totals | null = null;
  if (roll.from === 'dataset') {
    const line = votes.rollcalls.get(roll.rcid);
    expected = line ?? null;
    record = line ? `dataset rcid ${roll.rcid}: ${showTotals(line)}` : `rcid ${roll.rcid}: ?`;
  } else if (roll.from === 'totals') {
    const file = votes.tallies.get(roll.symbol);
    expected = file ? { ...file, yes: file.yes + (roll.correction?.yes ?? 0) } : null;
    record = file
      ? `plenary_tallies: ${showTotals(file)}${roll.correction ? ` (source’s totals: ${roll.correction.yes > 0 ? '+' : ''}${roll.correction.yes} yes)` : ''}`
      : '?';
  } else if (roll.from === 'committeeTally') {
    const { tally } = roll;
    const absent = recorded.yes + recorded.no + recorded.abstain + recorded.absent;
    expected = { ...tally, absent: absent - tally.yes - tally.no - tally.abstain };
    record = `RECORD.md 5: ${tally.yes}–${tally.no}–${tally.abstain}`;
  } else if (roll.from === 'rebuilt') {
    const { tally } = roll;
    const all = recorded.yes + recorded.no + recorded.abstain + recorded.absent;
    expected = { ...tally, absent: all - tally.yes - tally.no - tally.abstain };
    record = `RECORD.md 5: ${tally.yes}–${tally.no}–${tally.abstain}`;
  } else if (roll.from === 'otherStage') {
    record = `no ${stage} tally in the record (the other stage’s roll call is used)`;
  } else {
    record = 'no committee tally in the record (the plenary roll call is used)';
  }
  const wanted = expected;
  const equal = wanted === null || CHOICES.every((choice) => wanted[choice] === recorded[choice]);
  if (!equal)
    findings.push(`${label(track.fact)} ${stage}: engine ${showTotals(recorded)}, ${record}`);
  tallyLines.push({
    what: `${(stage === 'committee' ? track.symbol : track.resolution) ?? '?'} ${track.fact.kind} ${stage}`,
    engine: recorded,
    record,
    equal,
  });
}

export function placeResolution(placement: Placement, votes: VoteData, fact: ResolutionFact): void {
  const track: DraftTrack = {
    fact,
    symbol: null,
    resolution: null,
    plenaryRoll: null,
    committeeRoll: null,
  };
  const committeeTurn: TurnRef = { year: fact.year, forum: 'firstCommittee' };
  const plenaryTurn: TurnRef = { year: fact.year, forum: 'plenary' };
  place(
    placement,
    null,
    committeeTurn,
    1,
    lNumber(fact.draftSymbol?.symbol),
    `${label(fact)} draft tabled`,
    (builder) => runTabling(builder, track),
  );
  place(
    placement,
    fact.committee.day ?? null,
    committeeTurn,
    2,
    resNumber(fact.resolution.symbol),
    `${label(fact)} First Committee action`,
    (builder) => runStage(builder, votes, track, 'committee'),
  );
  place(
    placement,
    fact.plenary.day ?? null,
    plenaryTurn,
    3,
    resNumber(fact.resolution.symbol),
    `${label(fact)} plenary action on ${fact.resolution.symbol ?? 'the draft'}`,
    (builder) => runStage(builder, votes, track, 'plenary'),
  );
}

export function withChanges(fact: Sourced, changes: string | undefined): Sourced {
  if (changes === undefined) return fact;
  return { ...fact, note: fact.note ? `${fact.note} ${changes}` : changes };
}

export function runTabling(builder: LogBuilder, track: DraftTrack): void {
  const { fact } = track;
  const numbered: Sourced | undefined = fact.draftSymbol
    ? undefined
    : {
        confidence: 'reconstructed',
        source: 'RECORD.md 4.2',
        note: 'The record gives no draft symbol for this text this year: the engine numbers it.',
      };
  const events = builder.emit(
    {
      type: 'draft.tabled',
      actor: fact.sponsor.actor,
      kind: fact.kind,
      title: TITLES[fact.kind],
      paragraphs: [...(fact.paragraphs ?? PARAGRAPHS[fact.kind])],
      coSponsors: [...fact.sponsor.with],
      ...(fact.draftSymbol ? { symbol: fact.draftSymbol.symbol } : {}),
    },
    weakest(fact.sponsor, fact.draftSymbol, numbered, {
      confidence: 'verified',
      source: 'RECORD.md 5',
      note: 'The paragraphs give the gist of the text in our own words, not its wording.',
    }),
  );
  track.symbol =
    events.find((event) => event.kind === 'draft.tabled')?.symbol ?? fail('no draft symbol');
  if (fact.draftSymbol && track.symbol !== fact.draftSymbol.symbol) {
    fail(`${label(fact)}: tabled as ${track.symbol}, not ${fact.draftSymbol.symbol}`);
  }
  builder.emit(
    { type: 'draft.introduced', actor: fact.sponsor.actor, draft: track.symbol },
    {
      confidence: 'reconstructed',
      source: 'RECORD.md 4.1 (all drafts are introduced in the thematic debate)',
      note: 'Who introduced the draft is not recorded: its main sponsor is shown introducing it.',
    },
  );
  for (const actor of fact.joining?.actors ?? []) {
    builder.emit(
      { type: 'coSponsor.added', actor, draft: track.symbol },
      fact.joining ?? fail('joining'),
    );
  }
}

export function runStage(
  builder: LogBuilder,
  votes: VoteData,
  track: DraftTrack,
  stage: 'committee' | 'plenary',
): void {
  const { fact } = track;
  const stageFact: StageFact = stage === 'committee' ? fact.committee : fact.plenary;
  const draft = track.symbol ?? fail(`${label(fact)}: not tabled`);
  if (stageFact.day) builder.advanceTo(stageFact.day);
  if (stage === 'committee') {
    builder.emit({ type: 'action.opened', actor: 'chair', draft }, stageFact.outcome);
  } else {
    builder.emit(
      {
        type: 'plenary.opened',
        actor: 'chair',
        draft,
        ...(fact.resolution.symbol ? { resolution: fact.resolution.symbol } : {}),
      },
      weakest(fact.resolution, stageFact.outcome),
    );
    track.resolution = draftContext(builder, draft).resolutionSymbol;
  }
  const decision = stageFact.decision;
  let events: readonly RecordEntry[];
  if (decision.method === 'withoutVote') {
    events = builder.emit({ type: 'adoption.withoutVote', actor: 'chair', draft }, decision);
  } else {
    const roll =
      stage === 'committee'
        ? committeeRollOf(builder, votes, track, decision.roll)
        : (plenaryRollOf(builder, votes, track) ?? fail('no roll'));
    const separate = stageFact.paragraphVote;
    if (separate) {
      builder.emit(
        {
          type: 'paragraphVote.requested',
          actor: separate.requester,
          draft,
          paragraph: separate.paragraph,
        },
        separate.request,
      );
    }
    builder.emit(
      { type: 'vote.requested', actor: fact.sponsor.actor, draft },
      {
        confidence: 'reconstructed',
        source: 'RECORD.md 4.3 (rule 127: any member may request a recorded vote)',
        note: 'Who requested the recorded vote is never in the record: the main sponsor stands in.',
      },
    );
    builder.emit({ type: 'voting.opened', actor: 'chair', draft }, decision.vote);
    const of = (choice: Ballot, from: Roll = roll): string[] =>
      [...from.entries()]
        .filter(([, vote]) => vote === choice)
        .map(([code]) => code)
        .sort();
    if (separate) {
      const electorate = draftContext(builder, draft).voters;
      const { tally } = separate;
      const target = { ...tally, absent: electorate.length - tally.yes - tally.no - tally.abstain };
      const part = rebuildRoll(votes, {
        base: roll,
        electorate,
        named: separate.named,
        target,
        kind: fact.kind,
        year: fact.year,
        date: stageFact.day?.date ?? builder.state.date,
        label: `${label(fact)} ${stage} ${separate.paragraph}`,
        western: WESTERN_KINDS.includes(fact.kind),
      });
      builder.emit(
        {
          type: 'rollCall.recorded',
          actor: 'chair',
          draft,
          yes: of('yes', part),
          no: of('no', part),
          abstain: of('abstain', part),
        },
        withChanges(separate.roll, rollChanges.get(part)),
      );
      const closedPart = builder.emit(
        { type: 'voting.closed', actor: 'chair', draft },
        separate.vote,
      );
      const got = closedPart.find((event) => event.kind === 'vote.recorded')?.tally;
      if (!got) fail(`${label(fact)} ${separate.paragraph}: no vote recorded`);
      const equal = CHOICES.every((choice) => got[choice] === target[choice]);
      if (!equal) findings.push(`${label(fact)} ${separate.paragraph}: engine ${showTotals(got)}`);
      tallyLines.push({
        what: `${draft} ${fact.kind} ${stage} ${separate.paragraph}`,
        engine: got,
        record: `RECORD.md 4.3: ${tally.yes}–${tally.no}–${tally.abstain}`,
        equal,
      });
    }
    builder.emit(
      {
        type: 'rollCall.recorded',
        actor: 'chair',
        draft,
        yes: of('yes'),
        no: of('no'),
        abstain: of('abstain'),
      },
      withChanges(decision.roll, rollChanges.get(roll)),
    );
    events = builder.emit({ type: 'voting.closed', actor: 'chair', draft }, decision.vote);
    recordTally(track, stage, events, votes);
    latestRolls.set(fact.kind, roll);
  }
  const closed = builder.emit({ type: 'stage.closed', actor: 'chair', draft }, stageFact.outcome);
  if (stage === 'plenary') {
    const adopted = closed.find((event) => event.kind === 'resolution.adopted');
    track.resolution = adopted?.symbol ?? fail(`${label(fact)}: not adopted in plenary`);
    if (fact.resolution.symbol && track.resolution !== fact.resolution.symbol) {
      fail(`${label(fact)}: adopted as ${track.resolution}, not ${fact.resolution.symbol}`);
    }
  } else if (!closed.some((event) => event.kind === 'stage.closed')) {
    fail(`${label(fact)}: committee stage did not close`);
  }
  if (events.length === 0) fail(`${label(fact)} ${stage}: nothing decided`);
}
