import { defineElement } from '../shared/define-element.js';
import { SeniorityBreakdown } from './seniority-breakdown.js';

defineElement('seniority-breakdown', SeniorityBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'seniority-breakdown': SeniorityBreakdown;
  }
}

export { SeniorityBreakdown };
