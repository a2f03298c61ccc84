import type { SeatId } from '../../engine/index';
import { SEATS } from '../../engine/index';
import type { Member } from '../protocol/classroom-protocol';

interface RosterMember {
  readonly id: string;
  readonly name: string;
  seat: SeatId;
  readonly tokenHash: string;
  /** Open connections (a student may have two tabs, or be between a drop and a return). */
  connections: number;
  readonly joinedOrder: number;
}

/**
 * Who sits in which delegation, and who speaks for it. One delegate per seat is the speaker:
 * only the speaker's intents reach the engine, the others propose. A seat whose speaker has
 * left hands the role to the delegate who joined it first.
 */
export class Roster {
  private readonly members = new Map<string, RosterMember>();
  private readonly speakers = new Map<SeatId, string>();
  private joined = 0;

  add(member: { id: string; name: string; seat: SeatId; tokenHash: string }): void {
    this.members.set(member.id, { ...member, connections: 0, joinedOrder: this.joined++ });
  }

  has(id: string): boolean {
    return this.members.has(id);
  }

  byTokenHash(tokenHash: string): { id: string; name: string; seat: SeatId } | undefined {
    for (const member of this.members.values()) if (member.tokenHash === tokenHash) return member;
    return undefined;
  }

  seatOf(id: string): SeatId | undefined {
    return this.members.get(id)?.seat;
  }

  nameOf(id: string): string {
    return this.members.get(id)?.name ?? id;
  }

  isSpeaker(id: string): boolean {
    const seat = this.seatOf(id);
    return seat !== undefined && this.speakers.get(seat) === id;
  }

  /** The human seat with the fewest delegates (the first in the usual order on a tie). */
  leastTaken(seats: readonly SeatId[]): SeatId {
    const counts = seats.map((seat) => ({ seat, count: this.membersOf(seat).length }));
    counts.sort((left, right) => left.count - right.count);
    return counts[0]?.seat ?? SEATS[0];
  }

  connected(id: string): void {
    const member = this.members.get(id);
    if (!member) return;
    member.connections++;
    if (!this.speakers.has(member.seat)) this.speakers.set(member.seat, id);
  }

  /**
   * A connection closed. After a drop (`keepSpeaker`) the delegate may come back and keeps the
   * floor meanwhile; after a real leave the speaker's role passes on.
   */
  disconnected(id: string, keepSpeaker: boolean): void {
    const member = this.members.get(id);
    if (!member) return;
    member.connections = Math.max(0, member.connections - 1);
    if (!keepSpeaker) this.released(id);
  }

  /** A dropped delegate did not come back in time: the floor passes on if they held it. */
  released(id: string): void {
    const member = this.members.get(id);
    if (member && member.connections === 0 && this.speakers.get(member.seat) === id) {
      this.passSpeaker(member.seat);
    }
  }

  move(id: string, seat: SeatId): void {
    const member = this.members.get(id);
    if (!member || member.seat === seat) return;
    const from = member.seat;
    member.seat = seat;
    if (this.speakers.get(from) === id) this.passSpeaker(from);
    if (!this.speakers.has(seat) && member.connections > 0) this.speakers.set(seat, id);
  }

  setSpeaker(id: string): void {
    const member = this.members.get(id);
    if (member) this.speakers.set(member.seat, id);
  }

  list(): Member[] {
    return [...this.members.values()]
      .sort((left, right) => left.joinedOrder - right.joinedOrder)
      .map((member) => ({
        id: member.id,
        name: member.name,
        seat: member.seat,
        speaker: this.speakers.get(member.seat) === member.id,
        connected: member.connections > 0,
      }));
  }

  /** Seats with at least one delegate in the room. */
  occupiedSeats(): SeatId[] {
    return SEATS.filter((seat) => this.membersOf(seat).some((member) => member.connections > 0));
  }

  speakersSnapshot(): Record<string, string> {
    return Object.fromEntries(this.speakers);
  }

  restoreSpeakers(speakers: Record<string, string>): void {
    for (const [seat, id] of Object.entries(speakers)) {
      if (this.members.get(id)?.seat === seat) this.speakers.set(seat, id);
    }
  }

  /** After a restart: speakers who have not come back hand the role to a delegate who has. */
  passAbsentSpeakers(): void {
    for (const [seat, id] of this.speakers) {
      if ((this.members.get(id)?.connections ?? 0) === 0) this.passSpeaker(seat);
    }
  }

  private membersOf(seat: SeatId): RosterMember[] {
    return [...this.members.values()].filter((member) => member.seat === seat);
  }

  private passSpeaker(seat: SeatId): void {
    const next = this.membersOf(seat)
      .filter((member) => member.connections > 0)
      .sort((left, right) => left.joinedOrder - right.joinedOrder)[0];
    if (next) this.speakers.set(seat, next.id);
    else this.speakers.delete(seat);
  }
}
