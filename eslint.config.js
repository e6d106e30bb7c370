// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node built-ins: the domain core must run in a browser too. */
const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'url', 'stream', 'buffer', 'zlib', 'crypto', 'util', 'worker_threads', 'http', 'https', 'net'];
const coreMessage = '领域核心不得依赖 Node API（须可在浏览器运行）。';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'test-output/**', 'fixtures/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', setTimeout: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // Chinese typography uses the ideographic space (U+3000) in messages on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },
  {
    // The fence: the core imports nothing from the outer layers and no Node API.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: coreMessage })),
        patterns: [
          { group: ['node:*'], message: coreMessage },
          { group: ['**/importers/**', '**/renderers/**', '**/cli/**', '**/server/**', '**/storage/**', '**/node/**'], message: '依赖只能指向内层：核心不得引用外层模块。' },
        ],
      }],
    },
  },
  {
    // Importers and renderers are pure too where they can be; only their node/ entry points touch the disk.
    files: ['src/importers/**/*.ts', 'src/renderers/**/*.ts'],
    ignores: ['**/*.test.ts', '**/node/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/cli/**', '**/server/**', '**/storage/**'], message: '导入器与渲染器不得引用命令行、服务端或存储层。' },
        ],
      }],
    },
  },
);
