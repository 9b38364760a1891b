import type { CodeSplittingOptions } from 'rolldown';

export function embedChunks(name: string, entry: string): CodeSplittingOptions;
