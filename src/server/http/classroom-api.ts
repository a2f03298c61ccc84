import { matchMaker } from '@colyseus/core';
import type { Application, Request, Response } from 'express';
import express from 'express';
import { randomInt } from 'node:crypto';
import type { Debrief } from '../debrief';
import { debriefFromStore, debriefHtml } from '../debrief';
import {
  CLASSROOM_ROOM,
  ROOM_CODE_ALPHABET,
  roomCodeSchema,
  sessionSettingsSchema,
} from '../protocol/classroom-protocol';
import type { CreateOptions } from '../rooms/classroom.room';
import { hashSecret, newSecret } from '../rooms/classroom.room';
import type { ScenarioEntry } from '../scenarios';
import type { SessionStore } from '../store/session-store';

/**
 * The classroom's HTTP side, next to the Colyseus matchmaking routes:
 * - `GET  /api/scenarios` the scenarios a teacher may choose;
 * - `POST /api/sessions` creates a session: `{ code, teacherKey }` (the key is shown once);
 * - `GET  /api/sessions/:code/debrief.json|.html` the debrief, with the teacher key as
 *   `Authorization: Bearer <key>` or `?key=`.
 */
export function mountClassroomApi(
  app: Application,
  store: SessionStore,
  scenarios: ReadonlyMap<string, ScenarioEntry>,
): void {
  app.get('/api/health', (_request, response) => {
    response.json({ ok: true });
  });

  app.get('/api/scenarios', (_request, response) => {
    response.json(
      [...scenarios.values()].map(({ scenario }) => ({
        id: scenario.id,
        title: scenario.title,
        description: scenario.description,
        turns: scenario.calendar.length,
      })),
    );
  });

  app.post('/api/sessions', express.json({ limit: '8kb' }), async (request, response) => {
    const parsed = sessionSettingsSchema.safeParse(request.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      response.status(400).json({
        error: `${issue?.path.join('.') || 'settings'}: ${issue?.message ?? 'not valid'}`,
      });
      return;
    }
    if (!scenarios.has(parsed.data.scenario)) {
      response
        .status(400)
        .json({ error: `scenario: there is no scenario "${parsed.data.scenario}"` });
      return;
    }
    const code = await freeCode(store);
    const teacherKey = newSecret();
    const options: CreateOptions = {
      code,
      create: { settings: parsed.data, teacherKeyHash: hashSecret(teacherKey) },
    };
    try {
      await matchMaker.createRoom(CLASSROOM_ROOM, options);
    } catch (error) {
      console.error(`Session ${code} could not be created:`, error);
      response.status(500).json({ error: 'the session could not be created; try again' });
      return;
    }
    response.status(201).json({ code, teacherKey });
  });

  app.get(/^\/api\/sessions\/([^/]+)\/debrief\.(json|html)$/, async (request, response) => {
    const params = request.params as unknown as Record<string, string>;
    const code = roomCodeSchema.safeParse(params[0]);
    const key = teacherKeyOf(request);
    if (!code.success || key === undefined) {
      response.status(400).json({ error: 'a room code and the teacher key are needed' });
      return;
    }
    const debrief = await findDebrief(store, code.data, key);
    if (debrief === 'forbidden') {
      response.status(403).json({ error: 'the teacher key is not right' });
      return;
    }
    if (debrief === undefined) {
      response.status(404).json({ error: `no session ${code.data}` });
      return;
    }
    sendDebrief(response, debrief, params[1] === 'html' ? 'html' : 'json');
  });
}

async function findDebrief(
  store: SessionStore,
  code: string,
  key: string,
): Promise<Debrief | 'forbidden' | undefined> {
  const session = store.session(code);
  if (session) {
    return session.teacherKeyHash === hashSecret(key) ? debriefFromStore(store, code) : 'forbidden';
  }
  // The session lives on another process (several servers sharing rooms through Redis).
  try {
    const remote = (await matchMaker.remoteRoomCall(code, 'debriefFor', [key])) as
      Debrief | 'forbidden' | null;
    return remote ?? undefined;
  } catch {
    return undefined;
  }
}

function sendDebrief(response: Response, debrief: Debrief, format: 'json' | 'html'): void {
  const name = `paros-debrief-${debrief.code}.${format}`;
  response.setHeader('Cache-Control', 'no-store');
  if (format === 'html') {
    response.type('html').send(debriefHtml(debrief));
    return;
  }
  response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  response.json(debrief);
}

function teacherKeyOf(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const query = request.query.key;
  return typeof query === 'string' && query.length > 0 ? query : undefined;
}

/** A code no session of this database and no room anywhere is using. */
async function freeCode(store: SessionStore): Promise<string> {
  for (;;) {
    const code = Array.from(
      { length: 6 },
      () => ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)],
    ).join('');
    if (store.isCodeTaken(code)) continue;
    const existing = await matchMaker.query({ roomId: code });
    if (existing.length === 0) return code;
  }
}
