/**
 * Counts live instances of each element class after a full garbage collection, through the
 * DevTools protocol (Runtime.queryObjects): an element that a framework unmounted but something
 * still references (a listener on window, a cache, a timer) stays alive and shows up here.
 */
import type { Page } from 'playwright-core';

export async function liveInstances(page: Page, tags: string[]): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    // Twice: the first pass can leave objects whose finalisers free others.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const counts: Record<string, number> = {};
    for (const tag of tags) {
      const proto = await cdp.send('Runtime.evaluate', { expression: `customElements.get(${JSON.stringify(tag)})?.prototype ?? null` });
      if (!proto.result.objectId) continue;
      const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
      const length = await cdp.send('Runtime.callFunctionOn', {
        objectId: found.objects.objectId!,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      counts[tag] = length.result.value as number;
    }
    return counts;
  } finally {
    await cdp.detach();
  }
}

/** Role-hub elements currently in the document, shadow roots included. */
export function connectedCount(page: Page, tags: string[]): Promise<number> {
  return page.evaluate((tags) => {
    let n = 0;
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (tags.includes(el.localName) && el.isConnected) n++;
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return n;
  }, tags);
}
