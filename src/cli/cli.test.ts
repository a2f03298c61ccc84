import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeSave, parseScenario, replay } from '../engine/index';
import { runCli } from './main';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCENARIO_2008 = join(ROOT, 'scenarios/classroom-2008.json');
const SCENARIO_2014 = join(ROOT, 'scenarios/classroom-2014.json');
const OPENING = join(ROOT, 'scenarios/examples/classroom-2008-opening.json');

/** Runs the command line in-process and keeps what it printed. */
function cli(...argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'paros-cli-'));
});
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

function scenario2008(): Record<string, unknown> & { documents: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(SCENARIO_2008, 'utf8')) as Record<string, unknown> & {
    documents: Record<string, unknown>[];
  };
}

function writeTemp(name: string, content: string): string {
  const file = join(temp, name);
  writeFileSync(file, content);
  return file;
}

describe('paros validate', () => {
  test('accepts both classroom scenarios', () => {
    const result = cli('validate', SCENARIO_2008, SCENARIO_2014);
    expect(result).toEqual({
      code: 0,
      out: [`ok  ${SCENARIO_2008}`, `ok  ${SCENARIO_2014}`],
      err: [],
    });
  });

  test('refuses a scenario that names an unknown author, a missing document and a late date', () => {
    const broken = scenario2008();
    broken.documents[0]!.authors = ['XXX'];
    broken.documents[0]!.date = '2009-01-01';
    broken.documents[1]!.respondsTo = ['CD/9999'];
    const file = writeTemp('broken.json', JSON.stringify(broken, null, 2));
    const result = cli('validate', file);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      `${file}: documents[0].authors[0]: "XXX" is not a UN member State or the EU`,
      `${file}: documents[0].date: 2009-01-01 is after the scenario starts (2008-02-12); later documents belong in the play`,
      `${file}: documents[1].respondsTo[0]: "CD/9999" is not a document listed before this one in the scenario`,
    ]);
  });

  test('refuses a date that is not written YYYY-MM-DD, naming the field', () => {
    const broken = scenario2008();
    broken.start = '12 February 2008';
    const file = writeTemp('bad-date.json', JSON.stringify(broken));
    const result = cli('validate', file);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`${file}: start: must be a date written YYYY-MM-DD`);
  });

  test('gives one clear line, with line and column, for a file that is not JSON', () => {
    const file = writeTemp('not-json.json', '{\n  "id": "x",\n  "title": }\n');
    const result = cli('validate', file);
    expect(result).toEqual({
      code: 1,
      out: [`${file}: not valid JSON at line 3, column 12: Unexpected token '}'`],
      err: [],
    });
  });

  test('gives one line for a file that does not exist, and goes on with the others', () => {
    const missing = join(temp, 'missing.json');
    const result = cli('validate', missing, SCENARIO_2008);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      `${missing}: cannot read the file: no such file`,
      `ok  ${SCENARIO_2008}`,
    ]);
  });

  test('checks a save file against its scenario and refuses a tampered one', () => {
    const parsed = parseScenario(scenario2008(), SCENARIO_2008);
    if (!parsed.ok) throw new Error('classroom-2008 should be valid');
    const intents = JSON.parse(readFileSync(OPENING, 'utf8')) as unknown[];
    const played = replay(parsed.scenario, 1, intents);
    const save = makeSave(parsed.scenario, 1, played.accepted, played.state);
    const good = writeTemp('good.save.json', JSON.stringify(save));
    expect(cli('validate', good)).toEqual({ code: 0, out: [`ok  ${good}`], err: [] });

    const tampered = writeTemp(
      'tampered.save.json',
      JSON.stringify({ ...save, intents: save.intents.slice(0, -1) }),
    );
    const result = cli('validate', tampered);
    expect(result.code).toBe(1);
    expect(result.out).toHaveLength(1);
    expect(result.out[0]).toMatch(new RegExp(`^${escape(tampered)}: hash: the log replays to `));
  });

  test('is a usage error without files', () => {
    const result = cli('validate');
    expect(result.code).toBe(2);
    expect(result.err.at(-1)).toBe('usage: paros validate <file.json> [more files…]');
  });
});

describe('paros run', () => {
  interface RunOutput {
    results: { type: string; actor: string; accepted: boolean; code?: string }[];
    summary: {
      phase: string;
      turn: string;
      documents: { symbol: string; respondsTo: string[]; responses: string[]; status: string }[];
      decisions: { id: string; status: string; objectors: string[] }[];
      votes: { draft: string; yes: number; no: number; abstain: number; adopted: boolean }[];
      hash: string;
    };
  }

  function runOpening(): RunOutput {
    const result = cli('run', SCENARIO_2008, OPENING, '--json');
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    return JSON.parse(result.out.join('\n')) as RunOutput;
  }

  test('plays the classroom-2008 opening: accepted and refused as the rules say', () => {
    const { results } = runOpening();
    expect(results.map((r) => [r.type, r.actor, r.accepted ? 'ok' : r.code])).toEqual([
      ['document.submitted', 'RUS', 'ok'],
      ['plenary.convened', 'TUN', 'ok'],
      ['statement.made', 'RUS', 'ok'],
      ['statement.made', 'CHN', 'ok'],
      ['statement.made', 'EU', 'ok'],
      ['decision.proposed', 'TUN', 'ok'],
      ['objection.raised', 'EU', 'not-a-member'],
      ['objection.raised', 'USA', 'ok'],
      ['decision.called', 'TUN', 'ok'],
      ['decision.proposed', 'TUN', 'no-programme-of-work'],
      ['turn.ended', 'host', 'ok'],
      ['turn.ended', 'host', 'ok'],
      ['document.tabled', 'USA', 'ok'],
      ['turn.ended', 'host', 'ok'],
      ['draft.tabled', 'EGY', 'ok'],
      ['draft.introduced', 'EGY', 'ok'],
      ['action.opened', 'chair', 'ok'],
      ['vote.requested', 'USA', 'ok'],
      ['vote.explained', 'EGY', 'sponsor-cannot-explain'],
      ['voting.opened', 'chair', 'ok'],
      ['vote.cast', 'EGY', 'ok'],
      ['vote.cast', 'LKA', 'ok'],
      ['vote.cast', 'CHN', 'ok'],
      ['vote.cast', 'RUS', 'ok'],
      ['vote.cast', 'FRA', 'ok'],
      ['vote.cast', 'BRA', 'ok'],
      ['vote.cast', 'USA', 'ok'],
      ['vote.cast', 'ISR', 'ok'],
      ['vote.cast', 'EU', 'not-a-voter'],
      ['voting.closed', 'chair', 'ok'],
      ['stage.closed', 'chair', 'ok'],
    ]);
  });

  test('summarises the register of documents, the blocked decision and the vote', () => {
    const { summary } = runOpening();
    expect(summary.phase).toBe('playing');
    expect(summary.turn).toBe('UN General Assembly 2008: First Committee (Oct)');
    expect(summary.documents.map((d) => d.symbol)).toEqual([
      'CD/1576',
      'CD/1679',
      'CD/1839',
      'CD/1840',
    ]);
    const bySymbol = new Map(summary.documents.map((d) => [d.symbol, d]));
    expect(bySymbol.get('CD/1839')).toMatchObject({
      respondsTo: ['CD/1679'],
      responses: ['CD/1840'],
      status: 'answered',
    });
    expect(bySymbol.get('CD/1840')).toMatchObject({ respondsTo: ['CD/1839'], responses: [] });
    expect(summary.decisions).toEqual([
      {
        id: 'CD-D/2008/1',
        subject: 'programmeOfWork',
        document: null,
        status: 'blocked',
        objectors: ['USA'],
        dissociated: [],
      },
    ]);
    expect(summary.votes).toEqual([
      {
        draft: 'A/C.1/63/L.1',
        stage: 'committee',
        subject: 'whole',
        yes: 6,
        no: 1,
        abstain: 1,
        absent: 184,
        adopted: true,
        method: 'recorded',
      },
    ]);
    expect(summary.hash).toMatch(/^[0-9a-f]{14}$/);
  });

  test('prints a readable transcript: each intent, its record lines, then the summary', () => {
    const result = cli('run', SCENARIO_2008, OPENING);
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe('accepted   0 document.submitted RUS');
    expect(result.out[1]).toMatch(/^ {4}Russian Federation and China circulate CD\/1839: /);
    expect(result.out).toContain(
      'rejected   6 objection.raised EU: not-a-member: objection.raised: European Union is not a member of the Conference on Disarmament; an observer may speak but cannot join or block a consensus',
    );
    expect(result.out).toContain('27 of 31 intents accepted');
  });

  test('fails with exit 1 on an intents file that is not an array, and 2 on a bad seed', () => {
    const file = writeTemp('object.json', '{"type": "turn.ended", "actor": "host"}');
    expect(cli('run', SCENARIO_2008, file)).toEqual({
      code: 1,
      out: [],
      err: [`${file}: must be a JSON array of intents, [{ "type": …, "actor": … }, …]`],
    });
    expect(cli('run', SCENARIO_2008, OPENING, '--seed', 'x').code).toBe(2);
  });
});

describe('paros simulate', () => {
  test('is deterministic: the same seeds print the same games', () => {
    const first = cli('simulate', SCENARIO_2008, '--games', '2', '--seed', '1');
    const second = cli('simulate', SCENARIO_2008, '--games', '2', '--seed', '1');
    expect(first.code).toBe(0);
    expect(first.out).toEqual(second.out);
    expect(first.out.filter((line) => /^\s*\d+\s/.test(line))).toHaveLength(2);
    expect(first.out.at(-1)).toMatch(/^total\s/);
  }, 60_000);

  test('needs --games and --seed', () => {
    const result = cli('simulate', SCENARIO_2008, '--games', '2');
    expect(result.code).toBe(2);
    expect(result.err.at(-1)).toBe(
      'usage: paros simulate <scenario.json> --games N --seed S [--json]',
    );
  });
});

describe('paros coverage', () => {
  test('covers every state and transition of every procedure machine', () => {
    const result = cli('coverage');
    expect(result.code).toBe(0);
    expect(result.out.at(-1)).toMatch(/^all \d+ machines fully covered$/);
  }, 60_000);
});

describe('the command line', () => {
  test('an unknown command is a usage error', () => {
    const result = cli('frobnicate');
    expect(result.code).toBe(2);
    expect(result.err[0]).toBe('paros: unknown command "frobnicate"');
  });

  test('runs as a real process through its entry point', () => {
    const result = spawnSync(
      'npx',
      ['tsx', 'src/cli/main.ts', 'validate', 'scenarios/classroom-2008.json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('ok  scenarios/classroom-2008.json\n');
    expect(result.status).toBe(0);
  }, 60_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
