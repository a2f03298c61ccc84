import type { GgeFact, GgeStep } from './history-facts';
import { fail } from './host';
import type { LogBuilder } from './log-builder';
import type { Placement } from './timeline';
import { place } from './timeline';

// ---------------------------------------------------------------------------------------------
// Groups of Governmental Experts
// ---------------------------------------------------------------------------------------------

export function placeGge(placement: Placement, gge: GgeFact): void {
  for (const step of gge.steps) {
    place(placement, step.when, null, 0, 0, `GGE ${gge.mandate} ${step.action}`, (builder) =>
      runGgeStep(builder, gge, step),
    );
  }
}

export function runGgeStep(builder: LogBuilder, gge: GgeFact, step: GgeStep): void {
  if (!('at' in step.when)) builder.advanceTo(step.when);
  const id = `GGE/${gge.mandate}`;
  switch (step.action) {
    case 'established':
      builder.emit(
        {
          type: 'gge.established',
          actor: 'chair',
          mandate: gge.mandate,
          experts: [...gge.experts],
          sessions: gge.sessions,
        },
        step,
      );
      return;
    case 'reportDrafted':
      builder.emit(
        {
          type: 'gge.reportDrafted',
          actor: 'chair',
          gge: id,
          symbol: step.symbol ?? fail('symbol'),
        },
        step,
      );
      return;
    case 'joined': {
      const actors = step.actors === 'every expert' ? gge.experts : (step.actors ?? []);
      for (const actor of actors) builder.emit({ type: 'gge.joined', actor, gge: id }, step);
      return;
    }
    case 'sessionOpened':
    case 'sessionClosed':
    case 'decisionCalled':
    case 'concluded': {
      const events = builder.emit({ type: `gge.${step.action}`, actor: 'chair', gge: id }, step);
      if (step.action === 'decisionCalled' && !events.some((e) => e.kind === 'gge.reportAdopted'))
        fail(`${id}: the report was not adopted`);
      return;
    }
  }
}
