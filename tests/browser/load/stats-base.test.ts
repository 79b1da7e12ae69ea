import { expect } from '@open-wc/testing';
import { bundleUrl, indexUrl, isWebFolder, resolveStatsBase } from '../../../src/data/load/loader.js';

const SCRIPT = 'https://cdn.example.com/role-hub@1/dist/role-hub.js';

/** A page at https://blog.example.com/posts/2024/hello.html, with an optional meta tag. */
function page(meta?: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  const base = doc.createElement('base');
  base.href = 'https://blog.example.com/posts/2024/hello.html';
  doc.head.append(base);
  if (meta !== undefined) {
    const tag = doc.createElement('meta');
    tag.name = 'role-hub-src';
    tag.content = meta;
    doc.head.append(tag);
  }
  return doc;
}

describe('resolveStatsBase(explicitSrc, scriptUrl, doc)', () => {
  const cases: Array<[string, string | null | undefined, string | undefined, string]> = [
    ['an explicit relative src, against the page', 'data/stats', undefined, 'https://blog.example.com/posts/2024/data/stats/'],
    ['an explicit root-relative src', '/stats/', undefined, 'https://blog.example.com/stats/'],
    ['an explicit absolute src, over a meta tag', 'https://cdn.example.com/stats', '/meta-stats/', 'https://cdn.example.com/stats/'],
    ['an explicit src with a query and a hash, dropped', '/stats?v=2#x', undefined, 'https://blog.example.com/stats/'],
    ['the meta tag when src is null', null, '/meta-stats', 'https://blog.example.com/meta-stats/'],
    ['the meta tag when src is blank', '   ', 'https://data.example.com/s/', 'https://data.example.com/s/'],
    ['stats/ beside the script without src or meta', undefined, undefined, 'https://cdn.example.com/role-hub@1/dist/stats/'],
    ['stats/ beside the script when the meta tag is empty', '', '', 'https://cdn.example.com/role-hub@1/dist/stats/'],
    ['src as written when it is not a URL, not the next source', 'http://[', '/meta-stats/', 'http://['],
    ['the meta tag as written when it is not a URL', null, 'https://[stats]/', 'https://[stats]/'],
  ];
  for (const [what, src, meta, expected] of cases) {
    it(`resolveStatsBase(src, scriptUrl, doc) uses ${what}`, () => {
      expect(resolveStatsBase(src, SCRIPT, page(meta))).to.equal(expected);
    });
  }

  it("resolveStatsBase(src, scriptUrl, doc) passes over a script URL that is the build machine's file (webpack writes import.meta.url so)", () => {
    const built = 'file:///home/dev/app/node_modules/role-hub/dist/lib/components/shared/library-url.js';
    expect(resolveStatsBase(undefined, built, page())).to.equal('https://blog.example.com/posts/2024/stats/');
  });

  it('resolveStatsBase(src, scriptUrl) reads the current document by default', () => {
    const tag = document.createElement('meta');
    tag.name = 'role-hub-src';
    tag.content = '/from-meta';
    document.head.append(tag);
    try {
      expect(resolveStatsBase(null, SCRIPT)).to.equal(`${location.origin}/from-meta/`);
    } finally {
      tag.remove();
    }
    expect(resolveStatsBase(null, SCRIPT)).to.equal('https://cdn.example.com/role-hub@1/dist/stats/');
  });

  it('resolveStatsBase(src, scriptUrl, doc) still answers with a folder when the script URL is unusable', () => {
    expect(resolveStatsBase(null, 'not a url', page())).to.equal('https://blog.example.com/posts/2024/stats/');
  });
});

describe('isWebFolder(statsBase)', () => {
  const cases: Array<[string, boolean]> = [
    ['https://cdn.example.com/stats/', true],
    ['http://127.0.0.1:8000/stats/', true],
    ['javascript:alert(1)//', false],
    ['data:text/plain,x/', false],
    ['file:///srv/stats/', false],
    ['http://[', false],
    ['stats/', false],
  ];
  for (const [base, fetched] of cases) {
    it(`isWebFolder(statsBase) is ${fetched} for ${base}`, () => {
      expect(isWebFolder(base)).to.equal(fetched);
    });
  }
});

describe('bundleUrl(statsBase, role) and indexUrl(statsBase)', () => {
  const base = 'https://cdn.example.com/stats/';

  it('bundleUrl(statsBase, role) is <role>.json in the folder', () => {
    expect(bundleUrl(base, 'backend-engineer')).to.equal('https://cdn.example.com/stats/backend-engineer.json');
  });

  it('bundleUrl(statsBase, role) keeps a hostile role inside the folder', () => {
    expect(bundleUrl(base, '../admin')).to.equal('https://cdn.example.com/stats/..%2Fadmin.json');
    expect(bundleUrl(base, 'https://evil.example.com/x')).to.equal('https://cdn.example.com/stats/https%3A%2F%2Fevil.example.com%2Fx.json');
    expect(bundleUrl(base, '?x#y')).to.equal('https://cdn.example.com/stats/%3Fx%23y.json');
  });

  it('indexUrl(statsBase) is index.json in the folder', () => {
    expect(indexUrl(base)).to.equal('https://cdn.example.com/stats/index.json');
  });
});
