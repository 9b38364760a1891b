// Prints "wtr: N passed, N failed, N skipped" as the run's last line and leaves the
// counts in a file for scripts/test.js, which adds them into the closing line of `npm test`.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test is a failure, even with no test counted.
        if (!session.passed && totals.failed === before) totals.failed += 1;
      }
      const file = process.env.DX_COUNTS_FILE;
      if (file) writeFileSync(file, JSON.stringify(totals));
      setTimeout(() => console.log(`wtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`));
    },
  };
}
