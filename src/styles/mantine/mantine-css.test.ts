import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The console never loads `@mantine/core/styles.css`: each chunk brings the CSS of the Mantine
 * components it shows, from the lists in this folder. This test reads the import graph of src/,
 * splits it into chunks the way the bundler does (the entry, and every `import()` target) and
 * fails when a chunk uses a Mantine component whose CSS no list loaded with that chunk imports:
 * such a component would render unstyled.
 */

// The repository's root: Vitest runs from it (import.meta.url is no file: URL under jsdom).
const ROOT = process.cwd();
const ENTRY = 'src/main.tsx';
/**
 * Loaded right after the first render, before anything but the list's first paint can show: their
 * CSS counts as the entry's (boot.tsx imports later.css, providers.tsx the overlays).
 */
const LOADED_WITH_ENTRY = ['src/styles/mantine/later.css', 'src/app/overlays.tsx'];
const CORE = '@mantine/core';
const CORE_STYLES = 'node_modules/@mantine/core/styles';
const CORE_ESM = 'node_modules/@mantine/core/esm';

/**
 * What each composite Mantine component (or part, `Name.Part`) is built from, beyond its own
 * `styles/<Name>.css`: names of other core stylesheets, or full paths of other packages' ones.
 * Read off Mantine 9.8's sources (node_modules/@mantine/core/esm); the last test below checks it
 * against them. Components with no stylesheet and no entry (Box, Portal, Transition…) need nothing.
 */
const BUILT_FROM: Record<string, readonly string[]> = {
  // Buttons: a loading Button or ActionIcon shows a Loader.
  ActionIcon: ['UnstyledButton', 'Loader'],
  Button: ['UnstyledButton', 'Loader'],
  Burger: ['UnstyledButton'],
  CloseButton: ['UnstyledButton'],
  Tabs: ['UnstyledButton'], // each Tabs.Tab
  Pagination: ['Group', 'UnstyledButton'], // its controls, in a Group
  Alert: ['CloseButton'], // withCloseButton
  Anchor: ['Text'],
  Card: ['Paper'],
  Notification: ['CloseButton', 'Loader'],
  // Input draws every field, its label, description and error (Input.Wrapper); `loading` shows a
  // Loader, `clearable` a CloseButton. TextInput and Textarea are Input through InputBase.
  Input: ['Loader', 'CloseButton'],
  TextInput: ['Input'],
  Textarea: ['Input'],
  // Its chevron is Combobox's ComboboxChevron, styled by Combobox.css: that stylesheet, not all
  // that a Combobox is built from.
  NativeSelect: ['Input', '@mantine/core/styles/Combobox.css'],
  Combobox: ['Popover', 'Input'],
  Select: ['Combobox', 'Input', 'ScrollArea'],
  // Checkbox, Radio and Switch lay out their label with InlineInput, which uses Input's label,
  // description and error. Their cards and indicators are parts with stylesheets of their own.
  Checkbox: ['InlineInput', 'Input'],
  'Checkbox.Card': ['CheckboxCard'],
  'Checkbox.Indicator': ['CheckboxIndicator'],
  Radio: ['InlineInput', 'Input'],
  'Radio.Card': ['RadioCard'],
  'Radio.Indicator': ['RadioIndicator'],
  Switch: ['InlineInput', 'Input'],
  // Dialogs: ModalBase places them, the backdrop is an Overlay, the content a Paper, the close
  // button a CloseButton.
  Modal: ['ModalBase', 'Overlay', 'Paper', 'CloseButton'],
  Drawer: ['ModalBase', 'Overlay', 'Paper', 'CloseButton'],
  'Table.ScrollContainer': ['ScrollArea'],
  'FocusTrap.InitialFocus': ['VisuallyHidden'],
  // @mantine/notifications: its own stylesheet, and core's Notification for each notification.
  '@mantine/notifications:Notifications': ['@mantine/notifications/styles.css', 'Notification'],
};

/**
 * Stylesheets a component's Mantine sources reach that only an opt-in prop or another imported
 * component renders (that component is then checked on its own): allowed by the source check.
 */
const ONLY_WITH: Record<string, Record<string, string>> = {
  Modal: {
    ScrollArea: 'scrollAreaComponent={ScrollArea…}',
    VisuallyHidden: 'FocusTrap.InitialFocus',
  },
  Drawer: {
    ScrollArea: 'scrollAreaComponent={ScrollArea…}',
    VisuallyHidden: 'FocusTrap.InitialFocus',
  },
  Popover: { Overlay: 'withOverlay', VisuallyHidden: 'FocusTrap.InitialFocus' },
};

// ---------------------------------------------------------------------------------------------
// The import graph.

interface ComponentUse {
  /** The package: `@mantine/core`, `@mantine/notifications`… */
  pkg: string;
  /** `Button`, or a part with stylesheets of its own: `Checkbox.Card`. */
  name: string;
}

interface SourceModule {
  file: string;
  /** Files of src/ (.ts, .tsx, .css) imported statically. */
  imports: string[];
  /** Files of src/ imported with `import()`. */
  dynamicImports: string[];
  /** `@mantine/…/*.css` files imported directly (from TypeScript, or by a CSS `@import`). */
  mantineCss: string[];
  uses: ComponentUse[];
}

const isFile = (file: string) =>
  existsSync(path.join(ROOT, file)) && statSync(path.join(ROOT, file)).isFile();
const isMantinePackage = (specifier: string) => /^@mantine\/[^/]+$/.test(specifier);
const isMantineCss = (specifier: string) => /^@mantine\/[^/]+\/.+\.css$/.test(specifier);
/** `Button.layer.css` holds the same rules as `Button.css`, in a cascade layer. */
const normaliseCss = (specifier: string) => specifier.replace(/\.layer\.css$/, '.css');
const coreCss = (name: string) => `${CORE}/styles/${name}.css`;

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.posix.join(path.posix.dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  const found = candidates.find(
    (candidate) => /\.(tsx?|css)$/.test(candidate) && isFile(candidate),
  );
  if (found) return found;
  // Other assets (images, JSON…) carry no components and no styles.
  if (/\.[a-z0-9]+$/i.test(base) && !/\.(tsx?|css|m?js)$/.test(base)) return undefined;
  throw new Error(`${from}: cannot resolve '${specifier}'`);
}

function parseCss(file: string): SourceModule {
  const module: SourceModule = { file, imports: [], dynamicImports: [], mantineCss: [], uses: [] };
  const text = readFileSync(path.join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, specifier = ''] of text.matchAll(/@import\s+(?:url\(\s*)?['"]([^'"]+)['"]/g)) {
    if (specifier.startsWith('.')) {
      const target = resolveRelative(file, specifier);
      if (target) module.imports.push(target);
    } else if (isMantineCss(specifier)) module.mantineCss.push(normaliseCss(specifier));
  }
  return module;
}

function parseSource(file: string): SourceModule {
  const module: SourceModule = { file, imports: [], dynamicImports: [], mantineCss: [], uses: [] };
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  // Local name → the Mantine component it was imported as.
  const components = new Map<string, ComponentUse>();
  const parts = new Set<string>();

  const follow = (specifier: string, into: string[]) => {
    if (specifier.startsWith('.')) {
      const target = resolveRelative(file, specifier);
      if (target) into.push(target);
    } else if (isMantineCss(specifier)) module.mantineCss.push(normaliseCss(specifier));
  };
  const isComponentName = (name: string) => /^[A-Z]/.test(name);

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue; // erased: no import at run time
      const specifier = statement.moduleSpecifier.text;
      follow(specifier, module.imports);
      const bindings = clause?.namedBindings;
      if (!isMantinePackage(specifier) || !bindings) continue;
      if (ts.isNamespaceImport(bindings)) {
        throw new Error(`${file}: import Mantine components by name, not as a namespace`);
      }
      for (const element of bindings.elements) {
        const name = (element.propertyName ?? element.name).text;
        if (!element.isTypeOnly && isComponentName(name)) {
          components.set(element.name.text, { pkg: specifier, name });
        }
      }
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const specifier = statement.moduleSpecifier.text;
      follow(specifier, module.imports);
      const clause = statement.exportClause;
      if (isMantinePackage(specifier) && clause && ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          const name = (element.propertyName ?? element.name).text;
          if (!element.isTypeOnly && isComponentName(name)) {
            module.uses.push({ pkg: specifier, name });
          }
        }
      }
    }
  }

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (!argument || !ts.isStringLiteralLike(argument)) {
        throw new Error(`${file}: an import() of a computed path cannot be followed`);
      }
      follow(argument.text, module.dynamicImports);
    } else if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      components.has(node.expression.text)
    ) {
      // `<Checkbox.Card>`: a part with a stylesheet of its own.
      parts.add(`${node.expression.text}.${node.name.text}`);
    }
    ts.forEachChild(node, visit);
  };
  // Only these files hold an import() or a Mantine part: no need to walk the others.
  if (components.size > 0 || text.includes('import(')) visit(source);

  for (const component of components.values()) module.uses.push(component);
  for (const part of parts) {
    const [local = '', member = ''] = part.split('.');
    const component = components.get(local);
    if (component && BUILT_FROM[tableKey(component.pkg, `${component.name}.${member}`)]) {
      module.uses.push({ pkg: component.pkg, name: `${component.name}.${member}` });
    }
  }
  return module;
}

function sourceFiles(): string[] {
  return (readdirSync(path.join(ROOT, 'src'), { recursive: true }) as string[])
    .map((file) => `src/${file.split(path.sep).join('/')}`)
    .filter(
      (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts'),
    )
    .filter((file) => !file.startsWith('src/testing/'));
}

interface Graph {
  modules: Map<string, SourceModule>;
  /** The entry, then every `import()` target that is code (later.css is loaded, not a chunk). */
  chunkRoots: string[];
}

function buildGraph(): Graph {
  const modules = new Map<string, SourceModule>();
  const pending = sourceFiles();
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (modules.has(file)) continue;
    const module = file.endsWith('.css') ? parseCss(file) : parseSource(file);
    modules.set(file, module);
    pending.push(...module.imports, ...module.dynamicImports);
  }
  const dynamicTargets = [...modules.values()].flatMap((module) => module.dynamicImports);
  const chunkRoots = [...new Set([ENTRY, ...dynamicTargets.sort()])].filter(
    (file) => !file.endsWith('.css'),
  );
  return { modules, chunkRoots };
}

/** The modules a chunk root brings in statically (dynamic imports start other chunks). */
function staticClosure(graph: Graph, root: string): string[] {
  const seen = new Set<string>();
  const pending = [root];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...(graph.modules.get(file)?.imports ?? []));
  }
  return [...seen];
}

function cssIn(graph: Graph, files: readonly string[]): Set<string> {
  return new Set(files.flatMap((file) => graph.modules.get(file)?.mantineCss ?? []));
}

/** The Mantine CSS loaded whenever the chunk's components can show. */
function availableCss(graph: Graph, root: string): Set<string> {
  const entry = [ENTRY, ...LOADED_WITH_ENTRY].flatMap((file) => staticClosure(graph, file));
  return cssIn(graph, [...entry, ...staticClosure(graph, root)]);
}

// ---------------------------------------------------------------------------------------------
// What a component needs.

const tableKey = (pkg: string, name: string) => (pkg === CORE ? name : `${pkg}:${name}`);

/** The table's names a component is made of, itself included (recursively). */
function buildingBlocks(pkg: string, name: string): Set<string> {
  const blocks = new Set<string>();
  const add = (key: string) => {
    if (blocks.has(key)) return;
    blocks.add(key);
    const base = key.split('.')[0] as string;
    if (base !== key) add(base);
    for (const block of BUILT_FROM[key] ?? []) add(block);
  };
  add(tableKey(pkg, name));
  return blocks;
}

/** The stylesheets a component needs: its own (when Mantine has one) and its building blocks'. */
function cssNeeded(pkg: string, name: string): string[] {
  const files = new Set<string>();
  for (const block of buildingBlocks(pkg, name)) {
    if (block.startsWith('@')) {
      if (isMantineCss(block)) files.add(block);
    } else if (!block.includes('.') && isFile(`${CORE_STYLES}/${block}.css`)) {
      files.add(coreCss(block));
    }
  }
  // A component of another Mantine package that ships styles, missing from the table.
  const stylesheet = `${pkg}/styles.css`;
  if (pkg !== CORE && isFile(`node_modules/${stylesheet}`)) files.add(stylesheet);
  return [...files].sort();
}

/** `component → css file (used in file)` for every stylesheet the modules need but lack. */
function missingCss(graph: Graph, files: readonly string[], available: Set<string>): string[] {
  const missing = new Set<string>();
  for (const file of files) {
    for (const { pkg, name } of graph.modules.get(file)?.uses ?? []) {
      for (const css of cssNeeded(pkg, name)) {
        // `@mantine/core/styles.css` holds every `@mantine/core/styles/*.css`.
        const whole = `${/^@mantine\/[^/]+/.exec(css)?.[0]}/styles.css`;
        if (!available.has(css) && !available.has(whole)) {
          missing.add(`${name} → ${css} (used in ${file})`);
        }
      }
    }
  }
  return [...missing].sort();
}

const componentsUsed = (graph: Graph, files: readonly string[]) =>
  new Set(files.flatMap((file) => graph.modules.get(file)?.uses.map(({ name }) => name) ?? []));

/** The stylesheets (`*.module.mjs`) a core component's Mantine sources reach. */
function cssInMantineSources(name: string): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const pending = [`${CORE_ESM}/components/${name}/${name}.mjs`];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    for (const [, specifier = ''] of text.matchAll(/(?:from|import) "(\.[^"]+)"/g)) {
      const target = path.posix.join(path.posix.dirname(file), specifier);
      const stylesheet = /([^/]+)\.module\.mjs$/.exec(target)?.[1];
      if (stylesheet) found.add(stylesheet);
      else pending.push(target);
    }
  }
  return [...found].filter((block) => isFile(`${CORE_STYLES}/${block}.css`)).sort();
}

// ---------------------------------------------------------------------------------------------

const graph = buildGraph();
const entryModules = staticClosure(graph, ENTRY);

describe('the Mantine CSS lists (src/styles/mantine)', () => {
  it.each(graph.chunkRoots)(
    'the chunk of %s loads the CSS of every Mantine component it uses',
    (root) => {
      const missing = missingCss(graph, staticClosure(graph, root), availableCss(graph, root));
      expect(
        missing,
        `${root}: these Mantine components would render unstyled. Add each file to a list in ` +
          `src/styles/mantine/ that loads with this chunk (first-screen.css, later.css and ` +
          `overlays.css load with every chunk)`,
      ).toEqual([]);
    },
  );

  describe('the analysis', () => {
    it('finds the components and styles of the entry and of the drawers', () => {
      expect([...componentsUsed(graph, entryModules)]).toEqual(
        expect.arrayContaining(['Table', 'Button', 'NativeSelect', 'AppShell']),
      );
      expect(availableCss(graph, ENTRY)).toContain(coreCss('Table'));

      const drawerChunks = graph.chunkRoots.filter((root) =>
        staticClosure(graph, root).includes('src/components/route-drawer/route-drawer.tsx'),
      );
      expect(drawerChunks.length).toBeGreaterThan(0);
      for (const root of drawerChunks) {
        expect(componentsUsed(graph, staticClosure(graph, root))).toContain('Drawer');
        expect(availableCss(graph, root)).toContain(coreCss('Drawer'));
        expect(availableCss(graph, ENTRY)).not.toContain(coreCss('Drawer'));
      }
    });

    it('counts later.css and the overlays with the entry because the entry loads them', () => {
      const loadedByEntry = entryModules.flatMap((file) => graph.modules.get(file)?.dynamicImports);
      expect(loadedByEntry).toEqual(expect.arrayContaining(LOADED_WITH_ENTRY));
      expect(availableCss(graph, ENTRY)).toContain(coreCss('Alert')); // later.css
      expect(availableCss(graph, ENTRY)).toContain('@mantine/notifications/styles.css');
    });

    it('imports every list of this folder from the code', () => {
      const lists = readdirSync(path.join(ROOT, 'src/styles/mantine'))
        .filter((file) => file.endsWith('.css'))
        .map((file) => `src/styles/mantine/${file}`);
      const imported = [...graph.modules.values()].flatMap((module) => [
        ...module.imports,
        ...module.dynamicImports,
      ]);
      expect(lists.filter((list) => !imported.includes(list))).toEqual([]);
    });

    it('reports a component whose line is missing, and the composites built on it', () => {
      const without = (css: string) => {
        const available = availableCss(graph, ENTRY);
        available.delete(css);
        return missingCss(graph, entryModules, available);
      };
      expect(without(coreCss('Table'))).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Table → @mantine\/core\/styles\/Table\.css \(used in src\//),
        ]),
      );
      expect(without(coreCss('Input')).join('\n')).toMatch(/^TextInput → .*Input\.css/m);
      expect(without(coreCss('Input')).join('\n')).toMatch(/^NativeSelect → .*Input\.css/m);
      expect(without(coreCss('UnstyledButton')).join('\n')).toMatch(/^Button → /m);
    });

    it('lists every building block Mantine 9.8 renders for the components used', () => {
      const used = [...graph.modules.values()].flatMap((module) =>
        module.uses.filter(({ pkg }) => pkg === CORE).map(({ name }) => name),
      );
      const bases = [
        ...new Set(
          [...used, ...Object.keys(BUILT_FROM)].map((name) => name.split('.')[0] as string),
        ),
      ];
      const unlisted: string[] = [];
      for (const base of bases.filter((name) =>
        isFile(`${CORE_ESM}/components/${name}/${name}.mjs`),
      )) {
        const keys = [base, ...Object.keys(BUILT_FROM).filter((key) => key.startsWith(`${base}.`))];
        const blocks = new Set(keys.flatMap((key) => [...buildingBlocks(CORE, key)]));
        const allowed = new Set([
          ...blocks,
          ...[...blocks].flatMap((block) => Object.keys(ONLY_WITH[block] ?? {})),
        ]);
        for (const stylesheet of cssInMantineSources(base)) {
          if (!allowed.has(stylesheet) && !allowed.has(coreCss(stylesheet))) {
            unlisted.push(`${base} → ${stylesheet}`);
          }
        }
      }
      expect(
        unlisted,
        'add these to BUILT_FROM (or ONLY_WITH, with the prop that needs them)',
      ).toEqual([]);

      // Every name in the table is one of Mantine's stylesheets: a misspelt one would need nothing.
      const names = Object.values(BUILT_FROM).flat();
      const unknown = names.filter((name) =>
        name.startsWith('@')
          ? !isFile(`node_modules/${name}`)
          : !isFile(`${CORE_STYLES}/${name}.css`),
      );
      expect(unknown).toEqual([]);
    });
  });
});
