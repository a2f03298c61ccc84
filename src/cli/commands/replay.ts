import type { HistoryReplay, SeatId, TranscriptLine, Viewer } from '../../engine/index';
import {
  HistoryError,
  formatProblems,
  formatTally,
  formatTranscriptLine,
  hashState,
  isSeat,
  memberName,
  parseHistoryLog,
  replayHistory,
  transcriptOf,
} from '../../engine/index';
import type { CliIo, Command } from '../cli-io';
import { EXIT, parseCommandLine, usageError } from '../cli-io';
import { readJson } from '../read-json';
import type { DecisionLine, DocumentLine, VoteLine } from '../run-summary';
import { decisions, documents, votes } from '../run-summary';
import { loadScenarioFile } from '../scenario-file';

export const REPLAY_USAGE =
  'paros replay <scenario.json> [--log <log.json>] [--until SYMBOL|DATE] [--seat CHN|RUS|USA|EU] [--json]';

/** What `paros replay` reports after the transcript. */
export interface ReplaySummary {
  readonly replayed: number;
  readonly steps: number;
  readonly complete: boolean;
  readonly date: string;
  readonly phase: string;
  readonly documents: readonly DocumentLine[];
  readonly decisions: readonly DecisionLine[];
  readonly votes: readonly VoteLine[];
  readonly hash: string;
}

/**
 * `paros replay <scenario> [--log …] [--until …] [--seat …] [--json]`: replays the historical
 * record of a scenario (by default the log beside it: `x.json` → `x.log.json`) and prints its
 * transcript — with `--seat`, only what that delegation could see — then the documents register,
 * the CD's decisions, the General Assembly's votes and the hash of the state reached. Lines of
 * steps the record is not sure of end with `[uncertain]` or `[reconstructed]`. Exits 1 when the
 * scenario or the log is bad or a step of the log is refused, 2 for a bad command line
 * (including an `--until` the log never reaches).
 */
export const replay: Command = (args, io) => {
  const parsed = parseCommandLine(
    {
      args: [...args],
      options: {
        log: { type: 'string' },
        until: { type: 'string' },
        seat: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    },
    REPLAY_USAGE,
    io,
  );
  if (parsed === null) return EXIT.usage;
  if (parsed.values.help) {
    io.out(`usage: ${REPLAY_USAGE}`);
    return EXIT.ok;
  }
  const [scenarioFile, ...extra] = parsed.positionals;
  if (scenarioFile === undefined || extra.length > 0) {
    return usageError(io, REPLAY_USAGE, 'give one scenario file');
  }
  const seat = parsed.values.seat;
  if (seat !== undefined && !isSeat(seat)) {
    return usageError(io, REPLAY_USAGE, `--seat must be CHN, RUS, USA or EU, not "${seat}"`);
  }
  const logFile = parsed.values.log ?? defaultLogFile(scenarioFile);

  const loaded = loadScenarioFile(scenarioFile);
  if (!loaded.ok) return fail(io, loaded.lines);
  const read = readJson(logFile);
  if (!read.ok) return fail(io, [read.error]);
  const log = parseHistoryLog(read.value, logFile);
  if (!log.ok) return fail(io, formatProblems(logFile, log.problems).split('\n'));

  let replayed: HistoryReplay;
  try {
    replayed = replayHistory(
      loaded.scenario,
      log.log,
      parsed.values.until === undefined ? {} : { until: parsed.values.until },
    );
  } catch (error) {
    if (!(error instanceof HistoryError)) throw error;
    if (error.code === 'unknown-until') return usageError(io, REPLAY_USAGE, error.message);
    const path = error.step === undefined ? 'scenario' : `steps[${error.step.index}]`;
    return fail(io, [`${logFile}: ${path}: ${error.message}`]);
  }

  const viewer: Viewer = seat ?? 'host';
  const transcript = transcriptOf(replayed.state, viewer, replayed.steps);
  const summary = summarizeReplay(replayed, log.log.steps.length);
  if (parsed.values.json) {
    io.out(
      JSON.stringify(
        { scenario: scenarioFile, log: logFile, viewer, transcript, summary },
        null,
        2,
      ),
    );
  } else {
    transcript.forEach((line) => io.out(formatTranscriptLine(line)));
    io.out('');
    printSummary(io, viewer, transcript, summary, parsed.values.until);
  }
  return EXIT.ok;
};

/** `scenarios/ppwt-history.json` → `scenarios/ppwt-history.log.json`. */
export function defaultLogFile(scenarioFile: string): string {
  return scenarioFile.endsWith('.json')
    ? `${scenarioFile.slice(0, -'.json'.length)}.log.json`
    : `${scenarioFile}.log.json`;
}

function fail(io: CliIo, lines: readonly string[]): number {
  lines.forEach((entry) => io.err(entry));
  return EXIT.failure;
}

function summarizeReplay(replayed: HistoryReplay, total: number): ReplaySummary {
  const { state } = replayed;
  return {
    replayed: replayed.stoppedAt,
    steps: total,
    complete: replayed.complete,
    date: state.date,
    phase: state.phase,
    documents: documents(state),
    decisions: decisions(state),
    votes: votes(state),
    hash: hashState(state),
  };
}

function printSummary(
  io: CliIo,
  viewer: Viewer,
  transcript: readonly TranscriptLine[],
  summary: ReplaySummary,
  until: string | undefined,
): void {
  const where = summary.complete
    ? 'the whole record'
    : `stopped before step ${summary.replayed}${until === undefined ? '' : ` (until ${until})`}`;
  io.out(`${summary.replayed} of ${summary.steps} steps replayed: ${where}`);
  const marked = (confidence: string): number =>
    transcript.filter((line) => line.confidence === confidence).length;
  io.out(
    `${transcript.length} lines seen by ${viewerName(viewer)}; ` +
      `${marked('uncertain')} uncertain, ${marked('reconstructed')} reconstructed`,
  );
  io.out('');
  io.out('Documents');
  for (const document of summary.documents) {
    const links = [
      document.respondsTo.length > 0 ? `answers ${document.respondsTo.join(', ')}` : '',
      document.responses.length > 0 ? `answered by ${document.responses.join(', ')}` : '',
    ].filter((text) => text !== '');
    io.out(
      `  ${document.symbol}  ${document.date ?? '—'}  ${document.authors.join(' ')}  ` +
        `${document.kind}, ${document.status}${links.length > 0 ? `  (${links.join('; ')})` : ''}`,
    );
  }
  if (summary.decisions.length > 0) {
    io.out('Decisions of the Conference');
    for (const decision of summary.decisions) {
      const objectors =
        decision.objectors.length > 0 ? `, objected to by ${decision.objectors.join(' ')}` : '';
      io.out(
        `  ${decision.id}  ${decision.subject}${decision.document ? ` (${decision.document})` : ''}  ${decision.status}${objectors}`,
      );
    }
  }
  if (summary.votes.length > 0) {
    io.out('Votes of the General Assembly');
    for (const vote of summary.votes) {
      const stage = vote.stage === 'committee' ? 'First Committee' : 'plenary';
      const subject = vote.subject === 'whole' ? '' : ` ${vote.subject}`;
      const result = vote.method === 'withoutVote' ? 'without a vote' : formatTally(vote);
      io.out(
        `  ${vote.draft}${subject}  ${stage}  ${result}  ${vote.adopted ? 'adopted' : 'rejected'}` +
          `${vote.resolution ? ` → ${vote.resolution}` : ''}`,
      );
    }
  }
  io.out(`State: ${summary.date}, ${summary.phase}; hash ${summary.hash}`);
}

function viewerName(viewer: Viewer): string {
  if (viewer === 'host') return 'the host (everything)';
  if (viewer === 'public') return 'the public';
  return `${memberName(viewer satisfies SeatId)} (${viewer})`;
}
