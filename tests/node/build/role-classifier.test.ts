import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRoleClassifier } from '../../../src/data/build/roles/role-classifier';
import { DEFAULT_ROLES } from '../../../src/data/taxonomy/index';

const classifier = createRoleClassifier(DEFAULT_ROLES);

test('createRoleClassifier(roles).classify(title) takes the first role in file order whose pattern matches', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Senior Software Engineer, Backend', 'backend-engineer'],
    ['Back-End Developer', 'backend-engineer'],
    ['Java Developer', 'backend-engineer'],
    ['Full Stack Developer (React/Node)', 'full-stack-engineer'],
    ['Front-end Engineer', 'frontend-engineer'],
    ['React Developer', 'frontend-engineer'],
    ['Software Engineer', 'software-engineer'],
    ['iOS Developer', 'software-engineer'],
    ['Director of Software Engineering', 'software-engineer'],
    ['Cloud Data Engineer', 'data-engineer'],
    ['Analytics Engineer', 'data-engineer'],
    ['Senior Data Scientist, Machine Learning', 'data-scientist'],
    ['Machine Learning Engineer', 'machine-learning-engineer'],
    ['Head of ML Engineering', 'machine-learning-engineer'],
    ['MLOps Engineer', 'machine-learning-engineer'],
    ['Business Intelligence Analyst', 'data-analyst'],
    ['Business Data Analyst', 'data-analyst'],
    ['IT Business Analyst', 'business-analyst'],
    ['Business Systems Analyst', 'business-analyst'],
    ['Site Reliability Engineer', 'devops-engineer'],
    ['AWS DevOps Engineer', 'devops-engineer'],
    ['Azure Cloud Engineer', 'cloud-engineer'],
    ['Product Manager', undefined],
    ['Sales Engineer', undefined],
  ];
  for (const [title, slug] of cases) assert.equal(classifier.classify(title), slug, title);
});

test('createRoleClassifier(roles).classify(title, stated) trusts a known stated role, and falls back to the title otherwise', () => {
  assert.equal(classifier.classify('Data Analyst', 'Data-Scientist'), 'data-scientist');
  assert.equal(classifier.classify('Data Analyst', 'astronaut'), 'data-analyst');
});

test('createRoleClassifier(roles) refuses unusable roles files', () => {
  const role = DEFAULT_ROLES.roles[0];
  assert.throws(() => createRoleClassifier({ roles: [role, role] }), /listed twice/);
  assert.throws(() => createRoleClassifier({ roles: [{ ...role, related: ['nowhere'] }] }), /unknown related role "nowhere"/);
  assert.throws(() => createRoleClassifier({ roles: [{ ...role, patterns: ['(unclosed'] }] }), /invalid pattern/);
  assert.throws(() => createRoleClassifier({ roles: [{ ...role, slug: 'index', related: [] }] }), /cannot be a role slug/);
});

test('the shipped roles file has every required role, with copy and four path steps', () => {
  const required = ['backend-engineer', 'frontend-engineer', 'full-stack-engineer', 'software-engineer', 'data-engineer', 'data-scientist', 'data-analyst', 'machine-learning-engineer', 'devops-engineer', 'cloud-engineer', 'business-analyst'];
  const slugs = DEFAULT_ROLES.roles.map((r) => r.slug);
  for (const slug of required) assert.ok(slugs.includes(slug), slug);
  for (const role of DEFAULT_ROLES.roles) {
    assert.ok(role.description.length > 80, `${role.slug} description`);
    assert.match(role.fit, /^A fit if you like /, `${role.slug} fit`);
    assert.deepEqual(role.path.map((s) => s.title), ['Build the core skills', 'Prove it with projects', 'Target the right level', 'Get past the resume screen'], role.slug);
    // The level step is filled from the data; any placeholder used must be one the views fill in.
    assert.match(role.path[2].body, /\{levelShare\}.*\{level\}/, `${role.slug} level step`);
    for (const step of role.path) {
      for (const [placeholder] of step.body.matchAll(/\{[^}]*\}/g)) assert.ok(['{role}', '{level}', '{levelShare}'].includes(placeholder), `${role.slug}: ${placeholder}`);
    }
    assert.ok(role.related.length > 0 && !role.related.includes(role.slug), `${role.slug} related`);
    assert.ok(role.patterns.length > 0, `${role.slug} patterns`);
  }
});
