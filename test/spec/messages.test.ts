import { expect } from '@open-wc/testing';

import { clip, inBoth, QUOTE_LIST_MAX, QUOTE_MAX, translate, worded } from '../../src/spec/messages.js';
import { PROBLEMS } from '../../src/spec/problems.js';

/** What an error message quotes of a value: never a 10,000-character code whole. */
describe('quoted values in error messages', () => {
  const long = 'A'.repeat(30) + 'x'.repeat(10_000) + 'Z'.repeat(30);

  it('keeps a short value whole, and cuts a long one to its start and end around "…"', () => {
    expect(clip('06')).to.equal('06');
    const quoted = clip(long);
    expect(Array.from(quoted)).to.have.length(QUOTE_MAX);
    expect(quoted).to.match(/^A{30}x+…x*Z{20}$/);
  });

  it('never splits a pair of surrogates', () => {
    const emoji = clip('😀'.repeat(100));
    expect(Array.from(emoji).every((c) => c === '😀' || c === '…')).to.equal(true);
  });

  it('gives a list room for a few entries, and cuts a long one to its first and last', () => {
    const three = 'mobile-coverage-villages, wireless-internet-coverage, smartphone-subscriptions';
    expect(clip(three)).to.equal(three);
    const ids = Array.from({ length: 10_000 }, (_, i) => `chi-so-${i}`).join(', ');
    const quoted = clip(ids);
    expect(quoted).to.have.length(QUOTE_LIST_MAX);
    expect(quoted).to.match(/^chi-so-0, chi-so-1, .*….*, chi-so-9999$/);
  });

  it('clips what inBoth and worded quote, in both languages, and leaves translate (labels, names) alone', () => {
    const { vi, en } = inBoth(PROBLEMS, 'indicator.unknown', { id: long, ids: 'a, b' });
    expect(vi).to.equal(`không có chỉ số "${clip(long)}"; có: a, b`);
    expect(en).to.equal(`no indicator "${clip(long)}"; there are: a, b`);
    expect(worded({ path: 'area', code: 'area.unknown', params: { area: long } }).message.vi).to.equal(
      `area.unknown (area: ${clip(long)})`,
    );
    expect(translate(PROBLEMS, 'vi', 'date.real', { date: long })).to.contain(long);
  });
});
