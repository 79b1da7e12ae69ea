import { css } from 'lit';

export const salaryBandStyles = css`
  /* Two lines kept at every width: the sentence names the salaries' count and basis, and wraps
     early in a sidebar; the loading state keeps the same room. */
  .summary {
    margin: 0 0 calc(var(--_spacing) * 0.75);
    min-height: calc(var(--_row) * 2);
  }
  .summary .value {
    font-weight: 650;
  }
  .note {
    margin: calc(var(--_spacing) * -0.5) 0 calc(var(--_spacing) * 0.75);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .too-few .band-label {
    color: var(--_muted);
  }
  .chart {
    margin: 0;
  }
  .band-svg {
    height: 28px;
  }
  .band {
    fill: color-mix(in srgb, var(--_accent) 35%, transparent);
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
    grid-template-columns: repeat(3, minmax(0, 1fr));
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
    gap: calc(var(--_spacing) / 2);
  }
  .band-label {
    margin: 0;
    font-size: 0.875em;
  }
  .band-label .value {
    font-weight: 650;
  }
  /* Below this width the figure-bearing heading and summary wrap to two lines in the ready state;
     reserving both lines keeps the loading state the same height. */
  @container (max-width: 480px) {
    .heading {
      min-height: 2.6em;
    }
    .summary {
      min-height: calc(var(--_row) * 2);
    }
  }
  @container (max-width: 400px) {
    .figures-list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
`;
