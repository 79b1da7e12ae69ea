/**
 * The locale an element formats in: its own `locale` attribute, else the nearest `lang` in the
 * page (crossing shadow roots), else the browser's language, else en-US.
 */
export function resolveLocale(el: Element, explicit: string | null | undefined): string {
  return [explicit, nearestLang(el), globalThis.navigator?.language].find((c) => c && isSupported(c)) ?? 'en-US';
}

function nearestLang(el: Element): string | null {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    const lang = (node as Element).getAttribute?.('lang');
    if (lang) return lang;
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
