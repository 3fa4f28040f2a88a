// Usage: node scripts/purge-css.cjs <input.css> <output.css>
// Writes the input's rules whose classes the platform uses (see purgecss.config.cjs). The API is used
// rather than the command line, which ignores the `content` of a configuration file.
const fs = require("node:fs");
const { PurgeCSS } = require("purgecss");
const config = require("./purgecss.config.cjs");

const [input, output] = process.argv.slice(2);
new PurgeCSS().purge({ ...config, css: [input] }).then(([result]) => {
  fs.writeFileSync(output, result.css);
});
