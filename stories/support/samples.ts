/// <reference types="vite/client" />
/**
 * The data stories render: the shipped sample bundles (demo/stats, made by the builder from the
 * sample listings), and bundles derived from them for the edge cases (long names, no pay, an
 * invalid bundle). Every function returns a fresh copy, so a story may change what it gets without
 * touching another story's data.
 */
import type { RoleBundle, RoleIndex } from '../../src/data/bundle/types.js';
import { validateBundle, validateIndex, type Validation } from '../../src/data/bundle/validate.js';

// A glob lists every role the builder shipped, so a new sample role needs no change here.
const files = import.meta.glob<unknown>('../../demo/stats/*.json', { eager: true, import: 'default' });
// The demo's bundles built from real listings (data/README.md): every market of every role.
const realFiles = import.meta.glob<unknown>('../../demo/real/*.json', { eager: true, import: 'default' });

function fileFor(name: string): unknown {
  const file = Object.entries(files).find(([path]) => path.endsWith(`/${name}.json`))?.[1];
  if (file === undefined)
    throw new Error(`demo/stats/${name}.json is missing: run the builder (see the README) to make the sample bundles.`);
  return file;
}

const copy = <T>(value: T): T => structuredClone(value);

function decoded<T>(name: string, result: Validation<T>): T {
  if (!result.ok) throw new Error(`demo/stats/${name}.json is not a valid bundle: ${result.reason}`);
  return result.value;
}

/** The role every generic story (states, themes, locales, frames) shows. */
export const PRIMARY_ROLE = 'backend-engineer';

/** Slugs of the shipped sample bundles (each role's default market), in file order. */
export function sampleRoles(): string[] {
  return Object.keys(files)
    .map((path) => path.replace(/^.*\//, '').replace(/\.json$/, ''))
    .filter((slug) => slug !== 'index' && !slug.includes('.'));
}

/**
 * A bundle built from real listings (demo/real), decoded as elements hold it: `name` is the file
 * name without `.json`, e.g. "data-analyst" (its default market) or "data-analyst.all".
 */
export function realBundle(name: string): RoleBundle {
  const file = Object.entries(realFiles).find(([path]) => path.endsWith(`/${name}.json`))?.[1];
  if (file === undefined) throw new Error(`demo/real/${name}.json is missing: run npm run demo:data.`);
  return copy(decoded(name, validateBundle(file)));
}

/** The real bundles' roles index. */
export function realIndex(): RoleIndex {
  const file = Object.entries(realFiles).find(([path]) => path.endsWith('/index.json'))?.[1];
  return copy(decoded('index', validateIndex(file)));
}

/**
 * A sample file as it is on disk (the form the builder writes and a server sends: pay by skill in
 * columns), for the fake stats server and the playground's text box.
 */
export function sampleFile(name: string): unknown {
  return copy(fileFor(name));
}

/**
 * One role's sample bundle as elements hold it in memory (validated and decoded, as the loader
 * does), for the `data` property and for deriving edge cases.
 */
export function sampleBundle(slug: string = PRIMARY_ROLE): RoleBundle {
  return copy(decoded(slug, validateBundle(fileFor(slug))));
}

/** The sample roles index (index.json), for sections that list other roles. */
export function sampleIndex(): RoleIndex {
  return copy(decoded('index', validateIndex(fileFor('index'))));
}

const LONG_ROLE = 'Principal Distributed Systems, Platform Reliability and Data Infrastructure Engineer';
const LONG_SKILLS = [
  'Amazon Web Services Elastic Kubernetes Service with Fargate and Karpenter autoscaling',
  'Structured Query Language performance tuning for very large analytical warehouses',
  'ContinuousIntegrationAndContinuousDeliveryPipelineOrchestrationWithoutASingleBreak',
];
/** For the skill whose listings pay most, which `<skill-pay>` ranks first: none of the above in the samples. */
const LONG_TOP_PAID = 'Observability with Grafana, Prometheus and OpenTelemetry across multi-region clusters';

/**
 * A bundle whose role title, top skill names and best-paid skill's name are far longer than any real one, to show how an
 * element wraps or truncates them (the unbroken one has no place to wrap at all). The same names
 * are changed everywhere they appear, so the sections still agree with each other.
 */
export function longNamesBundle(slug: string = PRIMARY_ROLE): RoleBundle {
  const bundle = sampleBundle(slug);
  const renamed = new Map(bundle.skills.slice(0, LONG_SKILLS.length).map((s, i) => [s.name, LONG_SKILLS[i]!]));
  const topPaid = [...(bundle.pay?.bySkill ?? [])].sort((a, b) => b.median - a.median)[0];
  if (topPaid && !renamed.has(topPaid.name)) renamed.set(topPaid.name, LONG_TOP_PAID);
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

/** The primary sample with no disclosed pay at all, as for a role whose listings never state it. */
export function noPayBundle(): RoleBundle {
  const bundle = sampleBundle();
  bundle.pay = null;
  return bundle;
}

/** Not a bundle an element can use: the listing count is negative and the skills are missing. */
export function invalidBundle(): unknown {
  const bundle = sampleBundle() as unknown as Record<string, unknown>;
  bundle.listings = -5;
  delete bundle.skills;
  return bundle;
}
