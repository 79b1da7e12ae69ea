import { expect } from '@open-wc/testing';
import '../../src/components/career-path/define.js';
import { fillPlaceholders, mostCommonLevel } from '../../src/components/career-path/career-path.js';
import type { RoleBundle } from '../../src/data/bundle/types.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { expectNoSidewaysOverflow } from './helpers/layout.js';
import { mountReady, placed } from './helpers/mount.js';
import { partTexts, shadowAll, shadowText, shadowTexts, textOf } from './helpers/render.js';
import { sharedSuite } from './helpers/shared-suite.js';

sharedSuite('career-path', {
  stableHeight: [
    { width: 600, shows: '[part~="step"]', count: 4 },
    { width: 400, shows: '[part~="step"]', count: 4 },
    { width: 280, shows: '[part~="step"]', count: 4 },
  ],
  // The top five skills are chips (buttons) under step one, in the order worked out below.
  select: { kind: 'skill', buttons: 'button[part~="skill"]', values: ['AWS', 'SQL', 'Python', 'CI/CD', 'Java'] },
});

/** Each step as a reader sees it: number, title, body. */
const steps = (el: Element) => partTexts(el, '[part~="step"]', ['number', 'step-title', 'step-body']);
const bodies = (el: Element) => steps(el).map((s) => s[2]);
const chips = (el: Element) => shadowTexts(el, '[part~="skill"]');

/** A bundle whose first step body is `body`, to try placeholders on. */
function withBody(body: string, change?: (b: RoleBundle) => void): RoleBundle {
  const bundle = backendBundle();
  bundle.role.path = [{ title: 'Step', body }];
  change?.(bundle);
  return bundle;
}

describe('<career-path>', () => {
  it('reads the heading and the intro with the role noun', async () => {
    const el = await mountReady('career-path');
    expect(shadowText(el, '[part~="heading"]')).to.equal('The path in');
    expect(shadowText(el, '[part~="intro"]')).to.equal('A practical route from where you are to a first backend engineer role.');
  });

  it('shows every step with its number, title and filled-in copy', async () => {
    const el = await mountReady('career-path');
    // {role} → "backend engineer" (the title in lower case). The most common stated level is senior
    // with 142 listings (entry 20, mid 30, lead 6; unspecified 2 does not count), and 142 / 200 = 71%.
    expect(steps(el)).to.deep.equal([
      ['1', 'Build the core skills', 'Most backend engineer listings ask for the same handful of tools. Start with the ones employers mention most often.'],
      ['2', 'Prove it with projects', 'Ship two or three portfolio projects that use those skills end to end.'],
      ['3', 'Target the right level', '71% of current backend engineer postings sit at the senior level — that is where most people break in.'],
      ['4', 'Get past the resume screen', 'Mirror the language of live backend engineer postings in your resume.'],
    ]);
    expect(shadowAll(el, 'ol[part~="list"] > li').length).to.equal(4);
    // The share is marked as a figure.
    expect(shadowAll(el, '[part~="step-body"] [part~="value"]').map((v) => v.textContent)).to.deep.equal(['71%']);
  });

  it('lists the top 5 skills under step one only', async () => {
    const el = await mountReady('career-path');
    // Skills by count: AWS 30, SQL 22, Python 18, CI/CD 16, Java 16 (PostgreSQL 14 is sixth).
    expect(chips(el)).to.deep.equal(['AWS', 'SQL', 'Python', 'CI/CD', 'Java']);
    const [first, ...rest] = shadowAll(el, '[part~="step"]');
    expect(first!.querySelectorAll('ul[part~="skills"] > li > button').length).to.equal(5);
    rest.forEach((step) => expect(step.querySelector('[part~="skills"]')).to.equal(null));
  });

  it('gives step titles the heading level under the section heading', async () => {
    const el = await mountReady('career-path', { 'heading-level': '4' });
    const titles = shadowAll(el, '[part~="step-title"]');
    expect(titles.map((t) => `${t.getAttribute('role')} ${t.getAttribute('aria-level')}`)).to.deep.equal(Array(4).fill('heading 5'));
  });

  it('formats the level share in its locale', async () => {
    const el = await mountReady('career-path', { locale: 'de-DE' });
    // 142 / 200 = 0.71 → "71 %" in German.
    expect(bodies(el)[2]).to.equal('71 % of current backend engineer postings sit at the senior level — that is where most people break in.');
  });

  it('takes the level with the most stated listings, the share of all listings, and the earlier level on a tie', async () => {
    const body = '{levelShare} at the {level} level.';
    // Entry 50 beats mid 40; unspecified 100 is larger but is not a level. 50 / 200 = 25%.
    const entry = withBody(body, (b) => {
      b.seniority = b.seniority.map((s) => ({ ...s, count: { entry: 50, mid: 40, unspecified: 100 }[s.level as string] ?? 0 }));
    });
    let el = await mountReady('career-path', {}, entry);
    expect(bodies(el)).to.deep.equal(['25% at the entry level.']);
    // Mid 60 and lead 60 tie: mid comes first in career order. 60 / 200 = 30%.
    const tie = withBody(body, (b) => {
      b.seniority = b.seniority.map((s) => ({ ...s, count: { mid: 60, lead: 60 }[s.level as string] ?? 0 }));
    });
    el = await mountReady('career-path', {}, tie);
    expect(bodies(el)).to.deep.equal(['30% at the mid level.']);
  });

  it('says a sentence without a share when no listing states a level', async () => {
    const bundle = backendBundle();
    bundle.seniority = bundle.seniority.map((s) => ({ ...s, count: s.level === 'unspecified' ? 150 : 0 }));
    const el = await mountReady('career-path', {}, bundle);
    expect(bodies(el)[2]).to.equal('Current backend engineer postings do not state a seniority level, so aim at the level your experience matches.');
    // Steps without a level placeholder are unchanged.
    expect(bodies(el)[0]).to.equal('Most backend engineer listings ask for the same handful of tools. Start with the ones employers mention most often.');
    expect(shadowAll(el, '[part~="value"]').length).to.equal(0);
  });

  it('leaves unknown placeholders as written and fills {skills} with the top three', async () => {
    const el = await mountReady('career-path', {}, withBody('Learn {skills}; pay is {salary}, {constructor} and {__proto__} too.'));
    // Top three by count: AWS 30, SQL 22, Python 18.
    expect(bodies(el)).to.deep.equal(['Learn AWS, SQL and Python; pay is {salary}, {constructor} and {__proto__} too.']);
  });

  it('capitalises a value that starts a sentence', async () => {
    const el = await mountReady('career-path', {}, withBody('{role} listings vary. {role} teams hire at the {level} level. Most {role} roles are remote.'));
    expect(bodies(el)).to.deep.equal([
      'Backend engineer listings vary. Backend engineer teams hire at the senior level. Most backend engineer roles are remote.',
    ]);
  });

  it('renders copy and filled values as text, never markup', async () => {
    const bundle = withBody('<b>bold</b> {role} <img src=x onerror="window.__pathPwned=1">', (b) => {
      b.role.title = '<i>Evil</i> Engineer';
    });
    const el = await mountReady('career-path', {}, bundle);
    expect(bodies(el)).to.deep.equal(['<b>bold</b> <i>evil</i> engineer <img src=x onerror="window.__pathPwned=1">']);
    expect(el.shadowRoot!.querySelector('[part~="step-body"] b, [part~="step-body"] i, img')).to.equal(null);
    expect((window as unknown as { __pathPwned?: number }).__pathPwned).to.equal(undefined);
  });

  it('says so when the role has no path', async () => {
    const bundle = backendBundle();
    bundle.role.path = [];
    const el = await mountReady('career-path', {}, bundle);
    expect(shadowText(el, '[part~="empty"]')).to.equal('There is no path-in guide for backend engineer roles yet.');
    await expect(el).to.be.accessible();
  });

  it('fits 280 px without overflow', async () => {
    const bundle = backendBundle();
    bundle.skills[0]!.name = 'Amazon Web Services Elastic Kubernetes Service';
    const el = await placed('career-path', { width: 280, data: bundle });
    expectNoSidewaysOverflow(el, '[part~="step"], [part~="skills"]');
    expect(textOf(shadowAll(el, '[part~="skill"]')[0])).to.equal('Amazon Web Services Elastic Kubernetes Service');
  });
});

describe('fillPlaceholders(template, values)', () => {
  const values = new Map([
    ['role', 'data engineer'],
    ['levelShare', '40%'],
  ]);
  const text = (template: string) => fillPlaceholders(template, values).map((s) => s.text).join('');

  it('fillPlaceholders(template, values) replaces known names and marks which placeholder each value came from', () => {
    expect(fillPlaceholders('{levelShare} of {role} jobs', values)).to.deep.equal([
      { text: '40%', placeholder: 'levelShare' },
      { text: ' of ' },
      { text: 'data engineer', placeholder: 'role' },
      { text: ' jobs' },
    ]);
  });

  it('fillPlaceholders(template, values) keeps unknown, inherited and malformed placeholders as written', () => {
    expect(text('{level} {toString} {role-x} {ro le} { role } {}')).to.equal('{level} {toString} {role-x} {ro le} { role } {}');
  });

  it('fillPlaceholders(template, values) capitalises a value only at the start of a sentence', () => {
    expect(text('{role}s. {role}? {role}! x {role}')).to.equal('Data engineers. Data engineer? Data engineer! x data engineer');
  });
});

describe('mostCommonLevel(seniority)', () => {
  it('mostCommonLevel(seniority) ignores unspecified and zero counts, and returns null when nothing is left', () => {
    expect(mostCommonLevel([{ level: 'unspecified', count: 9 }, { level: 'mid', count: 0 }])).to.equal(null);
    expect(mostCommonLevel([])).to.equal(null);
    expect(mostCommonLevel([{ level: 'unspecified', count: 9 }, { level: 'lead', count: 1 }])).to.deep.equal({ level: 'lead', count: 1 });
  });
});
