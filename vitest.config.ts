/**
 * Vitest runs one test file per core less one by default: on a 2-core machine (CI's), that is one
 * file at a time. The content tests spend much of their time waiting on child builds, so two files
 * at a time finish the unit tests in about three quarters of the time even there.
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { maxWorkers: Math.max(2, availableParallelism() - 1) } });
