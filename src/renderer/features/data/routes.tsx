/** The data screen, loaded on demand by app/routes.tsx. */
export { DataPage } from './data-page'
