import type { DraftResolutionContext, GameView } from '../../../engine/index';
import { memberName } from '../../../engine/index';
import { stateName } from '../chamber/chamber-model';

/** A member's answer on the vote board; 'pending' while the roll call has not reached it. */
export type BoardBallot = 'yes' | 'no' | 'abstain' | 'absent' | 'pending' | 'unknown';

/** The engine's own context type, read from the view (no copy that could drift). */
export type DraftContext = DraftResolutionContext;

export interface DraftResult {
  readonly stage: 'committee' | 'plenary';
  readonly subject: string;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly absent: number;
  readonly adopted: boolean;
  readonly method: 'recorded' | 'withoutVote';
}

export interface Ballots {
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly abstain: readonly string[];
}

export interface Tally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly absent: number;
}

export interface HallSummary {
  /** The key the engine keeps the draft under (its symbol as first tabled). */
  readonly key: string;
  readonly symbol: string;
  readonly title: string;
  readonly status: string;
}

export interface HallModel {
  readonly date: string;
  readonly turnLabel: string;
  /** Where the General Assembly is: the First Committee or the plenary, or not sitting. */
  readonly sitting: 'firstCommittee' | 'plenary' | null;
  readonly drafts: readonly HallSummary[];
  readonly draft: null | {
    readonly key: string;
    readonly symbol: string;
    readonly title: string;
    readonly kind: string;
    readonly status: string;
    readonly stage: 'committee' | 'plenary';
    readonly sponsors: readonly string[];
    readonly coSponsors: readonly string[];
    readonly resolutionSymbol: string | null;
    /** What the board shows: the vote under way, or the last one taken. */
    readonly subject: string | null;
    readonly voting: boolean;
    readonly result: DraftResult | null;
    readonly tally: Tally;
    readonly members: readonly {
      readonly code: string;
      readonly name: string;
      readonly ballot: BoardBallot;
    }[];
  };
}

/** Remembers each roll call by draft and result number, for boards drawn after the vote closed. */
export class VoteMemory {
  private readonly ballots = new Map<string, Ballots>();

  /** `sync` brings the memory up to date before each recall (the replay reads its record). */
  constructor(private readonly sync: () => void = () => {}) {}

  static key(draft: string, result: number): string {
    return `${draft}#${result}`;
  }

  /** Keeps the names of every vote under way in the view. */
  rememberView(view: GameView): void {
    for (const key of view.unga.draftOrder) {
      const context = view.unga.drafts[key]?.context as DraftContext | undefined;
      if (context?.currentVote)
        this.ballots.set(VoteMemory.key(key, context.results.length), context.currentVote);
    }
  }

  remember(draft: string, result: number, ballots: Ballots): void {
    this.ballots.set(VoteMemory.key(draft, result), ballots);
  }

  recall(draft: string, result: number): Ballots | undefined {
    this.sync();
    return this.ballots.get(VoteMemory.key(draft, result));
  }
}

const ACTIVE = new Set(['committeeAction', 'plenaryAction']);

/** The draft to show: the one named, or the one under action, or the last one decided. */
export function focusDraft(view: GameView, requested?: string): string | null {
  const order = view.unga.draftOrder;
  if (requested !== undefined && order.includes(requested)) return requested;
  const contextOf = (key: string): DraftContext => view.unga.drafts[key]!.context as DraftContext;
  const voting = order.find((key) => contextOf(key).currentVote !== null);
  if (voting) return voting;
  const active = [...order]
    .reverse()
    .find((key) => ACTIVE.has(stateName(view.unga.drafts[key]!.value)));
  if (active) return active;
  // Otherwise the draft the record last spoke of (by its symbol, revised symbol or resolution).
  const keyOf = new Map<string, string>();
  for (const key of order) {
    const context = contextOf(key);
    keyOf.set(key, key);
    keyOf.set(context.symbol, key);
    if (context.resolutionSymbol) keyOf.set(context.resolutionSymbol, key);
  }
  for (let index = view.record.length - 1; index >= 0; index--) {
    const entry = view.record[index]!;
    const key = entry.forum === 'unga' && entry.symbol ? keyOf.get(entry.symbol) : undefined;
    if (key) return key;
  }
  return order.at(-1) ?? null;
}

function countOf(ballots: Ballots, voters: readonly string[]): Tally {
  const yes = ballots.yes.length;
  const no = ballots.no.length;
  const abstain = ballots.abstain.length;
  return { yes, no, abstain, absent: voters.length - yes - no - abstain };
}

/** Everything the hall draws, read from one view (and the roll calls remembered). */
export function hallModel(view: GameView, memory: VoteMemory, requested?: string): HallModel {
  const turn = view.calendar[Math.min(view.turn, view.calendar.length - 1)];
  const sitting = turn?.forum === 'unga' ? turn.stage : null;
  const drafts = view.unga.draftOrder.map((key) => {
    const snapshot = view.unga.drafts[key]!;
    const context = snapshot.context as DraftContext;
    return { key, symbol: context.symbol, title: context.title, status: stateName(snapshot.value) };
  });
  const key = focusDraft(view, requested);
  const base = { date: view.date, turnLabel: turn?.label ?? '', sitting, drafts };
  if (key === null) return { ...base, draft: null };
  const snapshot = view.unga.drafts[key]!;
  const context = snapshot.context as DraftContext;
  const result = context.results.at(-1) ?? null;
  const voting = context.currentVote !== null;
  let ballots: Ballots | undefined;
  let tally: Tally;
  if (context.currentVote) {
    ballots = context.currentVote;
    tally = countOf(ballots, context.voters);
  } else if (result) {
    ballots =
      result.method === 'recorded' ? memory.recall(key, context.results.length - 1) : undefined;
    tally = { yes: result.yes, no: result.no, abstain: result.abstain, absent: result.absent };
  } else {
    tally = { yes: 0, no: 0, abstain: 0, absent: 0 };
  }
  const lookup = new Map<string, BoardBallot>();
  if (ballots) {
    for (const code of ballots.yes) lookup.set(code, 'yes');
    for (const code of ballots.no) lookup.set(code, 'no');
    for (const code of ballots.abstain) lookup.set(code, 'abstain');
  }
  const missing: BoardBallot = voting ? 'pending' : ballots ? 'absent' : 'unknown';
  const members = context.voters.map((code) => ({
    code,
    name: safeName(code),
    ballot: lookup.get(code) ?? missing,
  }));
  return {
    ...base,
    draft: {
      key,
      symbol: context.symbol,
      title: context.title,
      kind: context.kind,
      status: stateName(snapshot.value),
      stage: context.stage,
      sponsors: context.sponsors,
      coSponsors: context.coSponsors,
      resolutionSymbol: context.resolutionSymbol,
      subject: context.currentVote?.subject ?? result?.subject ?? null,
      voting,
      result: voting ? null : result,
      tally,
      members,
    },
  };
}

export function safeName(code: string): string {
  try {
    return memberName(code);
  } catch {
    return code;
  }
}
