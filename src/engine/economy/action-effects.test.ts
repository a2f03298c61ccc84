import type { Draft } from 'immer';
import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { apply } from '../apply';
import { SEATS } from '../ids';
import { presidentNow } from '../intents/cd-session.handlers';
import { hashState } from '../log/hash';
import type { GameState } from '../state/game-state';
import type { TestGame } from '../testing/test-game';
import { game } from '../testing/test-game';
import { ACTION_TABLE } from './action-effects';
import { actionPreview } from './preview';
import { securityIndex } from './security-index';
import { DECISION_STANCE } from './stances';

const TOPIC = 'agenda item 3, prevention of an arms race in outer space';

/** Changes the state of a test game directly (a scenario setting, a seat's purse). */
function adjust(g: TestGame, recipe: (draft: Draft<GameState>) => void): TestGame {
  g.state = produce(g.state, recipe);
  return g;
}

function inPlenary(): TestGame {
  return game('classroom-2008').as('TUN').does({ type: 'plenary.convened' });
}

/** Classroom 2014 with a PAROS body with a negotiating mandate on CD/1985 under consultation. */
function negotiatingBodyProposed(): TestGame {
  return game('classroom-2014')
    .as('president')
    .does(
      { type: 'plenary.convened' },
      { type: 'decision.proposed', subject: 'programmeOfWork' },
      { type: 'decision.called', decision: 'CD-D/2014/1' },
      {
        type: 'decision.proposed',
        subject: 'subsidiaryBody',
        body: { id: 'paros', agendaItem: 3, mandate: 'negotiate', basis: 'CD/1985' },
      },
    );
}

describe('what actions cost', () => {
  test('a plenary statement costs its price in capital and wins standing with the Group of 21', () => {
    const g = inPlenary();
    const before = g.state.seats.RUS;
    g.as('RUS').does({ type: 'statement.made', topic: TOPIC });
    const row = ACTION_TABLE['statement.made'];
    expect(g.state.seats.RUS.capital).toBe(before.capital - row.cost);
    expect(g.state.seats.RUS.standing).toEqual({
      ...before.standing,
      G21: before.standing.G21 + row.standing.G21,
    });
  });

  test('a seat that cannot pay is refused as not-enough-capital, and nothing changes', () => {
    const g = adjust(inPlenary(), (draft) => {
      draft.seats.RUS.capital = 0;
    });
    g.as('RUS').isRefused({ type: 'statement.made', topic: TOPIC }, 'not-enough-capital');
    const refused = apply(g.state, { type: 'statement.made', actor: 'RUS', topic: TOPIC });
    expect(!refused.ok && refused.error.message).toContain('costs 1 capital');
  });

  test('a free action stays open to a seat with no capital', () => {
    const g = adjust(negotiatingBodyProposed(), (draft) => {
      draft.seats.CHN.capital = 0;
    });
    g.as('CHN').does({ type: 'consensus.joined', decision: 'CD-D/2014/2' });
    expect(g.state.seats.CHN.capital).toBe(0);
  });

  test('where the scenario does not refuse short seats (the historical replay), capital stops at 0', () => {
    const g = adjust(inPlenary(), (draft) => {
      draft.seats.RUS.capital = 0;
      draft.economy = { ...draft.economy, refuseWhenShort: false };
    });
    g.as('RUS').does({ type: 'statement.made', topic: TOPIC });
    expect(g.state.seats.RUS.capital).toBe(0);
  });

  test('other States, the chair and the host pay nothing and have no standing', () => {
    const g = inPlenary();
    const seats = g.state.seats;
    g.as('PAK').does({ type: 'statement.made', topic: TOPIC });
    expect(g.state.seats).toBe(seats);
  });

  test('each new turn pays every seat its income, up to the cap', () => {
    const g = adjust(game('classroom-2008'), (draft) => {
      draft.seats.USA.capital = draft.economy.cap - 1;
    });
    const before = g.state;
    g.host.endsTurn();
    const { income, cap } = before.economy;
    for (const seat of SEATS)
      expect(g.state.seats[seat].capital).toBe(Math.min(cap, before.seats[seat].capital + income));
  });
  test('each new turn fades goodwill: standing above neutral loses a tenth of its lead, grudges stay', () => {
    const g = adjust(game('classroom-2008'), (draft) => {
      draft.seats.USA.standing.WEOG = 70;
      draft.seats.USA.standing.G21 = 35;
      draft.seats.RUS.standing.EEG = 51;
      draft.seats.CHN.standing.CHN = 80;
    });
    expect(g.state.economy.standingFade).toBe(0.1);
    g.host.endsTurn();
    expect(g.state.seats.USA.standing.WEOG).toBe(68);
    expect(g.state.seats.USA.standing.G21).toBe(35);
    expect(g.state.seats.RUS.standing.EEG).toBe(50);
    // China's standing with itself never moves.
    expect(g.state.seats.CHN.standing.CHN).toBe(80);
  });

  test('a scenario may turn the fade off', () => {
    const g = adjust(game('classroom-2008'), (draft) => {
      draft.economy.standingFade = 0;
      draft.seats.USA.standing.WEOG = 70;
    });
    g.host.endsTurn();
    expect(g.state.seats.USA.standing.WEOG).toBe(70);
  });
});

describe('effects on standing, tension and the other seats', () => {
  test('objecting to a PAROS negotiating body costs the objector with the groups that want it and raises tension', () => {
    const g = negotiatingBodyProposed();
    const before = g.state;
    g.as('USA').does({ type: 'objection.raised', decision: 'CD-D/2014/2' });
    const stance = DECISION_STANCE.parosNegotiatingBody;
    expect(g.state.seats.USA.standing.G21).toBe(before.seats.USA.standing.G21 - 2 * stance.G21);
    expect(g.state.seats.USA.standing.WEOG).toBe(before.seats.USA.standing.WEOG - stance.WEOG);
    expect(g.state.tension).toBe(before.tension + 1);
  });

  test('blocking a proposal another seat made as President costs standing with that seat’s group', () => {
    const g = game('classroom-2008').as('host');
    for (let turns = 0; turns < 6 && presidentNow(g.state) !== 'USA'; turns++)
      g.does({ type: 'presidency.rotated' });
    expect(presidentNow(g.state)).toBe('USA');
    g.as('USA').does(
      { type: 'plenary.convened' },
      { type: 'decision.proposed', subject: 'programmeOfWork' },
    );
    const before = g.state.seats.RUS.standing;
    g.as('RUS').does({ type: 'objection.raised', decision: 'CD-D/2008/1' });
    const agenda = DECISION_STANCE.programmeOfWork;
    expect(g.state.seats.RUS.standing.WEOG).toBe(before.WEOG - 2 * agenda.WEOG - 2);
    g.as('USA').does({ type: 'decision.called', decision: 'CD-D/2008/1' });
    expect(g.state.seats.RUS.standing.G21).toBe(before.G21 - 2 * agenda.G21 - 1);
  });

  test('a joint statement waits for the partner seat, then lifts both with each other’s group', () => {
    const g = game('classroom-2008');
    const before = g.state;
    g.as('RUS').does({ type: 'jointStatement.proposed', with: 'CHN', topic: 'the PPWT' });
    expect(g.state.seats.CHN.standing).toEqual(before.seats.CHN.standing);
    expect(g.view('USA').jointStatements).toEqual([]);
    g.as('CHN').does({ type: 'jointStatement.agreed', statement: 'JS-1' });
    expect(g.state.seats.RUS.capital).toBe(before.seats.RUS.capital - 2);
    expect(g.state.seats.CHN.capital).toBe(before.seats.CHN.capital - 1);
    expect(g.state.seats.RUS.standing.CHN).toBe(before.seats.RUS.standing.CHN + 2);
    expect(g.state.seats.CHN.standing.EEG).toBe(before.seats.CHN.standing.EEG + 2);
    expect(g.state.tension).toBe(before.tension);
    expect(g.view('USA').jointStatements.map((statement) => statement.status)).toEqual(['issued']);
  });

  test('a joint statement across the divide eases tension; a declined one changes nothing but the purse', () => {
    const g = game('classroom-2008');
    const before = g.state;
    g.as('USA').does({ type: 'jointStatement.proposed', with: 'RUS', topic: 'debris' });
    g.as('RUS').does({ type: 'jointStatement.agreed', statement: 'JS-1' });
    expect(g.state.tension).toBe(before.tension - 3);
    g.as('USA').does({ type: 'jointStatement.proposed', with: 'CHN', topic: 'debris' });
    const pending = g.state;
    g.as('CHN').does({ type: 'jointStatement.declined', statement: 'JS-2' });
    expect(g.state.seats).toEqual(pending.seats);
    g.as('CHN').isRefused(
      { type: 'jointStatement.agreed', statement: 'JS-2' },
      'procedure-refused',
    );
    g.as('EU').isRefused({ type: 'jointStatement.agreed', statement: 'JS-1' }, 'unknown-statement');
  });

  test('a destructive ASAT test fills orbit with debris, alarms everyone and hands the others capital', () => {
    const g = game('classroom-2008');
    const before = g.state;
    g.as('CHN').does({ type: 'asatTest.conducted', destructive: true });
    const row = ACTION_TABLE['asatTest:destructive'];
    expect(g.state.debris).toBe(before.debris + row.debris);
    expect(g.state.tension).toBe(before.tension + row.tension);
    expect(g.state.seats.CHN.standing.WEOG).toBe(
      before.seats.CHN.standing.WEOG + row.standing.WEOG,
    );
    expect(g.state.seats.CHN.standing.CHN).toBe(before.seats.CHN.standing.CHN);
    for (const seat of ['RUS', 'USA', 'EU'] as const)
      expect(g.state.seats[seat].capital).toBe(before.seats[seat].capital + 1);
  });

  test('a moratorium eases tension once; breaking it costs more than the test alone', () => {
    const g = game('classroom-2008');
    const start = g.state;
    g.as('USA').does({ type: 'moratorium.declared' });
    expect(g.state.tension).toBe(start.tension + ACTION_TABLE['moratorium.declared'].tension);
    g.isRefused({ type: 'moratorium.declared' }, 'procedure-refused');
    const before = g.state;
    g.does({ type: 'asatTest.conducted', destructive: true });
    expect(g.state.seats.USA.moratorium).toBe('broken');
    const row = ACTION_TABLE['asatTest:destructive'];
    expect(g.state.seats.USA.standing.EU).toBe(before.seats.USA.standing.EU + row.standing.EU - 5);
    expect(g.state.tension).toBe(before.tension + row.tension + 5);
  });

  test('the EU has no ASAT weapon, and States other than the seats act outside the chamber only as timed events', () => {
    const g = game('classroom-2008');
    g.as('EU').isRefused({ type: 'asatTest.conducted', destructive: true }, 'no-asat-capability');
    g.as('IND').isRefused({ type: 'launch.conducted', purpose: 'civil' }, 'not-a-seat');
    g.as('EU').does({ type: 'launch.conducted', purpose: 'civil' });
  });
});

describe('the shared loss', () => {
  test('a security index below the threshold ends the game for everyone, on the record', () => {
    const g = adjust(game('classroom-2008'), (draft) => {
      draft.tension = 70;
      draft.debris = 70;
    });
    expect(securityIndex(g.state)).toBeGreaterThanOrEqual(g.state.economy.collapseBelow);
    g.as('RUS').does({ type: 'asatTest.conducted', destructive: true });
    expect(securityIndex(g.state)).toBeLessThan(g.state.economy.collapseBelow);
    expect(g.state.phase).toBe('ended');
    expect(g.state.outcome).toBe('collapse');
    expect(g.state.record.at(-1)?.kind).toBe('game.collapsed');
    g.as('USA').isRefused({ type: 'moratorium.declared' }, 'game-over');
  });

  test('the last turn ends the game as completed', () => {
    const g = game('classroom-2008');
    g.host.endsTurn(g.state.calendar.length);
    expect([g.state.phase, g.state.outcome]).toEqual(['ended', 'completed']);
  });
});

describe('actionPreview', () => {
  test('shows the price and effects apply will have, without changing the state', () => {
    const g = negotiatingBodyProposed();
    const intent = { type: 'objection.raised', actor: 'USA', decision: 'CD-D/2014/2' } as const;
    const hash = hashState(g.state);
    const preview = actionPreview(g.state, intent);
    expect(hashState(g.state)).toBe(hash);
    const result = apply(g.state, intent);
    if (!preview.ok || !result.ok) throw new Error('the objection should be in order');
    const after = result.state;
    expect(preview.cost).toBe(g.state.seats.USA.capital - after.seats.USA.capital);
    expect(preview.tension).toBe(after.tension - g.state.tension);
    expect(preview.securityIndexAfter).toBe(securityIndex(after));
    expect(preview.seats.USA?.standing.G21).toBe(
      after.seats.USA.standing.G21 - g.state.seats.USA.standing.G21,
    );
    expect(preview.summary[0]).toBe(`Costs ${preview.cost} capital.`);
    expect(preview.summary).toContain(
      `${preview.seats.USA?.standing.G21} with the Group of 21.`.replace('-', '−'),
    );
  });

  test('gives the refusal for an intent apply would refuse', () => {
    const g = adjust(game('classroom-2008'), (draft) => {
      draft.seats.CHN.capital = 1;
    });
    const preview = actionPreview(g.state, {
      type: 'asatTest.conducted',
      actor: 'CHN',
      destructive: true,
    });
    expect(preview.ok ? 'accepted' : preview.error.code).toBe('not-enough-capital');
  });

  test('warns when an intent would collapse the game', () => {
    const g = adjust(game('classroom-2008'), (draft) => {
      draft.tension = 75;
      draft.debris = 75;
    });
    const preview = actionPreview(g.state, {
      type: 'asatTest.conducted',
      actor: 'RUS',
      destructive: true,
    });
    expect(preview.ok && preview.collapses).toBe(true);
  });
});
