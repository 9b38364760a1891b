/**
 * Just enough XML for the parts of a workbook (SpreadsheetML, ECMA-376 part 1): elements, their
 * attributes and their text, in document order. A workbook is untrusted input, so this reader
 * scans each character a bounded number of times (no backtracking regular expressions), knows
 * only XML's five predefined entities and character references, and refuses a DOCTYPE outright:
 * Excel never writes one, and it is where entity-expansion attacks ("billion laughs") live.
 */

export interface XmlOpen {
  /** The local name, without its namespace prefix (`x:row` → `row`). */
  name: string;
  /** Attributes by their qualified name as written (`r`, `r:id`, `xml:space`). */
  attrs: Record<string, string>;
}

export interface XmlHandler {
  open?(element: XmlOpen): void;
  close?(name: string): void;
  text?(text: string): void;
}

export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with its entity and character references replaced; an unknown entity stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t';

function readAttributes(tag: string, from: number): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  let i = from;
  while (i < tag.length) {
    while (i < tag.length && isSpace(tag[i])) i += 1;
    const eq = tag.indexOf('=', i);
    if (eq < 0) break;
    const name = tag.slice(i, eq).trim();
    let q = eq + 1;
    while (q < tag.length && isSpace(tag[q])) q += 1;
    const quote = tag[q];
    if (quote !== '"' && quote !== "'") throw new XmlError(`attribute ${name} is not quoted`);
    const end = tag.indexOf(quote, q + 1);
    if (end < 0) throw new XmlError(`attribute ${name} is not closed`);
    attrs[name] = decodeEntities(tag.slice(q + 1, end));
    i = end + 1;
  }
  return attrs;
}

/** Walks `xml`, calling `handler` for each start tag, end tag and run of text. */
export function scanXml(xml: string, handler: XmlHandler): void {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i && handler.text) handler.text(decodeEntities(xml.slice(i, textEnd)));
    if (lt < 0) return;
    if (xml.startsWith('<?', lt)) {
      i = after(xml, '?>', lt);
    } else if (xml.startsWith('<!--', lt)) {
      i = after(xml, '-->', lt);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0) throw new XmlError('CDATA is not closed');
      handler.text?.(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      throw new XmlError('a DOCTYPE or entity declaration');
    } else {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new XmlError('a tag is not closed');
      i = gt + 1;
      if (xml[lt + 1] === '/') {
        handler.close?.(localName(xml.slice(lt + 2, gt).trim()));
        continue;
      }
      const selfClosing = xml[gt - 1] === '/';
      const tag = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      let n = 0;
      while (n < tag.length && !isSpace(tag[n])) n += 1;
      const name = localName(tag.slice(0, n));
      if (handler.open) handler.open({ name, attrs: readAttributes(tag, n) });
      if (selfClosing) handler.close?.(name);
    }
  }
}

function after(xml: string, end: string, from: number): number {
  const at = xml.indexOf(end, from);
  if (at < 0) throw new XmlError(`${end} is missing`);
  return at + end.length;
}

/** An attribute by its local name (`r:id` and `id` both answer to `id`), preferring a prefixed one. */
export function attribute(attrs: Record<string, string>, local: string): string | undefined {
  for (const [name, value] of Object.entries(attrs)) if (name.includes(':') && localName(name) === local) return value;
  return attrs[local];
}
