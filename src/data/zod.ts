/**
 * zod for every schema of the app and the tools: the functional API of zod/mini, whose checks the bundler keeps only
 * when a schema uses them (the classic API ships all of zod with the first schema, ~94 kB of the startup download).
 * zod/mini has no messages of its own ("Invalid input"); English is registered here, once, so a failed parse still
 * says what is wrong. A caller may pass another language per parse (review-files.ts does for Chinese).
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * as z from 'zod/mini';
