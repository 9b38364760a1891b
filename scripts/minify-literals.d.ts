import type { Plugin } from 'vite';

export function minifyLiterals(): Plugin;
