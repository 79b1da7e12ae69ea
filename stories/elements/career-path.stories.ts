import '../../src/components/career-path/define.js';
import { storiesFor } from '../support/story-factory.js';

const s = storiesFor('career-path');

export default { title: 'Elements/career-path', component: 'career-path', ...s.meta };

export const BackendEngineer = s.sample('backend-engineer');
export const DataScientist = s.sample('data-scientist');
export const BusinessAnalyst = s.sample('business-analyst');
export const RealMarket = s.realMarket;
export const RealPooled = s.realPooled;
export const Pickable = { ...s.variant({ pickable: true }), name: 'Pickable (skill names are buttons)' };
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
