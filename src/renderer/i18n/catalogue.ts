/** Every namespace of the catalogue. A feature adds its file here with one line. */
import { common } from './messages/common'
import { shell } from './messages/shell'
import { data } from './messages/data'
import { settings } from './messages/settings'
import { trash } from './messages/trash'
import { meetings } from './messages/meetings'
import { stakeholders } from './messages/stakeholders'
import { briefing } from './messages/briefing'
import { commitments } from './messages/commitments'
import { coverage } from './messages/coverage'
import { dashboard } from './messages/dashboard'
import { regions } from './messages/regions'
import { quality } from './messages/quality'
import { paritrana } from './messages/paritrana'
import { sync } from './messages/sync'

export const catalogue = {
  common,
  shell,
  data,
  settings,
  trash,
  meetings,
  stakeholders,
  briefing,
  commitments,
  coverage,
  dashboard,
  regions,
  quality,
  paritrana,
  sync,
} as const
