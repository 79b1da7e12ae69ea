/**
 * What a reader sees on two built bundles (fixtures in fixtures/traceability/, rebuilt by
 * scripts/make-traceability-fixtures.ts): the seed-shaped backend fixture still shows the seed's
 * exact figures in every element, and the real US data-analyst bundle (2024 listings, built a year
 * later) dates every sentence from its data, names its market, and says nothing of 2025 or 2026
 * outside the footer's build date.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import real from './fixtures/traceability/real/data-analyst.json';
import realIndex from './fixtures/traceability/real/index.json';
import seed from './fixtures/traceability/seed/backend-engineer.json';
import seedIndex from './fixtures/traceability/seed/index.json';
import { mountReady } from './helpers/mount.js';
import { fold, settled, textOf } from './helpers/render.js';

/** Every section's text inside a hub, footers left out. */
function sectionText(hub: Element): string {
  const sections = [...hub.shadowRoot!.querySelectorAll('[part~="section"]')];
  return fold(sections.map((s) => textOf(s.shadowRoot!)).join(' '));
}

describe('the seed-shaped bundle', () => {
  it('shows the seed figures in every element: AWS 15%, median $124,671, Grafana $192,485, 71% senior', async () => {
    const hub = await mountReady('role-hub', { 'emit-schema': '' }, seed, seedIndex);
    await settled(hub);
    const text = sectionText(hub);
    // AWS: 43 of the 286 listings that list skills = 15.0%.
    expect(text).to.contain('AWS is the single most-requested skill, in 15% (43 of 286) of those that list skills');
    // Headline pay: R-7 median of the 226 yearly salaries.
    expect(text).to.contain('Backend Engineer salary: $124,671 median');
    // Grafana: 3 salaried listings, median 192,485.
    expect(text).to.match(/Grafana \$192,485 3 salaries/);
    // Seniority: 203 of 286 listings senior = 71%.
    expect(text).to.match(/Senior 71% 203 listings/);
  });
});

describe('the real US data-analyst bundle (2024 listings)', () => {
  it('dates FAQ, trend and JSON-LD from the data window, never 2025 or 2026, and names the market', async () => {
    const hub = await mountReady('role-hub', { 'emit-schema': '' }, real, realIndex);
    await settled(hub);
    const faq = hub.shadowRoot!.querySelector('role-faq')!;
    for (const d of faq.shadowRoot!.querySelectorAll('details')) d.open = true;
    await settled(faq);
    const faqText = fold(textOf(faq.shadowRoot!));
    const trendText = fold(textOf(hub.shadowRoot!.querySelector('skill-trend')!.shadowRoot!));
    const jsonLd = [...hub.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent).join(' ');
    expect(jsonLd).to.contain('FAQPage');
    for (const [what, text] of [
      ['FAQ', faqText],
      ['trend', trendText],
      ['JSON-LD', jsonLd],
    ] as const) {
      expect(text, what).not.to.match(/2025|2026/);
    }
    // The FAQ names the 2024 window: the data runs from September to December 2024.
    expect(faqText).to.contain('Is Data Analyst a good career in 2024?');
    expect(faqText).to.contain('posted Sep–Dec 2024');
    // The hub names the market its figures describe.
    expect(fold(textOf(hub.shadowRoot!.querySelector('[part~="market"]')!))).to.equal('Listings in the United States.');
    // Most of these listings state no level: the FAQ says so instead of advising one.
    expect(faqText).to.match(/do not state a seniority level, too many to point at one\./);
  });
});
