import { css } from 'lit';

/*
 * Steps are a numbered column beside the copy. The title reserves one line and the body as many
 * lines as typical path copy (130–210 characters) takes at the widget's width, so the loading
 * skeleton (the same boxes) takes the ready height for copy that fits them; longer copy grows the
 * step rather than being cut off.
 */
export const careerPathStyles = css`
  .steps {
    display: grid;
    gap: calc(var(--_spacing) * 0.75);
  }
  .step {
    display: grid;
    grid-template-columns: 2em minmax(0, 1fr);
    column-gap: calc(var(--_spacing) * 0.75);
    align-items: start;
  }
  .number {
    display: grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    color: var(--_text);
    font-weight: 650;
    line-height: 1;
  }
  .title {
    margin: 0;
    min-height: var(--_row);
    font-size: 1em;
    font-weight: 650;
    line-height: 1.5;
  }
  .body {
    margin: 0;
    min-height: calc(var(--_row) * 2);
  }
  .body .value {
    font-weight: 650;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_spacing) / 3);
    margin-top: calc(var(--_spacing) / 2);
  }
  .chips > li {
    display: flex;
    max-width: 100%;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    height: 2em;
    max-width: 100%;
    padding: 0 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
    line-height: 1;
  }
  button.chip:hover {
    border-color: var(--_accent);
  }
  .chip-label {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .chips .skeleton {
    width: 4.5em;
    height: 2em;
    font-size: 0.875em;
    border-radius: 999px;
  }
  .skeleton.title-line {
    width: 45%;
  }
  .skeleton.short {
    width: 70%;
  }

  @container (max-width: 760px) {
    .body {
      min-height: calc(var(--_row) * 3);
    }
  }
  @container (max-width: 560px) {
    .body {
      min-height: calc(var(--_row) * 4);
    }
  }
  @container (max-width: 420px) {
    .body {
      min-height: calc(var(--_row) * 5);
    }
  }
  @container (max-width: 330px) {
    .body {
      min-height: calc(var(--_row) * 6);
    }
  }

  @container (max-width: 400px) {
    .step {
      grid-template-columns: 1.75em minmax(0, 1fr);
      column-gap: calc(var(--_spacing) / 2);
    }
    .number {
      width: 1.75em;
      height: 1.75em;
    }
    /* Five skill chips wrap to a second row here, or not, by the length of their names: keep room
       for two rows either way. */
    .chips {
      align-content: flex-start;
      min-height: calc(3.5em + var(--_spacing) / 3);
    }
  }

  @media (forced-colors: active) {
    .number,
    .chip {
      border-color: CanvasText;
    }
  }
`;
