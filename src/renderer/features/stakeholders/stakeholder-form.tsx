import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { createRecord, updateRecord } from '../../db/repository'
import {
  STAKEHOLDER_CATEGORIES,
  type Region,
  type Stakeholder,
  type StakeholderCategory,
} from '../../db/types'
import { reportSaveError } from '../../ui/save-errors'

interface Values {
  kind: Stakeholder['kind']
  name: string
  institutionId: string | null
  institutionName: string
  position: string
  category: StakeholderCategory
  regionId: string | null
  phone: string
  email: string
}

const blank: Values = {
  kind: 'person',
  name: '',
  institutionId: null,
  institutionName: '',
  position: '',
  category: 'pemda',
  regionId: null,
  phone: '',
  email: '',
}

export function StakeholderForm({
  record,
  institutions,
  regions,
  onClose,
}: {
  record: Stakeholder | null
  institutions: Stakeholder[]
  regions: Region[]
  onClose: () => void
}) {
  const { db, actor } = useServices()
  const { t } = useTranslation('stakeholders')
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: record ? { ...blank, ...record } : blank,
  })
  const submit = form.onSubmit(async (v) => {
    const input = {
      ...v,
      institutionId: v.kind === 'person' ? v.institutionId : null,
      position: v.kind === 'person' ? v.position : '',
    }
    try {
      if (record) await updateRecord(db, 'stakeholders', record.id, input, { actor })
      else await createRecord(db, 'stakeholders', input, { actor })
      notifications.show({ color: 'teal', message: t('saved') })
      onClose()
    } catch (error) {
      reportSaveError(error, form.setFieldError)
    }
  })
  const person = form.values.kind === 'person'
  return (
    <Modal opened onClose={onClose} title={record ? t('editTitle') : t('newTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SegmentedControl
            data={(['person', 'institution'] as const).map((k) => ({
              value: k,
              label: t(`kinds.${k}`),
            }))}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('fields.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          {person && <TextInput label={t('fields.position')} {...form.getInputProps('position')} />}
          {person && (
            <SimpleGrid cols={2}>
              <Select
                label={t('fields.institution')}
                searchable
                clearable
                data={institutions.map((i) => ({ value: i.id, label: i.name }))}
                {...form.getInputProps('institutionId')}
              />
              <TextInput
                label={t('fields.institutionName')}
                {...form.getInputProps('institutionName')}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={2}>
            <Select
              label={t('fields.category')}
              allowDeselect={false}
              data={STAKEHOLDER_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
              {...form.getInputProps('category')}
            />
            <Select
              label={t('fields.region')}
              searchable
              clearable
              data={regions.map((r) => ({ value: r.id, label: `${r.name} (${r.id})` }))}
              {...form.getInputProps('regionId')}
            />
            <TextInput label={t('fields.phone')} type="tel" {...form.getInputProps('phone')} />
            <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
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
            <Button type="submit">{t('common:actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
