package roadmap.notebooks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What every executed course notebook must satisfy. Each rule returns human-readable problems
 * naming the notebook, the cell number and the cell's first line; an empty list means it holds.
 */
final class NotebookRules {
    /** The prefix {@code roadmap.check.Check} prints before every claim that passed. */
    static final String PASSED = "✔ ";
    static final int MIN_CHECK_CELLS = 4;

    private NotebookRules() {
    }

    /** Everything an executed notebook must satisfy; empty when it passes. */
    static List<String> executed(NotebookFile nb) {
        List<String> problems = new ArrayList<>();
        problems.addAll(structure(nb));
        problems.addAll(noErrors(nb));
        problems.addAll(everyCodeCellExecuted(nb));
        problems.addAll(checks(nb));
        problems.addAll(plots(nb));
        return problems;
    }

    /** nbformat 4.5 essentials that Jupyter relies on (the full schema is validated separately). */
    static List<String> structure(NotebookFile nb) {
        List<String> problems = new ArrayList<>();
        JsonNode root = nb.root();
        if (root.path("nbformat").asInt() != 4 || root.path("nbformat_minor").asInt() < 5) {
            problems.add(nb.name() + ": nbformat must be 4.5+, is "
                    + root.path("nbformat").asText() + "." + root.path("nbformat_minor").asText());
        }
        if (!"java".equals(root.path("metadata").path("kernelspec").path("name").asText())) {
            problems.add(nb.name() + ": metadata.kernelspec.name must be \"java\"");
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (NotebookFile.Cell cell : nb.cells()) {
            String id = cell.json().path("id").asText("");
            if (id.isEmpty() || !ids.add(id)) {
                problems.add(nb.name() + ": " + cell.describe() + " has a missing or duplicate id");
            }
        }
        return problems;
    }

    /** No cell may carry an error output. */
    static List<String> noErrors(NotebookFile nb) {
        List<String> problems = new ArrayList<>();
        for (NotebookFile.Cell cell : nb.cells()) {
            for (JsonNode output : cell.outputs()) {
                if ("error".equals(output.path("output_type").asText())) {
                    problems.add(nb.name() + ": " + cell.describe() + " failed: "
                            + output.path("ename").asText() + ": " + output.path("evalue").asText());
                }
            }
        }
        return problems;
    }

    /** Every non-empty code cell has run (an execution count), so the committed outputs are complete. */
    static List<String> everyCodeCellExecuted(NotebookFile nb) {
        List<String> problems = new ArrayList<>();
        for (NotebookFile.Cell cell : nb.cells()) {
            if (cell.isCode() && !cell.source().isBlank() && !cell.json().path("execution_count").isInt()) {
                problems.add(nb.name() + ": " + cell.describe() + " was not executed");
            }
        }
        return problems;
    }

    /** At least {@link #MIN_CHECK_CELLS} cells tagged check, each printing at least one passed claim. */
    static List<String> checks(NotebookFile nb) {
        List<String> problems = new ArrayList<>();
        int checkCells = 0;
        for (NotebookFile.Cell cell : nb.cells()) {
            if (!cell.hasTag("check")) {
                continue;
            }
            checkCells++;
            if (!cell.isCode()) {
                problems.add(nb.name() + ": " + cell.describe() + " is tagged check but is not a code cell");
            } else if (passedClaims(cell).isEmpty()) {
                problems.add(nb.name() + ": check " + cell.describe() + " printed no passed claim (\""
                        + PASSED.strip() + " …\")");
            }
        }
        if (checkCells < MIN_CHECK_CELLS) {
            problems.add(nb.name() + ": has " + checkCells + " cells tagged check; at least "
                    + MIN_CHECK_CELLS + " are required");
        }
        return problems;
    }

    /** At least one image/png output: every notebook shows its results. */
    static List<String> plots(NotebookFile nb) {
        for (NotebookFile.Cell cell : nb.cells()) {
            for (JsonNode output : cell.outputs()) {
                if (output.path("data").has("image/png")) {
                    return List.of();
                }
            }
        }
        return List.of(nb.name() + ": no image/png output; every notebook must show its plots");
    }

    /** The passed-claim lines a cell printed, in order. */
    static List<String> passedClaims(NotebookFile.Cell cell) {
        return cell.stdout().lines().filter(line -> line.startsWith(PASSED)).toList();
    }

    /** Every passed-claim line of the notebook, in cell order. */
    static List<String> passedClaims(NotebookFile nb) {
        List<String> lines = new ArrayList<>();
        for (NotebookFile.Cell cell : nb.cells()) {
            if (cell.hasTag("check")) {
                lines.addAll(passedClaims(cell));
            }
        }
        return lines;
    }

    /** Outputs must not mention {@code paths} (the repository, the home or temp directory). */
    static List<String> noMachinePaths(NotebookFile nb, List<String> paths) {
        List<String> problems = new ArrayList<>();
        for (NotebookFile.Cell cell : nb.cells()) {
            String outputs = textOf(cell);
            for (String path : paths) {
                if (path.length() > 1 && outputs.contains(path)) {
                    problems.add(nb.name() + ": " + cell.describe() + " output contains the machine path " + path);
                }
            }
        }
        return problems;
    }

    /** The human-readable text of a cell's outputs; images are base64 and may contain anything. */
    private static String textOf(NotebookFile.Cell cell) {
        StringBuilder text = new StringBuilder();
        for (JsonNode output : cell.outputs()) {
            text.append(output.path("text")).append(output.path("evalue")).append(output.path("traceback"));
            output.path("data").fields().forEachRemaining(entry -> {
                if (entry.getKey().startsWith("text/")) {
                    text.append(entry.getValue());
                }
            });
        }
        return text.toString();
    }
}
