import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { createRecord } from '../../db/repository'
import type { Commitment } from '../../db/types'
import {
  emptyMeasurementForm,
  formToMeasurementInput,
  type MeasurementFormValues,
} from './form-model'

/** Adds one dated, sourced value (or stage) to a commitment. */
export function MeasurementForm({
  commitment,
  onDone,
}: {
  commitment: Commitment
  onDone: () => void
}) {
  const { t } = useTranslation('commitments')
  const { t: tc } = useTranslation()
  const { db, actor } = useServices()
  const form = useForm<MeasurementFormValues>({ initialValues: emptyMeasurementForm() })
  const milestone = commitment.kind === 'milestone'
  const beforeBaseline = Boolean(
    commitment.baselineDate && form.values.date && form.values.date < commitment.baselineDate,
  )

  const submit = async (values: MeasurementFormValues) => {
    const { input, errors } = formToMeasurementInput(commitment, values, {
      notNumber: t('form.notNumber'),
      evidenceLine: () => '',
    })
    form.setErrors(errors)
    if (!input) return
    await createRecord(db, 'measurements', input, { actor })
    notifications.show({ message: t('measurement.saved'), color: 'teal' })
    onDone()
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="measurement-form">
      <Stack gap="sm">
        <TextInput
          type="date"
          label={t('measurement.date')}
          required
          data-autofocus
          {...form.getInputProps('date')}
        />
        {beforeBaseline && (
          <Text size="sm" c="orange.8">
            {t('measurement.beforeBaseline')}
          </Text>
        )}
        {milestone ? (
          <NativeSelect
            label={t('measurement.stage')}
            required
            data={[
              { value: '', label: '—' },
              ...commitment.stages.map((s, i) => ({ value: String(i), label: `${i + 1}. ${s}` })),
            ]}
            {...form.getInputProps('stageIndex')}
          />
        ) : (
          <TextInput
            label={t('measurement.value')}
            description={t('form.numberHint')}
            inputMode="decimal"
            required
            {...form.getInputProps('value')}
          />
        )}
        <TextInput
          label={t('measurement.source')}
          placeholder={t('measurement.sourcePlaceholder')}
          required
          {...form.getInputProps('source')}
        />
        <Textarea
          label={t('measurement.note')}
          autosize
          minRows={2}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit">{t('measurement.save')}</Button>
        </Group>
      </Stack>
    </form>
  )
}
