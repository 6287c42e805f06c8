import Database from 'better-sqlite3';
const db = new Database(process.argv[2], { readonly: true });
const sql = process.argv[3];
for (const r of db.prepare('EXPLAIN QUERY PLAN ' + sql).all()) console.log(r.id, r.parent, r.detail);
let t = performance.now(); const rows = db.prepare(sql).all(); console.log('rows', rows.length, (performance.now() - t).toFixed(1), 'ms');
