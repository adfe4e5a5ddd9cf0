package roadmap.notebooks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every executed course notebook must satisfy. Each rule returns human-readable problems
 * naming the notebook, the cell number and the cell's first line; an empty list means it holds.
 */
final class NotebookRules {
    /** The prefix {@code roadmap.check.Check} prints before every claim that passed. */
    static final String PASSED = "✔ ";
    static final int MIN_CHECK_CELLS = 4;
    /** What {@code roadmap.check.Grade.attempt} prints for an exercise that is not solved yet. */
    static final String NOT_YET = "… not yet (";
    /** How {@code roadmap.check.Grade} ends the line of a solved exercise. */
    static final String SOLVED = " — solved";
    /** Every week's notebook has at least this many exercises (one of them open and experimental). */
    static final int MIN_EXERCISES_PER_WEEK = 2;
    static final int MAX_LINE_LENGTH = 100;
    /** Code lines per cell, not counting blank lines and imports. */
    static final int MAX_CELL_LINES = 15;
    private static final Pattern OBJECT_HASH = Pattern.compile("\\b[A-Za-z_$][\\w$.]*@[0-9a-f]{5,8}\\b");
    private static final Pattern EXERCISE_NAME = Pattern.compile("… not yet \\((.+?)\\): ");

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
        problems.addAll(exercises(nb));
        problems.addAll(codeLayout(nb));
        problems.addAll(renderedOutputs(nb));
        return problems;
    }

    /**
     * Exercises follow the course format: a stub cell tagged {@code exercise}, then a {@code grade}
     * cell that says "not yet" on the stub (so the grader can fail), and in a Solutions appendix
     * at the end a {@code solution} cell followed by a {@code check} cell in which the same
     * exercise prints "solved". Week notebooks have at least {@link #MIN_EXERCISES_PER_WEEK}.
     */
    static List<String> exercises(NotebookFile nb) {
        List<String> problems = new ArrayList<>();
        List<NotebookFile.Cell> cells = nb.cells();
        List<String> notYet = new ArrayList<>();
        List<String> solved = new ArrayList<>();
        int exercises = 0;
        int solutionsHeading = -1;
        int lastGrade = -1;
        boolean awaitingGrade = false;
        for (int i = 0; i < cells.size(); i++) {
            NotebookFile.Cell cell = cells.get(i);
            if (!cell.isCode() && cell.source().strip().startsWith("## Solutions")) {
                solutionsHeading = i;
            }
            if (cell.hasTag("exercise")) {
                if (awaitingGrade) {
                    problems.add(nb.name() + ": the exercise before " + cell.describe() + " has no grade cell");
                }
                exercises++;
                awaitingGrade = true;
            }
            if (cell.hasTag("grade")) {
                if (!awaitingGrade) {
                    problems.add(nb.name() + ": grade " + cell.describe() + " follows no exercise cell");
                }
                awaitingGrade = false;
                lastGrade = i;
                Matcher name = EXERCISE_NAME.matcher(cell.stdout());
                if (name.find()) {
                    notYet.add(name.group(1));
                } else {
                    problems.add(nb.name() + ": grade " + cell.describe() + " must say \"" + NOT_YET
                            + "…\" on the exercise's stub (a grader that passes the stub cannot fail); printed: "
                            + cell.stdout().strip());
                }
            }
            if (cell.hasTag("solution")) {
                if (solutionsHeading < 0 || solutionsHeading < lastGrade) {
                    problems.add(nb.name() + ": solution " + cell.describe()
                            + " must sit in the \"## Solutions\" appendix after every exercise");
                }
                NotebookFile.Cell next = nextCode(cells, i);
                if (next == null || !next.hasTag("check")) {
                    problems.add(nb.name() + ": solution " + cell.describe()
                            + " must be followed by a check cell that grades it strictly");
                } else {
                    next.stdout().lines().filter(l -> l.startsWith(PASSED) && l.endsWith(SOLVED))
                            .map(l -> l.substring(PASSED.length(), l.length() - SOLVED.length()))
                            .forEach(solved::add);
                }
            }
        }
        if (awaitingGrade) {
            problems.add(nb.name() + ": the last exercise has no grade cell");
        }
        if (!new java.util.TreeSet<>(notYet).equals(new java.util.TreeSet<>(solved)) || notYet.size() != exercises) {
            problems.add(nb.name() + ": every exercise needs a stub graded \"not yet\" and a solution graded"
                    + " \"solved\"; not yet: " + notYet + ", solved in the appendix: " + solved
                    + ", exercise cells: " + exercises);
        }
        if (nb.name().startsWith("week") && exercises < MIN_EXERCISES_PER_WEEK) {
            problems.add(nb.name() + ": has " + exercises + " exercise cells; a week has at least "
                    + MIN_EXERCISES_PER_WEEK);
        }
        return problems;
    }

    private static NotebookFile.Cell nextCode(List<NotebookFile.Cell> cells, int from) {
        for (int j = from + 1; j < cells.size(); j++) {
            if (cells.get(j).isCode()) {
                return cells.get(j);
            }
        }
        return null;
    }

    /** Code cells stay readable: no line over 100 characters, at most 15 code lines besides imports. */
    static List<String> codeLayout(NotebookFile nb) {
        List<String> problems = new ArrayList<>();
        for (NotebookFile.Cell cell : nb.cells()) {
            if (!cell.isCode()) {
                continue;
            }
            List<String> lines = cell.source().lines().toList();
            for (int k = 0; k < lines.size(); k++) {
                if (lines.get(k).length() > MAX_LINE_LENGTH) {
                    problems.add(nb.name() + ": " + cell.describe() + " line " + (k + 1) + " has "
                            + lines.get(k).length() + " characters; the limit is " + MAX_LINE_LENGTH);
                }
            }
            long code = lines.stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("import ")).count();
            if (code > MAX_CELL_LINES) {
                problems.add(nb.name() + ": " + cell.describe() + " has " + code + " code lines; split it (limit "
                        + MAX_CELL_LINES + ", imports not counted)");
            }
        }
        return problems;
    }

    /** A chart that failed to render, or an object's default toString, is an error in the outputs. */
    static List<String> renderedOutputs(NotebookFile nb) {
        List<String> problems = new ArrayList<>();
        for (NotebookFile.Cell cell : nb.cells()) {
            String text = textOf(cell);
            if (text.contains("could not render")) {
                problems.add(nb.name() + ": " + cell.describe() + " shows \"could not render\": a chart failed");
            }
            Matcher hash = OBJECT_HASH.matcher(text);
            if (hash.find()) {
                problems.add(nb.name() + ": " + cell.describe() + " shows an object hash `" + hash.group()
                        + "` (print a value, not the object's default toString)");
            }
        }
        return problems;
    }

    /** nbformat 4.5 essentials that Jupyter relies on (the full schema is validated separately). */
    static List<String> structure(NotebookFile nb) {
        List<String> problems = new ArrayList<>();
        JsonNode root = nb.asWritten();
        if (root.path("nbformat").asInt() != 4 || root.path("nbformat_minor").asInt() < 5) {
            problems.add(nb.name() + ": nbformat must be 4.5+, is "
                    + root.path("nbformat").asText() + "." + root.path("nbformat_minor").asText());
        }
        if (!"java".equals(root.path("metadata").path("kernelspec").path("name").asText())) {
            problems.add(nb.name() + ": metadata.kernelspec.name must be \"java\"");
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<NotebookFile.Cell> cells = nb.cells();
        JsonNode written = root.path("cells");
        for (int i = 0; i < written.size() && i < cells.size(); i++) {
            String id = written.get(i).path("id").asText("");
            if (id.isEmpty() || !ids.add(id)) {
                problems.add(nb.name() + ": " + cells.get(i).describe() + " has a missing or duplicate id");
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
