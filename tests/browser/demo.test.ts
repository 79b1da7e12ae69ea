/**
 * The demo pages (`npm start`) in a frame: the full role hub for data-analyst from the bundles built
 * from the committed real listings in demo/real/, the role picker, and the page with each element
 * alone. Skips, saying why, until those bundles are there.
 *
 * The test server turns every .json file into a JavaScript module (the runner's esbuild `json`
 * loader), so a page fetching demo/real/*.json from it would get JavaScript. Each page is therefore
 * loaded as a copy (srcdoc, with its base URL kept) whose first script answers .json fetches with
 * the file's data, imported through that same loader.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { HUB_SECTIONS } from '../../src/components/role-hub/role-hub.js';

type Section = HTMLElement & { shadowRoot: ShadowRoot };
type FrameWindow = Window & typeof globalThis;

const demoUrl = (path: string) => new URL(`../../demo/${path}`, import.meta.url).href;

/** Serves a .json URL to a frame as a real JSON response, or a 404. */
async function jsonResponse(url: string, win: FrameWindow): Promise<Response> {
  try {
    const mod = (await import(/* @vite-ignore */ url)) as { default: unknown };
    return new win.Response(JSON.stringify(mod.default), { status: 200, headers: { 'content-type': 'application/json' } });
  } catch {
    return new win.Response('Not found', { status: 404 });
  }
}
(window as unknown as { __demoJson: typeof jsonResponse }).__demoJson = jsonResponse;

const shim = `<base href="${demoUrl('')}"><script>
  const pageFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input), document.baseURI).href;
    return url.endsWith('.json') ? parent.__demoJson(url, window) : pageFetch(input, init);
  };
  window.__errors = [];
  addEventListener('error', (e) => __errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
</script>`;

async function open(page: string): Promise<{ doc: Document; errors: string[] }> {
  const source = await (await fetch(demoUrl(page))).text();
  const frame = fixtureSync<HTMLIFrameElement>(html`<iframe></iframe>`);
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = source.replace(/<head>/i, `<head>${shim}`);
  await loaded;
  const win = frame.contentWindow as FrameWindow & { __errors: string[] };
  return { doc: frame.contentDocument!, errors: win.__errors };
}

/** Ready: rendered, and neither loading nor showing an error or empty message. */
const ready = (el: Element | null) =>
  !!el?.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[part~="loading"], [part~="error"], [part~="empty"]');

describe('demo pages', function () {
  this.timeout(30_000);

  before(async function () {
    try {
      await import(/* @vite-ignore */ demoUrl('real/index.json'));
      await import(/* @vite-ignore */ demoUrl('real/data-analyst.json'));
    } catch {
      console.log('demo tests skipped: the bundles are not in demo/real/ yet (npm run demo:data).');
      this.skip();
    }
  });

  it('index.html shows the full role hub for data-analyst from real listings, says where they come from, and the picker switches role', async () => {
    const { doc, errors } = await open('index.html');
    const hub = doc.querySelector('role-hub') as Section;
    await waitUntil(() => ready(hub), 'the hub loaded the bundle', { timeout: 10_000 });
    const heading = () => hub.shadowRoot.querySelector('[part~="heading"]')!.textContent;
    expect(heading()).to.equal('How to become a Data Analyst');
    expect(doc.querySelector('.source')!.textContent).to.match(/real job postings.*Luke Barousse.*Apache-2\.0/s);
    const sections = [...hub.shadowRoot.querySelectorAll('[part~="section"]')] as Section[];
    expect(sections.map((s) => s.localName)).to.deep.equal([...HUB_SECTIONS]);
    await waitUntil(() => sections.every((s) => s.shadowRoot?.querySelector('[part~="heading"]')), 'every section rendered');

    const picker = doc.querySelector('select[name="role"]') as HTMLSelectElement;
    await waitUntil(() => picker.options.length > 1, 'the role picker filled from index.json');
    expect(picker.value).to.equal('data-analyst');
    const other = [...picker.options].find((o) => o.value !== 'data-analyst')!;
    picker.value = other.value;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => heading() !== 'How to become a Data Analyst' && ready(hub), 'the hub switched role', { timeout: 10_000 });
    expect(heading()).to.match(/^How to become an? \S/);
    expect(errors).to.deep.equal([]);
  });

  it('elements.html shows each section alone, captioned with its tag', async () => {
    const { doc, errors } = await open('elements.html');
    const figures = [...doc.querySelectorAll('figure')];
    expect(figures.map((f) => f.querySelector('figcaption')!.textContent!.trim())).to.deep.equal(HUB_SECTIONS.map((t) => `<${t}>`));
    for (const [i, f] of figures.entries()) {
      const el = f.querySelector(HUB_SECTIONS[i]!);
      expect(el, `<${HUB_SECTIONS[i]}> is in its own figure`).to.exist;
      await waitUntil(() => ready(el), `<${HUB_SECTIONS[i]}> loaded`, { timeout: 10_000 });
    }
    expect(errors).to.deep.equal([]);
  });
});
