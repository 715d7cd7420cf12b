/**
 * The soft-delete rule, written once: a record is live until it carries `deletedAt` (then it
 * is in the trash, Sampah). Live records do not have the property at all, so the `deletedAt`
 * index holds only the trash.
 */
export const isLive = (r: { deletedAt?: string | null }): boolean => !r.deletedAt

/** The live records of a list, in the same order. */
export const liveOnly = <T extends { deletedAt?: string | null }>(rows: readonly T[]): T[] =>
  rows.filter(isLive)
