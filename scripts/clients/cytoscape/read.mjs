// node read.mjs FILE.cyjs: load the file with cytoscape.js (headless, as an app would with
// cy.json(...)) and print one JSON object: node and edge counts, edges whose ends are missing,
// duplicate ids, and the data of one node named on the command line (optional second argument).
import { readFileSync } from "node:fs";
import cytoscape from "cytoscape";

const [file, probe] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(file, "utf8"));
const warnings = [];
const originalWarn = console.warn;
console.warn = (...args) => warnings.push(args.join(" "));
const cy = cytoscape({ headless: true, styleEnabled: false });
cy.json(doc);
console.warn = originalWarn;
const ids = new Set();
let duplicates = 0;
cy.elements().forEach((el) => {
  if (ids.has(el.id())) duplicates += 1;
  ids.add(el.id());
});
const dangling = cy.edges().filter((e) => e.source().empty() || e.target().empty()).length;
const node = probe ? cy.getElementById(probe) : null;
console.log(JSON.stringify({
  nodes: cy.nodes().length,
  edges: cy.edges().length,
  dangling,
  duplicates,
  warnings,
  probe: node && node.nonempty() ? node.data() : null,
  degree: node && node.nonempty() ? node.degree() : null,
}));
