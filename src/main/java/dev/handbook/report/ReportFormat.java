package dev.handbook.report;

import dev.handbook.diag.Diagnostic;
import dev.handbook.text.Json;
import dev.handbook.text.Xml;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How diagnostics are printed: for people (text) or for machines (json, junit, github, sarif). */
public enum ReportFormat {
    TEXT {
        @Override
        public void write(Report report, PrintStream out, PrintStream err) {
            report.diagnostics().forEach(d -> err.println(d.toText()));
            err.println(report.summary());
        }
    },
    JSON {
        @Override
        public void write(Report report, PrintStream out, PrintStream err) {
            List<String> items = new ArrayList<>();
            for (Diagnostic d : report.diagnostics()) {
                items.add("{\"path\":" + Json.quote(d.path()) + ",\"line\":" + d.line() + ",\"column\":" + d.column()
                        + ",\"severity\":" + Json.quote(d.severity().label()) + ",\"rule\":" + Json.quote(d.rule())
                        + ",\"message\":" + Json.quote(d.message()) + "}");
            }
            out.println("{\"diagnostics\":[" + String.join(",", items) + "],\"summary\":{\"errors\":" + report.errors()
                    + ",\"warnings\":" + report.warnings() + ",\"files\":"
                    + report.pages().size() + ",\"products\":"
                    + report.products() + "}}");
        }
    },
    JUNIT {
        @Override
        public void write(Report report, PrintStream out, PrintStream err) {
            Map<String, List<Diagnostic>> byPage = report.diagnostics().stream()
                    .collect(Collectors.groupingBy(Diagnostic::path, TreeMap::new, Collectors.toList()));
            long failures =
                    report.diagnostics().stream().filter(Diagnostic::isError).count();
            out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            java.util.SortedSet<String> cases = new java.util.TreeSet<>(report.pages());
            cases.addAll(byPage.keySet());
            out.println("<testsuites><testsuite name=\"handbook\" tests=\"" + cases.size() + "\" failures=\"" + failures
                    + "\" errors=\"0\">");
            for (String page : cases) {
                out.println("  <testcase classname=\"handbook\" name=\"" + Xml.escape(page) + "\">");
                for (Diagnostic d : byPage.getOrDefault(page, List.of())) {
                    if (d.isError()) {
                        out.println("    <failure type=\"" + Xml.escape(d.rule()) + "\" message=\""
                                + Xml.escape(d.message()) + "\">" + Xml.escape(d.toText()) + "</failure>");
                    }
                }
                out.println("  </testcase>");
            }
            out.println("</testsuite></testsuites>");
        }
    },
    GITHUB {
        @Override
        public void write(Report report, PrintStream out, PrintStream err) {
            for (Diagnostic d : report.diagnostics()) {
                out.println(WorkflowCommands.annotation(
                        d.severity().label(), d.path(), d.line(), d.column(), d.rule(), d.message()));
            }
            err.println(report.summary());
        }
    },
    SARIF {
        @Override
        public void write(Report report, PrintStream out, PrintStream err) {
            List<String> results = new ArrayList<>();
            for (Diagnostic d : report.diagnostics()) {
                results.add("{\"ruleId\":" + Json.quote(d.rule()) + ",\"level\":"
                        + Json.quote(d.isError() ? "error" : "warning")
                        + ",\"message\":{\"text\":" + Json.quote(d.message())
                        + "},\"locations\":[{\"physicalLocation\":"
                        + "{\"artifactLocation\":{\"uri\":" + Json.quote(d.path()) + "},\"region\":{\"startLine\":"
                        + d.line() + ",\"startColumn\":" + d.column() + "}}}]}");
            }
            List<String> rules = report.diagnostics().stream()
                    .map(Diagnostic::rule)
                    .distinct()
                    .sorted()
                    .map(id -> "{\"id\":" + Json.quote(id) + "}")
                    .toList();
            out.println("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
                    + "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"handbook\",\"rules\":[" + String.join(",", rules)
                    + "]}},\"results\":[" + String.join(",", results) + "]}]}");
        }
    };

    public abstract void write(Report report, PrintStream out, PrintStream err);

    public static ReportFormat of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
