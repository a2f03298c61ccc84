/**
 * Where a JSON text first breaks the grammar (RFC 8259), as an offset: Node 20's `JSON.parse`
 * does not always say. Returns null when the text is valid JSON.
 */
export function jsonErrorOffset(text: string): number | null {
  let at = 0;
  const stop = (): never => {
    throw new Stop(at);
  };
  const space = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const expect = (word: string): void => {
    for (const character of word) {
      if (text[at] !== character) stop();
      at++;
    }
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      const character = text[at];
      if (character === undefined || character < ' ') stop();
      at++;
      if (character === '"') return;
      if (character !== '\\') continue;
      const escape = text[at] ?? '';
      if (escape === 'u') {
        HEX.lastIndex = at + 1;
        if (!HEX.test(text)) stop();
        at += 5;
      } else if (escape !== '' && '"\\/bfnrt'.includes(escape)) at++;
      else stop();
    }
  };
  const sequence = (close: string, item: () => void): void => {
    at++;
    space();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text[at] !== ',') return expect(close);
      at++;
    }
  };
  const value = (): void => {
    space();
    const character = text[at] ?? '';
    if (character === '{')
      return sequence('}', () => {
        space();
        string();
        space();
        expect(':');
        value();
      });
    if (character === '[') return sequence(']', value);
    if (character === '"') return string();
    for (const word of ['true', 'false', 'null']) if (character === word[0]) return expect(word);
    NUMBER.lastIndex = at;
    if (!NUMBER.test(text)) stop();
    at = NUMBER.lastIndex;
  };
  try {
    value();
    space();
    if (at < text.length) stop();
    return null;
  } catch (error) {
    if (error instanceof Stop) return error.at;
    throw error;
  }
}

/** 1-based line and column of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

const HEX = /[0-9a-fA-F]{4}/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Thrown inside the scan to unwind to the offset where the grammar broke. */
class Stop extends Error {
  constructor(readonly at: number) {
    super(`JSON breaks at offset ${at}`);
  }
}
