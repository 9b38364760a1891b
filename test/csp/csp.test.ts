import { expect } from '@open-wc/testing';

interface Report {
  violations: string[];
  states: { tag: string; want: string; got: string }[];
}

describe('a page with a strict Content-Security-Policy', () => {
  it('draws every element in every state with no violation of script-src, style-src or Trusted Types', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'CSP';
    const report = new Promise<Report>((resolve) => {
      addEventListener('message', function listen(event: MessageEvent) {
        if (event.source !== frame.contentWindow || !event.data?.csp) return;
        removeEventListener('message', listen);
        resolve(event.data.csp as Report);
      });
    });
    frame.src = '/csp/page.html';
    document.body.append(frame);
    const { violations, states } = await report;
    frame.remove();
    expect(violations).to.deep.equal([]);
    expect(states.length).to.be.at.least(15);
    for (const { tag, want, got } of states) expect(`${tag} ${got}`).to.equal(`${tag} ${want}`);
  });
});
