import { defineElement } from '../shared/define-element.js';
import { CareerPath } from './career-path.js';

defineElement('career-path', CareerPath);

declare global {
  interface HTMLElementTagNameMap {
    'career-path': CareerPath;
  }
}

export { CareerPath };
