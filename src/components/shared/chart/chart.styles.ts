import { css } from 'lit';

/**
 * Styles shared by the chart sections: axis, marks, the figures table, and forced-colours rules
 * (system colours replace every SVG fill and stroke, so marks stay visible in high contrast).
 */
export const chartStyles = css`
  svg {
    display: block;
    overflow: visible;
  }
  .axis {
    width: 100%;
    height: 1.5em;
    margin-top: 0.125em;
  }
  .tick,
  .grid {
    stroke: var(--_border);
  }
  .axis {
    --_tick: 0.8125em;
  }
  .tick-label {
    fill: var(--_muted);
    font-size: var(--_tick);
    font-variant-numeric: tabular-nums;
  }
  /* Ranked labels give way as the chart narrows, so they never touch: under the width axis.ts
     works out they need (in em, so a large page font moves it), a label's size becomes 0. The
     chart is the element's width less a card's inset. */
  .minor {
    font-size: clamp(0px, (100cqw - var(--_inset, 0px) - var(--_half)) * 1000, var(--_tick));
  }
  .minor2 {
    font-size: clamp(0px, (100cqw - var(--_inset, 0px) - var(--_quarter)) * 1000, var(--_tick));
  }
  .figures {
    margin-top: calc(var(--_spacing) / 2);
    min-height: var(--_row);
    font-size: 0.875em;
  }
  .figures summary {
    cursor: pointer;
    color: var(--_muted);
    width: fit-content;
  }
  .skeleton.short {
    width: 10em;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    margin-top: calc(var(--_spacing) / 4);
  }
  th,
  td {
    padding: 2px 12px 2px 0;
    text-align: end;
    white-space: nowrap;
    font-weight: 400;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  thead th {
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
  }
  @media (forced-colors: active) {
    .band {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .box {
      fill: Highlight;
    }
    .median,
    .tick,
    .grid {
      stroke: CanvasText;
    }
    .tick-label {
      fill: CanvasText;
    }
  }
`;
