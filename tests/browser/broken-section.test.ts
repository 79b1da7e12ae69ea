/**
 * Each element checks the envelope and the sections it shows. A bundle with one broken section
 * leaves the elements that do not show it working, on the same page and the same request, while
 * the element that shows it says so and reports why.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/salary-band/define.js';
import '../../src/components/skill-trend/define.js';
import '../../src/components/role-hub/define.js';
import type { RoleHubErrorDetail } from '../../src/components/shared/events.js';
import { backendBundle, roleIndex } from './fixtures/backend-bundle.js';
import { attach, sized } from './helpers/mount.js';
import { fakeNetwork, restoreNetwork } from './helpers/network.js';
import { settled, shadowText } from './helpers/render.js';

/** The fixture with its weekly trend one total short. */
function trendBroken() {
  const bundle = backendBundle();
  bundle.trend.totals.pop();
  return bundle;
}

describe('a bundle with one broken section', () => {
  afterEach(() => restoreNetwork());

  it('<salary-band> still shows pay while <skill-trend> on the same URL shows its error, from one request', async () => {
    const network = fakeNetwork({ 'backend-engineer.json': trendBroken() });
    const wrapper = sized(600);
    const errors: RoleHubErrorDetail[] = [];
    wrapper.addEventListener('role-hub-error', (e) => errors.push(e.detail));
    const band = attach(wrapper, 'salary-band', { role: 'backend-engineer', src: '/stats/' });
    const trend = attach(wrapper, 'skill-trend', { role: 'backend-engineer', src: '/stats/' });
    await Promise.all([settled(band), settled(trend)]);

    expect(network.count('backend-engineer.json')).to.equal(1);
    expect(shadowText(band, 'h2')).to.equal('Backend Engineer salary: $124,671 median');
    expect(band.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);

    expect(shadowText(trend, '[part~="error"]')).to.match(
      /^These stats could not be read \(http:\/\/[^ ]+\/stats\/backend-engineer\.json is not a valid role-hub bundle\)\.$/,
    );
    expect(errors).to.have.length(1);
    expect(errors[0]!.reason).to.equal('invalid');
    expect(errors[0]!.code).to.equal('schema');
    expect(errors[0]!.role).to.equal('backend-engineer');
    expect(errors[0]!.message).to.match(/is not a usable stats file: trend\.totals does not have one value per week \(12\)$/);
  });

  it('<skill-trend> given the bundle as data reports the broken section by its path', async () => {
    const wrapper = sized(600);
    const el = attach(wrapper, 'skill-trend');
    const failed = oneEvent(el, 'role-hub-error');
    el.data = trendBroken();
    const { detail } = await failed;
    expect(detail).to.deep.equal({
      code: 'schema',
      url: null,
      // No role attribute: the slug comes from the data, so the page knows which bundle failed.
      role: 'backend-engineer',
      status: null,
      reason: 'invalid',
      message: 'trend.totals does not have one value per week (12)',
    });
  });

  it('<role-hub> shows every other section and the error in the trend section alone', async () => {
    fakeNetwork({ 'backend-engineer.json': trendBroken(), 'index.json': roleIndex() });
    const hub = attach(sized(800), 'role-hub', { role: 'backend-engineer', src: '/stats/' });
    await settled(hub);
    const sections = [...hub.shadowRoot!.querySelectorAll('[part~="section"]')] as HTMLElement[];
    await Promise.all(sections.map((s) => settled(s)));
    const failing = sections.filter((s) => s.shadowRoot!.querySelector('[part~="error"]'));
    // The FAQ answers from every section, the trend included, so it refuses the bundle too.
    expect(failing.map((s) => s.localName)).to.deep.equal(['skill-trend', 'role-faq']);
    expect(shadowText(hub.shadowRoot!.querySelector('salary-band')!, '[part~="heading"]')).to.equal(
      'Backend Engineer salary: $124,671 median',
    );
  });
});
