import { css } from 'lit';

/*
 * Two lines per skill on a fixed grid: rank, name and median on the first, the sample size,
 * difference and confidence on the second. The name truncates (full text kept in the DOM); the
 * detail line may wrap at narrow widths rather than hide the "low confidence" mark.
 */
export const skillPayStyles = css`
  .rows {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }
  .row {
    display: grid;
    grid-template-columns: 1.75em minmax(0, 1fr) auto;
    align-items: baseline;
    column-gap: calc(var(--_spacing) / 2);
  }
  .rank {
    text-align: end;
  }
  .name {
    display: block;
    justify-self: start;
    max-width: 100%;
    font-weight: 600;
  }
  button.name:hover {
    text-decoration: underline;
  }
  .median {
    text-align: end;
    white-space: nowrap;
    font-weight: 650;
  }
  /* The detail line is muted except its difference: a rise or fall colour mixes with the colour it
     sits in, and mixed with muted (translucent) text it would fall under 4.5:1. */
  .detail {
    grid-column: 2 / 4;
    font-size: 0.875em;
    color: var(--_text);
    min-height: calc(var(--_row) * 0.875);
  }
  /* Under 32em the detail (sample size, difference, the median without the skill and its
     listings, "low confidence") wraps onto a second line in most rows, and under 16em onto a third
     when the row is marked. Every row keeps those lines there, loading or ready, so nothing moves
     when the figures arrive; role-hub-loading.css holds the same. */
  @container (width < 32em) {
    .detail {
      min-height: 3em; /* two lines at the 1.5 line height */
    }
  }
  @container (width < 16em) {
    .detail {
      min-height: 4.5em;
    }
  }
  .count,
  .count-without,
  .delta:not(.up, .down) {
    color: var(--_muted);
  }
  /* The difference may wrap between its figure and "vs. … without" in the narrowest columns; a
     count stays whole, so "(157 listings)" never splits from its noun. */
  .low,
  .count,
  .count-without {
    white-space: nowrap;
  }
  .delta.up {
    color: var(--_positive);
  }
  .delta.down {
    color: var(--_negative);
  }
  .low {
    font-weight: 650;
    color: var(--_text);
  }
  .rank .skeleton,
  .median .skeleton {
    width: 4em;
  }
  .rank .skeleton {
    width: 1em;
  }
  .name .skeleton {
    width: 8em;
    max-width: 100%;
  }
  .skeleton.short {
    width: 14em;
    max-width: 100%;
  }
  .note {
    margin: calc(var(--_spacing) * 0.75) 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }

  /* The intro names the minimum matches only once the bundle is in, which can add a line: reserve it. */
  @container (max-width: 800px) {
    .intro {
      min-height: calc(var(--_row) * 2);
    }
  }
  @container (max-width: 400px) {
    .intro {
      min-height: calc(var(--_row) * 3);
    }
    .row {
      grid-template-columns: 1.5em minmax(0, 1fr) auto;
      column-gap: calc(var(--_spacing) / 3);
    }
  }
`;
