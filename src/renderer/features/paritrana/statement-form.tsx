import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { INPRES_GROUPS, type InpresStatement } from '../../db/types'
import { statementSentence } from '../../domain/paritrana-matrix'
import { reportSaveError } from '../../ui/save-errors'
import { draftKey, useDialogFormDraft } from '../../ui/unsaved-form'
import { useFormat } from '../../ui/use-format'
import { statementInput, statementValues, type StatementValues } from './entry-input'
import type { LinkOptions } from './queries'
import { saveStatement } from './writes'

/**
 * A province statement as a source gives it ("baru 4 dari 13 kabupaten/kota melindungi
 * tenaga honorer"): a count, the group, the source's words, source and date. The form has no
 * region list on purpose: the source did not name them, and Simpul does not guess.
 */
export function StatementForm({
  provinceId,
  outOf,
  statement,
  links,
  onDone,
  onDirtyChange,
}: {
  provinceId: string
  /** The province's number of regencies and cities, the usual "dari 13". */
  outOf: number
  statement: InpresStatement | null
  links: LinkOptions | undefined
  onDone: () => void
  onDirtyChange?: (dirty: boolean) => void
}) {
  const { t } = useTranslation('paritrana')
  const { db, actor } = useServices()
  const { locale } = useFormat()
  const form = useForm<StatementValues>({
    mode: 'controlled',
    initialValues: statementValues(statement, outOf),
  })
  const { draft, done } = useDialogFormDraft(
    form,
    draftKey('inpres-statement', statement?.id),
    onDone,
    onDirtyChange,
  )

  const parsed = statementInput(form.values, provinceId)
  const preview = parsed.ok
    ? statementSentence({ ...parsed.input } as InpresStatement, locale)
    : null

  const submit = async (v: StatementValues) => {
    const result = statementInput(v, provinceId)
    if (!result.ok) {
      form.setErrors(Object.fromEntries(Object.entries(result.errors).map(([f, k]) => [f, t(k)])))
      return
    }
    try {
      await saveStatement(db, statement?.id ?? null, result.input, actor)
      notifications.show({ color: 'teal', message: t('statementForm.saved') })
      done()
    } catch (error) {
      reportSaveError(error, (f, m) => form.setFieldError(f, m))
    }
  }

  return (
    <form
      onSubmit={form.onSubmit((v) => void submit(v))}
      noValidate
      data-testid="inpres-statement-form"
    >
      {draft.guard}
      <Stack gap="sm">
        <Alert color="blue" variant="light">
          {t('statementForm.noRegions')}
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('form.group')}
            data={INPRES_GROUPS.map((g) => ({ value: g, label: t(`groups.${g}`) }))}
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps('group')}
          />
          <Select
            label={t('statementForm.extent')}
            data={[
              { value: 'melindungi', label: t('statementForm.extents.melindungi') },
              { value: 'sebagian', label: t('statementForm.extents.sebagian') },
            ]}
            allowDeselect={false}
            {...form.getInputProps('extent')}
          />
          <TextInput
            label={t('statementForm.count')}
            inputMode="numeric"
            required
            {...form.getInputProps('count')}
          />
          <TextInput
            label={t('statementForm.outOf')}
            inputMode="numeric"
            required
            {...form.getInputProps('outOf')}
          />
          <TextInput
            label={t('form.asOf')}
            description={t('form.asOfHint')}
            required
            {...form.getInputProps('asOf')}
          />
          <Select
            label={t('statementForm.meeting')}
            data={(links?.meetings ?? []).map((m) => ({
              value: m.id,
              label: `${m.title} (${m.startsOn})`,
            }))}
            searchable
            clearable
            placeholder={t('statementForm.noMeeting')}
            {...form.getInputProps('meetingId')}
            value={form.values.meetingId || null}
            onChange={(v) => form.setFieldValue('meetingId', v ?? '')}
          />
        </SimpleGrid>
        <Textarea
          label={t('statementForm.quote')}
          description={t('statementForm.quoteHint')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('quote')}
        />
        <TextInput
          label={t('form.source')}
          description={t('form.sourceHint')}
          required
          {...form.getInputProps('sourceDocument')}
        />
        {preview && (
          <Alert color="gray" title={t('statementForm.preview')} data-testid="statement-preview">
            {preview}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={done}>
            {t('form.cancel')}
          </Button>
          <Button type="submit">{t('form.save')}</Button>
        </Group>
      </Stack>
    </form>
  )
}
