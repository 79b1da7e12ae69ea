import { css } from 'lit';

/*
 * One row per skill on a four-column grid, so the bars line up for comparison and the loading
 * skeleton (same grid, same min-height) takes exactly the ready height. The name truncates on one
 * line rather than wrapping, which keeps every row one line tall at any width. Each cell names its
 * column, and the rank's column is sized by the rank itself: hiding ::part(rank) frees its room
 * for the name instead of sliding every cell one column left.
 */
export const skillRankingStyles = css`
  /* The rows share one set of columns (subgrid), so the bars line up and the name column is as
     wide as the longest name, up to a cap. */
  .rows {
    display: grid;
    grid-template-columns: [rank] auto [name] fit-content(9em) [bar] minmax(2em, 1fr) [share] auto;
    column-gap: calc(var(--_spacing) / 2);
    row-gap: calc(var(--_spacing) / 4);
  }
  .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
    min-height: var(--_row);
  }
  .row > :nth-child(1) {
    grid-column: rank;
    min-width: 1.75em;
  }
  .row > :nth-child(2) {
    grid-column: name;
  }
  .row > :nth-child(3) {
    grid-column: bar;
  }
  .row > :nth-child(4) {
    grid-column: share;
    min-width: 3.5em;
  }
  .rank {
    text-align: end;
  }
  .name {
    display: block;
    justify-self: start;
    max-width: 100%;
  }
  button.name:hover {
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
  /* The loading rows take the ready rows' columns: a name-wide stand-in holds the name column. */
  .row > .skeleton:nth-child(2) {
    width: 6.5em;
  }

  @container (max-width: 400px) {
    .rows {
      grid-template-columns: [rank] auto [name] fit-content(6.5em) [bar] minmax(1.5em, 1fr) [share] auto;
      column-gap: calc(var(--_spacing) / 3);
    }
    .row > :nth-child(1) {
      min-width: 1.5em;
    }
    .row > :nth-child(4) {
      min-width: 3.25em;
    }
  }

  /* Narrower still (a phone with a large page font, a thin sidebar): the bar gives its room to the
     name, and the share beside it still says how large each is. */
  @container (width < 16em) {
    .rows {
      grid-template-columns: [rank] auto [name] minmax(0, 1fr) [bar] 0 [share] auto;
    }
    .row > :nth-child(3) {
      display: none;
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
  /* Under 20.7em the note's loading stand-ins ("00,000") wrap it to two lines, as the loading
     stylesheet holds; it keeps them when its counts are short enough for one, so nothing moves up
     when the data arrives. */
  @container (width < 20.7em) {
    .note {
      min-height: 3em;
    }
  }
`;
