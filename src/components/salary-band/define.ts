import { defineElement } from '../shared/define-element.js';
import { SalaryBand } from './salary-band.js';

defineElement('salary-band', SalaryBand);

declare global {
  interface HTMLElementTagNameMap {
    'salary-band': SalaryBand;
  }
}

export { SalaryBand };
