/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HUB_SECTIONS } from '../src/components/role-hub/role-hub.js';
import { createPlayground } from './support/playground.js';
import { globalOverrides } from './support/render.js';
import { PRIMARY_ROLE, sampleRoles } from './support/samples.js';
import { LOCALES } from './support/story-factory.js';

// Every element the library has, registered by its own define module.
const defined = import.meta.glob('../src/components/*/define.ts', { eager: true });
const SECTIONS = HUB_SECTIONS.filter((tag) => Object.keys(defined).some((path) => path.includes(`/${tag}/`)));

const meta = {
  title: 'Playground',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
  args: { startRole: PRIMARY_ROLE, elements: SECTIONS },
  argTypes: {
    startRole: { name: 'startRole', description: 'The sample bundle the box starts with.', control: 'select', options: sampleRoles() },
    theme: { control: 'select', options: ['light', 'dark', 'auto'] },
    locale: { control: 'select', options: [...LOCALES] },
    elements: { control: false, table: { disable: true } },
  },
  render: ({ startRole, elements, ...elementArgs }, { globals }) =>
    createPlayground(elements as string[], String(startRole), { ...elementArgs, ...globalOverrides(globals) }),
} satisfies Meta;

export default meta;

// Two stories rather than one page with both: a page that shows a section and the whole hub has
// every section twice, with the same landmark names. What is pasted carries over between them.

/** Paste a bundle JSON; every section element renders it. */
export const EverySection: StoryObj = { name: 'Every section' };

/** Paste a bundle JSON; the whole page (`<role-hub>`) renders it. */
export const WholePage: StoryObj = { name: 'Whole page (role-hub)', args: { elements: ['role-hub'] } };
