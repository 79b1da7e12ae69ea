/**
 * The locale an element formats in: its own `locale` attribute, else the nearest `lang` in the
 * page (crossing shadow roots), else the browser's language, else en-US.
 *
 * Asked on every render of every widget, so each step runs only when the one before gave no
 * supported locale: an element with its own locale (every section inside a hub) never walks the
 * page, and each locale's support is asked of Intl once.
 */
export function resolveLocale(el: Element, explicit: string | null | undefined): string {
  if (explicit && isSupported(explicit)) return explicit;
  const lang = nearestLang(el);
  if (lang && isSupported(lang)) return lang;
  const browser = globalThis.navigator?.language;
  return browser && isSupported(browser) ? browser : 'en-US';
}

function nearestLang(el: Element): string | null {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    const lang = (node as Element).getAttribute?.('lang');
    if (lang) return lang;
  }
  return null;
}

/**
 * Each locale's answer, asked once. (The first Intl call of a page also loads the browser's locale
 * data, ~20 ms once; whichever Intl call comes first pays it, so a profile shows it here.)
 */
const supported = new Map<string, boolean>();

function isSupported(locale: string): boolean {
  let ok = supported.get(locale);
  if (ok === undefined) {
    try {
      ok = Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
    } catch {
      ok = engineAccepts(locale);
    }
    supported.set(locale, ok);
  }
  return ok;
}

/**
 * Whether the engine's own formatting (what format.ts falls back to on a page that removed or
 * broke `Intl`) takes `locale`: any well-formed tag, since it cannot say which it lacks.
 */
function engineAccepts(locale: string): boolean {
  try {
    (0).toLocaleString(locale);
    return true;
  } catch {
    return false;
  }
}
