import { Button, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo, Language } from '../../../shared/bridge-contract'
import { useServices } from '../../app/services'
import { findHiddenCharacter } from '../../domain/hidden-characters'
import { PageHeader } from '../../ui/page-header'
import { SyncSettingsPanel } from '../sync'
import { readSetting, writeSetting, writeSettings } from './settings-store'

export function SettingsPage() {
  const { db, bridge, actor, refreshActor } = useServices()
  const { t, i18n } = useTranslation('settings')
  const [info, setInfo] = useState<AppInfo | null>(null)
  // The fields appear only once the stored values are in: a name typed earlier would be overwritten.
  const [loaded, setLoaded] = useState(false)
  // The user's name is stamped on every change: the same rule as every other text door.
  const hidden = (value: string, field: string) => {
    const found = findHiddenCharacter(value)
    return found ? t('hiddenCharacter', { field, ...found }) : null
  }
  const form = useForm({
    mode: 'controlled',
    initialValues: { userName: '', office: '' },
    validate: {
      userName: (v) => (v.trim() === '' ? t('nameRequired') : hidden(v, t('userName'))),
      office: (v) => hidden(v, t('office')),
    },
  })
  const { setValues, resetDirty } = form
  useEffect(() => {
    let live = true
    void (async () => {
      const [userName, office] = await Promise.all([
        readSetting(db, 'userName'),
        readSetting(db, 'office'),
      ])
      if (!live) return
      const values = {
        userName: typeof userName === 'string' ? userName : '',
        office: typeof office === 'string' ? office : '',
      }
      setValues(values)
      resetDirty(values)
      setLoaded(true)
      setInfo(await bridge.appInfo())
    })()
    return () => {
      live = false
    }
  }, [db, bridge, setValues, resetDirty])

  const save = form.onSubmit(async (values) => {
    await writeSettings(db, { userName: values.userName.trim(), office: values.office.trim() })
    await refreshActor()
    notifications.show({ message: t('saved'), color: 'teal' })
  })

  const changeLanguage = async (language: string) => {
    const lang = language as Language
    await writeSetting(db, 'language', lang)
    await i18n.changeLanguage(lang)
    document.documentElement.lang = lang
    await bridge.setLanguage(lang)
  }

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack maw={560} gap="lg">
        <Paper withBorder p="lg">
          <form onSubmit={save} noValidate>
            <Stack aria-busy={!loaded}>
              <TextInput
                disabled={!loaded}
                label={t('userName')}
                placeholder={t('userNameHint')}
                required
                {...form.getInputProps('userName')}
              />
              <TextInput
                disabled={!loaded}
                label={t('office')}
                placeholder={t('officeHint')}
                {...form.getInputProps('office')}
              />
              <Button type="submit" w="fit-content" disabled={!loaded}>
                {t('common:actions.save')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Paper withBorder p="lg">
          <Text fw={600} mb="xs" id="language-label">
            {t('language')}
          </Text>
          <SegmentedControl
            aria-labelledby="language-label"
            value={i18n.language === 'en' ? 'en' : 'id'}
            onChange={(v) => void changeLanguage(v)}
            data={[
              { value: 'id', label: 'Bahasa Indonesia' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Paper>
        <SyncSettingsPanel />
        <Paper withBorder p="lg">
          <Stack gap={4}>
            <Text size="sm">
              {t('device')}: <code>{actor.deviceId}</code>
            </Text>
            {info && (
              <>
                <Text size="sm">
                  {t('version')}: {info.version}
                </Text>
                <Text size="sm">
                  {t('shell')}: {info.shell === 'electron' ? t('shellElectron') : t('shellBrowser')}
                </Text>
              </>
            )}
          </Stack>
        </Paper>
      </Stack>
    </>
  )
}
