import { defineElement } from '../shared/define-element.js';
import { RoleFaq } from './role-faq.js';

defineElement('role-faq', RoleFaq);

declare global {
  interface HTMLElementTagNameMap {
    'role-faq': RoleFaq;
  }
}

export { RoleFaq };
export type { FaqEntry } from './faq-answers.js';
