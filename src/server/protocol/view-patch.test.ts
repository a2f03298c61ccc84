import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyViewPatch, diffViews } from './view-patch';

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.integer(),
    fc.string({ maxLength: 6 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'seats', 'record'), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

describe('view patches', () => {
  test('applying the patch from one view to another gives the other', () => {
    fc.assert(
      fc.property(json, json, (before, after) => {
        expect(applyViewPatch(before, diffViews(before, after))).toEqual(after);
      }),
    );
  });

  test('a record that grows is sent as the new lines only, and the old view is untouched', () => {
    const line = (index: number) => ({ index, summary: `line ${index}` });
    const before = { turn: 1, record: [line(0), line(1)] };
    const after = { ...before, record: [...before.record, line(2)] };
    const patch = diffViews(before, after);
    expect(patch).toEqual([{ op: 'push', path: ['record'], values: [line(2)] }]);
    expect(applyViewPatch(before, patch)).toEqual(after);
    expect(before.record).toHaveLength(2);
  });

  test('unchanged parts keep their identity after a patch', () => {
    const seats = { CHN: { capital: 10 }, RUS: { capital: 8 } };
    const before = { seats, date: '2008-02-12' };
    const patched = applyViewPatch(before, diffViews(before, { seats, date: '2008-02-21' }));
    expect(patched.seats).toBe(seats);
  });
});
