import { expect } from '@open-wc/testing';
import '../../src/components/seniority-breakdown/define.js';
import type { RoleBundle } from '../../src/data/bundle/types.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { expectNoSidewaysOverflow } from './helpers/layout.js';
import { mountReady, placed } from './helpers/mount.js';
import { fold, partTexts, shadowAll, shadowText, textOf } from './helpers/render.js';
import { sharedSuite } from './helpers/shared-suite.js';

sharedSuite('seniority-breakdown', {
  // Always all seven levels; at 280 px the footer wraps, and its placeholder keeps that room.
  stableHeight: [
    { width: 600, shows: '[part~="row"]', count: 7 },
    { width: 280, shows: '[part~="row"]', count: 7 },
  ],
});

/** Each row as a reader sees it: level, share, listing count. */
const rows = (el: Element) => partTexts(el, '[part~="row"]', ['label', 'value', 'count']);

/** The fixture with the given level counts (others zero) over `listings` listings. */
function withCounts(counts: Record<string, number>, listings = 200): RoleBundle {
  const bundle = backendBundle();
  bundle.listings = listings;
  bundle.seniority = bundle.seniority.map((s) => ({ ...s, count: counts[s.level] ?? 0 }));
  return bundle;
}

describe('<seniority-breakdown>', () => {
  it('reads the heading and the intro with the role noun, without calling the listings current', async () => {
    const el = await mountReady('seniority-breakdown');
    expect(shadowText(el, '[part~="heading"]')).to.equal('Where you will start');
    // The fixture's listings are from Sep–Nov 2024 (its footer says so): the intro speaks of these
    // listings and the openings they had, not of openings now.
    expect(shadowText(el, '[part~="intro"]')).to.equal(
      'How these backend engineer listings break down by seniority — a sense of where the openings were.',
    );
  });

  it('shows every level in career order with its share and count, zero levels included', async () => {
    const el = await mountReady('seniority-breakdown');
    // 200 listings: intern 0 → 0%, entry 20 → 10%, mid 30 → 15%, senior 142 → 71%, lead 6 → 3%,
    // executive 0 → 0%, unspecified 2 → 1% ("Not stated"). 0+10+15+71+3+0+1 = 100.
    expect(rows(el)).to.deep.equal([
      ['Intern', '0%', '0 listings'],
      ['Entry level', '10%', '20 listings'],
      ['Mid level', '15%', '30 listings'],
      ['Senior', '71%', '142 listings'],
      ['Lead', '3%', '6 listings'],
      ['Executive', '0%', '0 listings'],
      ['Not stated', '1%', '2 listings'],
    ]);
  });

  it("draws each bar as the level's part of all listings, on [0, 1]", async () => {
    const el = await mountReady('seniority-breakdown');
    // Fill width = count / 200 as a percentage of the track: 0, 10, 15, 71, 3, 0, 1.
    const fills = shadowAll(el, '[part~="bar"] .fill').map((r) => Number.parseFloat(r.getAttribute('width')!));
    expect(fills).to.deep.equal([0, 10, 15, 71, 3, 0, 1]);
    shadowAll(el, '[part~="bar"] .track').forEach((r) => expect(r.getAttribute('width')).to.equal('100%'));
    shadowAll(el, '[part~="bar"]').forEach((svg) => expect(svg.getAttribute('aria-hidden')).to.equal('true'));
  });

  it('is a table with a row header per level and column headers', async () => {
    const el = await mountReady('seniority-breakdown');
    const table = el.shadowRoot!.querySelector('table[part~="table"]')!;
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Level',
      'Share of listings',
      'Listings',
    ]);
    expect([...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Intern',
      'Entry level',
      'Mid level',
      'Senior',
      'Lead',
      'Executive',
      'Not stated',
    ]);
    expect(fold(table.querySelector('caption')!.textContent)).to.equal('Listings by seniority level');
  });

  it('formats shares and counts in its locale', async () => {
    // 20,000 listings: senior 14,200 → 71%, entry 5,798 → 28.99% → 29%, lead 2 → 0.01%, which
    // rounds to 0 % but is not none: "<1 %", in the locale's own spacing.
    const bundle = withCounts({ senior: 14200, entry: 5798, lead: 2 }, 20000);
    const el = await mountReady('seniority-breakdown', { locale: 'de-DE' }, bundle);
    expect(rows(el)).to.deep.equal([
      ['Intern', '0 %', '0 listings'],
      ['Entry level', '29 %', '5.798 listings'],
      ['Mid level', '0 %', '0 listings'],
      ['Senior', '71 %', '14.200 listings'],
      ['Lead', '<1 %', '2 listings'],
      ['Executive', '0 %', '0 listings'],
      ['Not stated', '0 %', '0 listings'],
    ]);
  });

  it('says "1 listing" for one', async () => {
    // 200 listings: mid 199 → 99.5%, which would round to "100%" but is not all: ">99%";
    // executive 1 → 0.5% → "1%" (Intl rounds half away from zero).
    const el = await mountReady('seniority-breakdown', {}, withCounts({ mid: 199, executive: 1 }));
    expect(rows(el)[2]).to.deep.equal(['Mid level', '>99%', '199 listings']);
    expect(rows(el)[5]).to.deep.equal(['Executive', '1%', '1 listing']);
  });

  it('refuses a bundle that leaves a level out, rather than show that level as 0 listings', async () => {
    const bundle = backendBundle();
    bundle.seniority = bundle.seniority.filter((s) => s.level !== 'lead' && s.level !== 'intern');
    const el = await placed('seniority-breakdown', { data: bundle });
    expect(rows(el)).to.deep.equal([]);
    expect(shadowText(el, '[part~="error"]')).to.match(/not a valid role-hub bundle/);
  });

  it('says so when no listing has a seniority', async () => {
    const el = await mountReady('seniority-breakdown', {}, withCounts({}));
    expect(shadowText(el, '[part~="empty"]')).to.equal('These backend engineer listings carry no seniority information.');
    expect(shadowAll(el, '[part~="row"]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('has nothing to pick, so it adds no tab stops', async () => {
    // Levels are neither skills nor roles, so there is no role-hub-select here.
    const el = await mountReady('seniority-breakdown');
    expect(shadowAll(el, 'button, a[href], [tabindex]').length).to.equal(0);
  });

  it('fits 280 px without overflow, the bar moving under its row', async () => {
    const el = await placed('seniority-breakdown', { width: 280, data: withCounts({ senior: 14200, entry: 5800 }, 20000) });
    expectNoSidewaysOverflow(el);
    const table = el.shadowRoot!.querySelector('table') as HTMLElement;
    expect(table.getBoundingClientRect().width).to.be.at.most(280);
    // The bar spans the row's width, below its text.
    const row = shadowAll(el, '[part~="row"]')[3]!.getBoundingClientRect();
    const bar = shadowAll(el, '[part~="bar"]')[3]!.getBoundingClientRect();
    const label = shadowAll(el, '[part~="label"]')[3]!;
    expect(bar.width).to.be.closeTo(row.width, 1);
    expect(bar.top).to.be.greaterThan(label.getBoundingClientRect().top + 16);
    expect(bar.bottom).to.be.at.most(row.bottom + 0.5);
    expect(textOf(shadowAll(el, '[part~="count"]')[3])).to.equal('14,200 listings');
  });

  it('keeps every count within reach with text twice the size in a 320 px column: the word goes, and the table scrolls sideways', async () => {
    const el = await placed('seniority-breakdown', { width: 320, data: withCounts({ senior: 6496, entry: 331 }, 7000) });
    el.style.fontSize = '32px';
    await el.updateComplete;
    // Reading the layout brings the new font size in at once (no frame to wait for: a test page
    // in the background gets none).
    const host = el.getBoundingClientRect();
    const counts = shadowAll(el, '[part~="count"]');
    // 17em at 32 px is 544 px: the column is narrower, so the counts drop the word "listings".
    expect(textOf(counts[3])).to.equal('6,496');
    for (const cell of counts) {
      cell.scrollIntoView({ block: 'nearest', inline: 'end' });
      expect(cell.getBoundingClientRect().right, textOf(cell)).to.be.at.most(host.right + 0.5);
    }
    // A reader gets there too: the table's box holds more than it shows and takes the keyboard's
    // focus, as a scroller does (its arrow keys then scroll it); a box that clips does not.
    const scroller = counts[0]!.closest('table')!.parentElement!;
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    scroller.focus();
    expect(el.shadowRoot!.activeElement === scroller, 'the scroller has the focus').to.equal(true);
  });
});
