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
          if (decl.members)
            decl.members = decl.members.filter(
              (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#'),
            );
          for (const event of decl.events ?? []) {
            if (!event.type && eventTypes[event.name]) event.type = { text: eventTypes[event.name] };
          }
        }
      }
    },
  };
}

/**
 * A default written as a named constant (`this.limit = DEFAULT_LIMIT`) reads as that name in the
 * manifest; readers want the value. Constants with a literal value in the same module are
 * substituted (`8` rather than `DEFAULT_LIMIT`).
 */
function literalDefaults() {
  const constants = new Map(); // module path → Map(name → literal text)
  return {
    name: 'role-hub-literal-defaults',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.SourceFile) return;
      const found = new Map();
      for (const statement of node.statements) {
        if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
        for (const d of statement.declarationList.declarations) {
          const init = d.initializer;
          const literal =
            init &&
            (ts.isNumericLiteral(init) ||
              ts.isStringLiteral(init) ||
              (ts.isPrefixUnaryExpression(init) && ts.isNumericLiteral(init.operand)));
          if (literal && ts.isIdentifier(d.name)) found.set(d.name.text, init.getText());
        }
      }
      constants.set(moduleDoc.path, found);
    },
    moduleLinkPhase({ moduleDoc }) {
      const found = constants.get(moduleDoc.path);
      if (!found?.size) return;
      for (const decl of moduleDoc.declarations ?? []) {
        for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
          if (item.default && found.has(item.default)) item.default = found.get(item.default);
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
  // package.json's customElements field is written by hand; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [literalDefaults(), publicApi()],
};
