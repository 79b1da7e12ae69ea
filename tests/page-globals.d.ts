/**
 * What the test and benchmark pages put on `window` for the Node side to read back through
 * `page.evaluate` (bench/page/measure.js, the CSP page's violation log, the framework hosts).
 */
declare global {
  interface Window {
    /** bench/page/measure.js: layout shifts, long tasks and when every widget had rendered. */
    __bench: {
      cls: number;
      shifts: { value: number; at: number; sources: string[] }[];
      longTasks: { at: number; duration: number }[];
      allRendered: number | null;
    };
    /** The CSP page: each securitypolicyviolation, as "directive blocked-uri". */
    __violations: string[];
    /** The twice-loaded page: how often each element reported a load. */
    __loads: Map<Element, number>;
    /** A framework host page (React, Vue): mounts and unmounts its widgets, or defines them late. */
    host: { mount(): void; unmount(): void; define(): void };
    /** The shim-geometry page: the npm copy's exports. */
    npmCopy?: Record<string, unknown>;
    /** bench/page/chartjs.ts: draws the Chart.js version of the salary band. */
    drawSalaryBandChart(canvas: HTMLCanvasElement, pay: unknown, locale: string): unknown;
  }
}
export {};
