/**
 * Every failure is an event and a sentence: `role-hub-error` carries a code from one vocabulary,
 * the URL and the role asked for, and the element shows a sentence naming the URL.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/role-glance/define.js';
import { ERROR_CODES } from '../../src/data/load/load-error.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { attach, sized } from './helpers/mount.js';
import { fakeNetwork, never, restoreNetwork } from './helpers/network.js';
import { settled, shadowText } from './helpers/render.js';

async function failure(routes: Parameters<typeof fakeNetwork>[0], attrs: Record<string, string> = {}) {
  fakeNetwork(routes);
  const wrapper = sized();
  const failed = oneEvent(wrapper, 'role-hub-error');
  const el = attach(wrapper, 'role-glance', { role: 'backend-engineer', src: '/stats/', ...attrs });
  const { detail } = await failed;
  await settled(el);
  return { detail, text: shadowText(el, '[part~="error"], [part~="empty"]') };
}

describe('role-hub-error codes', () => {
  afterEach(() => restoreNetwork());

  it('uses one vocabulary of codes', () => {
    expect([...ERROR_CODES]).to.deep.equal([
      'network',
      'timeout',
      'http-4xx',
      'http-5xx',
      'not-json',
      'schema',
      'role-mismatch',
      'unsafe-url',
      'offline',
      'invalid-name',
    ]);
  });

  it('http-5xx: a server error, with a sentence naming the URL', async () => {
    const { detail, text } = await failure({ 'backend-engineer.json': () => new Response('oops', { status: 503 }) });
    expect([detail.code, detail.role, detail.status]).to.deep.equal(['http-5xx', 'backend-engineer', 503]);
    expect(detail.url).to.match(/\/stats\/backend-engineer\.json$/);
    expect(text).to.match(/^The stats could not be loaded \(http:\/\/\S+\/stats\/backend-engineer\.json answered 503\)\.$/);
  });

  it('http-4xx: a missing role', async () => {
    const { detail } = await failure({});
    expect([detail.code, detail.status]).to.deep.equal(['http-4xx', 404]);
  });

  it('not-json: a file that is not JSON', async () => {
    const { detail, text } = await failure({ 'backend-engineer.json': () => new Response('<html>', { status: 200 }) });
    expect(detail.code).to.equal('not-json');
    expect(text).to.match(/backend-engineer\.json is not a valid role-hub bundle/);
  });

  it('network, not http-4xx: a 304 to a request that asked for no cache check', async () => {
    const { detail, text } = await failure({ 'backend-engineer.json': () => new Response(null, { status: 304 }) });
    expect([detail.code, detail.status]).to.deep.equal(['network', 304]);
    expect(text).to.match(/answered 304/);
  });

  it('role-mismatch: a bundle of another market than the one asked for is refused, not shown', async () => {
    const other = { ...backendBundle(), market: { key: 'united-states', name: 'United States', pooled: false, mix: [] } };
    const { detail, text } = await failure({ 'backend-engineer.india.json': other }, { market: 'india' });
    expect([detail.code, detail.role]).to.deep.equal(['role-mismatch', 'backend-engineer']);
    expect(text).to.equal('These stats are for another market (“united-states”), so they are not shown.');
  });

  it('schema: JSON that is not a bundle', async () => {
    const { detail } = await failure({ 'backend-engineer.json': { hello: 'world' } });
    expect(detail.code).to.equal('schema');
  });

  it('role-mismatch: a bundle of another role is refused, not shown', async () => {
    const other = backendBundle();
    other.role.slug = 'frontend-engineer';
    const { detail, text } = await failure({ 'backend-engineer.json': other });
    expect([detail.code, detail.role]).to.deep.equal(['role-mismatch', 'backend-engineer']);
    expect(text).to.equal('These stats are for another role (“frontend-engineer”), so they are not shown.');
  });

  it('unsafe-url: a javascript: or data: stats folder, or a src that is not a URL, loads nothing and says so', async () => {
    // A src that is not a URL is refused too: falling back to the meta tag or stats/ beside the
    // script would show another folder's figures under this author's page.
    for (const src of ['javascript:alert(1)//', 'data:text/plain,x/', 'https://[cdn]/stats/']) {
      const net = fakeNetwork({});
      const wrapper = sized();
      const failed = oneEvent(wrapper, 'role-hub-error');
      const el = attach(wrapper, 'role-glance', { role: 'backend-engineer', src });
      const { detail } = await failed;
      await settled(el);
      expect(detail.code, src).to.equal('unsafe-url');
      expect(net.calls, src).to.deep.equal([]);
      expect(shadowText(el, '[part~="error"]'), src).to.match(/is not a web address \(http or https\), so nothing was loaded\.$/);
      restoreNetwork();
    }
  });

  it('ten widgets failing on one bundle show ten sentences but raise one alert, and announce no loading', async () => {
    // A screen reader reads every alert as it appears: ten identical ones would be read ten times.
    fakeNetwork({ 'data-analyst.json': () => new Response('<html>', { status: 200 }) });
    const wrapper = sized();
    const els = Array.from({ length: 10 }, () => attach(wrapper, 'role-glance', { role: 'data-analyst', src: '/stats/' }));
    await Promise.all(els.map((el) => el.updateComplete));
    const statuses = els.filter((el) => el.shadowRoot!.querySelector('[role="status"], [aria-live]')).length;
    expect(shadowText(els[0]!, '.visually-hidden'), 'said to a reader who reaches it').to.equal('Loading data analyst stats…');
    await waitUntil(() => els.every((el) => el.shadowRoot!.querySelector('[part~="error"]')), 'every widget shows its error');
    await Promise.all(els.map((el) => settled(el)));
    expect(statuses, 'loading not announced').to.equal(0);
    const alerts = els.filter((el) => el.shadowRoot!.querySelector('[role="alert"]')).length;
    expect(alerts, 'one alert').to.equal(1);
    for (const el of els) expect(shadowText(el, '[part~="error"]')).to.match(/data-analyst\.json is not a valid role-hub bundle/);
  });

  it('gives the one alert to a widget the reader can see, not to a hidden one that failed first', async () => {
    // Another file than the test above's, whose alert was raised within the last second.
    fakeNetwork({ 'data-scientist.json': () => new Response('<html>', { status: 200 }) });
    const hidden = sized();
    hidden.hidden = true;
    const shown = sized();
    const first = attach(hidden, 'role-glance', { role: 'data-scientist', src: '/stats/' });
    const second = attach(shown, 'role-glance', { role: 'data-scientist', src: '/stats/' });
    await waitUntil(() => [first, second].every((el) => el.shadowRoot!.querySelector('[part~="error"]')), 'both show the error');
    await Promise.all([settled(first), settled(second)]);
    const alerted = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]') !== null;
    expect(alerted(first), 'the hidden one').to.equal(false);
    expect(alerted(second), 'the one on screen').to.equal(true);
  });

  it('invalid-name: a role or market of another type than text (a framework binding a number or an object) is an event and a sentence, not an exception', async () => {
    fakeNetwork({});
    const wrapper = sized();
    const failed = oneEvent(wrapper, 'role-hub-error');
    const el = attach(wrapper, 'role-glance', { role: 'backend-engineer', src: '/stats/' });
    (el as unknown as { market: unknown }).market = { key: 'united-states' };
    const { detail } = await failed;
    await settled(el);
    expect([detail.code, detail.role]).to.deep.equal(['invalid-name', 'backend-engineer']);
    expect(shadowText(el, '[part~="empty"]')).to.equal('“[object Object]” is not a market name role-hub knows.');
  });

  it('offline: says so, and loads again by itself when the connection comes back', async () => {
    // The reader's browser reports no connection, and every request fails.
    Object.defineProperty(navigator, 'onLine', { get: () => false, configurable: true });
    try {
      const { detail, text } = await failure({ 'backend-engineer.json': () => Promise.reject(new TypeError('Failed to fetch')) });
      expect(detail.code).to.equal('offline');
      expect(text).to.match(/^You appear to be offline, so the stats at \S+backend-engineer\.json could not be loaded\.$/);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
    const el = document.querySelector('role-glance')!;
    fakeNetwork({ 'backend-engineer.json': backendBundle() });
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"]'), 'the element reloaded when back online', { timeout: 3000 });
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it("timeout: an element stops waiting at its own deadline (the timeout attribute, or the page's meta), retries included", async () => {
    for (const setup of ['attribute', 'meta'] as const) {
      const meta = document.createElement('meta');
      meta.name = 'role-hub-timeout';
      meta.content = '0.2';
      if (setup === 'meta') document.head.append(meta);
      try {
        const t0 = performance.now();
        const { detail, text } = await failure({ 'backend-engineer.json': () => never() }, setup === 'attribute' ? { timeout: '0.2' } : {});
        expect(detail.code, setup).to.equal('timeout');
        expect(performance.now() - t0, setup).to.be.below(1500);
        expect(text, setup).to.match(/^The stats took too long to arrive from \S+backend-engineer\.json\. Please try again later\.$/);
      } finally {
        meta.remove();
      }
    }
  });
});
