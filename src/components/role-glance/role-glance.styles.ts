import { css } from 'lit';

export const roleGlanceStyles = css`
  .facts {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }
  .fact {
    position: relative;
    padding-inline-start: 1.1em;
    min-height: calc(var(--_row) * 2);
  }
  /* The count and pay sentences run to about 110 characters, the role's fit to about 80: in a
     narrow widget each wraps to three lines, and to four in the narrowest. The placeholder keeps
     that room so the facts arriving do not push the page down. */
  @container (max-width: 420px) {
    .fact {
      min-height: calc(var(--_row) * 3);
    }
  }
  @container (max-width: 290px) {
    .fact {
      min-height: calc(var(--_row) * 4);
    }
  }
  .fact::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    top: 0.6em;
    width: 0.4em;
    height: 0.4em;
    border-radius: 50%;
    background: var(--_accent);
  }
  .value {
    font-weight: 650;
  }
`;
