// @ts-check
/**
 * ESLint (flat config): typescript-eslint's type-checked rules for every TypeScript file and the
 * frontmatter and <script> blocks of .astro components, plus eslint-plugin-astro's rules.
 * Formatting is Prettier's job (npm run format:check), so no stylistic layout rules here.
 * Every rule turned off or loosened below says why.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.dist-building/',
      '.dist-previous/',
      '.astro/',
      'node_modules/',
      'bench-out/',
      'test-results/',
      'playwright-report/',
      'content/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.astro'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused code is an error; a leading underscore marks a parameter a signature requires.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // astro-eslint-parser does not speak projectService; it is handed a tsconfig instead, of src/
    // only (tsconfig.astro-lint.json says why).
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.astro-lint.json' } },
    rules: {
      // Off in .astro only: Astro types every template element as `HTMLElement | any`
      // (astro/astro-jsx.d.ts), so each `{list.map((item) => <li>…</li>)}` is an "unsafe return"
      // of any. Logic that returns data belongs in src/lib and src/data, where the rule is on.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The client-side <script> blocks of .astro components are virtual files the TypeScript
    // project does not contain, so type-aware rules cannot run on them; they are plain TS
    // checked by `astro check` (npm run check) and linted with the syntactic rules only.
    files: ['**/*.astro/*.ts', '*.astro/*.ts', '**/*.astro/*.js', '*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Plain JavaScript config files are not part of the TypeScript project.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
