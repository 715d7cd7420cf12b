import {
  Button,
  Fieldset,
  Group,
  MultiSelect,
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
import { useServices } from '../../app/services'
import {
  PARITRANA_CATEGORIES,
  PARITRANA_STAGES,
  type ParitranaEdition,
  type Region,
} from '../../db/types'
import { regencyName } from '../../domain/paritrana-board'
import { reportSaveError } from '../../ui/save-errors'
import { draftKey, useDialogFormDraft } from '../../ui/unsaved-form'
import { editionInput, editionValues, type EditionValues } from './entry-input'
import type { LinkOptions } from './queries'
import { saveEdition } from './writes'

/**
 * A Paritrana edition of one year and category: its stages with planned and actual dates (a
 * day, or only the year when that is all a source gives), the regions proposed, passing each
 * stage and winning, the Tim 9, and the Kegiatan and commitments of each stage. Only stages
 * with something filled in are stored.
 */
export function EditionForm({
  provinceId,
  regencies,
  year,
  edition,
  links,
  onDone,
  onDirtyChange,
}: {
  provinceId: string
  regencies: Region[]
  year: number
  edition: ParitranaEdition | null
  links: LinkOptions | undefined
  onDone: () => void
  onDirtyChange?: (dirty: boolean) => void
}) {
  const { t } = useTranslation('paritrana')
  const { db, actor } = useServices()
  const form = useForm<EditionValues>({
    mode: 'controlled',
    initialValues: editionValues(edition, year),
  })
  const { draft, done } = useDialogFormDraft(
    form,
    draftKey('paritrana-edition', edition?.id),
    onDone,
    onDirtyChange,
  )

  const submit = async (v: EditionValues) => {
    const result = editionInput(v, provinceId)
    if (!result.ok) {
      form.setErrors(Object.fromEntries(Object.entries(result.errors).map(([f, k]) => [f, t(k)])))
      return
    }
    try {
      const saved = await saveEdition(db, edition?.id ?? null, result.input, actor)
      notifications.show({ color: 'teal', message: t('editionForm.saved', { title: saved.title }) })
      done()
    } catch (error) {
      reportSaveError(error, (f, m) => form.setFieldError(f, m))
    }
  }

  const regionOptions = regencies.map((r) => ({ value: r.id, label: regencyName(r) }))
  const meetingOptions = (links?.meetings ?? []).map((m) => ({
    value: m.id,
    label: `${m.title} (${m.startsOn})`,
  }))
  const commitmentOptions = (links?.commitments ?? []).map((c) => ({
    value: c.id,
    label: `${c.title} (${regencies.find((r) => r.id === c.regionId)?.name ?? c.regionId})`,
  }))
  return (
    <form
      onSubmit={form.onSubmit((v) => void submit(v))}
      noValidate
      data-testid="paritrana-edition-form"
    >
      {draft.guard}
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('editions.year')}
            inputMode="numeric"
            maxLength={4}
            required
            data-autofocus
            {...form.getInputProps('year')}
          />
          <Select
            label={t('editions.category')}
            data={PARITRANA_CATEGORIES.map((c) => ({
              value: c,
              label: t(`editions.categories.${c}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('category')}
          />
          <Select
            label={t('editions.committee')}
            data={(links?.committees ?? []).map((c) => ({ value: c.id, label: c.name }))}
            clearable
            placeholder={t('editionForm.noCommittee')}
            {...form.getInputProps('committeeId')}
            value={form.values.committeeId || null}
            onChange={(v) => form.setFieldValue('committeeId', v ?? '')}
          />
        </SimpleGrid>
        <TextInput label={t('editionForm.title')} required {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label={t('editions.proposed')}
            data={regionOptions}
            searchable
            clearable
            {...form.getInputProps('proposedRegionIds')}
          />
          <MultiSelect
            label={t('editions.winners')}
            data={regionOptions}
            searchable
            clearable
            {...form.getInputProps('winnerRegionIds')}
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('editionForm.stagesHint')}
        </Text>
        {PARITRANA_STAGES.map((stage) => (
          <Fieldset
            key={stage}
            legend={t(`editions.stages.${stage}`)}
            data-stage={stage}
            variant="filled"
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('editions.planned')}
                description={t('form.asOfHint')}
                {...form.getInputProps(`stages.${stage}.plannedOn`)}
              />
              <TextInput
                label={t('editions.actual')}
                description={t('form.asOfHint')}
                {...form.getInputProps(`stages.${stage}.actualOn`)}
              />
              <MultiSelect
                label={t('editionForm.stageRegions')}
                data={regionOptions}
                searchable
                clearable
                {...form.getInputProps(`stages.${stage}.regionIds`)}
              />
              <MultiSelect
                label={t('editions.meetings')}
                data={meetingOptions}
                searchable
                clearable
                {...form.getInputProps(`stages.${stage}.meetingIds`)}
              />
              <MultiSelect
                label={t('editions.commitments')}
                data={commitmentOptions}
                searchable
                clearable
                {...form.getInputProps(`stages.${stage}.commitmentIds`)}
              />
              <TextInput
                label={t('editionForm.stageNote')}
                {...form.getInputProps(`stages.${stage}.note`)}
              />
            </SimpleGrid>
          </Fieldset>
        ))}
        <TextInput label={t('editions.source')} {...form.getInputProps('sourceDocument')} />
        <Textarea
          label={t('editionForm.notes')}
          autosize
          minRows={2}
          {...form.getInputProps('notes')}
        />
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
