import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/role-faq/define.js';
import { faqEntries } from '../../src/components/role-faq/faq-answers.js';
import type { RoleBundle } from '../../src/data/bundle/types.js';
import { backendBundle, pooledMarket } from './fixtures/backend-bundle.js';
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

const faq = async (attrs: Record<string, string> = {}, bundle: RoleBundle = backendBundle()) =>
  (await mountReady('role-faq', attrs, bundle)) as unknown as Faq;

const questions = (el: Element) => shadowAll(el, 'summary').map((s) => fold(s.textContent));
/** Answers as text, whether or not their disclosure is open. */
const answers = (el: Element) => shadowAll(el, '[part~="answer"]').map((p) => fold(p.textContent));
const schemaScripts = (el: Element) => [...el.querySelectorAll(':scope > script[type="application/ld+json"]')] as HTMLScriptElement[];

interface FaqPage {
  '@context': string;
  inLanguage: string;
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
      // The data window, 2024-09-09 to 2024-11-29, not the build or reading clock.
      'Is Backend Engineer a good career in 2024?',
    ]);
    expect(answers(el)).to.deep.equal([
      // Top 3 skills by count: AWS 30, SQL 22, Python 18. 198 of 200 listings state a level (2 do
      // not), more than half, so a level may be advised: senior 142 of the 198, more than half, "most".
      'Build the skills employers actually ask for — AWS, SQL and Python lead these backend engineer listings — prove them with portfolio projects, then tailor your resume to their wording. Of the 198 backend engineer listings posted Sep–Nov 2024 that state a level, most (142) are senior, so target that band first.',
      // Top 5: AWS, SQL, Python, CI/CD (16), Java (16; ties keep the bundle's order). AWS 30 of the
      // 200 listings that list skills = 15%. Window 2024-09-09 – 2024-11-29: Sep–Nov 2024.
      'Across 200 backend engineer listings posted Sep–Nov 2024, the most-requested skills are AWS, SQL, Python, CI/CD and Java. AWS appears in 15% of the 200 that list skills.',
      // pay: n 160 yearly salaries, median 124,671, p25 76,083, p75 161,654.
      'In the 160 yearly salaries stated by the 200 backend engineer listings posted Sep–Nov 2024, the median is $124,671 and the middle half runs from $76,083 to $161,654.',
      // Twelve complete weeks, but no skill named in 30 listings on a side (AWS has the most: 12 and
      // 9), so the test judged none and their "steady" is no finding.
      'The data holds 200 backend engineer listings posted Sep–Nov 2024. No followed skill was named in enough listings to test for a change between the last 4 complete weeks to 2024-W48 and the 4 before (at least 30 in each period needed).',
    ]);
  });

  it('formats the figures in its locale', async () => {
    const el = await faq({ locale: 'de-DE' }, rising());
    const [, skills, pay] = answers(el);
    // de-DE writes the short month "Nov." and the percent sign after a space.
    expect(skills).to.equal(
      'Across 200 backend engineer listings posted Sept.–Nov. 2024, the most-requested skills are AWS, SQL, Python, CI/CD and Java. AWS appears in 15 % of the 200 that list skills.',
    );
    expect(pay).to.equal(
      'In the 160 yearly salaries stated by the 200 backend engineer listings posted Sept.–Nov. 2024, the median is 124.671 $ and the middle half runs from 76.083 $ to 161.654 $.',
    );
  });

  it('writes the year in its question in the same digits as its answers', async () => {
    const el = await faq({ locale: 'ar-EG' }, rising());
    // ar-EG writes Arabic-Indic digits: 2024 → ٢٠٢٤, 200 → ٢٠٠, with no grouping in a year; each
    // figure between invisible Unicode isolates (FSI … PDI), so a range of them reads in order.
    expect(questions(el)[3]).to.equal('Is Backend Engineer a good career in \u2068٢٠٢٤\u2069?');
    expect(answers(el)[1]).to.contain('Across \u2068٢٠٠\u2069 backend engineer listings');
    expect(answers(el)[1]).to.contain('٢٠٢٤');
    expect(questions(el).join(' ')).not.to.match(/[0-9]/);
  });

  it('reads a span of years in Arabic-Indic digits in order: the first year left of the last', async () => {
    const bundle = backendBundle();
    bundle.provenance.window = { from: '2024-12-02', to: '2025-01-26' };
    const wrapper = document.createElement('div');
    wrapper.dir = 'rtl';
    wrapper.lang = 'ar-EG';
    document.body.append(wrapper);
    try {
      const el = await faq({ locale: 'ar-EG' }, bundle);
      wrapper.append(el);
      const summary = [...el.shadowRoot!.querySelectorAll('summary')][3]!;
      expect(summary.textContent).to.contain('\u2068٢٠٢٤\u2069–\u2068٢٠٢٥\u2069');
      // Where each year is drawn: the text node's characters, measured.
      const walker = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
      let left2024 = NaN;
      let left2025 = NaN;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!;
        for (const [year, set] of [
          ['٢٠٢٤', (x: number) => (left2024 = x)],
          ['٢٠٢٥', (x: number) => (left2025 = x)],
        ] as const) {
          const at = text.indexOf(year);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + year.length);
          set(range.getBoundingClientRect().left);
        }
      }
      expect(left2024, '2024 left of 2025').to.be.lessThan(left2025);
    } finally {
      wrapper.remove();
    }
  });

  it('asks about no year when the bundle has no listings, and so no data window', () => {
    const bundle = backendBundle();
    bundle.provenance.window = { from: '', to: '' };
    expect(faqEntries(bundle, 'en-US')[3]!.question).to.equal('Is Backend Engineer a good career?');
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
    expect(fold(details[2]!.innerText)).to.contain('the median is $124,671');
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

  it('says no listing states a usable yearly salary when pay is null, not that none publishes pay', async () => {
    // The builder writes pay null whenever no listing gives a usable headline salary, though many
    // may state hourly pay: a yearly salary is the one thing every such bundle lacks.
    const bundle = backendBundle();
    bundle.pay = null;
    const el = await faq({}, bundle);
    expect(answers(el)[2]).to.equal(
      'None of the 200 backend engineer listings posted Sep–Nov 2024 states a usable yearly salary, so there is no salary figure to give.',
    );
  });

  it('gives no median from fewer yearly salaries than a level needs, naming the listings, in the answer and in the JSON-LD', async () => {
    // Read alone, as a search engine reads the JSON-LD, the answer says whose salaries are too few:
    // another market or all markets may well have enough.
    const bundle = backendBundle();
    bundle.pay!.minSeniorityN = 161;
    bundle.market = { key: 'india', name: 'India', pooled: false, mix: [] };
    const el = await faq({ 'emit-schema': '' }, bundle);
    const sentence =
      'Too few of the 200 backend engineer listings in India posted Sep–Nov 2024 state a yearly salary to give a pay figure (160; at least 161 needed).';
    expect(answers(el)[2]).to.equal(sentence);
    expect(faqEntries(bundle, 'en-US')[2]!.answer).to.equal(sentence);
  });

  it('says that pay in an all-markets view pools several markets, in the answers and in the JSON-LD', async () => {
    // data-analyst.all in the real data is such a view: market.pooled true, with a mix of markets.
    const bundle = backendBundle();
    bundle.market = pooledMarket();
    const el = await faq({ 'emit-schema': '' }, bundle);
    // pay as in the first test: 160 yearly salaries, median 124,671, p25 76,083, p75 161,654.
    const pay =
      'In the 160 yearly salaries stated by the 200 backend engineer listings from all markets in the data posted Sep–Nov 2024, the median is $124,671 and the middle half runs from $76,083 to $161,654. These figures pool pay across those markets, so they describe no single market.';
    expect(answers(el)[2]).to.equal(pay);
    expect(answers(el)[1]).to.match(/^Across 200 backend engineer listings from all markets in the data posted Sep–Nov 2024, /);
    // Search engines read the JSON-LD without the footer that says "pay pooled": the answer says it.
    const doc = JSON.parse(schemaScripts(el)[0]!.textContent!) as FaqPage;
    expect(doc.mainEntity[2]!.acceptedAnswer.text).to.equal(pay);
    bundle.pay = null;
    expect(faqEntries(bundle, 'en-US')[2]!.answer).to.equal(
      'None of the 200 backend engineer listings from all markets in the data posted Sep–Nov 2024 states a usable yearly salary, so there is no salary figure to give.',
    );
  });

  it('names a single market wherever it counts listings, and adds no pooling note', () => {
    const bundle = backendBundle();
    bundle.market = { key: 'united-states', name: 'United States', pooled: false, mix: [] };
    const [become, , pay] = faqEntries(bundle, 'en-US').map((e) => e.answer);
    expect(pay).to.equal(
      'In the 160 yearly salaries stated by the 200 backend engineer listings in the United States posted Sep–Nov 2024, the median is $124,671 and the middle half runs from $76,083 to $161,654.',
    );
    // 198 of the 200 state a level, senior 142 of them (as in the first test).
    expect(become).to.match(
      / Of the 198 backend engineer listings in the United States posted Sep–Nov 2024 that state a level, most \(142\) are senior, so target that band first\.$/,
    );
  });

  it('only says "most" listings sit at a level when more than half of those stating one do', async () => {
    const bundle = backendBundle();
    // entry 42, mid 80, senior 70, lead 6 = 198 state a level; mid is the commonest, but 80 of 198 is not most.
    bundle.seniority = bundle.seniority.map((s) => ({
      ...s,
      count: s.level === 'mid' ? 80 : s.level === 'senior' ? 70 : s.level === 'entry' ? 42 : s.count,
    }));
    const el = await faq({}, bundle);
    expect(answers(el)[0]).to.match(
      / Of the 198 backend engineer listings posted Sep–Nov 2024 that state a level, more are mid level \(80\) than any other, so target that band first\.$/,
    );
  });

  it('gives no seniority advice when most listings state no level, and says how many do not', () => {
    const bundle = backendBundle();
    // 57% state no level, as in the real data: unspecified 114, the other 86 spread over levels.
    bundle.seniority = bundle.seniority.map((s) => ({
      ...s,
      count: { entry: 20, mid: 20, senior: 40, lead: 6, unspecified: 114 }[s.level as string] ?? 0,
    }));
    expect(faqEntries(bundle, 'en-US')[0]!.answer).to.match(
      / 114 of the 200 backend engineer listings posted Sep–Nov 2024 do not state a seniority level, too many to point at one\.$/,
    );
  });

  it('names no level when two levels tie for the top', () => {
    const bundle = backendBundle();
    bundle.seniority = bundle.seniority.map((s) => ({ ...s, count: s.level === 'mid' || s.level === 'senior' ? 86 : s.count }));
    expect(faqEntries(bundle, 'en-US')[0]!.answer).to.equal(
      'Build the skills employers actually ask for — AWS, SQL and Python lead these backend engineer listings — prove them with portfolio projects, then tailor your resume to their wording.',
    );
  });

  it("names rising and falling skills only from the bundle's verdicts, and no change from a single week", () => {
    const bundle = backendBundle();
    const career = () =>
      faqEntries(bundle, 'en-US')[3]!.answer.replace(/^The data holds 200 backend engineer listings posted Sep–Nov 2024\. ?/, '');
    const window = 'between the last 4 complete weeks to 2024-W48 and the 4 before';
    const [aws, sql, python] = bundle.trend.skills;
    /** Mentions on each side: at least 30 on both is what the test needs to judge a skill. */
    const mentions = (skill: typeof aws, recent: number, earlier: number) => {
      skill!.recent = { ...skill!.recent, mentions: recent };
      skill!.earlier = { ...skill!.earlier, mentions: earlier };
    };
    mentions(aws, 40, 31);
    mentions(sql, 30, 30);
    mentions(python, 30, 45);
    // A fall of the last week's total alone says nothing: the verdicts decide.
    bundle.trend.totals = [...bundle.trend.totals.slice(0, -1), 2];
    bundle.trend.skillTotals = [...bundle.trend.totals];
    bundle.trend.skills = bundle.trend.skills.map((s) => ({ ...s, counts: [...s.counts.slice(0, -1), 0] }));
    // CI/CD (5 and 6) and Java (5 and 5) were not tested: they are counted apart, never called steady.
    expect(career()).to.equal(
      `No followed skill's share of listings changed clearly ${window}; 2 of the 5 followed skills were named in too few listings to test (fewer than 30 in either period).`,
    );
    bundle.trend.skills[0]!.verdict = 'rising';
    bundle.trend.skills[2]!.verdict = 'falling';
    expect(career()).to.equal(
      `AWS was named in a clearly larger share of listings, and Python in a clearly smaller share ${window}; the other tested skill held steady, and 2 of the 5 followed skills were named in too few listings to test (fewer than 30 in either period).`,
    );
    // Every tested skill moved: no "held steady" clause, and the untested ones still counted apart.
    bundle.trend.skills[1]!.verdict = 'falling';
    expect(career()).to.equal(
      `AWS was named in a clearly larger share of listings, and SQL and Python in a clearly smaller share ${window}; 2 of the 5 followed skills were named in too few listings to test (fewer than 30 in either period).`,
    );
    bundle.trend.skills[1]!.verdict = 'steady';
    // A fall alone is a whole sentence too, with its verb.
    bundle.trend.skills[0]!.verdict = 'steady';
    expect(career()).to.equal(
      `Python was named in a clearly smaller share of listings ${window}; the other tested skills held steady, and 2 of the 5 followed skills were named in too few listings to test (fewer than 30 in either period).`,
    );
    // Every skill tested: the others all held steady, and none is left out.
    mentions(bundle.trend.skills[3], 31, 30);
    mentions(bundle.trend.skills[4], 30, 32);
    bundle.trend.skills[1]!.verdict = 'falling';
    expect(career()).to.equal(
      `SQL and Python were named in a clearly smaller share of listings ${window}; the other tested skills held steady.`,
    );
    bundle.trend.skills[1]!.verdict = 'steady';
    bundle.trend.skills[2]!.verdict = 'steady';
    expect(career()).to.equal(`No followed skill's share of listings changed clearly ${window}.`);
    // One skill tested, and steady: the four others are not called steady with it.
    for (const skill of bundle.trend.skills.slice(1)) mentions(skill, 29, 40);
    expect(career()).to.equal(
      `No followed skill's share of listings changed clearly ${window}; 4 of the 5 followed skills were named in too few listings to test (fewer than 30 in either period).`,
    );
    mentions(bundle.trend.skills[0], 29, 40);
    expect(career()).to.equal(
      `No followed skill was named in enough listings to test for a change ${window} (at least 30 in each period needed).`,
    );
    bundle.trend.weeks = bundle.trend.weeks.slice(-7);
    bundle.trend.totals = bundle.trend.totals.slice(-7);
    bundle.trend.skillTotals = bundle.trend.skillTotals.slice(-7);
    bundle.trend.skills = bundle.trend.skills.map((s) => ({ ...s, counts: s.counts.slice(-7) }));
    expect(career()).to.equal('It covers too few complete weeks to say whether demand for any skill is changing.');
  });

  it('words the answers for a role with a single skill and a vowel-led title', () => {
    const bundle = backendBundle();
    bundle.role.title = 'Engineering Manager';
    bundle.skills = bundle.skills.slice(0, 1);
    const [become, skills, pay] = faqEntries(bundle, 'en-US');
    expect(become!.question).to.equal('How do I become an Engineering Manager?');
    expect(become!.answer).to.contain('AWS leads these engineering manager listings');
    expect(skills!.answer).to.equal(
      'Across 200 engineering manager listings posted Sep–Nov 2024, the most-requested skill is AWS, which appears in 15% of the 200 that list skills.',
    );
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
      expect(doc.inLanguage, 'the copy is English on any page').to.equal('en');
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
      expect(doc.mainEntity[2]!.acceptedAnswer.text).to.match(/ 124\.671\s\$ and /);
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

    it('keeps one script in a copy of the element (cloneNode), its own, which follows its role', async () => {
      const other = backendBundle();
      other.role = { ...other.role, slug: 'data-engineer', title: 'Data Engineer' };
      fakeNetwork({ 'data-engineer.json': other });
      const el = await faq({ 'emit-schema': '' });
      const copy = el.cloneNode(true) as Faq;
      copy.setAttribute('role', 'data-engineer');
      copy.setAttribute('src', '/stats/');
      el.parentNode!.append(copy);
      await waitUntil(() => copy.shadowRoot!.querySelector('[part~="footer"]:not(.loading)'), 'the copy shows its role');
      await settled(copy);
      expect(schemaScripts(copy).length, 'one script in the copy').to.equal(1);
      const names = (JSON.parse(schemaScripts(copy)[0]!.textContent!) as FaqPage).mainEntity.map((q) => q.name);
      expect(names[0]).to.equal('How do I become a Data Engineer?');
      expect(schemaScripts(el).length, 'and one in the original').to.equal(1);
    });

    it("leaves another FAQ's script alone when both put theirs in one schemaTarget", async () => {
      const target = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const first = await faq({ 'emit-schema': '' });
      first.schemaTarget = target;
      first.requestUpdate();
      await settled(first);
      const other = backendBundle();
      other.role = { ...other.role, slug: 'data-engineer', title: 'Data Engineer' };
      const second = await faq({ 'emit-schema': '' }, other);
      second.schemaTarget = target;
      second.requestUpdate();
      await settled(second);
      first.requestUpdate();
      await settled(first);
      const names = schemaScripts(target).map((script) => (JSON.parse(script.textContent!) as FaqPage).mainEntity[0]!.name);
      expect(names).to.deep.equal(['How do I become a Backend Engineer?', 'How do I become a Data Engineer?']);
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
