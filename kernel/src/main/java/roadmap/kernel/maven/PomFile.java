package roadmap.kernel.maven;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of one pom.xml that dependency resolution needs, as written (no inheritance, no
 * property substitution).
 *
 * @param groupId              the project's groupId (possibly inherited: empty here)
 * @param artifactId           the project's artifactId
 * @param version              the project's version (possibly empty)
 * @param packaging            packaging, {@code jar} by default
 * @param parent               the parent's coordinates (extension pom), or {@code null}
 * @param properties           {@code <properties>}
 * @param dependencies         {@code <dependencies>}
 * @param dependencyManagement {@code <dependencyManagement><dependencies>}
 */
public record PomFile(String groupId, String artifactId, String version, String packaging, ArtifactCoordinates parent,
                      Map<String, String> properties, List<PomDependency> dependencies, List<PomDependency> dependencyManagement) {

    /**
     * @param file a pom.xml
     * @return its parsed content
     * @throws IOException if it cannot be read or is not a pom
     */
    public static PomFile read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param in pom XML
     * @return its parsed content
     * @throws IOException if it is not well-formed XML with a {@code <project>} root
     */
    public static PomFile parse(InputStream in) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            document = builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a valid pom: " + e.getMessage(), e);
        }
        Element project = document.getDocumentElement();
        if (!project.getTagName().equals("project")) {
            throw new IOException("not a pom: root element is <" + project.getTagName() + ">");
        }
        Element parentElement = child(project, "parent");
        ArtifactCoordinates parent = parentElement == null ? null
                : new ArtifactCoordinates(text(parentElement, "groupId"), text(parentElement, "artifactId"), text(parentElement, "version"), "", "pom");
        Map<String, String> properties = new LinkedHashMap<>();
        Element props = child(project, "properties");
        if (props != null) {
            for (Element p : children(props)) {
                properties.put(p.getTagName(), p.getTextContent().trim());
            }
        }
        Element management = child(project, "dependencyManagement");
        String packaging = text(project, "packaging");
        return new PomFile(text(project, "groupId"), text(project, "artifactId"), text(project, "version"),
                packaging.isEmpty() ? "jar" : packaging, parent, properties,
                dependencies(child(project, "dependencies")),
                management == null ? List.of() : dependencies(child(management, "dependencies")));
    }

    private static List<PomDependency> dependencies(Element list) {
        List<PomDependency> result = new ArrayList<>();
        if (list == null) {
            return result;
        }
        for (Element d : children(list)) {
            if (!d.getTagName().equals("dependency")) {
                continue;
            }
            List<String> exclusions = new ArrayList<>();
            Element ex = child(d, "exclusions");
            if (ex != null) {
                for (Element e : children(ex)) {
                    exclusions.add(text(e, "groupId") + ":" + text(e, "artifactId"));
                }
            }
            String type = text(d, "type");
            result.add(new PomDependency(text(d, "groupId"), text(d, "artifactId"), text(d, "version"),
                    type.isEmpty() ? "jar" : type, text(d, "classifier"), text(d, "scope"),
                    Boolean.parseBoolean(text(d, "optional")), List.copyOf(exclusions)));
        }
        return result;
    }

    private static Element child(Element parent, String name) {
        for (Element e : children(parent)) {
            if (e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                result.add((Element) n);
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }
}
