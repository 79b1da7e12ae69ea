/**
 * One template for every element: a story's args are spread onto the element the way a page author
 * would write them. Attributes from the manifest become attributes (so "Show code" reads like HTML),
 * objects (`data`, `index`) become properties, `--role-hub-*` args become custom properties on the
 * element, and the `on…` actions Storybook makes from the manifest's events become listeners.
 */
import type { ArgTypes, Args, StoryContext } from '@storybook/web-components-vite';

type Globals = StoryContext['globals'];

/** Args that shape the story's frame, not the element. */
export const FRAME_ARGS = new Set(['frameWidth']);

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The toolbar's theme and locale, when set, win over the story's own. */
export function globalOverrides(globals: Globals): Args {
  const out: Args = {};
  if (globals.roleHubTheme && globals.roleHubTheme !== 'story') out.theme = globals.roleHubTheme;
  if (globals.roleHubLocale && globals.roleHubLocale !== 'story') out.locale = globals.roleHubLocale;
  return out;
}

export function applyArgs(el: HTMLElement, args: Args, argTypes: ArgTypes = {}): void {
  for (const [key, value] of Object.entries(args)) {
    if (FRAME_ARGS.has(key) || value === undefined || value === null || value === '') continue;
    if (key.startsWith('--')) {
      el.style.setProperty(key, String(value));
    } else if (typeof value === 'function') {
      // onRoleHubSelect → role-hub-select
      if (/^on[A-Z]/.test(key)) el.addEventListener(kebab(key.slice(2)).slice(1), value as EventListener);
    } else if (typeof value === 'object') {
      (el as unknown as Record<string, unknown>)[key] = value;
    } else if (argTypes[key]?.table?.category === 'properties') {
      (el as unknown as Record<string, unknown>)[key] = value;
    } else if (typeof value === 'boolean') {
      el.toggleAttribute(kebab(key), value);
    } else {
      el.setAttribute(kebab(key), String(value));
    }
  }
}

/** The render function for `tag`'s stories. */
export function renderElement(tag: string) {
  return (args: Args, { argTypes, globals }: { argTypes: ArgTypes; globals: Globals }): HTMLElement => {
    const el = document.createElement(tag);
    applyArgs(el, { ...args, ...globalOverrides(globals) }, argTypes);
    return el;
  };
}
