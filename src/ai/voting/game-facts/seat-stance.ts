/**
 * What a seat is known to want on a draft, from what is public: its sponsorship, its ballot on
 * the record, or the voting model's reading of its record (cached per question).
 */
import type { SeatId } from '../../../engine/index';
import { euMembersOn } from '../../../engine/index';
import type { Vote, VotingData } from '../types';
import { isVote } from '../types';
import type { VoteQuestion } from '../voting-model';
import { predictVotes } from '../voting-model';
import type { GameDraft, GameRecord } from './game-draft';
import { modelKindOf, sponsorsOf, yearOf } from './game-draft';

const baseline = new Map<string, Map<string, Vote>>();

/** The model's prediction without the game's facts, cached per question (it is pure). */
function baselineVotes(data: VotingData, question: VoteQuestion): Map<string, Vote> {
  const key = `${question.kind}|${question.year}|${(question.sponsors ?? []).join(',')}`;
  let votes = data === lastData ? baseline.get(key) : undefined;
  if (votes === undefined) {
    if (data !== lastData) baseline.clear();
    lastData = data;
    votes = new Map(predictVotes(data, question).map((p) => [p.state, p.vote]));
    baseline.set(key, votes);
  }
  return votes;
}
let lastData: VotingData | null = null;

/**
 * What a seat is known to want on a draft, from what is public: it sponsors it (Yes); it voted
 * on it already (its ballot on the record); otherwise its record, as the voting model reads it
 * (for the EU, the vote most of its member States are predicted to cast).
 */
export function seatStance(
  game: GameRecord,
  seat: SeatId,
  draft: GameDraft,
  data: VotingData,
  year = yearOf(game.date),
): Vote {
  const sponsors = sponsorsOf(draft);
  if (sponsors.includes(seat)) return 'yes';
  const cast = castBallot(game, seat, draft.symbol);
  if (cast !== null) return cast;
  const votes = baselineVotes(data, { kind: modelKindOf(draft, data, year), year, sponsors });
  if (seat !== 'EU') return votes.get(seat) ?? 'yes';
  const counts: Record<Vote, number> = { yes: 0, no: 0, abstain: 0 };
  for (const member of euMembersOn(`${year}-12-01`)) counts[votes.get(member) ?? 'yes'] += 1;
  return counts.no > counts.yes && counts.no >= counts.abstain
    ? 'no'
    : counts.abstain > counts.yes
      ? 'abstain'
      : 'yes';
}

/** The seat's latest ballot on the draft (any revision, any stage), if the record shows one. */
function castBallot(game: GameRecord, seat: SeatId, symbol: string | undefined): Vote | null {
  if (symbol === undefined) return null;
  const base = symbol.replace(/\/Rev\.\d+$/, '');
  for (let i = game.record.length - 1; i >= 0; i--) {
    const line = game.record[i];
    if (line?.symbol === undefined || line.symbol.replace(/\/Rev\.\d+$/, '') !== base) continue;
    const ballots = (line as { ballots?: Partial<Record<string, unknown>> }).ballots;
    const fromBallots = ballots?.[seat];
    if (typeof fromBallots === 'string' && isVote(fromBallots)) return fromBallots;
    if (line.kind === 'vote.cast' && line.actor === seat) {
      const said = /votes (yes|no|to abstain) on/.exec(line.summary)?.[1];
      if (said !== undefined) return said === 'to abstain' ? 'abstain' : (said as Vote);
    }
  }
  return null;
}
