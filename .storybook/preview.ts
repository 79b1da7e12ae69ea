/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { withFrame } from '../stories/support/frame.js';
import { manifestForDocs } from '../stories/support/manifest.js';
import { LOCALES } from '../stories/support/story-factory.js';
import './preview.css';

// custom-elements.json is generated from the classes' JSDoc (`npm run analyze`, run before every
// Storybook build). A glob rather than an import, so a fresh checkout still starts without it,
// only without the docs tables.
const manifests = import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifestForDocs(manifest));

const preview: Preview = {
  // Every element gets a docs page built from the manifest: attributes, properties, events, parts
  // and custom properties, with no hand-written tables.
  tags: ['autodocs'],
  // A custom property's value is CSS text ("#b83a0b", "2px"): a text field, not Storybook's JSON
  // editor, unless a story gives it another control.
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([key, t]) => [
          key,
          t.table?.category === 'css custom properties' && !t.control ? { ...t, control: { type: 'text' } } : t,
        ]),
      ),
  ],
  decorators: [withFrame],
  parameters: {
    // The accessibility addon runs axe on every story; a violation fails the story, not a warning.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    layout: 'padded',
  },
  globalTypes: {
    roleHubTheme: {
      description: 'Theme of every element (overrides the story)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'story', title: 'As the story says' },
          { value: 'light', title: 'light' },
          { value: 'dark', title: 'dark' },
          { value: 'auto', title: 'auto' },
        ],
        dynamicTitle: true,
      },
    },
    roleHubLocale: {
      description: 'Locale of every element (overrides the story)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [{ value: 'story', title: 'As the story says' }, ...LOCALES.map((l) => ({ value: l, title: l }))],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { roleHubTheme: 'story', roleHubLocale: 'story' },
};

export default preview;
