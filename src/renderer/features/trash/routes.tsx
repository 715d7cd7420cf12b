/** The trash screen, loaded on demand by app/routes.tsx. */
export { TrashPage } from './trash-page'
