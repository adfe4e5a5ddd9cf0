package roadmap.kernel.magic;

import java.util.List;

/**
 * A line magic as written in a cell, e.g. {@code %maven org.apache.commons:commons-csv:1.14.1}.
 *
 * @param name the magic's name without {@code %}
 * @param args its arguments, split on whitespace (quotes group)
 */
public record MagicCall(String name, List<String> args) {
}
