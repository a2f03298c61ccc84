import type { SessionPart } from './cd-session.setup';
import { cdSessionSetup } from './cd-session.setup';

type SessionTransitions = NonNullable<Parameters<typeof cdSessionSetup.createStateConfig>[0]['on']>;

/**
 * The presidency passes at any time of the year, in a part or in a recess, but not once the
 * session is closed: declared on every open state rather than on the machine's root, because the
 * root would still take it after the final state.
 */
const presidencyHandOver = {
  'presidency.rotated': {
    guard: 'mayRotatePresidency',
    actions: ['passPresidency', 'announcePresidency'],
  },
} as const satisfies SessionTransitions;

/** A recess between two parts: no meetings; it ends when the next part opens. */
export function recess(nextPart: '#annualSession.part2' | '#annualSession.part3') {
  return cdSessionSetup.createStateConfig({
    on: { ...presidencyHandOver, 'sessionPart.opened': { target: nextPart } },
  });
}

/**
 * One part of the annual session: the Conference is adjourned or sits in formal plenary. Every
 * decision and every statement is taken in plenary (RECORD.md 3.9: plenaries are the formal
 * decision meetings). The decisions themselves are reached by consensus in the separate
 * `consensusDecision` machine (rule 18, number UNCERTAIN); this state only records the result.
 *
 * What differs between parts (how the part ends, the annual report in the third) comes in as
 * extra transitions for the adjourned and the plenary state.
 */
export function sessionPart(
  part: SessionPart,
  extra: { readonly adjourned: SessionTransitions; readonly inPlenary?: SessionTransitions },
) {
  return cdSessionSetup.createStateConfig({
    initial: 'adjourned',
    on: presidencyHandOver,
    states: {
      adjourned: {
        on: {
          'plenary.convened': {
            target: 'inPlenary',
            actions: ['countPlenary', 'announcePlenary'],
          },
          ...extra.adjourned,
        },
      },
      inPlenary: {
        on: {
          'plenary.adjourned': { target: 'adjourned' },
          'statement.made': { guard: 'isMemberOrObserver', actions: 'recordStatement' },
          'agenda.adopted': {
            guard: 'isAgendaPending',
            actions: ['recordAgenda', 'announceAgenda'],
          },
          'programmeOfWork.adopted': {
            guard: 'mayAdoptProgrammeOfWork',
            actions: ['recordProgrammeOfWork', 'announceProgrammeOfWork'],
          },
          'programmeOfWork.implemented': {
            guard: 'awaitsImplementingDecision',
            actions: ['recordImplementation', 'announceImplementation'],
          },
          'subsidiaryBody.established': {
            guard: 'hasProgrammeOfWork',
            actions: [{ type: 'recordSubsidiaryBody', params: { part } }, 'announceSubsidiaryBody'],
          },
          ...extra.inPlenary,
        },
      },
    },
  });
}
