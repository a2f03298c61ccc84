import { describe, expect, test } from 'vitest';
import { securityIndex } from '../economy/security-index';
import type { SeatId } from '../ids';
import type { GameState } from '../state/game-state';
import type { TestGame } from '../testing/test-game';
import { game } from '../testing/test-game';
import type { ConditionInput } from './conditions';
import { checkCondition, conditionSchema } from './conditions';

const L1 = 'A/C.1/63/L.1';
const TOPIC = 'agenda item 3, prevention of an arms race in outer space';

function check(state: GameState, seat: SeatId, condition: ConditionInput) {
  return checkCondition(state, seat, conditionSchema.parse(condition));
}

/** Classroom 2008 in October, Egypt's PAROS draft (co-sponsored by Sri Lanka) before the committee. */
function parosInCommittee(): TestGame {
  return game('classroom-2008')
    .host.endsTurn(3)
    .as('EGY')
    .does(
      {
        type: 'draft.tabled',
        kind: 'PAROS',
        title: 'Prevention of an arms race in outer space',
        paragraphs: [{ id: 'OP1', text: 'Reaffirms the importance of preventing an arms race.' }],
        coSponsors: ['LKA'],
      },
      { type: 'draft.introduced', draft: L1 },
    )
    .as('chair')
    .does({ type: 'action.opened', draft: L1 });
}

/** The PAROS draft adopted without a vote in committee and in the plenary. */
function parosAdopted(): TestGame {
  return parosInCommittee()
    .as('chair')
    .does({ type: 'adoption.withoutVote', draft: L1 }, { type: 'stage.closed', draft: L1 })
    .host.endsTurn()
    .as('chair')
    .does(
      { type: 'plenary.opened', draft: L1 },
      { type: 'adoption.withoutVote', draft: L1 },
      { type: 'stage.closed', draft: L1 },
    );
}

/** A recorded vote in committee: the US against, the EU members split between yes and abstain. */
function recordedVote(): TestGame {
  return parosInCommittee()
    .as('USA')
    .does({ type: 'vote.requested', draft: L1 })
    .as('chair')
    .does({ type: 'voting.opened', draft: L1 })
    .votes(L1, { yes: ['CHN', 'RUS', 'EGY', 'DEU', 'FRA'], no: ['USA'], abstain: ['GBR'] })
    .as('chair')
    .does({ type: 'voting.closed', draft: L1 });
}

function negotiatingBody(): TestGame {
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
      { type: 'decision.called', decision: 'CD-D/2014/2' },
    );
}

describe('documentCirculated', () => {
  test('met by the seat’s circulated draft treaty, quoting the record line; not met for another seat', () => {
    const g = game('classroom-2008')
      .as('RUS')
      .does({ type: 'document.submitted', document: 'ppwt-2008' });
    const met = check(g.state, 'RUS', { kind: 'documentCirculated', documentKind: 'draftTreaty' });
    expect(met.met).toBe(true);
    expect(met.evidence.join(' ')).toContain('Russian Federation and China circulate');
    const unmet = check(g.state, 'USA', { kind: 'documentCirculated', documentKind: 'comments' });
    expect(unmet).toEqual({
      met: false,
      evidence: ['United States of America circulated no written comments during the game.'],
    });
    expect(check(g.state, 'RUS', { kind: 'documentCirculated', atLeast: 2 }).met).toBe(false);
  });

  test('respondsTo keeps only documents answering that symbol', () => {
    const g = game('classroom-2008')
      .as('RUS')
      .does({ type: 'document.submitted', document: 'ppwt-2008' });
    const symbol = g.record.at(-1)!.match(/circulate (CD\/\d+)/)![1]!;
    g.as('USA').does({
      type: 'document.tabled',
      draft: {
        kind: 'comments',
        title: 'US comments',
        summary: 'Not verifiable.',
        respondsTo: [symbol],
      },
    });
    expect(check(g.state, 'USA', { kind: 'documentCirculated', respondsTo: symbol }).met).toBe(
      true,
    );
    expect(check(g.state, 'USA', { kind: 'documentCirculated', respondsTo: 'CD/1576' }).met).toBe(
      false,
    );
  });
});

describe('bodyEstablished', () => {
  test('a negotiating body on the Russian-Chinese draft meets the sponsors’ objective and fails the US one', () => {
    const { state } = negotiatingBody();
    const forRussia = check(state, 'RUS', {
      kind: 'bodyEstablished',
      mandate: 'negotiate',
      onDraftBy: 'RUS',
    });
    expect(forRussia.met).toBe(true);
    expect(forRussia.evidence.join(' ')).toContain('adopts a subsidiary body');
    expect(
      check(state, 'USA', { kind: 'bodyEstablished', mandate: 'negotiate', expected: false }).met,
    ).toBe(false);
    expect(
      check(state, 'USA', { kind: 'bodyEstablished', mandate: 'negotiate', onDraftBy: 'USA' }).met,
    ).toBe(false);
  });

  test('never set up: the US objective is met and the explanation names who blocked it', () => {
    const g = negotiatingBody();
    const blocked = game('classroom-2014')
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
      )
      .as('USA')
      .does({ type: 'objection.raised', decision: 'CD-D/2014/2' })
      .as(g.president)
      .does({ type: 'decision.called', decision: 'CD-D/2014/2' });
    const result = check(blocked.state, 'USA', {
      kind: 'bodyEstablished',
      mandate: 'negotiate',
      expected: false,
    });
    expect(result.met).toBe(true);
    expect(result.evidence.join(' ')).toContain('United States of America objects');
    expect(check(blocked.state, 'RUS', { kind: 'bodyEstablished', mandate: 'negotiate' }).met).toBe(
      false,
    );
  });
});

describe('decisionTaken', () => {
  test('a programme of work blocked by one objection', () => {
    const g = game('classroom-2008')
      .as('TUN')
      .does({ type: 'plenary.convened' }, { type: 'decision.proposed', subject: 'programmeOfWork' })
      .as('PAK')
      .does({ type: 'objection.raised', decision: 'CD-D/2008/1' })
      .as('TUN')
      .does({ type: 'decision.called', decision: 'CD-D/2008/1' });
    const blocked = check(g.state, 'CHN', {
      kind: 'decisionTaken',
      subject: 'programmeOfWork',
      outcome: 'blocked',
    });
    expect(blocked.met).toBe(true);
    expect(blocked.evidence.join(' ')).toContain('Pakistan objects');
    expect(
      check(g.state, 'CHN', {
        kind: 'decisionTaken',
        subject: 'programmeOfWork',
        outcome: 'adopted',
      }).met,
    ).toBe(false);
    expect(
      check(g.state, 'USA', {
        kind: 'decisionTaken',
        subject: 'programmeOfWork',
        outcome: 'adopted',
        expected: false,
      }).met,
    ).toBe(true);
  });
});

describe('resolutionAdopted', () => {
  test('an adoption without a vote meets a minimum of votes; sponsors are counted; a seat not among them fails bySeat', () => {
    const { state } = parosAdopted();
    const met = check(state, 'CHN', {
      kind: 'resolutionAdopted',
      resolutionKind: 'PAROS',
      minYes: 150,
      minSponsors: 2,
    });
    expect(met.met).toBe(true);
    expect(met.evidence.join(' ')).toContain('adopted without a vote');
    const fewSponsors = check(state, 'CHN', {
      kind: 'resolutionAdopted',
      resolutionKind: 'PAROS',
      minSponsors: 3,
    });
    expect(fewSponsors.met).toBe(false);
    expect(fewSponsors.evidence.join(' ')).toContain('3 were needed');
    expect(
      check(state, 'RUS', { kind: 'resolutionAdopted', resolutionKind: 'PAROS', bySeat: true }).met,
    ).toBe(false);
    expect(check(state, 'RUS', { kind: 'resolutionAdopted', resolutionKind: 'NFP' }).met).toBe(
      false,
    );
  });
});

describe('seatVoted and euUnited', () => {
  test('how a seat voted is read from the record of the recorded vote', () => {
    const { state } = recordedVote();
    const no = check(state, 'USA', { kind: 'seatVoted', resolutionKind: 'PAROS', vote: 'no' });
    expect(no.met).toBe(true);
    expect(no.evidence.join(' ')).toContain('United States of America voted no');
    expect(
      check(state, 'USA', {
        kind: 'seatVoted',
        resolutionKind: 'PAROS',
        vote: 'yes',
        expected: false,
      }).met,
    ).toBe(true);
    expect(
      check(state, 'CHN', { kind: 'seatVoted', resolutionKind: 'PAROS', vote: 'no' }).met,
    ).toBe(false);
    expect(
      check(state, 'EU', { kind: 'seatVoted', resolutionKind: 'PAROS', vote: 'yes' }).met,
    ).toBe(false);
  });

  test('EU members split between yes and abstention are not united; an adoption without a vote is a united yes', () => {
    const split = check(recordedVote().state, 'EU', { kind: 'euUnited', resolutionKind: 'PAROS' });
    expect(split.met).toBe(false);
    expect(split.evidence.join(' ')).toContain('abstaining');
    expect(
      check(parosAdopted().state, 'EU', { kind: 'euUnited', resolutionKind: 'PAROS', vote: 'yes' })
        .met,
    ).toBe(true);
    expect(
      check(game('classroom-2008').state, 'EU', { kind: 'euUnited', resolutionKind: 'PAROS' }).met,
    ).toBe(false);
  });
});

describe('actionTaken', () => {
  test('counts the seat’s own actions of the kinds named, and can rule them out', () => {
    const g = game('classroom-2008')
      .as('TUN')
      .does({ type: 'plenary.convened' })
      .as('RUS')
      .does(
        { type: 'statement.made', topic: TOPIC },
        { type: 'consultation.held', with: ['CHN'], topic: 'PPWT' },
      );
    const spoke = check(g.state, 'RUS', { kind: 'actionTaken', actions: ['statement.made'] });
    expect(spoke.met).toBe(true);
    expect(spoke.evidence.join(' ')).toContain('Russian Federation speaks');
    expect(
      check(g.state, 'RUS', { kind: 'actionTaken', actions: ['statement.made'], atLeast: 2 }).met,
    ).toBe(false);
    expect(
      check(g.state, 'RUS', { kind: 'actionTaken', actions: ['consultation.held'], with: 'CHN' })
        .met,
    ).toBe(true);
    expect(
      check(g.state, 'RUS', { kind: 'actionTaken', actions: ['consultation.held'], with: 'USA' })
        .met,
    ).toBe(false);
    expect(check(g.state, 'CHN', { kind: 'actionTaken', actions: ['statement.made'] }).met).toBe(
      false,
    );
    const noTest = check(g.state, 'CHN', {
      kind: 'actionTaken',
      actions: ['asatTest.destructive'],
      expected: false,
    });
    expect(noTest).toEqual({
      met: true,
      evidence: [
        'China never blew up a satellite in an anti-satellite missile test during the game.',
      ],
    });
  });

  test('a joint statement counts for both partners', () => {
    const g = game('classroom-2008')
      .as('RUS')
      .does({ type: 'jointStatement.proposed', with: 'CHN', topic: 'the PPWT' })
      .as('CHN')
      .does({ type: 'jointStatement.agreed', statement: 'JS-1' });
    for (const [seat, other] of [
      ['RUS', 'CHN'],
      ['CHN', 'RUS'],
    ] as const)
      expect(
        check(g.state, seat, {
          kind: 'actionTaken',
          actions: ['jointStatement.issued'],
          with: other,
        }).met,
      ).toBe(true);
  });
});

describe('standing, security and capital at the end', () => {
  test('met at or above the value, not below, with the value told', () => {
    const { state } = game('classroom-2008');
    const standing = state.seats.USA.standing.WEOG;
    expect(
      check(state, 'USA', { kind: 'standingAtLeast', group: 'WEOG', value: standing }).met,
    ).toBe(true);
    const low = check(state, 'USA', {
      kind: 'standingAtLeast',
      group: 'WEOG',
      value: standing + 1,
    });
    expect(low.met).toBe(false);
    expect(low.evidence[0]).toContain(`is ${standing}`);
    const index = securityIndex(state);
    expect(check(state, 'EU', { kind: 'securityAtLeast', value: index }).met).toBe(true);
    expect(check(state, 'EU', { kind: 'securityAtLeast', value: index + 1 }).met).toBe(false);
    const capital = state.seats.CHN.capital;
    expect(check(state, 'CHN', { kind: 'capitalAtLeast', value: capital }).met).toBe(true);
    expect(check(state, 'CHN', { kind: 'capitalAtLeast', value: capital + 1 }).met).toBe(false);
  });
});
