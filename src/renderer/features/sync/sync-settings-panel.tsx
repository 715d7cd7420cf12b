/**
 * Pengaturan → Sinkronisasi: server address, office account and password, regions held.
 * Nothing is stored while a field is wrong; the password goes to the bridge (safeStorage in
 * the desktop app, the tab's memory in a browser), never into the settings table.
 */
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Paper,
  PasswordInput,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { regionOption, useRegions } from '../../ui/use-regions'
import { draftKey, useFormDraft } from '../../ui/unsaved-form'
import { checkServerUrl } from './server-url'
import {
  applySyncSettings,
  passwordStore,
  readSyncSettings,
  writeSyncSettings,
} from './sync-service'
import { useSyncEngine, useSyncStatus } from './use-sync'

interface Values {
  server: string
  account: string
  regions: string[]
  enabled: boolean
}

export function SyncSettingsPanel() {
  const { db, bridge } = useServices()
  const { t } = useTranslation('sync')
  const engine = useSyncEngine()
  const status = useSyncStatus()
  const regions = useRegions() ?? []
  const [loaded, setLoaded] = useState(false)
  const [store, setStore] = useState<'safeStorage' | 'tab'>('tab')
  const [hasPassword, setHasPassword] = useState(false)
  const [password, setPassword] = useState('')
  const [passwordError, setPasswordError] = useState<string | null>(null)
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { server: '', account: '', regions: [], enabled: true },
    validate: {
      server: (v) => {
        const check = checkServerUrl(v)
        return check.ok ? null : t(`errors.${check.reason}`)
      },
      account: (v) => (v.trim() === '' ? t('errors.account') : null),
      regions: (v) => (v.length === 0 ? t('errors.regions') : null),
    },
  })
  const draft = useFormDraft(form, draftKey('sync-settings', 'office'))
  const { setValues, resetDirty } = form
  useEffect(() => {
    let live = true
    void (async () => {
      const [s, where, kept] = await Promise.all([
        readSyncSettings(db),
        passwordStore(bridge),
        bridge.syncPassword.read(),
      ])
      if (!live) return
      const values = {
        server: s.server,
        account: s.account,
        regions: s.regions,
        enabled: s.server ? s.enabled : true,
      }
      setValues(values)
      resetDirty(values)
      setStore(where)
      setHasPassword(kept !== null)
      setLoaded(true)
    })()
    return () => {
      live = false
    }
  }, [db, bridge, setValues, resetDirty])

  const save = form.onSubmit(async (values) => {
    if (!password && !hasPassword) {
      setPasswordError(t('errors.password'))
      return
    }
    setPasswordError(null)
    const check = checkServerUrl(values.server)
    if (!check.ok) return
    if (password) await bridge.syncPassword.keep(password)
    await writeSyncSettings(db, {
      server: check.url,
      account: values.account.trim(),
      regions: values.regions,
      enabled: values.enabled,
    })
    draft.clear()
    resetDirty(values)
    setHasPassword(true)
    setPassword('')
    await applySyncSettings(db, bridge, engine)
    notifications.show({ message: t('saved'), color: 'teal' })
  })

  const stop = async () => {
    await writeSyncSettings(db, { ...form.getValues(), enabled: false })
    form.setFieldValue('enabled', false)
    engine.stop()
  }

  return (
    <Paper withBorder p="lg">
      <form onSubmit={save} noValidate aria-label={t('panelTitle')}>
        {draft.guard}
        <Stack aria-busy={!loaded}>
          <Title order={3}>{t('panelTitle')}</Title>
          <Text size="sm">{t('panelBody')}</Text>
          <TextInput
            disabled={!loaded}
            label={t('server')}
            placeholder={t('serverHint')}
            required
            {...form.getInputProps('server')}
          />
          <TextInput
            disabled={!loaded}
            label={t('account')}
            placeholder={t('accountHint')}
            required
            autoComplete="username"
            {...form.getInputProps('account')}
          />
          <PasswordInput
            disabled={!loaded}
            label={t('password')}
            description={
              hasPassword
                ? t('passwordKept')
                : store === 'safeStorage'
                  ? t('passwordElectron')
                  : t('passwordBrowser')
            }
            autoComplete="current-password"
            value={password}
            error={passwordError}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <MultiSelect
            disabled={!loaded}
            label={t('regions')}
            description={t('regionsHint')}
            data={regions.map(regionOption)}
            searchable
            required
            {...form.getInputProps('regions')}
          />
          <Switch
            disabled={!loaded}
            label={t('enabled')}
            {...form.getInputProps('enabled', { type: 'checkbox' })}
          />
          {status.error && (
            <Alert color={status.phase === 'offline' ? 'yellow' : 'red'} data-testid="sync-problem">
              {t(
                `problems.${status.error.kind}`,
                status.error.kind === 'garbage' ? { detail: status.error.detail } : {},
              )}
            </Alert>
          )}
          <Group>
            <Button type="submit" disabled={!loaded}>
              {t('saveStart')}
            </Button>
            {status.phase !== 'off' && (
              <Button variant="default" onClick={() => void stop()}>
                {t('stop')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
