import { css } from 'lit';

export const roleFaqStyles = css`
  /* The heading names the role ("Machine Learning Engineer career FAQ", 23–36 characters of bold
     text): in a narrow widget it keeps two lines for every role, so the loading height does not
     depend on the role and the loading stylesheet (role-hub-loading.css) can hold it. */
  @container (width < 24em) {
    .heading {
      min-height: 2.6em;
    }
  }
  .faq {
    display: grid;
  }
  .item {
    border-bottom: 1px solid var(--_border);
  }
  .item:first-child {
    border-top: 1px solid var(--_border);
  }
  .question {
    display: block;
    padding: calc(var(--_spacing) / 2) 0;
    font-weight: 650;
  }
  /* Questions run to 35–50 characters of bold text; the second, about the skills, is the longest.
     Where they wrap, the placeholder keeps their room so they do not push the page down. */
  @container (max-width: 420px) {
    .item:nth-child(2) .question {
      min-height: calc(var(--_row) * 2 + var(--_spacing));
    }
  }
  @container (max-width: 330px) {
    .question {
      min-height: calc(var(--_row) * 2 + var(--_spacing));
    }
  }
  summary.question {
    display: list-item;
    cursor: pointer;
  }
  summary.question:hover {
    color: var(--_accent);
  }
  .answer {
    margin: 0 0 calc(var(--_spacing) * 0.75);
  }
  .skeleton {
    width: 70%;
  }
`;
