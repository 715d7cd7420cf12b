// Dates in the app are Asia/Makassar (WITA) by design; tests pin the process zone to UTC so
// that any accidental use of the machine's zone shows up as a failure, not as flakiness.
process.env.TZ = 'UTC'
