/**
 * The "Show code" snippet on the docs pages: the element as a page author writes it. The story's
 * frame is dropped, the slug the element keeps in `data-role` goes back to `role` (where an author
 * puts it), and a bundle passed through the `data` property, which HTML cannot show, is named in a
 * comment.
 */
import type { StoryContext } from '@storybook/web-components-vite';

export function sourceSnippet(code: string, { args }: Pick<StoryContext, 'args'>): string {
  // Storybook may pass a snippet through twice (when it is made, and when it is shown).
  if (code.startsWith('<!-- The ')) return code;
  const element = code
    .replace(/^\s*<div class="role-hub-story-frame"[^>]*>\s*/, '')
    .replace(/\s*<\/div>\s*$/, '')
    .replace(/^ {2}/gm, '')
    .replace(/ data-role="/g, ' role="');
  const slug = (args.data as { role?: { slug?: unknown } } | null | undefined)?.role?.slug;
  if (typeof slug !== 'string') return element;
  return `<!-- The ${slug} bundle is set as the element's data property; on a page, role="${slug}" with src="<stats folder>" loads it. -->\n${element}`;
}
