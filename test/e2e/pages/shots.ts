/**
 * Screenshots for a person to look at (SIMPUL_SHOTS=1): they assert nothing, and on a loaded
 * machine a full-page one costs seconds, so the suite takes none by default.
 */
export const shots = Boolean(process.env.SIMPUL_SHOTS)
