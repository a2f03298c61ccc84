import { describe, expect, test } from 'vitest';
import { apply } from './apply';
import { cdMembers, euMembersOn, unMembersOn } from './data/members';
import { sessionContext } from './intents/cd-session.handlers';
import { legalActions } from './legal-actions';
import type { Move, TestGame } from './testing/test-game';
import { game } from './testing/test-game';

const CD_MEMBERS = cdMembers().map((member) => member.code);
/** The membership of October 2008: 192 States (South Sudan was admitted in 2011). */
const UN_MEMBERS = unMembersOn('2008-10-06').map((member) => member.code);
const PPWT = 'ppwt-2008';
const PAROS_L1 = 'A/C.1/63/L.1';

const convene: Move = { type: 'plenary.convened' };
const programmeOfWork: Move = { type: 'decision.proposed', subject: 'programmeOfWork' };
const statement: Move = { type: 'statement.made', topic: 'agenda item 3, outer space' };
const negotiatingBody = (basis: string): Move => ({
  type: 'decision.proposed',
  subject: 'subsidiaryBody',
  body: { id: 'paros', agendaItem: 3, mandate: 'negotiate', basis },
});

/** The last line of the transcript, whole. */
function lastLine(g: TestGame) {
  return g.state.record.at(-1);
}

/** The line a test expects at the end of the transcript: index, turn and date as the game is. */
function line(g: TestGame, entry: Record<string, unknown>) {
  const { turn, date, record } = g.state;
  return { index: record.length - 1, turn, date, visibleTo: 'all', ...entry };
}

/** Classroom 2008, first CD part: Tunisia presides and the plenary sits. */
function inPlenary2008(): TestGame {
  return game('classroom-2008').as('TUN').does(convene);
}

/** Classroom 2008 in October: Egypt and Sri Lanka's PAROS draft is before the First Committee. */
function parosDraftInAction(): TestGame {
  return game('classroom-2008')
    .host.endsTurn(3)
    .as('EGY')
    .does(
      {
        type: 'draft.tabled',
        kind: 'PAROS',
        title: 'Prevention of an arms race in outer space',
        paragraphs: [
          { id: 'PP1', text: 'Recognizing the common interest of all mankind in outer space,' },
          { id: 'OP1', text: 'Reaffirms the importance of preventing an arms race in space;' },
        ],
        coSponsors: ['LKA'],
      },
      { type: 'draft.introduced', draft: PAROS_L1 },
    )
    .as('chair')
    .does({ type: 'action.opened', draft: PAROS_L1 });
}

/** The same draft put to a recorded vote at the request of the United States. */
function recordedVoteOnParos(): TestGame {
  return parosDraftInAction()
    .as('USA')
    .does({ type: 'vote.requested', draft: PAROS_L1 })
    .as('chair')
    .does({ type: 'voting.opened', draft: PAROS_L1 });
}

/** The draft through the committee without a vote and taken up by the plenary in December. */
function parosBeforeThePlenary(resolution?: string): TestGame {
  return parosDraftInAction()
    .as('chair')
    .does(
      { type: 'adoption.withoutVote', draft: PAROS_L1 },
      { type: 'stage.closed', draft: PAROS_L1 },
    )
    .host.endsTurn()
    .as('chair')
    .does({ type: 'plenary.opened', draft: PAROS_L1, ...(resolution ? { resolution } : {}) });
}

/** The plenary adopts the draft without a vote. */
function adoptedInPlenary(g: TestGame): TestGame {
  return g
    .as('chair')
    .does(
      { type: 'adoption.withoutVote', draft: PAROS_L1 },
      { type: 'stage.closed', draft: PAROS_L1 },
    );
}

describe('the Conference on Disarmament decides by consensus', () => {
  test('one objection blocks a programme of work, and the record names the objector', () => {
    const g = inPlenary2008()
      .does(programmeOfWork)
      .as('PAK')
      .does({ type: 'objection.raised', decision: 'CD-D/2008/1' })
      .as('TUN')
      .does({ type: 'decision.called', decision: 'CD-D/2008/1' });

    expect(g.status('decision', 'CD-D/2008/1')).toBe('blocked');
    expect(g.decision('CD-D/2008/1')).toEqual({
      id: 'CD-D/2008/1',
      subject: 'programmeOfWork',
      proposedBy: 'TUN',
      document: null,
      body: null,
      members: CD_MEMBERS,
      joined: [],
      dissociations: [],
      objections: ['PAK'],
    });
    expect(lastLine(g)).toEqual(
      line(g, {
        forum: 'cd',
        actor: 'TUN',
        kind: 'decision.blocked',
        ref: 'CD-D/2008/1',
        objectors: ['PAK'],
        summary: 'No consensus on a programme of work: Pakistan objects.',
      }),
    );
    expect(g.session.programmeOfWork).toBeNull();
  });

  test('silence is consent: with no objection the programme of work is adopted', () => {
    const g = inPlenary2008().does(programmeOfWork, {
      type: 'decision.called',
      decision: 'CD-D/2008/1',
    });
    expect(g.status('decision', 'CD-D/2008/1')).toBe('adopted');
    expect(g.session.programmeOfWork).toEqual({ decision: 'CD-D/2008/1', implemented: false });
  });

  test("an observer's objection is refused: the EU is not a member of the Conference", () => {
    inPlenary2008()
      .does(programmeOfWork)
      .as('EU')
      .isRefused({ type: 'objection.raised', decision: 'CD-D/2008/1' }, 'not-a-member')
      .isRefused({ type: 'consensus.joined', decision: 'CD-D/2008/1' }, 'not-a-member');
  });

  test('the EU may make a statement in plenary', () => {
    const g = inPlenary2008().as('EU').does(statement);
    expect(g.session.statements).toEqual([
      { member: 'EU', meeting: 2, topic: 'agenda item 3, outer space' },
    ]);
    expect(lastLine(g)).toEqual(
      line(g, {
        forum: 'cd',
        actor: 'EU',
        kind: 'statement.made',
        summary: 'European Union speaks on agenda item 3, outer space.',
      }),
    );
  });

  test('a statement outside a plenary meeting is refused', () => {
    game('classroom-2008').as('RUS').isRefused(statement, 'not-in-plenary');
    inPlenary2008()
      .does({ type: 'plenary.adjourned' })
      .as('EU')
      .isRefused(statement, 'not-in-plenary');
  });

  test('only the President convenes the plenary, puts forward and calls for a decision', () => {
    const g = game('classroom-2008');
    expect(g.president).toBe('TUN');
    for (const other of ['RUS', 'USA', 'CHN', 'EU', 'chair', 'host']) {
      g.as(other).isRefused(convene, 'not-the-president');
    }
    g.as('TUN').does(convene);
    for (const other of ['RUS', 'USA', 'EU', 'chair']) {
      g.as(other).isRefused(programmeOfWork, 'not-the-president');
    }
    g.as('TUN').does(programmeOfWork);
    for (const other of ['RUS', 'USA', 'PAK', 'chair', 'host']) {
      g.as(other).isRefused(
        { type: 'decision.called', decision: 'CD-D/2008/1' },
        'not-the-president',
      );
    }
  });

  test('no subsidiary body without a programme of work', () => {
    inPlenary2008().isRefused(negotiatingBody('CD/1679'), 'no-programme-of-work');
  });

  test('under an adopted programme of work, a body with a negotiating mandate on CD/1839 opens negotiations', () => {
    const g = game('classroom-2014')
      .as('president')
      .does(convene, programmeOfWork, { type: 'decision.called', decision: 'CD-D/2014/1' })
      .does(negotiatingBody('CD/1839'), { type: 'decision.called', decision: 'CD-D/2014/2' });

    expect(g.session.subsidiaryBodies).toEqual([
      { id: 'paros', agendaItem: 3, mandate: 'negotiate', established: 'part2' },
    ]);
    expect(g.status('document', 'CD/1839')).toBe('underNegotiation');
    const negotiation = g.negotiation('paros');
    expect({ ...negotiation, articles: Object.keys(negotiation.articles) }).toEqual({
      body: 'paros',
      basis: 'CD/1839',
      members: CD_MEMBERS,
      articles: g.scenario.documents[1]!.articles.map((article) => article.number),
      amendments: [],
      adoption: { joined: [], objections: [] },
    });
    expect(g.record.slice(-2)).toEqual([
      'No objection: the Conference adopts a subsidiary body.',
      'Negotiations open in paros on the basis of CD/1839.',
    ]);
  });

  test('in 2008, a negotiating body takes up CD/1839 once Russia has circulated it', () => {
    const g = inPlenary2008()
      .as('RUS')
      .does({ type: 'document.submitted', document: PPWT })
      .as('TUN')
      .does(programmeOfWork, { type: 'decision.called', decision: 'CD-D/2008/1' })
      .does(negotiatingBody('CD/1839'), { type: 'decision.called', decision: 'CD-D/2008/2' });
    expect(g.status('document', 'CD/1839')).toBe('underNegotiation');
    expect(g.document('CD/1839').id).toBe(PPWT);
    expect(g.negotiation('paros').basis).toBe('CD/1839');
  });

  test('a member may join while dissociating itself, and is listed as dissociated', () => {
    const statementOnRecord = 'We do not stand in the way, but our reservations are on the record.';
    const g = inPlenary2008()
      .does(programmeOfWork)
      .as('PAK')
      .does({
        type: 'consensus.joinedWithDissociation',
        decision: 'CD-D/2008/1',
        statement: statementOnRecord,
      })
      .as('TUN')
      .does({ type: 'decision.called', decision: 'CD-D/2008/1' });

    expect(g.status('decision', 'CD-D/2008/1')).toBe('adopted');
    const { joined, dissociations, objections } = g.decision('CD-D/2008/1');
    expect({ joined, dissociations, objections }).toEqual({
      joined: ['PAK'],
      dissociations: [{ member: 'PAK', statement: statementOnRecord }],
      objections: [],
    });
    expect(lastLine(g)).toMatchObject({ kind: 'decision.adopted', actor: 'TUN' });
    expect(lastLine(g)?.summary).toContain('Pakistan');
  });

  test('a record line about one dissociating member puts its verb in the singular', () => {
    const g = inPlenary2008()
      .does(programmeOfWork)
      .as('PAK')
      .does({ type: 'consensus.joinedWithDissociation', decision: 'CD-D/2008/1', statement: 'No.' })
      .as('TUN')
      .does({ type: 'decision.called', decision: 'CD-D/2008/1' });
    expect(g.record.at(-1)).toBe(
      'No objection: the Conference adopts a programme of work; Pakistan dissociates itself on the record.',
    );
  });

  test('a second agenda is either refused when put forward or adopted when called', () => {
    const { state } = inPlenary2008();
    const proposed = apply(state, { type: 'decision.proposed', actor: 'TUN', subject: 'agenda' });
    const called =
      proposed.ok &&
      apply(proposed.state, { type: 'decision.called', actor: 'TUN', decision: 'CD-D/2008/1' });
    expect(!proposed.ok || (called && called.ok)).toBe(true);
  });

  test('a proposal of 2008 does not become the programme of work of 2009', () => {
    const g = inPlenary2008().does(programmeOfWork).host.endsTurn(5);
    expect(g.state.date).toBe('2009-01-19');
    g.as('president').does(convene, { type: 'decision.proposed', subject: 'agenda' });
    g.does({ type: 'decision.called', decision: g.state.cd.decisionOrder.at(-1)! });
    const called = apply(g.state, {
      type: 'decision.called',
      actor: 'VNM',
      decision: 'CD-D/2008/1',
    });
    expect(called.ok && sessionContext(called.state).programmeOfWork).toBeFalsy();
  });
});

describe('documents of the Conference', () => {
  test('circulating a draft gives it the next CD/ symbol and links the answer both ways', () => {
    const g = game('classroom-2008').as('RUS').does({ type: 'document.submitted', document: PPWT });
    const ppwt = g.scenario.drafts[0]!;

    expect(g.document('CD/1839')).toEqual({
      id: PPWT,
      symbol: 'CD/1839',
      authors: ['RUS', 'CHN'],
      kind: 'draftTreaty',
      title: ppwt.title,
      respondsTo: ['CD/1679'],
      responses: [],
      supersededBy: null,
      revises: null,
      submittedOn: '2008-02-12',
      outcome: null,
    });
    expect(g.document('CD/1679').responses).toEqual(['CD/1839']);
    expect(g.status('document', 'CD/1679')).toBe('answered');
    expect(lastLine(g)).toEqual(
      line(g, {
        forum: 'cd',
        actor: 'RUS',
        kind: 'document.submitted',
        symbol: 'CD/1839',
        summary: `Russian Federation and China circulate CD/1839: ${ppwt.title} (answering CD/1679).`,
      }),
    );

    g.as('USA').does({
      type: 'document.tabled',
      draft: {
        kind: 'comments',
        title: 'Comments on CD/1839',
        summary: 'The draft cannot be verified and leaves ground-based weapons untouched.',
        respondsTo: ['CD/1839'],
      },
    });
    expect(g.document('CD/1840')).toMatchObject({
      symbol: 'CD/1840',
      authors: ['USA'],
      respondsTo: ['CD/1839'],
    });
    expect(g.document('CD/1839').responses).toEqual(['CD/1840']);

    g.as('EU').does({ type: 'document.submitted', document: 'code-of-conduct-2008' });
    expect(g.document('code-of-conduct-2008').symbol).toBe('CD/1841');
    expect(g.state.cd.nextSymbol).toBe(1842);
  });

  test('a symbol asked for may skip ahead but never go back', () => {
    const g = game('classroom-2008')
      .as('RUS')
      .does({ type: 'document.submitted', document: PPWT, symbol: 'CD/1845' })
      .as('USA')
      .isRefused(
        {
          type: 'document.tabled',
          draft: { kind: 'letter', title: 'Letter', summary: 'A letter.' },
          symbol: 'CD/1839',
        },
        'symbol-out-of-sequence',
      )
      .does({ type: 'document.tabled', draft: { kind: 'letter', title: 'Letter', summary: 'A.' } });
    expect(g.state.record.at(-1)?.symbol).toBe('CD/1846');
  });

  test('only its authors circulate a draft', () => {
    game('classroom-2008')
      .as('USA')
      .isRefused({ type: 'document.submitted', document: PPWT }, 'not-an-author');
  });

  test('a revised draft supersedes its original: CD/1986 supersedes CD/1985', () => {
    const g = game('classroom-2014');
    const original = g.document('CD/1985');
    g.as('RUS').does({
      type: 'document.revised',
      document: 'CD/1985',
      title: 'Revised draft treaty (PPWT)',
      summary: 'The draft treaty, revised again after comments.',
      articles: [],
    });

    expect(g.status('document', 'CD/1985')).toBe('superseded');
    expect(g.document('CD/1985')).toEqual({
      ...original,
      supersededBy: 'CD/1986',
      outcome: 'superseded',
    });
    expect(g.document('CD/1986')).toEqual({
      id: 'draft-8',
      symbol: 'CD/1986',
      authors: ['RUS', 'CHN'],
      kind: 'draftTreaty',
      title: 'Revised draft treaty (PPWT)',
      respondsTo: ['CD/1839', 'CD/1847'],
      responses: [],
      supersededBy: null,
      revises: 'CD/1985',
      submittedOn: '2014-06-10',
      outcome: null,
    });
  });
});

describe('the First Committee and the plenary of the General Assembly', () => {
  test('120 in favour, 60 against, 10 abstentions adopts (2 absent of the 192 members of 2008)', () => {
    const ballots = {
      yes: UN_MEMBERS.slice(0, 120),
      no: UN_MEMBERS.slice(120, 180),
      abstain: UN_MEMBERS.slice(180, 190),
    };
    const answerOf = (code: string) =>
      (['yes', 'no', 'abstain'] as const).find((vote) => ballots[vote].includes(code));
    const eu = euMembersOn('2008-10-06').map(answerOf);
    const g = recordedVoteOnParos()
      .votes(PAROS_L1, ballots)
      .as('chair')
      .does({ type: 'voting.closed', draft: PAROS_L1 });

    expect(g.draft(PAROS_L1).results).toEqual([
      {
        stage: 'committee',
        subject: 'whole',
        yes: 120,
        no: 60,
        abstain: 10,
        absent: 2,
        adopted: true,
        method: 'recorded',
      },
    ]);
    expect(lastLine(g)).toEqual(
      line(g, {
        forum: 'unga',
        actor: 'chair',
        kind: 'vote.recorded',
        symbol: PAROS_L1,
        tally: { yes: 120, no: 60, abstain: 10, absent: 2 },
        ballots: { CHN: answerOf('CHN'), RUS: answerOf('RUS'), USA: answerOf('USA') },
        euVotes: {
          yes: eu.filter((vote) => vote === 'yes').length,
          no: eu.filter((vote) => vote === 'no').length,
          abstain: eu.filter((vote) => vote === 'abstain').length,
          absent: eu.filter((vote) => vote === undefined).length,
        },
        summary: `Recorded vote in the First Committee on ${PAROS_L1}: 120 in favour, 60 against, 10 abstentions — adopted.`,
      }),
    );
    g.does({ type: 'stage.closed', draft: PAROS_L1 });
    expect(g.status('draft', PAROS_L1)).toBe('awaitingPlenary');
  });

  test('60 in favour, 60 against fails: an equally divided vote is lost', () => {
    const g = recordedVoteOnParos()
      .votes(PAROS_L1, { yes: UN_MEMBERS.slice(0, 60), no: UN_MEMBERS.slice(60, 120) })
      .as('chair')
      .does({ type: 'voting.closed', draft: PAROS_L1 }, { type: 'stage.closed', draft: PAROS_L1 });

    expect(g.draft(PAROS_L1).results).toEqual([
      {
        stage: 'committee',
        subject: 'whole',
        yes: 60,
        no: 60,
        abstain: 0,
        absent: 72,
        adopted: false,
        method: 'recorded',
      },
    ]);
    expect(g.status('draft', PAROS_L1)).toBe('rejected');
    expect(lastLine(g)).toEqual(
      line(g, {
        forum: 'unga',
        actor: 'chair',
        kind: 'draft.rejected',
        symbol: PAROS_L1,
        summary: `${PAROS_L1} is rejected.`,
      }),
    );
  });

  test('a recorded vote counts the whole membership: yes + no + abstain + absent = 192 in 2008', () => {
    const g = recordedVoteOnParos()
      .votes(PAROS_L1, { yes: ['CHN', 'RUS'], no: ['USA'], abstain: ['FRA'] })
      .as('chair')
      .does({ type: 'voting.closed', draft: PAROS_L1 });
    const tallies = g.state.record.flatMap((entry) => (entry.tally ? [entry.tally] : []));
    expect(tallies).toEqual([{ yes: 2, no: 1, abstain: 1, absent: 188 }]);
    expect(tallies.map(({ yes, no, abstain, absent }) => yes + no + abstain + absent)).toEqual([
      192,
    ]);
  });

  test('the EU cannot cast a vote, nor ask for one', () => {
    recordedVoteOnParos()
      .as('EU')
      .isRefused({ type: 'vote.cast', draft: PAROS_L1, vote: 'yes' }, 'not-a-voter');
    parosDraftInAction()
      .as('EU')
      .isRefused({ type: 'vote.requested', draft: PAROS_L1 }, 'not-a-voter');
  });

  test('a sponsor does not explain its vote on its own draft; others may', () => {
    const explanation: Move = {
      type: 'vote.explained',
      draft: PAROS_L1,
      when: 'before',
      text: 'We will vote in favour.',
    };
    parosDraftInAction()
      .as('EGY')
      .isRefused(explanation, 'sponsor-cannot-explain')
      .as('LKA')
      .isRefused(explanation, 'sponsor-cannot-explain')
      .as('EU')
      .does(explanation);
  });

  test('adoption in plenary gives the draft the next resolution symbol, A/RES/63/1', () => {
    const g = adoptedInPlenary(parosBeforeThePlenary());
    expect(g.status('draft', PAROS_L1)).toBe('adopted');
    expect(g.draft(PAROS_L1).resolutionSymbol).toBe('A/RES/63/1');
    expect(lastLine(g)).toEqual(
      line(g, {
        forum: 'unga',
        actor: 'chair',
        kind: 'resolution.adopted',
        symbol: 'A/RES/63/1',
        summary:
          'The General Assembly adopts Prevention of an arms race in outer space as resolution A/RES/63/1.',
      }),
    );
  });

  test('or the resolution symbol requested, after which numbering goes on', () => {
    const g = adoptedInPlenary(parosBeforeThePlenary('A/RES/63/40'));
    expect(g.draft(PAROS_L1).resolutionSymbol).toBe('A/RES/63/40');
    expect(g.state.unga.nextResolutionNumber).toBe(41);
  });

  test('a group of governmental experts is established only under an adopted resolution', () => {
    const establish: Move = {
      type: 'gge.established',
      mandate: 'A/RES/63/1',
      experts: ['CHN', 'RUS', 'USA', 'FRA'],
      sessions: 2,
    };
    const g = parosBeforeThePlenary().as('chair').isRefused(establish, 'mandate-not-adopted');
    adoptedInPlenary(g).as('chair').does(establish);
    expect(g.gge('GGE/A/RES/63/1')).toEqual({
      id: 'GGE/A/RES/63/1',
      mandate: 'A/RES/63/1',
      experts: ['CHN', 'RUS', 'USA', 'FRA'],
      sessionsPlanned: 2,
      sessionsHeld: 0,
      draftReport: null,
      report: null,
      joined: [],
      objections: [],
    });
  });
});

describe('the calendar', () => {
  test('presidencies follow the English alphabetical order of the members, two to a part', () => {
    const g = game('classroom-2008');
    const presidents = [g.president];
    const handOver = (): void => {
      g.as('president').does({ type: 'presidency.rotated' });
      presidents.push(g.president);
    };
    const nextTurn = (): void => {
      g.host.endsTurn();
      presidents.push(g.president);
    };
    handOver();
    nextTurn();
    handOver();
    nextTurn();
    handOver();
    expect(presidents).toEqual(['TUN', 'TUR', 'UKR', 'GBR', 'USA', 'VEN']);
    const fromTunisia = CD_MEMBERS.indexOf('TUN');
    expect(CD_MEMBERS.slice(fromTunisia, fromTunisia + 6)).toEqual(presidents);
    expect(g.session.presidents).toEqual(presidents);

    g.as('VEN').isRefused({ type: 'presidency.rotated' }, 'procedure-refused');
    g.host.endsTurn(3);
    expect(g.state.date).toBe('2009-01-19');
    expect(g.president).toBe('VNM');
    expect(g.session.presidents).toEqual(['VNM', 'ZWE', 'DZA', 'ARG', 'AUS', 'AUT']);
  });

  test('without a hand-over, each part opens under its first president', () => {
    const g = game('classroom-2008');
    const presidents = [g.president];
    for (let turn = 0; turn < 5; turn++) presidents.push(g.host.endsTurn().president);
    expect(presidents).toEqual(['TUN', 'UKR', 'USA', 'USA', 'USA', 'VNM']);
  });

  test("classroom-2014 opens under Kazakhstan's presidency, as its description says", () => {
    expect(game('classroom-2014').president).toBe('KAZ');
  });

  test('the Conference does not sit during the First Committee', () => {
    const g = inPlenary2008().does(programmeOfWork).host.endsTurn(3);
    expect(g.state.turn).toBe(3);
    const decision = 'CD-D/2008/1';
    g.as('president')
      .isRefused(convene, 'wrong-forum')
      .isRefused(programmeOfWork, 'wrong-forum')
      .isRefused({ type: 'decision.called', decision }, 'wrong-forum')
      .isRefused({ type: 'consideration.opened', document: 'CD/1679' }, 'wrong-forum');
    g.as('RUS')
      .isRefused(statement, 'wrong-forum')
      .isRefused({ type: 'objection.raised', decision }, 'wrong-forum')
      .isRefused({ type: 'consensus.joined', decision }, 'wrong-forum')
      .isRefused(
        { type: 'amendment.proposed', body: 'paros', article: 'I', text: 'New.' },
        'wrong-forum',
      );
  });

  test('and the General Assembly does not sit during the Conference', () => {
    game('classroom-2008')
      .as('RUS')
      .isRefused(
        {
          type: 'draft.tabled',
          kind: 'TCBM',
          title: 'TCBM',
          paragraphs: [{ id: 'OP1', text: 'Calls.' }],
        },
        'wrong-forum',
      );
  });

  test('a proposal is not withdrawn from the Conference during the First Committee', () => {
    inPlenary2008()
      .does(programmeOfWork)
      .host.endsTurn(3)
      .as('president')
      .isRefused({ type: 'proposal.withdrawn', decision: 'CD-D/2008/1' }, 'wrong-forum');
  });

  test('the host alone ends turns', () => {
    const g = game('classroom-2008');
    for (const actor of ['TUN', 'RUS', 'USA', 'EU', 'chair']) {
      g.as(actor).isRefused({ type: 'turn.ended' }, 'not-the-host');
    }
    expect(g.host.endsTurn().state.turn).toBe(1);
  });

  test('the game ends after the last turn and then refuses everything', () => {
    const g = game('classroom-2008').host.endsTurn(9);
    expect(g.state.phase).toBe('playing');
    g.host.endsTurn();
    expect(g.state.phase).toBe('ended');
    expect(lastLine(g)).toEqual(
      line(g, {
        forum: 'world',
        actor: 'host',
        kind: 'game.ended',
        summary: 'The scenario ends after "UN General Assembly 2009: plenary (Dec)".',
      }),
    );
    g.as('host').isRefused({ type: 'turn.ended' }, 'game-over');
    g.as('EU').isRefused({ type: 'consultation.held', with: ['USA'], topic: 'Code' }, 'game-over');
    g.as('AUS').isRefused(convene, 'game-over');
    g.as('chair').isRefused({ type: 'voting.opened', draft: PAROS_L1 }, 'game-over');
    for (const actor of ['CHN', 'RUS', 'USA', 'EU', 'AUS', 'chair', 'host']) {
      expect(legalActions(g.state, actor)).toEqual([]);
    }
  });

  test('timed events happen when their date is reached, and move tension and debris', () => {
    const g = game('classroom-2008');
    const [burntFrost, collision] = g.scenario.events;
    const { tension, debris } = g.scenario;
    expect([g.state.firedEvents, g.state.tension, g.state.debris]).toEqual([[], tension, debris]);

    g.host.endsTurn();
    expect([g.state.firedEvents, g.state.tension, g.state.debris]).toEqual([
      ['burnt-frost'],
      tension + burntFrost!.tension,
      debris + burntFrost!.debris,
    ]);
    expect([g.state.tension, g.state.debris]).toEqual([46, 33]);
    expect(lastLine(g)).toEqual(
      line(g, {
        forum: 'world',
        actor: 'USA',
        kind: 'event.occurred',
        date: burntFrost!.date,
        summary: `${burntFrost!.title}. ${burntFrost!.description}`,
      }),
    );

    g.host.endsTurn(4);
    expect(g.state.date).toBe('2009-01-19');
    expect(g.state.firedEvents).toEqual(['burnt-frost']);
    g.host.endsTurn();
    expect([g.state.firedEvents, g.state.tension, g.state.debris]).toEqual([
      ['burnt-frost', 'iridium-cosmos-collision'],
      46 + collision!.tension,
      33 + collision!.debris,
    ]);
  });
});

describe('answering comments in writing (CD/1872 answered CD/1847)', () => {
  test('the authors of a text may answer the comments on it once; others may not', () => {
    const g = game('classroom-2008').as('RUS').does({ type: 'document.submitted', document: PPWT });
    const treaty = g.state.record.at(-1)!.symbol!;
    const comment = legalActions(g.state, 'USA').find(
      (intent) => intent.type === 'document.tabled' && intent.draft.kind === 'comments',
    );
    expect(comment).toBeDefined();
    g.as('USA').does(comment as Move);
    const comments = g.state.record.at(-1)!.symbol!;
    const isAnswer = (intent: { type: string }): boolean =>
      intent.type === 'document.tabled' &&
      'draft' in intent &&
      (intent.draft as { kind: string }).kind === 'answers';
    const answer = legalActions(g.state, 'RUS').find(isAnswer);
    expect(answer).toMatchObject({ draft: { respondsTo: [comments] } });
    expect(legalActions(g.state, 'EU').some(isAnswer)).toBe(false);
    g.as('RUS').does(answer as Move);
    expect(g.state.record.at(-1)!.symbol).not.toBe(treaty);
    expect(legalActions(g.state, 'RUS').some(isAnswer)).toBe(false);
  });
});
