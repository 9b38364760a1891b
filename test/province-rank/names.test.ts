import { expect } from '@open-wc/testing';

import * as registry from '../../src/data/provinces/index.js';
import { registryNames } from '../../src/province-rank/names.js';

describe('registryNames', () => {
  /** What `run` warned on the console. */
  function warned(run: () => void): string[] {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      run();
    } finally {
      console.warn = warn;
    }
    return warnings;
  }

  it('names the known codes in the reader’s language and leaves the unknown out', () => {
    const names = warned(() =>
      expect([...registryNames(['06', '99'], '63', '2024', 'vi', registry, 'dx-province-rank')]).to.deep.equal([['06', 'Bắc Kạn']]),
    );
    expect(names).to.have.length(1);
  });

  // The map asks too: its warning must send a page's developer to the map, not to a ranking the page may not have.
  for (const caller of ['dx-province-rank', 'dx-province-map']) {
    it(`warns of unknown codes as <${caller}>, the element that asked`, () => {
      const warnings = warned(() => registryNames(['06', '99'], '63', '2024', 'en', registry, caller));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(
        new RegExp(`^<${caller}>: 1 area code\\(s\\) unknown among the 63 provincial units \\(as of 2024\\): 99;`),
      );
    });
  }
});
