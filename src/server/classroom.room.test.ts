import { Client } from '@colyseus/sdk';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { IntentInput, SeatId } from '../engine/index';
import { SEATS } from '../engine/index';
import type { Debrief } from './debrief';
import type { ServerProcess } from './testing/server-process';
import { createSession, removeDir, startServerProcess } from './testing/server-process';
import { TestClient } from './testing/test-client';

let server: ServerProcess;
let code: string;
let teacherKey: string;
let host: TestClient;
let projector: TestClient;
let ana: TestClient; // CHN, speaker
let ben: TestClient; // CHN, delegate
let carla: TestClient; // RUS
let dan: TestClient; // USA

const SCENARIO_FILE = resolve(import.meta.dirname, '../../scenarios/classroom-2008.json');
const RUS_INSTRUCTION = 'Capital to Russia: quietly sound out Beijing on verification first.';
const CONSULTATION_TOPIC = 'a joint line on verification, between China and Russia only';

beforeAll(async () => {
  server = await startServerProcess();
  ({ code, teacherKey } = await createSession(server.url, {
    scenario: 'classroom-2008',
    seed: 7,
    botSeats: ['EU'],
  }));
  host = await TestClient.join(server.url, code, { role: 'host', teacherKey });
  projector = await TestClient.join(server.url, code, { role: 'public' });
  ana = await TestClient.join(server.url, code, { role: 'student', name: 'Ana', seat: 'CHN' });
  ben = await TestClient.join(server.url, code, { role: 'student', name: 'Ben', seat: 'CHN' });
  carla = await TestClient.join(server.url, code, { role: 'student', name: 'Carla' });
  dan = await TestClient.join(server.url, code, { role: 'student', name: 'Dan', seat: 'USA' });
});

afterAll(async () => {
  for (const client of [host, projector, ana, ben, carla, dan]) await client?.leave();
  await server?.kill();
  if (server) removeDir(server.dataDir);
});

function logLength(): number {
  return host.view!.record.length;
}

/** A round trip for every client: all the room sent each of them before it has arrived. */
async function everyoneCaughtUp(): Promise<void> {
  await Promise.all(
    [host, projector, ana, ben, carla, dan].map((client) => client.request('ping')),
  );
}

describe('a classroom session', () => {
  test('students join with the code and a first name and sit in delegations; the first speaks', () => {
    expect(ana.welcome).toMatchObject({
      code,
      role: 'student',
      seat: 'CHN',
      member: { name: 'Ana' },
    });
    expect(ben.welcome?.seat).toBe('CHN');
    expect(carla.welcome?.seat).toBe('RUS'); // the human seat with the fewest delegates
    expect(dan.welcome?.seat).toBe('USA');
    expect(ana.welcome?.token).toMatch(/.{16,}/);
    const members = host.room!.members.map(({ name, seat, speaker }) => ({ name, seat, speaker }));
    expect(members).toEqual([
      { name: 'Ana', seat: 'CHN', speaker: true },
      { name: 'Ben', seat: 'CHN', speaker: false },
      { name: 'Carla', seat: 'RUS', speaker: true },
      { name: 'Dan', seat: 'USA', speaker: true },
    ]);
    expect(host.room!.seats.EU.controller).toBe('bot');
    expect(ana.view!.viewer).toBe('CHN');
    expect(projector.view!.viewer).toBe('public');
    expect(host.view!.viewer).toBe('host');
  });

  test('a wrong teacher key, a full name or an unknown code is refused at the door', async () => {
    const sdk = new Client(server.url);
    await expect(sdk.joinById(code, { role: 'host', teacherKey: 'x'.repeat(24) })).rejects.toThrow(
      /teacher key/,
    );
    await expect(sdk.joinById(code, { role: 'student', name: 'Ana Maria Lopez' })).rejects.toThrow(
      /first name/,
    );
    await expect(sdk.joinById('ZZZZZZ', { role: 'student', name: 'Eve' })).rejects.toThrow();
  });

  test("the speaker's intent is played, logged and seen by those who may see it", async () => {
    const before = logLength();
    const consultation: IntentInput = {
      type: 'consultation.held',
      actor: 'CHN',
      with: ['RUS'],
      topic: CONSULTATION_TOPIC,
    };
    expect(await ana.request('intent', { intent: consultation })).toMatchObject({ ok: true });
    await everyoneCaughtUp();
    expect(logLength()).toBeGreaterThan(before);
    const topicSeen = (client: TestClient) =>
      client.view!.consultations.some((entry) => entry.topic === CONSULTATION_TOPIC);
    expect([ana, ben, carla, dan, projector, host].map(topicSeen)).toEqual([
      true,
      true,
      true,
      false,
      false,
      true,
    ]);
    expect(ana.patchGaps + carla.patchGaps + dan.patchGaps).toBe(0);
  });

  test('an intent for another delegation is refused and changes nothing', async () => {
    const before = host.version;
    const forRussia = { type: 'moratorium.declared', actor: 'RUS' };
    expect(await ana.request('intent', { intent: forRussia })).toMatchObject({
      ok: false,
      error: { code: 'not-your-seat' },
    });
    expect(await dan.request('intent', { intent: { ...forRussia, actor: 'host' } })).toMatchObject({
      ok: false,
      error: { code: 'not-your-seat' },
    });
    const endTurn = { type: 'turn.ended', actor: 'host' };
    expect(await ana.request('host.endTurn')).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    expect(await ana.request('intent', { intent: endTurn })).toMatchObject({ ok: false });
    expect(host.version).toBe(before);
  });

  test('a delegate who is not the speaker proposes, and the speaker sends it with one click', async () => {
    const launch: IntentInput = { type: 'launch.conducted', actor: 'CHN', purpose: 'civil' };
    expect(await ben.request('intent', { intent: launch })).toMatchObject({
      ok: false,
      error: { code: 'not-the-speaker' },
    });
    expect(
      await ben.request('propose', { intent: launch, note: 'a civil launch shows goodwill' }),
    ).toMatchObject({ ok: true });
    await ana.until(() => ana.proposals.length === 1, 'the proposal to reach the speaker');
    expect(ana.proposals[0]).toMatchObject({ seat: 'CHN', name: 'Ben', intent: launch });
    expect(carla.messagesOf('proposals').flatMap((message) => message.proposals)).toEqual([]);
    const before = logLength();
    const id = ana.proposals[0]!.id;
    expect(await ana.request('proposal.send', { proposal: id })).toMatchObject({ ok: true });
    await everyoneCaughtUp();
    expect(logLength()).toBeGreaterThan(before);
    expect(host.view!.record.at(-1)!.actor).toBe('CHN');
    await ben.until(() => ben.proposals.length === 0, 'the proposal to close');
  });

  test('the speaker hands the floor on', async () => {
    const benId = ben.welcome!.member!.id;
    expect(await ben.request('speaker.handOver', { to: benId })).toMatchObject({ ok: false });
    expect(await ana.request('speaker.handOver', { to: benId })).toMatchObject({ ok: true });
    await ana.until(
      () => ana.room!.members.find((member) => member.id === benId)!.speaker,
      'Ben to speak for China',
    );
    expect(await ben.request('speaker.handOver', { to: ana.welcome!.member!.id })).toMatchObject({
      ok: true,
    });
  });

  test('malformed and oversized messages are refused, the connection kept, the state unchanged', async () => {
    const before = host.version;
    const results = [
      await ana.request('intent', { intent: 42 }),
      await ana.request('intent', {
        intent: { type: 'moratorium.declared', actor: 'CHN' },
        extra: 1,
      }),
      await ana.request('intent', { intent: { type: 'no.such', actor: 'CHN' } }),
      await ana.request('no.such.message', {}),
      await ana.request('intent', {
        intent: { type: 'statement.made', actor: 'CHN', topic: 'x', text: 'y'.repeat(100_000) },
      }),
    ];
    expect(results.map((result) => result.error?.code)).toEqual([
      'bad-message',
      'bad-message',
      'malformed-intent',
      'bad-message',
      'too-large',
    ]);
    ana.sendRaw('intent', 'not even an object');
    const after = await ana.request('resync');
    expect(after.ok).toBe(true);
    expect(host.version).toBe(before);
    expect(ana.connection.connection.isOpen).toBe(true);
  });

  test('a client sending too fast is answered "rate-limited" and stays connected', async () => {
    const burst = await Promise.all(
      Array.from({ length: 40 }, () => dan.request('ready', { ready: false })),
    );
    const limited = burst.filter((result) => result.error?.code === 'rate-limited').length;
    expect(limited).toBeGreaterThan(0);
    expect(limited).toBeLessThan(40);
    await new Promise((resolve) => setTimeout(resolve, 1200)); // the bucket refills with time
    expect(await dan.request('ready', { ready: false })).toMatchObject({ ok: true });
  });

  test('the teacher pauses, sends an instruction, moves a student and hands a seat to the computer', async () => {
    expect(await host.request('host.pause')).toMatchObject({ ok: true });
    await ana.until(() => ana.room!.clock.paused, 'the pause to show');
    const moratorium = { type: 'moratorium.declared', actor: 'CHN' };
    expect(await ana.request('intent', { intent: moratorium })).toMatchObject({
      ok: false,
      error: { code: 'paused' },
    });
    expect(await host.request('host.resume')).toMatchObject({ ok: true });

    expect(
      await host.request('host.instruction', { seat: 'RUS', text: RUS_INSTRUCTION }),
    ).toMatchObject({ ok: true });
    await carla.until(
      () => carla.view!.seats.RUS.instructions?.includes(RUS_INSTRUCTION) ?? false,
      'the instruction to reach Russia',
    );

    const benId = ben.welcome!.member!.id;
    expect(await host.request('host.move', { member: benId, seat: 'USA' })).toMatchObject({
      ok: true,
    });
    await ben.until(() => ben.view!.viewer === 'USA', 'Ben to see the United States view');
    expect(ben.welcome!.seat).toBe('USA');

    expect(await host.request('host.controller', { seat: 'USA', controller: 'bot' })).toMatchObject(
      { ok: true },
    );
    const usaLaunch = { type: 'launch.conducted', actor: 'USA', purpose: 'civil' };
    expect(await dan.request('intent', { intent: usaLaunch })).toMatchObject({
      ok: false,
      error: { code: 'seat-run-by-computer' },
    });
    expect(
      await host.request('host.controller', { seat: 'USA', controller: 'human' }),
    ).toMatchObject({ ok: true });
    expect(await dan.request('intent', { intent: usaLaunch })).toMatchObject({ ok: true });
  });

  test('the teacher brings a scheduled event forward, then ends the turn', async () => {
    expect(await host.request('host.event', { event: 'no-such-event' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-event' },
    });
    expect(await host.request('host.event', { event: 'burnt-frost' })).toMatchObject({ ok: true });
    await projector.until(
      () => projector.view!.firedEvents.includes('burnt-frost'),
      'the event to reach the projector',
    );
    const turn = host.view!.turn;
    expect(await host.request('host.endTurn')).toMatchObject({ ok: true });
    for (const client of [host, projector, ana, ben, carla, dan]) {
      await client.until(() => client.view!.turn === turn + 1, 'the next turn');
    }
  });

  test('when every delegation with students is ready, the turn ends', async () => {
    const turn = host.view!.turn;
    expect(await ana.request('ready', { ready: true })).toMatchObject({ ok: true });
    expect(await carla.request('ready', { ready: true })).toMatchObject({ ok: true });
    expect(host.view!.turn).toBe(turn);
    expect(await dan.request('ready', { ready: true })).toMatchObject({ ok: true });
    await host.until(() => host.view!.turn === turn + 1, 'the turn to end');
    await host.until(() => !host.room!.seats.CHN.ready, 'the flags to reset');
  });

  test('a dropped student comes back to the same seat and the same view', async () => {
    const carlaId = carla.welcome!.member!.id;
    const viewsBefore = carla.messagesOf('view').length;
    carla.drop();
    await host.until(
      () => !host.room!.members.find((member) => member.id === carlaId)!.connected,
      'the drop to show',
    );
    await carla.until(() => carla.messagesOf('view').length > viewsBefore, 'a whole view again');
    expect(carla.welcome!.seat).toBe('RUS');
    expect(carla.view!.record.at(-1)!.index).toBe(
      host
        .view!.record.filter(
          (entry) => entry.visibleTo === 'all' || entry.visibleTo.includes('RUS'),
        )
        .at(-1)!.index,
    );
    const members = () => host.room!.members.find((member) => member.id === carlaId)!;
    await host.until(() => members().connected && members().speaker, 'Carla back as speaker');
    const before = logLength();
    expect(
      await carla.request('intent', {
        intent: { type: 'launch.conducted', actor: 'RUS', purpose: 'civil' },
      }),
    ).toMatchObject({ ok: true });
    await host.until(() => logLength() > before, 'her move to count');
  });

  test("no client ever received another seat's secrets", () => {
    const hostView = host.view!;
    const secretsOf = (seat: SeatId): string[] => [
      ...hostView.seats[seat].objectives!.map((objective) => objective.text),
      ...hostView.seats[seat].instructions!,
    ];
    // The computer's consultations may carry a stock topic (an agenda item's title), which is no
    // secret: the topics checked are those that are not public words of the scenario.
    const scenarioText = readFileSync(SCENARIO_FILE, 'utf8').toLowerCase();
    const privateTopics = (viewer: SeatId | 'public'): string[] =>
      hostView.consultations
        .filter(
          (consultation) => viewer === 'public' || !consultation.participants.includes(viewer),
        )
        .map((consultation) => consultation.topic)
        .filter((topic) => !scenarioText.includes(topic.toLowerCase()));
    expect(secretsOf('RUS')).toContain(RUS_INSTRUCTION);
    expect(privateTopics('public')).toContain(CONSULTATION_TOPIC);
    const checks: [TestClient, SeatId | 'public'][] = [
      [ana, 'CHN'],
      [carla, 'RUS'],
      [dan, 'USA'],
      [projector, 'public'],
    ];
    for (const [client, viewer] of checks) {
      const everything = client.received.map((entry) => JSON.stringify(entry.message)).join('\n');
      const forbidden = [
        ...SEATS.filter((seat) => seat !== viewer).flatMap(secretsOf),
        ...privateTopics(viewer),
      ];
      expect(
        forbidden.filter((secret) => everything.includes(secret)),
        String(viewer),
      ).toEqual([]);
      expect(everything.includes('"random"'), String(viewer)).toBe(false);
    }
    // Ben sat for China, then for the United States: he may know both, and nothing of Russia's.
    const benSaw = ben.received.map((entry) => JSON.stringify(entry.message)).join('\n');
    expect(secretsOf('RUS').filter((secret) => benSaw.includes(secret))).toEqual([]);
    expect(secretsOf('EU').filter((secret) => benSaw.includes(secret))).toEqual([]);
  });

  test('the teacher ends the game and exports the debrief', async () => {
    expect(await host.request('host.endGame')).toMatchObject({ ok: true });
    await ana.until(() => ana.room!.ended, 'the end to show');
    expect(
      await ana.request('intent', { intent: { type: 'moratorium.declared', actor: 'CHN' } }),
    ).toMatchObject({ ok: false, error: { code: 'session-ended' } });
    const denied = await fetch(
      `${server.url}/api/sessions/${code}/debrief.json?key=wrong-key-123456`,
    );
    expect(denied.status).toBe(403);
    const response = await fetch(`${server.url}/api/sessions/${code}/debrief.json`, {
      headers: { authorization: `Bearer ${teacherKey}` },
    });
    expect(response.status).toBe(200);
    const debrief = (await response.json()) as Debrief;
    expect(debrief.code).toBe(code);
    expect(debrief.record).toEqual(host.view!.record);
    expect(debrief.log.length).toBeGreaterThan(8);
    expect(
      debrief.delegations.find((delegation) => delegation.seat === 'RUS')!.instructions,
    ).toContain(RUS_INSTRUCTION);
    const html = await fetch(`${server.url}/api/sessions/${code}/debrief.html?key=${teacherKey}`);
    expect(await html.text()).toContain('Classroom 2008');
  });
});
