/**
 * Writes JSON-LD into a `<script type="application/ld+json">` on pages that enforce Trusted Types
 * (`require-trusted-types-for 'script'`), where setting a script's text needs a TrustedScript.
 *
 * The policy is named 'role-hub' so a page can allow it by name (`trusted-types role-hub`). It is
 * created once, the first time it is needed, so pages that never ask for JSON-LD never see it. If
 * the page forbids it, the JSON-LD is skipped with a warning: structured data is an extra, and
 * failing to add it must not break the widget or throw into the page.
 */

interface ScriptPolicy {
  createScript(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript: (input: string) => string }): ScriptPolicy;
}

export const POLICY_NAME = 'role-hub';

/** undefined: not tried yet; null: the page refused it. */
let policy: ScriptPolicy | null | undefined;

function scriptPolicy(factory: TrustedTypesFactory): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  try {
    // Only JSON that faqJsonLd() escaped ever passes through here; it is data, never run.
    policy = factory.createPolicy(POLICY_NAME, { createScript: (input) => input });
  } catch (error) {
    policy = null;
    console.warn(`role-hub: the page's Trusted Types policy does not allow a '${POLICY_NAME}' policy, so no FAQ JSON-LD is added.`, error);
  }
  return policy;
}

/**
 * Sets `script`'s text to `json`, through the Trusted Types policy where the browser has Trusted
 * Types. Returns false (and leaves the script empty) when that is not possible.
 */
export function setScriptJson(script: HTMLScriptElement, json: string): boolean {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    if (!factory) {
      script.textContent = json;
      return true;
    }
    const p = scriptPolicy(factory);
    if (!p) return false;
    // A TrustedScript is accepted wherever the DOM takes script text.
    script.textContent = p.createScript(json) as string;
    return true;
  } catch (error) {
    console.warn('role-hub: the FAQ JSON-LD could not be added.', error);
    return false;
  }
}
