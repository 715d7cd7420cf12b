/** Every namespace of the catalogue. A feature adds its file here with one line. */
import { common } from './messages/common'
import { shell } from './messages/shell'
import { data } from './messages/data'
import { settings } from './messages/settings'
import { trash } from './messages/trash'
import { commitments } from './messages/commitments'

export const catalogue = {
  common,
  shell,
  data,
  settings,
  trash,
  commitments,
} as const
