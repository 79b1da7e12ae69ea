import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvListing } from '../../../src/cli/input/csv-listing';

test('csvListing(cells) shapes a CSV row like an NDJSON listing', () => {
  const cells = new Map(Object.entries({
    id: 'c1', title: 'Data Analyst', postedAt: '2024-10-01', skills: 'sql; Power BI ;;excel', remote: 'yes', company: '',
    salaryMin: '60,000', salaryMax: '80000', salaryCurrency: 'usd', salaryPeriod: 'Year',
  }));
  assert.deepEqual(csvListing(cells), {
    id: 'c1', title: 'Data Analyst', postedAt: '2024-10-01', skills: ['sql', 'Power BI', 'excel'], remote: true,
    salary: { min: 60_000, max: 80_000, currency: 'usd', period: 'year' },
  });
});

test('csvListing(cells) leaves out empty salary columns and passes unreadable amounts on as text', () => {
  assert.equal('salary' in csvListing(new Map([['id', 'x'], ['salaryMin', ''], ['salaryCurrency', ' ']])), false);
  assert.deepEqual(csvListing(new Map([['salaryMin', 'DOE'], ['salaryPeriod', 'hour']])).salary, { min: 'DOE', period: 'hour' });
});
