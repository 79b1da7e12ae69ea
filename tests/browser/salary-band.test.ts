import { expect } from '@open-wc/testing';
import '../../src/components/salary-band/define.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { mount, mountReady, placed } from './helpers/mount.js';
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
  // The fixture has pay for the usual four levels.
  stableHeight: [{ width: 600, shows: '[part~="row"]', count: 4 }],
});

/** Left and right edges of a shadow-root node, as fractions of the chart SVG's width. */
function edges(node: Element, chart: Element): [number, number] {
  const box = chart.getBoundingClientRect();
  const r = node.getBoundingClientRect();
  return [(r.left - box.left) / box.width, (r.right - box.left) / box.width];
}

describe('<salary-band>', () => {
  afterEach(() => restoreNetwork());

  it('marks salaries stated per hour, day, week or month as an approximate figure apart, with its n and constants', async () => {
    const bundle = backendBundle();
    bundle.pay!.annualised = { n: 37, median: 104000 };
    const el = await mountReady('salary-band', {}, bundle);
    expect(shadowText(el, '[part~="note"]')).to.equal(
      '≈ $104,000 median from 37 more salaries stated per hour, day, week or month, annualised at 2,080 hours, 260 days, 52 weeks or 12 months a year; not in the figures above.',
    );
  });

  it('states the median in the heading and the middle half of the yearly salaries, with their n', async () => {
    const el = await mountReady('salary-band');
    // Fixture pay: median 124,671, p25 76,083, p75 161,654 (USD, en-US from the test page).
    expect(shadowText(el, 'h2')).to.equal('Backend Engineer salary: $124,671 median');
    expect(shadowText(el, '[part~="summary"]')).to.equal('Middle half of 160 yearly salaries: $76,083 – $161,654.');
  });

  it('reads every percentile and the sample size as text', async () => {
    const el = await mountReady('salary-band');
    // p10 60,000, p25 76,083, median 124,671, p75 161,654, p90 190,000 over n = 160 salaried listings.
    expect(shadowTexts(el, '.figures-list > li')).to.deep.equal([
      '10th percentile $60,000',
      '25th percentile $76,083',
      'Median $124,671',
      '75th percentile $161,654',
      '90th percentile $190,000',
      'Listings with pay 160',
    ]);
  });

  it('titles the heading from the slug before the bundle arrives', async () => {
    fakeNetwork({ 'backend-engineer.json': () => never() });
    const el = await mount('salary-band', { role: 'backend-engineer', src: '/stats/' });
    expect(shadowText(el, 'h2')).to.equal('Backend Engineer salary');
  });

  it('labels the axis with compact money on round ticks', async () => {
    const el = await mountReady('salary-band');
    // Domain [p10, p90] = [60,000, 190,000] made nice for 4 ticks: d3's tickIncrement gives
    // 130,000 / 4 = 32,500 → error 3.25 ≥ √10 → step 50,000, so [50,000, 200,000]; again 150,000 / 4
    // = 37,500 → step 50,000 (stable). Ticks every 50,000.
    const labels = shadowAll(el, '.tick-label').map((t) => t.textContent);
    expect(labels).to.deep.equal(['$50K', '$100K', '$150K', '$200K']);
  });

  it('draws the band, box and median mark where the scale puts them', async () => {
    const el = await placed('salary-band', { width: 600 });
    const chart = el.shadowRoot!.querySelector('.chart .band-svg')!;
    const [bandL, bandR] = edges(el.shadowRoot!.querySelector('[part~="band"]')!, chart);
    const [boxL, boxR] = edges(el.shadowRoot!.querySelector('[part~="box"]')!, chart);
    const median = el.shadowRoot!.querySelector('[part~="median"]')!;
    const [medianL, medianR] = edges(median, chart);
    const medianX = (medianL + medianR) / 2;
    // On [50,000, 200,000]: p10 → 10,000/150,000 = 0.0667, p25 → 26,083/150,000 = 0.1739,
    // median → 74,671/150,000 = 0.4978, p75 → 111,654/150,000 = 0.7444, p90 → 140,000/150,000 = 0.9333.
    const px = 1 / chart.getBoundingClientRect().width;
    expect(bandL).to.be.closeTo(0.0667, px);
    expect(boxL).to.be.closeTo(0.1739, px);
    expect(medianX).to.be.closeTo(0.4978, 2 * px);
    expect(boxR).to.be.closeTo(0.7444, px);
    expect(bandR).to.be.closeTo(0.9333, px);
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

  it('uses the bundle currency', async () => {
    const bundle = backendBundle();
    bundle.pay!.currency = 'EUR';
    const el = await mountReady('salary-band', { locale: 'de-DE' }, bundle);
    expect(shadowText(el, 'h2')).to.equal('Backend Engineer salary: 124.671 € median');
  });

  it('says pay is not disclosed when the bundle has no pay', async () => {
    const bundle = backendBundle();
    bundle.pay = null;
    const el = await mountReady('salary-band', {}, bundle);
    expect(shadowText(el, 'h2')).to.equal('Backend Engineer salary');
    expect(shadowText(el, '[part~="empty"]')).to.equal('No backend engineer listing in this data discloses pay yet.');
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  describe('by="seniority"', () => {
    it('draws one labelled band per level with pay, in career order', async () => {
      const bundle = backendBundle();
      // Out of order on purpose: the element orders levels by career, not by the bundle.
      bundle.pay!.bySeniority.reverse();
      const el = await mountReady('salary-band', { by: 'seniority' }, bundle);
      expect(shadowTexts(el, '[part~="row"]')).to.deep.equal([
        'Entry level · $70,000 median · 16 listings',
        'Mid level · $100,000 median · 24 listings',
        'Senior · $135,000 median · 116 listings',
        'Lead · $175,000 median · 4 listings',
      ]);
      expect(shadowText(el, '[part~="summary"]')).to.equal('Middle half of 160 yearly salaries: $76,083 – $161,654.');
    });

    it('puts every band on one shared scale', async () => {
      const el = await placed('salary-band', { width: 600, attrs: { by: 'seniority' } });
      // Domain [min p10, max p90] = [50,000, 210,000]: 160,000 / 4 = 40,000 → step 50,000 →
      // [50,000, 250,000]; 200,000 / 4 = 50,000 → step 50,000 (stable). Ticks every 50,000.
      expect(shadowAll(el, '.tick-label').map((t) => t.textContent)).to.deep.equal(['$50K', '$100K', '$150K', '$200K', '$250K']);
      const rows = shadowAll(el, '[part~="row"]');
      const expected = [
        // [p10, p25, median, p75, p90] as fractions of 200,000 after subtracting 50,000.
        [0, 0.04, 0.1, 0.16, 0.2], // entry 50k 58k 70k 82k 90k
        [0.075, 0.15, 0.25, 0.35, 0.425], // mid 65k 80k 100k 120k 135k
        [0.2, 0.3, 0.425, 0.575, 0.725], // senior 90k 110k 135k 165k 195k
        [0.5, 0.55, 0.625, 0.7, 0.8], // lead 150k 160k 175k 190k 210k
      ];
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
        ['Level', '10th percentile', '25th percentile', 'Median', '75th percentile', '90th percentile', 'Listings'],
        ['Entry level', '$50,000', '$58,000', '$70,000', '$82,000', '$90,000', '16'],
        ['Mid level', '$65,000', '$80,000', '$100,000', '$120,000', '$135,000', '24'],
        ['Senior', '$90,000', '$110,000', '$135,000', '$165,000', '$195,000', '116'],
        ['Lead', '$150,000', '$160,000', '$175,000', '$190,000', '$210,000', '4'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('formats levels in de-DE', async () => {
      const el = await mountReady('salary-band', { by: 'seniority', locale: 'de-DE' });
      expect(shadowTexts(el, '[part~="row"]')[2]).to.equal('Senior · 135.000 $ median · 116 listings');
    });

    it('shows a level with too few salaries for a band as "too few listings (n = 4)" instead of a bar', async () => {
      const bundle = backendBundle();
      // Lead has 4 salaries; with a minimum of 10 the bundle keeps its n alone.
      bundle.pay!.minSeniorityN = 10;
      bundle.pay!.bySeniority[3] = { level: 'lead', n: 4 };
      const el = await mountReady('salary-band', { by: 'seniority' }, bundle);
      expect(shadowTexts(el, '[part~="row"]')).to.deep.equal([
        'Entry level · $70,000 median · 16 listings',
        'Mid level · $100,000 median · 24 listings',
        'Senior · $135,000 median · 116 listings',
        'Lead · too few listings (n = 4)',
      ]);
      expect(el.shadowRoot!.querySelectorAll('[part~="row"] [part~="band"]').length).to.equal(3);
      await expect(el).to.be.accessible();
    });

    it('leaves out levels without pay and says so when none has any', async () => {
      const bundle = backendBundle();
      bundle.pay!.bySeniority = bundle.pay!.bySeniority.filter((l) => l.level === 'senior');
      const el = await mountReady('salary-band', { by: 'seniority' }, bundle);
      expect(shadowTexts(el, '[part~="row"]')).to.deep.equal(['Senior · $135,000 median · 116 listings']);
      bundle.pay!.bySeniority = [];
      el.data = { ...bundle };
      await settled(el);
      expect(shadowText(el, '[part~="empty"]')).to.equal('No backend engineer listing in this data states both pay and seniority yet.');
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
