import { Box, Button, Group, Progress, Stack, Text, Title } from '@mantine/core'
import type { ChartConfiguration } from 'chart.js'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate, useParams } from 'react-router'
import { useServices } from '../../app/services'
import { todayWita } from '../../../shared/time'
import { registerCharts } from '../../ui/charts/chart-setup'
import { coverageByRegionChart, coverageTrendChart } from '../../ui/charts/coverage-charts'
import { loadPackSource } from './pack-loader'
import { buildBriefingModel } from './pack-model'
import { buildSlides, nextIndex, statusTone, type Slide } from './slides'

function ChartCanvas({ config, height }: { config: ChartConfiguration; height: number }) {
  const ref = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    if (!ref.current) return
    const Chart = registerCharts()
    Chart.defaults.font.size = 18
    const chart = new Chart(ref.current, config)
    return () => chart.destroy()
  }, [config])
  return (
    <div style={{ position: 'relative', height }}>
      <canvas ref={ref} role="img" />
    </div>
  )
}

const TONE = {
  good: { text: 'teal.3', bar: 'teal' },
  late: { text: 'red.4', bar: 'red' },
  attention: { text: 'yellow.4', bar: 'yellow' },
  none: { text: 'gray.4', bar: 'gray' },
} as const

/** Smallest type a slide may shrink to before it scrolls instead (0.65 of its size). */
const MIN_FIT = 0.65

/**
 * Shrinks its content (CSS zoom, down to MIN_FIT) until it fits the box; a slide whose
 * content still does not fit scrolls, so no text is ever hidden under the footer.
 */
function FitBox({ children, fitKey }: { children: ReactNode; fitKey: string }) {
  const boxRef = useRef<HTMLDivElement>(null)
  const innerRef = useRef<HTMLDivElement>(null)
  const [zoom, setZoom] = useState(1)
  useLayoutEffect(() => {
    const box = boxRef.current
    const inner = innerRef.current
    if (!box || !inner) return
    const fit = () => {
      inner.style.zoom = '1'
      const natural = inner.scrollHeight
      const room = box.clientHeight
      const next = natural > room ? Math.max(MIN_FIT, Math.floor((room / natural) * 100) / 100) : 1
      inner.style.zoom = String(next)
      setZoom(next)
    }
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(box)
    return () => observer.disconnect()
  }, [fitKey])
  return (
    <div
      ref={boxRef}
      data-testid="slide-box"
      data-zoom={zoom}
      tabIndex={-1}
      style={{ flex: 1, minHeight: 0, overflowY: 'auto', overflowX: 'hidden' }}
    >
      <div
        ref={innerRef}
        style={{ zoom, minHeight: '100%', display: 'flex', flexDirection: 'column' }}
      >
        {children}
      </div>
    </div>
  )
}

function SlideBody({ slide }: { slide: Slide }) {
  switch (slide.kind) {
    case 'title':
      return (
        <Stack gap="md" justify="center" style={{ flex: 1 }}>
          <Text c="teal.3" fw={700} size="28px">
            {slide.subtitle}
          </Text>
          <Title order={1} fz={64} lh={1.1}>
            {slide.title}
          </Title>
          {slide.lines.map((l) => (
            <Text key={l} fz={30} c="gray.3">
              {l}
            </Text>
          ))}
        </Stack>
      )
    case 'figures':
      return (
        <Group grow align="stretch" gap={40} mt={40}>
          {slide.figures.map((f) => (
            <Stack key={`${f.regionId}${f.seriesLabel}${f.period}`} gap={8}>
              <Text fz={24} c="gray.4">
                {f.seriesLabel} · {f.regionName}
              </Text>
              <Text fz={88} fw={800} c="teal.3" lh={1}>
                {f.valueText}
              </Text>
              <Text fz={22}>
                {f.periodLabel}; {f.baseText}
              </Text>
              <Text fz={16} c="gray.5">
                {f.sourceText}
              </Text>
            </Stack>
          ))}
        </Group>
      )
    case 'points':
    case 'list':
      return (
        <Stack gap={16} mt={24}>
          {slide.points.map((p) => (
            <Text key={p} fz={slide.points.length > 4 ? 26 : 30} lh={1.3} data-testid="slide-point">
              • {p}
            </Text>
          ))}
        </Stack>
      )
    case 'regionChart':
      return (
        <Box bg="white" p="md" mt="md" style={{ borderRadius: 8 }}>
          <ChartCanvas
            height={Math.min(470, 90 + slide.chart.rows.length * 34)}
            config={
              coverageByRegionChart(slide.chart.rows, {
                target: null,
                locale: 'id',
                seriesLabel: slide.chart.seriesLabel,
              }) as ChartConfiguration
            }
          />
          <Text c="dark" fz={18} mt="xs">
            Basis: {slide.chart.bases.join('; ')}
          </Text>
          <Text c="dimmed" fz={14}>
            {slide.chart.rule}
          </Text>
        </Box>
      )
    case 'trendChart':
      return (
        <Box bg="white" p="md" mt="md" style={{ borderRadius: 8 }}>
          <ChartCanvas
            height={470}
            config={
              coverageTrendChart(slide.chart.series, {
                locale: 'id',
              }) as unknown as ChartConfiguration
            }
          />
        </Box>
      )
    case 'commitments':
      return (
        <Stack gap={26} mt={30}>
          {slide.commitments.map((c) => (
            <div key={c.id}>
              <Group justify="space-between">
                <Text fz={30} fw={700}>
                  {c.title}
                </Text>
                <Text fz={28} fw={700} c={TONE[statusTone(c.status)].text}>
                  {c.statusLabel}
                </Text>
              </Group>
              <Progress
                value={(c.progressShown ?? 0) * 100}
                size={18}
                color={TONE[statusTone(c.status)].bar}
                mt={6}
                data-testid="slide-progress"
                data-tone={statusTone(c.status)}
              />
              <Text fz={22} c="gray.4" mt={4}>
                {c.regionName} · kemajuan {c.progressText} · terakhir {c.latestText} · target{' '}
                {c.targetText} · tenggat {c.deadlineText}
              </Text>
            </div>
          ))}
        </Stack>
      )
    case 'profile':
      return (
        <Stack gap={18} mt={20}>
          {slide.figures.map((f) => (
            <Text key={`${f.seriesLabel}${f.period}${f.baseText}`} fz={30}>
              <b style={{ color: '#5eead4' }}>{f.valueText}</b> {f.seriesLabel} ({f.periodLabel});{' '}
              {f.baseText}
            </Text>
          ))}
          {slide.points.map((p) => (
            <Text key={p} fz={24} c="gray.3" data-testid="slide-point">
              • {p}
            </Text>
          ))}
        </Stack>
      )
  }
}

/** Full-screen slides for the projector: large type, keyboard navigation, dark background. */
export function PresenterPage() {
  const { meetingId = '' } = useParams()
  const { db } = useServices()
  const { t } = useTranslation('briefing')
  const navigate = useNavigate()
  const location = useLocation()
  // Back to the screen the presenter was opened from (the briefing page or the meeting);
  // opened from an address, the meeting's briefing page.
  const from = (location.state as { from?: string } | null)?.from
  const exitTo = from?.startsWith('/') ? from : `/briefing/${meetingId}`
  const [index, setIndex] = useState(0)
  const [asOf, setAsOf] = useState('')
  const rootRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const id = setTimeout(() => setAsOf(todayWita(new Date())), 0)
    return () => clearTimeout(id)
  }, [])
  const source = useLiveQuery(
    () => (asOf ? loadPackSource(db, meetingId, asOf) : undefined),
    [db, meetingId, asOf],
  )
  const meeting = source?.meetings.find((m) => m.id === meetingId)
  // Built once per source and date, not on every key press.
  const slides = useMemo(
    () => (source && asOf ? buildSlides(buildBriefingModel(source, { meetingId, asOf })) : []),
    [source, meetingId, asOf],
  )
  const total = slides.length
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        if (!document.fullscreenElement) void navigate(exitTo)
        return
      }
      if (e.key === 'f' || e.key === 'F') {
        void (document.fullscreenElement
          ? document.exitFullscreen()
          : rootRef.current?.requestFullscreen().catch(() => undefined))
        return
      }
      setIndex((i) => {
        const next = nextIndex(e.key, i, total)
        if (next !== null) e.preventDefault()
        return next ?? i
      })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [total, navigate, exitTo])
  const slide = slides[Math.min(index, total - 1)]
  return (
    <Box
      ref={rootRef}
      data-testid="presenter"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 300,
        background: '#0b1f2a',
        color: 'white',
        padding: '48px 72px',
        display: 'flex',
        flexDirection: 'column',
      }}
    >
      <Group justify="space-between">
        <Text c="gray.5" fz={18}>
          {meeting?.title}
        </Text>
        <Group>
          <Button
            variant="default"
            onClick={() => void rootRef.current?.requestFullscreen().catch(() => undefined)}
          >
            {t('presenter.fullscreen')}
          </Button>
          <Button variant="default" onClick={() => void navigate(exitTo)}>
            {t('presenter.exit')}
          </Button>
        </Group>
      </Group>
      {slide && (
        <Box
          style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
          data-testid="slide"
          data-kind={slide.kind}
        >
          {slide.kind !== 'title' && (
            <Title order={2} fz={44} mt="sm">
              {slide.title}
            </Title>
          )}
          <FitBox fitKey={`${Math.min(index, total - 1)}/${total}`}>
            <SlideBody slide={slide} />
          </FitBox>
        </Box>
      )}
      <Group justify="space-between">
        <Text c="gray.6" fz={16}>
          {t('presenter.help')}
        </Text>
        <Text c="gray.4" fz={20} data-testid="slide-counter">
          {total ? t('presenter.slide', { n: Math.min(index, total - 1) + 1, total }) : ''}
        </Text>
      </Group>
    </Box>
  )
}
