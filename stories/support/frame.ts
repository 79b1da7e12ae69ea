/**
 * The frame every story renders in: a box of the story's width (`frameWidth` arg, e.g. 320 for a
 * phone column) on a plain or dark page. It also tells the Storybook smoke test which state the
 * story is meant to end in (`data-expect`: ready, loading, error or empty), so the test waits for
 * that state instead of guessing from the story's name.
 */
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Decorator } from '@storybook/web-components-vite';

export type ExpectedState = 'ready' | 'loading' | 'error' | 'empty';

/** Story parameters read by the frame. */
export interface FrameParameters {
  /** The state the story ends in; 'ready' when unset. */
  expect?: ExpectedState;
  /** 'dark' puts the element on a dark page (`color-scheme: dark`), themed or not. */
  page?: 'plain' | 'dark';
}

export const withFrame: Decorator = (story, { args, parameters }) => {
  const frame = (parameters.roleHub ?? {}) as FrameParameters;
  const width = typeof args.frameWidth === 'number' && args.frameWidth > 0 ? `${args.frameWidth}px` : undefined;
  return html`<div
    class="role-hub-story-frame"
    data-expect=${frame.expect ?? 'ready'}
    data-page=${frame.page ?? nothing}
    style=${styleMap({ inlineSize: width })}
  >
    ${story()}
  </div>`;
};
