import { describe, expect, test } from 'vitest';
import { simulate } from '../simulate';
import type { TestGame } from '../testing/test-game';
import { game, loadScenario } from '../testing/test-game';
import { hashState } from './hash';
import { undo } from './replay';
import type { SaveFile } from './save';
import { loadSave, makeSave } from './save';

/** Classroom 2008 played into the First Committee: documents, a blocked decision, a draft. */
function played(): TestGame {
  return game('classroom-2008', { seed: 7 })
    .as('TUN')
    .does({ type: 'plenary.convened' })
    .as('RUS')
    .does({ type: 'document.submitted', document: 'ppwt-2008' })
    .as('EU')
    .does({ type: 'statement.made', topic: 'the Code of Conduct' })
    .as('TUN')
    .does({ type: 'decision.proposed', subject: 'programmeOfWork' })
    .as('PAK')
    .does({ type: 'objection.raised', decision: 'CD-D/2008/1' })
    .as('TUN')
    .does({ type: 'decision.called', decision: 'CD-D/2008/1' })
    .as('host')
    .does({ type: 'instruction.sent', seat: 'USA', text: 'Ask for a recorded vote.' })
    .host.endsTurn(3)
    .as('RUS')
    .does({
      type: 'draft.tabled',
      kind: 'TCBM',
      title: 'Transparency and confidence-building measures in outer space activities',
      paragraphs: [{ id: 'OP1', text: 'Invites Member States to share information.' }],
    });
}

/** A save as it comes back from disk: through JSON and back. */
function savedAndRead(g: TestGame): SaveFile {
  return JSON.parse(JSON.stringify(makeSave(g.scenario, g.seed, g.intents, g.state))) as SaveFile;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A save of `played()` changed by `tamper`, and what loading it gives; the file itself is untouched. */
function loadTampered(tamper: (save: Writable<SaveFile>) => void) {
  const g = played();
  const save: Writable<SaveFile> = savedAndRead(g);
  tamper(save);
  const before = structuredClone(save);
  const loaded = loadSave(save, g.scenario);
  expect(save).toEqual(before);
  return { loaded, g };
}

describe('saves', () => {
  test('a save made after some play loads back to the same state, hash for hash', () => {
    const g = played();
    const save = savedAndRead(g);
    expect(save.hash).toBe(hashState(g.state));
    expect(loadSave(save, g.scenario)).toEqual({
      ok: true,
      state: g.state,
      intents: g.intents,
      seed: 7,
    });
  });

  test('a save of a long simulated game loads back to the same hash', () => {
    const scenario = loadScenario('classroom-2014');
    const { state, intents } = simulate(scenario, { seed: 5, maxSteps: 300 });
    const save = JSON.parse(JSON.stringify(makeSave(scenario, 5, intents, state))) as SaveFile;
    const loaded = loadSave(save, scenario);
    expect(loaded.ok && hashState(loaded.state)).toBe(hashState(state));
  });

  test('undo removes exactly the last accepted intent', () => {
    const g = played();
    const before = g.fork();
    g.as('USA').does({ type: 'coSponsor.added', draft: 'A/C.1/63/L.1' });
    const undone = undo(g.scenario, g.seed, g.intents);
    expect(undone.accepted).toEqual(before.intents);
    expect(undone.rejected).toEqual([]);
    expect(hashState(undone.state)).toBe(hashState(before.state));
    expect(undone.state).toEqual(before.state);
    const twice = undo(g.scenario, g.seed, undone.accepted);
    expect(twice.accepted).toEqual(g.intents.slice(0, -2));
  });

  test('a tampered hash is refused, naming the hash', () => {
    const { loaded, g } = loadTampered((save) => {
      save.hash = '00000000000000';
    });
    expect(loaded).toEqual({
      ok: false,
      problems: [
        {
          path: 'hash',
          message: `the log replays to ${hashState(g.state)}, not to the saved 00000000000000`,
        },
      ],
    });
  });

  test('a hash that is not 14 hex digits is refused, naming the hash', () => {
    const { loaded } = loadTampered((save) => {
      save.hash = 'not-a-hash';
    });
    expect(loaded).toEqual({
      ok: false,
      problems: [{ path: 'hash', message: 'must be 14 hex digits' }],
    });
  });

  test('a tampered snapshot is refused, naming the snapshot', () => {
    const { loaded } = loadTampered((save) => {
      (save.snapshot as { tension: number }).tension = 99;
    });
    expect(loaded).toEqual({
      ok: false,
      problems: [
        {
          path: 'snapshot',
          message:
            'the saved snapshot does not match its hash: the file was changed after it was saved',
        },
      ],
    });
  });

  test('an unknown intent type in the log is refused, naming the intent', () => {
    const { loaded } = loadTampered((save) => {
      (save.intents[3] as { type: string }).type = 'decision.imposed';
    });
    expect(loaded).toEqual({
      ok: false,
      problems: [
        { path: 'intents[3].type', message: expect.stringMatching(/discriminator/) as string },
      ],
    });
  });

  test('an intent the rules refuse on replay is refused, naming the intent', () => {
    const { loaded } = loadTampered((save) => {
      (save.intents as unknown[])[5] = { type: 'decision.called', actor: 'PAK', decision: 'X' };
    });
    expect(loaded).toEqual({
      ok: false,
      problems: [
        { path: 'intents[5]', message: expect.stringMatching(/^refused on replay: /) as string },
      ],
    });
  });

  test('a file that is not a PAROS save is refused, naming the format', () => {
    const { loaded } = loadTampered((save) => {
      save.format = 'chess-save' as SaveFile['format'];
    });
    expect(loaded).toEqual({
      ok: false,
      problems: [{ path: 'format', message: 'is not a PAROS save file' }],
    });
  });

  test('a save of another version is refused, naming the version', () => {
    const { loaded } = loadTampered((save) => {
      save.version = 2 as SaveFile['version'];
    });
    expect(loaded).toEqual({
      ok: false,
      problems: [
        { path: 'version', message: 'this version of PAROS reads save files of version 1' },
      ],
    });
  });

  test('a save of another scenario is refused, naming the scenario', () => {
    const { loaded } = loadTampered((save) => {
      save.scenarioId = 'classroom-2014';
    });
    expect(loaded).toEqual({
      ok: false,
      problems: [
        {
          path: 'scenarioId',
          message: 'the save is of scenario "classroom-2014", not "classroom-2008"',
        },
      ],
    });
  });
});

describe('the state is plain data', () => {
  test('through JSON and back, a state equals itself and hashes the same', () => {
    const states = [
      played().state,
      game('classroom-2014').state,
      simulate(loadScenario('classroom-2008'), { seed: 3, maxSteps: 300 }).state,
    ];
    for (const state of states) {
      const copy: unknown = JSON.parse(JSON.stringify(state));
      expect(copy).toEqual(state);
      expect(hashState(copy)).toBe(hashState(state));
    }
  });
});
