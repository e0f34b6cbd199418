import { config } from 'zod/v4/core';

/**
 * Runs in the browser before the app's code. Zod 4 compiles object parsers with `new Function`
 * when it may; probing for that is an eval the Content-Security-Policy refuses (and reports).
 * Jitless mode parses without it (ADR 021).
 */
config({ jitless: true });
