/**
 * Patches between two views of the same viewer. A view grows by small steps (a line in the
 * record, a document's procedure stepped), so after the first whole view the room sends only
 * what changed. A patch is made from two views the viewer may see, so it can carry nothing the
 * viewer's own view would not.
 *
 * The diff leans on Immer's structural sharing: unchanged parts of the game are the same
 * objects in both views, so most comparisons stop at `===`.
 */
export type PathStep = string | number;
export type PatchOp =
  | { readonly op: 'set'; readonly path: readonly PathStep[]; readonly value: unknown }
  | { readonly op: 'push'; readonly path: readonly PathStep[]; readonly values: readonly unknown[] }
  | { readonly op: 'del'; readonly path: readonly PathStep[] };
export type ViewPatch = readonly PatchOp[];

export function diffViews(before: unknown, after: unknown): ViewPatch {
  const ops: PatchOp[] = [];
  diffInto(before, after, [], ops);
  return ops;
}

/** Applies a patch without changing `base`: only the objects on a changed path are copied. */
export function applyViewPatch<T>(base: T, patch: ViewPatch): T {
  let result: unknown = base;
  for (const op of patch) result = applyOp(result, op, 0);
  return result as T;
}

function diffInto(before: unknown, after: unknown, path: PathStep[], ops: PatchOp[]): void {
  if (before === after) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    diffArrays(before, after, path, ops);
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of Object.keys(before)) {
      if (!(key in after) || after[key] === undefined) {
        if (before[key] !== undefined) ops.push({ op: 'del', path: [...path, key] });
      }
    }
    for (const [key, value] of Object.entries(after)) {
      if (value === undefined) continue;
      if (!(key in before)) ops.push({ op: 'set', path: [...path, key], value });
      else diffInto(before[key], value, [...path, key], ops);
    }
    return;
  }
  ops.push({ op: 'set', path, value: after });
}

function diffArrays(
  before: readonly unknown[],
  after: readonly unknown[],
  path: PathStep[],
  ops: PatchOp[],
): void {
  const shared = Math.min(before.length, after.length);
  let firstDifferent = 0;
  while (firstDifferent < shared && sameValue(before[firstDifferent], after[firstDifferent])) {
    firstDifferent++;
  }
  if (firstDifferent === before.length) {
    if (after.length > before.length) {
      ops.push({ op: 'push', path, values: after.slice(before.length) });
    }
    return;
  }
  if (before.length === after.length && differencesAreFew(before, after, firstDifferent)) {
    for (let index = firstDifferent; index < after.length; index++) {
      diffInto(before[index], after[index], [...path, index], ops);
    }
    return;
  }
  ops.push({ op: 'set', path, value: after });
}

/** Index by index only when most elements stay: otherwise one `set` of the array is smaller. */
function differencesAreFew(
  before: readonly unknown[],
  after: readonly unknown[],
  from: number,
): boolean {
  let different = 0;
  for (let index = from; index < after.length; index++) {
    if (before[index] !== after[index]) different++;
  }
  return different <= Math.max(2, after.length / 4);
}

function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
    return false;
  }
  return JSON.stringify(left) === JSON.stringify(right);
}

function applyOp(node: unknown, op: PatchOp, depth: number): unknown {
  if (depth === op.path.length) {
    if (op.op === 'set') return op.value;
    if (op.op === 'push') return [...(node as unknown[]), ...op.values];
    return undefined;
  }
  const step = op.path[depth]!;
  const last = depth === op.path.length - 1;
  if (Array.isArray(node)) {
    const copy: unknown[] = [...(node as unknown[])];
    copy[step as number] = applyOp((node as unknown[])[step as number], op, depth + 1);
    return copy;
  }
  if (!isPlainObject(node)) {
    throw new Error(`view patch: no object at ${op.path.slice(0, depth).join('.') || 'the root'}`);
  }
  const copy: Record<string, unknown> = { ...node };
  if (last && op.op === 'del') delete copy[step];
  else copy[step] = applyOp(node[step], op, depth + 1);
  return copy;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
