// Parses each HCL file named on the command line and prints its JSON form.
// Exit 0 when every file parses, 1 on the first parse error, 2 on misuse.
// Used by tests/export-cloud to check Terraform for providers whose schemas
// are not available offline (Google Cloud, Azure, DigitalOcean).
'use strict';
const fs = require('fs');
const { parse } = require('@cdktf/hcl2json');

(async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node parse.js FILE.tf...');
    process.exit(2);
  }
  for (const file of files) {
    try {
      const json = await parse(file, fs.readFileSync(file, 'utf8'));
      process.stdout.write(JSON.stringify(json) + '\n');
    } catch (e) {
      console.error(`${file}: ${e && e.message ? e.message : e}`);
      process.exit(1);
    }
  }
})();
