// The floor: the least any audit of an export must do. A fresh process that opens the zip, inflates
// each data file the importer would read, decodes it and JSON.parses it (sliced at the first "[" or
// "{", i.e. after `window.YTD.tweets.part0 = `), and does nothing else. The audit's time is quoted
// as a multiple of this.
//
//   node bench/drivers/floor.mjs <export.zip> [pattern]
//
// pattern (a regular expression over entry paths) defaults to every .js and .json file outside the
// media folders. Prints one JSON line: files, characters decoded, top-level items parsed.
import yauzl from 'yauzl';

const [input, pattern] = process.argv.slice(2);
if (!input) {
  console.error('usage: node bench/drivers/floor.mjs <export.zip> [pattern]');
  process.exit(2);
}
const wanted = new RegExp(pattern ?? '\\.(js|json)$');
const media = /(^|\/)[a-z_]*media\//i;

const zip = await new Promise((resolve, reject) =>
  yauzl.open(input, { lazyEntries: true, autoClose: false }, (err, z) => (err ? reject(err) : resolve(z))),
);
const entries = await new Promise((resolve, reject) => {
  const list = [];
  zip.on('entry', (e) => {
    if (!e.fileName.endsWith('/') && wanted.test(e.fileName) && !media.test(e.fileName)) list.push(e);
    zip.readEntry();
  });
  zip.on('end', () => resolve(list));
  zip.on('error', reject);
  zip.readEntry();
});

function inflate(entry) {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    });
  });
}

let chars = 0;
let items = 0;
for (const entry of entries) {
  const text = (await inflate(entry)).toString('utf8');
  chars += text.length;
  const bracket = text.indexOf('[');
  const brace = text.indexOf('{');
  const start = bracket < 0 ? brace : brace < 0 ? bracket : Math.min(bracket, brace);
  if (start < 0) continue;
  let end = text.length;
  while (end > start && /[\s;]/.test(text[end - 1])) end--;
  const value = JSON.parse(text.slice(start, end));
  items += Array.isArray(value) ? value.length : 1;
}
zip.close();
process.stdout.write(`${JSON.stringify({ files: entries.length, chars, items })}\n`);
