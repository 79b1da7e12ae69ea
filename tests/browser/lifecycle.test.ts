// What an app does to a widget over its life: deadlines longer than the loader's, a slow roles
// index, an offline failure followed by data, trying again after a failure, and inputs that a
// given `data` object makes moot.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/related-roles/define.js';
import '../../src/components/role-glance/define.js';
import { loaderConfig } from '../../src/data/load/loader.js';
import { backendBundle, roleIndex } from './fixtures/backend-bundle.js';
import { attach, sized, type RoleHubTestElement } from './helpers/mount.js';
import { fakeNetwork, never, restoreNetwork } from './helpers/network.js';
import { settled } from './helpers/render.js';

/** Every role-hub-load and role-hub-error `wrapper` hears, in order. */
function heard(wrapper: Element): string[] {
  const events: string[] = [];
  for (const type of ['role-hub-load', 'role-hub-error'])
    wrapper.addEventListener(type, (e) => events.push(`${type} ${(e as CustomEvent<{ code?: string }>).detail.code ?? ''}`.trim()));
  return events;
}

const ready = (el: Element) => el.shadowRoot!.querySelector('[part~="footer"]:not(.loading)') !== null;

describe('a widget over its life', () => {
  afterEach(() => restoreNetwork());

  it('waits out its own timeout when it is longer than one request of the loader, asking again', async () => {
    // The loader gives up on one request after 0.3 s here; the element was told to wait 2 s. The
    // first request never answers; the second does.
    let calls = 0;
    fakeNetwork({ 'backend-engineer.json': () => (++calls === 1 ? never() : new Response(JSON.stringify(backendBundle()))) });
    loaderConfig.timeoutMs = 300;
    const wrapper = sized();
    const events = heard(wrapper);
    const el = attach(wrapper, 'role-glance', { role: 'backend-engineer', src: '/stats/', timeout: '2' });
    await waitUntil(() => ready(el), 'the figures, from the second request', { timeout: 3000 });
    expect(calls).to.equal(2);
    expect(events).to.deep.equal(['role-hub-load']);
  });

  it('waits out its own timeout for the roles index too, asking again', async () => {
    let calls = 0;
    fakeNetwork({
      'backend-engineer.json': backendBundle(),
      'index.json': () => (++calls === 1 ? never() : new Response(JSON.stringify(roleIndex()))),
    });
    loaderConfig.timeoutMs = 300;
    const wrapper = sized();
    const events = heard(wrapper);
    const el = attach(wrapper, 'related-roles', { role: 'backend-engineer', src: '/stats/', timeout: '2' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="card"]'), 'the other roles, from the second request', { timeout: 3000 });
    expect(calls).to.equal(2);
    expect(events).to.deep.equal(['role-hub-load']);
  });

  it('stops waiting for a slow roles index at its own timeout, and says so for the index alone', async () => {
    fakeNetwork({ 'backend-engineer.json': backendBundle(), 'index.json': () => never() });
    const wrapper = sized();
    const failed = oneEvent(wrapper, 'role-hub-error');
    attach(wrapper, 'related-roles', { role: 'backend-engineer', src: '/stats/', timeout: '0.3' });
    const { detail } = await failed;
    expect(detail.code).to.equal('timeout');
    expect(detail.url).to.match(/\/stats\/index\.json$/);
    // Its own 0.3 s, not the loader's 2 s.
    expect(detail.message).to.match(/index\.json did not answer within 0\.3 s$/);
  });

  it('says a market is missing at its own timeout when the roles index that would name the others is slow', async () => {
    // No bundle for France (404), and the index that lists the markets the role has never answers:
    // the element says what is missing by its own 0.3 s, not after the loader's 2 s.
    fakeNetwork({ 'index.json': () => never() });
    const wrapper = sized();
    const el = attach(wrapper, 'role-glance', { role: 'backend-engineer', market: 'france', src: '/stats/', timeout: '0.3' });
    const empty = () => el.shadowRoot!.querySelector('[part~="empty"]') as HTMLElement | null;
    await waitUntil(() => empty() !== null, 'the missing market said before the loader gives up', { timeout: 1500 });
    expect(empty()!.innerText).to.match(/^There are no stats for “backend-engineer” in the market “france” at \S+\.$/);
  });

  it('is heard by a listener on the document and on the window, their events typed (the types stage checks this file)', async () => {
    fakeNetwork({ 'backend-engineer.json': backendBundle() });
    const heardBy: string[] = [];
    const onDocument = (e: DocumentEventMap['role-hub-load']) => heardBy.push(`document ${e.detail.role}`);
    const onWindow = (e: WindowEventMap['role-hub-load']) => heardBy.push(`window ${e.detail.role}`);
    document.addEventListener('role-hub-load', onDocument);
    window.addEventListener('role-hub-load', onWindow);
    try {
      const el = attach(sized(), 'role-glance', { role: 'backend-engineer', src: '/stats/' });
      await waitUntil(() => ready(el) && heardBy.length === 2, 'the load, heard twice');
    } finally {
      document.removeEventListener('role-hub-load', onDocument);
      window.removeEventListener('role-hub-load', onWindow);
    }
    expect(heardBy).to.deep.equal(['document backend-engineer', 'window backend-engineer']);
  });

  it('loads the role a hydrating page writes into data-role, first and when it changes', async () => {
    const other = backendBundle();
    other.role = { ...other.role, slug: 'frontend-engineer', title: 'Frontend Engineer' };
    fakeNetwork({ 'backend-engineer.json': backendBundle(), 'frontend-engineer.json': other });
    const wrapper = sized();
    const loads: string[] = [];
    wrapper.addEventListener('role-hub-load', (e) => loads.push(e.detail.role));
    const el = attach(wrapper, 'role-glance', { 'data-role': 'backend-engineer', src: '/stats/' });
    await waitUntil(() => loads.length === 1, 'the first role');
    // A framework reuses the element on the next role's page.
    el.setAttribute('data-role', 'frontend-engineer');
    await waitUntil(() => loads.length === 2, 'the new role');
    expect(loads).to.deep.equal(['backend-engineer', 'frontend-engineer']);
    expect([el.getAttribute('data-role'), el.hasAttribute('role')]).to.deep.equal(['frontend-engineer', false]);
  });

  it('loads once, not twice, when data given after an offline failure is followed by the connection coming back', async () => {
    Object.defineProperty(navigator, 'onLine', { get: () => false, configurable: true });
    fakeNetwork({ 'backend-engineer.json': () => Promise.reject(new TypeError('Failed to fetch')) });
    const wrapper = sized();
    const events = heard(wrapper);
    const failed = oneEvent(wrapper, 'role-hub-error');
    const el = attach(wrapper, 'role-glance', { role: 'backend-engineer', src: '/stats/' });
    try {
      expect((await failed).detail.code).to.equal('offline');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
    // The app shows its own copy instead.
    el.data = backendBundle();
    await waitUntil(() => ready(el), 'the given data');
    await settled(el);
    fakeNetwork({ 'backend-engineer.json': backendBundle() });
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settled(el);
    expect(events).to.deep.equal(['role-hub-error offline', 'role-hub-load']);
  });

  it('reload() loads again after a failure, once the server is back', async () => {
    let up = false;
    fakeNetwork({
      'backend-engineer.json': () => (up ? new Response(JSON.stringify(backendBundle())) : new Response('busy', { status: 503 })),
    });
    const wrapper = sized();
    const events = heard(wrapper);
    const failed = oneEvent(wrapper, 'role-hub-error');
    const el = attach(wrapper, 'role-glance', { role: 'backend-engineer', src: '/stats/' }) as RoleHubTestElement & { reload(): void };
    await failed;
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="error"]') !== null, 'the error shows').to.equal(true);
    up = true;
    el.reload();
    await waitUntil(() => ready(el), 'the figures after reload()');
    expect(events).to.deep.equal(['role-hub-error http-5xx', 'role-hub-load']);
  });

  it('makes one request when reload() is called before the element first draws', async () => {
    const net = fakeNetwork({ 'backend-engineer.json': backendBundle() });
    const el = attach(sized(), 'role-glance', { role: 'backend-engineer', src: '/stats/' }) as RoleHubTestElement & { reload(): void };
    el.reload();
    await waitUntil(() => ready(el), 'the figures');
    expect(net.count('backend-engineer.json')).to.equal(1);
  });

  it('sends no second load event when src, role or an unread index change under given data, which they do not change', async () => {
    const net = fakeNetwork({});
    const wrapper = sized();
    const events = heard(wrapper);
    const el = attach(wrapper, 'role-glance', {});
    el.data = backendBundle();
    await waitUntil(() => ready(el), 'the given data');
    await settled(el);
    el.setAttribute('src', '/other/');
    el.setAttribute('role', 'data-analyst');
    el.setAttribute('timeout', '5');
    // An app that renders again hands over a new index object too, which role-glance does not read.
    el.index = { schemaVersion: '2.0.0', roles: [] };
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).to.deep.equal(['role-hub-load']);
    expect(net.calls).to.deep.equal([]);
    expect(ready(el)).to.equal(true);
  });
});
