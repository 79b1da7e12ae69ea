/**
 * Country names English gives "the": those naming a kind of state or a group ("the United
 * States", "the Czech Republic", "the Solomon Islands") and a few plurals and customs ("the
 * Netherlands", "the Gambia"). A name already starting with "the" keeps its own.
 */
const WITH_THE = /\b(?:States|Kingdom|Republic|Emirates|Federation|Islands|Union|Netherlands|Philippines|Bahamas|Gambia|Maldives)\b/i;

/** "in the United States", "in Germany": where a market's listings are, in a sentence. */
export function inMarket(name: string): string {
  return `in ${WITH_THE.test(name) && !/^the /i.test(name) ? 'the ' : ''}${name}`;
}
