/**
 * A half-filled form is never lost without a word. `useFormDraft` keeps the form's values in
 * sessionStorage under the form's name and record id while they differ from what was loaded
 * (so a reload gives them back), asks before the browser closes or reloads the page, and
 * asks before the app moves to another screen (react-router's useBlocker). `clear()` is
 * called on save and on cancel: it forgets the draft and lets the next navigation through.
 *
 * A form in a modal also reports `dirty` to its parent, which asks with `useDiscardConfirm`
 * before the modal closes (Esc, the close button, a click outside).
 */
import { Alert, Button, Group, Modal, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import {
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react'
import { useTranslation } from 'react-i18next'
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router'

const PREFIX = 'simpul.draft.'

function readDraft<T>(key: string): T | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key)
    return raw ? (JSON.parse(raw) as T) : null
  } catch {
    return null
  }
}

/** The storage key of a form's draft: the form's name and the record it edits. */
export const draftKey = (form: string, recordId: string | null | undefined) =>
  `${form}:${recordId ?? 'baru'}`

/** Forget a form's draft (for callers that save outside the form). */
export function clearDraft(key: string) {
  try {
    sessionStorage.removeItem(PREFIX + key)
  } catch {
    // storage unavailable: nothing kept
  }
}

function LeaveDialog({
  opened,
  onStay,
  onLeave,
}: {
  opened: boolean
  onStay: () => void
  onLeave: () => void
}) {
  const { t } = useTranslation()
  return (
    // No open/close animation: the question appears at once above the form's own dialog, and
    // its buttons stand still for the keyboard and for a slow machine.
    // Esc here means "stay", but it is heard on the question itself, not on the window: the
    // Esc that closes a form's modal opens this question, and Mantine's window listener would
    // hear that same keystroke and close the question at once, so the question never showed.
    <Modal
      opened={opened}
      onClose={onStay}
      closeOnEscape={false}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return
        e.stopPropagation()
        onStay()
      }}
      title={t('unsaved.title')}
      zIndex={400}
      centered
      transitionProps={{ duration: 0 }}
    >
      <Text size="sm" mb="md">
        {t('unsaved.body')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onStay} data-autofocus>
          {t('unsaved.stay')}
        </Button>
        <Button color="red" onClick={onLeave}>
          {t('unsaved.leave')}
        </Button>
      </Group>
    </Modal>
  )
}

/** Blocks moving to another screen while `when()` says so; only inside a data router. */
function RouteGuard({ when, onLeave }: { when: () => boolean; onLeave: () => void }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when() &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search),
  )
  return (
    <LeaveDialog
      opened={blocker.state === 'blocked'}
      onStay={() => blocker.reset?.()}
      onLeave={() => {
        onLeave()
        blocker.proceed?.()
      }}
    />
  )
}

export interface FormDraft {
  /** The values differ from what was loaded, and are not saved. */
  dirty: boolean
  /** Forget the draft and stop asking: call on save and on cancel. */
  clear: () => void
  /** Render inside the form: the leave dialog and the note that a draft was restored. */
  guard: ReactNode
}

/**
 * A form shown in a dialog: its draft, the dialog kept told whether it holds unsaved input
 * (so closing the dialog can ask first), and `done` for after a save and for Batal, which
 * forgets the draft and tells the dialog it is clean before closing it.
 */
export function useDialogFormDraft<T>(
  form: UseFormReturnType<T>,
  key: string,
  onDone: () => void,
  onDirtyChange?: (dirty: boolean) => void,
): { draft: FormDraft; done: () => void } {
  const draft = useFormDraft(form, key)
  useEffect(() => onDirtyChange?.(draft.dirty), [draft.dirty, onDirtyChange])
  const done = () => {
    draft.clear()
    onDirtyChange?.(false)
    onDone()
  }
  return { draft, done }
}

export function useFormDraft<T>(form: UseFormReturnType<T>, key: string): FormDraft {
  const { t } = useTranslation()
  const inDataRouter = useContext(UNSAFE_DataRouterContext) !== null
  // A draft left by a reload comes back once, on mount.
  const [restoredDraft] = useState(() => readDraft<T>(key))
  const restored = restoredDraft !== null
  const cleared = useRef(false)
  const dirty = form.isDirty()
  const dirtyRef = useRef(dirty)
  useEffect(() => {
    dirtyRef.current = dirty && !cleared.current
  }, [dirty])

  const restoredFor = useRef<string | null>(null)
  useEffect(() => {
    if (restoredFor.current === key) return
    restoredFor.current = key
    if (restoredDraft) form.setValues(restoredDraft)
    // form is stable for the life of the component
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const values = form.values
  useEffect(() => {
    if (cleared.current || restoredFor.current !== key) return
    try {
      if (dirty) sessionStorage.setItem(PREFIX + key, JSON.stringify(values))
      else sessionStorage.removeItem(PREFIX + key)
    } catch {
      // storage full or unavailable: the leave question still protects the values
    }
  }, [values, dirty, key])

  // Leaving the form inside the app (after the question, on save or cancel, or a modal that
  // closes) unmounts it and forgets the draft; a reload does not unmount, so it survives.
  useEffect(() => () => clearDraft(key), [key])

  useEffect(() => {
    if (!dirty) return
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return
      e.preventDefault()
      e.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty])

  const clear = useCallback(() => {
    cleared.current = true
    dirtyRef.current = false
    clearDraft(key)
  }, [key])
  const when = useCallback(() => dirtyRef.current, [])

  const guard: ReactElement = (
    <>
      {restored && (
        <Alert color="blue" data-testid="draft-restored" mb="sm">
          {t('unsaved.restored')}
        </Alert>
      )}
      {inDataRouter && <RouteGuard when={when} onLeave={clear} />}
    </>
  )
  return { dirty, clear, guard }
}

/**
 * For a parent whose modal holds a form: `ask(close)` closes at once when nothing is typed,
 * and otherwise asks first. Render `dialog` beside the modal.
 */
export function useDiscardConfirm(dirty: boolean): {
  ask: (close: () => void) => void
  dialog: ReactNode
} {
  const [open, setOpen] = useState(false)
  // The close to run on "Tinggalkan"; kept until the next question, so the order in which
  // the dialog's own close and the button's click arrive does not matter.
  const pending = useRef<(() => void) | null>(null)
  const ask = useCallback(
    (close: () => void) => {
      if (!dirty) return close()
      pending.current = close
      setOpen(true)
    },
    [dirty],
  )
  const dialog = (
    <LeaveDialog
      opened={open}
      onStay={() => setOpen(false)}
      onLeave={() => {
        setOpen(false)
        pending.current?.()
      }}
    />
  )
  return { ask, dialog }
}
