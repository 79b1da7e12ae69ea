import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSkillIndex } from '../../../src/data/build/skills/skill-index';
import { skillsFromList } from '../../../src/data/build/skills/skills-from-list';
import { DEFAULT_SKILLS } from '../../../src/data/taxonomy/index';

const index = createSkillIndex(DEFAULT_SKILLS);

test('skillsFromList(values, index) maps aliases in any case to one canonical name, once per listing', () => {
  const cases: Array<[string[], string]> = [
    [['aws', 'Amazon Web Services'], 'AWS'],
    [['postgres', 'PostgreSQL'], 'PostgreSQL'],
    [['golang', 'go'], 'Go'],
    [['ci/cd'], 'CI/CD'],
    [['k8s'], 'Kubernetes'],
    [['mongo'], 'MongoDB'],
    [['power bi', 'powerbi'], 'Power BI'],
    [['  Power   BI '], 'Power BI'],
  ];
  for (const [values, name] of cases) assert.deepEqual(skillsFromList(values, index), { skills: [name], unknown: [] }, values.join());
});

test('skillsFromList(values, index) counts ambiguous keywords (go, r, c, flow) when a skills list names them', () => {
  assert.deepEqual(skillsFromList(['r', 'c', 'flow', 'go'], index).skills, ['C', 'Flow', 'Go', 'R']);
});

test('skillsFromList(values, index) keeps unknown keywords under their own lower-case name and lists them', () => {
  assert.deepEqual(skillsFromList(['Postgres', 'Terraformz', 'terraformz', '', 7, null], index), {
    skills: ['PostgreSQL', 'terraformz'],
    unknown: ['terraformz'],
  });
});

test('createSkillIndex(taxonomy) refuses an alias claimed by two skills', () => {
  assert.throws(
    () => createSkillIndex({ skills: [{ name: 'A', category: 'x', aliases: ['same'] }, { name: 'B', category: 'x', aliases: ['same'] }] }),
    /alias "same" belongs to both "A" and "B"/,
  );
});

test('createSkillIndex(taxonomy) gives each shipped skill a category from the category list', () => {
  const categories = new Set(DEFAULT_SKILLS.categories);
  for (const skill of DEFAULT_SKILLS.skills) {
    assert.ok(categories.has(skill.category), `${skill.name}: ${skill.category}`);
    assert.equal(index.categoryOf(skill.name), skill.category);
    for (const alias of skill.ambiguous ?? []) assert.ok(skill.aliases.includes(alias), `${skill.name}: ambiguous ${alias} is an alias`);
  }
  assert.equal(index.categoryOf('not-a-skill'), 'other');
});
