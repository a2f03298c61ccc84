import type { IntentInput, SeatId } from '../../engine/index';
import { HOST, SEATS } from '../../engine/index';
import type { Proposal, Refusal, SeatStatus, VisibleMove } from '../protocol/classroom-protocol';
import type { SessionSettings } from '../protocol/classroom-protocol';
import type { SessionStore } from '../store/session-store';
import type { ComputerWorld } from '../world/computer-world';
import { Roster } from './roster';
import type { SessionGame } from './session-game';
import type { ClockSnapshot, Timers } from './turn-clock';
import { TurnClock } from './turn-clock';

/** What the session tells the room so that it can tell the clients. */
export interface SessionListener {
  gameChanged(move: VisibleMove): void;
  roomChanged(): void;
  proposalsChanged(): void;
}

type SeatProposal = Proposal & { readonly seat: SeatId };

interface SavedRoomState {
  readonly speakers: Record<string, string>;
  readonly ready: readonly SeatId[];
  readonly clock: ClockSnapshot;
  readonly proposals: readonly SeatProposal[];
}

/** How often the running turn clock is saved, so a restart loses at most this much of it. */
const CLOCK_SAVE_MS = 10_000;

/** At most this many computer moves in one turn: a runaway director cannot hang the room. */
const MAX_COMPUTER_MOVES_PER_TURN = 2000;

/**
 * A classroom session apart from the network: the game and its log, who sits where, the
 * speakers, the proposals, the ready flags, the turn clock and the computer's moves. Every
 * method that may be refused answers with a `Refusal` (or undefined when done).
 */
export class ClassroomSession {
  readonly roster = new Roster();
  readonly clock: TurnClock;
  private readonly ready = new Set<SeatId>();
  private readonly proposals = new Map<string, SeatProposal>();
  private proposalCount = 0;
  private ended: boolean;
  private computerTimer: { clear(): void } | null = null;
  private computerMovesThisTurn = 0;
  private lastTurn: number;

  constructor(
    readonly game: SessionGame,
    private readonly store: SessionStore,
    readonly settings: SessionSettings,
    private readonly world: ComputerWorld,
    private readonly timers: Timers,
    private readonly computerDelayMs: number,
    private readonly listener: SessionListener,
    endedAt: number | null,
  ) {
    this.ended = endedAt !== null || game.state.phase === 'ended';
    this.lastTurn = game.state.turn;
    const turnMs = settings.turnSeconds === null ? null : settings.turnSeconds * 1000;
    this.clock = new TurnClock(timers, turnMs, () => this.endTurn('clock'));
  }

  get code(): string {
    return this.game.code;
  }

  isEnded(): boolean {
    return this.ended;
  }

  /** A new session: bots take the seats the teacher gave them, and the first turn's clock runs. */
  begin(): void {
    for (const seat of this.settings.botSeats) {
      if (this.game.state.seats[seat].controller !== 'bot') {
        this.commitHost({ type: 'seat.controlled', actor: HOST, seat, controller: 'bot' });
      }
    }
    this.clock.startTurn();
    this.save();
    this.saveClockRegularly();
    this.scheduleComputer();
  }

  /** After a restart: members, speakers, flags and clock as they were saved. */
  restore(saved: string | null, graceMs: number): void {
    for (const member of this.store.members(this.code)) this.roster.add(member);
    if (this.ended) return;
    const state = saved === null ? null : (JSON.parse(saved) as SavedRoomState);
    if (state) {
      this.roster.restoreSpeakers(state.speakers);
      for (const seat of state.ready) this.ready.add(seat);
      for (const proposal of state.proposals) this.proposals.set(proposal.id, proposal);
      this.proposalCount = state.proposals.length;
      this.clock.restore(state.clock, graceMs);
    } else {
      this.clock.startTurn();
    }
    this.timers.setTimeout(() => {
      this.roster.passAbsentSpeakers();
      this.listener.roomChanged();
    }, graceMs);
    this.saveClockRegularly();
    this.scheduleComputer();
  }

  seatStatus(): Record<SeatId, SeatStatus> {
    const state = this.game.state;
    return Object.fromEntries(
      SEATS.map((seat) => [
        seat,
        { controller: state.seats[seat].controller, ready: this.ready.has(seat) },
      ]),
    ) as Record<SeatId, SeatStatus>;
  }

  humanSeats(): SeatId[] {
    return SEATS.filter((seat) => this.game.state.seats[seat].controller === 'human');
  }

  /** Open proposals of one seat, or of every seat for the host. */
  proposalsFor(seat: SeatId | 'host'): SeatProposal[] {
    return [...this.proposals.values()].filter((p) => seat === 'host' || p.seat === seat);
  }

  /** The speaker sends an intent for the delegation. */
  sendIntent(member: string, intent: unknown): Refusal | undefined {
    const seat = this.roster.seatOf(member);
    if (seat === undefined) return refusal('unknown-delegate', 'you are not in this session');
    const refused = this.mayAct(seat, intent);
    if (refused) return refused;
    if (!this.roster.isSpeaker(member)) {
      return refusal(
        'not-the-speaker',
        `intent: only the speaker of ${seat} sends intents; propose it instead`,
      );
    }
    return this.commitSeat(intent, member);
  }

  propose(member: string, intent: unknown, note: string | undefined): Refusal | undefined {
    const seat = this.roster.seatOf(member);
    if (seat === undefined) return refusal('unknown-delegate', 'you are not in this session');
    const refused = this.mayAct(seat, intent);
    if (refused) return refused;
    const checked = this.game.check(intent);
    if (!checked.ok) return checked.error;
    const id = `p${++this.proposalCount}`;
    const proposal: SeatProposal = {
      id,
      seat,
      by: member,
      name: this.roster.nameOf(member),
      intent: intent as IntentInput,
      ...(note === undefined ? {} : { note }),
    };
    this.proposals.set(id, proposal);
    this.save();
    this.listener.proposalsChanged();
    return undefined;
  }

  /** The speaker sends a delegate's proposal as it stands. */
  sendProposal(member: string, id: string): Refusal | undefined {
    const proposal = this.proposals.get(id);
    if (!proposal || proposal.seat !== this.roster.seatOf(member)) {
      return refusal('unknown-proposal', `proposal.send: there is no open proposal "${id}"`);
    }
    const refused = this.sendIntent(member, proposal.intent);
    if (refused) return refused;
    this.proposals.delete(id);
    this.save();
    this.listener.proposalsChanged();
    return undefined;
  }

  dismissProposal(member: string, id: string): Refusal | undefined {
    const proposal = this.proposals.get(id);
    const seat = this.roster.seatOf(member);
    if (!proposal || proposal.seat !== seat) {
      return refusal('unknown-proposal', `proposal.dismiss: there is no open proposal "${id}"`);
    }
    if (!this.roster.isSpeaker(member) && proposal.by !== member) {
      return refusal('not-the-speaker', 'proposal.dismiss: only the speaker or its author may');
    }
    this.proposals.delete(id);
    this.save();
    this.listener.proposalsChanged();
    return undefined;
  }

  handOver(member: string, to: string): Refusal | undefined {
    if (!this.roster.isSpeaker(member)) {
      return refusal('not-the-speaker', 'speaker.handOver: only the speaker hands the floor on');
    }
    if (this.roster.seatOf(to) !== this.roster.seatOf(member)) {
      return refusal('unknown-delegate', `speaker.handOver: ${to} is not in your delegation`);
    }
    this.roster.setSpeaker(to);
    this.save();
    this.listener.roomChanged();
    return undefined;
  }

  setReady(member: string, ready: boolean): Refusal | undefined {
    const seat = this.roster.seatOf(member);
    if (seat === undefined) return refusal('unknown-delegate', 'you are not in this session');
    if (this.ended) return refusal('session-ended', 'ready: the session is over');
    if (!this.roster.isSpeaker(member)) {
      return refusal('not-the-speaker', 'ready: the speaker says when the delegation is done');
    }
    if (ready) this.ready.add(seat);
    else this.ready.delete(seat);
    this.save();
    this.listener.roomChanged();
    const waiting = this.humanSeats().filter(
      (human) => this.roster.occupiedSeats().includes(human) && !this.ready.has(human),
    );
    if (ready && waiting.length === 0 && !this.clock.isPaused()) this.endTurn('ready');
    return undefined;
  }

  // The teacher's console.

  pause(): void {
    this.clock.pause();
    this.save();
    this.listener.roomChanged();
  }

  resume(): void {
    this.clock.resume();
    this.save();
    this.listener.roomChanged();
    this.scheduleComputer();
  }

  extend(seconds: number): void {
    this.clock.extend(seconds * 1000);
    this.save();
    this.listener.roomChanged();
  }

  moveMember(member: string, seat: SeatId): Refusal | undefined {
    if (!this.roster.has(member))
      return refusal('unknown-delegate', `host.move: no member ${member}`);
    this.roster.move(member, seat);
    for (const [id, proposal] of this.proposals) {
      if (proposal.by === member) this.proposals.delete(id);
    }
    this.store.moveMember(this.code, member, seat);
    this.save();
    this.listener.roomChanged();
    this.listener.proposalsChanged();
    return undefined;
  }

  setSpeaker(member: string): Refusal | undefined {
    if (!this.roster.has(member)) {
      return refusal('unknown-delegate', `host.speaker: no member ${member}`);
    }
    this.roster.setSpeaker(member);
    this.save();
    this.listener.roomChanged();
    return undefined;
  }

  /** Any intent the host makes (seat.controlled, instruction.sent, date.advanced). */
  hostIntent(intent: IntentInput): Refusal | undefined {
    if (this.ended) return refusal('session-ended', `${intent.type}: the session is over`);
    const result = this.commitHost(intent);
    return result;
  }

  fireEvent(eventId: string): Refusal | undefined {
    const state = this.game.state;
    const event = state.events.find((candidate) => candidate.id === eventId);
    if (!event)
      return refusal('unknown-event', `host.event: the scenario has no event "${eventId}"`);
    if (state.firedEvents.includes(eventId)) {
      return refusal('unknown-event', `host.event: "${event.title}" has already happened`);
    }
    const date = event.date > state.date ? event.date : state.date;
    return this.hostIntent({ type: 'date.advanced', actor: HOST, date });
  }

  /** Ends the turn: the computer closes it, then the calendar moves on. */
  endTurn(reason: 'host' | 'clock' | 'ready'): Refusal | undefined {
    if (this.ended) return refusal('session-ended', 'turn.ended: the session is over');
    const turn = this.game.state.turn;
    let last: VisibleMove | undefined;
    for (const move of this.world.finishTurn(this.game.state)) {
      const result = this.game.commit(move, 'world', this.timers.now());
      if (result.ok) last = { intent: result.intent, by: 'world' };
    }
    if (this.game.state.turn === turn && this.game.state.phase === 'playing') {
      const result = this.game.commit(
        { type: 'turn.ended', actor: HOST },
        reason,
        this.timers.now(),
      );
      if (!result.ok) return result.error;
      last = { intent: result.intent, by: 'host' };
    }
    if (last) this.changed(last);
    return undefined;
  }

  endGame(): void {
    if (this.ended) return;
    this.ended = true;
    this.clock.stop();
    this.computerTimer?.clear();
    this.store.endSession(this.code, this.timers.now());
    this.save();
    this.listener.roomChanged();
  }

  dispose(): void {
    this.computerTimer?.clear();
    this.clock.stop();
  }

  private mayAct(seat: SeatId, intent: unknown): Refusal | undefined {
    if (this.ended) return refusal('session-ended', 'the session is over');
    if (this.clock.isPaused()) return refusal('paused', 'the teacher has paused the game');
    const actor = (intent as { actor?: unknown }).actor;
    if (actor !== seat) {
      return refusal(
        'not-your-seat',
        `intent: you speak for ${seat}, not for "${String(actor).slice(0, 8)}"`,
      );
    }
    if (this.game.state.seats[seat].controller === 'bot') {
      return refusal('seat-run-by-computer', `intent: the computer leads ${seat} at the moment`);
    }
    return undefined;
  }

  private commitSeat(intent: unknown, member: string): Refusal | undefined {
    const result = this.game.commit(intent, member, this.timers.now());
    if (!result.ok) return result.error;
    this.changed({ intent: result.intent, by: this.roster.seatOf(member)! });
    return undefined;
  }

  private commitHost(intent: IntentInput): Refusal | undefined {
    const result = this.game.commit(intent, 'host', this.timers.now());
    if (!result.ok) return result.error;
    this.changed({ intent: result.intent, by: 'host' });
    return undefined;
  }

  /** After any accepted intent: a new turn resets the flags, the clock and the proposals. */
  private changed(move: VisibleMove): void {
    const state = this.game.state;
    const turnStarted = this.lastTurn !== state.turn;
    this.lastTurn = state.turn;
    if (turnStarted) {
      this.ready.clear();
      this.proposals.clear();
      this.computerMovesThisTurn = 0;
      this.clock.startTurn();
      this.save();
    } else if (this.dropStaleProposals()) {
      this.save();
    }
    if (state.phase === 'ended') this.endGame();
    this.listener.gameChanged(move);
    if (turnStarted) {
      this.listener.roomChanged();
      this.listener.proposalsChanged();
    }
    this.scheduleComputer();
  }

  /** Proposals the rules no longer accept are closed; true when any was. */
  private dropStaleProposals(): boolean {
    let dropped = false;
    for (const [id, proposal] of this.proposals) {
      if (!this.game.check(proposal.intent).ok) {
        this.proposals.delete(id);
        dropped = true;
      }
    }
    if (dropped) this.listener.proposalsChanged();
    return dropped;
  }

  /** The computer moves one at a time, each logged and broadcast like a person's. */
  private scheduleComputer(): void {
    if (this.computerTimer || this.ended || this.clock.isPaused()) return;
    if (this.computerMovesThisTurn >= MAX_COMPUTER_MOVES_PER_TURN) return;
    this.computerTimer = this.timers.setTimeout(() => {
      this.computerTimer = null;
      if (this.ended || this.clock.isPaused()) return;
      const move = this.world.nextMove(this.game.state);
      if (move === null) return;
      this.computerMovesThisTurn++;
      const result = this.game.commit(move, 'world', this.timers.now());
      if (!result.ok) {
        console.warn(`Session ${this.code}: a computer move was refused: ${result.error.message}`);
        return;
      }
      this.changed({ intent: result.intent, by: 'world' });
    }, this.computerDelayMs);
  }

  private saveClockRegularly(): void {
    this.timers.setTimeout(() => {
      if (this.ended) return;
      if (!this.clock.isPaused() && this.clock.status().remainingMs !== null) this.save();
      this.saveClockRegularly();
    }, CLOCK_SAVE_MS);
  }

  private save(): void {
    const saved: SavedRoomState = {
      speakers: this.roster.speakersSnapshot(),
      ready: [...this.ready],
      clock: this.clock.snapshot(),
      proposals: [...this.proposals.values()],
    };
    this.store.saveRoomState(this.code, JSON.stringify(saved));
  }
}

function refusal(code: Refusal['code'], message: string): Refusal {
  return { code, message };
}
