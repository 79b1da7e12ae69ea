/// <reference types="vite/client" />
/**
 * The data stories render: the shipped sample bundles (demo/stats), and bundles derived from them
 * for the edge cases (long names, an invalid bundle). Every function returns a fresh copy, so a
 * story may change what it gets without touching another story's data.
 */
import type { RoleBundle, RoleIndex } from '../../src/data/bundle/types.js';
import { backendBundle, roleIndex } from '../../tests/browser/fixtures/backend-bundle.js';

// A glob, not a plain import, so the stories still build while demo/stats is being regenerated.
const files = import.meta.glob<unknown>('../../demo/stats/*.json', { eager: true, import: 'default' });

function fileFor(name: string): unknown {
  return Object.entries(files).find(([path]) => path.endsWith(`/${name}.json`))?.[1];
}

const copy = <T>(value: T): T => structuredClone(value);

/** The role every generic story (states, themes, locales, frames) shows. */
export const PRIMARY_ROLE = 'backend-engineer';

/** Slugs of the shipped sample bundles, in file order. */
export function sampleRoles(): string[] {
  const slugs = Object.keys(files)
    .map((path) => path.replace(/^.*\//, '').replace(/\.json$/, ''))
    .filter((slug) => slug !== 'index');
  return slugs.length ? slugs : [PRIMARY_ROLE];
}

/** One role's sample bundle. */
export function sampleBundle(slug: string = PRIMARY_ROLE): RoleBundle {
  const bundle = fileFor(slug) as RoleBundle | undefined;
  if (bundle) return copy(bundle);
  if (slug === PRIMARY_ROLE) return backendBundle();
  throw new Error(`No sample bundle for “${slug}” in demo/stats.`);
}

/** The sample roles index (index.json), for sections that list other roles. */
export function sampleIndex(): RoleIndex {
  const index = fileFor('index') as RoleIndex | undefined;
  return index ? copy(index) : roleIndex();
}

const LONG_ROLE = 'Principal Distributed Systems, Platform Reliability and Data Infrastructure Engineer';
const LONG_SKILLS = [
  'Amazon Web Services Elastic Kubernetes Service with Fargate and Karpenter autoscaling',
  'Structured Query Language performance tuning for very large analytical warehouses',
  'Continuous-integration-and-continuous-delivery-pipeline-orchestration-without-any-spaces',
];

/**
 * A bundle whose role title and top skill names are far longer than any real one, to show how an
 * element wraps or truncates them (the unbroken one has no place to wrap at all). The same names
 * are changed everywhere they appear, so the sections still agree with each other.
 */
export function longNamesBundle(slug: string = PRIMARY_ROLE): RoleBundle {
  const bundle = sampleBundle(slug);
  const renamed = new Map(bundle.skills.slice(0, LONG_SKILLS.length).map((s, i) => [s.name, LONG_SKILLS[i]!]));
  const rename = (name: string) => renamed.get(name) ?? name;
  bundle.role.title = LONG_ROLE;
  for (const s of bundle.skills) s.name = rename(s.name);
  for (const s of bundle.trend.skills) s.name = rename(s.name);
  for (const s of bundle.pay?.bySkill ?? []) s.name = rename(s.name);
  return bundle;
}

/** The sample index with a long title for every role, for sections that list other roles. */
export function longNamesIndex(): RoleIndex {
  const index = sampleIndex();
  for (const role of index.roles) role.title = `${role.title} for Regulated Financial Services and Healthcare Platforms`;
  return index;
}

/** Not a bundle an element can use: the listing count is negative and the skills are missing. */
export function invalidBundle(): unknown {
  const bundle = sampleBundle() as unknown as Record<string, unknown>;
  bundle.listings = -5;
  delete bundle.skills;
  return bundle;
}
