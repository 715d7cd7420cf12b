import {
  Anchor,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useServices } from '../../app/services'
import { COMMITMENT_KINDS, SEGMENTS } from '../../db/types'
import {
  pledgeDefaults,
  pledgeOrigin,
  pledgeToCommitment,
  type PledgeSource,
  type PledgeValues,
} from './pledge'
import { reportSaveError } from '../../ui/save-errors'
import { useRegions } from '../../ui/use-regions'
import { savePledge } from './pledge-save'
import { useMeeting } from './queries'

/** Where "Jadikan komitmen" was: a link to the commitment it became, never cut off. */
export function CommitmentLink({ id }: { id: string }) {
  const { t } = useTranslation('meetings')
  return (
    <Anchor
      component={Link}
      to={`/komitmen/${id}`}
      size="sm"
      fw={600}
      c="teal.8"
      style={{ whiteSpace: 'nowrap' }}
      data-testid="commitment-link"
    >
      ✓ {t('actions.commitmentLinked')}
    </Anchor>
  )
}

/**
 * Turns an action item or a decision that is really a pledge into a commitment linked to its
 * meeting.
 */
export function PledgeModal({ source, onClose }: { source: PledgeSource; onClose: () => void }) {
  const action = source.record
  const { db, actor } = useServices()
  const { t } = useTranslation('meetings')
  const meeting = useMeeting(action.meetingId)
  const regions = useRegions() ?? []
  if (!meeting) return null
  return (
    <PledgeForm
      key={meeting.id}
      onClose={onClose}
      meetingTitle={meeting.title}
      defaults={pledgeDefaults(pledgeOrigin(source), meeting)}
      regions={regions.map((r) => ({ value: r.id, label: `${r.name} (${r.id})` }))}
      save={async (values) => {
        const input = pledgeToCommitment(values, meeting)
        await savePledge(db, actor, { table: source.table, id: action.id }, input)
        notifications.show({ color: 'teal', message: t('actions.commitmentCreated') })
        onClose()
      }}
    />
  )
}

function PledgeForm({
  onClose,
  meetingTitle,
  defaults,
  regions,
  save,
}: {
  onClose: () => void
  meetingTitle: string
  defaults: PledgeValues
  regions: { value: string; label: string }[]
  save: (v: PledgeValues) => Promise<void>
}) {
  const { t } = useTranslation('meetings')
  const form = useForm<PledgeValues>({ mode: 'controlled', initialValues: defaults })
  const submit = form.onSubmit(async (v) => {
    try {
      await save(v)
    } catch (error) {
      reportSaveError(error, form.setFieldError, {
        baselineValue: 'baseline',
        targetValue: 'target',
        madeByName: 'madeByName',
      })
    }
  })
  const kind = form.values.kind
  return (
    <Modal opened onClose={onClose} title={t('pledge.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('pledge.intro')} ({meetingTitle})
          </Text>
          <Select
            label={t('pledge.region')}
            data={regions}
            searchable
            allowDeselect={false}
            {...form.getInputProps('regionId')}
          />
          <TextInput label={t('pledge.commitmentTitle')} {...form.getInputProps('title')} />
          <Textarea
            label={t('pledge.statement')}
            autosize
            minRows={2}
            {...form.getInputProps('statement')}
          />
          <SimpleGrid cols={2}>
            <Select
              label={t('pledge.kind')}
              allowDeselect={false}
              data={COMMITMENT_KINDS.map((k) => ({ value: k, label: t(`pledge.kinds.${k}`) }))}
              {...form.getInputProps('kind')}
            />
            <Select
              label={t('pledge.segment')}
              clearable
              data={SEGMENTS.map((s) => ({ value: s, label: t(`common:segments.${s}`) }))}
              value={form.values.segment || null}
              onChange={(v) => form.setFieldValue('segment', (v ?? '') as PledgeValues['segment'])}
            />
          </SimpleGrid>
          {kind === 'milestone' ? (
            <Textarea
              label={t('pledge.stages')}
              autosize
              minRows={3}
              {...form.getInputProps('stages')}
            />
          ) : (
            <SimpleGrid cols={2}>
              <TextInput
                label={t('pledge.baseline')}
                inputMode="decimal"
                {...form.getInputProps('baseline')}
              />
              <TextInput
                label={t('pledge.target')}
                inputMode="decimal"
                {...form.getInputProps('target')}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={2}>
            <TextInput
              type="date"
              label={t('pledge.deadline')}
              {...form.getInputProps('deadline')}
            />
            <TextInput label={t('pledge.office')} {...form.getInputProps('responsibleOffice')} />
            <TextInput label={t('pledge.madeBy')} {...form.getInputProps('madeByName')} />
            <TextInput label={t('pledge.position')} {...form.getInputProps('madeByPosition')} />
          </SimpleGrid>
          {Object.keys(form.errors).length > 0 && (
            <Text c="red" size="sm" role="alert">
              {Object.values(form.errors).join(' · ')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit">{t('pledge.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
