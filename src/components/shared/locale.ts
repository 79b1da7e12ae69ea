/**
 * The locale an element formats in: its own `locale` attribute, else the nearest `lang` in the
 * page (crossing shadow roots), else the browser's language.
 */
export function resolveLocale(el: Element, explicit: string | null | undefined): string {
  const candidates = [explicit, nearestLang(el), globalThis.navigator?.language, 'en-US'];
  for (const c of candidates) {
    if (c && isSupported(c)) return c;
  }
  return 'en-US';
}

function nearestLang(el: Element): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

// Asked on every render of every widget, and slow to answer: remember each locale's answer.
const supported = new Map<string, boolean>();

function isSupported(locale: string): boolean {
  let ok = supported.get(locale);
  if (ok === undefined) {
    try {
      ok = Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
    } catch {
      ok = false;
    }
    supported.set(locale, ok);
  }
  return ok;
}
