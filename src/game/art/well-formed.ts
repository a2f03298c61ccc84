/**
 * A small strict XML well-formedness check for the SVG strings the art produces (Node has no
 * XML parser and the tests run without a browser): balanced tags, one root, quoted attributes,
 * no duplicate attributes, and `&` only in entities.
 * Returns null when the text is well formed, else the first problem found.
 */
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi;
const NAME = /^[A-Za-z_][\w.:-]*$/;

export function xmlProblem(text: string): string | null {
  const stack: string[] = [];
  let roots = 0;
  const tokens = text.match(/<!--[\s\S]*?-->|<[^>]*>?|[^<]+/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith('<!--')) continue;
    if (!token.startsWith('<')) {
      if (token.replace(ENTITY, '').includes('&')) return `bare & in text: ${token.slice(0, 40)}`;
      if (stack.length === 0 && token.trim() !== '')
        return `text outside the root: ${token.slice(0, 40)}`;
      continue;
    }
    if (!token.endsWith('>')) return `unclosed tag: ${token.slice(0, 40)}`;
    if (token.startsWith('</')) {
      const name = token.slice(2, -1).trim();
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? 'nothing'}>`;
      continue;
    }
    const selfClosing = token.endsWith('/>');
    const body = token.slice(1, selfClosing ? -2 : -1);
    const name = body.split(/\s/, 1)[0] ?? '';
    if (!NAME.test(name)) return `bad tag name: ${token.slice(0, 40)}`;
    const rest = body.slice(name.length);
    const attributes = [...rest.matchAll(/\s+([^\s=]+)\s*=\s*"([^"]*)"/g)];
    const consumed = attributes.map((match) => match[0]).join('');
    if (consumed.trim() !== rest.trim()) return `bad attributes in <${name}>: ${rest.slice(0, 60)}`;
    const seen = new Set<string>();
    for (const [, attribute = '', value = ''] of attributes) {
      if (!NAME.test(attribute)) return `bad attribute name ${attribute} in <${name}>`;
      if (seen.has(attribute)) return `duplicate attribute ${attribute} in <${name}>`;
      seen.add(attribute);
      if (value.includes('<')) return `< in attribute ${attribute} of <${name}>`;
      if (value.replace(ENTITY, '').includes('&')) return `bare & in attribute ${attribute}`;
    }
    if (stack.length === 0) roots++;
    if (roots > 1) return 'more than one root element';
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) return `unclosed <${stack.at(-1)}>`;
  return roots === 1 ? null : 'no root element';
}
