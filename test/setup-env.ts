// Unit tests get an in-memory IndexedDB before any module loads: Dexie captures the global
// when it is first imported, so importing it first from a test file must not matter.
import 'fake-indexeddb/auto'

// Dates in the app are Asia/Makassar (WITA) by design; tests pin the process zone to UTC so
// that any accidental use of the machine's zone shows up as a failure, not as flakiness.
process.env.TZ = 'UTC'
