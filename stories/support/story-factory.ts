/**
 * The stories every element gets, made the same way for each: sample roles, each state, themes,
 * locales, frame widths and long names. An element's stories file picks them by name, so it stays a
 * short list, and a new edge case added here reaches every element at once.
 *
 * @example
 * const s = storiesFor('skill-ranking', { args: { limit: 8 } });
 * export default { title: 'Elements/skill-ranking', component: 'skill-ranking', ...s.meta };
 * export const Loading = s.loading;
 */
import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import type { FrameParameters } from './frame.js';
import { FAKE_STATS, withFakeStats } from './network.js';
import { renderElement } from './render.js';
import { sourceSnippet } from './source.js';
import {
  invalidBundle,
  longNamesBundle,
  longNamesIndex,
  noPayBundle,
  PRIMARY_ROLE,
  realBundle,
  realIndex,
  sampleBundle,
  sampleIndex,
} from './samples.js';

export type Story = StoryObj;

/** A brand that is not the default blue: warm colours, a serif face, square corners, more air. */
export const BRAND_THEME: Args = {
  theme: 'light',
  '--role-hub-accent': '#b83a0b',
  '--role-hub-text': '#3b1204',
  '--role-hub-muted': '#73290d',
  '--role-hub-surface': '#fff7ed',
  '--role-hub-border': '#f5b98c',
  '--role-hub-font': 'Georgia, "Times New Roman", serif',
  '--role-hub-radius': '2px',
  '--role-hub-spacing': '24px',
};

export const LOCALES = ['en-US', 'de-DE', 'ja-JP'] as const;

const frame = (parameters: FrameParameters) => ({ roleHub: parameters });

export interface ElementStoryOptions {
  /** Args every story of this element starts from (its own attributes' defaults, e.g. `limit`). */
  args?: Args;
}

export function storiesFor(tag: string, options: ElementStoryOptions = {}) {
  const network = (src: string, role: string, expect: FrameParameters['expect']): Story => ({
    args: { data: null, index: null, src, role },
    beforeEach: withFakeStats,
    parameters: frame({ expect }),
  });

  return {
    meta: {
      render: renderElement(tag),
      args: { data: sampleBundle(), index: sampleIndex(), ...options.args },
      parameters: { docs: { source: { transform: sourceSnippet } } },
      argTypes: {
        // The manifest types these `string | null`, which Storybook would edit as objects.
        src: { control: 'text' },
        heading: { control: 'text' },
        theme: { control: 'select', options: ['light', 'dark', 'auto'] },
        locale: { control: 'select', options: [...LOCALES] },
        data: { control: 'object' },
        index: { control: 'object' },
        frameWidth: {
          name: 'frameWidth',
          description: 'Width of the story frame in px (not an element attribute); empty for the full canvas.',
          control: { type: 'number', min: 280, step: 10 },
          table: { category: 'story frame' },
        },
      },
    } satisfies Meta,

    /** The shipped sample bundle of one role. */
    sample: (slug: string): Story => ({ args: { data: sampleBundle(slug) } }),
    /** Real listings (demo/real): the US data-analyst bundle, the role's default market. */
    realMarket: { args: { data: realBundle('data-analyst'), index: realIndex() }, name: 'Real data: data analyst, United States' } as Story,
    /** Real listings, every market together: pay pooled across them, the mix named by role-hub. */
    realPooled: {
      args: { data: realBundle('data-analyst.all'), index: realIndex() },
      name: 'Real data: all markets (pay pooled)',
    } as Story,
    /** Any other variation on the primary sample, for an element's own attributes. (Not `story`:
     * Storybook reads an exported `x.story(…)` call as a CSF factory story.) */
    variant: (args: Args, parameters: FrameParameters = {}): Story => ({ args, parameters: frame(parameters) }),

    /** The request never answers: the placeholder of the final size, for good. */
    loading: network(FAKE_STATS.never, PRIMARY_ROLE, 'loading'),
    /** The stats server answers HTTP 500. */
    serverError: network(FAKE_STATS.serverError, PRIMARY_ROLE, 'error'),
    /** A role the server has no stats for (HTTP 404). */
    unknownRole: network(FAKE_STATS.samples, 'underwater-basket-weaver', 'empty'),
    /** The bundle is loaded from `src` (the fake server), as on a real page. */
    fromSrc: network(FAKE_STATS.samples, PRIMARY_ROLE, 'ready'),
    /** A `data` object that is not a valid bundle. */
    invalidBundle: { args: { data: invalidBundle() }, parameters: frame({ expect: 'error' }) } as Story,
    /** `min-listings` above the bundle's listing count. */
    tooFewListings: {
      args: { 'min-listings': sampleBundle().listings + 1 },
      parameters: frame({ expect: 'empty' }),
    } as Story,

    light: { args: { theme: 'light' } } as Story,
    dark: { args: { theme: 'dark' }, parameters: frame({ page: 'dark' }) } as Story,
    /** theme="auto" on a page that declares `color-scheme: dark`: the card follows it. */
    autoOnDarkPage: { args: { theme: 'auto' }, parameters: frame({ page: 'dark' }) } as Story,
    /** No theme on a dark page: the element takes the page's colours, at 4.5:1 still. */
    noThemeOnDarkPage: { parameters: frame({ page: 'dark' }) } as Story,
    brandTheme: { args: BRAND_THEME } as Story,
    /** The page's own heading text and level. */
    ownHeading: { args: { heading: 'What the data says', 'heading-level': 4 } } as Story,
    /** No provenance line: the page says what the figures rest on itself. */
    noFooter: { args: { 'no-footer': true } } as Story,
    locale: (locale: (typeof LOCALES)[number]): Story => ({ args: { locale } }),
    narrow: { args: { frameWidth: 320 } } as Story,
    wide: { args: { frameWidth: 1200 } } as Story,
    longNames: { args: { data: longNamesBundle(), index: longNamesIndex() } } as Story,
    /** The worst case for layout: long names in a 320 px column. */
    narrowLongNames: { args: { data: longNamesBundle(), index: longNamesIndex(), frameWidth: 320 } } as Story,
    /** No usable yearly salary (`pay: null`): pay sections say so, the others are unaffected. */
    noPay: (expect: FrameParameters['expect'] = 'ready'): Story => ({ args: { data: noPayBundle() }, parameters: frame({ expect }) }),
    /** Real listings with 8 yearly salaries, under the 10 a pay figure needs: pay sections give the count, no median. */
    tooFewSalaries: (expect: FrameParameters['expect'] = 'ready'): Story => ({
      args: { data: realBundle('cloud-engineer'), index: realIndex() },
      parameters: frame({ expect }),
      name: 'Too few salaries for a pay figure (real data: cloud engineer)',
    }),
  };
}
