import { describe, expect, test } from 'vitest';
import { exploreMachine } from '../testing/coverage';
import { explorations } from './explorations';

describe('model-based coverage of every procedure machine', () => {
  for (const exploration of explorations) {
    test(`${exploration.machine.id}: every state and every transition is reached`, () => {
      const coverage = exploreMachine(exploration);
      expect(coverage.states.covered).toEqual(coverage.states.all);
      expect(coverage.transitions.covered).toEqual(coverage.transitions.all);
    });
  }
});
