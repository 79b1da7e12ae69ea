/** HTML for test pages: every shipped element, the way a page author writes them. */

export interface PageOptions {
  head?: string;
  /** Attributes added to every element, e.g. `src="/dist/stats/"`. */
  attrs?: string;
  body?: string;
  /** Wraps the widgets (default: a plain div). */
  wrap?: (widgets: string) => string;
  lang?: string;
}

/** One element of each tag for the backend-engineer role. */
export function widgetsFor(tags: string[], attrs = ''): string {
  return tags.map((tag) => `<${tag} role="backend-engineer"${attrs ? ` ${attrs}` : ''}></${tag}>`).join('\n');
}

export function htmlPage(tags: string[], options: PageOptions = {}): string {
  const widgets = widgetsFor(tags, options.attrs);
  return `<!doctype html>
<html lang="${options.lang ?? 'en-US'}">
<head>
<meta charset="utf-8">
<title>role-hub test page</title>
${options.head ?? ''}
</head>
<body>
${options.body ?? ''}
${options.wrap ? options.wrap(widgets) : `<div id="widgets">${widgets}</div>`}
</body>
</html>`;
}
