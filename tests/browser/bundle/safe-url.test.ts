import { expect } from '@open-wc/testing';
import { safeHref } from '../../../src/data/bundle/safe-url.js';

describe('safeHref(url)', () => {
  const kept: Array<[string, string]> = [
    ['https://example.com/careers/backend-engineer', 'https://example.com/careers/backend-engineer'],
    ['http://example.com/', 'http://example.com/'],
    ['HTTPS://EXAMPLE.COM/x', 'HTTPS://EXAMPLE.COM/x'],
    ['/careers/data-engineer', '/careers/data-engineer'],
    ['careers/data-engineer', 'careers/data-engineer'],
    ['../roles/data-engineer.html', '../roles/data-engineer.html'],
    ['?role=data-engineer', '?role=data-engineer'],
    ['#skills', '#skills'],
    ['//cdn.example.com/x', '//cdn.example.com/x'],
    ['  /careers/x \n', '/careers/x'],
    // A colon after the first slash is part of a path, not a scheme.
    ['/wiki/javascript:alert(1)', '/wiki/javascript:alert(1)'],
    ['./javascript:alert(1)', './javascript:alert(1)'],
  ];
  for (const [input, expected] of kept) {
    it(`safeHref(${JSON.stringify(input)}) keeps the link as ${JSON.stringify(expected)}`, () => {
      expect(safeHref(input)).to.equal(expected);
    });
  }

  const refused = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  JaVa\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u001f javascript:alert(1)',
    'javascript:alert(1)\u0000',
    'jav\u0000ascript:alert(1)',
    '\tjavascript\t:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'blob:https://example.com/1234',
    'mailto:someone@example.com',
    'about:blank',
    '',
    '   ',
    '\u0000',
  ];
  for (const input of refused) {
    it(`safeHref(${JSON.stringify(input)}) refuses it`, () => {
      expect(safeHref(input)).to.equal(null);
    });
  }

  it('safeHref(url) refuses what is not a string instead of throwing', () => {
    for (const input of [null, undefined, 42, {}, ['https://example.com']]) {
      expect(safeHref(input as unknown as string)).to.equal(null);
    }
  });

  it('safeHref(url) gives a link that the browser itself resolves to http(s)', () => {
    // The ground truth: what an <a> element makes of the kept value on this page.
    const a = document.createElement('a');
    for (const [input] of kept) {
      a.setAttribute('href', safeHref(input)!);
      expect(['http:', 'https:'], input).to.include(a.protocol);
    }
  });

  it('safeHref(url) refuses the disguised javascript: links that the browser would run', () => {
    // Proof that the disguises are real: the browser reads each of them as javascript:.
    const a = document.createElement('a');
    for (const input of [
      '  JaVa\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001\u001f javascript:alert(1)',
      '\tjavascript\t:alert(1)',
    ]) {
      a.setAttribute('href', input);
      expect(a.protocol, JSON.stringify(input)).to.equal('javascript:');
      expect(safeHref(input)).to.equal(null);
    }
  });
});
