export function findElectronBinary(
  root: string,
  env?: Record<string, string | undefined>,
): string | null
