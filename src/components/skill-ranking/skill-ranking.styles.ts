import { css } from 'lit';

/*
 * One row per skill on a fixed four-column grid, so the bars line up for comparison and the loading
 * skeleton (same grid, same min-height) takes exactly the ready height. The name truncates on one
 * line rather than wrapping, which keeps every row one line tall at any width.
 */
export const skillRankingStyles = css`
  .rows {
    display: grid;
    gap: calc(var(--_spacing) / 4);
  }
  .row {
    display: grid;
    grid-template-columns: 1.75em minmax(0, 9em) minmax(2em, 1fr) 3.5em;
    align-items: center;
    column-gap: calc(var(--_spacing) / 2);
    min-height: var(--_row);
  }
  .rank {
    text-align: end;
  }
  .name {
    display: block;
    justify-self: start;
    max-width: 100%;
  }
  .name:hover {
    text-decoration: underline;
  }
  .bar {
    display: block;
    width: 100%;
    height: 0.625em;
    overflow: visible;
  }
  .fill {
    fill: var(--_accent);
  }
  .share {
    text-align: end;
    white-space: nowrap;
  }
  .skeleton.short {
    width: 60%;
  }

  @container (max-width: 400px) {
    .row {
      grid-template-columns: 1.5em minmax(0, 6.5em) minmax(1.5em, 1fr) 3.25em;
      column-gap: calc(var(--_spacing) / 3);
    }
  }

  @media (forced-colors: active) {
    .fill {
      fill: Highlight;
    }
  }
  .note {
    margin: calc(var(--_spacing) * 0.75) 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* Stands in for a figure in the loading state's note: takes its room, shows nothing. */
  .placeholder {
    visibility: hidden;
  }
`;
