/** The meetings area is reached through its screens only (routes.tsx). */
export {}
