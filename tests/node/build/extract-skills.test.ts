import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractSkills } from '../../../src/data/build/skills/extract-skills';
import { createSkillIndex } from '../../../src/data/build/skills/skill-index';
import { DEFAULT_SKILLS } from '../../../src/data/taxonomy/index';

const index = createSkillIndex(DEFAULT_SKILLS);
const extract = (text: string) => extractSkills(text, index);

test('extractSkills(text, index) finds skills written with symbols: C++, C#, .NET, Node.js, CI/CD', () => {
  assert.deepEqual(extract('Experience with C++ and C#, .NET services, Node.js, and CI/CD pipelines.'), ['.NET', 'C#', 'C++', 'CI/CD', 'Node.js']);
  assert.deepEqual(extract('We build ASP.NET apps and T-SQL reports.'), ['ASP.NET', 'T-SQL']);
});

test('extractSkills(text, index) respects word boundaries', () => {
  // No Go in Google, no R in R&D, no JavaScript ("js") inside Node.js, no SQL inside T-SQL or NoSQL.
  assert.deepEqual(extract('Google R&D team'), []);
  assert.deepEqual(extract('Node.js only'), ['Node.js']);
  assert.deepEqual(extract('T-SQL and NoSQL stores'), ['NoSQL', 'T-SQL']);
  assert.deepEqual(extract('Pythonic code, Javanese food, SQLAlchemy'), []);
  assert.deepEqual(extract('Python/SQL, Java-based services; (AWS).'), ['AWS', 'Java', 'Python', 'SQL']);
});

test('extractSkills(text, index) counts ambiguous words only capitalised and listed next to another skill', () => {
  assert.deepEqual(extract('Python, R and SQL'), ['Python', 'R', 'SQL']);
  assert.deepEqual(extract('Java/Go services'), ['Go', 'Java']);
  assert.deepEqual(extract('Python, Go, Rust or C'), ['C', 'Go', 'Python', 'Rust']); // a chain of neighbours
  assert.deepEqual(extract('Ready, set, Go! We go fast and use R daily.'), []);
  assert.deepEqual(extract('python, r and sql'), ['Python', 'SQL']); // lower-case r is the letter, not the language
  assert.deepEqual(extract('Go-to-market with the C-suite; you will excel, spark ideas and react fast.'), []);
  assert.deepEqual(extract('Excel at what you do. Word of mouth.'), []);
  assert.deepEqual(extract('Excel, Word and PowerPoint'), ['Excel', 'PowerPoint', 'Word']);
});

test('extractSkills(text, index) counts unambiguous aliases of ambiguous skills anywhere', () => {
  assert.deepEqual(extract('We write Golang. Some R programming, some Apache Spark, some Spring Boot.'), ['Go', 'R', 'Spark', 'Spring']);
});

test('extractSkills(text, index) prefers the longest alias at a position and counts each skill once', () => {
  assert.deepEqual(extract('React Native and React, react.js, ReactJS'), ['React', 'React Native']);
  assert.deepEqual(extract('AWS, aws, Amazon Web Services'), ['AWS']);
  assert.deepEqual(extract('Power  BI dashboards'), ['Power BI']);
});
