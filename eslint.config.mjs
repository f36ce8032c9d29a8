// Lint rules, including the layering rules of the design card:
// core/ and db/ never touch Electron, React or the DOM; renderer/ never imports server code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const serverOnly = ['better-sqlite3', 'kysely', 'electron', 'exceljs', 'node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'renderer/dist/**', 'release/**', 'coverage/**', 'test/db/__snapshots__/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['core/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'core/ and db/ must not import Electron: keep them runnable in plain Node.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'core/ and db/ must not import React.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'core/ and db/ must not import the UI or the desktop shell.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'core/ and db/ must not use the DOM.' },
        { name: 'document', message: 'core/ and db/ must not use the DOM.' },
        { name: 'localStorage', message: 'core/ and db/ must not use the DOM.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: serverOnly.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'renderer/ runs in the browser: no server or Node modules.' })),
          patterns: [
            { group: ['node:*'], message: 'renderer/ runs in the browser: no Node modules.' },
            { group: ['**/db/**', '**/db'], message: 'renderer/ must not import db/.' },
            { group: ['**/core/**'], allowTypeImports: true, message: 'renderer/ may only import types from core/ (import type { AppRouter }).' },
            { group: ['**/electron/main/**'], message: 'renderer/ must not import the Electron main process.' },
          ],
        },
      ],
    },
  },
);
