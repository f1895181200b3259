package org.cti.convene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Features talk through each other's public facades and events only; no cycles between them. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void featuresRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * Draws the module graph into docs/modules, which docs/architecture.md shows and links. The documenter lists
     * relations in no fixed order; they are sorted so that a test run leaves the committed drawings untouched.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        Path folder = Path.of("../docs/modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (Stream<Path> drawings = Files.list(folder)) {
            for (Path drawing :
                    drawings.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(drawing);
                List<String> relations = lines.stream()
                        .filter(l -> l.startsWith("Rel("))
                        .sorted()
                        .toList();
                Iterator<String> sorted = relations.iterator();
                Files.write(
                        drawing,
                        lines.stream()
                                .map(l -> l.startsWith("Rel(") ? sorted.next() : l)
                                .toList());
            }
        }
    }
}
