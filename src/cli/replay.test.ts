import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TranscriptLine } from '../engine/index';
import { parseScenario, replay } from '../engine/index';
import { defaultLogFile } from './commands/replay';
import { runCli } from './main';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCENARIO_2008 = join(ROOT, 'scenarios/classroom-2008.json');
const OPENING = join(ROOT, 'scenarios/examples/classroom-2008-opening.json');
const TALKS = 'what to answer the United States';

/** Runs the command line in-process and keeps what it printed. */
function cli(...argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

let temp: string;
/** The classroom scenario copied into a temporary folder, its log written beside it. */
let scenarioFile: string;

/**
 * The classroom-2008 opening as a history log: its accepted intents, with a private consultation
 * of Russia and China after CD/1839; the consultation is reconstructed, the votes uncertain.
 */
function classroomLog(): unknown {
  const parsed = parseScenario(JSON.parse(readFileSync(SCENARIO_2008, 'utf8')), SCENARIO_2008);
  if (!parsed.ok) throw new Error('classroom-2008 should be valid');
  const opening = JSON.parse(readFileSync(OPENING, 'utf8')) as unknown[];
  const [first, ...rest] = replay(parsed.scenario, 1, opening).accepted;
  const intents = [
    first!,
    { type: 'consultation.held', actor: 'RUS', with: ['CHN'], topic: TALKS },
    ...rest,
  ];
  return {
    schemaVersion: 1,
    scenario: 'classroom-2008',
    seed: 1,
    steps: intents.map((intent) => ({
      intent,
      confidence:
        intent.type === 'consultation.held'
          ? 'reconstructed'
          : intent.type === 'vote.cast'
            ? 'uncertain'
            : 'verified',
      source: intent.type === 'document.submitted' ? 'CD/1839' : 'classroom-2008-opening.json',
    })),
  };
}

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'paros-replay-'));
  scenarioFile = join(temp, 'classroom-2008.json');
  copyFileSync(SCENARIO_2008, scenarioFile);
  writeFileSync(join(temp, 'classroom-2008.log.json'), JSON.stringify(classroomLog(), null, 2));
});
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('paros replay', () => {
  test('prints the whole transcript from the log beside the scenario, then the registers and the hash', () => {
    const result = cli('replay', scenarioFile);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/^2008-02-12 {2}world {2}the host: Classroom 2008/);
    expect(result.out[1]).toMatch(
      /^2008-02-12 {2}CD {2}Russian Federation: Russian Federation and China circulate CD\/1839: .* {2}CD\/1839$/,
    );
    expect(result.out).toContain(
      `2008-02-12  CD  Russian Federation: Russian Federation consults China in private on ${TALKS}.  (seen by RUS, CHN)  [reconstructed]`,
    );
    expect(result.out).toContain(
      '2008-10-06  First Committee  Israel: Israel votes to abstain on A/C.1/63/L.1.  A/C.1/63/L.1  [uncertain]',
    );
    expect(result.out).toContain(
      '2008-10-06  First Committee  the chair: Recorded vote in the First Committee on A/C.1/63/L.1: 6 in favour, 1 against, 1 abstention — adopted.  A/C.1/63/L.1  6–1–1 (absent 184)',
    );
    const summary = result.out.slice(result.out.indexOf('') + 1);
    expect(summary[0]).toBe('28 of 28 steps replayed: the whole record');
    expect(summary[1]).toMatch(
      /^\d+ lines seen by the host \(everything\); 8 uncertain, 1 reconstructed$/,
    );
    expect(summary).toContain(
      '  CD/1839  2008-02-12  RUS CHN  draftTreaty, answered  (answers CD/1679; answered by CD/1840)',
    );
    expect(summary).toContain('  CD-D/2008/1  programmeOfWork  blocked, objected to by USA');
    expect(summary).toContain('  A/C.1/63/L.1  First Committee  6–1–1 (absent 184)  adopted');
    expect(summary.at(-1)).toMatch(/^State: 2008-10-06, playing; hash [0-9a-f]{14}$/);
  });

  test('--seat shows only what that delegation could see', () => {
    const usa = cli('replay', scenarioFile, '--seat', 'USA');
    const china = cli('replay', scenarioFile, '--seat', 'CHN');
    expect(usa.code).toBe(0);
    expect(usa.out.some((line) => line.includes(TALKS))).toBe(false);
    expect(china.out.some((line) => line.includes(TALKS))).toBe(true);
    expect(usa.out).toContain('28 of 28 steps replayed: the whole record');
    expect(usa.out.find((line) => line.includes('lines seen by'))).toMatch(
      /lines seen by United States of America \(USA\); 8 uncertain, 0 reconstructed$/,
    );
    const hash = (out: string[]): string | undefined => out.at(-1)?.split('hash ')[1];
    expect(hash(usa.out)).toBe(hash(china.out));
  });

  test('--until stops after the step that carries a symbol, or before a date is passed', () => {
    const bySymbol = cli('replay', scenarioFile, '--until', 'CD/1840');
    expect(bySymbol.code).toBe(0);
    const transcript = bySymbol.out.slice(0, bySymbol.out.indexOf(''));
    expect(transcript.at(-1)).toMatch(/circulates CD\/1840: .* {2}CD\/1840$/);
    expect(bySymbol.out).toContain(
      '12 of 28 steps replayed: stopped before step 12 (until CD/1840)',
    );
    expect(bySymbol.out.some((line) => line.includes('A/C.1/63/L.1'))).toBe(false);

    const byDate = cli('replay', scenarioFile, '--until', '2008-07-27');
    expect(byDate.code).toBe(0);
    expect(byDate.out.at(-1)).toMatch(/^State: 2008-05-12, playing; hash /);
  });

  test('an --until the log never reaches is a usage error that says why', () => {
    const result = cli('replay', scenarioFile, '--until', 'A/RES/63/40');
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err).toEqual([
      'paros replay: until A/RES/63/40: no step of the log carries that symbol',
      'usage: paros replay <scenario.json> [--log <log.json>] [--until SYMBOL|DATE] [--seat CHN|RUS|USA|EU] [--json]',
    ]);
    expect(cli('replay', scenarioFile, '--seat', 'FRA').err[0]).toBe(
      'paros replay: --seat must be CHN, RUS, USA or EU, not "FRA"',
    );
  });

  test('--json gives the transcript lines and the summary for machines', () => {
    const result = cli(
      'replay',
      scenarioFile,
      '--json',
      '--seat',
      'RUS',
      '--until',
      'A/C.1/63/L.1',
    );
    expect(result.code).toBe(0);
    const output = JSON.parse(result.out.join('\n')) as {
      viewer: string;
      log: string;
      transcript: TranscriptLine[];
      summary: { replayed: number; steps: number; complete: boolean; hash: string };
    };
    expect(output.viewer).toBe('RUS');
    expect(output.log).toBe(join(temp, 'classroom-2008.log.json'));
    expect(output.summary).toMatchObject({ steps: 28, complete: false });
    const talks = output.transcript.find((line) => line.kind === 'consultation.held');
    expect(talks).toMatchObject({
      forum: 'CD',
      actor: 'RUS',
      actorName: 'Russian Federation',
      seenBy: ['RUS', 'CHN'],
      step: 1,
      confidence: 'reconstructed',
    });
    expect(output.transcript.at(-1)).toMatchObject({
      kind: 'draft.tabled',
      forum: 'First Committee',
      symbol: 'A/C.1/63/L.1',
    });
  });

  test('names the log and the step when a step of the record is refused', () => {
    const log = classroomLog() as { steps: unknown[] };
    log.steps.splice(3, 0, {
      intent: { type: 'objection.raised', actor: 'EU', decision: 'CD-D/2008/1' },
      confidence: 'uncertain',
      source: 'a misremembered meeting',
    });
    const file = join(temp, 'refused.log.json');
    writeFileSync(file, JSON.stringify(log));
    const result = cli('replay', scenarioFile, '--log', file);
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(
      new RegExp(
        `^${escape(file)}: steps\\[3\\]: step 3 \\(objection\\.raised EU\\) is refused: not-a-member: `,
      ),
    );
  });

  test('names the field at fault in a log that does not fit, and a missing log', () => {
    const file = join(temp, 'bad.log.json');
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        scenario: 'classroom-2008',
        seed: 1,
        steps: [{ intent: {}, confidence: 'sure', source: 'x' }],
      }),
    );
    const bad = cli('replay', scenarioFile, '--log', file);
    expect(bad.code).toBe(1);
    expect(bad.err).toEqual([
      `${file}: steps[0].confidence: Invalid option: expected one of "verified"|"uncertain"|"reconstructed"`,
    ]);
    const missing = cli('replay', join(temp, 'nowhere.json'));
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toBe(
      `${join(temp, 'nowhere.json')}: cannot read the file: no such file`,
    );
  });

  test('the log defaults to the scenario file name with .log.json', () => {
    expect(defaultLogFile('scenarios/ppwt-history.json')).toBe('scenarios/ppwt-history.log.json');
    expect(defaultLogFile('history')).toBe('history.log.json');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
