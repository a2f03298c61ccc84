/**
 * The PAROS engine: the only door the game, the server, the bots and the tools use.
 *
 * A game is a scenario, a seed and the list of accepted intents; everything else is derived.
 *
 * @example
 * const loaded = parseScenario(json, 'scenarios/classroom-2008.json');
 * if (loaded.ok) {
 *   let state = createGame(loaded.scenario, 1);
 *   const result = apply(state, { type: 'document.submitted', actor: 'RUS', document: 'ppwt-2008' });
 *   if (result.ok) state = result.state;
 *   const mine = view(state, 'USA');
 * }
 */
export { apply } from './apply';
export type { ApplyResult } from './apply';
export { createGame } from './create-game';
export { legalActions } from './legal-actions';
export { view } from './view';
export type { GameView, SeatView, Viewer } from './view';
export { beliefState, BELIEF_RANDOM } from './belief-state';
export { securityIndex } from './economy/security-index';
export { actionPreview } from './economy/preview';
export type { ActionPreview, SeatPreview } from './economy/preview';
export { ACTION_TABLE, actionEffect, decisionTopic } from './economy/action-effects';
export type { ActionEffect, ActionKey, ActionRow, SeatChange } from './economy/action-effects';
export { DECISION_STANCE, DOCUMENT_STANCE, RESOLUTION_STANCE } from './economy/stances';
export type { DecisionTopic, Stance } from './economy/stances';
export {
  STANDING_GROUPS,
  STANDING_MIN,
  STANDING_MAX,
  STANDING_NEUTRAL,
  GROUP_NAMES,
  SEAT_GROUP,
  standingGroupOf,
} from './economy/standing';
export type { StandingGroup, Standing, StandingDeltas } from './economy/standing';
export { DEFAULT_ECONOMY } from './economy/economy-settings';
export type { EconomySettings } from './economy/economy-settings';
export { scoreSeat, scoreGame } from './scoring/score';
export { leadersOf, parPercentile } from './scoring/par';
export type { GameScore, SeatScore, ObjectiveScore } from './scoring/score';
export { checkCondition, conditionSchema, ACTION_KINDS } from './scoring/conditions';
export type {
  Condition,
  ConditionInput,
  ConditionKind,
  ConditionResult,
  ActionKind,
} from './scoring/conditions';
export { replay, undo } from './log/replay';
export type { ReplayResult } from './log/replay';
export { hashState, canonicalJson } from './log/hash';
export { makeSave, loadSave, SAVE_FORMAT, SAVE_VERSION } from './log/save';
export type { SaveFile, LoadSaveResult } from './log/save';
export { simulate } from './simulate';
export type { SimulationOptions, SimulationResult } from './simulate';
export { parseScenario, formatProblems } from './scenario/load-scenario';
export { sideBySide } from './scenario/compare-texts';
export type { SideBySide, SideBySideRow } from './scenario/compare-texts';
export type { ScenarioProblem, ScenarioResult } from './scenario/load-scenario';
export type {
  Scenario,
  ScenarioFile,
  CalendarTurn,
  TimedEvent,
  Objective,
  ScheduledInstruction,
} from './scenario/scenario.schema';
export { intentSchema } from './intents/intent.schema';
export type { Intent, IntentInput, IntentType } from './intents/intent.schema';
export type { Rejection, RejectionCode } from './intents/rejection';
export type {
  GameState,
  RecordEntry,
  SeatState,
  DocumentEntry,
  JointStatement,
} from './state/game-state';
export { SEATS, HOST, CHAIR, isSeat } from './ids';
export { presidentNow } from './intents/cd-session.handlers';
export type { SeatId, ActorId } from './ids';
export {
  memberName,
  cdMembers,
  unMembers,
  unMembersOn,
  isCdMember,
  isUnMember,
  cdGroupOf,
  euMembersOn,
} from './data/members';
export { exploreMachine } from './testing/coverage';
export type { MachineCoverage } from './testing/coverage';
export { explorations } from './procedures/explorations';
export { parseHistoryLog, historyLogSchema } from './history/history-log.schema';
export type { HistoryLog, HistoryStep, HistoryLogResult } from './history/history-log.schema';
export { replayHistory, stepsUntil, HistoryError } from './history/replay-history';
export type {
  ReplayedStep,
  HistoryReplay,
  HistoryReplayOptions,
  HistoryErrorCode,
} from './history/replay-history';
export { forkHistory } from './history/fork';
export type { HistoryFork, SeatControllers } from './history/fork';
export { transcriptOf, formatTranscriptLine, formatTally } from './history/transcript';
export type { TranscriptLine, TranscriptForum } from './history/transcript';
export type { DocumentLifecycleContext } from './procedures/documents/document-lifecycle.machine';
export type { ConsensusDecisionContext } from './procedures/cd/consensus-decision.machine';
export type { DraftResolutionContext } from './procedures/unga/draft-resolution.machine';
export type { TreatyNegotiationContext } from './procedures/cd/treaty-negotiation.machine';
