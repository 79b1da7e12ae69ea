import { defineElement } from '../shared/define-element.js';
import { SkillPay } from './skill-pay.js';

defineElement('skill-pay', SkillPay);

declare global {
  interface HTMLElementTagNameMap {
    'skill-pay': SkillPay;
  }
}

export { SkillPay };
