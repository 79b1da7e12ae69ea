// Loaded first on every bench page (before any widget or library script): records layout shifts
// and long tasks from the very start (observers are also `buffered`), and the moment every
// role-hub widget on the page, nested ones included, shows data instead of its loading state.
window.__bench = { cls: 0, shifts: [], longTasks: [], allRendered: null };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    window.__bench.cls += e.value;
    window.__bench.shifts.push({
      value: e.value,
      at: e.startTime,
      sources: (e.sources || []).map((s) => (s.node && (s.node.localName || s.node.nodeName)) || '?'),
    });
  }
}).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__bench.longTasks.push({ at: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

(function watch() {
  const widgets = [...document.querySelectorAll('[data-bench]')];
  const busy = (el) =>
    !el.shadowRoot ||
    el.shadowRoot.querySelector('[part~="loading"]') ||
    [...el.shadowRoot.querySelectorAll('*')].some((c) => c.localName.includes('-') && busy(c));
  if (document.readyState !== 'loading' && widgets.length > 0 && !widgets.some(busy)) {
    window.__bench.allRendered = performance.now();
    return;
  }
  requestAnimationFrame(watch);
})();
