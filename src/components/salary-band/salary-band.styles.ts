import { css } from 'lit';

/*
 * Every block keeps the same room loading and ready: the sentence and the basis note hold their
 * lines at every width (more lines in narrower containers), the legend one line, each band row
 * one label line over one band, and there is a row for every level whatever the data holds.
 * Sizes are in em, so the host's font size (or --role-hub-font-size) scales the whole chart.
 */
export const salaryBandStyles = css`
  .summary {
    margin: 0 0 calc(var(--_spacing) * 0.25);
    min-height: var(--_row);
  }
  .summary .value {
    font-weight: 650;
  }
  .note {
    margin: 0 0 calc(var(--_spacing) * 0.5);
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.5;
    min-height: 1.5em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin: 0 0 calc(var(--_spacing) * 0.5);
    font-size: 0.8125em;
    line-height: 1.5;
    color: var(--_muted);
    min-height: 1.5em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    white-space: nowrap;
  }
  .key {
    width: 1.5em;
    height: 0.9em;
  }
  .median-key {
    width: 0.5em;
  }
  .too-few .band-label {
    color: var(--_muted);
  }
  .chart {
    margin: 0;
  }
  .band-svg {
    width: 100%;
    height: 1.75em;
  }
  .band {
    fill: var(--_muted);
  }
  .box {
    fill: var(--_accent);
  }
  .median {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .figures-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(8.5em, 100%), 1fr));
    gap: calc(var(--_spacing) / 2) var(--_spacing);
    margin-top: calc(var(--_spacing) * 0.75);
  }
  .figure {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .figure-label {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .figure-value {
    font-weight: 650;
  }
  .bands {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_spacing) / 4);
  }
  .band-label {
    margin: 0;
    font-size: 0.875em;
    line-height: 1.5;
    min-height: 1.5em;
  }
  .band-label .value {
    font-weight: 650;
  }
  /* The sentence and the basis note wrap to more lines as the container narrows; their room grows
     with them, so the loading state and every bundle take the same height. */
  @container (max-width: 720px) {
    .summary {
      min-height: calc(var(--_row) * 2);
    }
    .note {
      min-height: 3em;
    }
  }
  @container (max-width: 480px) {
    .heading {
      min-height: 2.6em;
    }
    .note {
      min-height: 4.5em;
    }
    .legend {
      min-height: 3em;
    }
  }
  /* A level's label ("Not stated · 125 000 $US median · 357 salaries") runs to about 17em: under
     22em it wraps instead of being cut, so no figure is cut short, and every row, loading or ready,
     keeps room for two lines. In em, so a large page font moves the switch with the text. */
  @container (width < 22em) {
    .band-label,
    .band-label.truncate {
      white-space: normal;
      overflow: visible;
      min-height: 3em;
    }
  }
  @container (max-width: 300px) {
    .summary {
      min-height: calc(var(--_row) * 3);
    }
    .note {
      min-height: 7.5em;
    }
    .legend {
      min-height: 4.5em;
    }
  }
`;
