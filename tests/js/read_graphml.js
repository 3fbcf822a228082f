// Read a GraphML file with graphology-graphml (the reader Gephi Lite uses)
// and print its node and edge counts as JSON: {"nodes": N, "edges": M}.
// Usage: node read_graphml.js FILE.graphml
const fs = require("fs");
const Graph = require("graphology");
const { parse } = require("graphology-graphml");

const file = process.argv[2];
if (!file) {
  console.error("usage: node read_graphml.js FILE.graphml");
  process.exit(2);
}
const graph = parse(Graph, fs.readFileSync(file, "utf-8"));
const labelled = graph.everyNode((_, a) => typeof a.label === "string" && a.label.length > 0)
  && graph.everyEdge((_, a) => typeof a.label === "string" && a.label.length > 0);
const coloured = graph.everyNode((_, a) => typeof a.color === "string" && a.color[0] === "#");
console.log(JSON.stringify({ nodes: graph.order, edges: graph.size, labelled, coloured,
                             multi: graph.multi, type: graph.type }));
