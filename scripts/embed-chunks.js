// How the script embed (dist/dx-widgets.js, dist/dx-widgets-hydrate.js) is split, for
// vite.config.ts and for the measures that must see the same files (scripts/entry-size.js,
// bench/run.js): one file before anything is drawn, the entry with everything it imports
// statically and the modules that the elements fetched on use share with each other (the
// ranking's and the trend's buttons and long tables); beside it one chunk per such element.
//
// Left to itself the bundler moves what the entry shares with those chunks into a chunk of its
// own, and what they share with each other into another: each one more round trip, the first
// for every reader. scripts/size-budget.js fails on either.

/** Modules that two or more of the chunks fetched on use import, kept in the bundle. */
const SHARED_BY_CHUNKS = [
  /src\/internal\/(button\.styles|row-blocks)\.ts$/,
  // The tables drawn a block per task (internal/row-blocks.ts): lit's guard, and the directive base it extends.
  /node_modules\/lit(-html)?\/(directives\/guard|directive)\.js$/,
  /node_modules\/d3-array\/src\/(bisector|ascending|descending|number)\.js$/,
];

/**
 * The ranking and the map share the ranking's code (its rows, words, table and names), ~5 kB:
 * one chunk for both, so either costs one request after the bundle, never a chunk that
 * imports another.
 */
const RANK_AND_MAP = /src\/province-(rank|map)\/|src\/data\/provinces\/layouts\.ts$/;

/**
 * rolldown's `output.codeSplitting` for the bundle named `name` built from the module `entry`
 * (an absolute path): one group holds the entry, and with it everything it imports statically.
 */
export const embedChunks = (name, entry) => ({
  groups: [
    { name, test: (id) => id === entry || SHARED_BY_CHUNKS.some((re) => re.test(id)) },
    { name: 'dx-province-rank-map', test: (id) => RANK_AND_MAP.test(id) },
  ],
});
