/** What other areas may use of the settings area: reading and writing stored settings. */
export {
  readSetting,
  readSettings,
  writeSetting,
  writeSettings,
  type SettingKey,
} from './settings-store'
