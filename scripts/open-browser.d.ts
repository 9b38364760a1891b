export function canOpenBrowser(env?: Record<string, string | undefined>, platform?: string, exists?: (path: string) => boolean): boolean;
