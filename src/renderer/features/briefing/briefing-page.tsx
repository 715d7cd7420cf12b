import {
  Alert,
  Anchor,
  Box,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useLiveMeetings } from '../meetings'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Route, Routes, useParams } from 'react-router'
import { useServices } from '../../app/services'
import { EmptyState } from '../../ui/empty-state'
import { PageHeader } from '../../ui/page-header'
import { useFormat } from '../../ui/use-format'
import { todayWita } from '../../../shared/time'
import { meetingDateLabel } from '../../domain/meeting-logic'
import { packFileName } from './pack-file-name'
import { PackSessionError, usePackSession } from './pack-client'
import { ALL_SECTIONS, PACK_SECTIONS, type SectionChoice } from './pack-model'
import { PREVIEW_STAGES } from './pack-session'
import { PresenterPage } from './presenter-page'

/** Paket briefing: choose a meeting, then build its PDF; presenter mode beside it. */
export function BriefingPage() {
  return (
    <Routes>
      <Route index element={<ChooseMeeting />} />
      <Route path=":meetingId" element={<PackBuilder />} />
      <Route path=":meetingId/presentasi" element={<PresenterPage />} />
    </Routes>
  )
}

function ChooseMeeting() {
  const { t } = useTranslation('briefing')
  const fmt = useFormat()
  const meetings = useLiveMeetings()
  if (!meetings) return null
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {meetings.length === 0 ? (
        <EmptyState
          title={t('emptyTitle')}
          actions={
            <Button component={Link} to="/kegiatan" w="fit-content">
              {t('openMeetings')}
            </Button>
          }
        >
          {t('emptyBody')}
        </EmptyState>
      ) : (
        <Paper withBorder p="md" maw={900}>
          <Title order={3} mb="sm">
            {t('chooseMeeting')}
          </Title>
          <Table verticalSpacing="sm" striped>
            <Table.Tbody>
              {meetings.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td w={230}>{meetingDateLabel(m, fmt.locale)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/briefing/${m.id}`} fw={600}>
                      {m.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td w={170}>
                    <Button
                      component={Link}
                      to={`/briefing/${m.id}/presentasi`}
                      state={{ from: '/briefing' }}
                      size="compact-sm"
                      variant="light"
                    >
                      {t('present')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </>
  )
}

function PackBuilder() {
  const { meetingId = '' } = useParams()
  const { db, bridge, actor } = useServices()
  const { t } = useTranslation('briefing')
  const fmt = useFormat()
  const [sections, setSections] = useState<SectionChoice>(ALL_SECTIONS)
  const [asOf, setAsOf] = useState('')
  const [preparedBy, setPreparedBy] = useState(actor.name === 'Pengguna' ? '' : actor.name)
  const [progress, setProgress] = useState<number | null>(null)
  useEffect(() => {
    // "Today" is read once, outside render, in the users' zone (WITA).
    const id = setTimeout(() => setAsOf((v) => v || todayWita(new Date())), 0)
    return () => clearTimeout(id)
  }, [])
  const validAsOf = /^\d{4}-\d{2}-\d{2}$/.test(asOf)
  // The worker reads only the meeting's scope, by index, builds the model and keeps it; it
  // re-reads when the data changes (in any window) and when the date changes. Sections and
  // the preparer only go with the PDF request, so ticking a box never rebuilds anything.
  const session = usePackSession(db.name, meetingId, validAsOf ? asOf : null)
  const state = session.preview
  if (state.kind === 'notFound')
    return (
      <EmptyState
        title={t('notFound')}
        actions={
          <Button component={Link} to="/briefing" w="fit-content">
            {t('title')}
          </Button>
        }
      >
        {t('notFound')}
      </EmptyState>
    )
  const preview = state.preview
  const meeting = preview?.meeting
  const ready = state.kind === 'ready'
  const anySection = PACK_SECTIONS.some((s) => sections[s])
  const generate = async () => {
    if (!ready || !meeting) return
    setProgress(0)
    try {
      const bytes = await session.buildPdf(sections, preparedBy, setProgress)
      const result = await bridge.saveFile({
        suggestedName: packFileName(meeting.title, asOf),
        data: bytes,
        mimeType: 'application/pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      })
      notifications.show(
        result.saved
          ? { color: 'teal', message: t('saved', { location: result.location }) }
          : { color: 'gray', message: t('cancelled') },
      )
    } catch (error) {
      const message =
        error instanceof PackSessionError && error.code === 'notReady'
          ? t('notReady')
          : error instanceof Error
            ? error.message
            : String(error)
      notifications.show({ color: 'red', message: t('failed', { message }) })
    } finally {
      setProgress(null)
    }
  }
  const stageIndex =
    state.kind === 'waiting' && state.stage ? PREVIEW_STAGES.indexOf(state.stage) : 0
  const previewStatus =
    state.kind === 'waiting' ? (
      <Stack gap={4} data-testid="pack-preview-progress" role="status">
        <Progress
          value={((stageIndex + 1) / (PREVIEW_STAGES.length + 1)) * 100}
          animated
          aria-label={t('previewBuilding')}
        />
        <Text size="sm" c="dimmed">
          {t('previewBuilding')}{' '}
          {t('previewStep', {
            step: stageIndex + 1,
            total: PREVIEW_STAGES.length,
            stage: t(`previewStages.${state.stage ?? 'reading'}`),
          })}
        </Text>
      </Stack>
    ) : state.kind === 'error' ? (
      <Alert color="red" role="alert" data-testid="pack-preview-error">
        {t('previewFailed', { message: state.message })}
      </Alert>
    ) : null
  return (
    <>
      <Anchor component={Link} to={`/kegiatan/${meetingId}`} size="sm">
        ← {t('back')}
      </Anchor>
      <PageHeader
        title={meeting ? `${t('title')}: ${meeting.title}` : t('title')}
        description={meeting ? `${meetingDateLabel(meeting, fmt.locale)} · ${meeting.venue}` : ''}
        actions={
          <Button
            component={Link}
            to={`/briefing/${meetingId}/presentasi`}
            state={{ from: `/briefing/${meetingId}` }}
            variant="light"
          >
            {t('present')}
          </Button>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md">
          <Stack>
            <Title order={3}>{t('sectionsTitle')}</Title>
            <Stack gap={6}>
              {PACK_SECTIONS.map((s) => (
                <Checkbox
                  key={s}
                  label={t(`sections.${s}`)}
                  checked={sections[s]}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked
                    setSections((v) => ({ ...v, [s]: checked }))
                  }}
                />
              ))}
            </Stack>
            <Group grow>
              <TextInput
                type="date"
                label={t('asOf')}
                description={t('asOfHint')}
                value={asOf}
                onChange={(e) => setAsOf(e.currentTarget.value)}
              />
              <TextInput
                label={t('preparedBy')}
                value={preparedBy}
                onChange={(e) => setPreparedBy(e.currentTarget.value)}
              />
            </Group>
            {!anySection && (
              <Text c="red" size="sm">
                {t('noneSelected')}
              </Text>
            )}
            <Button
              size="md"
              onClick={() => void generate()}
              loading={progress !== null}
              disabled={!ready || !anySection}
            >
              {t('generate')}
            </Button>
            {progress !== null && (
              <Stack gap={4} data-testid="pack-progress">
                <Progress
                  value={progress * 100}
                  animated
                  aria-label={t('building', { percent: fmt.percent(progress * 100, 0) })}
                />
                <Text size="sm" c="dimmed">
                  {t('building', { percent: fmt.percent(progress * 100, 0) })}
                </Text>
              </Stack>
            )}
          </Stack>
        </Paper>
        {!preview && previewStatus && (
          <Paper withBorder p="md">
            <Title order={3} mb="sm">
              {t('preview')}
            </Title>
            {previewStatus}
          </Paper>
        )}
        {preview && (
          <Paper withBorder p="md" data-testid="pack-preview">
            <Title order={3} mb="sm">
              {t('preview')}
            </Title>
            {previewStatus && <Box mb="sm">{previewStatus}</Box>}
            <SimpleGrid cols={2} mb="sm">
              {preview.headlines.map((h) => (
                <div key={`${h.regionId}-${h.seriesLabel}-${h.period}-${h.baseText}`}>
                  <Text size="xs" c="dimmed">
                    {h.seriesLabel} · {h.regionName}
                  </Text>
                  <Text fz={26} fw={700} c="teal.8" lh={1.1}>
                    {h.valueText}
                  </Text>
                  <Text size="xs">
                    {h.periodLabel}; {h.baseText}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
            <Text fw={600} mb={4}>
              {t('talkingPoints')}
            </Text>
            <List spacing={6} size="sm">
              {preview.talkingPoints.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Paper>
        )}
      </SimpleGrid>
    </>
  )
}
