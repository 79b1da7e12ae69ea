// Small build plugins for the library builds.
import ts from 'typescript';

/**
 * In the classic (IIFE) build there is no `import.meta`. The library finds its `stats/` folder beside
 * its own script file, so src/components/shared/library-url.ts must read the script's URL instead:
 * `document.currentScript.src`, which is set while a classic script runs its top level (the module
 * is evaluated then, once). Falls back to the page's base URL when read some other way.
 */
export function classicScriptUrl() {
  const expression =
    '((typeof document != "undefined" && document.currentScript && document.currentScript.src) || (typeof document != "undefined" ? document.baseURI : ""))';
  return {
    name: 'role-hub:classic-script-url',
    transform(code, id) {
      if (!/[\\/]components[\\/]shared[\\/]library-url\.ts$/.test(id)) return null;
      if (!code.includes('import.meta.url')) this.error('library-url.ts no longer reads import.meta.url; update scripts/build/plugins.js');
      return { code: code.replaceAll('import.meta.url', expression), map: null };
    },
  };
}

/**
 * The one-file scripts in ASCII. A classic script takes its page's encoding when neither the
 * server nor the page names one, and that is windows-1252 in most browsers, which reads "–" as
 * "â€“". So every other character is written as its \u escape, which stands for the same
 * character in a string, a template, a regular expression or an identifier. After minifying, so
 * that no minifier writes the characters back.
 */
export function asciiOnly() {
  const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return {
    name: 'role-hub:ascii-only',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = file.code.replace(/[^\0-\x7f]/g, escape);
    },
  };
}

const collapse = {
  // Between tags and inside text a run of whitespace reads as one space (the elements use no
  // `white-space: pre`), so a run that spans lines becomes one space.
  html: (text) => text.replace(/[ \t]*\r?\n\s*/g, ' '),
  svg: (text) => text.replace(/[ \t]*\r?\n\s*/g, ' '),
  // CSS: comments go, whitespace runs become one space, spaces next to { } ; and the > ~
  // combinators go (neither is an operator in values; + is, in calc(), so it is left alone), and
  // so do spaces after : and , (a colon in a selector is never followed by a space, and neither a
  // selector list nor a value list needs one after its comma), the last ; of a block, the space
  // before !important and the 0 of 0.5.
  // Quoted strings (`content: ', '`) are left exactly as written. Comments and strings are found in
  // one left-to-right pass, so a quote inside a comment (an apostrophe in prose) starts no string
  // and a comment marker inside a string starts no comment. A comment leaves nothing behind, as
  // in CSS itself (`.a/**/.b` is the selector `.a.b`).
  css: (text) => {
    const uncommented = cssPieces(text, (piece) => (piece.startsWith('/*') ? '' : piece));
    return cssPieces(uncommented, (quoted) => quoted, tightenCss);
  },
};

/** CSS text with its comments and quoted strings passed to `special`, and the rest to `plain`. */
function cssPieces(text, special, plain = (code) => code) {
  return text
    .split(/(\/\*[\s\S]*?\*\/|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/)
    .map((piece, i) => (i % 2 === 1 ? special(piece) : plain(piece)))
    .join('');
}

/** The whitespace and separator rules above, for CSS with no comment or quoted string in it. */
function tightenCss(code) {
  return code
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};>~]) ?/g, '$1')
    .replace(/([:,]) +/g, '$1')
    .replace(/;}/g, '}')
    .replace(/ !important/g, '!important')
    .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2');
}

/**
 * Collapses the whitespace inside Lit's css``, html`` and svg`` templates in our own sources, found
 * with the TypeScript parser (so nested templates and `${}` expressions are never mistaken for
 * template text). The templates are indented for people; the browser reads the collapsed text the
 * same way, so this changes bytes, not rendering.
 */
export function collapseTemplateWhitespace() {
  return {
    name: 'role-hub:collapse-template-whitespace',
    transform(code, id) {
      if (!/\.ts$/.test(id) || /node_modules/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text in collapse) {
          const fn = collapse[node.tag.text];
          const t = node.template;
          // Each literal piece: its text lies between the opening delimiter (` or }) and the closing one (` or ${).
          const pieces = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
          for (const piece of pieces) {
            const start = piece.getStart(source) + 1;
            const end = piece.getEnd() - (piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
            const raw = code.slice(start, end);
            const next = fn(raw);
            if (next !== raw) edits.push([start, end, next]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (edits.length === 0) return null;
      let out = '';
      let at = 0;
      for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
        out += code.slice(at, start) + text;
        at = end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}
