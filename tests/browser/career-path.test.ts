import { expect } from '@open-wc/testing';
import '../../src/components/career-path/define.js';
import { fillPlaceholders } from '../../src/components/career-path/career-path.js';
import { statedSeniority } from '../../src/components/shared/levels.js';
import type { RoleBundle } from '../../src/data/bundle/types.js';
import { DEFAULT_ROLES } from '../../src/data/taxonomy/index.js';
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
    // {role} → "backend engineer" (the title in lower case). 198 of 200 listings state a level (entry
    // 20, mid 30, senior 142, lead 6; unspecified 2), more than half, so a level is named: senior,
    // 142 of those 198 = 71.7% → 72%.
    expect(steps(el)).to.deep.equal([
      [
        '1',
        'Build the core skills',
        'Most backend engineer listings ask for the same handful of tools. Start with the ones employers mention most often.',
      ],
      ['2', 'Prove it with projects', 'Ship two or three portfolio projects that use those skills end to end.'],
      [
        '3',
        'Target the right level',
        '72% (142 of 198) of the backend engineer postings that state a level sit at the senior level, more than at any other.',
      ],
      ['4', 'Get past the resume screen', 'Mirror the language of live backend engineer postings in your resume.'],
    ]);
    expect(shadowAll(el, 'ol[part~="list"] > li').length).to.equal(4);
    // The share is marked as a figure.
    expect(shadowAll(el, '[part~="step-body"] [part~="value"]').map((v) => v.textContent)).to.deep.equal(['72%']);
  });

  it('lists the top 5 skills under step one only', async () => {
    const el = await mountReady('career-path');
    // Skills by count: AWS 30, SQL 22, Python 18, CI/CD 16, Java 16 (PostgreSQL 14 is sixth).
    expect(chips(el)).to.deep.equal(['AWS', 'SQL', 'Python', 'CI/CD', 'Java']);
    const [first, ...rest] = shadowAll(el, '[part~="step"]');
    expect(first!.querySelectorAll('ul[part~="skills"] > li > [part~="skill"]').length).to.equal(5);
    rest.forEach((step) => expect(step.querySelector('[part~="skills"]')).to.equal(null));
  });

  it('gives step titles the heading level under the section heading', async () => {
    const el = await mountReady('career-path', { 'heading-level': '4' });
    const titles = shadowAll(el, '[part~="step-title"]');
    expect(titles.map((t) => `${t.getAttribute('role')} ${t.getAttribute('aria-level')}`)).to.deep.equal(Array(4).fill('heading 5'));
  });

  it('formats the level share in its locale', async () => {
    const el = await mountReady('career-path', { locale: 'de-DE' });
    // 142 / 198 = 0.717 → "72 %" in German.
    expect(bodies(el)[2]).to.equal(
      '72 % (142 of 198) of the backend engineer postings that state a level sit at the senior level, more than at any other.',
    );
  });

  it('names a level only when most listings state one, with its share of those that do', async () => {
    const body = '{levelShare} at the {level} level.';
    const at = (counts: Record<string, number>) =>
      withBody(body, (b) => {
        b.seniority = b.seniority.map((s) => ({ ...s, count: counts[s.level] ?? 0 }));
      });
    // Entry 110, mid 50 state a level: 160 of 200, more than half. Entry leads: 110 / 160 = 68.75% → 69%.
    let el = await mountReady('career-path', {}, at({ entry: 110, mid: 50, unspecified: 40 }));
    expect(bodies(el)).to.deep.equal(['69% (110 of 160) at the entry level.']);
    // Mid 80 and lead 80 tie among 160 stated: no single level to name.
    el = await mountReady('career-path', {}, at({ mid: 80, lead: 80, unspecified: 40 }));
    expect(bodies(el)).to.deep.equal([
      'No single level leads among the backend engineer postings that state one, so aim at the level your experience matches.',
    ]);
    // Entry 50 and mid 40 state a level: 90 of 200, not most; 110 do not.
    el = await mountReady('career-path', {}, at({ entry: 50, mid: 40, unspecified: 110 }));
    expect(bodies(el)).to.deep.equal([
      '110 of the 200 backend engineer postings do not state a seniority level, so aim at the level your experience matches.',
    ]);
  });

  it('says a sentence without a share when no listing states a level', async () => {
    const bundle = backendBundle();
    bundle.seniority = bundle.seniority.map((s) => ({ ...s, count: s.level === 'unspecified' ? 150 : 0 }));
    const el = await mountReady('career-path', {}, bundle);
    expect(bodies(el)[2]).to.equal(
      'None of the 200 backend engineer postings states a seniority level, so aim at the level your experience matches.',
    );
    // Steps without a level placeholder are unchanged.
    expect(bodies(el)[0]).to.equal(
      'Most backend engineer listings ask for the same handful of tools. Start with the ones employers mention most often.',
    );
    expect(shadowAll(el, '[part~="value"]').length).to.equal(0);
  });

  it('leaves unknown placeholders as written and fills {skills} with the top three', async () => {
    const el = await mountReady('career-path', {}, withBody('Learn {skills}; pay is {salary}, {constructor} and {__proto__} too.'));
    // Top three by count: AWS 30, SQL 22, Python 18.
    expect(bodies(el)).to.deep.equal(['Learn AWS, SQL and Python; pay is {salary}, {constructor} and {__proto__} too.']);
  });

  it('capitalises a value that starts a sentence', async () => {
    const el = await mountReady(
      'career-path',
      {},
      withBody('{role} listings vary. {role} teams hire at the {level} level. Most {role} roles are remote.'),
    );
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

  describe("the shipped roles' copy", () => {
    /** The fixture's figures with a shipped role's title and path, as the builder would put them in. */
    const shipped = (slug: string) => {
      const role = DEFAULT_ROLES.roles.find((r) => r.slug === slug)!;
      return withBody('', (b) => {
        b.role.title = role.title;
        b.role.path = role.path.map(({ title, body }) => ({ title, body }));
      });
    };

    it('tells a data engineer where to start without claiming how often listings name SQL and Python', async () => {
      // The real data-engineer bundles show SQL in 59–71% of the listings that list skills: static
      // copy cannot know the share, so it gives advice and no frequency.
      const el = await mountReady('career-path', {}, shipped('data-engineer'));
      expect(bodies(el)[0]).to.equal(
        'Start with SQL and Python, then add a cloud warehouse and an orchestration or processing tool, choosing the ones employers mention most often.',
      );
      // Step 3, filled from the fixture: senior, 142 of the 198 that state a level = 71.7% → 72%.
      expect(bodies(el)[2]).to.equal(
        '72% (142 of 198) of the data engineer postings that state a level sit at the senior level, more than at any other. If you are moving across from analytics or backend work, aim at that band and show the pipelines you already own.',
      );
    });

    for (const { slug } of DEFAULT_ROLES.roles) {
      it(`${slug}: states no frequency the bundle does not carry`, async () => {
        const el = await mountReady('career-path', {}, shipped(slug));
        // "employers mention most often" points at the ranking the bundle carries (the chips under
        // step one); any other word of frequency or share is a claim no figure backs.
        for (const body of bodies(el)) {
          const claims = body!.replace(/employers (?:mention|name) most often/g, '');
          expect(claims).not.to.match(/\b(?:most|almost|nearly|every|usually|typically|commonly|often|many|majority)\b/i, body);
        }
      });
    }
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
  const text = (template: string) =>
    fillPlaceholders(template, values)
      .map((s) => s.text)
      .join('');

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

describe('statedSeniority(seniority, listings)', () => {
  it('statedSeniority(seniority, listings) counts the stated levels, names the leader, and advises only when most state one', () => {
    expect(
      statedSeniority(
        [
          { level: 'unspecified', count: 9 },
          { level: 'mid', count: 0 },
        ],
        9,
      ),
    ).to.deep.equal({ stated: 0, unstated: 9, top: null, advise: false });
    expect(statedSeniority([], 0)).to.deep.equal({ stated: 0, unstated: 0, top: null, advise: false });
    // 1 of 10 state a level: the leader is known, but no advice.
    expect(
      statedSeniority(
        [
          { level: 'unspecified', count: 9 },
          { level: 'lead', count: 1 },
        ],
        10,
      ),
    ).to.deep.equal({ stated: 1, unstated: 9, top: { level: 'lead', count: 1 }, advise: false });
    // 6 of 10 state a level, senior 4 leads.
    expect(
      statedSeniority(
        [
          { level: 'mid', count: 2 },
          { level: 'senior', count: 4 },
          { level: 'unspecified', count: 4 },
        ],
        10,
      ).advise,
    ).to.equal(true);
    // A tie has no leader.
    expect(
      statedSeniority(
        [
          { level: 'mid', count: 3 },
          { level: 'senior', count: 3 },
        ],
        6,
      ).top,
    ).to.equal(null);
  });
});
