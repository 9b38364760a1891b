/**
 * What one page may ask of a feed, and what one document may cost to draw: every input has
 * a limit, and past it the reader sees an error in place, never a hang (docs/limits.md).
 * Constants only, so that both the validator (in every bundle) and the loader (fetched with
 * the first `src`) can import them without pulling in each other.
 */

/** `refresh`, in seconds: at least once a second, at most once a day. */
export const REFRESH_RANGE = [1, 86_400] as const;

/** `timeout`, in seconds. Two minutes: beyond that a reader has long given up on the figure. */
export const TIMEOUT_RANGE = [1, 120] as const;

/** One URL is requested at most once per this many milliseconds per page, whatever asks for it. */
export const FEED_FLOOR_MS = 1000;

/**
 * A feed's body: larger is an error, found from Content-Length or while reading (5 MB). It alone
 * bounds JSON.parse's time, which some 5 MB shapes (500,000 distinct keys, `[[],[],…]`) hold for
 * seconds, where a normal feed takes a tenth of one: no rule on keys refuses them and no valid
 * document (docs/limits.md, "Time to parse a feed").
 */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/** Characters in one text field (a label, a note, a name). A page of print is about 3,000. */
export const MAX_TEXT = 10_000;

/**
 * Entries in each list a document may hold. `areas` fits every commune of Viet Nam (10,599
 * before July 2025) with room; `series` fits daily figures for over ten years; `target` (a
 * plan's milestones, and a rank's goals, which share the key) fits a yearly goal for a century.
 */
export const MAX_ITEMS: Record<string, number> = { indicators: 10_000, areas: 20_000, series: 5_000, benchmarks: 100, target: 100 };

/** Cards a `<dx-board>` draws; it says how many it left out. */
export const MAX_CARDS = 200;

/**
 * Levels of nesting in a document, `[` and `{` counted. The format's deepest document is seven
 * levels (a collection's `indicators[i].rank.target[j].label` { vi, en }); 64 leaves room for
 * unknown fields. Deeper is refused before it is parsed (text from outside the page, nesting.ts) or walked (`depthProblem`):
 * a 5 MB feed of `[` took V8's JSON.parse 2 s (~10 s on a reader's cheap phone) to refuse, and a
 * document 100,000 levels deep overflowed the stack of whatever walked it recursively.
 */
export const MAX_DEPTH = 64;
