// custom-elements.json from the source's JSDoc (`npm run analyze`; the build runs it too).
// Storybook's controls and docs/api.md (scripts/api-docs.js) read it.

/** The detail types of role-hub's events (src/components/shared/events.ts), which JSDoc `@fires` cannot carry. */
const eventTypes = {
  'role-hub-load': 'CustomEvent<RoleHubLoadDetail>',
  'role-hub-error': 'CustomEvent<RoleHubErrorDetail>',
  'role-hub-select': 'CustomEvent<RoleHubSelectDetail>',
};

/**
 * Shapes the manifest for the people who read it: the public API only (private and protected
 * members are implementation, and Storybook would otherwise offer them as controls), and each
 * event with its detail type.
 */
function publicApi() {
  return {
    name: 'role-hub-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#'));
          for (const event of decl.events ?? []) {
            if (!event.type && eventTypes[event.name]) event.type = { text: eventTypes[event.name] };
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApi()],
};
