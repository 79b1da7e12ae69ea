import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/role-faq/define.js';
import { faqEntries } from '../../src/components/role-faq/faq-answers.js';
import type { RoleBundle } from '../../src/data/bundle/types.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { mount, mountReady } from './helpers/mount.js';
import { fakeNetwork, never, restoreNetwork } from './helpers/network.js';
import { fold, settled, shadowAll } from './helpers/render.js';
import { sharedSuite } from './helpers/shared-suite.js';

sharedSuite('role-faq', {
  stableHeight: [
    { width: 600, shows: 'details', count: 4 },
    { width: 400, shows: 'details', count: 4 },
    { width: 280, shows: 'details', count: 4 },
  ],
});

type Faq = HTMLElementTagNameMap['role-faq'];

const faq = async (attrs: Record<string, string> = {}, bundle: RoleBundle = backendBundle()) => (await mountReady('role-faq', attrs, bundle)) as unknown as Faq;

const questions = (el: Element) => shadowAll(el, 'summary').map((s) => fold(s.textContent));
/** Answers as text, whether or not their disclosure is open. */
const answers = (el: Element) => shadowAll(el, '[part~="answer"]').map((p) => fold(p.textContent));
const schemaScripts = (el: Element) => [...el.querySelectorAll(':scope > script[type="application/ld+json"]')] as HTMLScriptElement[];

interface FaqPage {
  '@context': string;
  '@type': string;
  mainEntity: Array<{ '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }>;
}

describe('<role-faq>', () => {
  afterEach(() => restoreNetwork());

  /** The fixture with its last two weekly totals pinned to 15 → 20, so the trend sentence has a change to state. */
  const rising = () => {
    const bundle = backendBundle();
    bundle.trend.totals = [...bundle.trend.totals.slice(0, -2), 15, 20];
    bundle.trend.skillTotals = [...bundle.trend.totals];
    return bundle;
  };

  it('asks the four questions of the reference page and answers them from the fixture', async () => {
    const el = await faq({}, rising());
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Backend Engineer career FAQ');
    expect(questions(el)).to.deep.equal([
      'How do I become a Backend Engineer?',
      'What skills do you need to be a Backend Engineer?',
      'How much does a Backend Engineer earn?',
      // provenance.generatedAt is 2024-12-01.
      'Is Backend Engineer a good career in 2024?',
    ]);
    expect(answers(el)).to.deep.equal([
      // Top 3 skills by count: AWS 30, SQL 22, Python 18. Senior is the commonest level: 142 of 200
      // = 71%, at least half, so "Most".
      'Build the skills employers actually ask for — currently AWS, SQL and Python lead backend engineer listings, prove them with portfolio projects, then tailor your resume to live listing language. Most backend engineer openings are at the senior level, so target that band first.',
      // Top 5: AWS, SQL, Python, CI/CD (16), Java (16; ties keep the bundle's order). AWS 30/200 = 15%.
      'Across 200 active backend engineer listings, the most-requested skills are AWS, SQL, Python, CI/CD, Java. AWS appears in 15% of postings.',
      // pay.median 124,671; p25 76,083; p75 161,654; n 160.
      'The median backend engineer salary is $124,671, with most disclosed ranges falling between $76,083 and $161,654, based on 160 listings with employer-published pay.',
      // trend.totals pinned to end …, 15, 20: (20 − 15) / 15 = 0.333 → +33%.
      'There are 200 active backend engineer listings in the current index. In the latest week of the data, 20 new listings were posted, up from 15 the week before (+33%).',
    ]);
  });

  it('formats the figures in its locale', async () => {
    const el = await faq({ locale: 'de-DE' }, rising());
    const [, skills, pay, career] = answers(el);
    expect(skills).to.equal('Across 200 active backend engineer listings, the most-requested skills are AWS, SQL, Python, CI/CD, Java. AWS appears in 15 % of postings.');
    expect(pay).to.equal('The median backend engineer salary is 124.671 $, with most disclosed ranges falling between 76.083 $ and 161.654 $, based on 160 listings with employer-published pay.');
    expect(career).to.contain('up from 15 the week before (+33 %).');
  });

  it('shows the answers as disclosure widgets a click opens', async () => {
    const el = await faq();
    const details = shadowAll(el, 'details') as HTMLDetailsElement[];
    expect(details.length).to.equal(4);
    expect(details.every((d) => !d.open)).to.equal(true);
    // A closed answer is not rendered text.
    expect(fold(details[2]!.innerText)).to.equal('How much does a Backend Engineer earn?');
    details[2]!.querySelector('summary')!.click();
    await waitUntil(() => details[2]!.open);
    expect(fold(details[2]!.innerText)).to.contain('The median backend engineer salary is $124,671');
  });

  it('opens an answer from the keyboard (Enter on a focused question)', async () => {
    const el = await faq();
    const details = shadowAll(el, 'details') as HTMLDetailsElement[];
    details[0]!.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details[0]!.open, 'Enter opens the focused question');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => details[1]!.open, 'Tab then Space opens the next question');
    await expect(el).to.be.accessible();
  });

  it('says there is no salary figure when no listing discloses pay', async () => {
    const bundle = backendBundle();
    bundle.pay = null;
    const el = await faq({}, bundle);
    expect(answers(el)[2]).to.equal('No backend engineer listing in this data publishes pay yet, so there is no salary figure to give.');
  });

  it('only says "Most" openings sit at a level when at least half do', async () => {
    const bundle = backendBundle();
    // mid 80, senior 70 of 200: mid is the commonest, but 80/200 = 40% is not most.
    bundle.seniority = bundle.seniority.map((s) => ({ ...s, count: s.level === 'mid' ? 80 : s.level === 'senior' ? 70 : s.level === 'entry' ? 42 : s.count }));
    const el = await faq({}, bundle);
    expect(answers(el)[0]).to.match(/ More backend engineer openings are at the mid level than at any other, so target that band first\.$/);
  });

  it('names no level when two levels tie for the top', () => {
    const bundle = backendBundle();
    bundle.seniority = bundle.seniority.map((s) => ({ ...s, count: s.level === 'mid' || s.level === 'senior' ? 86 : s.count }));
    expect(faqEntries(bundle, 'en-US')[0]!.answer).to.equal(
      'Build the skills employers actually ask for — currently AWS, SQL and Python lead backend engineer listings, prove them with portfolio projects, then tailor your resume to live listing language.',
    );
  });

  it('states a falling, a flat and a fresh week honestly', () => {
    const bundle = backendBundle();
    const career = (totals: number[]) => {
      bundle.trend.totals = totals;
      return faqEntries(bundle, 'en-US')[3]!.answer.replace(/^There are 200 active backend engineer listings in the current index\. ?/, '');
    };
    // (16 − 20) / 20 = −0.2 → −20%.
    expect(career([20, 16])).to.equal('In the latest week of the data, 16 new listings were posted, down from 20 the week before (-20%).');
    expect(career([7, 7])).to.equal('In the latest week of the data, 7 new listings were posted, the same as the week before.');
    expect(career([0, 1])).to.equal('In the latest week of the data, 1 new listing was posted, up from none the week before.');
    expect(career([9])).to.equal('');
  });

  it('words the answers for a role with a single skill and a vowel-led title', () => {
    const bundle = backendBundle();
    bundle.role.title = 'Engineering Manager';
    bundle.skills = bundle.skills.slice(0, 1);
    const [become, skills, pay] = faqEntries(bundle, 'en-US');
    expect(become!.question).to.equal('How do I become an Engineering Manager?');
    expect(become!.answer).to.contain('currently AWS leads engineering manager listings');
    expect(skills!.answer).to.equal('Across 200 active engineering manager listings, the most-requested skill is AWS, which appears in 15% of postings.');
    expect(pay!.question).to.equal('How much does an Engineering Manager earn?');
  });

  it('renders hostile names in questions and answers as inert text', async () => {
    const bundle = backendBundle();
    const evil = '<img src=x onerror="window.__pwnedFaq=1">';
    bundle.role.title = evil;
    bundle.skills[0]!.name = evil;
    const el = await faq({ 'emit-schema': '' }, bundle);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.querySelector('img')).to.equal(null);
    expect(questions(el)[0]).to.equal(`How do I become a ${evil}?`);
    expect((window as unknown as { __pwnedFaq?: number }).__pwnedFaq).to.equal(undefined);
  });

  it('shows its heading from the slug while loading', async () => {
    fakeNetwork({ 'data-engineer.json': () => never() });
    const el = await mount('role-faq', { role: 'data-engineer', src: '/stats/' });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Data Engineer career FAQ');
  });

  describe('emit-schema', () => {
    it('adds FAQPage JSON-LD in the light DOM with the same questions and answers', async () => {
      const el = await faq({ 'emit-schema': '' });
      const scripts = schemaScripts(el);
      expect(scripts.length).to.equal(1);
      const doc = JSON.parse(scripts[0]!.textContent!) as FaqPage;
      expect(doc['@context']).to.equal('https://schema.org');
      expect(doc['@type']).to.equal('FAQPage');
      expect(doc.mainEntity.length).to.equal(4);
      expect(doc.mainEntity.map((q) => [q['@type'], q.acceptedAnswer['@type']])).to.deep.equal(Array(4).fill(['Question', 'Answer']));
      expect(doc.mainEntity.map((q) => q.name)).to.deep.equal(questions(el));
      expect(doc.mainEntity.map((q) => q.acceptedAnswer.text)).to.deep.equal(answers(el));
    });

    it('adds no JSON-LD without the attribute', async () => {
      const el = await faq();
      expect(el.querySelectorAll('script').length).to.equal(0);
    });

    it('escapes < so no text from data can end the script', async () => {
      const bundle = backendBundle();
      bundle.role.title = '</script><script>window.__pwnedLd=1</script><!--';
      const el = await faq({ 'emit-schema': '' }, bundle);
      const script = schemaScripts(el)[0]!;
      expect(script.textContent).not.to.contain('<');
      expect(script.textContent).to.contain('\\u003c/script>');
      const doc = JSON.parse(script.textContent!) as FaqPage;
      expect(doc.mainEntity[0]!.name).to.equal(`How do I become a ${bundle.role.title}?`);
      expect(el.querySelectorAll('script').length).to.equal(1);
      expect((window as unknown as { __pwnedLd?: number }).__pwnedLd).to.equal(undefined);
    });

    it('follows the answers when the locale changes', async () => {
      const el = await faq({ 'emit-schema': '' });
      el.setAttribute('locale', 'de-DE');
      await el.updateComplete;
      const doc = JSON.parse(schemaScripts(el)[0]!.textContent!) as FaqPage;
      expect(doc.mainEntity[2]!.acceptedAnswer.text).to.match(/ 124\.671\s\$, /);
      expect(schemaScripts(el).length).to.equal(1);
    });

    it('goes away with the attribute, comes back with it, and goes away when the element leaves', async () => {
      const el = await faq({ 'emit-schema': '' });
      el.removeAttribute('emit-schema');
      await el.updateComplete;
      expect(schemaScripts(el).length).to.equal(0);
      el.setAttribute('emit-schema', '');
      await el.updateComplete;
      expect(schemaScripts(el).length).to.equal(1);
      const parent = el.parentNode!;
      el.remove();
      expect(el.querySelectorAll('script').length).to.equal(0);
      parent.append(el);
      await settled(el);
      expect(schemaScripts(el).length, 'back once the element is back').to.equal(1);
    });

    it('has no JSON-LD while loading or in the empty state', async () => {
      fakeNetwork({ 'backend-engineer.json': () => never() });
      const loading = await mount('role-faq', { role: 'backend-engineer', src: '/stats/', 'emit-schema': '' });
      expect(loading.querySelectorAll('script').length).to.equal(0);
      const tooFew = await faq({ 'emit-schema': '', 'min-listings': '500' });
      expect(tooFew.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
      expect(tooFew.querySelectorAll('script').length).to.equal(0);
    });
  });

  describe('on a page that enforces Trusted Types', function () {
    // Each test loads the element's modules afresh inside a frame, which is slow on a busy machine.
    this.timeout(30_000);
    /** A same-origin frame with a CSP that enforces Trusted Types and allows only the named policies. */
    async function enforcingFrame(allowed: string): Promise<{ win: Window & typeof globalThis; errors: string[]; warnings: string[] }> {
      // fixtureSync: fixture() waits for an animation frame, which a hidden test page never gets.
      const frame = fixtureSync<HTMLIFrameElement>(html`<iframe></iframe>`);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="en-US"><head>
        <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${allowed}">
        </head><body><script type="module">
          window.__errors = []; window.__warnings = [];
          addEventListener('error', (e) => __errors.push(String(e.message)));
          addEventListener('securitypolicyviolation', (e) => __errors.push('csp: ' + e.violatedDirective));
          const warn = console.warn; console.warn = (...a) => { __warnings.push(a.map(String).join(' ')); warn(...a); };
          await import('${new URL('../../src/components/role-faq/define.ts', import.meta.url).href}');
          window.__ready = true;
        </script></body></html>`;
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis & { __ready?: boolean; __errors: string[]; __warnings: string[] };
      await waitUntil(() => win.__ready, 'the element module loaded in the frame', { timeout: 25_000 });
      return { win, errors: win.__errors, warnings: win.__warnings };
    }

    async function faqIn(win: Window & typeof globalThis): Promise<Faq> {
      const el = win.document.createElement('role-faq') as Faq;
      el.setAttribute('emit-schema', '');
      win.document.body.append(el);
      el.data = JSON.parse(JSON.stringify(backendBundle()));
      await settled(el);
      return el;
    }

    it("writes the JSON-LD through the 'role-hub' policy", async () => {
      const { win, errors } = await enforcingFrame('lit-html role-hub');
      const el = await faqIn(win);
      const scripts = el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts.length).to.equal(1);
      expect((JSON.parse(scripts[0]!.textContent!) as FaqPage).mainEntity.length).to.equal(4);
      expect(errors).to.deep.equal([]);
    });

    it("skips the JSON-LD with a warning when the page does not allow the 'role-hub' policy", async () => {
      const { win, errors, warnings } = await enforcingFrame('lit-html');
      const el = await faqIn(win);
      expect(el.querySelectorAll('script').length).to.equal(0);
      expect(shadowAll(el, 'summary').length, 'the FAQ itself still shows').to.equal(4);
      expect(warnings.filter((w) => w.includes("'role-hub' policy")).length).to.equal(1);
      expect(errors.filter((e) => !e.startsWith('csp: trusted-types'))).to.deep.equal([]);
    });
  });
});
