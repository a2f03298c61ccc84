import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IntentInput, SeatId } from '../../engine/index';
import type { SessionSettings } from '../protocol/classroom-protocol';

/** A session as stored: what is needed to rebuild its game by replay. */
export interface StoredSession {
  readonly code: string;
  readonly createdAt: number;
  readonly scenarioId: string;
  /** The scenario file as it was when the session began, so a replay never meets a newer one. */
  readonly scenarioJson: string;
  readonly seed: number;
  readonly settings: SessionSettings;
  readonly teacherKeyHash: string;
  readonly endedAt: number | null;
  /** The room's own bookkeeping (speakers, ready flags, clock), saved as it changes. */
  readonly roomState: string | null;
}

export interface StoredIntent {
  readonly seq: number;
  readonly intent: IntentInput;
  /** Who made the move: a member id, 'host' or 'world'. */
  readonly by: string;
  readonly at: number;
}

export interface StoredMember {
  readonly id: string;
  readonly name: string;
  readonly seat: SeatId;
  readonly tokenHash: string;
}

/**
 * The classroom's SQLite file. Each accepted intent is one row, written (synchronously) before
 * anyone is told of it; WAL mode keeps each write cheap and a write survives the process being
 * killed, since it is in the operating system's hands once `run()` returns.
 */
export class SessionStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.statements = {
      insertSession: this.db.prepare(
        `INSERT INTO sessions (code, created_at, scenario_id, scenario_json, seed, settings, teacher_key_hash)
         VALUES (@code, @createdAt, @scenarioId, @scenarioJson, @seed, @settings, @teacherKeyHash)`,
      ),
      session: this.db.prepare('SELECT * FROM sessions WHERE code = ?'),
      codeTaken: this.db.prepare('SELECT 1 FROM sessions WHERE code = ?'),
      openSessions: this.db.prepare(
        'SELECT code FROM sessions WHERE ended_at IS NULL AND created_at >= ? ORDER BY created_at',
      ),
      insertIntent: this.db.prepare(
        'INSERT INTO intents (code, seq, intent, by, at) VALUES (?, ?, ?, ?, ?)',
      ),
      intents: this.db.prepare(
        'SELECT seq, intent, by, at FROM intents WHERE code = ? ORDER BY seq',
      ),
      upsertMember: this.db.prepare(
        `INSERT INTO members (code, id, name, seat, token_hash, joined)
         VALUES (@code, @id, @name, @seat, @tokenHash,
           (SELECT COUNT(*) FROM members WHERE code = @code))
         ON CONFLICT (code, id) DO UPDATE SET seat = excluded.seat`,
      ),
      moveMember: this.db.prepare('UPDATE members SET seat = ? WHERE code = ? AND id = ?'),
      members: this.db.prepare(
        'SELECT id, name, seat, token_hash FROM members WHERE code = ? ORDER BY joined',
      ),
      roomState: this.db.prepare('UPDATE sessions SET room_state = ? WHERE code = ?'),
      end: this.db.prepare('UPDATE sessions SET ended_at = ? WHERE code = ? AND ended_at IS NULL'),
    };
  }

  createSession(session: Omit<StoredSession, 'endedAt' | 'roomState'>): void {
    this.statements.insertSession.run({ ...session, settings: JSON.stringify(session.settings) });
  }

  isCodeTaken(code: string): boolean {
    return this.statements.codeTaken.get(code) !== undefined;
  }

  session(code: string): StoredSession | undefined {
    const row = this.statements.session.get(code) as SessionRow | undefined;
    if (!row) return undefined;
    return {
      code: row.code,
      createdAt: row.created_at,
      scenarioId: row.scenario_id,
      scenarioJson: row.scenario_json,
      seed: row.seed,
      settings: JSON.parse(row.settings) as SessionSettings,
      teacherKeyHash: row.teacher_key_hash,
      endedAt: row.ended_at,
      roomState: row.room_state,
    };
  }

  /** Sessions still running that began after `since` (ms since the epoch). */
  openSessionCodes(since: number): string[] {
    return (this.statements.openSessions.all(since) as { code: string }[]).map((row) => row.code);
  }

  /** Appends the intent at position `seq`; a second write at the same position throws. */
  appendIntent(code: string, entry: StoredIntent): void {
    this.statements.insertIntent.run(
      code,
      entry.seq,
      JSON.stringify(entry.intent),
      entry.by,
      entry.at,
    );
  }

  intents(code: string): StoredIntent[] {
    return (this.statements.intents.all(code) as IntentRow[]).map((row) => ({
      seq: row.seq,
      intent: JSON.parse(row.intent) as IntentInput,
      by: row.by,
      at: row.at,
    }));
  }

  saveMember(code: string, member: StoredMember): void {
    this.statements.upsertMember.run({ code, ...member });
  }

  moveMember(code: string, id: string, seat: SeatId): void {
    this.statements.moveMember.run(seat, code, id);
  }

  /** The members of a session, in the order they joined. */
  members(code: string): StoredMember[] {
    return (this.statements.members.all(code) as MemberRow[]).map((row) => ({
      id: row.id,
      name: row.name,
      seat: row.seat,
      tokenHash: row.token_hash,
    }));
  }

  saveRoomState(code: string, roomState: string): void {
    this.statements.roomState.run(roomState, code);
  }

  endSession(code: string, at: number): void {
    this.statements.end.run(at, code);
  }

  close(): void {
    this.db.close();
  }
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  code TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  scenario_id TEXT NOT NULL,
  scenario_json TEXT NOT NULL,
  seed INTEGER NOT NULL,
  settings TEXT NOT NULL,
  teacher_key_hash TEXT NOT NULL,
  ended_at INTEGER,
  room_state TEXT
);
CREATE TABLE IF NOT EXISTS intents (
  code TEXT NOT NULL REFERENCES sessions (code),
  seq INTEGER NOT NULL,
  intent TEXT NOT NULL,
  by TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (code, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS members (
  code TEXT NOT NULL REFERENCES sessions (code),
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  seat TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  -- the order of joining, so the roster reads the same after a restart
  joined INTEGER NOT NULL,
  PRIMARY KEY (code, id)
) WITHOUT ROWID;
`;

interface SessionRow {
  code: string;
  created_at: number;
  scenario_id: string;
  scenario_json: string;
  seed: number;
  settings: string;
  teacher_key_hash: string;
  ended_at: number | null;
  room_state: string | null;
}
interface IntentRow {
  seq: number;
  intent: string;
  by: string;
  at: number;
}
interface MemberRow {
  id: string;
  name: string;
  seat: SeatId;
  token_hash: string;
}
