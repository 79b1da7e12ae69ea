/**
 * Where a reader sees text: the boxes of every visible text run in an element, through nested
 * shadow roots, clipped the way the browser clips them (a truncated name only occupies the room its
 * box gives it). Used to prove that no two labels overlap at a given width.
 */

export interface TextBox {
  text: string;
  /** Which text run the box belongs to: a run's own line boxes (or an ellipsis) are not an overlap. */
  run: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The visible part of `rect` after every clipping ancestor (overflow other than visible) up to `stop`. */
function clip(rect: DOMRect, from: Element, stop: Element): TextBox | null {
  let { left, top, right, bottom } = rect;
  for (let el: Element | null = from; el && el !== stop; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null) {
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      const box = el.getBoundingClientRect();
      if (style.overflowX !== 'visible') {
        left = Math.max(left, box.left);
        right = Math.min(right, box.right);
      }
      if (style.overflowY !== 'visible') {
        top = Math.max(top, box.top);
        bottom = Math.min(bottom, box.bottom);
      }
    }
  }
  return right - left > 0.5 && bottom - top > 0.5 ? { text: '', run: 0, left, top, right, bottom } : null;
}

/** True when nothing of `el` can be seen: not rendered, invisible, or the 1 px visually-hidden clip. */
function unseen(el: Element): boolean {
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
  return el.closest('.visually-hidden') !== null;
}

/** Every visible text run's boxes (one per line it takes) in `host`, its shadow root and nested ones. */
export function textBoxes(host: Element): TextBox[] {
  const out: TextBox[] = [];
  let run = 0;
  const walk = (node: Node) => {
    if (node instanceof Text && node.data.trim() && node.parentElement && !unseen(node.parentElement)) {
      run += 1;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const box = clip(rect, node.parentElement, host);
        if (box) out.push({ ...box, run, text: node.data.trim() });
      }
    }
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement || node instanceof HTMLTemplateElement) return;
    if (node instanceof HTMLDetailsElement && !node.open) {
      const summary = node.querySelector('summary');
      if (summary) walk(summary);
      return;
    }
    const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(walk);
  };
  walk(host);
  return out;
}

/** Pairs of boxes that overlap by more than `tolerance` px both ways, described for a failure message. */
export function overlaps(boxes: TextBox[], tolerance = 1): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.run === b.run) continue;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > tolerance && y > tolerance) found.push(`“${a.text}” and “${b.text}” overlap by ${x.toFixed(1)} × ${y.toFixed(1)} px`);
    }
  }
  return found;
}
