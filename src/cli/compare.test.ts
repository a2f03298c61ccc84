import { describe, expect, test } from 'vitest';
import { runCli } from './main';

function cli(args: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('paros compare', () => {
  test('sets CD/1839 beside CD/1985 article by article, with what changed', () => {
    const { code, out } = cli(['compare', 'scenarios/ppwt-history.json', 'CD/1839', 'CD/1985']);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^CD\/1839 → CD\/1985: /);
    expect(out).toContain('Article I → Article I: Definition of outer space [verified]');
    expect(out.filter((line) => line.startsWith('  What changed: ')).length).toBeGreaterThan(10);
  });

  test('gives every row as JSON, each side with its article text or null', () => {
    const { code, out } = cli([
      'compare',
      'scenarios/ppwt-history.json',
      'CD/1839',
      'CD/1985',
      '--json',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(out.join('\n')) as {
      rows: { from: { number: string } | null; to: { number: string } | null }[];
    };
    const numbers = (side: 'from' | 'to') =>
      new Set(result.rows.flatMap((row) => (row[side] ? [row[side].number] : [])));
    expect(numbers('from').size).toBe(14);
    expect(numbers('to').size).toBe(13);
  });

  test('says so when a scenario has no such comparison', () => {
    const { code, err } = cli(['compare', 'scenarios/classroom-2008.json', 'CD/1839', 'CD/1985']);
    expect(code).toBe(1);
    expect(err).toEqual([
      'paros compare: scenarios/classroom-2008.json has no comparison of CD/1839 with CD/1985',
    ]);
  });
});
