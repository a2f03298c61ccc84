import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { SEATS } from '../ids';
import { parseScenario } from '../scenario/load-scenario';
import { game } from '../testing/test-game';
import { parPercentile } from './par';
import { scoreGame, scoreSeat } from './score';

const SCENARIOS = ['classroom-2008', 'classroom-2014', 'ppwt-history'];

describe('the scenarios’ objectives', () => {
  test.each(SCENARIOS)(
    '%s gives every seat the same total of points, instructions included',
    (name) => {
      const file = fileURLToPath(new URL(`../../../scenarios/${name}.json`, import.meta.url));
      const loaded = parseScenario(JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
      if (!loaded.ok) throw new Error(`${name} does not load`);
      const { seats, instructions } = loaded.scenario;
      const totals = SEATS.map(
        (seat) =>
          seats[seat].objectives.reduce((sum, objective) => sum + objective.points, 0) +
          instructions
            .filter((instruction) => instruction.seat === seat)
            .reduce((sum, instruction) => sum + (instruction.objective?.points ?? 0), 0),
      );
      expect(new Set(totals).size).toBe(1);
    },
  );
});

describe('scoreSeat', () => {
  test('explains each objective with the record lines of the actions that met it', () => {
    const g = game('classroom-2008')
      .as('RUS')
      .does({ type: 'document.submitted', document: 'ppwt-2008' });
    const circulated = g.state.record.at(-1)!.summary;
    const score = scoreSeat(g.state, 'RUS');
    const tabled = score.objectives.find((objective) => objective.id === 'ppwt-on-the-table')!;
    expect(tabled.met).toBe(true);
    expect(tabled.earned).toBe(tabled.points);
    expect(tabled.evidence.some((line) => line.endsWith(circulated))).toBe(true);
    expect(score.explanation).toContain(
      `Met (${tabled.points} of ${tabled.points} points): ${tabled.text}`,
    );
    const body = score.objectives.find((objective) => objective.id === 'paros-negotiating-body')!;
    expect([body.met, body.earned]).toEqual([false, 0]);
    expect(score.explanation.join('\n')).toContain('The Conference never set up');
  });

  test('the total is the objectives’ points plus the standing and capital bonuses', () => {
    const { state } = game('classroom-2014').as('USA').does({ type: 'moratorium.declared' });
    for (const seat of SEATS) {
      const score = scoreSeat(state, seat);
      expect(score.total).toBe(score.objectivePoints + score.standingBonus + score.capitalBonus);
      expect(score.possible).toBe(
        state.seats[seat].objectives.reduce((sum, o) => sum + o.points, 0),
      );
      expect(Math.abs(score.standingBonus)).toBeLessThanOrEqual(10);
      expect(score.capitalBonus).toBeLessThanOrEqual(5);
      expect(score.explanation[0]).toContain(`${score.total} in all`);
    }
  });
});

describe('scoreGame', () => {
  /** A finished classroom 2008 game whose seats have a par but no measured scores behind it. */
  function finishedWithParsOnly() {
    const g = game('classroom-2008');
    g.host.endsTurn(g.state.calendar.length);
    g.state = produce(g.state, (draft) => {
      for (const seat of SEATS) delete draft.seats[seat].parScores;
    });
    return g;
  }

  test('the best margin over par wins a completed game, and ties share the win', () => {
    const g = finishedWithParsOnly();
    const score = scoreGame(g.state);
    const top = Math.max(...SEATS.map((seat) => score.seats[seat].margin));
    expect(score.outcome).toBe('completed');
    expect(score.winners).toEqual(SEATS.filter((seat) => score.seats[seat].margin === top));
    const level = produce(g.state, (draft) => {
      for (const seat of SEATS) {
        draft.seats[seat].par = 0;
        draft.seats[seat].objectives = [];
        draft.seats[seat].capital = 8;
        draft.seats[seat].standing = { G21: 50, WEOG: 50, EEG: 50, CHN: 50, EU: 50 };
      }
    });
    expect(scoreGame(level).winners).toEqual([...SEATS]);
    expect(scoreGame(level).explanation[0]).toContain('share the win');
  });

  test('with pars, the seat that beats its own par by the most wins, not the highest total', () => {
    const g = finishedWithParsOnly();
    const totals = scoreGame(g.state).seats;
    const lowest = [...SEATS].sort((a, b) => totals[a].total - totals[b].total)[0]!;
    const handicapped = produce(g.state, (draft) => {
      // Every seat's par is 20 above its total, the lowest scorer's only 15.
      for (const seat of SEATS) draft.seats[seat].par = totals[seat].total + 20;
      draft.seats[lowest].par = totals[lowest].total + 15;
    });
    const score = scoreGame(handicapped);
    expect(score.winners).toEqual([lowest]);
    expect(score.seats[lowest].margin).toBe(-15);
    expect(score.explanation[0]).toContain('-15 against its par');
    expect(score.seats[lowest].explanation[0]).toContain('15 worse (-15)');
    const withoutPars = produce(g.state, (draft) => {
      for (const seat of SEATS) draft.seats[seat].par = 0;
    });
    const top = Math.max(...SEATS.map((seat) => totals[seat].total));
    expect(scoreGame(withoutPars).winners).toEqual(
      SEATS.filter((seat) => totals[seat].total === top),
    );
  });

  test('with measured scores, the seat that beats the largest share of its own seat’s wins', () => {
    const g = game('classroom-2008');
    g.host.endsTurn(g.state.calendar.length);
    const totals = scoreGame(g.state).seats;
    const lowest = [...SEATS].sort((a, b) => totals[a].total - totals[b].total)[0]!;
    const measured = produce(g.state, (draft) => {
      // Each seat's total sits in the middle of its measured scores; the lowest scorer's beats
      // three of four (and ties none).
      for (const seat of SEATS) {
        const total = totals[seat].total;
        draft.seats[seat].parScores = [total - 5, total, total, total + 5, total + 9];
      }
      const total = totals[lowest].total;
      draft.seats[lowest].parScores = [total - 9, total - 5, total - 1, total + 40];
    });
    const score = scoreGame(measured);
    expect(score.winners).toEqual([lowest]);
    expect(score.seats[lowest].parPercentile).toBe(75);
    for (const seat of SEATS.filter((other) => other !== lowest))
      expect(score.seats[seat].parPercentile).toBe(40);
    expect(score.explanation[0]).toContain('better than 75% of standard delegations in its seat');
    expect(score.seats[lowest].explanation[0]).toContain('beats 75% of its measured scores');
  });

  test('parPercentile counts a tie as half and needs measured scores', () => {
    expect(parPercentile(83, [67, 67, 83, 83, 97])).toBe(60);
    expect(parPercentile(60, [67, 83])).toBe(0);
    expect(parPercentile(100, [67, 83])).toBe(100);
    expect(parPercentile(83, [])).toBeNull();
    expect(parPercentile(83, undefined)).toBeNull();
  });

  test('after a collapse no one wins, whatever the points', () => {
    const g = game('classroom-2008');
    g.state = produce(g.state, (draft) => {
      draft.tension = 75;
      draft.debris = 75;
    });
    g.as('USA').does({ type: 'asatTest.conducted', destructive: true });
    const score = scoreGame(g.state);
    expect(score.outcome).toBe('collapse');
    expect(score.winners).toEqual([]);
    expect(score.explanation[0]).toContain('Everyone loses');
  });

  test('a game under way gets a provisional score without winners', () => {
    const score = scoreGame(game('classroom-2014').state);
    expect([score.outcome, score.winners]).toEqual(['playing', []]);
  });
});
