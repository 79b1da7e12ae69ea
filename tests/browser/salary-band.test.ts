import { expect } from '@open-wc/testing';
import '../../src/components/salary-band/define.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { attach, mount, mountReady, placed, sized } from './helpers/mount.js';
import { fakeNetwork, never, restoreNetwork } from './helpers/network.js';
import { openFigures, settled, shadowAll, shadowText, shadowTexts } from './helpers/render.js';
import { sharedSuite } from './helpers/shared-suite.js';

sharedSuite('salary-band', {
  stableHeight: [
    { width: 600, shows: '[part~="chart"]' },
    // At 400 px the footer wraps to two lines, at 280 px heading and summary wrap too: the
    // placeholders keep that room.
    { width: 400, shows: '[part~="chart"]' },
    { width: 280, shows: '[part~="chart"]' },
  ],
});
sharedSuite('salary-band', {
  attrs: { by: 'seniority' },
  // Every level has a row, with pay or without: seven, whatever the data holds.
  stableHeight: [
    { width: 600, shows: '[part~="row"]', count: 7 },
    { width: 320, shows: '[part~="row"]', count: 7 },
  ],
});

/** Left and right edges of a shadow-root node, as fractions of the chart SVG's width. */
function edges(node: Element, chart: Element): [number, number] {
  const box = chart.getBoundingClientRect();
  const r = node.getBoundingClientRect();
  return [(r.left - box.left) / box.width, (r.right - box.left) / box.width];
}

describe('<salary-band>', () => {
  afterEach(() => restoreNetwork());

  it('marks salaries stated per hour, day, week or month as an approximate figure apart, with its n', async () => {
    const bundle = backendBundle();
    bundle.pay!.annualised = { n: 37, median: 104000 };
    const el = await mountReady('salary-band', {}, bundle);
    expect(shadowText(el, '[part~="note"]')).to.equal(
      '≈ $104,000 median from 37 more salaries stated per hour, day, week or month, annualised; not in these figures.',
    );
  });

  it('says every salary was stated per year when there were no others, and that pay is pooled when it is', async () => {
    const bundle = backendBundle();
    bundle.pay!.annualised = null;
    const el = await mountReady('salary-band', {}, bundle);
    expect(shadowText(el, '[part~="note"]')).to.equal('Every salary here was stated per year.');
    bundle.pay!.basis = 'all';
    el.data = { ...bundle };
    await settled(el);
    expect(shadowText(el, '[part~="note"]')).to.equal('Hourly, daily, weekly and monthly pay annualised and pooled in.');
  });

  it('has a legend for the band, the box and the median mark, which no-legend hides', async () => {
    const el = await mountReady('salary-band');
    expect(shadowTexts(el, '[part~="legend"] li')).to.deep.equal(['10th–90th percentile', '25th–75th percentile', 'Median']);
    // Each key is drawn with the class of the mark it stands for.
    expect(shadowAll(el, '[part~="legend"] .band, [part~="legend"] .box, [part~="legend"] .median').length).to.equal(3);
    el.setAttribute('no-legend', '');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="legend"]')).to.equal(null);
  });

  it('states the median in the heading and the middle half of the yearly salaries, with their n', async () => {
    const el = await mountReady('salary-band');
    // Fixture pay: median 124,671, p25 76,083, p75 161,654 (USD, en-US from the test page).
    expect(shadowText(el, 'h2')).to.equal('Backend Engineer salary: $124,671 median');
    expect(shadowText(el, '[part~="summary"]')).to.equal('Middle half of 160 yearly salaries: $76,083 – $161,654.');
  });

  it('reads every percentile and the sample size as text', async () => {
    const el = await mountReady('salary-band');
    // p10 60,000, p25 76,083, median 124,671, p75 161,654, p90 190,000 over n = 160 yearly salaries.
    expect(shadowTexts(el, '.figures-list > li')).to.deep.equal([
      '10th percentile $60,000',
      '25th percentile $76,083',
      'Median $124,671',
      '75th percentile $161,654',
      '90th percentile $190,000',
      'Yearly salaries 160',
    ]);
  });

  it('names what its n counts: yearly salaries beside the others counted apart, or every period annualised', async () => {
    const bundle = backendBundle();
    // 37 hourly or monthly salaries are not among the 160: the count must not claim every listing with pay.
    bundle.pay!.annualised = { n: 37, median: 104000 };
    const el = await mountReady('salary-band', {}, bundle);
    expect(shadowTexts(el, '.figures-list > li')[5]).to.equal('Yearly salaries 160');
    expect(shadowText(el, '[part~="note"]')).to.match(/from 37 more salaries stated per hour/);
    // Basis "all": the 160 pool every period, annualised, and there is no separate figure.
    bundle.pay!.basis = 'all';
    bundle.pay!.annualised = null;
    el.data = { ...bundle };
    await settled(el);
    expect(shadowTexts(el, '.figures-list > li')[5]).to.equal('Annualised salaries 160');
  });

  it('gives a screen reader no empty, nameless figure: the drawing is hidden beside its list, the levels are named', async () => {
    // The plain band's figure holds only drawings, which are hidden from the accessibility tree;
    // the list after it reads every figure. By seniority, the figure holds the levels' rows.
    const plain = await placed('salary-band', { width: 600 });
    const figure = plain.shadowRoot!.querySelector('figure')!;
    expect(figure.getAttribute('aria-hidden')).to.equal('true');
    expect(figure.textContent!.trim(), 'no text but the axis labels, drawn in SVG').to.not.contain('percentile');
    expect(shadowTexts(plain, '.figures-list > li').length).to.equal(6);
    const levels = await placed('salary-band', { width: 600, attrs: { by: 'seniority' } });
    const named = levels.shadowRoot!.querySelector('figure')!;
    expect([named.getAttribute('aria-hidden'), named.getAttribute('aria-label')]).to.deep.equal([null, 'Salary by seniority']);
  });

  it('fires role-hub-load once its figures are drawn, and role-hub-error once it shows why', async () => {
    // A listener reads the element when the event comes: it must find what the event reports.
    const read = (type: string, wrapper: Element, selector: string) =>
      new Promise<string>((resolve) =>
        wrapper.addEventListener(type, (e) => resolve(shadowText(e.target as Element, selector)), { once: true }),
      );
    fakeNetwork({ 'backend-engineer.json': backendBundle() });
    const ok = sized(600);
    const loaded = read('role-hub-load', ok, 'h2');
    attach(ok, 'salary-band', { role: 'backend-engineer', src: '/stats/' });
    expect(await loaded).to.equal('Backend Engineer salary: $124,671 median');
    // Given as data, checked in a time slice: the same.
    const given = sized(600);
    const drawn = read('role-hub-load', given, 'h2');
    attach(given, 'salary-band').data = backendBundle();
    expect(await drawn).to.equal('Backend Engineer salary: $124,671 median');
    // No such role: a 404.
    const missing = sized(600);
    const failed = read('role-hub-error', missing, '[part~="empty"]');
    attach(missing, 'salary-band', { role: 'data-analyst', src: '/stats/' });
    expect(await failed).to.match(/^There are no stats for “data-analyst” at /);
  });

  it('titles the heading from the slug before the bundle arrives', async () => {
    fakeNetwork({ 'backend-engineer.json': () => never() });
    const el = await mount('salary-band', { role: 'backend-engineer', src: '/stats/' });
    expect(shadowText(el, 'h2')).to.equal('Backend Engineer salary');
  });

  it('labels the axis with compact money on round ticks', async () => {
    const el = await mountReady('salary-band');
    // Domain [p10, p90] = [60,000, 190,000] made nice on ten intervals: 130,000 / 10 = 13,000 →
    // error 1.3 < √2 → step 10,000, so it stays [60,000, 190,000]. Ticks for about 5: 130,000 / 5 =
    // 26,000 → error 2.6, between √2 and √10 → step 20,000: 60k, 80k, … 180k.
    const labels = shadowAll(el, '.tick-label').map((t) => t.textContent);
    expect(labels).to.deep.equal(['$60K', '$80K', '$100K', '$120K', '$140K', '$160K', '$180K']);
    // A light grid line at every tick, behind the marks.
    expect(shadowAll(el, '.band-svg [part~="grid"]').length).to.equal(7);
  });

  it('reads a domain a framework binds as a list like its text', async () => {
    const el = await mountReady('salary-band');
    (el as unknown as { domain: unknown }).domain = [0, 2000000];
    await settled(el);
    expect(shadowAll(el, '.tick-label').map((t) => t.textContent)).to.deep.equal(['$0', '$500K', '$1M', '$1.5M', '$2M']);
  });

  it('gives every tick its own label, with a decimal where whole units would repeat a neighbour', async () => {
    // 0–2,000,000: ticks every 500,000, and "$1.5M" must not round to "$2M" beside the real $2M.
    const wide = await mountReady('salary-band', { domain: '0,2000000' });
    expect(shadowAll(wide, '.tick-label').map((t) => t.textContent)).to.deep.equal(['$0', '$500K', '$1M', '$1.5M', '$2M']);
    // hi-IN counts in lakhs (100,000): 60k–180k would read "$1 लाख" at 100k, 120k and 140k.
    const lakhs = await mountReady('salary-band', { locale: 'hi-IN' });
    const labels = shadowAll(lakhs, '.tick-label').map((t) => t.textContent);
    expect(new Set(labels).size, labels.join(' | ')).to.equal(7);
    // Intl puts a no-break space before the unit.
    expect(labels[2]).to.match(/^\$1\sलाख$/);
    expect(labels[3]).to.match(/^\$1\.2\sलाख$/);
  });

  it('keeps every other axis label in a narrow container, so labels never touch', async () => {
    const el = await placed('salary-band', { width: 260 });
    const shown = shadowAll(el, '.tick-label').filter((t) => t.getBoundingClientRect().width > 0);
    expect(shown.map((t) => t.textContent)).to.deep.equal(['$60K', '$100K', '$140K', '$180K']);
  });

  it('never lets two axis labels touch, whatever the page font, width, locale, card and domain', async function () {
    // 576 charts, each mounted and measured: several seconds, more when the machine is busy.
    this.timeout(60_000);
    // Labels are em-sized, and so is the width under which each rank of them gives way: a large
    // page font, a long locale ("100.000 $"), a card's padding or labels anchored at an edge
    // (the domain 100,000–250,000 ends on a tick) must not run labels together.
    const variants: Record<string, string>[] = [{}, { theme: 'light' }, { theme: 'light', spacing: '2em' }, { domain: '100000,250000' }];
    for (const locale of ['en-US', 'de-DE', 'fr-FR']) {
      for (const fontPx of [16, 24, 32]) {
        for (const widthEm of [13, 15, 17, 19, 21, 22, 23, 24, 25, 26, 27, 29, 31, 35, 45, 60]) {
          for (const { spacing, ...attrs } of variants) {
            const wrapper = sized(widthEm * fontPx);
            wrapper.style.fontSize = `${fontPx}px`;
            const el = attach(wrapper, 'salary-band', { locale, ...attrs });
            if (spacing) el.style.setProperty('--role-hub-spacing', spacing);
            el.data = backendBundle();
            await settled(el);
            const where = `${locale} ${fontPx}px ${widthEm}em ${JSON.stringify(attrs)}${spacing ? ` spacing ${spacing}` : ''}`;
            const boxes = shadowAll(el, '.tick-label')
              .map((t) => t.getBoundingClientRect())
              .filter((box) => box.width > 0);
            expect(boxes.length, where).to.be.greaterThan(1);
            // Space between neighbours: a quarter of an em, or with every fourth label left in a
            // chart of 9em (a 13em card with 2em of padding), still clear of each other.
            for (let i = 1; i < boxes.length; i++)
              expect(boxes[i]!.left - boxes[i - 1]!.right, `${where}, label ${i}`).to.be.at.least(widthEm > 13 ? fontPx / 4 : 2);
            wrapper.remove();
          }
        }
      }
    }
  });

  it('draws on the domain the page or the element sets, so bands compare by eye', async () => {
    const meta = document.createElement('meta');
    meta.name = 'role-hub-salary-domain';
    meta.content = '0,300000';
    document.head.append(meta);
    try {
      const el = await placed('salary-band', { width: 600 });
      const chart = el.shadowRoot!.querySelector('.chart .band-svg')!;
      const px = 1 / chart.getBoundingClientRect().width;
      // On [0, 300,000]: median 124,671 / 300,000 = 0.41557.
      const [mL, mR] = edges(el.shadowRoot!.querySelector('[part~="median"]')!, chart);
      expect((mL + mR) / 2).to.be.closeTo(0.41557, 2 * px);
      // The element's own attribute wins over the page's: on [100,000, 200,000] the median sits at
      // 24,671 / 100,000 = 0.24671, and p10 (60,000) below the domain is drawn at the edge.
      el.setAttribute('domain', '100000,200000');
      await el.updateComplete;
      const [m2L, m2R] = edges(el.shadowRoot!.querySelector('[part~="median"]')!, chart);
      expect((m2L + m2R) / 2).to.be.closeTo(0.24671, 2 * px);
      expect(edges(el.shadowRoot!.querySelector('[part~="band"]')!, chart)[0]).to.be.closeTo(0, px);
      // Its text keeps the exact figure.
      expect(shadowTexts(el, '.figures-list > li')[0]).to.equal('10th percentile $60,000');
      // A domain that is not two rising numbers is ignored for the page's.
      el.setAttribute('domain', '200000,100000');
      await el.updateComplete;
      const [m3L, m3R] = edges(el.shadowRoot!.querySelector('[part~="median"]')!, chart);
      expect((m3L + m3R) / 2).to.be.closeTo(0.41557, 2 * px);
    } finally {
      meta.remove();
    }
  });

  it('draws the band, box and median mark where the scale puts them', async () => {
    const el = await placed('salary-band', { width: 600 });
    const chart = el.shadowRoot!.querySelector('.chart .band-svg')!;
    const [bandL, bandR] = edges(el.shadowRoot!.querySelector('[part~="band"]')!, chart);
    const [boxL, boxR] = edges(el.shadowRoot!.querySelector('[part~="box"]')!, chart);
    const median = el.shadowRoot!.querySelector('[part~="median"]')!;
    const [medianL, medianR] = edges(median, chart);
    const medianX = (medianL + medianR) / 2;
    // On [60,000, 190,000]: p10 → 0, p25 → 16,083/130,000 = 0.12372, median → 64,671/130,000 =
    // 0.49747, p75 → 101,654/130,000 = 0.78195, p90 → 1.
    const px = 1 / chart.getBoundingClientRect().width;
    expect(bandL).to.be.closeTo(0, px);
    expect(boxL).to.be.closeTo(0.12372, px);
    expect(medianX).to.be.closeTo(0.49747, 2 * px);
    expect(boxR).to.be.closeTo(0.78195, px);
    expect(bandR).to.be.closeTo(1, px);
    // The box lies inside the band, and the median between the box's edges.
    expect(boxL).to.be.greaterThan(bandL);
    expect(boxR).to.be.lessThan(bandR);
    expect(medianX).to.be.greaterThan(boxL).and.lessThan(boxR);
    // The thin band is thinner than the box, and the median mark taller than it.
    const h = (sel: string) => el.shadowRoot!.querySelector(sel)!.getBoundingClientRect().height;
    expect(h('[part~="band"]')).to.be.lessThan(h('[part~="box"]'));
    expect(h('[part~="median"]')).to.be.greaterThan(h('[part~="box"]'));
  });

  it('formats money in its locale: de-DE', async () => {
    const el = await mountReady('salary-band', { locale: 'de-DE' });
    expect(shadowText(el, 'h2')).to.equal('Backend Engineer salary: 124.671 $ median');
    expect(shadowText(el, '[part~="summary"]')).to.equal('Middle half of 160 yearly salaries: 76.083 $ – 161.654 $.');
    expect(shadowTexts(el, '.figures-list > li')[0]).to.equal('10th percentile 60.000 $');
  });

  it('formats money in its locale: ja-JP', async () => {
    const el = await mountReady('salary-band', { locale: 'ja-JP' });
    expect(shadowText(el, 'h2')).to.equal('Backend Engineer salary: $124,671 median');
    expect(shadowTexts(el, '.figures-list > li')[4]).to.equal('90th percentile $190,000');
  });

  it('reads its figures and dates in order on a Hebrew or Arabic page: each formatted figure is one unit', async () => {
    for (const locale of ['he', 'ar-EG']) {
      const wrapper = sized(800);
      wrapper.setAttribute('dir', 'rtl');
      wrapper.setAttribute('lang', locale);
      const el = attach(wrapper, 'salary-band', { locale });
      (el as unknown as { data: unknown }).data = backendBundle();
      await settled(el as never);
      // The copy is English, left to right: the 25th percentile comes before the 75th.
      const [p25, p75] = shadowAll(el, '[part~="summary"] [part~="value"]').map((v) => v.getBoundingClientRect());
      expect(p25!.right, `${locale}: p25 left of p75`).to.be.lessThan(p75!.left);
      // Each figure is its one formatted value between Unicode isolates (FSI … PDI), invisible.
      const formatted = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(76_083);
      expect(el.shadowRoot!.querySelector('[part~="summary"] [part~="value"]')!.textContent).to.equal(`\u2068${formatted}\u2069`);
      // And in the footer, the window's first day is left of its last.
      const footer = el.shadowRoot!.querySelector('[part~="footer"]')!;
      const walker = document.createTreeWalker(footer, NodeFilter.SHOW_TEXT);
      const dates: DOMRect[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/^\u2068.*\u2069$/s.test(node.textContent!.trim())) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        dates.push(range.getBoundingClientRect());
      }
      expect(dates.length, `${locale}: the footer's dates are isolated`).to.be.at.least(2);
      expect(dates[0]!.right, `${locale}: first day left of the last`).to.be.lessThan(dates[1]!.left);
      wrapper.remove();
    }
  });

  it('uses the bundle currency', async () => {
    const bundle = backendBundle();
    bundle.pay!.currency = 'EUR';
    const el = await mountReady('salary-band', { locale: 'de-DE' }, bundle);
    expect(shadowText(el, 'h2')).to.equal('Backend Engineer salary: 124.671 € median');
  });

  it('says no usable yearly salary was found when the bundle has no pay, not that no listing states pay', async () => {
    const bundle = backendBundle();
    // The builder writes pay null when no listing has a usable yearly salary, even when many state
    // pay per hour or month: the sentence claims only the first.
    bundle.pay = null;
    const el = await mountReady('salary-band', {}, bundle);
    expect(shadowText(el, 'h2')).to.equal('Backend Engineer salary');
    expect(shadowText(el, '[part~="empty"]')).to.equal('No backend engineer listing in this data states a usable yearly salary.');
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows no median or band from fewer salaries than a level needs, and says how many there are', async () => {
    // The fixture's 160 yearly salaries under a floor of 161: the figures would rest on too few.
    const bundle = backendBundle();
    bundle.pay!.minSeniorityN = 161;
    for (const by of ['', 'seniority']) {
      const el = await mountReady('salary-band', { by }, bundle);
      expect(shadowText(el, 'h2')).to.equal('Backend Engineer salary');
      expect(shadowText(el, '[part~="empty"]')).to.equal(
        'Too few backend engineer listings state a yearly salary to give a pay figure (160; at least 161 needed).',
      );
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain('$');
    }
  });

  it('gives the annualised median of the other periods beside "too few salaries" when those are enough for it', async () => {
    // 8 yearly salaries under the floor of 10; 16 stated per hour, day, week or month, enough for
    // their own approximate figure; then 4, which are not.
    const bundle = backendBundle();
    bundle.pay!.minSeniorityN = 10;
    bundle.pay!.n = 8;
    bundle.pay!.bySeniority = [{ level: 'senior', n: 8 }];
    bundle.pay!.bySkill = [];
    bundle.pay!.annualised = { n: 16, median: 41600 };
    const el = await mountReady('salary-band', {}, bundle);
    expect(shadowText(el, '[part~="empty"]')).to.equal(
      'Too few backend engineer listings state a yearly salary to give a pay figure (8; at least 10 needed). ≈ $41,600 median from 16 more salaries stated per hour, day, week or month, annualised.',
    );
    bundle.pay!.annualised = { n: 4, median: 41600 };
    const few = await mountReady('salary-band', {}, bundle);
    expect(shadowText(few, '[part~="empty"]')).to.equal(
      'Too few backend engineer listings state a yearly salary to give a pay figure (8; at least 10 needed). 4 more salaries stated per hour, day, week or month: too few for an annualised figure either.',
    );
  });

  it('gives no annualised median from fewer salaries than a level needs, only their count', async () => {
    const bundle = backendBundle();
    bundle.pay!.annualised = { n: 2, median: 104000 };
    const el = await mountReady('salary-band', {}, bundle);
    expect(shadowText(el, '[part~="note"]')).to.equal(
      '2 more salaries stated per hour, day, week or month: too few for an annualised figure, and not in these.',
    );
  });

  it('keeps the median out of the heading when it says there are too few listings to show', async () => {
    const bundle = backendBundle();
    // The fixture holds 200 listings; a minimum of 500 turns the section into its too-few message.
    const el = await mountReady('salary-band', { 'min-listings': '500' }, bundle);
    expect(shadowText(el, '[part~="empty"]')).to.equal(
      'Too few backend engineer listings to show reliable figures (200; at least 500 needed).',
    );
    expect(shadowText(el, 'h2')).to.equal('Backend Engineer salary');
    el.setAttribute('min-listings', '10');
    await settled(el);
    expect(shadowText(el, 'h2')).to.equal('Backend Engineer salary: $124,671 median');
  });

  describe('by="seniority"', () => {
    it('gives every level a row in career order: a band where there is pay, a line where not', async () => {
      const el = await mountReady('salary-band', { by: 'seniority' });
      expect(shadowTexts(el, '[part~="row"]')).to.deep.equal([
        'Intern · no yearly salaries',
        'Entry level · $70,000 median · 16 salaries',
        'Mid level · $100,000 median · 24 salaries',
        'Senior · $135,000 median · 116 salaries',
        'Lead · $175,000 median · 4 salaries',
        'Executive · no yearly salaries',
        'Not stated · no yearly salaries',
      ]);
      expect(shadowAll(el, '[part~="row"] [part~="band"]').length).to.equal(4);
      expect(shadowText(el, '[part~="summary"]')).to.equal('Middle half of 160 yearly salaries: $76,083 – $161,654.');
    });

    it('wraps a level label it cannot fit rather than cutting a figure short, with a large page font', async () => {
      for (const [fontPx, width] of [
        [16, 320],
        [24, 360],
        [32, 412],
      ] as const) {
        const wrapper = sized(width);
        wrapper.style.fontSize = `${fontPx}px`;
        const el = attach(wrapper, 'salary-band', { by: 'seniority' });
        el.data = backendBundle();
        await settled(el);
        for (const label of shadowAll(el, '[part~="row"] [part~="label"]') as HTMLElement[]) {
          const where = `${fontPx}px at ${width}px: ${label.textContent!.replace(/\s+/g, ' ').trim()}`;
          expect(label.scrollWidth, where).to.be.at.most(label.clientWidth + 1);
          // Wrapped, the label still ends above its band.
          const band = label.parentElement!.querySelector('svg')!;
          expect(label.getBoundingClientRect().bottom, where).to.be.at.most(band.getBoundingClientRect().top + 1);
        }
        wrapper.remove();
      }
    });

    it('puts every band on one shared scale', async () => {
      const el = await placed('salary-band', { width: 600, attrs: { by: 'seniority' } });
      // Domain [min p10, max p90] = [50,000, 210,000] made nice on ten intervals: 16,000 → error
      // 1.6 ≥ √2 → step 20,000 → [40,000, 220,000]; 18,000 → step 20,000 again (stable). So the axis
      // starts just under the lowest p10, not at 0. Ticks for about 5: 36,000 → error 3.6 ≥ √10 →
      // step 50,000: 50k, 100k, 150k, 200k.
      expect(shadowAll(el, '.tick-label').map((t) => t.textContent)).to.deep.equal(['$50K', '$100K', '$150K', '$200K']);
      const rows = shadowAll(el, '[part~="row"]').filter((row) => row.querySelector('[part~="band"]'));
      const expected = [
        // [p10, p25, median, p75, p90] as fractions of 180,000 after subtracting 40,000.
        [0.05556, 0.1, 0.16667, 0.23333, 0.27778], // entry 50k 58k 70k 82k 90k
        [0.13889, 0.22222, 0.33333, 0.44444, 0.52778], // mid 65k 80k 100k 120k 135k
        [0.27778, 0.38889, 0.52778, 0.69444, 0.86111], // senior 90k 110k 135k 165k 195k
        [0.61111, 0.66667, 0.75, 0.83333, 0.94444], // lead 150k 160k 175k 190k 210k
      ];
      expect(rows.length).to.equal(4);
      rows.forEach((row, i) => {
        const chart = row.querySelector('.band-svg')!;
        const px = 1 / chart.getBoundingClientRect().width;
        const [bandL, bandR] = edges(row.querySelector('[part~="band"]')!, chart);
        const [boxL, boxR] = edges(row.querySelector('[part~="box"]')!, chart);
        const [mL, mR] = edges(row.querySelector('[part~="median"]')!, chart);
        const [p10, p25, med, p75, p90] = expected[i]!;
        expect(bandL).to.be.closeTo(p10!, px);
        expect(boxL).to.be.closeTo(p25!, px);
        expect((mL + mR) / 2).to.be.closeTo(med!, 2 * px);
        expect(boxR).to.be.closeTo(p75!, px);
        expect(bandR).to.be.closeTo(p90!, px);
      });
    });

    it('gives every level’s figures in a table', async () => {
      const el = await mountReady('salary-band', { by: 'seniority' });
      expect(openFigures(el)).to.deep.equal([
        ['Level', '10th percentile', '25th percentile', 'Median', '75th percentile', '90th percentile', 'Salaries'],
        ['Entry level', '$50,000', '$58,000', '$70,000', '$82,000', '$90,000', '16'],
        ['Mid level', '$65,000', '$80,000', '$100,000', '$120,000', '$135,000', '24'],
        ['Senior', '$90,000', '$110,000', '$135,000', '$165,000', '$195,000', '116'],
        ['Lead', '$150,000', '$160,000', '$175,000', '$190,000', '$210,000', '4'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('formats levels in de-DE', async () => {
      const el = await mountReady('salary-band', { by: 'seniority', locale: 'de-DE' });
      expect(shadowTexts(el, '[part~="row"]')[3]).to.equal('Senior · 135.000 $ median · 116 salaries');
    });

    it('shows a level with too few salaries for a band as "too few salaries (n = 4)" instead of a bar', async () => {
      const bundle = backendBundle();
      // Lead has 4 salaries; with a minimum of 10 the bundle keeps its n alone.
      bundle.pay!.minSeniorityN = 10;
      bundle.pay!.bySeniority[3] = { level: 'lead', n: 4 };
      const el = await mountReady('salary-band', { by: 'seniority' }, bundle);
      expect(shadowTexts(el, '[part~="row"]').slice(1, 5)).to.deep.equal([
        'Entry level · $70,000 median · 16 salaries',
        'Mid level · $100,000 median · 24 salaries',
        'Senior · $135,000 median · 116 salaries',
        'Lead · too few salaries (n = 4)',
      ]);
      expect(el.shadowRoot!.querySelectorAll('[part~="row"] [part~="band"]').length).to.equal(3);
      await expect(el).to.be.accessible();
    });

    it('shows a level under the minimum as too few listings even when the bundle holds percentiles for it', async () => {
      const bundle = backendBundle();
      // Lead has 4 salaries and, in the fixture, percentiles; with a minimum of 10 (methodology §6)
      // 4 salaries carry their n only, whatever else the level holds.
      bundle.pay!.minSeniorityN = 10;
      const el = await mountReady('salary-band', { by: 'seniority' }, bundle);
      expect(shadowTexts(el, '[part~="row"]')[4]).to.equal('Lead · too few salaries (n = 4)');
      // Entry 16, mid 24 and senior 116 are at or above 10: three bands, none for lead.
      expect(shadowAll(el, '[part~="row"] [part~="band"]').length).to.equal(3);
      expect(openFigures(el)[4]).to.deep.equal(['Lead', '—', '—', '—', '—', '—', '4']);
    });

    it('shows levels with a few salaries each as too few listings, not as no listing with pay and seniority', async () => {
      const bundle = backendBundle();
      // The shape of the real Canada data-analyst bundle: 10 yearly salaries, senior 3, lead 2 and
      // not stated 5, each under the minimum of 10, so no level has a band.
      bundle.pay!.minSeniorityN = 10;
      bundle.pay!.n = 10;
      bundle.pay!.bySkill = [];
      bundle.pay!.bySeniority = [
        { level: 'senior', n: 3 },
        { level: 'lead', n: 2 },
        { level: 'unspecified', n: 5 },
      ];
      const el = await mountReady('salary-band', { by: 'seniority' }, bundle);
      // Counted, not compared as an element: a failing match would print the whole node.
      expect(shadowAll(el, '[part~="empty"]').length).to.equal(0);
      expect(shadowTexts(el, '[part~="row"]')).to.deep.equal([
        'Intern · no yearly salaries',
        'Entry level · no yearly salaries',
        'Mid level · no yearly salaries',
        'Senior · too few salaries (n = 3)',
        'Lead · too few salaries (n = 2)',
        'Executive · no yearly salaries',
        'Not stated · too few salaries (n = 5)',
      ]);
      expect(shadowAll(el, '[part~="row"] [part~="band"]').length).to.equal(0);
      // No band to read against a scale: the axis keeps its room but has no ticks or grid lines.
      expect(shadowAll(el, '.tick-label').length).to.equal(0);
      expect(shadowAll(el, '[part~="grid"]').length).to.equal(0);
      expect(shadowAll(el, '[part~="axis"]').length).to.equal(1);
      // The table holds the same levels, each with its n and no percentiles.
      expect(openFigures(el).slice(1)).to.deep.equal([
        ['Senior', '—', '—', '—', '—', '—', '3'],
        ['Lead', '—', '—', '—', '—', '—', '2'],
        ['Not stated', '—', '—', '—', '—', '—', '5'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('draws no band for levels without pay, and says so when none has any', async () => {
      const bundle = backendBundle();
      bundle.pay!.bySeniority = bundle.pay!.bySeniority.filter((l) => l.level === 'senior');
      const el = await mountReady('salary-band', { by: 'seniority' }, bundle);
      expect(shadowTexts(el, '[part~="row"]').filter((t) => !t.endsWith('no yearly salaries'))).to.deep.equal([
        'Senior · $135,000 median · 116 salaries',
      ]);
      expect(shadowAll(el, '[part~="row"] [part~="band"]').length).to.equal(1);
      bundle.pay!.bySeniority = [];
      el.data = { ...bundle };
      await settled(el);
      expect(shadowText(el, '[part~="empty"]')).to.equal(
        'No backend engineer listing in this data states both yearly pay and a seniority level.',
      );
    });

    it('switches between one band and one per level when `by` changes', async () => {
      const el = await mountReady('salary-band');
      expect(shadowAll(el, '[part~="band"]').length).to.equal(1);
      (el as unknown as { by: string }).by = 'seniority';
      await el.updateComplete;
      expect(shadowAll(el, '[part~="band"]').length).to.equal(4);
      (el as unknown as { by: string }).by = '';
      await el.updateComplete;
      expect(shadowAll(el, '[part~="band"]').length).to.equal(1);
      // An unknown value draws the single band too.
      el.setAttribute('by', 'level');
      await el.updateComplete;
      expect(shadowAll(el, '[part~="band"]').length).to.equal(1);
      expect(el.getAttribute('by')).to.equal('level');
    });
  });
});
