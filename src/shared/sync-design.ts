/**
 * The CouchDB design document Simpul ships for its sync database (`_design/simpul`): who may
 * write what, and the filter each office replicates through. The functions run inside CouchDB
 * (as their source text, see designDocument) and in Node tests as they are, so they use no
 * outside names, no imports and nothing CouchDB's JavaScript engine lacks.
 *
 * Access follows the Kemendagri code hierarchy. A CouchDB user gets the role `simpul:<code>` for
 * each region its office holds: the province office `simpul:63`, the Banjar office
 * `simpul:63.03`. A document's `regions` are its record's own regions; every one of them must be
 * the writer's region or lie below it (63.03 is below 63), in the new version and in the version
 * it replaces, so nobody writes or takes over another region's record. Server admins
 * (`_admin`) pass. Design documents are left to CouchDB (only admins may write them).
 */

/* eslint-disable no-var -- runs in CouchDB's JavaScript engine as written (ES5: var, function) */

export interface CouchUserCtx {
  name: string | null
  roles: string[]
}

export function validateDocUpdate(
  newDoc: Record<string, unknown>,
  oldDoc: Record<string, unknown> | null,
  userCtx: CouchUserCtx,
): void {
  var roles = (userCtx && userCtx.roles) || []
  if (roles.indexOf('_admin') !== -1) return
  if (String(newDoc._id).indexOf('_design/') === 0)
    throw { forbidden: 'Hanya admin server yang boleh mengubah dokumen desain.' }
  var held: string[] = []
  for (var i = 0; i < roles.length; i++)
    if (String(roles[i]).indexOf('simpul:') === 0) held.push(String(roles[i]).substring(7))
  if (!held.length)
    throw { forbidden: 'Akun ini tidak memegang wilayah mana pun (peran simpul:<kode>).' }
  // The version replaced (unless deleted) and the new one (unless a deletion) must both lie in
  // the writer's regions. No inner functions: the source text must stand alone in CouchDB.
  var docs: Record<string, unknown>[] = []
  if (oldDoc && !oldDoc._deleted) docs.push(oldDoc)
  if (newDoc._deleted) {
    if (!oldDoc) throw { forbidden: 'Tidak ada dokumen untuk dihapus.' }
  } else docs.push(newDoc)
  for (var d = 0; d < docs.length; d++) {
    var regions = docs[d]!.regions
    if (!Array.isArray(regions) || regions.length === 0)
      throw { forbidden: 'Dokumen ' + newDoc._id + ' tidak menyebut wilayahnya (regions).' }
    for (var k = 0; k < regions.length; k++) {
      var code = String(regions[k])
      var ok = false
      for (var j = 0; j < held.length; j++)
        if (code === held[j] || code.indexOf(held[j] + '.') === 0) ok = true
      if (!ok)
        throw {
          forbidden:
            'Wilayah ' +
            code +
            ' bukan wilayah akun ini (' +
            held.join(', ') +
            '): data itu ditulis oleh kantor wilayahnya sendiri.',
        }
    }
  }
  if (newDoc._deleted) return
  var table = newDoc.table
  var record = newDoc.record as Record<string, unknown> | undefined
  if (typeof table !== 'string' || !record || typeof record.id !== 'string')
    throw { forbidden: 'Bukan dokumen Simpul (table, record).' }
  if (newDoc._id !== table + ':' + record.id)
    throw { forbidden: 'Nomor dokumen tidak cocok dengan isinya.' }
}

/**
 * The filter of the pull replication. `regions` (a JSON list such as ["63.11"]) are the
 * regions the office holds: a document whose scope (its regions and every code above them)
 * meets them is sent, so the province (["63"]) gets everything under 63. `above` (["63"]) are
 * the codes above those: a document whose own regions are one of them is sent too, so a regency
 * also holds its province's own records (province-wide figures, provincial stakeholders its
 * meetings invite), never another regency's.
 */
export function byRegions(
  doc: Record<string, unknown>,
  req: { query: Record<string, unknown> },
): boolean {
  if (String(doc._id).indexOf('_design/') === 0) return false
  var query = (req && req.query) || {}
  var lists = [query.regions, query.above]
  for (var l = 0; l < 2; l++) {
    var asked = lists[l]
    if (typeof asked === 'string') {
      // A list arrives as JSON ('["63.03"]'), one code as it is ("63.10" is no number). Never
      // throws: a filter that throws fails the whole replication.
      var text = asked
      asked = [text]
      if (text.charAt(0) === '[') {
        try {
          asked = JSON.parse(text)
          // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no optional catch binding
        } catch (notJson) {
          asked = []
        }
      }
    }
    lists[l] = Array.isArray(asked) ? asked : []
  }
  var scope = Array.isArray(doc.scope) ? doc.scope : []
  var own = Array.isArray(doc.regions) ? doc.regions : []
  var held = lists[0] as unknown[]
  var above = lists[1] as unknown[]
  for (var i = 0; i < held.length; i++) if (scope.indexOf(String(held[i])) !== -1) return true
  for (var j = 0; j < above.length; j++) if (own.indexOf(String(above[j])) !== -1) return true
  return false
}

export const DESIGN_ID = '_design/simpul'
export const FILTER_NAME = 'simpul/by_regions'

/** The design document as CouchDB stores it: the functions as source text. */
export function designDocument(): {
  _id: string
  language: 'javascript'
  validate_doc_update: string
  filters: { by_regions: string }
} {
  return {
    _id: DESIGN_ID,
    language: 'javascript',
    validate_doc_update: validateDocUpdate.toString(),
    filters: { by_regions: byRegions.toString() },
  }
}
