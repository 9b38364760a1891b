import { expect } from '@open-wc/testing';

import { todayText } from '../../src/spec/targets.js';

describe('todayText', () => {
  it('is the reader’s local day as YYYY-MM-DD, as the en-CA calendar writes it', () => {
    const before = new Date().toLocaleDateString('en-CA');
    const today = todayText();
    // Read twice around it: a test run across midnight takes the later day.
    expect([before, new Date().toLocaleDateString('en-CA')]).to.include(today);
    expect(today).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });
});
