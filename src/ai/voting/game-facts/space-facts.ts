/**
 * Facts of what happens in space: destructive ASAT tests and moratoria, and the tension level
 * that polarises votes on the Russian texts.
 */
import type { TimelineFact } from '../timeline';
import type { ResolutionKind } from '../types';
import type { FactContext } from './fact-context';
import { fact, isNonAligned, isWestern, others, recency } from './fact-context';
import { nameOf } from './game-draft';
import { spaceEvents } from './read-record';
import { GAME_WEIGHTS } from './weights';

const RUSSIAN_TEXTS: readonly ResolutionKind[] = ['NFP', 'FPM'];
const NORM_TEXTS: readonly ResolutionKind[] = ['NORMS', 'DAASAT'];

/**
 * ASAT tests and moratoria: a tester's texts lose support, a test builds support for a ban, and a
 * moratorium lends credibility to the declaring seat's texts and to a ban.
 */
export function spaceFacts(context: FactContext): TimelineFact[] {
  const facts: TimelineFact[] = [];
  const states = others(context);
  spaceEvents(context.game).forEach((event, index) => {
    const weight = recency(event.year, context.year);
    if (weight === 0) return;
    const name = nameOf(event.actor);
    const sponsored = context.sponsors.includes(event.actor);
    const bystanders = states.filter((s) => s !== event.actor && !context.sponsors.includes(s));
    if (event.what === 'test') {
      if (sponsored) {
        facts.push(
          fact(
            context,
            `asat-${index}-non-aligned`,
            bystanders.filter((s) => isNonAligned(context, s)),
            'abstain',
            GAME_WEIGHTS.asatTestNonAligned * weight,
            `${name}'s destructive ASAT test (${event.year}): the non-aligned withhold support from its texts`,
          ),
        );
        if (!isWestern(context, event.actor))
          facts.push(
            fact(
              context,
              `asat-${index}-west`,
              bystanders.filter((s) => isWestern(context, s)),
              'no',
              GAME_WEIGHTS.asatTestWest * weight,
              `${name}'s destructive ASAT test (${event.year}): the Western camp no longer trusts its proposals`,
            ),
          );
      } else if (NORM_TEXTS.includes(context.kind)) {
        facts.push(
          fact(
            context,
            `asat-${index}-norms`,
            states.filter((s) => s !== event.actor),
            'yes',
            GAME_WEIGHTS.asatTestForNorms * weight,
            `after ${name}'s destructive ASAT test (${event.year}), a ban on such tests draws support`,
          ),
        );
      }
    } else if (sponsored || NORM_TEXTS.includes(context.kind)) {
      facts.push(
        fact(
          context,
          `moratorium-${index}`,
          bystanders,
          'yes',
          GAME_WEIGHTS.moratorium * weight,
          sponsored
            ? `${name}'s moratorium on destructive ASAT tests lends its texts credibility`
            : `${name}'s moratorium on destructive ASAT tests builds support for a ban`,
        ),
      );
    }
  });
  return facts;
}

/**
 * Tension polarises: above `tensionHigh` the Western camp moves from abstaining to No on the
 * Russian texts (as after 2014 and 2022, RECORD.md 5); below `tensionCalm` it eases towards Yes.
 */
export function tensionFacts(context: FactContext): TimelineFact[] {
  const tension = context.game.tension;
  if (!RUSSIAN_TEXTS.includes(context.kind)) return [];
  if (tension > GAME_WEIGHTS.tensionHigh) {
    const weight = Math.min(4, (tension - GAME_WEIGHTS.tensionHigh) / 10);
    return [
      fact(
        context,
        'tension-high',
        'WEST',
        'no',
        weight,
        `tension in space is high (${tension}): the Western camp hardens against Russian texts`,
      ),
    ];
  }
  if (tension < GAME_WEIGHTS.tensionCalm) {
    const weight = Math.min(3, (GAME_WEIGHTS.tensionCalm - tension) / 10);
    return [
      fact(
        context,
        'tension-calm',
        'WEST',
        'yes',
        weight,
        `tension in space is low (${tension}): the Western camp gives the text a chance`,
      ),
    ];
  }
  return [];
}
