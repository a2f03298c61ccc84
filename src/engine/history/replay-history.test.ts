import { describe, expect, test } from 'vitest';
import opening from '../../../scenarios/examples/classroom-2008-opening.json';
import type { Confidence } from '../scenario/scenario.schema';
import { hashState, replay } from '../index';
import { loadScenario } from '../testing/test-game';
import type { HistoryLog } from './history-log.schema';
import { parseHistoryLog } from './history-log.schema';
import { HistoryError, replayHistory, stepsUntil } from './replay-history';
import { formatTranscriptLine, transcriptOf } from './transcript';

const scenario = loadScenario('classroom-2008');

const RUSSIA_CHINA_TALKS = 'a joint answer to the United States, before anyone else hears of it';
const US_COMMENTS_DRAFT = 'Washington drafts its objections to CD/1839 before circulating them.';

/**
 * A small historical log: the accepted intents of the classroom-2008 opening, with a private
 * consultation of Russia and China and a private US draft slipped in after CD/1839 is circulated.
 * Most steps are verified; the consultation is reconstructed and the First Committee vote uncertain.
 */
function classroomLog(): HistoryLog {
  const played = replay(scenario, 1, opening).accepted;
  const intents: unknown[] = [
    played[0],
    {
      type: 'consultation.held',
      actor: 'RUS',
      with: ['CHN'],
      topic: RUSSIA_CHINA_TALKS,
    },
    {
      type: 'document.drafted',
      actor: 'USA',
      draft: {
        kind: 'comments',
        title: 'Draft US comments on CD/1839',
        summary: US_COMMENTS_DRAFT,
        respondsTo: ['CD/1839'],
      },
    },
    ...played.slice(1),
  ];
  const confidence = (intent: unknown): Confidence => {
    const { type } = intent as { type: string };
    if (type === 'consultation.held') return 'reconstructed';
    if (type === 'vote.cast' || type === 'voting.closed') return 'uncertain';
    return 'verified';
  };
  const log = {
    schemaVersion: 1,
    scenario: 'classroom-2008',
    seed: 1,
    steps: intents.map((intent) => ({
      intent,
      confidence: confidence(intent),
      source: 'classroom-2008-opening.json',
      ...(confidence(intent) === 'verified' ? {} : { note: 'written for the test' }),
    })),
  };
  const parsed = parseHistoryLog(JSON.parse(JSON.stringify(log)), 'classroom.log.json');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.log;
}

const log = classroomLog();
const typeOf = (index: number): unknown => log.steps[index]?.intent.type;

describe('replaying a historical log', () => {
  test('replays every step of the record and reaches the state of a plain replay of its intents', () => {
    const replayed = replayHistory(scenario, log);
    expect(replayed.complete).toBe(true);
    expect(replayed.stoppedAt).toBe(log.steps.length);
    expect(replayed.steps.map((step) => step.index)).toEqual(log.steps.map((_, index) => index));
    const plain = replay(
      scenario,
      log.seed,
      log.steps.map((step) => step.intent),
    );
    expect(plain.rejected).toEqual([]);
    expect(hashState(replayed.state)).toBe(hashState(plain.state));
  });

  test('keeps with each step its confidence, source, note and the record lines it produced', () => {
    const { steps, state } = replayHistory(scenario, log);
    const talks = steps[1]!;
    expect(talks).toMatchObject({
      index: 1,
      confidence: 'reconstructed',
      source: 'classroom-2008-opening.json',
      note: 'written for the test',
      intent: { type: 'consultation.held', actor: 'RUS' },
    });
    expect(talks.events.map((event) => event.kind)).toEqual(['consultation.held']);
    expect(steps[0]!.note).toBeUndefined();
    const lines = steps.flatMap((step) => step.events.map((event) => event.index));
    expect(lines).toEqual(state.record.slice(1).map((entry) => entry.index));
  });

  test('stops right after the step that circulates the symbol asked for', () => {
    const replayed = replayHistory(scenario, log, { until: 'CD/1840' });
    const last = replayed.steps.at(-1)!;
    expect(last.intent.type).toBe('document.tabled');
    expect(last.events.some((event) => event.symbol === 'CD/1840')).toBe(true);
    expect(replayed.stoppedAt).toBe(last.index + 1);
    expect(replayed.complete).toBe(false);
  });

  test('stops right after the First Committee draft is tabled under its symbol', () => {
    const replayed = replayHistory(scenario, log, { until: 'A/C.1/63/L.1' });
    expect(replayed.steps.at(-1)!.intent).toMatchObject({ type: 'draft.tabled', actor: 'EGY' });
    expect(replayed.state.unga.draftOrder).toEqual(['A/C.1/63/L.1']);
  });

  test('stops before the first step that would move the game past the date', () => {
    const replayed = replayHistory(scenario, log, { until: '2008-07-27' });
    expect(replayed.state.date).toBe('2008-05-12');
    expect(typeOf(replayed.stoppedAt)).toBe('turn.ended');
    const further = replayHistory(scenario, log, { steps: replayed.stoppedAt + 1 });
    expect(further.state.date).toBe('2008-07-28');
  });

  test('a date on which the game arrives keeps the step that brings it there', () => {
    const replayed = replayHistory(scenario, log, { until: '2008-05-12' });
    expect(replayed.state.date).toBe('2008-05-12');
    expect(replayed.steps.at(-1)!.intent.type).toBe('turn.ended');
  });

  test('refuses an until that is neither a symbol of the log nor a date of the record', () => {
    const refused = (until: string): HistoryError => {
      try {
        replayHistory(scenario, log, { until });
      } catch (error) {
        if (error instanceof HistoryError) return error;
        throw error;
      }
      throw new Error(`until ${until} was accepted`);
    };
    expect(refused('CD/9999')).toMatchObject({
      code: 'unknown-until',
      message: 'until CD/9999: no step of the log carries that symbol',
    });
    expect(refused('2008-02-30').message).toBe('until 2008-02-30: not a date written YYYY-MM-DD');
    expect(refused('2008-2-3').message).toBe('until 2008-2-3: not a date written YYYY-MM-DD');
    expect(refused('2007-12-31').message).toBe(
      'until 2007-12-31: the record begins on 2008-02-12, after that date',
    );
    expect(refused(' ').code).toBe('unknown-until');
  });

  test('reports a refused step with its index, its type and the reason the rules give', () => {
    const broken: HistoryLog = {
      ...log,
      steps: [
        ...log.steps.slice(0, 8),
        {
          intent: { type: 'objection.raised', actor: 'EU', decision: 'CD-D/2008/1' },
          confidence: 'uncertain',
          source: 'a misremembered meeting',
        },
        ...log.steps.slice(8),
      ],
    };
    let caught: unknown;
    try {
      replayHistory(scenario, broken);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HistoryError);
    const error = caught as HistoryError;
    expect(error.code).toBe('refused-step');
    expect(error.step).toMatchObject({ index: 8, type: 'objection.raised' });
    expect(error.step?.rejection.code).toBe('not-a-member');
    expect(error.message).toMatch(
      /^step 8 \(objection\.raised EU\) is refused: not-a-member: objection\.raised: European Union is not a member/,
    );
    expect(() => replayHistory(scenario, broken, { steps: 8 })).not.toThrow();
  });

  test('refuses a log written for another scenario', () => {
    expect(() => replayHistory(scenario, { ...log, scenario: 'classroom-2014' })).toThrow(
      'the log is of scenario "classroom-2014", not "classroom-2008"',
    );
  });

  test('stepsUntil gives the step a replay stops at, for a symbol, a date or an index', () => {
    expect(stepsUntil(scenario, log, 'CD/1840')).toBe(
      replayHistory(scenario, log, { until: 'CD/1840' }).stoppedAt,
    );
    expect(stepsUntil(scenario, log, '2008-07-27')).toBe(
      replayHistory(scenario, log, { until: '2008-07-27' }).stoppedAt,
    );
    expect(stepsUntil(scenario, log, 5)).toBe(5);
    expect(stepsUntil(scenario, log, log.steps.length)).toBe(log.steps.length);
    expect(() => stepsUntil(scenario, log, log.steps.length + 1)).toThrow(
      `step ${log.steps.length + 1} is not in the log: give a whole number from 0 to ${log.steps.length}`,
    );
    expect(() => stepsUntil(scenario, log, 2.5)).toThrow(HistoryError);
  });
});

describe('reading a history log', () => {
  test('names the field at fault in a log that does not fit', () => {
    const json = JSON.parse(JSON.stringify(log)) as Record<string, unknown> & {
      steps: Record<string, unknown>[];
    };
    json.steps[1]!.confidence = 'probable';
    json.steps[2]!.intent = 'turn.ended';
    delete json.steps[3]!.source;
    json.comment = 'not a field of a log';
    const parsed = parseHistoryLog(json, 'x.log.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.file).toBe('x.log.json');
    expect(parsed.problems.map((problem) => problem.path).sort()).toEqual([
      '',
      'steps[1].confidence',
      'steps[2].intent',
      'steps[3].source',
    ]);
    expect(parsed.problems.find((problem) => problem.path === '')!.message).toMatch(/comment/);
    expect(parsed.problems.find((problem) => problem.path === 'steps[2].intent')!.message).toBe(
      'must be an intent: { "type": …, "actor": … }',
    );
  });
});

describe('the transcript of a replayed record', () => {
  const replayed = replayHistory(scenario, log);
  const texts = (viewer: Parameters<typeof transcriptOf>[1]): string[] =>
    transcriptOf(replayed.state, viewer, replayed.steps).map((line) => line.text);
  const hasLine = (lines: string[], part: string): boolean =>
    lines.some((line) => line.includes(part));

  test('a delegation does not see the consultations it was not part of, nor drafts it does not hold', () => {
    const usa = texts('USA');
    const russia = texts('RUS');
    const eu = texts('EU');
    expect(hasLine(usa, RUSSIA_CHINA_TALKS)).toBe(false);
    expect(hasLine(eu, RUSSIA_CHINA_TALKS)).toBe(false);
    expect(hasLine(russia, RUSSIA_CHINA_TALKS)).toBe(true);
    expect(hasLine(texts('CHN'), RUSSIA_CHINA_TALKS)).toBe(true);
    const draftLine = replayed.steps[2]!.events[0]!.summary;
    expect(hasLine(usa, draftLine)).toBe(true);
    expect(hasLine(russia, draftLine)).toBe(false);
    expect(hasLine(eu, draftLine)).toBe(false);
    expect(texts('public')).not.toContain(draftLine);
    expect(texts('host')).toHaveLength(replayed.state.record.length);
    const othersInstructions = replayed.state.record.filter(
      (entry) => entry.kind === 'instruction.received' && !entry.visibleTo.includes('USA'),
    );
    expect(usa).toHaveLength(replayed.state.record.length - 1 - othersInstructions.length);
  });

  test('each line gives the date, the forum, who acted by name, the symbol and the tally', () => {
    const lines = transcriptOf(replayed.state, 'host', replayed.steps);
    expect(lines[0]).toEqual({
      index: 0,
      date: '2008-02-12',
      forum: 'world',
      actor: 'host',
      actorName: 'the host',
      kind: 'game.started',
      text: replayed.state.record[0]!.summary,
    });
    expect(lines[1]).toMatchObject({
      date: '2008-02-12',
      forum: 'CD',
      actor: 'RUS',
      actorName: 'Russian Federation',
      symbol: 'CD/1839',
      step: 0,
      confidence: 'verified',
    });
    expect(lines.find((line) => line.kind === 'plenary.convened')?.actorName).toBe('Tunisia');
    const talks = lines.find((line) => line.kind === 'consultation.held')!;
    expect(talks.seenBy).toEqual(['RUS', 'CHN']);
    const vote = lines.find((line) => line.kind === 'vote.recorded')!;
    expect(vote).toMatchObject({
      forum: 'First Committee',
      actorName: 'the chair',
      symbol: 'A/C.1/63/L.1',
      tally: { yes: 6, no: 1, abstain: 1, absent: 184 },
      confidence: 'uncertain',
    });
    expect(formatTranscriptLine(vote)).toBe(
      `2008-10-06  First Committee  the chair: ${vote.text}  A/C.1/63/L.1  6–1–1 (absent 184)  [uncertain]`,
    );
  });

  test('marks the lines of steps the record is not sure of, and only those', () => {
    const lines = transcriptOf(replayed.state, 'RUS', replayed.steps).map(formatTranscriptLine);
    const talks = lines.find((line) => line.includes(RUSSIA_CHINA_TALKS))!;
    expect(talks).toMatch(/\(seen by RUS, CHN\) {2}\[reconstructed\]$/);
    const marked = lines.filter((line) => / \[(uncertain|reconstructed)\]$/.test(line));
    // the consultation, eight votes cast (the EU's was refused and is not in the log), the count
    expect(marked).toHaveLength(1 + 8 + 2);
    expect(lines.filter((line) => line.includes('[verified]'))).toEqual([]);
    expect(lines[1]).not.toMatch(/\]$/);
  });

  test('without the steps the transcript has no marks, and it is plain JSON', () => {
    const lines = transcriptOf(replayed.state, 'host');
    expect(lines.some((line) => line.confidence !== undefined)).toBe(false);
    expect(JSON.parse(JSON.stringify(lines))).toEqual(lines);
  });
});
