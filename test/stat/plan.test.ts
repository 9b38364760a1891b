import { expect, fixture, html } from '@open-wc/testing';

import '../../src/stat/dx-stat.js';
import '../../src/target-progress/dx-target-progress.js';

import type { StatElement } from '../../src/stat/stat.js';
import type { TargetProgress } from '../../src/target-progress/target-progress.js';
import { DATED_PLAN as PLAN } from '../support/documents.js';
import { part, settled, visibleText } from '../support/helpers.js';

describe('<dx-stat> with a plan and a clock', () => {
  it('judges the target due on its `now` of a list of dated targets, as <dx-target-progress> does', async () => {
    const el = await settled(await fixture<StatElement>(html`<dx-stat .data=${PLAN} now="2019-06-01"></dx-stat>`));
    const progress = await settled(
      await fixture<TargetProgress>(html`<dx-target-progress .data=${PLAN} now="2019-06-01"></dx-target-progress>`),
    );
    expect(part(progress, '[part="target"]').textContent).to.contain('Mục tiêu 50%');
    expect(part(el, '[part="target"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal('đạt 83% mục tiêu (50% đến hết năm 2020)');
    el.now = '2025-01-01';
    await el.updateComplete;
    expect(part(el, '[part="target"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal('đạt 51% mục tiêu (80% đến hết năm 2030)');
  });

  it('refuses a `now` that is no day', async () => {
    const el = await settled(await fixture<StatElement>(html`<dx-stat .data=${PLAN} now="2019-13-01"></dx-stat>`));
    expect(el.state).to.equal('error');
    expect(visibleText(el)).to.contain('now:');
  });
});
