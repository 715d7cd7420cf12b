/** What other areas may use of Paritrana: the board model and reads, and the compact views. */
export {
  buildBoard,
  regencyName,
  type ParitranaBoard,
  type ParitranaRows,
} from '../../domain/paritrana-board'
export { loadBoard, loadParitranaRows, useBoard } from './queries'
export { ParitranaCard, RegionParitrana } from './compact-views'
export { paritranaPackSection, type ParitranaPackSection } from '../../domain/paritrana-pack'
