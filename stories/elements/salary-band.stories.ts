import '../../src/components/salary-band/define.js';
import { realBundle } from '../support/samples.js';
import { storiesFor } from '../support/story-factory.js';

const s = storiesFor('salary-band');

export default {
  title: 'Elements/salary-band',
  component: 'salary-band',
  ...s.meta,
  // `by` is a named type (SalaryBandBy) in the manifest, which Storybook would edit as an object.
  argTypes: { ...s.meta.argTypes, by: { control: 'select', options: ['', 'seniority'] } },
};

export const BackendEngineer = s.sample('backend-engineer');
export const DataScientist = s.sample('data-scientist');
export const BusinessAnalyst = s.sample('business-analyst');
export const RealMarket = s.realMarket;
export const RealPooled = s.realPooled;
export const BySeniority = { ...s.variant({ by: 'seniority' }), name: 'By seniority (by="seniority")' };
export const SharedDomain = { ...s.variant({ domain: '40000,250000' }), name: 'Shared scale (domain="40000,250000")' };
export const NoLegend = { ...s.variant({ 'no-legend': true }), name: 'No legend (no-legend)' };
export const BySeniorityRealTooFew = {
  ...s.variant({ by: 'seniority', data: tooFewLevels() }),
  name: 'By seniority, levels with too few salaries (real data)',
};
export const NoPayData = s.noPay('empty');
export const TooFewSalaries = s.tooFewSalaries('empty');
export const Loading = s.loading;
export const ServerError = s.serverError;
export const InvalidBundle = s.invalidBundle;
export const UnknownRole = s.unknownRole;
export const TooFewListings = s.tooFewListings;
export const FromSrc = s.fromSrc;
export const Light = s.light;
export const Dark = s.dark;
export const AutoOnDarkPage = { ...s.autoOnDarkPage, name: 'Auto theme, dark page' };
export const NoThemeOnDarkPage = { ...s.noThemeOnDarkPage, name: 'No theme, dark page' };
export const BrandTheme = s.brandTheme;
export const OwnHeading = { ...s.ownHeading, name: 'Own heading (heading, heading-level="4")' };
export const NoFooter = { ...s.noFooter, name: 'No footer (no-footer)' };
export const EnUS = { ...s.locale('en-US'), name: 'en-US' };
export const DeDE = { ...s.locale('de-DE'), name: 'de-DE' };
export const JaJP = { ...s.locale('ja-JP'), name: 'ja-JP' };
export const Narrow = { ...s.narrow, name: 'Narrow (320 px)' };
export const Wide = { ...s.wide, name: 'Wide (1200 px)' };
export const LongNames = s.longNames;
export const NarrowLongNames = { ...s.narrowLongNames, name: 'Long names, narrow (320 px)' };

/** The real US data-analyst bundle as built with a higher band minimum, so levels show "too few salaries (n = …)". */
function tooFewLevels() {
  const bundle = realBundle('data-analyst');
  const pay = bundle.pay!;
  pay.minSeniorityN = 100;
  pay.bySeniority = pay.bySeniority.map((l) => (l.n < 100 ? { level: l.level, n: l.n } : l));
  return bundle;
}
