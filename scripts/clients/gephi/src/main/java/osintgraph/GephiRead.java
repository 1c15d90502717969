package osintgraph;

import java.io.File;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.DirectedGraph;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeDirectionDefault;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Opens a GraphML or GEXF file as Gephi does (File > Open, default processor, directed)
 * and prints what Gephi holds afterwards, as one JSON object on stdout.
 */
public final class GephiRead {
    private GephiRead() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: GephiRead FILE.graphml|FILE.gexf");
            System.exit(2);
        }
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(new File(args[0]));
        if (container == null) {
            System.err.println("Gephi could not import " + args[0]);
            System.exit(1);
        }
        container.getLoader().setEdgeDefault(EdgeDirectionDefault.DIRECTED);
        importer.process(container, new DefaultProcessor(), workspace);
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        DirectedGraph graph = model.getDirectedGraph();

        StringBuilder out = new StringBuilder("{");
        out.append("\"nodes\":").append(graph.getNodeCount());
        out.append(",\"edges\":").append(graph.getEdgeCount());
        List<String> issues = new ArrayList<>();
        Iterator<Issue> reported = container.getReport().getIssues(Integer.MAX_VALUE);
        while (reported.hasNext()) {
            Issue issue = reported.next();
            issues.add(quote(issue.getLevel() + ": " + issue.getMessage()));
        }
        out.append(",\"issues\":[").append(String.join(",", issues)).append("]");
        out.append(",\"nodeColumns\":").append(columns(model.getNodeTable()));
        out.append(",\"edgeColumns\":").append(columns(model.getEdgeTable()));
        List<String> labels = new ArrayList<>();
        for (Node node : graph.getNodes()) {
            labels.add(quote(String.valueOf(node.getId())) + ":" + quote(node.getLabel()));
        }
        out.append(",\"labels\":{").append(String.join(",", labels)).append("}");
        List<String> edges = new ArrayList<>();
        for (Edge edge : graph.getEdges()) {
            edges.add(quote(String.valueOf(edge.getId())));
        }
        out.append(",\"edgeIds\":[").append(String.join(",", edges)).append("]");
        out.append("}");
        System.out.println(out);
        System.exit(0);
    }

    private static String columns(org.gephi.graph.api.Table table) {
        List<String> items = new ArrayList<>();
        for (Column column : table) {
            items.add(quote(column.getTitle()) + ":" + quote(column.getTypeClass().getSimpleName()));
        }
        return "{" + String.join(",", items) + "}";
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
