import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import { restoreRecord, softDeleteRecord } from '../../db/repository'
import type { UserTableName } from '../../db/types'

/** Small records (an agenda item, a decision) are removed at once with an undo offer. */
export async function deleteWithUndo(
  db: SimpulDexie,
  actor: Actor,
  table: UserTableName,
  id: string,
  message: string,
  undoLabel: string,
): Promise<void> {
  await softDeleteRecord(db, table, id, { actor })
  const key = `undo-${id}`
  notifications.show({
    id: key,
    color: 'gray',
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(key)
            void restoreRecord(db, table, id, { actor })
          }}
        >
          {undoLabel}
        </Button>
      </Group>
    ),
  })
}
