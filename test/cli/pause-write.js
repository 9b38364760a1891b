// Preloaded into the CLI by output-file.test.js and system-errors.test.js (node --import, through
// helpers.js midWrite), never by the tool itself: the first FileHandle.writeFile, the tool writing
// its temporary file, writes half of its bytes, tells the test through the IPC channel and waits
// for the test's "go" before writing the rest. The test signals the tool (or changes the folder)
// inside that pause, so it happens mid-write every time, with no timing guessed. Signals are left
// alone: what the test sees is the tool's own handling, or Node's default (the process killed on
// the spot).
import { once } from 'node:events';
import process from 'node:process';

import { afterFirstHalf } from './half-write.js';

await afterFirstHalf(async (rest) => {
  process.send('half written');
  await once(process, 'message');
  process.disconnect();
  return rest();
});
