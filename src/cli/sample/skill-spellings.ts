/**
 * How synthetic listings spell skills. In skills lists: several raw keywords per skill, the way
 * real feeds mix cases and aliases. In description text: the name as written in prose, and a
 * form that needs no context for skills whose plain name is an ordinary word (Go → "Golang").
 */
const LIST_SPELLINGS: Record<string, readonly string[]> = {
  AWS: ['aws', 'AWS', 'Amazon Web Services'],
  PostgreSQL: ['postgresql', 'Postgres', 'PostgreSQL'],
  Go: ['go', 'Golang', 'golang'],
  'CI/CD': ['ci/cd', 'CI/CD'],
  Kubernetes: ['kubernetes', 'k8s', 'Kubernetes'],
  MongoDB: ['mongodb', 'mongo'],
  'Power BI': ['power bi', 'Power BI', 'powerbi'],
  'Node.js': ['node.js', 'nodejs', 'Node.js'],
  'REST APIs': ['rest api', 'REST APIs'],
  Spring: ['spring', 'Spring Boot'],
  'Vue.js': ['vue', 'Vue.js'],
  React: ['react', 'React', 'react.js'],
  GCP: ['gcp', 'Google Cloud'],
  'Machine learning': ['machine learning'],
  'scikit-learn': ['scikit-learn', 'sklearn'],
  Excel: ['excel', 'Excel', 'MS Excel'],
  'SQL Server': ['sql server', 'mssql'],
  '.NET': ['.net', '.NET', 'dotnet'],
  'C#': ['c#', 'C#'],
  'C++': ['c++', 'C++'],
  'Google Sheets': ['sheets', 'Google Sheets'],
  OAuth: ['oauth2', 'OAuth'],
  'Event sourcing': ['event sourcing', 'Event Sourcing'],
};

const ALONE: Record<string, string> = {
  Go: 'Golang',
  R: 'R programming',
  C: 'C programming',
  Excel: 'Microsoft Excel',
  React: 'React.js',
  Spark: 'Apache Spark',
  Rust: 'Rust programming',
  Ruby: 'Ruby programming',
  Word: 'Microsoft Word',
  Windows: 'Windows Server',
  Express: 'Express.js',
  Spring: 'Spring Boot',
  Swift: 'SwiftUI',
  Helm: 'Helm charts',
  Cypress: 'Cypress.io',
  Playwright: 'Playwright Test',
};

/** The raw keywords a skills list may use for `name`. */
export function listSpellings(name: string): readonly string[] {
  return LIST_SPELLINGS[name] ?? [name.toLowerCase(), name];
}

/** `name` as written in prose when other skills sit next to it in a list. */
export const proseName = (name: string): string => name;

/** `name` in a form that counts in prose even with no other skill beside it. */
export const proseNameAlone = (name: string): string => ALONE[name] ?? name;
