/** The regions area is reached through its screens only (routes.tsx). */
export {}
