/**
 * Text in a document as Unicode NFC. Vietnamese typed on some systems (macOS file names,
 * some input methods, PDF copies) arrives decomposed: "Lai Châu" as "Lai Cha\u0302u". It
 * looks the same but is not equal to the composed form, so a search on the page, an area
 * name compared with another, a copied figure and some fonts' mark placement go wrong.
 *
 * Values only: every key the format reads is ASCII (`label`, `vi`, `en`), which NFC leaves
 * as it is, and normalizing keys could merge two keys of an unknown field into one.
 */

// The format's deepest text is `indicators[i].target.label.vi`, five levels down; deeper is an
// unknown field no widget reads. Stopping there keeps junk nested thousands deep (or a cycle
// handed in through `data`) from costing a walk or overflowing the stack.
const DEEPEST = 16;

/**
 * `value` with every string in it in NFC. A document already in NFC (nearly all) comes back as
 * the same object, so nothing is copied and a board's cards still share one document; a copy
 * is made only of the objects on the way to a string that changed (a 1,000-point series used
 * to be copied whole to find none). Not cached: a page may change its `data` object in place
 * and ask for a new render. `depth` is the walk's own count of levels.
 */
export function toNFC<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (typeof value !== 'object' || value === null || depth > DEEPEST) return value;
  const list = Array.isArray(value);
  // Not JSON (a Date, a Map handed in through `data`): left as it is, for the validator to judge.
  const proto: unknown = Object.getPrototypeOf(value);
  if (!list && proto !== Object.prototype && proto !== null) return value;
  const object = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  // for…in, not Object.entries: no array per object walked, and a copy only once a text changes.
  for (const key in object) {
    const item = object[key];
    // A number is its own NFC: no call for each figure of a long series.
    const normal = typeof item !== 'number' && Object.hasOwn(object, key) ? toNFC(item, depth + 1) : item;
    if (normal !== item) (copy ??= list ? (value.slice() as unknown as Record<string, unknown>) : { ...object })[key] = normal;
  }
  return (copy ?? value) as T;
}
