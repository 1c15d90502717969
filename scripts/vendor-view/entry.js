// The graph libraries the HTML view uses, bundled into one IIFE (global `OsintGraphLibs`)
// that osint_graph/export/html.py inlines before assets/view.js. Built by ./build.
import Graph from "graphology";
import Sigma from "sigma";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import louvain from "graphology-communities-louvain";

export { Graph, Sigma, FA2Layout, forceAtlas2, louvain };
