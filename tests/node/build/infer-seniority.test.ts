import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inferSeniority } from '../../../src/data/build/seniority/infer-seniority';
import { parseSeniority } from '../../../src/data/build/seniority/parse-seniority';

const cases: Array<[string, string]> = [
  ['Sr. Backend Engineer', 'senior'],
  ['Senior Data Analyst', 'senior'],
  ['sr data engineer', 'senior'],
  ['Data Engineer III', 'senior'],
  ['Software Engineer IV', 'senior'],
  ['Lead Data Scientist', 'lead'],
  ['Principal Engineer', 'lead'],
  ['Staff Software Engineer, Backend', 'lead'],
  ['Analytics Manager', 'lead'],
  ['Head of Data', 'executive'],
  ['Director of Data Engineering', 'executive'],
  ['Senior Director, Analytics', 'executive'],
  ['VP, Engineering', 'executive'],
  ['Associate Director, Data Science', 'executive'],
  ['Junior Data Analyst', 'entry'],
  ['Jr. Developer', 'entry'],
  ['Entry-Level Data Analyst', 'entry'],
  ['Associate Data Scientist', 'entry'],
  ['Data Analyst I', 'entry'],
  ['Graduate Software Engineer', 'entry'],
  ['Data Analyst II', 'mid'],
  ['Mid-Level Frontend Developer', 'mid'],
  ['Data Science Intern', 'intern'],
  ['Software Engineering Internship (Summer 2025)', 'intern'],
  ['Data Analyst', 'unspecified'],
  ['Staffing Analyst', 'unspecified'], // "staff" only as a whole word
  ['AI/ML Engineer', 'unspecified'], // the "i" in "ai" is not a level
  ['Senior Associate, Data', 'senior'], // senior outranks associate
];

test('inferSeniority(title) reads level words from the title', () => {
  for (const [title, level] of cases) assert.equal(inferSeniority(title), level, title);
});

test('parseSeniority(value) accepts the levels in any case and nothing else', () => {
  assert.equal(parseSeniority(' Senior '), 'senior');
  assert.equal(parseSeniority('EXECUTIVE'), 'executive');
  assert.equal(parseSeniority('principal'), undefined);
  assert.equal(parseSeniority(3), undefined);
});
